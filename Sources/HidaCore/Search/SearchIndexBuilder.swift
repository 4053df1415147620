import Foundation

/// Builds the static search index of one language: `meta.json`, term shards and document shards.
///
/// Files, under `/search/<language>/` (formats in `docs/search.md`):
/// - `meta.json`: document count, documents per document shard, query factors, stop words, shard names;
/// - `terms/<shard>.json`: `{"term":[doc,score,Δdoc,score,…],…}` for the terms whose folded key starts with the shard name;
/// - `docs/<n>.json`: `[[url,title,description,agency,[journeys],isService],…]`.
///
/// Synonyms are indexed on the document side: a page tagged with a concept gets the concept's
/// hidden labels (the keys of `synonyms` that list it) as a low-weight field, so that
/// "pappapermisjon" finds the pages tagged with the concept that lists it and no synonyms
/// file has to be downloaded. Output depends only on the set of documents, not on the order they were added.
struct SearchIndexBuilder {
    /// The language whose analysis (stemmer and stop words) the index uses.
    let language: String
    private let analyzer: SearchAnalyzer
    /// Hidden labels per concept, keyed by the concept label's terms.
    private let hiddenLabelsByConcept: [String: [String]]
    private var documents: [SearchDocument] = []
    /// Document terms kept from earlier builds (`hida serve`); nil analyses every document.
    var cache: SearchTermsCache?
    /// The text part of documents that an index with the same analyzer already read, by URL (`build()`).
    var sharedTexts: [String: SearchDocumentTerms.Part] = [:]
    /// Whether the documents, their terms and the postings are kept until the process ends instead of being freed
    /// when the files are made (`KeptUntilExit`): a one-off build of a portal small enough to hold them.
    var keepsUntilExit = false

    /// Documents per `docs/<n>.json` file: a result list of 10 touches few files, and each stays a few KB.
    static let documentsPerShard = 32
    /// A term shard larger than this (uncompressed bytes) is split by one more letter of the key.
    static let largestShardBytes = 16_000
    /// Weight of a folded variant when the query word itself is a term (`far` also finding `får`).
    static let foldedVariantFactor = 0.5
    /// Weight of a term that only starts with the last query word as it is being typed.
    static let prefixFactor = 0.7
    /// Services get this boost, since a citizen who searches usually wants to do something.
    static let serviceBoost = 1.1

    /// Starts an empty index; `synonyms` maps a hidden label to the labels of the concepts that list it.
    init(language: String, synonyms: [String: [String]]) {
        self.language = language
        analyzer = SearchAnalyzer(language: language)
        var labels: [String: Set<String>] = [:]
        // A concept label is listed by each of its hidden labels; its key is made once.
        var keyOfConcept: [String: String] = [:]
        for (hiddenLabel, concepts) in synonyms {
            for concept in concepts {
                let key = keyOfConcept[concept] ?? Self.conceptKey(concept, analyzer: analyzer)
                keyOfConcept[concept] = key
                labels[key, default: []].insert(hiddenLabel)
            }
        }
        hiddenLabelsByConcept = labels.mapValues { $0.sorted() }
    }

    /// Adds one page.
    mutating func add(_ document: SearchDocument) {
        documents.append(document)
    }

    /// Adds many pages at once: the first ones by taking over their array instead of copying each document, which
    /// retains its ten strings and arrays.
    mutating func add(contentsOf added: [SearchDocument]) {
        if documents.isEmpty { documents = added } else { documents += added }
    }

    /// The index files as site paths and their JSON text, in a stable order: for reading them (tests, tools).
    func files() -> [(path: String, contents: String)] {
        build().files.map { (path: $0.path, contents: String(decoding: $0.contents, as: UTF8.self)) }
    }

    /// The index files, and the text part of every document by URL, for `sharedTexts` of the next index with the
    /// same analyzer.
    func build() -> (files: [(path: String, contents: [UInt8])], texts: [String: SearchDocumentTerms.Part]) {
        let analysed = analyse()
        return (files(of: analysed), analysed.texts)
    }

    /// The documents in index order with their terms: the parallel part of a build, after which the next index with
    /// the same analyzer can start (`texts`) while this one numbers, scores and writes (`files(of:)`).
    struct Analysed: Sendable {
        fileprivate let documents: [SearchDocument]
        fileprivate let analyses: [SearchDocumentTerms]
        /// The text part of every document by URL, for `sharedTexts` of the next index.
        let texts: [String: SearchDocumentTerms.Part]
    }

    func analyse() -> Analysed {
        // Sorted by index, so that each document is copied once, into its place.
        let ordered = documents.indices.sorted { (documents[$0].url, $0) < (documents[$1].url, $1) }.map { documents[$0] }
        let analyses = analyses(of: ordered)
        var texts: [String: SearchDocumentTerms.Part] = [:]
        texts.reserveCapacity(ordered.count)
        // By index: iterating the documents would copy each one.
        for index in ordered.indices { texts[ordered[index].url] = analyses[index].text }
        return Analysed(documents: ordered, analyses: analyses, texts: texts)
    }

    /// The index files of analysed documents, their JSON as UTF-8.
    func files(of analysed: Analysed) -> [(path: String, contents: [UInt8])] {
        let (ordered, analyses) = (analysed.documents, analysed.analyses)
        let postings = SearchPostings(analyses: analyses, isService: ordered.map(\.isService))
        let base = "/search/\(Self.safePathSegment(language))/"
        let shards = postings.shards()
        KeptUntilExit.keep((analysed, postings), unless: !keepsUntilExit)
        var files = [(path: base + "meta.json", contents: metaJSON(documentCount: ordered.count, shardNames: shards.map(\.name)))]
        files += documentShards(ordered).enumerated().map { (path: base + "docs/\($0.offset).json", contents: $0.element) }
        files += shards.map { (path: base + "terms/\($0.name).json", contents: $0.json) }
        return files
    }

    /// Documents analysed in parallel, in chunks that each stem their distinct words once.
    private func analyses(of documents: [SearchDocument]) -> [SearchDocumentTerms] {
        let chunkSize = Self.analysisChunkSize(documentCount: documents.count)
        let chunks = stride(from: 0, to: documents.count, by: chunkSize).map { $0 ..< min($0 + chunkSize, documents.count) }
        // A site's pages share a few hundred topic labels; each label is matched to its concept once.
        var hiddenLabelsOfTopic: [String: [String]] = [:]
        // By index: iterating the documents copied each one, on one core before the parallel part.
        for index in documents.indices {
            for topic in documents[index].topics where hiddenLabelsOfTopic[topic] == nil {
                hiddenLabelsOfTopic[topic] = hiddenLabelsByConcept[Self.conceptKey(topic, analyzer: analyzer)] ?? []
            }
        }
        let known = hiddenLabelsOfTopic
        return Parallel.map(chunks) { chunk in
            var analysis = SearchDocumentTerms.Analysis(analyzer: analyzer)
            // By index: mapping the slice of documents would copy each one.
            return chunk.map { index in
                let labels = Self.union(documents[index].topics.map { known[$0] ?? [] })
                if let cache, let known = cache.terms(of: documents[index], hiddenLabels: labels, isEnglish: analyzer.isEnglish) { return known }
                let text = sharedTexts[documents[index].url] ?? analysis.text(of: documents[index])
                let terms = SearchDocumentTerms(text: text, context: analysis.context(of: documents[index], hiddenLabels: labels))
                cache?.store(terms, of: documents[index], hiddenLabels: labels, isEnglish: analyzer.isEnglish)
                return terms
            }
        }.flatMap { $0 }
    }

    /// Four chunks per core, and at least 256 documents each. Every chunk stems the words it meets anew, and the
    /// postings number every chunk's stems anew, so the vocabulary of a site was stemmed and numbered once per 256
    /// documents, 40 times at 10 000 pages; four per core still leaves work for a core whose chunk ends early.
    static func analysisChunkSize(documentCount: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        let chunkCount = 4 * max(cores, 1)
        return max(256, (documentCount + chunkCount - 1) / chunkCount)
    }

    /// The hidden labels that belong to the concepts a document is tagged with.
    func hiddenLabels(of document: SearchDocument) -> [String] {
        Self.union(document.topics.map { hiddenLabelsByConcept[Self.conceptKey($0, analyzer: analyzer)] ?? [] })
    }

    /// The distinct labels of all the lists, sorted; each list is sorted and distinct already (`hiddenLabelsByConcept`),
    /// so they are merged rather than hashed into a set and sorted again, for every document.
    static func union(_ lists: [[String]]) -> [String] {
        var result: [String] = []
        for list in lists where !list.isEmpty {
            result = result.isEmpty ? list : mergeSorted(result, list)
        }
        return result
    }

    /// Two sorted lists of distinct labels as one, without the labels both have twice.
    private static func mergeSorted(_ a: [String], _ b: [String]) -> [String] {
        var merged: [String] = []
        merged.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                merged.append(a[i]); i += 1
            } else if b[j] < a[i] {
                merged.append(b[j]); j += 1
            } else {
                merged.append(a[i]); i += 1; j += 1
            }
        }
        merged += a[i...]
        merged += b[j...]
        return merged
    }

    /// Case, inflection and punctuation do not matter when a topic is matched to a concept label.
    static func conceptKey(_ label: String, analyzer: SearchAnalyzer) -> String {
        analyzer.terms(label).map(\.stemmerString).joined(separator: " ")
    }

    private static func safePathSegment(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.filter { ("a" ... "z").contains($0) || ("0" ... "9").contains($0) || $0 == "-" }
        return kept.isEmpty ? "und" : String(String.UnicodeScalarView(kept))
    }

    private func metaJSON(documentCount: Int, shardNames: [String]) -> [UInt8] {
        var json = SearchJSONWriter()
        json.raw("{\"v\":1")
        json.member("lang")
        json.string(language)
        json.member("n")
        json.integer(documentCount)
        json.member("d")
        json.integer(Self.documentsPerShard)
        json.member("f")
        json.decimal(Self.foldedVariantFactor)
        json.member("p")
        json.decimal(Self.prefixFactor)
        json.member("stop")
        json.string(analyzer.stopWordList)
        json.member("shards")
        json.strings(shardNames)
        json.raw("}")
        return json.bytes
    }

    private func documentShards(_ ordered: [SearchDocument]) -> [[UInt8]] {
        Parallel.map(Array(stride(from: 0, to: ordered.count, by: Self.documentsPerShard))) { start in
            var json = SearchJSONWriter()
            json.raw("[")
            // By index, each field read in place: iterating the documents would copy each one.
            for index in start ..< min(start + Self.documentsPerShard, ordered.count) {
                json.raw(index > start ? ",[" : "[")
                for text in [ordered[index].url, ordered[index].title, ordered[index].description, ordered[index].agency] {
                    json.string(text)
                    json.raw(",")
                }
                json.strings(ordered[index].journeys)
                json.raw(ordered[index].isService ? ",1]" : ",0]")
            }
            json.raw("]")
            return json.bytes
        }
    }
}
