/// Where one line of a leaf block's content came from, so inline nodes can report positions.
struct LineSegment {
    /// Offset in the document's literal storage where this line's content starts.
    var storageOffset: Int32
    /// The 1-based source line.
    var line: Int32
    /// The 1-based source column (in scalars) of the content's first byte.
    var column: Int32
}
