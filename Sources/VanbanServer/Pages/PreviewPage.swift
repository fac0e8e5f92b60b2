/// Xem trước: the first record's first page as an image made by LibreOffice.
enum PreviewPage {
    static func body(job: JobRecord) -> String {
        let id = job.id.uuidString.lowercased()
        return """
            <p>Trang đầu của bản ghi đầu tiên, do LibreOffice dựng đúng như khi in. \
            <a class="nut phu" href="/viec/\(id)/kiem-tra">Quay lại kiểm tra</a></p>
            <img class="xem" id="anh-xem-truoc" src="/viec/\(id)/xem-truoc.png" alt="Trang đầu của văn bản">
            """
    }
}
