import Foundation
import Testing
@testable import VanbanServer

/// The form's parts: multipart bodies, the YAML written for the job, the sample's fields.
@Suite struct FormReadingTests {
    @Test func multipartGivesFieldsInNFCAndFilesWithoutTheirFolders() throws {
        let body = Data("""
            --b\r\nContent-Disposition: form-data; name="ho_ten"\r\n\r\nNguye\u{0302}\u{0303}n\r\n\
            --b\r\nContent-Disposition: form-data; name="ds"; filename="C:\\\\Users\\\\a\\\\ds.csv"\r\n\r\na,b\r\n1,2\r\n--b--\r\n
            """.utf8)
        let form = try FormData.parse(body, contentType: "multipart/form-data; boundary=b")
        #expect(form.fields["ho_ten"] == "Nguyễn")
        #expect(form.files["ds"]?.name == "ds.csv")
        #expect(form.files["ds"]?.bytes == Data("a,b\r\n1,2".utf8))
    }

    @Test func cutMultipartIsABadForm() {
        let body = Data("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc".utf8)
        #expect(throws: ServerError.badForm(reason: "phần cuối bị cắt")) {
            try FormData.parse(body, contentType: "multipart/form-data; boundary=b")
        }
        #expect(ServerError.badForm(reason: "phần cuối bị cắt").description == "Không đọc được biểu mẫu gửi lên (phần cuối bị cắt).")
    }

    @Test func formValuesBecomeQuotedYAML() {
        let fields = [FormField(name: "ho_ten", label: "", hint: "", kind: .text, sample: ""),
                      FormField(name: "noi_nhan", label: "", hint: "", kind: .list, sample: ""),
                      FormField(name: "chuc_vu", label: "", hint: "", kind: .text, sample: "")]
        let yaml = DataFileWriter.yaml(fields: fields, values: ["ho_ten": "a: \"b\" # c", "noi_nhan": "Như trên\r\n\r\nLưu: VT"],
                                       leaveToList: ["chuc_vu"])
        #expect(yaml == """
            # Dữ liệu từ biểu mẫu của trang vanban.
            ho_ten: "a: \\"b\\" # c"
            noi_nhan:
              - "Như trên"
              - "Lưu: VT"

            """)
    }

    @Test func sampleCommentsBecomeHintsAndValuesKinds() {
        let fields = SampleData.fields(of: TestSite.templates.appendingPathComponent("cong-van.yaml"))
        #expect(fields.first?.name == "co_quan_chu_quan")
        let number = fields.first { $0.name == "so" }
        #expect(number?.hint == "Số công văn: ký hiệu là Sở - phòng soạn (SYT-TCCB). Để trống (\"\") khi chưa cấp số.")
        #expect(fields.first { $0.name == "ngay" }?.kind == .date)
        #expect(fields.first { $0.name == "noi_nhan" }?.kind == .list)
        #expect(fields.first { $0.name == "chuc_vu_ky" }?.kind == .multiline)
    }
}
