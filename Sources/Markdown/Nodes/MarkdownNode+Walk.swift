extension MarkdownNode {
    /// Visits this node and every descendant in document order, without recursion.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            visit(node)
            stack.append(contentsOf: node.children.reversed())
        }
    }

    /// The first block child of the document (or of any container), if there is one.
    public var firstBlock: MarkdownNode? {
        children.first { $0.isBlock }
    }

    /// Appends the text content of the inline descendants: text, code, and breaks as spaces or newlines.
    ///
    /// `nodeBudget` bounds the walk, so link texts of 10 000 nested images stay linear to collect.
    func appendPlainText(to output: inout [UInt8], nodeBudget: Int = .max) {
        var stack: [MarkdownNode] = [self]
        var budget = nodeBudget
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 { break }
            switch node.type {
            case .text, .code:
                output.append(contentsOf: node.storage.bytes[Int(node.literalStart)..<Int(node.literalEnd)])
            case .softBreak:
                output.append(UInt8(ascii: " "))
            case .lineBreak:
                output.append(UInt8(ascii: "\n"))
            case .codeBlock:
                output.append(contentsOf: node.storage.bytes[Int(node.literalStart)..<Int(node.literalEnd)])
            default:
                stack.append(contentsOf: node.children.reversed())
            }
        }
    }
}
