import Testing
@testable import VanbanData

/// The bundled table of column headings, written out in Swift: a heading typed twice, or a
/// field named twice, would let one entry silently shadow another.
@Suite struct HeadingTableTests {
    private let table = HeadingTable.bundled

    @Test func everyHeadingLeadsBackToItsOwnField() {
        #expect(table.entries.count == 20)
        for entry in table.entries {
            for heading in entry.headings + [entry.label, entry.field] {
                #expect(table.entry(heading: heading)?.field == entry.field, "\(heading) → \(entry.field)")
            }
        }
    }

    @Test func eachFieldOnce() {
        let fields = table.entries.map(\.field)
        #expect(Set(fields).count == fields.count)
        for field in fields { #expect(table.entry(field: field)?.field == field) }
    }

    @Test func headingsAsClerksWriteThem() {
        #expect(table.entry(heading: "HỌ VÀ TÊN")?.field == "ho_ten")
        #expect(table.entry(heading: "Số tiền (đ)")?.field == "so_tien")
        #expect(table.entry(heading: "Số tiền (đ)")?.kind == .money)
        #expect(table.entry(heading: "ngày sinh")?.kind == .date)
        #expect(table.entry(heading: "Tập thể/Cá nhân")?.kind == .kind)
        #expect(table.entry(heading: "Cột lạ") == nil)
    }
}
