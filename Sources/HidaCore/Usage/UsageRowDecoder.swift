/// The parsing-thread half of the usage loader: reads each file's header, checks every row, and hashes and copies
/// its session id and URL (without query and fragment, which never change the page), so that the counting thread
/// (`UsageTally`) only looks keys up. Work on one row at a time in streaming order belongs here; work on tables
/// that are probed at random belongs to the counting thread, which groups rows to overlap their cache misses.
struct UsageRowDecoder: CSVBatchBuilder {
    private var shape: UsageFileShape?
    private var columnCount = 0
    /// Whether the current file has had its header row.
    private(set) var sawHeader = false

    static func makeBatch() -> UsageRowBatch { UsageRowBatch() }

    /// Prepares for the next file, whose first record is its header.
    mutating func startFile() {
        shape = nil
        columnCount = 0
        sawHeader = false
    }

    mutating func add(_ event: CSVReader.Event, to batch: inout UsageRowBatch) -> Bool {
        switch event {
        case .malformed(let line, let reason):
            batch.add(.malformed(line: line, reason: reason))
        case .record(let record):
            decode(record, into: &batch)
        }
        return batch.isFull
    }

    private mutating func decode(_ record: CSVRecord, into batch: inout UsageRowBatch) {
        guard sawHeader else {
            sawHeader = true
            columnCount = record.fieldCount
            let names = (0 ..< record.fieldCount).map { record.string($0) }
            shape = UsageFileShape(header: names)
            if shape == nil { batch.add(.unknownHeader(line: record.line, header: names.joined(separator: ","))) }
            return
        }
        guard let shape else { return }
        guard record.fieldCount == columnCount else {
            let reason = "\(record.fieldCount) \(record.fieldCount == 1 ? "field" : "fields"), but the header has \(columnCount)"
            batch.add(.malformed(line: record.line, reason: reason))
            return
        }
        switch shape {
        case .pageViews(let sessionColumn, let urlColumn):
            let session = Self.trimmed(record.field(sessionColumn))
            guard session.count > 0 else {
                batch.add(.malformed(line: record.line, reason: "an empty session id"))
                return
            }
            let url = Self.trimmed(record.field(urlColumn))
            guard url.count > 0 else {
                batch.add(.malformed(line: record.line, reason: "an empty url"))
                return
            }
            batch.addRow(session: session, url: Self.withoutQuery(url))
        case .aggregatedPairs(let fromColumn, let toColumn, let sessionsColumn):
            guard let amount = Self.wholeNumber(Self.trimmed(record.field(sessionsColumn))) else {
                batch.add(.malformed(line: record.line, reason: "\"sessions\" is not a whole number"))
                return
            }
            let from = Self.trimmed(record.field(fromColumn))
            let to = Self.trimmed(record.field(toColumn))
            guard from.count > 0, to.count > 0 else {
                batch.add(.malformed(line: record.line, reason: "an empty url"))
                return
            }
            let fromKey = batch.add(Self.withoutQuery(from))
            let toKey = batch.add(Self.withoutQuery(to))
            batch.add(.pair(from: fromKey, to: toKey, sessions: amount))
        }
    }

    /// A URL up to its query or fragment. Eight bytes at a time: a byte equal to `?` or `#` becomes zero after the
    /// XOR, and `(x - 0x01…) & ~x & 0x80…` marks zero bytes, the lowest mark exactly.
    private static func withoutQuery(_ url: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = url.baseAddress else { return url }
        let raw = UnsafeRawPointer(base)
        let count = url.count
        guard count >= 8 else {
            var offset = 0
            while offset < count, base[offset] != UInt8(ascii: "?"), base[offset] != UInt8(ascii: "#") { offset += 1 }
            return UnsafeBufferPointer(start: base, count: offset)
        }
        var offset = 0
        while true {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let question = word ^ 0x3F3F_3F3F_3F3F_3F3F
            let hash = word ^ 0x2323_2323_2323_2323
            let marks = ((question &- 0x0101_0101_0101_0101) & ~question | (hash &- 0x0101_0101_0101_0101) & ~hash)
                & 0x8080_8080_8080_8080
            if marks != 0 {
                return UnsafeBufferPointer(start: base, count: offset + marks.trailingZeroBitCount >> 3)
            }
            if offset + 8 == count { return url }
            // The last word overlaps the one before rather than ending byte by byte; its overlap has no mark.
            offset = min(offset + 8, count - 8)
        }
    }

    /// Without leading and trailing spaces and tabs; most fields have none, and leave after two comparisons.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return bytes }
        var start = 0
        var end = bytes.count
        guard isBlank(base[0]) || isBlank(base[end - 1]) else { return bytes }
        while start < end, isBlank(base[start]) { start += 1 }
        while end > start, isBlank(base[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    /// A non-negative decimal integer, saturating at `UInt32.max`; nil for anything else.
    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !bytes.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = min(value * 10 + UInt64(byte - 0x30), UInt64(UInt32.max))
        }
        return UInt32(value)
    }
}
