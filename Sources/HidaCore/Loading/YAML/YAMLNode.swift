/// One value of a front matter document, with the file position of its first character.
///
/// For an empty value (`key:` with nothing after it) the position is the one right after the colon
/// (or after the `-` of an empty list item); for a block scalar it is the `|` or `>` indicator.
struct YAMLNode: Sendable, Equatable {
    var value: YAMLValue
    /// The 1-based line in the file (not in the YAML text).
    var line: Int
    /// The 1-based column, counted in Unicode scalars.
    var column: Int
}
