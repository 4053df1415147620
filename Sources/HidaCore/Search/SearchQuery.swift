import Foundation

/// Runs a query over the built index files exactly as `assets/search.js` does in the browser,
/// so that ranking is tested in Swift. Each step names its twin in `search.js`.
struct SearchQuery {
    /// One hit, best first.
    struct Result: Equatable {
        let url: String
        let title: String
        let description: String
        let agency: String
        let journeys: [String]
        let isService: Bool
        let score: Double
    }

    /// What one query word looks for (`search.js`: `parse`).
    struct Word: Equatable {
        /// The stemmed word, matched exactly with factor 1.
        let stem: StemmerWord
        /// The folded stem: other spellings of the same word match with factor 1 or `f`.
        let key: StemmerWord
        /// The folded, unstemmed last word while it is being typed: terms starting with it match with factor `p`.
        let prefix: StemmerWord?
    }

    private let files: [String: String]
    private let base: String
    private let documentCount: Int
    private let documentsPerShard: Int
    private let foldedVariantFactor: Double
    private let prefixFactor: Double
    private let stopWords: Set<StemmerWord>
    private let shardNames: [String]
    private let analyzer: SearchAnalyzer

    /// Reads `meta.json` under `base` (e.g. `/search/nb/`) from `files`, keyed by path; nil when it is missing or malformed.
    init?(files: [String: String], base: String) {
        guard let meta = Self.object(files[base + "meta.json"]) as? [String: Any],
              let language = meta["lang"] as? String,
              let count = meta["n"] as? Int, let perShard = meta["d"] as? Int, perShard > 0,
              let folded = meta["f"] as? Double, let prefix = meta["p"] as? Double,
              let stop = meta["stop"] as? String, let shards = meta["shards"] as? [String] else { return nil }
        self.files = files
        self.base = base
        documentCount = count
        documentsPerShard = perShard
        foldedVariantFactor = folded
        prefixFactor = prefix
        stopWords = Set(stop.split(separator: " ").map { StemmerWord(literal: String($0)) })
        shardNames = shards
        analyzer = SearchAnalyzer(language: language)
    }

    /// The words of `query` that take part (`search.js`: `parse`): two letters or more, no stop words;
    /// the last word is also a prefix of two folded letters or more, unless the query ends with white space.
    func words(of query: String) -> [Word] {
        var raw: [StemmerWord] = []
        SearchTokenizer.forEachWord(in: query) { raw.append($0) }
        let isOpen = !(query.unicodeScalars.last?.properties.isWhitespace ?? true)
        var words: [Word] = []
        for (index, word) in raw.enumerated() where word.count >= 2 && !stopWords.contains(word) {
            let stem = analyzer.stem(word)
            let folded = SearchFolding.fold(word)
            let isTyping = isOpen && index == raw.count - 1 && folded.count >= 2
            words.append(Word(stem: stem, key: SearchFolding.fold(stem), prefix: isTyping ? folded : nil))
        }
        return words
    }

    /// The term shards a query needs (`search.js`: `shardsFor`).
    func shardNames(for words: [Word]) -> [String] {
        var names: Set<String> = []
        for word in words {
            names.formUnion(SearchShardName.shards(for: word.key, isPrefix: false, among: shardNames))
            if let prefix = word.prefix {
                names.formUnion(SearchShardName.shards(for: prefix, isPrefix: true, among: shardNames))
            }
        }
        return names.sorted()
    }

    /// All hits for `query`, best first (`search.js`: `rank`).
    func results(for query: String) -> [Result] {
        let words = words(of: query)
        guard !words.isEmpty else { return [] }
        var terms: [StemmerWord: [Int]] = [:]
        for name in shardNames(for: words) {
            guard let shard = Self.object(files[base + "terms/\(name).json"]) as? [String: [Int]] else { continue }
            for (term, postings) in shard { terms[StemmerWord(literal: term)] = postings }
        }
        let perWord = words.map { bestScores(for: $0, terms: terms) }
        return ranked(perWord).compactMap { document(number: $0.document, score: $0.score) }
    }

    /// The best score of each document for one word (`search.js`: `scoreWord`).
    private func bestScores(for word: Word, terms: [StemmerWord: [Int]]) -> [Int: Double] {
        let exactExists = terms[word.stem] != nil
        var best: [Int: Double] = [:]
        for (term, postings) in terms {
            let key = SearchFolding.fold(term)
            let factor: Double
            if term == word.stem {
                factor = 1
            } else if key == word.key {
                factor = exactExists ? foldedVariantFactor : 1
            } else if let prefix = word.prefix, key.starts(with: prefix) {
                factor = prefixFactor
            } else {
                continue
            }
            var document = 0
            var index = 0
            while index + 1 < postings.count {
                document += postings[index]
                let score = Double(postings[index + 1]) * factor
                if score > best[document, default: 0] { best[document] = score }
                index += 2
            }
        }
        return best
    }

    /// Documents that match every word, or any word when none matches all (`search.js`: `rank`).
    private func ranked(_ perWord: [[Int: Double]]) -> [(document: Int, score: Double)] {
        func combine(requireAll: Bool) -> [(document: Int, score: Double)] {
            var candidates = Set(perWord.first?.keys ?? [:].keys)
            for scores in perWord.dropFirst() {
                if requireAll { candidates.formIntersection(scores.keys) } else { candidates.formUnion(scores.keys) }
            }
            return candidates.map { document in
                (document, perWord.reduce(0.0) { $0 + ($1[document] ?? 0) })
            }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        }
        let all = combine(requireAll: true)
        return all.isEmpty && perWord.count > 1 ? combine(requireAll: false) : all
    }

    private func document(number: Int, score: Double) -> Result? {
        guard number >= 0, number < documentCount,
              let shard = Self.object(files[base + "docs/\(number / documentsPerShard).json"]) as? [[Any]] else { return nil }
        let offset = number % documentsPerShard
        guard offset < shard.count else { return nil }
        let row = shard[offset]
        guard row.count == 6, let url = row[0] as? String, let title = row[1] as? String,
              let description = row[2] as? String, let agency = row[3] as? String,
              let journeys = row[4] as? [String], let service = row[5] as? Int else { return nil }
        return Result(url: url, title: title, description: description, agency: agency, journeys: journeys,
                      isService: service == 1, score: score)
    }

    private static func object(_ text: String?) -> Any? {
        guard let text else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}
