import Foundation

/// Reads a `multipart/form-data` body (RFC 7578) already limited in size: text fields as NFC
/// strings, files as bytes.
struct MultipartReader {
    let boundary: String

    func read(_ body: Data) throws(ServerError) -> FormData {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        var form = FormData()
        guard var start = find(delimiter, in: bytes, from: 0) else { throw .badForm(reason: "không có phần nào") }
        while true {
            start += delimiter.count
            if bytes[start..<min(start + 2, bytes.count)].elementsEqual(Array("--".utf8)) { break }
            start = skipLineEnd(bytes, start)
            guard let next = find(Array("\r\n--\(boundary)".utf8), in: bytes, from: start) else {
                throw .badForm(reason: "phần cuối bị cắt")
            }
            try readPart(bytes[start..<next], into: &form)
            start = next + 2
        }
        return form
    }

    private func readPart(_ part: ArraySlice<UInt8>, into form: inout FormData) throws(ServerError) {
        guard let split = find(Array("\r\n\r\n".utf8), in: Array(part), from: 0) else {
            throw .badForm(reason: "phần không có tiêu đề")
        }
        let headerBytes = Array(part)[0..<split]
        let content = Data(Array(part)[(split + 4)...])
        let headers = String(decoding: headerBytes, as: UTF8.self).components(separatedBy: "\r\n")
        guard let disposition = headers.first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
            let name = FormData.parameter("name", of: disposition)
        else { throw .badForm(reason: "phần không có tên") }
        if let fileName = FormData.parameter("filename", of: disposition) {
            guard !fileName.isEmpty else { return }
            let shown = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
            form.files[name] = FormData.File(name: shown.precomposedStringWithCanonicalMapping, bytes: content)
        } else {
            form.fields[name] = String(decoding: content, as: UTF8.self).precomposedStringWithCanonicalMapping
        }
    }

    private func skipLineEnd(_ bytes: [UInt8], _ index: Int) -> Int {
        var index = index
        if index < bytes.count, bytes[index] == 13 { index += 1 }
        if index < bytes.count, bytes[index] == 10 { index += 1 }
        return index
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
