extension Template {
    /// Whether records rendered as pages of one document (``startPages(first:restartNumbering:)``)
    /// can be cut back into one file per record that is what each record alone gives: an ODF
    /// template whose headers, footers and styles hold no field and which counts no pages.
    public var separatesRecordPages: Bool {
        guard kind == .odf, let pages else { return false }
        return pages.separatesRecords
    }
}
