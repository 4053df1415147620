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
        // Stop words map to nil, so one lookup both filters and stems a word.
        private var stemOfWord: [StemmerWordKey: Int32?]

        init(analyzer: SearchAnalyzer) {
            self.analyzer = analyzer
            stemOfWord = Dictionary(uniqueKeysWithValues: analyzer.stopWords.map { (StemmerWordKey($0), nil) })
        }

        mutating func terms(of document: SearchDocument, hiddenLabels: [String]) -> SearchDocumentTerms {
            var result = SearchDocumentTerms(table: table)
            // A word seen before in this document goes straight to its stem's slot: one lookup per word.
            var slotOfWord: [StemmerWordKey: Int] = [:]
            var slotOfStem: [Int32: Int] = [:]
            for field in SearchField.allCases {
                for text in Self.texts(of: document, in: field, hiddenLabels: hiddenLabels) {
                    SearchTokenizer.forEachWord(in: text) { word in
                        guard word.count >= 2 else { return }
                        let key = StemmerWordKey(word)
                        let slot: Int
                        if let known = slotOfWord[key] {
                            guard known >= 0 else { return }
                            slot = known
                        } else {
                            guard let stem = stem(key) else {
                                slotOfWord[key] = -1
                                return
                            }
                            slot = slotOfStem[stem] ?? {
                                let slot = result.terms.count
                                slotOfStem[stem] = slot
                                result.terms.append(stem)
                                result.counts.append(0)
                                return slot
                            }()
                            slotOfWord[key] = slot
                        }
                        result.countOnce(termAt: slot, in: field)
                    }
                }
            }
            return result
        }

        /// The number of a word's stem in `table`, nil for a stop word.
        private mutating func stem(_ word: StemmerWordKey) -> Int32? {
            if let known = stemOfWord[word] { return known }
            let stem = table.number(of: StemmerWordKey(analyzer.stem(word.word)))
            stemOfWord[word] = .some(stem)
            return stem
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
