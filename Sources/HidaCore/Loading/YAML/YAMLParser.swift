/// Reads the YAML subset that Hida accepts in front matter and `portal.yaml`.
///
/// The subset: `key: value` with plain, 'single' and "double" quoted scalars, `#` comments,
/// block lists (`- x`), flow lists (`[a, b]`), nested maps by indentation and block scalars
/// (`|`, `>`, with chomping `-`/`+` and an optional indentation digit). Everything else
/// (anchors, aliases, tags, `{}` maps, `?` keys, several documents, tabs for indentation,
/// duplicate keys, multi-line plain or quoted scalars) is reported with its line and column.
enum YAMLParser {
    /// Parses `text` and returns its root value (nil for an empty document) and every problem found.
    ///
    /// - Parameters:
    ///   - path: the file path put into each diagnostic.
    ///   - firstLine: the file line of the text's first line, so that positions are file positions
    ///     (front matter starts on line 2).
    /// - Returns: the root, which may be partial when there are diagnostics, and the diagnostics
    ///   sorted by position.
    static func parse(_ text: String, path: String, firstLine: Int = 1) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var reader = YAMLBlockReader(text: text, path: path, firstLine: firstLine)
        let root = reader.readDocument()
        return (root, reader.sortedDiagnostics())
    }
}
