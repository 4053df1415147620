/// What rendering reads at every tag — each template's nodes and text, and the parts of its variable references —
/// copied once per template set into memory that the renderer reaches through plain pointers.
///
/// Read through the array of compiled templates, every tag retained and released the arrays on its way to a node or
/// a name (a few percent of a site build, shared by all threads). Pointers are not reference counted. The tables are
/// immutable once made and freed with the template set.
final class RenderTables: @unchecked Sendable {
    /// A variable reference's dotted parts: `count` names and hashes from `first` in `partNames` / `partHashes`;
    /// no parts for `{{.}}`.
    struct Reference {
        var first: Int
        var count: Int
    }

    /// Per template, its nodes.
    let nodes: UnsafeMutableBufferPointer<UnsafeBufferPointer<TemplateNode>>
    /// Per template, its source bytes (what `.text` nodes point into).
    let bytes: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
    /// Per template, its references, numbered as in `CompiledTemplate.references`.
    let references: UnsafeMutableBufferPointer<UnsafeBufferPointer<Reference>>
    /// Every reference part of every template.
    let partNames: UnsafeMutableBufferPointer<String>
    /// `TemplateObject.hash(_:)` of each part.
    let partHashes: UnsafeMutableBufferPointer<UInt64>

    init(_ templates: [CompiledTemplate]) {
        nodes = .allocate(capacity: templates.count)
        bytes = .allocate(capacity: templates.count)
        references = .allocate(capacity: templates.count)
        let partCount = templates.reduce(0) { total, template in total + template.references.reduce(0) { $0 + $1.path.count } }
        partNames = .allocate(capacity: partCount)
        partHashes = .allocate(capacity: partCount)
        var nextPart = 0
        for (index, template) in templates.enumerated() {
            nodes[index] = Self.copy(template.nodes)
            bytes[index] = Self.copy(template.bytes)
            var entries: [Reference] = []
            entries.reserveCapacity(template.references.count)
            for reference in template.references {
                entries.append(Reference(first: nextPart, count: reference.path.count))
                for (name, hash) in zip(reference.path, reference.hashes) {
                    (partNames.baseAddress! + nextPart).initialize(to: name)
                    partHashes[nextPart] = hash
                    nextPart += 1
                }
            }
            references[index] = Self.copy(entries)
        }
    }

    deinit {
        for table in nodes { table.deallocate() }
        for table in bytes { table.deallocate() }
        for table in references { table.deallocate() }
        nodes.deallocate()
        bytes.deallocate()
        references.deallocate()
        partNames.baseAddress?.deinitialize(count: partNames.count)
        partNames.deallocate()
        partHashes.deallocate()
    }

    /// The value `reference` names in `contexts` (innermost last), or nil: its first part is looked up the context
    /// stack, innermost first, and the rest by descending into objects.
    func resolve(_ reference: Reference, in contexts: [TemplateValue]) -> TemplateValue? {
        guard reference.count > 0 else { return contexts.last }
        var index = contexts.count - 1
        while index >= 0 {
            if let found = contexts[index].field(partNames[reference.first], hash: partHashes[reference.first]) {
                // Once the first part is found, a missing later part does not fall back to outer contexts.
                var value = found
                for part in reference.first + 1 ..< reference.first + reference.count {
                    guard let next = value.field(partNames[part], hash: partHashes[part]) else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }
}
