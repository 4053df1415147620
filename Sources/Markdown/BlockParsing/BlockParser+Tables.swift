extension BlockParser {
    /// Turns the paragraph's last line into a table header when this line is a matching delimiter row.
    func openTable() -> Bool {
        guard let alignments = TableScanner.delimiterRow(p, firstNonspace, lineEnd) else { return false }
        let paragraph = open[open.count - 1].node
        guard tree[paragraph].extraEnd > tree[paragraph].extraStart else { return false }
        let headerSegment = segments[Int(tree[paragraph].extraEnd) - 1]
        let headerStart = Int(headerSegment.storageOffset)
        let headerEnd = Int(tree[paragraph].literalEnd) - 1
        guard headerStart >= Int(tree[paragraph].literalStart), headerStart <= headerEnd else { return false }
        let headerLine = Array(tree.bytes[headerStart..<headerEnd])
        let headerCells = headerLine.withUnsafeBufferPointer { TableScanner.cells($0, 0, $0.count) }
        guard headerCells.count == alignments.count else { return false }

        tree[paragraph].literalEnd = Int32(headerStart)
        tree[paragraph].extraEnd -= 1
        closeTip()
        let table = addChild(.table, at: firstNonspace)
        tree[table].line = headerSegment.line
        tree[table].column = headerSegment.column
        tableAlignments = alignments
        let row = tree.makeNode(.tableRow, line: headerSegment.line, column: headerSegment.column)
        tree[row].flags.insert(.header)
        headerLine.withUnsafeBufferPointer { q in
            var columnCursor = (offset: 0, column: headerSegment.column)
            for (index, cell) in headerCells.enumerated() {
                while columnCursor.offset < cell.start {
                    if q[columnCursor.offset] & 0xC0 != 0x80 { columnCursor.column += 1 }
                    columnCursor.offset += 1
                }
                tree.appendChild(makeCell(q, cell.start, cell.end, alignment: alignments[index],
                                          line: headerSegment.line, column: columnCursor.column), to: row)
            }
        }
        tree.appendChild(row, to: table)
        offset = lineEnd
        return true
    }

    /// Adds one body row; missing cells are empty, extra cells are ignored.
    func addTableRow(_ table: Int32) {
        let ranges = TableScanner.cells(p, firstNonspace, lineEnd)
        let row = tree.makeNode(.tableRow, line: lineNumber, column: scalarColumn(firstNonspace))
        for (index, alignment) in tableAlignments.enumerated() {
            if index < ranges.count {
                let cell = ranges[index]
                tree.appendChild(makeCell(p, cell.start, cell.end, alignment: alignment,
                                          line: lineNumber, column: scalarColumn(cell.start)), to: row)
            } else {
                tree.appendChild(makeCell(p, lineEnd, lineEnd, alignment: alignment,
                                          line: lineNumber, column: scalarColumn(lineEnd)), to: row)
            }
        }
        tree.appendChild(row, to: table)
    }

    private func makeCell(_ q: Bytes, _ start: Int, _ end: Int, alignment: TableAlignment, line: Int32, column: Int32)
        -> Int32
    {
        let cell = tree.makeNode(.tableCell, line: line, column: column)
        tree[cell].number = Int32(alignment.rawValue)
        tree[cell].extraStart = Int32(segments.count)
        segments.append(LineSegment(storageOffset: Int32(tree.bytes.count), line: line, column: column))
        tree[cell].extraEnd = Int32(segments.count)
        tree[cell].literalStart = Int32(tree.bytes.count)
        var hasEscapedPipe = false
        for k in start..<max(start, end - 1) where q[k] == ASCII.backslash && q[k + 1] == UInt8(ascii: "|") {
            hasEscapedPipe = true
            break
        }
        if !hasEscapedPipe {
            if end > start { tree.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: q[start..<end])) }
        } else {
            var i = start
            while i < end {
                // `\|` stands for a literal pipe inside a cell, even inside code spans.
                if q[i] == ASCII.backslash && i + 1 < end && q[i + 1] == UInt8(ascii: "|") {
                    tree.bytes.append(UInt8(ascii: "|"))
                    i += 2
                } else {
                    tree.bytes.append(q[i])
                    i += 1
                }
            }
        }
        tree[cell].literalEnd = Int32(tree.bytes.count)
        leaves.append(cell)
        return cell
    }
}
