import Testing
@testable import VanbanData

/// A sheet made into what the clerk sees, from merged areas and hidden rows a workbook may hold,
/// whatever their shape: nothing traps, nothing is read that the clerk does not see.
@Suite struct VisibleSheetTests {
    static func sheet(_ rows: [[String]], merges: [MergedArea] = [], hidden: Set<Int> = []) -> SheetContent {
        var content = SheetContent(name: "DS")
        content.cells = rows
        content.merges = merges
        content.hiddenRows = hidden
        return content
    }

    @Test func mergesReachingPastTheLastRowOrColumnAreHarmless() {
        let content = Self.sheet([["Họ và tên", "Đơn vị"], ["An", "Khoa A"]],
                                 merges: [MergedArea(top: 2, bottom: 900, left: 1, right: 1),
                                          MergedArea(top: 5, bottom: 3, left: 0, right: 0),
                                          MergedArea(top: 1, bottom: 1, left: 7, right: 40)])
        let visible = VisibleSheet(content)
        #expect(visible.rows.map(\.cells) == [["Họ và tên", "Đơn vị"], ["An", "Khoa A"]])
        let band = HeaderBand(rows: visible.rows, index: 0, merges: content.merges) { _ in nil }
        #expect(band.rows == [1])
        #expect(Array(band.headings.prefix(2)) == ["Họ và tên", "Đơn vị"])
    }

    @Test func aUnitMergedDownFillsEveryRowItCoversButNotAHiddenOne() {
        let content = Self.sheet([["Họ và tên", "Đơn vị"], ["An", "Khoa A"], ["Bình", ""], ["Chi", ""]],
                                 merges: [MergedArea(top: 2, bottom: 4, left: 1, right: 1)], hidden: [3])
        let visible = VisibleSheet(content)
        #expect(visible.rows.map(\.cells) == [["Họ và tên", "Đơn vị"], ["An", "Khoa A"], ["Chi", "Khoa A"]])
        #expect(visible.hiddenRows == [3])
    }

    @Test(arguments: ["A1:B2", "$A$1:$B$2", "B2:A1"])
    func aMergedReferenceIsReadEitherWay(reference: String) {
        #expect(MergedArea(reference: reference) == MergedArea(top: 1, bottom: 2, left: 0, right: 1))
    }

    @Test(arguments: ["", "A1", "1:2", "A0:B2", "AAAAA1:B2"])
    func aBadMergedReferenceIsNone(reference: String) {
        #expect(MergedArea(reference: reference) == nil)
    }
}
