import Foundation
import OrderedCollections
import VanbanData
import VanbanRules

/// Kinh phí of a Kế hoạch: every amount computed, never typed. Each line is số lượng × đơn giá,
/// or số lượng × hệ số × the mức lương cơ sở in force on the plan's date (budget estimates take
/// the exact product, SPEC §6); each group has its `Cộng`, the whole its `Tổng cộng` and the
/// amount in words.
///
/// Data in (`kinh_phi`): `nhom` (groups: `ten`, `dong`: lines with `noi_dung`, `so_luong`, and
/// `don_gia` or `he_so`; optional `cong_nhan`, "Cộng:" by default), optional `ngay` (else the
/// plan's), `doc_ngan` (read thousands as "ngàn"), `bang_chu_viet_thuong` (words in lower case).
public enum PlanBudget {
    /// The plan's data with every amount of its `kinh_phi` computed (unchanged without `kinh_phi`).
    public static func prepare(_ plan: Value, table: AwardTable = .bundled) throws(DocumentsError) -> Value {
        guard case .object(var fields) = plan, case .object(var budget)? = plan["kinh_phi"] else { return plan }
        guard case .list(let groups)? = budget["nhom"] else { throw .missing(field: "kinh_phi.nhom", record: nil) }
        var salary: Decimal?
        func baseSalary() throws(DocumentsError) -> Decimal {
            if let salary { return salary }
            guard let text = budget["ngay"]?.text ?? plan["ngay"]?.text, text.count > 4 else {
                throw .missing(field: "kinh_phi.ngay (ngày tính mức lương cơ sở cho hệ số)", record: nil)
            }
            do {
                let amount = try table.baseSalary(on: try DocumentDate(parsing: text)).amount
                salary = amount
                return amount
            } catch {
                throw .rules(error)
            }
        }
        func amount(_ value: Value?, field: String, line: Int) throws(DocumentsError) -> Decimal {
            guard let text = value?.text, !text.isEmpty else { throw .missing(field: field, record: line) }
            do {
                return try Money.parse(text).value
            } catch {
                throw .invalid(field: field, value: text, record: line, expected: "một số (59.360.000 hoặc 0,6)")
            }
        }

        var total = Decimal(0)
        var computedGroups: [Value] = []
        var line = 0
        for group in groups {
            guard case .object(var groupFields) = group, case .list(let lines)? = group["dong"] else {
                throw .missing(field: "kinh_phi.nhom.dong", record: nil)
            }
            var sum = Decimal(0)
            var computedLines: [Value] = []
            for entry in lines {
                line += 1
                guard case .object(var lineFields) = entry else { continue }
                let quantity = try amount(entry["so_luong"], field: "so_luong", line: line)
                let unit: Decimal
                if entry["he_so"] != nil {
                    unit = try amount(entry["he_so"], field: "he_so", line: line) * (try baseSalary())
                } else {
                    unit = try amount(entry["don_gia"], field: "don_gia", line: line)
                }
                let product = quantity * unit
                lineFields["don_gia"] = number(unit)
                lineFields["thanh_tien"] = number(product)
                sum += product
                computedLines.append(.object(lineFields))
            }
            groupFields["dong"] = .list(computedLines)
            groupFields["cong"] = number(sum)
            if groupFields["cong_nhan"] == nil { groupFields["cong_nhan"] = .string("Cộng:") }
            total += sum
            computedGroups.append(.object(groupFields))
        }
        budget["nhom"] = .list(computedGroups)
        budget["tong_cong"] = number(total)
        if budget["tong_cong_nhan"] == nil { budget["tong_cong_nhan"] = .string("Tổng cộng") }
        let reader = NumberWords(thousand: budget["doc_ngan"] == .bool(true) ? .ngan : .nghin)
        guard let whole = UInt64(NSDecimalNumber(decimal: total).stringValue) else {
            throw .invalid(field: "kinh_phi", value: Money.format(total), record: nil, expected: "một số tiền đồng chẵn")
        }
        do {
            var words = try reader.money(whole)
            if budget["bang_chu_viet_thuong"] == .bool(true) { words = words.lowercased() }
            budget["bang_chu"] = .string(words)
        } catch {
            throw .rules(error)
        }
        fields["kinh_phi"] = .object(budget)
        return .object(fields)
    }

    private static func number(_ value: Decimal) -> Value {
        .number(value, text: NSDecimalNumber(decimal: value).stringValue)
    }
}
