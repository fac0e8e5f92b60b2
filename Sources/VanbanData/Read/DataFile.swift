import Foundation

/// A document's own data: a YAML or JSON file, read whole.
public enum DataFile {
    /// The largest data file read whole, in bytes (lists come through streaming readers).
    public static let maxBytes = 64 << 20

    /// Reads the file at `url` into a ``Value``. JSON is read as YAML, which contains it.
    public static func read(_ url: URL) throws(DataError) -> Value {
        try reading(url).value
    }

    /// Reads the file at `url`, with the warnings of what was converted.
    public static func reading(_ url: URL) throws(DataError) -> DataReading {
        let text = try readText(url)
        return try YAMLReader.reading(text, path: url.relativePath)
    }

    /// The file's text: UTF-8 with or without a byte order mark, or UTF-16 with one.
    public static func readText(_ url: URL) throws(DataError) -> String {
        let path = url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "đây là thư mục") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: "không có quyền đọc hoặc lỗi đĩa")
        }
        if data.count > maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: maxBytes) }
        // UTF-16 with a byte order mark (Notepad's "Unicode"), made UTF-8 as lists are.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: TextEncoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            let utf8 = encoding.utf8Bytes([UInt8](data))
            guard let text = utf8.withUnsafeBufferPointer({ CSVTable.Rows.text($0) }) else { throw .notUTF8(path: path) }
            return text
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(data: bytes, encoding: .utf8) else {
            let (line, column) = firstInvalidByte(Array(bytes))
            throw .notUTF8At(path: path, line: line, column: column)
        }
        return text
    }

    /// Where the first byte that is not UTF-8 is: 1-based line and column (in characters).
    static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A || index == bytes.count - 1 {
            let end = byte == 0x0A ? index : index + 1
            let slice = bytes[start..<end]
            if String(bytes: slice, encoding: .utf8) == nil {
                // The longest valid prefix of the line, in characters.
                var valid = 0
                for length in (0...slice.count).reversed() where String(bytes: slice.prefix(length), encoding: .utf8) != nil {
                    valid = String(decoding: slice.prefix(length), as: UTF8.self).count
                    break
                }
                return (line, valid + 1)
            }
            line += 1
            start = index + 1
        }
        return (line, 1)
    }
}
