extension YAMLEntry {
    /// The key's position in the file at `path`, for problems about the key itself (unknown, misspelt).
    func keyLocation(path: String) -> SourceLocation {
        SourceLocation(path: path, line: keyLine, column: keyColumn)
    }
}
