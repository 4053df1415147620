import Foundation

/// Scores every term of every document (BM25 per field, see `SearchField`) and groups the
/// postings into term shards.
struct SearchPostings {
    /// One term's postings: ascending document numbers, each with its score × 10, rounded, at least 1.
    typealias Postings = [(document: Int, score: Int)]

    /// Every term of the index, by term number.
    private(set) var terms: [StemmerWord] = []
    /// Postings by term number.
    private(set) var postings: [Postings] = []

    /// How often one term occurs in each field of one document.
    private struct Occurrences {
        let term: Int
        var counts: [Int32]
    }

    /// Numbers each distinct stem, stemming each distinct word once: a site repeats a few
    /// thousand words millions of times.
    private struct TermNumbering {
        let analyzer: SearchAnalyzer
        private(set) var terms: [StemmerWord] = []
        private var numberOfStem: [StemmerWord: Int] = [:]
        // Stop words are numbered -1, so one lookup both filters and finds a word.
        private var numberOfWord: [StemmerWord: Int]

        init(analyzer: SearchAnalyzer) {
            self.analyzer = analyzer
            numberOfWord = Dictionary(uniqueKeysWithValues: analyzer.stopWords.map { ($0, -1) })
        }

        /// The term number of a lowercase word, nil for stop words and one-letter words.
        mutating func number(of word: StemmerWord) -> Int? {
            guard word.count >= 2 else { return nil }
            if let known = numberOfWord[word] { return known >= 0 ? known : nil }
            let stem = analyzer.stem(word)
            let number = numberOfStem[stem] ?? terms.count
            if number == terms.count {
                numberOfStem[stem] = number
                terms.append(stem)
            }
            numberOfWord[word] = number
            return number
        }
    }

    init(documents: [SearchDocument], analyzer: SearchAnalyzer, hiddenLabels: (SearchDocument) -> [String]) {
        let fields = SearchField.allCases
        var numbering = TermNumbering(analyzer: analyzer)
        // The slot of each term in the current document's `found`, stamped with the document number.
        var slotOfTerm: [(document: Int, slot: Int)] = []
        var occurrences: [[Occurrences]] = []
        var lengths: [[Int]] = []
        var documentFrequency: [Int] = []
        occurrences.reserveCapacity(documents.count)
        for (number, document) in documents.enumerated() {
            var found: [Occurrences] = []
            var fieldLengths = [Int](repeating: 0, count: fields.count)
            for field in fields {
                for text in Self.texts(of: document, in: field, hiddenLabels: hiddenLabels) {
                    SearchTokenizer.forEachWord(in: text) { word in
                        guard let term = numbering.number(of: word) else { return }
                        if term == slotOfTerm.count {
                            slotOfTerm.append((-1, 0))
                            documentFrequency.append(0)
                        }
                        if slotOfTerm[term].document != number {
                            slotOfTerm[term] = (number, found.count)
                            found.append(Occurrences(term: term, counts: [Int32](repeating: 0, count: fields.count)))
                            documentFrequency[term] += 1
                        }
                        found[slotOfTerm[term].slot].counts[field.rawValue] += 1
                        fieldLengths[field.rawValue] += 1
                    }
                }
            }
            occurrences.append(found)
            lengths.append(fieldLengths)
        }
        terms = numbering.terms
        postings = Self.scoredPostings(occurrences: occurrences, lengths: lengths, documentFrequency: documentFrequency,
                                       isService: documents.map(\.isService))
    }

    /// The score of every term in every document, as `SearchField` describes it.
    private static func scoredPostings(occurrences: [[Occurrences]], lengths: [[Int]], documentFrequency: [Int],
                                       isService: [Bool]) -> [Postings] {
        let fields = SearchField.allCases
        let count = Double(occurrences.count)
        let averages = fields.map { field -> Double in
            let total = lengths.reduce(0) { $0 + $1[field.rawValue] }
            return count == 0 || total == 0 ? 1 : Double(total) / count
        }
        let inverseFrequencies = documentFrequency.map { frequency -> Double in
            log(1 + (count - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
        }
        var postings = [Postings](repeating: [], count: documentFrequency.count)
        let k1 = SearchField.saturation
        for (number, found) in occurrences.enumerated() {
            let boost = isService[number] ? SearchIndexBuilder.serviceBoost : 1
            for occurrence in found {
                var weighted = 0.0
                for field in fields where occurrence.counts[field.rawValue] > 0 {
                    let tf = Double(occurrence.counts[field.rawValue])
                    let b = field.lengthNormalization
                    let norm = 1 - b + b * Double(lengths[number][field.rawValue]) / averages[field.rawValue]
                    weighted += field.weight * tf * (k1 + 1) / (tf + k1 * norm)
                }
                let score = max(1, Int((inverseFrequencies[occurrence.term] * weighted * boost * 10).rounded()))
                postings[occurrence.term].append((number, score))
            }
        }
        return postings
    }

    private static func texts(of document: SearchDocument, in field: SearchField, hiddenLabels: (SearchDocument) -> [String]) -> [String] {
        switch field {
        case .title: [document.title]
        case .description: [document.description]
        case .headings: document.headings
        case .topics: document.topics + document.journeys
        case .synonyms: hiddenLabels(document)
        case .agency: [document.agency]
        case .body: [document.body]
        }
    }

    // MARK: Shards

    /// One `terms/<name>.json` file.
    struct Shard {
        let name: String
        let json: String
    }

    /// Term shards sorted by name; two-letter shards, split by one more letter while too large.
    func shards() -> [Shard] {
        struct Entry {
            let term: StemmerWord
            let key: StemmerWord
            let json: String
        }
        var entries: [Entry] = zip(terms, postings).map { term, postings in
            Entry(term: term, key: SearchFolding.fold(term), json: Self.entryJSON(term: term, postings: postings))
        }
        entries.sort { $0.term.lexicographicallyPrecedes($1.term) }
        var pending: [(length: Int, entries: [Entry])] = [(2, entries)]
        var groups: [String: [Entry]] = [:]
        while let (length, batch) = pending.popLast() {
            var byName: [String: [Entry]] = [:]
            for entry in batch {
                byName[SearchShardName.prefix(of: entry.key, length: length), default: []].append(entry)
            }
            for (name, members) in byName {
                let size = members.reduce(0) { $0 + $1.json.utf8.count + 1 }
                let longer = members.filter { $0.key.count > length }
                if size > SearchIndexBuilder.largestShardBytes, length < 8, !longer.isEmpty {
                    let staying = members.filter { $0.key.count <= length }
                    if !staying.isEmpty { groups[name, default: []] += staying }
                    pending.append((length + 1, longer))
                } else {
                    groups[name, default: []] += members
                }
            }
        }
        return groups.keys.sorted().map { name in
            let members = (groups[name] ?? []).sorted { $0.term.lexicographicallyPrecedes($1.term) }
            return Shard(name: name, json: "{" + members.map(\.json).joined(separator: ",") + "}")
        }
    }

    private static func entryJSON(term: StemmerWord, postings: Postings) -> String {
        var json = SearchJSONWriter()
        json.string(term.stemmerString)
        json.raw(":[")
        var previous = 0
        for (index, posting) in postings.enumerated() {
            if index > 0 { json.raw(",") }
            json.integer(posting.document - previous)
            json.raw(",")
            json.integer(posting.score)
            previous = posting.document
        }
        json.raw("]")
        return json.text
    }
}
