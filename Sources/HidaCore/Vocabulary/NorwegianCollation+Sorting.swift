extension Sequence {
    /// The elements in Norwegian alphabetical order of `text`, computing each collation key once
    /// (a key per comparison made topic pages of large portals spend most of their time sorting).
    func sortedNorwegian(by text: (Element) -> String) -> [Element] {
        map { (key: NorwegianCollation.key(text($0)), element: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.element)
    }
}
