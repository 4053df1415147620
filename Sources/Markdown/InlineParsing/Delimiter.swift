/// An entry of the delimiter stack: a run of `*`, `_` or `~` that may open or close emphasis.
struct Delimiter {
    var character: UInt8
    var canOpen: Bool
    var canClose: Bool
    /// Characters of the run not yet used by a match.
    var length: Int
    var originalLength: Int
    /// Index of the run's text node in the parser's item list.
    var item: Int
    /// Subject offset of the run's first character.
    var position: Int
    var previous: Int
    var next: Int
}
