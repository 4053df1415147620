extension InlineParser {
    /// Matches closers with openers above `stackBottom` (CommonMark appendix, "process emphasis").
    func processEmphasis(stackBottom: Int) {
        guard lastDelimiter > stackBottom else { return }
        // Lower bounds for opener searches, keyed by character, closer length mod 3 and whether it can open.
        var openersBottom = (stackBottom, stackBottom, stackBottom, stackBottom, stackBottom, stackBottom,
                             stackBottom, stackBottom, stackBottom, stackBottom, stackBottom, stackBottom,
                             stackBottom, stackBottom, stackBottom, stackBottom, stackBottom, stackBottom)
        var closer = lastDelimiter
        while closer >= 0 && delimiters[closer].previous != stackBottom && delimiters[closer].previous >= 0 {
            closer = delimiters[closer].previous
        }
        if closer >= 0 && closer <= stackBottom { closer = -1 }
        while closer >= 0 {
            let d = delimiters[closer]
            guard d.canClose else {
                closer = d.next
                continue
            }
            let characterIndex = d.character == UInt8(ascii: "*") ? 0 : d.character == UInt8(ascii: "_") ? 1 : 2
            let key = characterIndex * 6 + (d.canOpen ? 3 : 0) + d.originalLength % 3
            var opener = d.previous
            var found = false
            let bottom = withUnsafeBytes(of: &openersBottom) { $0.load(fromByteOffset: key * MemoryLayout<Int>.stride, as: Int.self) }
            while opener >= 0 && opener > stackBottom && opener > bottom {
                let o = delimiters[opener]
                if o.canOpen && o.character == d.character {
                    if d.character == UInt8(ascii: "~") {
                        if o.length == d.length {
                            found = true
                            break
                        }
                    } else {
                        let oddMatch = (d.canOpen || o.canClose) && (o.originalLength + d.originalLength) % 3 == 0
                            && !(o.originalLength % 3 == 0 && d.originalLength % 3 == 0)
                        if !oddMatch {
                            found = true
                            break
                        }
                    }
                }
                opener = o.previous
            }
            let oldCloser = closer
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                closer = d.next
                let previous = d.previous
                withUnsafeMutableBytes(of: &openersBottom) {
                    $0.storeBytes(of: previous, toByteOffset: key * MemoryLayout<Int>.stride, as: Int.self)
                }
                if !d.canOpen { removeDelimiter(oldCloser) }
            }
        }
        while lastDelimiter >= 0 && lastDelimiter > stackBottom {
            removeDelimiter(lastDelimiter)
        }
    }

    /// Wraps the nodes between a matched opener and closer; returns the next closer to look at.
    func insertEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[opener].character
        let used: Int
        let type: NodeType
        if character == UInt8(ascii: "~") {
            used = delimiters[opener].length
            type = .strikethrough
        } else {
            used = delimiters[closer].length >= 2 && delimiters[opener].length >= 2 ? 2 : 1
            type = used == 2 ? .strong : .emphasis
        }
        delimiters[opener].length -= used
        delimiters[closer].length -= used
        let openerItem = delimiters[opener].item
        let closerItem = delimiters[closer].item
        let openerText = items[openerItem]
        if openerText != NodeRecord.none { tree[openerText].literalEnd -= Int32(used) }
        let closerText = items[closerItem]
        if closerText != NodeRecord.none {
            tree[closerText].literalStart += Int32(used)
            tree[closerText].column += Int32(used)
        }
        // The opener's text node knows its position; delimiter characters are ASCII, one column each.
        let openerLine = openerText != NodeRecord.none ? tree[openerText].line : 1
        let openerColumn = openerText != NodeRecord.none ? tree[openerText].column : 1
        let node = tree.makeNode(type, line: openerLine, column: openerColumn + Int32(delimiters[opener].length))
        let first = wrapItems(after: openerItem, before: closerItem, into: node)
        if first >= 0 {
            items[first] = node
            jump[first] = Int32(first + 1)
        }
        // Delimiters between opener and closer can no longer match anything.
        delimiters[opener].next = closer
        delimiters[closer].previous = opener
        if delimiters[opener].length == 0 {
            items[openerItem] = NodeRecord.none
            jump[openerItem] = Int32(openerItem + 1)
            removeDelimiter(opener)
        }
        if delimiters[closer].length == 0 {
            items[closerItem] = NodeRecord.none
            jump[closerItem] = Int32(closerItem + 1)
            let next = delimiters[closer].next
            removeDelimiter(closer)
            return next
        }
        return closer
    }
}
