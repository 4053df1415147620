extension TemplateRenderer {
    /// Resolves a name: its first part up the context stack (innermost first), the rest by descending into objects.
    func lookUp(_ reference: VariableReference, in frame: RenderFrame, what: String) throws(TemplateError) -> TemplateValue {
        if let value = resolve(reference.path) { return value }
        if isStrict {
            throw error("unknown \(what) \"\(reference.name)\"", at: reference.position, in: frame, rule: "unknown-variable")
        }
        return .null
    }

    private func resolve(_ path: [String]) -> TemplateValue? {
        guard let first = path.first else { return contexts.last }
        var index = contexts.count - 1
        while index >= 0 {
            if case .object(let fields) = contexts[index], let found = fields[first] {
                // Once the first part is found, a missing later part does not fall back to outer contexts.
                var value = found
                for part in path.dropFirst() {
                    guard case .object(let nested) = value, let next = nested[part] else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }
}
