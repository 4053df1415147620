extension MarkdownNode {
    /// Visits this node and every descendant in document order, without recursion.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        // The sibling to continue with after each container entered below `self`.
        var resume: [Int32] = []
        var current = index
        while true {
            visit(MarkdownNode(tree: tree, index: current))
            let record = tree[current]
            if record.hasChildren {
                if current != index { resume.append(record.next) }
                current = record.firstChild
                continue
            }
            if current == index { return }
            var following = record.next
            while following == NodeRecord.none {
                guard let saved = resume.popLast() else { return }
                following = saved
            }
            current = following
        }
    }

    /// The first block child of the document (or of any container), if there is one.
    public var firstBlock: MarkdownNode? {
        var child = record.firstChild
        while child != NodeRecord.none {
            if tree[child].type.isBlock { return MarkdownNode(tree: tree, index: child) }
            child = tree[child].next
        }
        return nil
    }
}
