import ByteBuffer

/// Renders a document tree as HTML, walking it with an explicit stack of open containers.
struct HTMLRenderer {
    let tree: DocumentTree
    let options: MarkdownOptions
    let rewriteLink: ((MarkdownLink) -> LinkRewrite)?
    let out: OutputBuffer

    /// A container whose children are being rendered.
    private struct Frame {
        var node: Int32
        /// Items of a tight list, paragraphs of such items (no `<p>`), and header cells.
        var tight = false
        /// For links: whether the `<a>` was written (so the exit writes `</a>`).
        var wroteTag = true
        /// For tables: whether `<tbody>` was opened.
        var bodyOpened = false
    }

    init(tree: DocumentTree, options: MarkdownOptions, rewriteLink: ((MarkdownLink) -> LinkRewrite)?) {
        self.tree = tree
        self.options = options
        self.rewriteLink = rewriteLink
        out = OutputBuffer(capacity: tree.bytes.count + tree.bytes.count / 4 + 64)
    }

    /// Renders `root` and everything below it into `out`.
    func render(_ root: Int32) {
        tree.bytes.withUnsafeBufferPointer { p in
            var stack: [Frame] = []
            stack.reserveCapacity(64)
            var current = root
            while true {
                var frame = Frame(node: current)
                if enter(&frame, &stack, p) {
                    if tree[current].hasChildren {
                        stack.append(frame)
                        current = tree[current].firstChild
                        continue
                    }
                    exit(frame)
                }
                if current == root { return }
                var following = tree[current].next
                while following == NodeRecord.none {
                    let finished = stack.removeLast()
                    exit(finished)
                    if finished.node == root { return }
                    following = tree[finished.node].next
                }
                current = following
            }
        }
    }

    private func cr() {
        if let last = out.last, last != ASCII.newline { out.append(ASCII.newline) }
    }

    private func escaped(_ record: NodeRecord, _ p: UnsafeBufferPointer<UInt8>) {
        HTMLEscaping.appendEscaped(p, Int(record.literalStart), Int(record.literalEnd), to: out)
    }

    private func raw(_ record: NodeRecord, _ p: UnsafeBufferPointer<UInt8>) {
        if record.literalEnd > record.literalStart {
            out.append(UnsafeBufferPointer(rebasing: p[Int(record.literalStart)..<Int(record.literalEnd)]))
        }
    }

    /// Writes the node's opening (or all of a leaf); true when its children are to be rendered.
    private func enter(_ frame: inout Frame, _ stack: inout [Frame], _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = tree[frame.node]
        switch record.type {
        case .document:
            return true
        case .blockQuote:
            cr()
            out.append("<blockquote>\n")
        case .list:
            cr()
            if record.flags.contains(.ordered) {
                if record.number != 1 {
                    out.append("<ol start=\"")
                    out.append(Array(String(record.number).utf8))
                    out.append("\">\n")
                } else {
                    out.append("<ol>\n")
                }
            } else {
                out.append("<ul>\n")
            }
        case .item:
            cr()
            out.append("<li>")
            if let list = stack.last { frame.tight = tree[list.node].flags.contains(.tight) }
        case .codeBlock:
            cr()
            out.append("<pre><code")
            if record.extraEnd > record.extraStart {
                var end = Int(record.extraStart)
                while end < Int(record.extraEnd) && !ASCII.isWhitespace(p[end]) { end += 1 }
                out.append(" class=\"language-")
                HTMLEscaping.appendEscaped(p, Int(record.extraStart), end, to: out)
                out.append("\"")
            }
            out.append(">")
            escaped(record, p)
            out.append("</code></pre>\n")
            return false
        case .htmlBlock:
            cr()
            if options.rawHTML == .trust {
                raw(record, p)
            } else {
                var end = Int(record.literalEnd)
                while end > Int(record.literalStart) && p[end - 1] == ASCII.newline { end -= 1 }
                out.append("<p>")
                HTMLEscaping.appendEscaped(p, Int(record.literalStart), end, to: out)
                out.append("</p>")
            }
            cr()
            return false
        case .paragraph:
            if let parent = stack.last, tree[parent.node].type == .item { frame.tight = parent.tight }
            if !frame.tight {
                cr()
                out.append("<p>")
            }
        case .heading:
            cr()
            out.append("<h")
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: record.number))
            if record.flags.contains(.hasHeadingID) {
                out.append(" id=\"")
                HTMLEscaping.appendEscaped(p, Int(record.extraStart), Int(record.extraEnd), to: out)
                out.append("\"")
            }
            out.append(">")
        case .thematicBreak:
            cr()
            out.append("<hr />\n")
            return false
        case .table:
            cr()
            out.append("<table>\n")
        case .tableRow:
            if record.flags.contains(.header) {
                out.append("<thead>\n")
                frame.tight = true
            } else if !stack.isEmpty && !stack[stack.count - 1].bodyOpened {
                out.append("<tbody>\n")
                stack[stack.count - 1].bodyOpened = true
            }
            out.append("<tr>\n")
        case .tableCell:
            frame.tight = stack.last?.tight ?? false
            out.append(frame.tight ? "<th" : "<td")
            switch TableAlignment(rawValue: UInt8(truncatingIfNeeded: record.number)) ?? .none {
            case .left: out.append(" class=\"align-left\"")
            case .center: out.append(" class=\"align-center\"")
            case .right: out.append(" class=\"align-right\"")
            case .none: break
            }
            out.append(">")
        case .text:
            escaped(record, p)
            return false
        case .softBreak:
            out.append(ASCII.newline)
            return false
        case .lineBreak:
            out.append("<br />\n")
            return false
        case .code:
            out.append("<code>")
            escaped(record, p)
            out.append("</code>")
            return false
        case .inlineHTML:
            if options.rawHTML == .trust { raw(record, p) } else { escaped(record, p) }
            return false
        case .emphasis:
            out.append("<em>")
        case .strong:
            out.append("<strong>")
        case .strikethrough:
            out.append("<del>")
        case .link:
            if let destination = resolvedDestination(frame.node, p) {
                out.append("<a href=\"")
                appendHref(destination, p)
                out.append("\"")
                appendTitle(record, p)
                out.append(">")
            } else {
                frame.wroteTag = false
            }
        case .image:
            if let destination = resolvedDestination(frame.node, p) {
                out.append("<img src=\"")
                appendHref(destination, p)
                out.append("\" alt=\"")
                appendAltText(frame.node, p)
                out.append("\"")
                appendTitle(record, p)
                out.append(" />")
            } else {
                appendAltText(frame.node, p)
            }
            return false
        }
        return true
    }

    /// Writes the closing of a node whose children have been rendered.
    private func exit(_ frame: Frame) {
        let record = tree[frame.node]
        switch record.type {
        case .blockQuote:
            cr()
            out.append("</blockquote>\n")
        case .list:
            cr()
            out.append(record.flags.contains(.ordered) ? "</ol>\n" : "</ul>\n")
        case .item:
            out.append("</li>\n")
        case .paragraph:
            if !frame.tight { out.append("</p>\n") }
        case .heading:
            out.append("</h")
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: record.number))
            out.append(">\n")
        case .table:
            if frame.bodyOpened { out.append("</tbody>\n") }
            out.append("</table>\n")
        case .tableRow:
            out.append("</tr>\n")
            if record.flags.contains(.header) { out.append("</thead>\n") }
        case .tableCell:
            out.append(frame.tight ? "</th>\n" : "</td>\n")
        case .emphasis:
            out.append("</em>")
        case .strong:
            out.append("</strong>")
        case .strikethrough:
            out.append("</del>")
        case .link:
            if frame.wroteTag { out.append("</a>") }
        default:
            break
        }
    }

    /// A destination to render: a range of the tree's bytes, or replacement bytes from the rewriter.
    private enum Destination {
        case stored(Int, Int)
        case replaced([UInt8])
    }

    /// The destination to render, or nil when the rewriter or the URL policy drops it.
    private func resolvedDestination(_ node: Int32, _ p: UnsafeBufferPointer<UInt8>) -> Destination? {
        var destination = Destination.stored(Int(tree[node].literalStart), Int(tree[node].literalEnd))
        if let rewriteLink {
            switch rewriteLink(MarkdownDocument.linkRecord(tree, node)) {
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

    private func appendHref(_ destination: Destination, _ p: UnsafeBufferPointer<UInt8>) {
        switch destination {
        case .stored(let start, let end):
            HTMLEscaping.appendHref(UnsafeBufferPointer(rebasing: p[start..<end]), to: out)
        case .replaced(let bytes):
            bytes.withUnsafeBufferPointer { HTMLEscaping.appendHref($0, to: out) }
        }
    }

    private func appendTitle(_ record: NodeRecord, _ p: UnsafeBufferPointer<UInt8>) {
        guard record.flags.contains(.hasTitle), record.extraEnd > record.extraStart else { return }
        out.append(" title=\"")
        HTMLEscaping.appendEscaped(p, Int(record.extraStart), Int(record.extraEnd), to: out)
        out.append("\"")
    }

    /// Image alt text as cmark writes it: literal text escaped, breaks as spaces, no tags.
    private func appendAltText(_ image: Int32, _ p: UnsafeBufferPointer<UInt8>) {
        // The sibling to continue with after each container entered below the image.
        var resume: [Int32] = []
        var current = tree[image].firstChild
        while current != NodeRecord.none {
            let record = tree[current]
            switch record.type {
            case .text, .code, .inlineHTML:
                escaped(record, p)
            case .softBreak, .lineBreak:
                out.append(ASCII.space)
            default:
                if record.hasChildren {
                    resume.append(record.next)
                    current = record.firstChild
                    continue
                }
            }
            current = record.next
            while current == NodeRecord.none, let saved = resume.popLast() { current = saved }
        }
    }
}
