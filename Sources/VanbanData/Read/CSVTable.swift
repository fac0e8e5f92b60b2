import Foundation

/// A list saved as CSV or as Excel's "Unicode text": its bytes in any ``TextEncoding`` made
/// UTF-8, then read a row at a time at the byte level: `,`, `;` or tab between cells (told from
/// the first lines), quoted cells with doubled quotes and line breaks, CRLF or LF. Every row is
/// counted, blank ones too, so that row numbers are the ones Excel shows.
public struct CSVTable: Sendable {
    /// The file.
    public let url: URL
    /// The encoding the bytes were read in.
    public let encoding: TextEncoding
    /// The byte between cells: `,`, `;` or tab.
    public let delimiter: Unicode.Scalar
    /// The text, UTF-8.
    let bytes: [UInt8]

    /// The largest list file read, in bytes.
    public static let maxBytes = 1 << 30

    /// Reads the file at `url`, in `encoding` or the one its bytes show.
    public init(url: URL, encoding: TextEncoding? = nil) throws(DataError) {
        self.url = url
        let path = url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "đây là thư mục") }
        let raw = try Self.read(url, path: path)
        let chosen = encoding ?? TextEncoding.detect(raw)
        self.encoding = chosen
        bytes = chosen.utf8Bytes(raw)
        delimiter = Unicode.Scalar(Self.detectDelimiter(bytes))
    }

    /// The file's bytes, read straight into one buffer (a list of 100,000 rows is tens of
    /// megabytes: no second copy).
    private static func read(_ url: URL, path: String) throws(DataError) -> [UInt8] {
        let file = open(url.path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw .unreadable(path: path, reason: "không có quyền đọc hoặc lỗi đĩa") }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { throw .unreadable(path: path, reason: "không có quyền đọc hoặc lỗi đĩa") }
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(path: path, bytes: size, limit: maxBytes) }
        guard size > 0 else { return [] }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = Foundation.read(file, base + count, size - count)
                if got < 0, errno == EINTR { continue }
                if got <= 0 {
                    failed = got < 0
                    break
                }
                count += got
            }
        }
        if failed { throw .unreadable(path: path, reason: "không có quyền đọc hoặc lỗi đĩa") }
        return bytes
    }

    /// The byte, of `,` `;` tab, seen most often outside quotes in the first 50 lines; `,` when none is.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false, lines = 0
        for byte in bytes.prefix(256 * 1024) {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") {
                lines += 1
                if lines == 50 { break }
            } else if counts[byte] != nil {
                counts[byte, default: 0] += 1
            }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        return best.map { $0.value > 0 ? $0.key : UInt8(ascii: ",") } ?? UInt8(ascii: ",")
    }

    /// The rows from the first.
    /// The text's lines (line breaks, plus one): at least as many as its records.
    public var lineCount: Int {
        var count = 1
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }

    public func rows() -> Rows {
        Rows(bytes: bytes, delimiter: UInt8(delimiter.value), path: url.relativePath, encoding: encoding)
    }

    /// Walks the rows of the text; each call to ``next()`` reads one row (blank rows included).
    public struct Rows: Sendable {
        let bytes: [UInt8]
        let delimiter: UInt8
        let path: String
        let encoding: TextEncoding
        var position = 0
        /// The number of the last row read.
        public private(set) var row = 0
        var scratch: [UInt8] = []

        init(bytes: [UInt8], delimiter: UInt8, path: String, encoding: TextEncoding) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.path = path
            self.encoding = encoding
        }

        /// The next row, or `nil` at the end of the file. Throws on a quote never closed (at the
        /// row it opened in) and on bytes that are not text in the file's encoding (at their row).
        public mutating func next() throws(DataError) -> TableRow? {
            guard position < bytes.count else { return nil }
            row += 1
            var cells: [String] = []
            var failure: DataError?
            let count = bytes.count
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            let delimiter = self.delimiter
            var index = position
            var scratch = self.scratch
            self.scratch = []  // keeps the buffer uniquely referenced: no copy on write
            bytes.withUnsafeBufferPointer { buffer in
                while true {
                    // One cell from `index`.
                    var text: String?
                    if index < count && buffer[index] == quote {
                        index += 1
                        scratch.removeAll(keepingCapacity: true)
                        var closed = false
                        while index < count {
                            var end = index
                            while end < count && buffer[end] != quote { end += 1 }
                            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<end]))
                            if end == count { index = end; break }
                            if end + 1 < count && buffer[end + 1] == quote {  // a doubled quote
                                scratch.append(quote)
                                index = end + 2
                                continue
                            }
                            index = end + 1
                            closed = true
                            break
                        }
                        if !closed {
                            failure = .unclosedQuote(path: path, row: row)
                            return
                        }
                        // Bytes after the closing quote, up to the delimiter, belong to the cell.
                        let rest = index
                        while index < count && buffer[index] != delimiter && buffer[index] != lf && buffer[index] != cr { index += 1 }
                        if index > rest { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[rest..<index])) }
                        text = scratch.withUnsafeBufferPointer { Self.text($0) }
                    } else {
                        let start = index
                        while index < count {
                            let byte = buffer[index]
                            if byte == delimiter || byte == lf || byte == cr { break }
                            index += 1
                        }
                        text = Self.text(UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    }
                    guard let text else {
                        failure = .invalidBytes(path: path, row: row, encoding: encoding)
                        return
                    }
                    cells.append(text)
                    if index >= count { return }
                    let byte = buffer[index]
                    index += 1
                    if byte == delimiter { continue }
                    if byte == cr && index < count && buffer[index] == lf { index += 1 }
                    return
                }
            }
            self.scratch = scratch
            position = index
            if let failure {
                position = count
                throw failure
            }
            if cells.count == 1 && cells[0].isEmpty { return TableRow(row: row, cells: []) }
            return TableRow(row: row, cells: cells)
        }

        /// The text of well-formed UTF-8 bytes, or `nil`.
        static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            var index = 0
            let end = bytes.count
            while index < end {
                if bytes[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = UTF8Scan.sequenceLength(bytes, at: index)
                if length == 0 { return nil }
                index += length
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
