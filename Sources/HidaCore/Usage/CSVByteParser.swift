/// The RFC 4180 state machine behind `CSVReader`: fed chunk by chunk, it keeps the record being read
/// (possibly spanning chunks) in buffers it owns, which `release()` frees.
struct CSVByteParser {
    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted, afterCarriageReturn, skippingLine
    }

    private static let comma: UInt8 = 0x2C
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    private var state = State.fieldStart
    private var line = 1
    private var recordLine = 1
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 4096
    private var byteCount = 0
    /// Start and end of each field, in `bytes` (or in the chunk, for a plain record).
    private var fieldBounds: UnsafeMutablePointer<Int>
    private var fieldCapacity = 16
    private var fieldCount = 0
    private var isOversized = false
    /// Where to read again if the current quoted field never closes: just after its first line break.
    private var resumeOffset: Int?
    private var resumeLine = 0

    init() {
        bytes = .allocate(capacity: byteCapacity)
        fieldBounds = .allocate(capacity: 2 * fieldCapacity)
    }

    func release() {
        bytes.deallocate()
        fieldBounds.deallocate()
    }

    /// Parses `chunk[start...]`; `chunkOffset` is the file offset of `chunk[0]`.
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, from start: Int, chunkOffset: Int, _ handle: (CSVReader.Event) -> Void) {
        guard let base = chunk.baseAddress else { return }
        let end = chunk.count
        var index = start
        while index < end {
            switch state {
            case .fieldStart:
                if fieldCount == 0, let next = readPlainRecord(base, from: index, to: end, handle) {
                    index = next
                } else if base[index] == Self.quote {
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var scan = index
                while scan < end {
                    let byte = base[scan]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn || byte == Self.quote { break }
                    scan += 1
                }
                append(base + index, count: scan - index)
                index = scan
                guard scan < end else { break }
                if !endField(at: base[scan], handle) {
                    reportAndSkip("a quote inside an unquoted field (quote the whole field and double the quote)", handle)
                }
                index += 1
            case .quoted:
                var scan = index
                while scan < end {
                    let byte = base[scan]
                    if byte == Self.quote { break }
                    if byte == Self.lineFeed {
                        line += 1
                        if resumeOffset == nil {
                            resumeOffset = chunkOffset + scan + 1
                            resumeLine = line
                        }
                    }
                    scan += 1
                }
                append(base + index, count: scan - index)
                index = scan
                guard scan < end else { break }
                state = .quoteInQuoted
                index += 1
            case .quoteInQuoted:
                switch base[index] {
                case Self.quote:
                    append(base + index, count: 1)
                    state = .quoted
                default:
                    if !endField(at: base[index], handle) {
                        reportAndSkip("text after a closing quote (quote the whole field and double any quote inside it)", handle)
                    }
                }
                index += 1
            case .afterCarriageReturn:
                if base[index] == Self.lineFeed {
                    line += 1
                    index += 1
                }
                // A lone carriage return also ends the record (old Mac line ends); it does not count as a line.
                endRecord(handle)
            case .skippingLine:
                var scan = index
                while scan < end, base[scan] != Self.lineFeed { scan += 1 }
                index = scan
                guard scan < end else { break }
                line += 1
                index += 1
                resetRecord()
            }
        }
    }

    /// Ends the input: returns the file offset to read again from when an unterminated quote swallowed the rest of the file.
    mutating func finish(_ handle: (CSVReader.Event) -> Void) -> Int? {
        switch state {
        case .fieldStart:
            if fieldCount > 0 {
                endField()
                endRecord(handle)
            }
        case .unquoted, .quoteInQuoted:
            endField()
            endRecord(handle)
        case .afterCarriageReturn:
            endRecord(handle)
        case .skippingLine:
            resetRecord()
        case .quoted:
            handle(.malformed(line: recordLine, reason: "a quoted field that is never closed"))
            let resume = resumeOffset
            if resume != nil { line = resumeLine }
            resetRecord()
            return resume
        }
        return nil
    }

    private mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        guard count > 0, !isOversized else { return }
        if byteCount + count > CSVReader.maximumRecordBytes {
            isOversized = true
            return
        }
        if byteCount + count > byteCapacity {
            var capacity = byteCapacity * 2
            while capacity < byteCount + count { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = grown
            byteCapacity = capacity
        }
        (bytes + byteCount).update(from: source, count: count)
        byteCount += count
    }

    /// Ends the field at a comma, line feed or carriage return and moves to the next state; false for any other byte.
    private mutating func endField(at byte: UInt8, _ handle: (CSVReader.Event) -> Void) -> Bool {
        switch byte {
        case Self.comma:
            endField()
            state = .fieldStart
        case Self.lineFeed:
            endField()
            line += 1
            endRecord(handle)
        case Self.carriageReturn:
            endField()
            state = .afterCarriageReturn
        default:
            return false
        }
        return true
    }

    private mutating func endField() {
        guard !isOversized else { return }
        if fieldCount == CSVReader.maximumFieldCount {
            isOversized = true
            return
        }
        if fieldCount == fieldCapacity { growFields() }
        fieldBounds[2 * fieldCount] = fieldCount == 0 ? 0 : fieldBounds[2 * fieldCount - 1]
        fieldBounds[2 * fieldCount + 1] = byteCount
        fieldCount += 1
    }

    private mutating func endRecord(_ handle: (CSVReader.Event) -> Void) {
        if isOversized {
            handle(.malformed(line: recordLine, reason: "a record longer than \(CSVReader.maximumRecordBytes >> 20) MiB or with more than \(CSVReader.maximumFieldCount) fields"))
        } else if !(fieldCount == 1 && byteCount == 0) {
            handle(.record(CSVRecord(
                line: recordLine,
                bytes: UnsafeBufferPointer(start: bytes, count: byteCount),
                fieldBounds: UnsafeBufferPointer(start: fieldBounds, count: 2 * fieldCount))))
        }
        resetRecord()
    }

    private mutating func growFields() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: 4 * fieldCapacity)
        grown.update(from: fieldBounds, count: 2 * fieldCount)
        fieldBounds.deallocate()
        fieldBounds = grown
        fieldCapacity *= 2
    }

    /// Reads a record that lies wholly in the chunk and has no quotes, pointing at the chunk instead of copying:
    /// nearly every row of a real log. Returns the index after the record, or nil to let the state machine read it.
    private mutating func readPlainRecord(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                          _ handle: (CSVReader.Event) -> Void) -> Int? {
        var scan = start
        var fieldStart = start
        var fields = 0
        while true {
            scan = Self.nextCandidate(base, from: scan, to: end)
            guard scan < end else { return nil }
            switch base[scan] {
            case Self.comma:
                if fields + 1 >= min(fieldCapacity, CSVReader.maximumFieldCount) { return nil }
                fieldBounds[2 * fields] = fieldStart - start
                fieldBounds[2 * fields + 1] = scan - start
                fields += 1
                scan += 1
                fieldStart = scan
            case Self.lineFeed, Self.carriageReturn:
                var next = scan + 1
                if base[scan] == Self.carriageReturn {
                    guard next < end, base[next] == Self.lineFeed else { return nil }
                    next += 1
                }
                fieldBounds[2 * fields] = fieldStart - start
                fieldBounds[2 * fields + 1] = scan - start
                fields += 1
                if !(fields == 1 && scan == start) {
                    handle(.record(CSVRecord(
                        line: line,
                        bytes: UnsafeBufferPointer(start: base + start, count: scan - start),
                        fieldBounds: UnsafeBufferPointer(start: fieldBounds, count: 2 * fields))))
                }
                line += 1
                recordLine = line
                return next
            case Self.quote:
                return nil
            default:
                // A space, `%`, `&` … : below the comma, but ordinary.
                scan += 1
            }
        }
    }

    /// The index of the first byte at or after `start` that is at most a comma (every special byte is: LF, CR,
    /// quote, comma), or `end`. Eight bytes at a time: `(w - 0x2D…) & ~w & 0x80…` marks bytes below 0x2D,
    /// and its lowest mark is exact (a borrow can only mark bytes above a real one).
    private static func nextCandidate(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var scan = start
        while scan + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: scan, as: UInt64.self))
            let marks = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
            if marks != 0 { return scan + marks.trailingZeroBitCount >> 3 }
            scan += 8
        }
        while scan < end, base[scan] > Self.comma { scan += 1 }
        return scan
    }

    private mutating func reportAndSkip(_ reason: String, _ handle: (CSVReader.Event) -> Void) {
        handle(.malformed(line: recordLine, reason: reason))
        state = .skippingLine
    }

    private mutating func resetRecord() {
        state = .fieldStart
        recordLine = line
        byteCount = 0
        fieldCount = 0
        isOversized = false
        resumeOffset = nil
    }
}
