import VanbanData

/// A list field of one document rendered as it is read (a danh sách of any length): where the
/// template walks `name` (`{{#danh_sach}}…{{/danh_sach}}`, `{{^danh_sach}}`) and the data has
/// no field of that name, the records are taken one at a time from a walk opened by `open`,
/// rendered, and let go, so that the list is never held whole (``Template/render(_:streaming:write:)``).
public struct StreamedList {
    /// The field the template walks (`danh_sach`).
    public let name: String
    /// Starts a walk over the records from the first (each walk reads the list again): each
    /// record with its place, for messages; `nil` after the last, or when reading failed (the
    /// caller keeps that error and throws it after rendering).
    public let open: () -> AnyIterator<(value: Value, place: RecordPlace)>

    /// A list field `name` whose records `open` walks.
    public init(name: String, open: @escaping () -> AnyIterator<(value: Value, place: RecordPlace)>) {
        self.name = name
        self.open = open
    }
}
