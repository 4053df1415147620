/// Renders a document tree as HTML, walking it with an explicit stack.
struct HTMLRenderer {
    let options: MarkdownOptions
    let rewriteLink: ((MarkdownLink) -> LinkRewrite)?
    var out: [UInt8] = []

    private struct Frame {
        // The tree keeps every node alive while rendering, so frames need not retain them.
        unowned(unsafe) var node: MarkdownNode
        var exiting: Bool
        /// True for the children of an item in a tight list: their paragraphs lose `<p>`.
        var tight: Bool
        /// For links: whether the `<a>` was written (so the exit writes `</a>`).
        var wroteTag: Bool = true
    }

    init(options: MarkdownOptions, rewriteLink: ((MarkdownLink) -> LinkRewrite)?) {
        self.options = options
        self.rewriteLink = rewriteLink
    }

    mutating func render(_ root: MarkdownNode) -> [UInt8] {
        out.reserveCapacity(root.storage.bytes.count + root.storage.bytes.count / 4 + 64)
        root.storage.bytes.withUnsafeBufferPointer { p in
            renderTree(root, p)
        }
        return out
    }

    private mutating func cr() {
        if let last = out.last, last != ASCII.newline { out.append(ASCII.newline) }
    }

    private mutating func literal(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private mutating func escaped(_ node: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) {
        HTMLEscaping.appendEscaped(p, Int(node.literalStart), Int(node.literalEnd), to: &out)
    }

    private mutating func raw(_ node: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) {
        if node.literalEnd > node.literalStart {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[Int(node.literalStart)..<Int(node.literalEnd)]))
        }
    }

    private mutating func renderTree(_ root: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) {
        var stack: [Frame] = [Frame(node: root, exiting: false, tight: false)]
        stack.reserveCapacity(64)
        while var frame = stack.popLast() {
            let node = frame.node
            if frame.exiting {
                renderExit(frame, p)
                continue
            }
            var childTight = false
            var pushChildren = true
            switch node.type {
            case .document:
                break
            case .blockQuote:
                cr()
                literal("<blockquote>\n")
            case .list:
                cr()
                if node.flags.contains(.ordered) {
                    if node.number != 1 {
                        literal("<ol start=\"")
                        out.append(contentsOf: String(node.number).utf8)
                        literal("\">\n")
                    } else {
                        literal("<ol>\n")
                    }
                } else {
                    literal("<ul>\n")
                }
            case .item:
                cr()
                literal("<li>")
                childTight = frame.tight
            case .codeBlock:
                cr()
                literal("<pre><code")
                if node.extraEnd > node.extraStart {
                    var end = Int(node.extraStart)
                    while end < Int(node.extraEnd) && !ASCII.isWhitespace(p[end]) { end += 1 }
                    literal(" class=\"language-")
                    HTMLEscaping.appendEscaped(p, Int(node.extraStart), end, to: &out)
                    literal("\"")
                }
                literal(">")
                escaped(node, p)
                literal("</code></pre>\n")
                pushChildren = false
            case .htmlBlock:
                cr()
                if options.rawHTML == .trust {
                    raw(node, p)
                } else {
                    var end = Int(node.literalEnd)
                    while end > Int(node.literalStart) && p[end - 1] == ASCII.newline { end -= 1 }
                    literal("<p>")
                    HTMLEscaping.appendEscaped(p, Int(node.literalStart), end, to: &out)
                    literal("</p>")
                }
                cr()
                pushChildren = false
            case .paragraph:
                if !frame.tight {
                    cr()
                    literal("<p>")
                }
            case .heading:
                cr()
                literal("<h")
                out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: node.number))
                if let id = node.headingID {
                    literal(" id=\"")
                    HTMLEscaping.appendEscaped(Array(id.utf8), to: &out)
                    literal("\"")
                }
                literal(">")
            case .thematicBreak:
                cr()
                literal("<hr />\n")
                pushChildren = false
            case .table:
                cr()
                literal("<table>\n")
            case .tableRow:
                if node.flags.contains(.header) {
                    literal("<thead>\n")
                } else if !frame.tight {
                    literal("<tbody>\n")
                }
                literal("<tr>\n")
                childTight = node.flags.contains(.header)
            case .tableCell:
                literal(frame.tight ? "<th" : "<td")
                switch TableAlignment(rawValue: UInt8(truncatingIfNeeded: node.number)) ?? .none {
                case .left: literal(" class=\"align-left\"")
                case .center: literal(" class=\"align-center\"")
                case .right: literal(" class=\"align-right\"")
                case .none: break
                }
                literal(">")
            case .text:
                escaped(node, p)
                pushChildren = false
            case .softBreak:
                out.append(ASCII.newline)
                pushChildren = false
            case .lineBreak:
                literal("<br />\n")
                pushChildren = false
            case .code:
                literal("<code>")
                escaped(node, p)
                literal("</code>")
                pushChildren = false
            case .inlineHTML:
                if options.rawHTML == .trust { raw(node, p) } else { escaped(node, p) }
                pushChildren = false
            case .emphasis:
                literal("<em>")
            case .strong:
                literal("<strong>")
            case .strikethrough:
                literal("<del>")
            case .link, .image:
                let destination = resolvedDestination(node, p)
                if node.type == .image {
                    pushChildren = false
                    if let destination {
                        literal("<img src=\"")
                        appendHref(destination, p)
                        literal("\" alt=\"")
                        appendAltText(node, p)
                        literal("\"")
                        appendTitle(node, p)
                        literal(" />")
                    } else {
                        appendAltText(node, p)
                    }
                } else if let destination {
                    literal("<a href=\"")
                    appendHref(destination, p)
                    literal("\"")
                    appendTitle(node, p)
                    literal(">")
                } else {
                    frame.wroteTag = false
                }
            }
            if pushChildren {
                frame.exiting = true
                stack.append(frame)
                let children = node.children
                var k = children.count - 1
                // For a table's rows, `tight` is false only on the first body row (which opens `<tbody>`).
                let firstBody = node.type == .table ? firstBodyRowIndex(node) : -1
                while k >= 0 {
                    var tight = childTight
                    if node.type == .list { tight = node.flags.contains(.tight) }
                    if node.type == .table { tight = k != firstBody }
                    stack.append(Frame(node: children[k], exiting: false, tight: tight))
                    k -= 1
                }
            }
        }
    }

    private func firstBodyRowIndex(_ table: MarkdownNode) -> Int {
        table.children.firstIndex { !$0.flags.contains(.header) } ?? -1
    }

    private mutating func renderExit(_ frame: Frame, _ p: UnsafeBufferPointer<UInt8>) {
        let node = frame.node
        switch node.type {
        case .blockQuote:
            cr()
            literal("</blockquote>\n")
        case .list:
            cr()
            literal(node.flags.contains(.ordered) ? "</ol>\n" : "</ul>\n")
        case .item:
            literal("</li>\n")
        case .paragraph:
            if !frame.tight { literal("</p>\n") }
        case .heading:
            literal("</h")
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: node.number))
            literal(">\n")
        case .table:
            if node.children.contains(where: { !$0.flags.contains(.header) }) {
                literal("</tbody>\n")
            }
            literal("</table>\n")
        case .tableRow:
            literal("</tr>\n")
            if node.flags.contains(.header) { literal("</thead>\n") }
        case .tableCell:
            literal(frame.tight ? "</th>\n" : "</td>\n")
        case .emphasis:
            literal("</em>")
        case .strong:
            literal("</strong>")
        case .strikethrough:
            literal("</del>")
        case .link:
            if frame.wroteTag { literal("</a>") }
        default:
            break
        }
    }

    /// A destination to render: a range of storage, or replacement bytes from the rewriter.
    private enum Destination {
        case stored(Int, Int)
        case replaced([UInt8])
    }

    /// The destination to render, or nil when the rewriter or the URL policy drops it.
    private func resolvedDestination(_ node: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) -> Destination? {
        var destination = Destination.stored(Int(node.literalStart), Int(node.literalEnd))
        if let rewriteLink {
            switch rewriteLink(MarkdownDocument.linkRecord(node)) {
            case .keep: break
            case .replace(let replacement): destination = .replaced(Array(replacement.utf8))
            case .drop: return nil
            }
        }
        if !options.allowUnsafeURLs {
            switch destination {
            case .stored(let start, let end):
                if URLSafety.isUnsafe(UnsafeBufferPointer(rebasing: p[start..<end])) { return nil }
            case .replaced(let bytes):
                if bytes.withUnsafeBufferPointer({ URLSafety.isUnsafe($0) }) { return nil }
            }
        }
        return destination
    }

    private mutating func appendHref(_ destination: Destination, _ p: UnsafeBufferPointer<UInt8>) {
        switch destination {
        case .stored(let start, let end):
            HTMLEscaping.appendHref(UnsafeBufferPointer(rebasing: p[start..<end]), to: &out)
        case .replaced(let bytes):
            bytes.withUnsafeBufferPointer { HTMLEscaping.appendHref($0, to: &out) }
        }
    }

    private mutating func appendTitle(_ node: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) {
        guard node.flags.contains(.hasTitle), node.extraEnd > node.extraStart else { return }
        literal(" title=\"")
        HTMLEscaping.appendEscaped(p, Int(node.extraStart), Int(node.extraEnd), to: &out)
        literal("\"")
    }

    /// Image alt text as cmark writes it: literal text escaped, breaks as spaces, no tags.
    private mutating func appendAltText(_ image: MarkdownNode, _ p: UnsafeBufferPointer<UInt8>) {
        var stack: [MarkdownNode] = image.children.reversed()
        while let node = stack.popLast() {
            switch node.type {
            case .text, .code, .inlineHTML:
                escaped(node, p)
            case .softBreak, .lineBreak:
                out.append(ASCII.space)
            default:
                stack.append(contentsOf: node.children.reversed())
            }
        }
    }
}
