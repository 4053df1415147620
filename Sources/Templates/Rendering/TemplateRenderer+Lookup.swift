extension TemplateRenderer {
    /// Resolves a name: its first part up the context stack (innermost first), the rest by descending into objects.
    func lookUp(_ referenceNumber: Int, in frame: RenderFrame, what: String) throws(TemplateError) -> TemplateValue {
        // Called on the reference where it is stored: copying it out would retain its parts at every tag.
        if let value = templates[frame.template].references[referenceNumber].resolve(in: contexts) { return value }
        if isStrict {
            let reference = templates[frame.template].references[referenceNumber]
            throw error("unknown \(what) \"\(reference.name)\"", at: reference.position, in: frame, rule: "unknown-variable")
        }
        return .null
    }
}

extension VariableReference {
    /// The value this name has in `contexts` (innermost last), or nil.
    func resolve(in contexts: [TemplateValue]) -> TemplateValue? {
        guard !path.isEmpty else { return contexts.last }
        var index = contexts.count - 1
        while index >= 0 {
            if let found = contexts[index].field(path[0], hash: hashes[0]) {
                // Once the first part is found, a missing later part does not fall back to outer contexts.
                var value = found
                for part in 1 ..< path.count {
                    guard let next = value.field(path[part], hash: hashes[part]) else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }
}

extension TemplateValue {
    /// The field `name` of an object (`hash` is `TemplateObject.hash(name)`); nil for a missing field or another value.
    /// A method, so that the value is read where it is stored rather than copied to be matched.
    func field(_ name: String, hash: UInt64) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.value(of: name, hash: hash)
    }
}
