extension TemplateRenderer {
    /// Resolves a name: its first part up the context stack (innermost first), the rest by descending into objects.
    func lookUp(_ referenceNumber: Int, in frame: RenderFrame, what: String) throws(TemplateError) -> TemplateValue {
        let reference = templates[frame.template].references[referenceNumber]
        if let value = resolve(reference) { return value }
        if isStrict {
            throw error("unknown \(what) \"\(reference.name)\"", at: reference.position, in: frame, rule: "unknown-variable")
        }
        return .null
    }

    private func resolve(_ reference: VariableReference) -> TemplateValue? {
        guard let first = reference.path.first else { return contexts.last }
        let firstHash = reference.hashes[0]
        var index = contexts.count - 1
        while index >= 0 {
            if case .object(let fields) = contexts[index], let found = fields.value(of: first, hash: firstHash) {
                // Once the first part is found, a missing later part does not fall back to outer contexts.
                var value = found
                for part in 1 ..< reference.path.count {
                    guard case .object(let nested) = value,
                          let next = nested.value(of: reference.path[part], hash: reference.hashes[part]) else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }
}
