/// Lịch sử: the jobs kept (for the days set), newest first, with their state and result.
enum HistoryPage {
    static func body(jobs: [JobRecord], keepDays: Int) -> String {
        let rows = jobs.map { job -> String in
            let id = job.id.uuidString.lowercased()
            let link = job.state == .draft ? "/viec/\(id)/kiem-tra" : "/viec/\(id)"
            let result = job.state == .finished ? "<a href=\"/viec/\(id)/tai\">\(HTML.escape(job.resultName ?? ""))</a>" : ""
            return """
                <tr><td>\(HTML.dateTime(job.created))</td><td><a href="\(link)">\(HTML.escape(job.templateTitle))</a></td>\
                <td>\(HTML.escape(job.listName ?? "—"))</td><td>\(job.records)</td><td>\(HTML.escape(job.account))</td>\
                <td>\(job.state.title)</td><td>\(result)</td></tr>
                """
        }
        return """
            <p class="nho">Mỗi việc giữ dữ liệu và văn bản đã tạo trong \(keepDays) ngày.</p>
            <table id="lich-su"><tr><th>Lúc</th><th>Mẫu</th><th>Danh sách</th><th>Bản ghi</th><th>Người làm</th><th>Trạng thái</th><th>Kết quả</th></tr>
            \(rows.joined(separator: "\n"))</table>
            """
    }
}
