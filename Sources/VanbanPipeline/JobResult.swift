import Foundation

/// What a job wrote.
public struct JobResult: Sendable {
    /// The file written, or the folder of a file per record.
    public let location: URL
    /// How many files were written.
    public let written: Int
    /// How many records were rendered into them.
    public let records: Int
    /// How many times each record was checked and rendered, added up.
    public let statistics: Statistics

    /// Work counted while the job ran: a job checks and renders each record exactly once.
    public struct Statistics: Sendable, Equatable {
        /// Records checked (file name, template problems).
        public var checks: Int
        /// Records rendered by the template.
        public var renders: Int
    }
}
