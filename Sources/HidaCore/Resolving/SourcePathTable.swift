/// The pages' source files, found from the bytes of a link's resolved target without making a `String` of it: pages
/// link to each other by their `.md` files, so a build looks up a source path for every link of every page.
struct SourcePathTable: Sendable {
    private var table: ByteKeyTable
    /// The portal's languages, in the order of `pageOfLanguage`'s columns.
    let languages: [String]
    /// Per source (the value in `table`) and language, the page's index in `portal.pages`, or -1: flat, so that a
    /// lookup copies no dictionary.
    private let pageOfLanguage: [Int32]

    init(_ pagesBySource: [String: [String: Int]], languages: [String]) {
        var table = ByteKeyTable(capacity: pagesBySource.count)
        var pages: [Int32] = []
        pages.reserveCapacity(pagesBySource.count * languages.count)
        for (source, byLanguage) in pagesBySource {
            var source = source
            source.withUTF8 { bytes in
                Self.withWords(of: bytes) { words, hash in
                    guard table.find(hash: hash, key: words, length: bytes.count) == nil else { return }
                    _ = table.insert(hash: hash, key: words, length: bytes.count, value: Int32(pages.count / max(1, languages.count)))
                    pages += languages.map { byLanguage[$0].map(Int32.init) ?? -1 }
                }
            }
        }
        self.table = table
        self.languages = languages
        pageOfLanguage = pages
    }

    /// The number of the source file whose path is `bytes`; nil when no page has that source.
    func source(at bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        Self.withWords(of: bytes) { words, hash in
            table.find(hash: hash, key: words, length: bytes.count).map { Int(table.value($0)) }
        }
    }

    /// The page of `source` in `languages[language]`; nil when the source has no page in that language.
    func page(ofSource source: Int, language: Int) -> Int? {
        let page = pageOfLanguage[source * languages.count + language]
        return page < 0 ? nil : Int(page)
    }

    /// Calls `body` with `bytes` as zero-padded 8-byte words (byte `i` in bits `8 × (i mod 8)` of word `i / 8`), the
    /// form `ByteKeyTable` compares, and their `ByteHash`.
    private static func withWords<Result>(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt64>, UInt64) -> Result
    ) -> Result {
        let count = max(1, (bytes.count + 7) / 8)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { words in
            words.initialize(repeating: 0)
            #if _endian(little)
            // Byte `i` of a little-endian word is its bits `8 × i`: the packed form is the bytes themselves.
            if let start = bytes.baseAddress {
                UnsafeMutableRawPointer(words.baseAddress!).copyMemory(from: start, byteCount: bytes.count)
            }
            #else
            for (index, byte) in bytes.enumerated() { words[index / 8] |= UInt64(byte) << (8 * UInt64(index % 8)) }
            #endif
            let packed = UnsafePointer(words.baseAddress!)
            return body(packed, ByteHash.hash(words: packed, length: bytes.count))
        }
    }
}
