import Foundation

/// Scores every term of every document (BM25 per field, see `SearchField`) and groups the
/// postings into term shards.
struct SearchPostings {
    /// One term's postings: ascending document numbers, each with its score × 10, rounded, at least 1.
    typealias Postings = [(document: Int32, score: Int32)]

    /// Every term of the index, by term number.
    private(set) var terms: [StemmerWord] = []
    /// Postings by term number.
    private(set) var postings: [Postings] = []

    /// Numbers the stems of all documents and scores them; `analyses` are in document-number order.
    init(analyses: [SearchDocumentTerms], isService: [Bool]) {
        var numbering = Numbering()
        var documentFrequency: [Int] = []
        for analysis in analyses {
            numbering.forEachTerm(of: analysis) { number, _ in
                if Int(number) == documentFrequency.count { documentFrequency.append(0) }
                documentFrequency[Int(number)] += 1
            }
        }
        terms = numbering.terms
        postings = Self.scoredPostings(analyses: analyses, numbering: numbering, documentFrequency: documentFrequency,
                                       isService: isService)
    }

    /// Documents scored at once, in parallel chunks: enough to keep the cores busy, few enough that their postings,
    /// held until they are appended to their terms, stay a few megabytes.
    private static let scoringWave = 4096
    private static let scoringChunk = 512

    /// The score of every term in every document, as `SearchField` describes it.
    ///
    /// Documents are scored in parallel: after `init` numbered every stem, `numbering` only reads its numbers, and each
    /// chunk merges documents in a copy of its scratch space. The postings are then appended in document order, so
    /// they come out as a serial pass would make them.
    private static func scoredPostings(analyses: [SearchDocumentTerms], numbering: Numbering,
                                       documentFrequency: [Int], isService: [Bool]) -> [Postings] {
        let fields = SearchField.allCases
        let count = Double(analyses.count)
        let averages = fields.map { field -> Double in
            let total = analyses.reduce(0) { $0 + $1.length(of: field) }
            return count == 0 || total == 0 ? 1 : Double(total) / count
        }
        let inverseFrequencies = documentFrequency.map { frequency -> Double in
            log(1 + (count - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
        }
        // Each term's postings are as many as its document frequency, so every array is allocated once.
        var postings = documentFrequency.map { frequency -> Postings in
            var list = Postings()
            list.reserveCapacity(frequency)
            return list
        }
        for waveStart in stride(from: 0, to: analyses.count, by: scoringWave) {
            let waveEnd = min(waveStart + scoringWave, analyses.count)
            let chunks = stride(from: waveStart, to: waveEnd, by: scoringChunk).map { $0 ..< min($0 + scoringChunk, waveEnd) }
            let scored = Parallel.map(chunks) { chunk in
                var merging = numbering
                var scores: [(term: Int32, document: Int32, score: Int32)] = []
                for number in chunk {
                    scoreTerms(of: analyses[number], boost: isService[number] ? SearchIndexBuilder.serviceBoost : 1,
                               averages: averages, inverseFrequencies: inverseFrequencies, numbering: &merging) { term, score in
                        scores.append((term, Int32(number), score))
                    }
                }
                return scores
            }
            for chunk in scored {
                for posting in chunk { postings[Int(posting.term)].append((posting.document, posting.score)) }
            }
        }
        return postings
    }

    /// Calls `body` with each distinct term of one document and its BM25 score × 10, rounded, at least 1.
    private static func scoreTerms(of analysis: SearchDocumentTerms, boost: Double, averages: [Double], inverseFrequencies: [Double],
                                   numbering: inout Numbering, _ body: (Int32, Int32) -> Void) {
        let fields = SearchField.allCases
        let k1 = SearchField.saturation
        var norms = [Double](repeating: 1, count: fields.count)
        for field in fields {
            let b = field.lengthNormalization
            norms[field.rawValue] = 1 - b + b * Double(analysis.length(of: field)) / averages[field.rawValue]
        }
        numbering.forEachTerm(of: analysis) { term, counts in
            var weighted = 0.0
            for field in fields {
                let occurrences = SearchDocumentTerms.count(in: counts, of: field)
                guard occurrences > 0 else { continue }
                let tf = Double(occurrences)
                weighted += field.weight * tf * (k1 + 1) / (tf + k1 * norms[field.rawValue])
            }
            body(term, Int32(max(1, Int((inverseFrequencies[Int(term)] * weighted * boost * 10).rounded()))))
        }
    }

    /// Numbers the stems of the index in order of first appearance, and merges a document's two parts.
    private struct Numbering: Sendable {
        private(set) var terms: [StemmerWord] = []
        private var numberOfStem: [StemmerWordKey: Int32] = [:]
        // Per stem table, its numbers in this index (-1 before first met): one lookup per table and stem.
        private var tableSlot: [ObjectIdentifier: Int] = [:]
        private var indexNumbers: [[Int32]] = []
        /// Per index number, its place in `merged` while a document is merged (-1: not in it).
        private var placeOfNumber: [Int32] = []
        private var merged: [(number: Int32, counts: UInt64)] = []

        /// Calls `body` once per distinct stem of the document, in a fixed order, with its counts in both parts.
        mutating func forEachTerm(of analysis: SearchDocumentTerms, _ body: (Int32, UInt64) -> Void) {
            merged.removeAll(keepingCapacity: true)
            add(analysis.text)
            add(analysis.context)
            for (number, counts) in merged {
                placeOfNumber[Int(number)] = -1
                body(number, counts)
            }
        }

        private mutating func add(_ part: SearchDocumentTerms.Part) {
            let slot = slot(of: part.table)
            for (index, local) in part.terms.enumerated() {
                let number = number(of: Int(local), in: part.table, slot: slot)
                let place = placeOfNumber[Int(number)]
                if place >= 0 {
                    merged[Int(place)].counts = SearchDocumentTerms.sum(merged[Int(place)].counts, part.counts[index])
                } else {
                    placeOfNumber[Int(number)] = Int32(merged.count)
                    merged.append((number, part.counts[index]))
                }
            }
        }

        private mutating func slot(of table: SearchStemTable) -> Int {
            if let known = tableSlot[ObjectIdentifier(table)] { return known }
            indexNumbers.append([Int32](repeating: -1, count: table.stems.count))
            tableSlot[ObjectIdentifier(table)] = indexNumbers.count - 1
            return indexNumbers.count - 1
        }

        private mutating func number(of local: Int, in table: SearchStemTable, slot: Int) -> Int32 {
            let known = indexNumbers[slot][local]
            if known >= 0 { return known }
            let key = StemmerWordKey(table.stems[local])
            let number = numberOfStem[key] ?? {
                let number = Int32(terms.count)
                numberOfStem[key] = number
                terms.append(key.word)
                placeOfNumber.append(-1)
                return number
            }()
            indexNumbers[slot][local] = number
            return number
        }
    }

    // MARK: Shards

    /// One `terms/<name>.json` file.
    struct Shard {
        let name: String
        /// The file's JSON as UTF-8: written as it is, without being checked as a `String` first.
        let json: [UInt8]
    }

    /// Term shards sorted by name; two-letter shards, split by one more letter while too large.
    func shards() -> [Shard] {
        // Each term's entry is independent of the others, so they are written on all cores, in chunks.
        let chunkSize = 2048
        let allTerms = terms
        let allPostings = postings
        let chunks = stride(from: 0, to: allTerms.count, by: chunkSize).map { $0 ..< min($0 + chunkSize, allTerms.count) }
        let entries: [[(key: StemmerWord, json: [UInt8])]] = Parallel.map(chunks) { chunk in
            chunk.map { (SearchFolding.fold(allTerms[$0]), Self.entryJSON(term: allTerms[$0], postings: allPostings[$0])) }
        }
        // Terms are grouped and sorted by number: grouping and sorting the entries themselves copied each one (three
        // arrays) at every step, and released them all at the end, on one core at the end of the build.
        func key(_ term: Int) -> StemmerWord { entries[term / chunkSize][term % chunkSize].key }
        func size(_ term: Int) -> Int { entries[term / chunkSize][term % chunkSize].json.count }
        var pending: [(length: Int, terms: [Int])] = [(2, Array(allTerms.indices))]
        var groups: [String: [Int]] = [:]
        while let (length, batch) = pending.popLast() {
            var byName: [String: [Int]] = [:]
            for term in batch {
                byName[SearchShardName.prefix(of: key(term), length: length), default: []].append(term)
            }
            for (name, members) in byName {
                let bytes = members.reduce(0) { $0 + size($1) + 1 }
                let longer = members.filter { key($0).count > length }
                if bytes > SearchIndexBuilder.largestShardBytes, length < 8, !longer.isEmpty {
                    let staying = members.filter { key($0).count <= length }
                    if !staying.isEmpty { groups[name, default: []] += staying }
                    pending.append((length + 1, longer))
                } else {
                    groups[name, default: []] += members
                }
            }
        }
        // Terms are distinct, so sorting each shard's terms gives one order whatever order they were grouped in.
        return groups.keys.sorted().map { name in
            let members = (groups[name] ?? []).sorted { allTerms[$0].lexicographicallyPrecedes(allTerms[$1]) }
            var json = SearchJSONWriter()
            json.raw("{")
            for (index, member) in members.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw(entries[member / chunkSize][member % chunkSize].json)
            }
            json.raw("}")
            return Shard(name: name, json: json.bytes)
        }
    }

    private static func entryJSON(term: StemmerWord, postings: Postings) -> [UInt8] {
        var json = SearchJSONWriter()
        json.string(term.stemmerString)
        json.raw(":[")
        var previous = 0
        for (index, posting) in postings.enumerated() {
            if index > 0 { json.raw(",") }
            json.integer(Int(posting.document) - previous)
            json.raw(",")
            json.integer(Int(posting.score))
            previous = Int(posting.document)
        }
        json.raw("]")
        return json.bytes
    }
}
