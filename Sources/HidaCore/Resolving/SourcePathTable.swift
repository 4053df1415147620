/// The pages' source files, found from the bytes of a link's resolved target without making a `String` of it: pages
/// link to each other by their `.md` files, so a build looks up a source path for every link of every page.
struct SourcePathTable: Sendable {
    private var table: ByteKeyTable
    /// Per value in `table`, the page of that source file in each language (as `Portal.pagesBySource` has them).
    private let pagesByLanguage: [[String: Int]]

    init(_ pagesBySource: [String: [String: Int]]) {
        var table = ByteKeyTable(capacity: pagesBySource.count)
        var values: [[String: Int]] = []
        values.reserveCapacity(pagesBySource.count)
        for (source, byLanguage) in pagesBySource {
            var source = source
            source.withUTF8 { bytes in
                Self.withWords(of: bytes) { words, hash in
                    guard table.find(hash: hash, key: words, length: bytes.count) == nil else { return }
                    _ = table.insert(hash: hash, key: words, length: bytes.count, value: Int32(values.count))
                    values.append(byLanguage)
                }
            }
        }
        self.table = table
        pagesByLanguage = values
    }

    /// The pages of the source file whose path is `bytes`, by language; nil when no page has that source.
    func pages(at bytes: UnsafeBufferPointer<UInt8>) -> [String: Int]? {
        Self.withWords(of: bytes) { words, hash in
            table.find(hash: hash, key: words, length: bytes.count).map { pagesByLanguage[Int(table.value($0))] }
        }
    }

    /// Calls `body` with `bytes` as zero-padded 8-byte words (byte `i` in bits `8 × (i mod 8)` of word `i / 8`), the
    /// form `ByteKeyTable` compares, and their `ByteHash`.
    private static func withWords<Result>(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt64>, UInt64) -> Result
    ) -> Result {
        let count = max(1, (bytes.count + 7) / 8)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { words in
            words.initialize(repeating: 0)
            for (index, byte) in bytes.enumerated() { words[index / 8] |= UInt64(byte) << (8 * UInt64(index % 8)) }
            return body(UnsafePointer(words.baseAddress!), ByteHash.hash(bytes))
        }
    }
}
