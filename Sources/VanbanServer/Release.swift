import CBuildInfo

/// Which vanban is running: the release's version (Package.swift) and the commit it was built
/// from, both fixed at build time. Shown by `vanban --version` and in the web page's footer.
public enum Release {
    /// The release's version, e.g. `0.1.0`.
    public static let version = String(cString: vanban_version())

    /// The commit built from: 12 hex digits, `+` after them when the tree had uncommitted
    /// changes; `unknown` when built outside git without `VANBAN_COMMIT`.
    public static let commit = String(cString: vanban_commit())

    /// `0.1.0 (commit 1a2b3c4d5e6f)`.
    public static var description: String { "\(version) (commit \(commit))" }
}
