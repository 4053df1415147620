extension TemplateValue {
    /// Whether a section over this value renders its content (an inverted section renders when this is false).
    public var isTruthy: Bool {
        switch self {
        case .text(let string): return !string.isEmpty
        case .html(let string): return !string.isEmpty
        case .htmlUTF8(let bytes): return !bytes.isEmpty
        case .bool(let flag): return flag
        case .number(let number): return number != 0
        case .list(let items): return !items.isEmpty
        case .object: return true
        case .null: return false
        }
    }

    /// The value under `key` when this is an object, otherwise `nil`.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }
}
