/// Usage rows as the parsing thread hands them to the counting thread: per page-view row the session id and
/// the URL (query and fragment cut off), each hashed and copied as zero-padded 8-byte words, and the rarer
/// events (malformed rows, an unknown header, aggregated pairs) in file order.
///
/// Rows and words live in buffers allocated once per batch and reused, so that a row costs a few stores and no
/// allocation or uniqueness check. A batch has one owner at a time (see `BatchQueue`); copies share the buffers.
struct UsageRowBatch: @unchecked Sendable {
    /// A key in `words`: its hash, and its first word and byte length packed as `start << 32 | length`.
    struct Key: Sendable {
        var hash: UInt64
        var place: UInt64
    }

    enum Event: Sendable {
        case malformed(line: Int, reason: String)
        case unknownHeader(line: Int, header: String)
        /// An aggregated-pairs row.
        case pair(from: Key, to: Key, sessions: UInt32)
    }

    /// Hand over at this many rows or bytes: big enough to make hand-overs rare, small enough to stay in cache.
    static let rowLimit = 1 << 13
    static let byteLimit = 1 << 19
    /// Per row: session hash, session place, URL hash, URL place.
    static let rowWords = 4

    private let storage = Storage(rowWords: rowLimit * rowWords, words: byteLimit / 8 + 4096)
    private var wordCapacity = byteLimit / 8 + 4096
    /// The rows, `rowWords` words each.
    private(set) var rows: UnsafeMutablePointer<UInt64>
    /// The keys' words.
    private(set) var words: UnsafeMutablePointer<UInt64>
    private(set) var rowCount = 0
    private var wordCount = 0
    private(set) var events: [Event] = []

    init() {
        rows = storage.rows
        words = storage.words
    }

    var isFull: Bool {
        rowCount >= Self.rowLimit || events.count >= Self.rowLimit || wordCount * 8 >= Self.byteLimit
    }

    /// Adds a page view of `session` at `url` (both trimmed and not empty).
    mutating func addRow(session: UnsafeBufferPointer<UInt8>, url: UnsafeBufferPointer<UInt8>) {
        let sessionKey = add(session)
        let urlKey = add(url)
        let row = rows + Self.rowWords * rowCount
        row[0] = sessionKey.hash
        row[1] = sessionKey.place
        row[2] = urlKey.hash
        row[3] = urlKey.place
        rowCount += 1
    }

    mutating func add(_ event: Event) {
        events.append(event)
    }

    /// Copies `bytes` into `words`, hashing them on the way (`ByteHash`), and returns them as a key.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        let count = bytes.count
        let start = wordCount
        if start &+ (count &+ 7) >> 3 > wordCapacity { growWords(to: start + (count + 7) / 8) }
        var state = ByteHash.start(length: count)
        var next = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset &+ 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                words[next] = word
                next &+= 1
                state = ByteHash.add(word, to: state)
                offset &+= 8
            }
            if offset < count, count >= 8 {
                // The last bytes from a load that ends with the key, shifted down: zeros after the key.
                let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
                let word = last >> (64 &- 8 &* UInt64(count &- offset))
                words[next] = word
                next &+= 1
                state = ByteHash.add(word, to: state)
            } else if offset < count {
                // A key under eight bytes, from at most three loads, never reading past it.
                var word: UInt64 = 0
                var shift: UInt64 = 0
                if count &- offset >= 4 {
                    word = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                    shift = 32
                    offset &+= 4
                }
                if count &- offset >= 2 {
                    word |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) << shift
                    shift &+= 16
                    offset &+= 2
                }
                if offset < count { word |= UInt64(base[offset]) << shift }
                words[next] = word
                next &+= 1
                state = ByteHash.add(word, to: state)
            }
        }
        wordCount = next
        return Key(hash: ByteHash.finish(state), place: UInt64(start) << 32 | UInt64(count))
    }

    /// Empties the batch for reuse, keeping its buffers.
    mutating func removeAll() {
        rowCount = 0
        wordCount = 0
        events.removeAll(keepingCapacity: true)
    }

    /// Room for a key longer than the batch's usual share (up to the longest record the reader accepts).
    private mutating func growWords(to minimum: Int) {
        var capacity = wordCapacity * 2
        while capacity < minimum { capacity *= 2 }
        words = storage.replaceWords(capacity: capacity, keeping: wordCount)
        wordCapacity = capacity
    }

    /// The buffers, freed with the last copy of the batch.
    private final class Storage: @unchecked Sendable {
        let rows: UnsafeMutablePointer<UInt64>
        private(set) var words: UnsafeMutablePointer<UInt64>

        init(rowWords: Int, words wordCount: Int) {
            rows = .allocate(capacity: rowWords)
            words = .allocate(capacity: wordCount)
        }

        func replaceWords(capacity: Int, keeping count: Int) -> UnsafeMutablePointer<UInt64> {
            let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
            grown.update(from: words, count: count)
            words.deallocate()
            words = grown
            return grown
        }

        deinit {
            rows.deallocate()
            words.deallocate()
        }
    }
}
