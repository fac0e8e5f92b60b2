import Foundation
import Testing
import VanbanData
import VanbanDocuments

/// Printing onto phôi: a profile of field positions → a template of positioned frames, and a
/// calibration sheet (issue 13, point 3).
@Suite struct BlankProfileTests {
    static let templates: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("templates")
    }()

    static func profile(_ name: String) throws -> BlankProfile {
        let path = templates.appendingPathComponent("\(name).vi-tri.yaml").path
        return try BlankProfile(try YAMLReader.read(try String(contentsOfFile: path, encoding: .utf8), path: path))
    }

    static func read(_ yaml: String) throws -> BlankProfile {
        try BlankProfile(try YAMLReader.read(yaml, path: "phoi.yaml"))
    }

    /// The checked-in built-in templates are exactly what their profiles make. Run with
    /// VANBAN_CAP_NHAT_PHOI=1 after editing a profile to write them again.
    @Test(arguments: ["giay-khen-phoi", "bang-khen-phoi"])
    func theBuiltInTemplateIsItsProfile(name: String) throws {
        let made = try Self.profile(name).template()
        let file = Self.templates.appendingPathComponent("\(name).fodt")
        if ProcessInfo.processInfo.environment["VANBAN_CAP_NHAT_PHOI"] == "1" { try made.write(to: file) }
        #expect(try Data(contentsOf: file) == made, "templates/\(name).fodt is not what \(name).vi-tri.yaml makes")
    }

    @Test func theProfilesGiveTheBlanksPaperAndFields() throws {
        let khen = try Self.profile("giay-khen-phoi")
        #expect((khen.paperWidth, khen.paperHeight) == (297, 210))
        #expect(khen.fields.map(\.name) == ["tham_quyen", "tang", "ho_ten", "don_vi", "thanh_tich", "ngay_ky", "chuc_vu_ky", "nguoi_ky", "quyet_dinh", "so_so_vang"])
        let name = try #require(khen.fields.first { $0.name == "ho_ten" })
        #expect(name == BlankProfile.Field(name: "ho_ten", text: "{{ho_ten}}", x: 20, y: 84, width: 257, height: nil, alignment: .centre,
                                           size: 24, bold: true, italic: true, colour: nil))
        let bang = try Self.profile("bang-khen-phoi")
        #expect((bang.paperWidth, bang.paperHeight) == (420, 297))
    }

    @Test func eachFieldIsAFrameAtItsPlaceShiftedByTheOffset() throws {
        let profile = try Self.read("""
            kho_giay: A3 dọc
            truong:
              - {ten: ho_ten, x: 20, y: 84.5, rong: 100, canh: trái, co_chu: 24}
              - {ten: dong, noi_dung: "Số <1> & {{so}}", x: 0, y: 0, rong: 297}
            """)
        #expect((profile.paperWidth, profile.paperHeight) == (297, 420))
        let plain = String(decoding: profile.template(), as: UTF8.self)
        #expect(plain.contains(#"fo:page-width="297mm" fo:page-height="420mm" style:print-orientation="portrait""#))
        #expect(plain.contains(#"draw:name="ho_ten" text:anchor-type="paragraph" draw:z-index="1000" svg:x="20mm" svg:y="84.5mm" svg:width="100mm">"#))
        #expect(plain.contains("Số &lt;1&gt; &amp; {{so}}"))
        #expect(plain.contains(#"<style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="24pt"/>"#))
        let shifted = String(decoding: profile.template(offset: try BlankProfile.Offset(parsing: "2.5, -1")), as: UTF8.self)
        #expect(shifted.contains(#"svg:x="22.5mm" svg:y="83.5mm""#))
        #expect(shifted.contains(#"svg:x="2.5mm" svg:y="-1mm""#))
    }

    @Test func theCalibrationSheetHasRulersAndABoxPerField() throws {
        let sheet = String(decoding: try Self.profile("giay-khen-phoi").calibrationSheet(), as: UTF8.self)
        // Ticks every 5 mm on four edges: 59 along the width (5…295), 41 along the height (5…205).
        #expect(sheet.components(separatedBy: "draw:style-name=\"Phoi_5f_vach\"").count - 1 == 2 * 59 + 2 * 41)
        #expect(sheet.components(separatedBy: "draw:style-name=\"Phoi_5f_hop\"").count - 1 == 10)
        #expect(sheet.contains("ho_ten · x 20, y 84, rộng 257 mm · 24 pt, giữa"))
        #expect(!sheet.contains("{{"), "a calibration sheet has no fields to fill")
    }

    @Test func anOffsetIsTwoNumbersInMillimetres() throws {
        #expect(try BlankProfile.Offset(parsing: "-3,1.5") == BlankProfile.Offset(x: -3, y: 1.5))
        for bad in ["3", "3;1", "a,1", "60,0"] {
            let error = #expect(throws: DocumentsError.self) { try BlankProfile.Offset(parsing: bad) }
            #expect(error?.description == "\"--lech\" là \"\(bad)\": cần hai số mm X,Y (sang phải, xuống dưới), mỗi số từ -50 đến 50, như 2,-1.5.")
        }
    }

    @Test func aBadProfileNamesTheFieldAndWhatIsExpected() throws {
        let outside = #expect(throws: DocumentsError.self) {
            try Self.read("truong:\n  - {ten: ho_ten, x: 250, y: 80, rong: 100}")
        }
        #expect(outside?.description == "\"truong 1 (ho_ten).rong\" là \"100\": cần x + rong không quá khổ giấy (297 mm).")
        let missing = #expect(throws: DocumentsError.self) { try Self.read("truong:\n  - {ten: ho_ten, x: 20, rong: 100}") }
        #expect(missing?.description == "thiếu \"truong 1 (ho_ten).y\".")
        let align = #expect(throws: DocumentsError.self) { try Self.read("truong:\n  - {ten: a, x: 1, y: 1, rong: 10, canh: lệch}") }
        #expect(align?.description == "\"truong 1 (a).canh\" là \"lệch\": cần trai, giua hoặc phai.")
        let paper = #expect(throws: DocumentsError.self) { try Self.read("kho_giay: A5\ntruong:\n  - {ten: a, x: 1, y: 1, rong: 10}") }
        #expect(paper?.description == "\"kho_giay\" là \"A5\": cần A4 ngang, A4 dọc, A3 ngang, A3 dọc hoặc rộng x cao (mm), như 330x250.")
    }
}
