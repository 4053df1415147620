extension InlineParser {
    func pushBracket(isImage: Bool, contentStart: Int) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(item: items.count - 1, contentStart: contentStart, isImage: isImage,
                                previousDelimiter: lastDelimiter))
    }

    /// The subject range with escapes and entities resolved, as a storage range (no copy when nothing changes).
    func unescapedRange(_ start: Int, _ end: Int) -> (Int32, Int32) {
        var needsWork = false
        for k in start..<end where s[k] == ASCII.backslash || s[k] == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        if !needsWork { return (Int32(base + start), Int32(base + end)) }
        let first = Int32(tree.bytes.count)
        EntityDecoder.appendUnescaped(s, start, end, to: &tree.bytes)
        return (first, Int32(tree.bytes.count))
    }

    /// Handles `]`: an inline link, a reference link, or a literal bracket (CommonMark §6.3).
    func handleCloseBracket() {
        let closeStart = pos
        pos += 1
        guard let opener = brackets.last else {
            appendText(closeStart, closeStart + 1)
            return
        }
        guard opener.active else {
            brackets.removeLast()
            appendText(closeStart, closeStart + 1)
            return
        }
        let afterClose = pos
        // Where the destination and title end up in storage (start, end), or nil.
        var destination: (Int32, Int32)? = nil
        var title: (Int32, Int32)? = nil

        if pos < n && s[pos] == UInt8(ascii: "(") {
            let destinationStart = LinkSyntax.skipWhitespace(s, pos + 1, n)
            if let (rawStart, rawEnd, afterDestination) = LinkSyntax.destination(s, destinationStart, n) {
                let titleStart = LinkSyntax.skipWhitespace(s, afterDestination, n)
                var titleEnd: Int? = nil
                if titleStart > afterDestination { titleEnd = LinkSyntax.title(s, titleStart, n) }
                let closeParen = LinkSyntax.skipWhitespace(s, titleEnd ?? titleStart, n)
                if closeParen < n && s[closeParen] == UInt8(ascii: ")") {
                    destination = unescapedRange(rawStart, rawEnd)
                    if let titleEnd {
                        title = unescapedRange(titleStart + 1, titleEnd - 1)
                    }
                    pos = closeParen + 1
                }
            }
        }

        if destination == nil {
            var labelStart = -1
            var labelEnd = -1
            if let (start, end, next) = LinkSyntax.label(s, afterClose, n) {
                pos = next
                if !s[start..<end].allSatisfy({ ASCII.isWhitespace($0) }) {
                    labelStart = start
                    labelEnd = end
                } else if !opener.bracketAfter {
                    labelStart = opener.contentStart
                    labelEnd = closeStart
                }
            } else {
                pos = afterClose
                if !opener.bracketAfter {
                    labelStart = opener.contentStart
                    labelEnd = closeStart
                }
            }
            if labelStart >= 0, labelEnd - labelStart <= LinkSyntax.maximumLabelLength,
                let key = LabelNormalizer.normalize(s, labelStart, labelEnd),
                let reference = references[key]
            {
                destination = tree.appendBytes(reference.destination)
                if let referenceTitle = reference.title { title = tree.appendBytes(referenceTitle) }
            } else {
                pos = afterClose
            }
        }

        guard let destination else {
            brackets.removeLast()
            appendText(closeStart, closeStart + 1)
            return
        }

        processEmphasis(stackBottom: opener.previousDelimiter)
        let openerNode = items[opener.item]
        let node = tree.makeNode(opener.isImage ? .image : .link,
                                 line: openerNode != NodeRecord.none ? tree[openerNode].line : 1,
                                 column: openerNode != NodeRecord.none ? tree[openerNode].column : 1)
        (tree[node].literalStart, tree[node].literalEnd) = destination
        if let title {
            tree[node].flags.insert(.hasTitle)
            (tree[node].extraStart, tree[node].extraEnd) = title
        }
        _ = wrapItems(after: opener.item, before: items.count, into: node)
        items.truncate(to: opener.item + 1)
        jump.truncate(to: opener.item + 1)
        items[opener.item] = node
        jump[opener.item] = Int32(opener.item + 1)
        brackets.removeLast()
        if !opener.isImage {
            // Links may not contain links: deactivate earlier `[` openers. Stopping at the first
            // inactive one keeps this linear, since everything below it is already inactive.
            var k = brackets.count - 1
            while k >= 0 {
                if !brackets[k].isImage {
                    if !brackets[k].active { break }
                    brackets[k].active = false
                }
                k -= 1
            }
        }
    }
}
