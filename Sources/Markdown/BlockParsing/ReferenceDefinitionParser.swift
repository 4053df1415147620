/// Parses link reference definitions at the start of a paragraph's content (CommonMark §4.7).
enum ReferenceDefinitionParser {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Parses one definition at `start`; returns the normalised label, the reference and the index after it.
    static func parse(_ p: Bytes, _ start: Int, _ end: Int) -> (label: [UInt8], reference: LinkReference, next: Int)? {
        // Cheap checks first: most paragraphs starting with `[` begin with a link, not a definition.
        guard let (labelStart, labelEnd, afterLabel) = LinkSyntax.label(p, start, end),
            afterLabel < end, p[afterLabel] == UInt8(ascii: ":"),
            let key = LabelNormalizer.normalize(p, labelStart, labelEnd)
        else { return nil }
        let destinationStart = LinkSyntax.skipSpacesAndNewline(p, afterLabel + 1, end)
        guard destinationStart < end,
            let (rawStart, rawEnd, afterDestination) = LinkSyntax.destination(p, destinationStart, end)
        else { return nil }
        if p[destinationStart] != UInt8(ascii: "<") && rawStart == rawEnd { return nil }
        let beforeTitle = afterDestination
        let titleStart = LinkSyntax.skipSpacesAndNewline(p, beforeTitle, end)
        var titleEnd: Int? = nil
        if titleStart > beforeTitle {
            titleEnd = LinkSyntax.title(p, titleStart, end)
        }
        var i = titleEnd ?? beforeTitle
        i = LinkSyntax.skipSpaces(p, i, end)
        if i < end && p[i] != ASCII.newline {
            guard titleEnd != nil else { return nil }
            titleEnd = nil
            i = LinkSyntax.skipSpaces(p, beforeTitle, end)
            guard i == end || p[i] == ASCII.newline else { return nil }
        }
        if i < end { i += 1 }
        var destination: [UInt8] = []
        EntityDecoder.appendUnescaped(p, rawStart, rawEnd, to: &destination)
        var title: [UInt8]? = nil
        if let titleEnd {
            var bytes: [UInt8] = []
            EntityDecoder.appendUnescaped(p, titleStart + 1, titleEnd - 1, to: &bytes)
            title = bytes
        }
        return (key, LinkReference(destination: destination, title: title), i)
    }
}
