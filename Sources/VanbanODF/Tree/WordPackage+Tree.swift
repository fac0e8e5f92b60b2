extension WordPackage {
    /// The entry `name` parsed (hardened), owned by the returned document.
    package func document(_ name: String) throws(ODFError) -> Document {
        Document(adopting: try xml(name), path: "\(path)/\(name)")
    }
}
