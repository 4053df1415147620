/// Builds a template's node array from its tokens, matching sections and resolving partial and layout names.
struct TemplateParser {
    /// An opened section, layout or block waiting for its closing tag.
    private struct OpenTag {
        enum Kind: String {
            case section, layout, block
        }

        var kind: Kind
        var name: String
        var node: Int
        var position: SourcePosition
        var filledBlocks: [String: Int] = [:]
    }

    private let source: TemplateSource
    private let bytes: [UInt8]
    private let templateIndex: [String: Int]
    private var template: CompiledTemplate
    private var openTags: [OpenTag] = []
    private var errors: [TemplateError] = []
    /// Set after a block opens inside a layout tag mid-line, so the rest of that line is not part of the filling.
    private var dropsLineEndOfNextText = false

    /// Parses one template; `templateIndex` maps every known template name to its index.
    static func parse(_ source: TemplateSource, templateIndex: [String: Int]) -> (template: CompiledTemplate, errors: [TemplateError]) {
        var parser = TemplateParser(source: source, templateIndex: templateIndex)
        parser.run()
        return (parser.template, parser.errors.sorted())
    }

    private init(source: TemplateSource, templateIndex: [String: Int]) {
        self.source = source
        self.bytes = Array(source.text.utf8)
        self.templateIndex = templateIndex
        template = CompiledTemplate(name: source.name, path: source.path, bytes: bytes, nodes: [])
    }

    private mutating func run() {
        let (tokens, lexingErrors) = TemplateLexer.tokenize(bytes, path: source.path)
        errors = lexingErrors
        template.nodes.reserveCapacity(tokens.count)
        for token in tokens {
            append(token)
        }
        while let open = openTags.popLast() {
            report("unclosed \(open.kind.rawValue) \"\(open.name)\"", at: open.position, rule: "unclosed-section")
            finish(open)
        }
    }

    private mutating func append(_ token: TemplateToken) {
        var token = token
        if dropsLineEndOfNextText {
            dropsLineEndOfNextText = false
            if token.kind == .text {
                token.bytes = droppingBlankLineEnd(token.bytes)
                if token.bytes.isEmpty { return }
            }
        }
        switch token.kind {
        case .text:
            template.nodes.append(.text(token.bytes))
        case .variable, .trustedVariable:
            template.references.append(reference(token))
            template.nodes.append(.variable(reference: template.references.count - 1, trusted: token.kind == .trustedVariable))
        case .sectionOpen, .invertedSectionOpen:
            let reference = reference(token)
            template.references.append(reference)
            openTags.append(OpenTag(kind: .section, name: reference.name, node: template.nodes.count, position: token.position))
            template.nodes.append(.section(reference: template.references.count - 1, inverted: token.kind == .invertedSectionOpen,
                                           bodyEnd: template.nodes.count + 1, isStandalone: token.isStandalone))
        case .partial:
            if let inclusion = inclusion(token, noun: "partial") {
                template.inclusions.append(inclusion)
                template.nodes.append(.partial(inclusion: template.inclusions.count - 1))
            }
        case .parent:
            let inclusion = inclusion(token, noun: "layout")
                ?? Inclusion(template: -1, name: name(token), indentation: [], isStandalone: false, position: token.position)
            template.inclusions.append(inclusion)
            template.fillings.append([:])
            openTags.append(OpenTag(kind: .layout, name: inclusion.name, node: template.nodes.count, position: token.position))
            template.nodes.append(.parent(inclusion: template.inclusions.count - 1, fillings: template.fillings.count - 1, bodyEnd: template.nodes.count + 1))
        case .blockOpen:
            let name = name(token)
            // Text around blocks inside a layout tag is ignored, so `{{<layout}}{{$main}}` followed by a line break
            // starts the filling on the next line (Mustache spec, "Override parent with newlines").
            dropsLineEndOfNextText = !token.isStandalone && openTags.last?.kind == .layout
            openTags.append(OpenTag(kind: .block, name: name, node: template.nodes.count, position: token.position))
            template.blocks.append(BlockTag(name: name, indentation: indentation(token), isStandalone: token.isStandalone, position: token.position))
            template.nodes.append(.block(template.blocks.count - 1, bodyEnd: template.nodes.count + 1))
        case .close:
            close(name(token), at: token.position)
        }
    }

    private mutating func close(_ name: String, at position: SourcePosition) {
        guard let match = openTags.lastIndex(where: { $0.name == name }) else {
            report("closing tag \"{{/\(name)}}\" has no matching opening tag", at: position, rule: "template-syntax")
            return
        }
        while openTags.count > match + 1 {
            let open = openTags.removeLast()
            report("unclosed \(open.kind.rawValue) \"\(open.name)\" (found \"{{/\(name)}}\" at \(position.line):\(position.column))", at: open.position, rule: "unclosed-section")
            finish(open)
        }
        finish(openTags.removeLast())
    }

    /// Stores where the body of `open` ends, and registers a block with the layout directly around it.
    private mutating func finish(_ open: OpenTag) {
        let bodyEnd = template.nodes.count
        switch template.nodes[open.node] {
        case .section(let reference, let inverted, _, let isStandalone):
            template.nodes[open.node] = .section(reference: reference, inverted: inverted, bodyEnd: bodyEnd, isStandalone: isStandalone)
        case .parent(let inclusion, let fillings, _):
            template.fillings[fillings] = open.filledBlocks
            template.nodes[open.node] = .parent(inclusion: inclusion, fillings: fillings, bodyEnd: bodyEnd)
        case .block(let block, _):
            template.nodes[open.node] = .block(block, bodyEnd: bodyEnd)
            let name = template.blocks[block].name
            if let layout = openTags.indices.last, openTags[layout].kind == .layout {
                if openTags[layout].filledBlocks[name] != nil {
                    report("block \"\(name)\" is filled twice for layout \"\(openTags[layout].name)\"", at: template.blocks[block].position, rule: "duplicate-block")
                } else {
                    openTags[layout].filledBlocks[name] = open.node
                }
            }
        case .text, .variable, .partial:
            break
        }
    }

    // MARK: - Token contents

    /// `range` without a leading run of blanks and the line break after it, if the text starts that way.
    private func droppingBlankLineEnd(_ range: Range<Int>) -> Range<Int> {
        var index = range.lowerBound
        while index < range.upperBound, ASCII.isBlank(bytes[index]) { index += 1 }
        if index < range.upperBound, bytes[index] == ASCII.newline { return index + 1..<range.upperBound }
        if index + 1 < range.upperBound, bytes[index] == ASCII.carriageReturn, bytes[index + 1] == ASCII.newline {
            return index + 2..<range.upperBound
        }
        return range
    }

    private func name(_ token: TemplateToken) -> String {
        String(decoding: bytes[token.bytes], as: UTF8.self)
    }

    private func indentation(_ token: TemplateToken) -> [UInt8] {
        guard let range = token.indentation else { return [] }
        return Array(bytes[range])
    }

    private func reference(_ token: TemplateToken) -> VariableReference {
        let name = name(token)
        let path = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        return VariableReference(path: path, hashes: path.map(TemplateObject.hash), name: name, position: token.position)
    }

    /// The included template, or `nil` after reporting an unknown name.
    private mutating func inclusion(_ token: TemplateToken, noun: String) -> Inclusion? {
        let name = name(token)
        guard let template = templateIndex[name] else {
            report("unknown \(noun) \"\(name)\"", at: token.position, rule: "unknown-partial")
            return nil
        }
        return Inclusion(template: template, name: name, indentation: indentation(token), isStandalone: token.isStandalone, position: token.position)
    }

    private mutating func report(_ message: String, at position: SourcePosition, rule: String) {
        errors.append(TemplateError(path: source.path, line: position.line, column: position.column, message: message, rule: rule))
    }
}
