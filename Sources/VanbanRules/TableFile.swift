import Foundation

/// The JSON tables the rules read (`awards.json`, `legal-basis.json`), decoded with one
/// error for a table that does not have the expected shape.
enum TableFile {
    static func decode<File: Decodable>(_ type: File.Type, from data: Data) throws(RulesError) -> File {
        do {
            return try JSONDecoder().decode(File.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalidTable("thiếu khóa \"\(key.stringValue)\" ở \(path(context))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalidTable("giá trị sai kiểu ở \(path(context))")
        } catch {
            throw .invalidTable("không phải JSON hợp lệ")
        }
    }

    /// `documents[3].signed`.
    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.hasPrefix(".") ? String(path.dropFirst()) : path.isEmpty ? "gốc" : path
    }
}
