/// Tạo: a queued or running job's progress bar (server-sent events, a few lines of plain
/// JavaScript), then the download link; a failed job's error.
enum JobPage {
    static func body(job: JobRecord, progress: JobProgress?) -> String {
        let id = job.id.uuidString.lowercased()
        switch job.state {
        case .finished:
            return """
                <p class="tot" id="xong">Đã tạo \(job.records) bản ghi (\(HTML.escape(job.format?.uppercased() ?? ""))).</p>
                <p><a class="nut" id="tai-ve" href="/viec/\(id)/tai">Tải về \(HTML.escape(job.resultName ?? ""))</a> \
                <a class="nut phu" href="/soan/\(HTML.escape(job.templateKey))">Soạn văn bản khác cùng mẫu</a></p>
                """
        case .failed:
            return """
                <p class="loi" id="that-bai">Việc này không tạo được văn bản nào:</p>
                <pre class="the">\(HTML.escape(job.message ?? ""))</pre>
                <p><a class="nut phu" href="/viec/\(id)/kiem-tra">Quay lại kiểm tra</a></p>
                """
        case .draft:
            return "<p>Việc này chưa được tạo. <a class=\"nut\" href=\"/viec/\(id)/kiem-tra\">Kiểm tra</a></p>"
        case .queued, .running:
            return """
                <p id="giai-doan">\(HTML.escape(progress?.stage ?? job.state.title))</p>
                <div class="thanh"><div id="thanh-tien-do"></div></div>
                <p class="nho" id="so-luong">\(progress.map { "\($0.done) / \($0.total ?? job.records)" } ?? "")</p>
                <noscript><p>Trình duyệt tắt JavaScript: tải lại trang này để xem tiến độ.</p></noscript>
                <script>
                const nguon = new EventSource("/viec/\(id)/tien-do");
                nguon.onmessage = (e) => {
                  const d = JSON.parse(e.data);
                  document.getElementById("giai-doan").textContent = d.giai_doan;
                  if (d.tong) {
                    document.getElementById("thanh-tien-do").style.width = Math.round(100 * d.xong / d.tong) + "%";
                    document.getElementById("so-luong").textContent = d.xong + " / " + d.tong;
                  }
                  if (d.ket_thuc) { nguon.close(); location.reload(); }
                };
                </script>
                """
        }
    }
}
