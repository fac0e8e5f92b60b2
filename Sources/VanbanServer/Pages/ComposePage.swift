/// Soạn: choose a template, then its form: an input per field (labels and hints from the
/// sample data's comments), the optional list, how the list is used.
enum ComposePage {
    static func choose(entries: [TemplateEntry]) -> String {
        let rows = entries.map { entry in
            "<tr><td><a href=\"/soan/\(HTML.escape(entry.key))\"><strong>\(HTML.escape(entry.title))</strong></a></td>"
                + "<td>\(HTML.escape(entry.summary))</td></tr>"
        }
        return "<p>Chọn loại văn bản cần soạn.</p><table id=\"chon-mau\"><tr><th>Mẫu</th><th>Dùng để</th></tr>"
            + rows.joined() + "</table>"
    }

    static func form(entry: TemplateEntry, fields: [FormField], values: [String: String], jobID: String?,
                     listName: String?, csrf: String, limitMB: Int) -> String {
        let action = "/soan/\(HTML.escape(entry.key))" + (jobID.map { "?viec=\(HTML.escape($0))" } ?? "")
        let inputs = fields.map { input($0, value: values[$0.name] ?? $0.sample) }.joined(separator: "\n")
        let use = values["_cach_dung"] ?? JobPlan.ListUse.batch.rawValue
        let current = listName.map {
            """
            <p class="nho">Đang dùng danh sách «\(HTML.escape($0))». Chọn tệp khác để thay, hoặc \
            <label style="display:inline;font-weight:normal"><input type="checkbox" name="bo_danh_sach" value="1"> bỏ danh sách</label>.</p>
            """
        } ?? ""
        return """
            <p>\(HTML.escape(entry.summary))</p>
            <form method="post" action="\(action)" enctype="multipart/form-data" id="bieu-mau">
            \(HTML.csrfField(csrf))
            <div class="the"><h2 style="margin-top:0">Danh sách (không bắt buộc)</h2>
            <p class="nho">Tệp Excel (.xlsx), Calc (.ods) hoặc CSV, dòng đầu là tên cột (ví dụ «Họ tên», «Chức vụ», «Đơn vị»). \
            Tối đa \(limitMB) MB. Cột nào trùng tên trường thì điền trường đó; các ô dưới đây là phần chung.</p>
            \(current)
            <input type="file" name="danh_sach" id="danh_sach" accept=".xlsx,.ods,.csv">
            <label>Dùng danh sách để</label>
            <label style="font-weight:normal;margin-top:4px"><input type="radio" name="cach_dung" value="hang-loat"\
            \(use == "hang-loat" ? " checked" : "")> tạo hàng loạt: mỗi dòng một văn bản</label>
            <label style="font-weight:normal;margin-top:4px"><input type="radio" name="cach_dung" value="kem-theo"\
            \(use == "kem-theo" ? " checked" : "")> kèm theo một văn bản (trường danh_sach)</label>
            </div>
            <div class="the luoi">\(inputs)</div>
            <button type="submit">Kiểm tra</button>
            </form>
            """
    }

    private static func input(_ field: FormField, value: String) -> String {
        let id = "o_\(field.name)"
        let name = HTML.escape(field.name)
        let hint = field.hint.isEmpty ? "" : "<span class=\"goi-y\">\(HTML.escape(field.hint))</span>"
        let label = "<label for=\"\(id)\">\(HTML.escape(field.label)) <span class=\"nho\">{{\(name)}}</span>\(hint)</label>"
        switch field.kind {
        case .text:
            return "<div>\(label)<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(HTML.escape(value))\"></div>"
        case .date:
            return "<div>\(label)<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(HTML.escape(value))\" "
                + "placeholder=\"ngày/tháng/năm, ví dụ 05/01/2026\" inputmode=\"numeric\"></div>"
        case .money:
            return "<div>\(label)<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(HTML.escape(value))\" "
                + "placeholder=\"số đồng, ví dụ 59.360.000\" inputmode=\"numeric\"></div>"
        case .multiline:
            return "<div class=\"rong\">\(label)<textarea id=\"\(id)\" name=\"\(name)\" rows=\"6\">\(HTML.escape(value))</textarea></div>"
        case .list:
            return "<div>\(label)<span class=\"goi-y\">Mỗi dòng một mục.</span>"
                + "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"4\">\(HTML.escape(value))</textarea></div>"
        case .structured:
            return "<div class=\"rong\">\(label)<span class=\"goi-y\">Dữ liệu nhiều tầng, viết như tệp mẫu (YAML).</span>"
                + "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"10\" style=\"font-family:monospace\">\(HTML.escape(value))</textarea></div>"
        }
    }
}
