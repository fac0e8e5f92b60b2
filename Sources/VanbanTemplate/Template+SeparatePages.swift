extension Template {
    /// Whether records rendered as pages of one document (``startPages(first:restartNumbering:)``)
    /// can be cut back into one file per record that is what each record alone gives: an ODF
    /// template whose headers, footers and styles hold no field, which counts no pages, and
    /// whose body always writes a paragraph to mark where a record starts.
    public var separatesRecordPages: Bool {
        guard kind == .odf, let pages else { return false }
        return pages.separatesRecords
    }
}
