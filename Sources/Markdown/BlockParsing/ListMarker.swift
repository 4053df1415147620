/// A list marker found at the start of a line.
struct ListMarker {
    var ordered: Bool
    /// `*`, `+`, `-` for bullets; `.` or `)` for ordered lists.
    var character: UInt8
    var start: Int
    /// The marker's width in bytes.
    var length: Int
}
