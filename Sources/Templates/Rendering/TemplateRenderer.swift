import ByteBuffer

/// Renders one compiled template into a UTF-8 buffer; one renderer per call, so rendering is thread-safe.
/// Output is valid UTF-8 by construction: inputs are Swift strings and the engine only splits them at ASCII bytes.
struct TemplateRenderer {
    /// How deeply partials and layouts may include each other before rendering stops with an error.
    static let maximumInclusionDepth = 64

    let templates: [CompiledTemplate]
    /// The templates' nodes, text and reference parts, read at every tag without reference counting.
    let tables: RenderTables
    let isStrict: Bool
    let output = OutputBuffer(capacity: 16_384)
    var contexts: [TemplateValue] = []
    var frames: [RenderFrame] = []
    /// The lists that sections are iterating over, innermost last.
    var lists: [[TemplateValue]] = []
    /// Every indentation a frame has used; frames refer to them by index, 0 being none.
    var indentations: [[UInt8]] = [[]]
    /// Every set of filled blocks a frame has used; frames refer to them by index.
    var scopes: [BlockOverrides] = []
    /// Whether the next output starts a template line, so a standalone partial's indentation goes first.
    var isAtLineStart = false

    init(templates: [CompiledTemplate], tables: RenderTables, isStrict: Bool) {
        self.templates = templates
        self.tables = tables
        self.isStrict = isStrict
    }

    /// Renders the template at `index` with `context` as the bottom of the context stack.
    mutating func render(_ index: Int, context: TemplateValue) throws(TemplateError) -> [UInt8] {
        let nodes = tables.nodes
        output.reserve(tables.bytes[index].count * 2)
        contexts = [context]
        frames = [RenderFrame(template: index, cursor: 0, end: nodes[index].count, indentation: 0,
                              overrides: BlockOverrides.none, inclusionDepth: 0)]
        while let top = frames.indices.last {
            let frame = frames[top]
            if frame.cursor >= frame.end {
                finishFrame(at: top)
                continue
            }
            frames[top].cursor += 1
            try renderNode(nodes[frame.template][frame.cursor], index: frame.cursor, in: frame, at: top)
        }
        return output.bytes
    }

    private mutating func finishFrame(at top: Int) {
        switch frames[top].exit {
        case .none:
            frames.removeLast()
        case .popContext:
            contexts.removeLast()
            frames.removeLast()
        case .nextItem(let list, let index, let bodyStart):
            let next = index + 1
            if next < lists[list].count {
                contexts[contexts.count - 1] = lists[list][next]
                frames[top].exit = .nextItem(list: list, index: next, bodyStart: bodyStart)
                frames[top].cursor = bodyStart
            } else {
                lists.removeLast()
                contexts.removeLast()
                frames.removeLast()
            }
        }
    }

    private mutating func renderNode(_ node: TemplateNode, index: Int, in frame: RenderFrame, at top: Int) throws(TemplateError) {
        switch node {
        case .text(let range):
            appendTemplateText(range, of: frame)
        case .variable(let reference, let trusted):
            writeIndentationIfAtLineStart(frame)
            let value = try lookUp(reference, in: frame, what: "variable")
            append(value, trusted: trusted)
        case .section(let reference, let inverted, let bodyEnd, let isStandalone):
            if !isStandalone { writeIndentationIfAtLineStart(frame) }
            frames[top].cursor = bodyEnd
            let value = try lookUp(reference, in: frame, what: "section")
            enterSection(value, inverted: inverted, body: index + 1..<bodyEnd, in: frame)
        case .partial(let inclusion):
            try include(templates[frame.template].inclusions[inclusion], overrides: frame.overrides, in: frame)
        case .parent(let inclusion, let fillings, let bodyEnd):
            frames[top].cursor = bodyEnd
            var blocks = frame.overrides == BlockOverrides.none ? [:] : scopes[frame.overrides].blocks
            for (name, blockNode) in templates[frame.template].fillings[fillings] where blocks[name] == nil {
                blocks[name] = BlockOverrides.Override(template: frame.template, blockNode: blockNode, scope: frame.overrides)
            }
            var scope = BlockOverrides.none
            if !blocks.isEmpty {
                scopes.append(BlockOverrides(blocks: blocks))
                scope = scopes.count - 1
            }
            try include(templates[frame.template].inclusions[inclusion], overrides: scope, in: frame)
        case .block(let block, let bodyEnd):
            frames[top].cursor = bodyEnd
            enterBlock(templates[frame.template].blocks[block], body: index + 1..<bodyEnd, in: frame)
        }
    }

    private mutating func enterSection(_ value: TemplateValue, inverted: Bool, body: Range<Int>, in frame: RenderFrame) {
        guard !body.isEmpty else { return }
        var child = RenderFrame(template: frame.template, cursor: body.lowerBound, end: body.upperBound, indentation: frame.indentation,
                                overrides: frame.overrides, inclusionDepth: frame.inclusionDepth)
        if inverted {
            if !value.isTruthy { frames.append(child) }
            return
        }
        guard value.isTruthy else { return }
        if case .list(let items) = value, let first = items.first {
            contexts.append(first)
            lists.append(items)
            child.exit = .nextItem(list: lists.count - 1, index: 0, bodyStart: body.lowerBound)
        } else {
            contexts.append(value)
            child.exit = .popContext
        }
        frames.append(child)
    }

    private mutating func include(_ inclusion: Inclusion, overrides: Int, in frame: RenderFrame) throws(TemplateError) {
        guard frame.inclusionDepth < Self.maximumInclusionDepth else {
            throw error(
                "partials and layouts nested more than \(Self.maximumInclusionDepth) deep (does \"\(inclusion.name)\" include itself?)",
                at: inclusion.position, in: frame, rule: "partial-depth")
        }
        if inclusion.isStandalone {
            isAtLineStart = true
        } else {
            writeIndentationIfAtLineStart(frame)
        }
        frames.append(RenderFrame(template: inclusion.template, cursor: 0, end: tables.nodes[inclusion.template].count,
                                  indentation: indentation(frame.indentation, plus: inclusion.indentation), overrides: overrides,
                                  inclusionDepth: frame.inclusionDepth + 1))
    }

    private mutating func enterBlock(_ block: BlockTag, body: Range<Int>, in frame: RenderFrame) {
        if !block.isStandalone { writeIndentationIfAtLineStart(frame) }
        guard frame.overrides != BlockOverrides.none, let override = scopes[frame.overrides].blocks[block.name],
              case .block(_, let overrideEnd) = tables.nodes[override.template][override.blockNode]
        else {
            if !body.isEmpty {
                frames.append(RenderFrame(template: frame.template, cursor: body.lowerBound, end: body.upperBound,
                                          indentation: frame.indentation, overrides: frame.overrides, inclusionDepth: frame.inclusionDepth))
            }
            return
        }
        if !block.indentation.isEmpty { isAtLineStart = true }
        // The filling renders with the context stack of the layout's block but the overrides of the page that wrote it.
        frames.append(RenderFrame(template: override.template, cursor: override.blockNode + 1, end: overrideEnd,
                                  indentation: indentation(frame.indentation, plus: block.indentation), overrides: override.scope,
                                  inclusionDepth: frame.inclusionDepth))
    }

    /// The number of the indentation `outer` followed by `inner`; a render uses a handful, so they are searched.
    private mutating func indentation(_ outer: Int, plus inner: [UInt8]) -> Int {
        if inner.isEmpty { return outer }
        let combined = indentations[outer] + inner
        if let known = indentations.firstIndex(of: combined) { return known }
        indentations.append(combined)
        return indentations.count - 1
    }

    func error(_ message: String, at position: SourcePosition, in frame: RenderFrame, rule: String) -> TemplateError {
        TemplateError(path: templates[frame.template].path, line: position.line, column: position.column, message: message, rule: rule)
    }
}
