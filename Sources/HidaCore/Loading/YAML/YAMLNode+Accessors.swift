/// Typed reads of a node, for callers that check front matter keys.
///
/// Only plain scalars are read as booleans, numbers or dates: `"2024-05-02"` or `'true'` in quotes
/// are strings, because quoting is how an author says "this is text". `string` returns the text of
/// any scalar, plain numbers and booleans as written. `null` and `~` are ordinary text in Hida's
/// subset; only an empty value is null.
extension YAMLNode {
    /// The value for `key` when this node is a mapping.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The mapping's entries in the order written, or `[]` for anything else.
    var entries: [YAMLEntry] {
        guard case .mapping(let entries) = value else { return [] }
        return entries
    }

    /// The list's items; nil for anything else (a single scalar is not wrapped into a list).
    var items: [YAMLNode]? {
        guard case .sequence(let items) = value else { return nil }
        return items
    }

    /// The text of any scalar.
    var string: String? {
        guard case .scalar(let scalar) = value else { return nil }
        return scalar.text
    }

    /// A plain `true` or `false`, also capitalised (`True`) or upper case (`FALSE`) as in YAML 1.2;
    /// `yes`, `no`, `on` and `off` are text.
    var bool: Bool? {
        switch plainText {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A plain decimal integer with an optional sign (`124028`, `-3`); nil when out of range.
    var int: Int? {
        guard let text = plainText else { return nil }
        return Int(text)
    }

    /// A plain decimal number (`1.5`, `-2`, `6.02e23`); `inf`, `nan` and hexadecimal are not numbers.
    var double: Double? {
        guard let text = plainText, Self.isDecimalNumber(text) else { return nil }
        return Double(text)
    }

    /// A plain `YYYY-MM-DD` date that exists in the calendar.
    var date: ISODate? {
        plainText.flatMap(ISODate.init)
    }

    /// True for an empty value (`key:` with nothing after it).
    var isNull: Bool {
        value == .null
    }

    /// The node's position in the file at `path`.
    func location(path: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private var plainText: String? {
        guard case .scalar(let scalar) = value, scalar.style == .plain else { return nil }
        return scalar.text
    }

    /// Matches `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    private static func isDecimalNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var cursor = 0
        func skipDigits() -> Int {
            let start = cursor
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                cursor += 1
            }
            return cursor - start
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
            cursor += 1
        }
        var digits = skipDigits()
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "e") || bytes[cursor] == UInt8(ascii: "E") {
            cursor += 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            guard skipDigits() > 0 else { return false }
        }
        return cursor == bytes.count
    }
}
