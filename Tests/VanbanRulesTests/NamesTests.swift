import Testing
import VanbanRules

@Suite struct NamesTests {
    @Test func partsOfAName() {
        let name = PersonName("  Nguyễn   Thị Minh  Đào ")
        #expect(name.family == "Nguyễn")
        #expect(name.middle == "Thị Minh")
        #expect(name.given == "Đào")
        #expect(name.description == "Nguyễn Thị Minh Đào")
        #expect(PersonName("Lê An").middle == "")
    }

    @Test func sortsByGivenNameThenFamilyInVietnameseOrder() {
        let names = ["Trần Văn Bình", "Nguyễn Đức Đào", "Nguyễn Thị Ánh", "Phạm Thị Ấn", "Nguyễn Văn An", "Đỗ Văn Dũng", "Lê An"]
        let sorted = names.map(PersonName.init).sorted().map(\.description)
        #expect(sorted == ["Lê An", "Nguyễn Văn An", "Nguyễn Thị Ánh", "Phạm Thị Ấn", "Trần Văn Bình", "Đỗ Văn Dũng", "Nguyễn Đức Đào"])
    }

    @Test func tonesSortNoneHuyenHoiNgaSacNang() {
        let words = ["Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"].shuffled()
        #expect(words.sorted { VietnameseOrder.compare($0, $1) == .orderedAscending } == ["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"])
    }

    @Test func lettersSortInTheVietnameseAlphabet() {
        let letters = ["y", "ư", "u", "ơ", "ô", "o", "đ", "d", "ê", "e", "â", "ă", "a"].shuffled()
        #expect(letters.sorted { VietnameseOrder.compare($0, $1) == .orderedAscending }
                == ["a", "ă", "â", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư", "y"])
    }

    @Test func capitalisation() {
        #expect(PersonName.properCase("nguyễn thị đào") == "Nguyễn Thị Đào")
        #expect(PersonName.properCase("ĐỖ VĂN ÚT") == "Đỗ Văn Út")
        #expect("sở y tế đắk lắk".uppercased() == "SỞ Y TẾ ĐẮK LẮK")
    }

    @Test func honorificFromGender() throws {
        #expect(try PersonName.honorific(gender: "Nam") == "Ông")
        #expect(try PersonName.honorific(gender: "nữ") == "Bà")
        #expect(try PersonName.honorific(gender: "F") == "Bà")
        #expect(throws: RulesError.self) { try PersonName.honorific(gender: "?") }
    }
}
