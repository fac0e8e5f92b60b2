import Foundation

/// A template the Soạn page offers: built in (`templates/NAME.fodt` with its sample data) or
/// uploaded by the office (its newest version).
struct TemplateEntry: Sendable, Equatable {
    /// The identifier in page addresses: the built-in's name, or `dv-ID` for the office's.
    let key: String
    let title: String
    let summary: String
    /// The template file (never named by a request: found from ``key`` through the catalog).
    let file: URL
    /// The sample data, for labels, hints and starting values.
    let sample: URL?
    let isBuiltIn: Bool
    /// The version shown (1 for a built-in).
    let version: Int
}
