/// Extracts the readable text of a document: one line per leaf block, no markup.
enum PlainTextRenderer {
    static func render(_ root: MarkdownNode) -> String {
        var out: [UInt8] = []
        var stack: [MarkdownNode] = [root]
        while let node = stack.popLast() {
            switch node.type {
            case .paragraph, .heading, .tableCell, .codeBlock:
                if !out.isEmpty && out.last != ASCII.newline { out.append(ASCII.newline) }
                node.appendPlainText(to: &out)
                if node.type == .tableCell {
                    out.append(ASCII.tab)
                } else if out.last != ASCII.newline {
                    out.append(ASCII.newline)
                }
            case .htmlBlock, .thematicBreak:
                break
            default:
                stack.append(contentsOf: node.children.reversed())
            }
        }
        while let last = out.last, ASCII.isWhitespace(last) { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
