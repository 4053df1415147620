extension TemplateRenderer {
    /// Resolves a name: its first part up the context stack (innermost first), the rest by descending into objects.
    func lookUp(_ referenceNumber: Int, in frame: RenderFrame, what: String) throws(TemplateError) -> TemplateValue {
        if let value = tables.resolve(tables.references[frame.template][referenceNumber], in: contexts) { return value }
        if isStrict {
            let reference = templates[frame.template].references[referenceNumber]
            throw error("unknown \(what) \"\(reference.name)\"", at: reference.position, in: frame, rule: "unknown-variable")
        }
        return .null
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
