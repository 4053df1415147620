import ByteBuffer

/// One document's index terms: each distinct stem with how often it occurs in each field, and each field's length.
///
/// Computed per document, apart from the rest of the index, so that documents are analysed in parallel and
/// `hida serve` analyses again only the documents an edit changed (`SearchTermsCache`).
///
/// The terms come in two parts. The page's own text is the same in every index whose language shares its
/// analyzer: the nynorsk index holds the bokmål pages it falls back to, and reads their text from the bokmål
/// index's analysis (`SearchIndexBuilder.sharedTexts`) instead of again. What the index's language adds (agency
/// name, journey titles, synonyms) is the second part. A stem can be in both; `SearchPostings` adds them up.
struct SearchDocumentTerms: Sendable {
    /// Some of a document's fields, their stems numbered in the table of the analysis that read them.
    struct Part: Sendable {
        /// Where `terms` are numbered.
        let table: SearchStemTable
        /// Distinct stems in order of first occurrence, as numbers in `table`.
        var terms: [Int32] = []
        /// Per term, its count in each field, `bitsPerCount` bits each (field order of `SearchField`).
        var counts: [UInt64] = []
        /// Words counted per field (stop words and one-letter words left out).
        var fieldLengths = [Int](repeating: 0, count: SearchField.allCases.count)

        init(table: SearchStemTable) {
            self.table = table
        }

        /// Counts one more occurrence of the term at `slot` in `field`; the field's length is the caller's to add.
        @inline(__always)
        mutating func countOnce(termAt slot: Int, in field: SearchField) {
            let shift = UInt64(field.rawValue) * bitsPerCount
            if (counts[slot] >> shift) & largestCount < largestCount { counts[slot] &+= 1 << shift }
        }
    }

    /// Title, description, headings, topics and body: what the page says.
    var text: Part
    /// Agency name, journey titles and synonyms: what the index's language says about the page.
    var context: Part

    /// Seven fields fit one word; a count stops at 511, where BM25's saturation has long made more occurrences count
    /// for nothing.
    static let bitsPerCount: UInt64 = 9
    static let largestCount: UInt64 = (1 << bitsPerCount) - 1

    /// Words counted in `field`, both parts together.
    func length(of field: SearchField) -> Int {
        text.fieldLengths[field.rawValue] + context.fieldLengths[field.rawValue]
    }

    static func count(in counts: UInt64, of field: SearchField) -> Int {
        Int((counts >> (UInt64(field.rawValue) * bitsPerCount)) & largestCount)
    }

    /// The per-field counts of both, each stopping at `largestCount` as if counted one by one.
    static func sum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var sum: UInt64 = 0
        for field in SearchField.allCases {
            let shift = UInt64(field.rawValue) * bitsPerCount
            sum |= min(((a >> shift) & largestCount) + ((b >> shift) & largestCount), largestCount) << shift
        }
        return sum
    }

    /// Turns documents into terms, stemming each distinct word once: a site repeats a few thousand words millions of
    /// times. One analysis is used by one thread at a time.
    struct Analysis {
        let analyzer: SearchAnalyzer
        let table = SearchStemTable()
        /// Each word met (as UTF-8) → its stem's number in `table`; stop words map to -1, so one lookup both filters
        /// and stems a word.
        private var stemOfWord = ByteKeyTable(capacity: 1 << 12)
        /// Per stem number, its slot in the part being analysed (-1: not in it yet); reset after each part.
        private var slotOfStem: [Int] = []

        init(analyzer: SearchAnalyzer) {
            self.analyzer = analyzer
            for stopWord in analyzer.stopWords.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                SearchTokenizer.forEachToken(in: stopWord.stemmerString) { word in
                    _ = stemOfWord.insert(hash: word.hash, key: word.words, length: word.byteCount, value: -1)
                }
            }
        }

        /// Both parts of a document read here.
        mutating func terms(of document: SearchDocument, hiddenLabels: [String]) -> SearchDocumentTerms {
            SearchDocumentTerms(text: text(of: document), context: context(of: document, hiddenLabels: hiddenLabels))
        }

        /// The page's own text.
        mutating func text(of document: SearchDocument) -> Part {
            part([(.title, [document.title]), (.description, [document.description]), (.headings, document.headings),
                  (.topics, document.topics)], body: document.body)
        }

        /// What the index's language adds to the page.
        mutating func context(of document: SearchDocument, hiddenLabels: [String]) -> Part {
            part([(.topics, document.journeys), (.synonyms, hiddenLabels), (.agency, [document.agency])])
        }

        /// The terms of `fields`, then of `body` (UTF-8) in the body field: the order in which terms are first met.
        private mutating func part(_ fields: [(field: SearchField, texts: [String])], body: [UInt8] = []) -> Part {
            var result = Part(table: table)
            for (field, texts) in fields {
                for text in texts {
                    text.withUTF8Bytes { count($0, in: field, into: &result) }
                }
            }
            body.withUnsafeBufferPointer { count($0, in: .body, into: &result) }
            for stem in result.terms { slotOfStem[Int(stem)] = -1 }
            return result
        }

        private mutating func count(_ text: UnsafeBufferPointer<UInt8>, in field: SearchField, into result: inout Part) {
            // Added to the field's length once, not at every word.
            var counted = 0
            SearchTokenizer.forEachToken(inUTF8: text) { word in
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
                counted &+= 1
            }
            result.fieldLengths[field.rawValue] += counted
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
    }
}
