extension BlockParser {
    /// Turns the paragraph's last line into a table header when this line is a matching delimiter row.
    func openTable() -> Bool {
        guard let alignments = TableScanner.delimiterRow(p, firstNonspace, lineEnd) else { return false }
        let paragraph = open[open.count - 1].node
        guard paragraph.extraEnd > paragraph.extraStart else { return false }
        let headerSegment = segments[Int(paragraph.extraEnd) - 1]
        let headerStart = Int(headerSegment.storageOffset)
        let headerEnd = Int(paragraph.literalEnd) - 1
        guard headerStart >= Int(paragraph.literalStart), headerStart <= headerEnd else { return false }
        let headerLine = Array(storage.bytes[headerStart..<headerEnd])
        let headerCells = headerLine.withUnsafeBufferPointer { TableScanner.cells($0, 0, $0.count) }
        guard headerCells.count == alignments.count else { return false }

        paragraph.literalEnd = Int32(headerStart)
        paragraph.extraEnd -= 1
        closeTip()
        let table = addChild(.table, at: firstNonspace)
        table.lineNumber = headerSegment.line
        table.columnNumber = headerSegment.column
        open[open.count - 1].alignments = alignments
        let row = MarkdownNode(.tableRow, storage: storage, line: headerSegment.line, column: headerSegment.column)
        row.flags.insert(.header)
        headerLine.withUnsafeBufferPointer { q in
            var columnCursor = (offset: 0, column: headerSegment.column)
            for (index, cell) in headerCells.enumerated() {
                while columnCursor.offset < cell.start {
                    if q[columnCursor.offset] & 0xC0 != 0x80 { columnCursor.column += 1 }
                    columnCursor.offset += 1
                }
                row.children.append(makeCell(q, cell.start, cell.end, alignment: alignments[index],
                                             line: headerSegment.line, column: columnCursor.column))
            }
        }
        table.children.append(row)
        offset = lineEnd
        return true
    }

    /// Adds one body row; missing cells are empty, extra cells are ignored.
    func addTableRow(_ table: OpenBlock) {
        let ranges = TableScanner.cells(p, firstNonspace, lineEnd)
        let row = MarkdownNode(.tableRow, storage: storage, line: lineNumber, column: scalarColumn(firstNonspace))
        for (index, alignment) in table.alignments.enumerated() {
            if index < ranges.count {
                let cell = ranges[index]
                row.children.append(makeCell(p, cell.start, cell.end, alignment: alignment,
                                             line: lineNumber, column: scalarColumn(cell.start)))
            } else {
                row.children.append(makeCell(p, lineEnd, lineEnd, alignment: alignment,
                                             line: lineNumber, column: scalarColumn(lineEnd)))
            }
        }
        table.node.children.append(row)
    }

    private func makeCell(_ q: Bytes, _ start: Int, _ end: Int, alignment: TableAlignment, line: Int32, column: Int32)
        -> MarkdownNode
    {
        let cell = MarkdownNode(.tableCell, storage: storage, line: line, column: column)
        cell.number = Int32(alignment.rawValue)
        cell.extraStart = Int32(segments.count)
        segments.append(LineSegment(storageOffset: Int32(storage.bytes.count), line: line, column: column))
        cell.extraEnd = Int32(segments.count)
        cell.literalStart = Int32(storage.bytes.count)
        var hasEscapedPipe = false
        for k in start..<max(start, end - 1) where q[k] == ASCII.backslash && q[k + 1] == UInt8(ascii: "|") {
            hasEscapedPipe = true
            break
        }
        if !hasEscapedPipe {
            if end > start { storage.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: q[start..<end])) }
            cell.literalEnd = Int32(storage.bytes.count)
            leaves.append(cell)
            return cell
        }
        var i = start
        while i < end {
            // `\|` stands for a literal pipe inside a cell, even inside code spans.
            if q[i] == ASCII.backslash && i + 1 < end && q[i + 1] == UInt8(ascii: "|") {
                storage.bytes.append(UInt8(ascii: "|"))
                i += 2
            } else {
                storage.bytes.append(q[i])
                i += 1
            }
        }
        cell.literalEnd = Int32(storage.bytes.count)
        leaves.append(cell)
        return cell
    }
}
