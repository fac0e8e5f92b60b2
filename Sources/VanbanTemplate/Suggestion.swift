/// The closest name to a misspelt one, for "có phải …?" hints.
public enum Suggestion {
    /// The candidate with the smallest edit distance to `name`, if it is close enough to be a
    /// likely typo (at most a third of the name's length, and at least 1) and means the same:
    /// a name with a word more or less is another field (`chuc_vu_ky` is not `chuc_vu`), while
    /// `ho_va_ten` and `ho_ten` are one.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where !differsByAWord(name, candidate) {
            let distance = editDistance(name, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Whether one name's words are the other's with a word added (`va`, "and", aside).
    static func differsByAWord(_ a: String, _ b: String) -> Bool {
        func words(_ name: String) -> Set<Substring> { Set(name.split(separator: "_").filter { $0 != "va" }) }
        let (wordsA, wordsB) = (words(a), words(b))
        return wordsA != wordsB && (wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA))
    }

    /// Edit distance over characters, a swap of two neighbours counting as one edit
    /// (optimal string alignment), since `tein` for `tien` is one slip of the fingers.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
