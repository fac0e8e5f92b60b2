import Testing
@testable import VanbanData

/// The folding table written out in FieldNameFolding.swift is what folding gives.
@Suite struct FieldNameTests {
    @Test func theWrittenOutTableIsWhatFoldingGives() {
        let scalars = Array(0x80...0x24F) + Array(0x1E00...0x1EFF)
        #expect(FieldName.foldedTable.count == scalars.count)
        for (index, value) in scalars.enumerated() where index < FieldName.foldedTable.count {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(FieldName.foldedTable[index] == FieldName.fold(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(FieldName.normalize("Họ và tên (Đơn vị)") == "ho_va_ten_don_vi")
    }
}
