/// The alignment a GFM table delimiter row gives a column.
public enum TableAlignment: UInt8, Sendable, Equatable {
    /// No colon in the delimiter cell.
    case none
    /// `:---`
    case left
    /// `:---:`
    case center
    /// `---:`
    case right
}
