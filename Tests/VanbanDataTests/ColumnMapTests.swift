import Foundation
import Testing
import VanbanData
import VanbanTestSupport

@Suite struct ColumnMapTests {
    @Test(arguments: [
        ("Họ và tên", "ho_ten"), ("Họ tên", "ho_ten"), ("Họ, tên", "ho_ten"), ("HỌ VÀ TÊN", "ho_ten"),
        ("Chức vụ", "chuc_vu"), ("Chức danh", "chuc_vu"), ("Đơn vị", "don_vi"), ("Đơn vị công tác", "don_vi"),
        ("Cơ quan", "don_vi"), ("Giới tính", "gioi_tinh"), ("Ông/Bà", "gioi_tinh"), ("Danh xưng", "gioi_tinh"),
        ("Đối tượng", "doi_tuong"), ("Loại", "doi_tuong"), ("Tập thể/Cá nhân", "doi_tuong"), ("Số tiền", "so_tien"),
        ("Thành tiền", "so_tien"), ("Số tiền (đ)", "so_tien"), ("STT", "stt"), ("Ngày sinh", "ngay_sinh"), ("Ghi chú", "ghi_chu"),
        ("Ngày quyết định", "ngay_quyet_dinh"),
    ])
    func usualHeadingsFillTheirField(heading: String, field: String) throws {
        #expect(try ColumnMap(headings: [heading]).fields == [field])
    }

    @Test func theTemplatesOwnNameForAFieldWins() throws {
        // A template written with {{ho_va_ten}} gets the "Họ tên" column under that name.
        let map = try ColumnMap(headings: ["Họ tên", "Đơn vị công tác"], expected: ["ho_va_ten", "don_vi_cong_tac"])
        #expect(map.fields == ["ho_va_ten", "don_vi_cong_tac"])
        #expect(map.columns.map(\.source) == [.expected, .expected])
    }

    @Test func aColumnCanBeMappedByHand() throws {
        let map = try ColumnMap(headings: ["STT", "Họ và tên khai sinh", "Nơi làm việc"],
                                manual: ["ho_ten": "Họ và tên khai sinh", "don_vi": "nơi làm việc"])
        #expect(map.fields == ["stt", "ho_ten", "don_vi"])
        #expect(map.columns[1].source == .manual)
        #expect(map.columns[2].letter == "C")
        let error = #expect(throws: DataError.self) {
            try ColumnMap(headings: ["STT", "Họ và tên"], manual: ["don_vi": "Đơn vị"], path: "ds.csv")
        }
        #expect(error?.description == #"ds.csv: không có cột "Đơn vị" cho trường "don_vi". Các cột: "STT", "Họ và tên"."#)
    }

    @Test func thePreviewSeesUnusedColumnsAndMissingFields() throws {
        let map = try ColumnMap(headings: ["STT", "Họ và tên", "Quê quán", "Ghi chú"], expected: ["ho_ten", "don_vi", "chuc_vu"])
        #expect(map.unusedColumns(expected: ["ho_ten", "don_vi", "chuc_vu"]).map(\.heading) == ["STT", "Quê quán", "Ghi chú"])
        #expect(map.missingFields(expected: ["ho_ten", "don_vi", "chuc_vu"]) == ["don_vi", "chuc_vu"])
    }

    @Test func theNearestColumnHasTheSameMeaningOrNone() throws {
        let map = try ColumnMap(headings: ["Họ và tên", "Don vi cong tacc", "Chức vụ kiêm nhiệm"])
        #expect(map.nearestColumn(for: "don_vi")?.heading == "Don vi cong tacc")
        // "Chức vụ" is a field of another meaning than the signer's "chuc_vu_ky": never proposed.
        let signer = try ColumnMap(headings: ["Họ và tên", "Chức vụ"])
        #expect(signer.nearestColumn(for: "chuc_vu_ky") == nil)
    }

    @Test func aMissingColumnIsOneLineWithItsCount() {
        let error = DataError.missingColumn(path: "danh-sach.xlsx", sheet: nil, field: "don_vi", label: "Đơn vị", records: 56,
                                            nearest: "Đơn vi công tác")
        #expect(error.description == #"thiếu cột cho trường "don_vi" (Đơn vị) — cả 56 dòng của danh-sach.xlsx; cột gần nhất: "Đơn vi công tác". "#
            + #"Thêm cột, ghép cột bằng --cot don_vi="tên cột", hoặc đặt trường trong --du-lieu-chung."#)
    }

    @Test func listCheckNamesMissingColumnsOncePerField() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "Họ và tên,Don vi cong tacc\nAn,Khoa Nhi\nBình,Khoa Nội\nCúc,Khoa Dược\n")
        let list = try RecordList(url: file, expectedFields: ["ho_ten", "don_vi", "ngay"])
        let errors = try ListCheck.missingColumns(in: list, expected: ["ho_ten", "don_vi", "ngay"], common: .object(["ngay": .string("04/12/2025")]))
        #expect(errors == [.missingColumn(path: file.relativePath, sheet: nil, field: "don_vi", label: "Đơn vị", records: 3, nearest: "Don vi cong tacc")])
    }
}
