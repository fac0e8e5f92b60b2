import VanbanODF

/// Kiểm tra: where each field comes from, every problem in a table (record, list row, what and
/// where), and — only when there is none — the buttons to preview and to generate.
enum CheckPage {
    static func body(job: JobRecord, entry: TemplateEntry, report: CheckReport, isBatch: Bool, csrf: String) -> String {
        let id = job.id.uuidString.lowercased()
        var parts: [String] = []
        let what = job.listName.map { "danh sách «\(HTML.escape($0))», \(report.records) bản ghi" } ?? "một văn bản"
        parts.append("<p>Mẫu <strong>\(HTML.escape(entry.title))</strong>, \(what).</p>")
        if report.isClean {
            parts.append("<p class=\"tot\" id=\"ket-qua-kiem-tra\">Không có lỗi: \(report.records) bản ghi đã được kiểm tra.</p>")
        } else {
            parts.append("""
                <p class="loi" id="ket-qua-kiem-tra">Có \(report.problems.count) lỗi. Chưa tạo văn bản nào: \
                hãy sửa biểu mẫu hoặc danh sách rồi kiểm tra lại.</p>
                <table id="bang-loi"><tr><th>Bản ghi (dòng trong danh sách)</th><th>Lỗi và cách sửa</th></tr>
                \(report.problems.map { "<tr><td>\(HTML.escape($0.record))</td><td>\(HTML.escape($0.message))</td></tr>" }.joined())
                </table>
                """)
        }
        if !report.warnings.isEmpty {
            parts.append("<h2>Cần xem lại</h2><ul>" + report.warnings.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>")
        }
        parts.append("<p><a class=\"nut phu\" id=\"sua\" href=\"/soan/\(HTML.escape(entry.key))?viec=\(id)\">Sửa biểu mẫu</a></p>")
        let sources = report.fields.map { field -> String in
            let source = switch field.source {
            case .listColumn: "cột của danh sách"
            case .form: "biểu mẫu"
            case .nowhere: "<strong>chưa có</strong> (để trống)"
            }
            return "<tr><td><code>\(HTML.escape(field.name))</code></td><td>\(source)</td></tr>"
        }
        parts.append("<h2>Các trường lấy từ đâu</h2><table id=\"nguon-truong\"><tr><th>Trường</th><th>Lấy từ</th></tr>"
            + sources.joined() + "</table>")
        if !report.listFields.isEmpty {
            parts.append("<p class=\"nho\">Các cột của danh sách (tên trường): \(report.listFields.map(HTML.escape).joined(separator: ", ")).</p>")
        }
        if report.isClean {
            let options = [OutputFormat.pdf, .odt, .docx, .fodt].map { "<option value=\"\($0.rawValue)\">\($0.rawValue.uppercased())</option>" }
            let packaging = isBatch ? """
                <label>Cách đóng gói</label>
                <label style="font-weight:normal"><input type="radio" name="dong_goi" value="mot-tep" checked> một tệp, mỗi bản ghi một trang</label>
                <label style="font-weight:normal"><input type="radio" name="dong_goi" value="zip"> tệp .zip, mỗi bản ghi một tệp (kèm danh mục)</label>
                """ : "<input type=\"hidden\" name=\"dong_goi\" value=\"mot-tep\">"
            parts.append("""
                <div class="the"><a class="nut phu" id="xem-truoc" href="/viec/\(id)/xem-truoc">Xem trước bản ghi đầu tiên</a>
                <form method="post" action="/viec/\(id)/tao" id="tao">\(HTML.csrfField(csrf))
                <label for="dinh_dang">Định dạng</label><select id="dinh_dang" name="dinh_dang" style="max-width:200px">\(options.joined())</select>
                \(packaging)
                <button type="submit" id="nut-tao">Tạo văn bản</button></form></div>
                """)
        }
        return parts.joined(separator: "\n")
    }
}
