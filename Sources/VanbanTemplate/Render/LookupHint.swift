import Synchronization

/// Where a tag's name was last found in the record it looked in: the records of a list have
/// their fields in the same order, so the next record's field is most likely at the same
/// place, checked with one comparison of names instead of hashing the name (``Context``).
/// Shared by every copy of the tag and by the threads of a batch: an atomic, relaxed.
final class LookupHint: Sendable, Equatable {
    private let position = Atomic<Int>(-1)

    /// The field's last position, or -1.
    var value: Int { position.load(ordering: .relaxed) }

    func remember(_ index: Int) { position.store(index, ordering: .relaxed) }

    /// A hint is not part of what a tag says.
    static func == (lhs: LookupHint, rhs: LookupHint) -> Bool { true }
}
