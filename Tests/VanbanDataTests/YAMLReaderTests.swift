import Foundation
import Testing
import VanbanData
import VanbanRules

@Suite struct YAMLReaderTests {
    @Test func keepsKeyOrderAndNestedGroups() throws {
        let value = try YAMLReader.read("so: 266\nco_quan:\n  ten: SỞ Y TẾ\n  cap_tren: UBND TỈNH\n", path: "a.yaml")
        #expect(value.keys == ["so", "co_quan"])
        #expect(value["co_quan"]?.keys == ["ten", "cap_tren"])
        #expect(value["co_quan"]?["ten"] == .string("SỞ Y TẾ"))
    }

    @Test func numbersKeepTheTextTheyWereWrittenWith() throws {
        let value = try YAMLReader.read("so: 05\nhe_so: 0.30\ntien: 59360000\n", path: "a.yaml")
        #expect(value["so"]?.text == "05")
        #expect(value["he_so"]?.text == "0.30")
        #expect(value["tien"] == .number(Decimal(59_360_000), text: "59360000"))
    }

    @Test func quotedNumbersAreText() throws {
        #expect(try YAMLReader.read(#"so: "05""#, path: "a.yaml")["so"] == .string("05"))
    }

    @Test func onlyTrueAndFalseAreBooleans() throws {
        let value = try YAMLReader.read("a: true\nb: no\nc: yes\nd: off\n", path: "a.yaml")
        #expect(value["a"] == .bool(true))
        #expect(value["b"] == .string("no"))
        #expect(value["c"] == .string("yes"))
        #expect(value["d"] == .string("off"))
    }

    @Test func datesStayText() throws {
        #expect(try YAMLReader.read("ngay: 2024-12-04", path: "a.yaml")["ngay"] == .string("2024-12-04"))
    }

    @Test func stringsAndKeysAreNFC() throws {
        let value = try YAMLReader.read("ho_te\u{0302}n: Nguye\u{0302}\u{0303}n", path: "a.yaml")
        #expect(value.keys == ["họ_tên".replacingOccurrences(of: "ọ", with: "o")])
        #expect(value["ho_tên"] == .string("Nguyễn"))
    }

    @Test func nullAndEmptyFile() throws {
        #expect(try YAMLReader.read("a: ~\nb:\n", path: "a.yaml")["b"] == .null)
        #expect(try YAMLReader.read("", path: "a.yaml") == .null)
    }

    @Test func jsonIsRead() throws {
        let value = try YAMLReader.read(#"{"ds": [{"ten": "An", "tien": 760000}], "ok": false}"#, path: "a.json")
        #expect(value["ds"] == .list([.object(["ten": .string("An"), "tien": .number(760_000, text: "760000")])]))
        #expect(value["ok"] == .bool(false))
    }

    @Test func syntaxErrorHasLineAndColumn() {
        #expect(throws: DataError.syntax(path: "a.yaml", line: 3, column: 1,
                                         problem: "while scanning a quoted scalar found unexpected end of stream")) {
            try YAMLReader.read("a: 1\nb: \"mở\n", path: "a.yaml")
        }
    }

    @Test func duplicateKeyIsAnError() throws {
        do {
            _ = try YAMLReader.read("so: 1\nso: 2\n", path: "a.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("khóa bị lặp: so"))
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bom-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data([0xEF, 0xBB, 0xBF] + Array("ten: Đào".utf8)).write(to: file)
        #expect(try DataFile.read(file)["ten"] == .string("Đào"))
    }

    @Test func nonUTF8IsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("latin-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        // `ten: ` then bytes of an 8-bit code page on line 2, column 6 (after "tên: ").
        try Data(Array("a: 1\ntên: ".utf8) + [0xC0, 0xE9, 0xFF]).write(to: file)
        #expect(throws: DataError.notUTF8At(path: file.path, line: 2, column: 6)) { try DataFile.read(file) }
    }
}

@Suite struct LegacyDataTests {
    @Test func legacyFontValuesAreConvertedAndNamed() throws {
        let reading = try YAMLReader.reading("co_quan: Së Y tÕ\nds:\n  - ten: Coäng hoøa\n  - ten: Sở Y tế\n", path: "d.yaml")
        #expect(reading.value["co_quan"] == .string("Sở Y tế"))
        #expect(reading.value["ds"] == .list([.object(["ten": .string("Cộng hòa")]), .object(["ten": .string("Sở Y tế")])]))
        #expect(reading.warnings.map(\.field) == ["co_quan", "ds[1].ten"])
        #expect(reading.warnings.map(\.converted) == [.tcvn3, .vni])
        #expect(reading.warnings[1].line == 3)
    }
}
