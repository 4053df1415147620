/// Extracts the readable text of a document: one line per leaf block, no markup.
enum PlainTextRenderer {
    static func render(_ tree: DocumentTree, _ root: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var stack: [Int32] = [root]
        while let node = stack.popLast() {
            let type = tree[node].type
            switch type {
            case .paragraph, .heading, .tableCell, .codeBlock:
                if !out.isEmpty && out.last != ASCII.newline { out.append(ASCII.newline) }
                tree.appendPlainText(of: node, to: &out)
                if type == .tableCell {
                    out.append(ASCII.tab)
                } else if out.last != ASCII.newline {
                    out.append(ASCII.newline)
                }
            case .htmlBlock, .thematicBreak:
                break
            default:
                stack.append(contentsOf: tree.children(of: node).reversed())
            }
        }
        while let last = out.last, ASCII.isWhitespace(last) { out.removeLast() }
        // At its own size: the text is kept for the whole build (checks, search), and the array it was built in has
        // up to twice the capacity it needs.
        return out.withUnsafeBufferPointer { Array($0) }
    }
}
