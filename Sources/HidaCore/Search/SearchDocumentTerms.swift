/// One document's index terms: each distinct stem with how often it occurs in each field, and each field's length.
///
/// Computed per document, apart from the rest of the index, so that documents are analysed in parallel and
/// `hida serve` analyses again only the documents an edit changed (`SearchTermsCache`).
struct SearchDocumentTerms: Sendable {
    /// Where `terms` are numbered.
    let table: SearchStemTable
    /// Distinct stems in order of first occurrence, as numbers in `table`.
    var terms: [Int32] = []
    /// Per term, its count in each field, `bitsPerCount` bits each (field order of `SearchField`).
    var counts: [UInt64] = []
    /// Words counted per field (stop words and one-letter words left out).
    var fieldLengths = [Int](repeating: 0, count: SearchField.allCases.count)

    /// Seven fields fit one word; a count stops at 511, where BM25's saturation has long made more occurrences count
    /// for nothing.
    static let bitsPerCount: UInt64 = 9
    static let largestCount: UInt64 = (1 << bitsPerCount) - 1

    func count(ofTermAt slot: Int, in field: SearchField) -> Int {
        Int((counts[slot] >> (UInt64(field.rawValue) * Self.bitsPerCount)) & Self.largestCount)
    }

    mutating func countOnce(termAt slot: Int, in field: SearchField) {
        let shift = UInt64(field.rawValue) * Self.bitsPerCount
        if (counts[slot] >> shift) & Self.largestCount < Self.largestCount { counts[slot] += 1 << shift }
        fieldLengths[field.rawValue] += 1
    }

    /// Turns documents into terms, stemming each distinct word once: a site repeats a few thousand words millions of
    /// times. One analysis is used by one thread at a time.
    struct Analysis {
        let analyzer: SearchAnalyzer
        let table = SearchStemTable()
        /// Each word met (as UTF-8) → its stem's number in `table`; stop words map to -1, so one lookup both filters
        /// and stems a word.
        private var stemOfWord = ByteKeyTable(capacity: 1 << 12)
        /// Per stem number, its slot in the document being analysed (-1: not in it yet); reset after each document.
        private var slotOfStem: [Int] = []

        init(analyzer: SearchAnalyzer) {
            self.analyzer = analyzer
            for stopWord in analyzer.stopWords.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                SearchTokenizer.forEachToken(in: stopWord.stemmerString) { word in
                    _ = stemOfWord.insert(hash: word.hash, key: word.words, length: word.byteCount, value: -1)
                }
            }
        }

        mutating func terms(of document: SearchDocument, hiddenLabels: [String]) -> SearchDocumentTerms {
            var result = SearchDocumentTerms(table: table)
            for field in SearchField.allCases {
                for text in Self.texts(of: document, in: field, hiddenLabels: hiddenLabels) {
                    SearchTokenizer.forEachToken(in: text) { word in
                        guard word.scalarCount >= 2 else { return }
                        let stem = stemNumber(of: word)
                        guard stem >= 0 else { return }
                        var slot = slotOfStem[stem]
                        if slot < 0 {
                            slot = result.terms.count
                            slotOfStem[stem] = slot
                            result.terms.append(Int32(stem))
                            result.counts.append(0)
                        }
                        result.countOnce(termAt: slot, in: field)
                    }
                }
            }
            for stem in result.terms { slotOfStem[Int(stem)] = -1 }
            return result
        }

        /// The number of a word's stem in `table`, -1 for a stop word.
        private mutating func stemNumber(of word: TokenizedWord) -> Int {
            let hash = word.hash
            if let entry = stemOfWord.find(hash: hash, key: word.words, length: word.byteCount) {
                return Int(stemOfWord.value(entry))
            }
            let stem = table.number(of: StemmerWordKey(analyzer.stem(word.stemmerWord)))
            _ = stemOfWord.insert(hash: hash, key: word.words, length: word.byteCount, value: stem)
            while slotOfStem.count < table.stems.count { slotOfStem.append(-1) }
            return Int(stem)
        }

        private static func texts(of document: SearchDocument, in field: SearchField, hiddenLabels: [String]) -> [String] {
            switch field {
            case .title: [document.title]
            case .description: [document.description]
            case .headings: document.headings
            case .topics: document.topics + document.journeys
            case .synonyms: hiddenLabels
            case .agency: [document.agency]
            case .body: [document.body]
            }
        }
    }
}
