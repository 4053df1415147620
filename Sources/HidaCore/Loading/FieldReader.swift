/// Reads typed keys out of a front matter mapping and says, in an author's words, what is wrong with them.
struct FieldReader {
    let path: String
    let root: YAMLNode?
    /// Where "missing key" errors point: the opening `---` of the front matter.
    let blockStart: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, root: YAMLNode?, blockStart: SourceLocation? = nil) {
        self.path = path
        self.root = root
        self.blockStart = blockStart ?? SourceLocation(path: path)
        if let root, case .scalar = root.value {
            diagnostics.append(.error("front matter must be a list of \"key: value\" lines", at: root.location(path: path), rule: "front-matter-shape"))
        }
    }

    func node(_ key: String) -> YAMLNode? {
        guard let node = root?[key], !node.isNull else { return nil }
        return node
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    mutating func missing(_ key: String, what: String) {
        diagnostics.append(.error("missing required key \"\(key)\" (\(what))", at: blockStart, rule: "missing-key"))
    }

    mutating func invalid(_ node: YAMLNode, _ message: String, rule: String = "invalid-value") {
        diagnostics.append(.error(message, at: node.location(path: path), rule: rule))
    }

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func text(_ key: String, required: String? = nil) -> Located<String>? {
        guard let node = node(key) else {
            if let required { missing(key, what: required) }
            return nil
        }
        guard let text = node.string else {
            invalid(node, "\"\(key)\" must be text, not a list or a map")
            return nil
        }
        if text.trimmingWhitespace().isEmpty {
            if let required { invalid(node, "\"\(key)\" is empty (\(required))", rule: "missing-key") }
            return nil
        }
        return Located(text.trimmingWhitespace(), at: node.location(path: path))
    }

    mutating func date(_ key: String, required: String? = nil) -> Located<ISODate>? {
        guard let node = node(key) else {
            if let required { missing(key, what: required) }
            return nil
        }
        guard let date = node.date else {
            invalid(node, "\"\(key)\" must be a date written as YYYY-MM-DD, e.g. 2025-03-14", rule: "invalid-date")
            return nil
        }
        return Located(date, at: node.location(path: path))
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else {
            invalid(node, "\"\(key)\" must be true or false")
            return nil
        }
        return value
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = node(key) else { return nil }
        guard let value = node.int, range.contains(value) else {
            invalid(node, "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let node = node(key) else { return nil }
        guard let value = node.double, range.contains(value) else {
            invalid(node, "\"\(key)\" must be a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    /// A list of texts; a single text is accepted as a list of one, since authors write `topics: barnetrygd`.
    mutating func textList(_ key: String, required: String? = nil) -> [Located<String>] {
        guard let node = node(key) else {
            if let required { missing(key, what: required) }
            return []
        }
        let items = node.items ?? [node]
        var result: [Located<String>] = []
        for item in items {
            guard let text = item.string, !text.trimmingWhitespace().isEmpty else {
                invalid(item, "each entry of \"\(key)\" must be a single text")
                continue
            }
            result.append(Located(text.trimmingWhitespace(), at: item.location(path: path)))
        }
        if result.isEmpty, let required, diagnostics.isEmpty {
            invalid(node, "\"\(key)\" is empty (\(required))", rule: "missing-key")
        }
        return result
    }

    /// Warns about keys the file type does not know, with the closest known key as a suggestion.
    mutating func reportUnknownKeys(allowed: [String]) {
        guard let root else { return }
        for entry in root.entries where !allowed.contains(entry.key) {
            var message = "unknown key \"\(entry.key)\""
            if let suggestion = Suggestions.closest(to: entry.key, among: allowed) {
                message += " (did you mean \"\(suggestion)\"?)"
            } else {
                message += " (known keys: \(allowed.joined(separator: ", ")))"
            }
            diagnostics.append(.warning(message, at: SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn), rule: "unknown-key"))
        }
    }
}
