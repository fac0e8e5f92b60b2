/// Mẫu: the built-in templates and the office's, each with its fields; the administrator's
/// upload form; after an upload, its fields or its errors with their place.
enum TemplatesPage {
    /// The result of an upload, shown above the list.
    enum Upload {
        case stored(name: String, version: Int, fields: [String])
        case rejected(file: String, errors: [String])
    }

    static func body(entries: [(TemplateEntry, [String])], canUpload: Bool, csrf: String, upload: Upload?) -> String {
        var parts: [String] = []
        switch upload {
        case .stored(let name, let version, let fields):
            parts.append("""
                <div class="tot">Đã lưu mẫu «\(HTML.escape(name))», phiên bản \(version). Các trường: \
                \(fields.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: ", ")).</div>
                """)
        case .rejected(let file, let errors):
            parts.append("""
                <div class="loi"><strong>Mẫu «\(HTML.escape(file))» có lỗi, chưa lưu.</strong> Sửa trong LibreOffice rồi tải lên lại.</div>
                <table id="loi-mau"><tr><th>Chỗ</th><th>Lỗi</th></tr>\
                \(errors.map { row($0) }.joined())</table>
                """)
        case nil: break
        }
        parts.append("<table id=\"danh-sach-mau\"><tr><th>Trang 1</th><th>Mẫu</th><th>Mô tả</th><th>Các trường</th><th></th></tr>")
        for (entry, fields) in entries {
            parts.append("""
                <tr><td><img src="/mau/\(HTML.escape(entry.key))/anh.png" alt="" loading="lazy" width="90" \
                style="border:1px solid #aab4c3;background:#fff"></td><td><strong>\(HTML.escape(entry.title))</strong><br><span class="nho">\(entry.isBuiltIn ? "có sẵn" : "của đơn vị")</span></td>\
                <td>\(HTML.escape(entry.summary))</td>\
                <td class="nho">\(fields.map(HTML.escape).joined(separator: ", "))</td>\
                <td><a class="nut" href="/soan/\(HTML.escape(entry.key))">Soạn</a></td></tr>
                """)
        }
        parts.append("</table>")
        if canUpload {
            parts.append("""
                <h2>Tải lên mẫu của đơn vị</h2>
                <form method="post" action="/mau" enctype="multipart/form-data" class="the">
                \(HTML.csrfField(csrf))
                <label for="ten_mau">Tên mẫu <span class="goi-y">Tải lên cùng tên một lần nữa là thêm phiên bản mới.</span></label>
                <input type="text" id="ten_mau" name="ten_mau" required>
                <label for="tep_mau">Tệp mẫu (.fodt, .odt soạn bằng LibreOffice, hoặc .docx của Word; các trường viết {{ten_truong}})</label>
                <input type="file" id="tep_mau" name="tep_mau" accept=".fodt,.odt,.docx" required>
                <button type="submit">Kiểm tra và lưu</button>
                </form>
                """)
        }
        return parts.joined(separator: "\n")
    }

    /// `file:line:col: text` split into the place and the sentence.
    private static func row(_ error: String) -> String {
        let pieces = error.split(separator: " ", maxSplits: 1)
        if pieces.count == 2, pieces[0].hasSuffix(":"), pieces[0].contains(":") {
            return "<tr><td>\(HTML.escape(String(pieces[0].dropLast())))</td><td>\(HTML.escape(String(pieces[1])))</td></tr>"
        }
        return "<tr><td>—</td><td>\(HTML.escape(error))</td></tr>"
    }
}
