import VanbanData

extension Template {
    /// Starts one packaged ODT (`.odt`) with a page per record, its header filled from
    /// `first`: like ``startPages(first:restartNumbering:)``, but the bytes taken are those of
    /// the package's `content.xml`, and the package's other parts come with it
    /// (``PackagePages/parts``), so that the package can be zipped as the records render.
    public func startPackagePages(first: Value, restartNumbering: Bool) throws(TemplateError) -> PackagePages {
        guard let pages, kind == .odf else {
            throw .unsupported(feature: "một tệp nhiều trang", at: SourceLocation(file: path, line: 1))
        }
        return try PackagePages(template: self, layout: pages, first: first, restartNumbering: restartNumbering)
    }
}
