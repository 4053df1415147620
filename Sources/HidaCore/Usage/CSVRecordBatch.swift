/// Reader events copied out of the reader's buffers, so that a parsing thread can hand them to a consuming one.
///
/// A value type moved between the threads: a class would pay for dynamic exclusivity checks on every append.
struct CSVRecordBatch: Sendable {
    private enum Entry: Sendable {
        case record(line: Int, bytes: Range<Int>, bounds: Range<Int>)
        case malformed(line: Int, reason: String)
    }

    /// Hand over a batch when it holds this many entries or bytes: big enough to make hand-overs rare, small enough to stay in cache.
    static let entryLimit = 4096
    static let byteLimit = 1 << 18

    private var bytes: [UInt8] = []
    private var bounds: [Int] = []
    private var entries: [Entry] = []

    var isFull: Bool { entries.count >= Self.entryLimit || bytes.count >= Self.byteLimit }

    /// Copies `event` into the batch.
    mutating func append(_ event: CSVReader.Event) {
        switch event {
        case .malformed(let line, let reason):
            entries.append(.malformed(line: line, reason: reason))
        case .record(let record):
            let byteStart = bytes.count
            let boundStart = bounds.count
            bytes.append(contentsOf: record.bytes)
            bounds.append(contentsOf: record.fieldBounds)
            entries.append(.record(line: record.line, bytes: byteStart ..< bytes.count, bounds: boundStart ..< bounds.count))
        }
    }

    /// Replays the batch's events in order, then empties it for reuse.
    mutating func replay(_ handle: (CSVReader.Event) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            bounds.withUnsafeBufferPointer { bounds in
                for entry in entries {
                    switch entry {
                    case .malformed(let line, let reason):
                        handle(.malformed(line: line, reason: reason))
                    case .record(let line, let byteRange, let boundRange):
                        handle(.record(CSVRecord(line: line, bytes: UnsafeBufferPointer(rebasing: bytes[byteRange]),
                                                 fieldBounds: UnsafeBufferPointer(rebasing: bounds[boundRange]))))
                    }
                }
            }
        }
        bytes.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }
}
