/// Splits GFM table rows into cells and reads delimiter rows (GFM spec §4.10).
enum TableScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The trimmed cell ranges of a row; a leading and a trailing pipe are optional, `\|` does not split.
    static func cells(_ p: Bytes, _ start: Int, _ end: Int) -> [(start: Int, end: Int)] {
        var i = start
        var last = end
        while i < last && ASCII.isSpaceOrTab(p[i]) { i += 1 }
        while last > i && ASCII.isSpaceOrTab(p[last - 1]) { last -= 1 }
        if i < last && p[i] == UInt8(ascii: "|") { i += 1 }
        var result: [(start: Int, end: Int)] = []
        var cellStart = i
        while i < last {
            let c = p[i]
            if c == ASCII.backslash && i + 1 < last {
                i += 2
                continue
            }
            if c == UInt8(ascii: "|") {
                result.append(trimmed(p, cellStart, i))
                cellStart = i + 1
            }
            i += 1
        }
        if cellStart < last {
            result.append(trimmed(p, cellStart, last))
        }
        return result
    }

    /// The column alignments when the line is a delimiter row (`| :-- | --: |`), else nil.
    static func delimiterRow(_ p: Bytes, _ start: Int, _ end: Int) -> [TableAlignment]? {
        // Every paragraph line is tried: reject any line with other bytes before splitting it into cells.
        for k in start..<max(start, end) {
            let c = p[k]
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "|") || c == UInt8(ascii: ":") || ASCII.isSpaceOrTab(c)
            else { return nil }
        }
        let ranges = cells(p, start, end)
        guard !ranges.isEmpty else { return nil }
        var hasPipe = false
        for k in start..<end where p[k] == UInt8(ascii: "|") {
            hasPipe = true
            break
        }
        var alignments: [TableAlignment] = []
        for range in ranges {
            var i = range.start
            var j = range.end
            guard i < j else { return nil }
            let left = p[i] == UInt8(ascii: ":")
            if left { i += 1 }
            let right = j > i && p[j - 1] == UInt8(ascii: ":")
            if right { j -= 1 }
            guard i < j else { return nil }
            for k in i..<j where p[k] != UInt8(ascii: "-") { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        // A lone `---` is a setext underline or a thematic break, never a one-column table.
        if !hasPipe && alignments.count == 1 && alignments[0] == .none { return nil }
        return alignments
    }

    private static func trimmed(_ p: Bytes, _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var s = start
        var e = end
        while s < e && ASCII.isSpaceOrTab(p[s]) { s += 1 }
        while e > s && ASCII.isSpaceOrTab(p[e - 1]) { e -= 1 }
        return (s, e)
    }
}
