import Markdown

/// The static search index per language (`/search/<lang>/…`), read by `/assets/search.js`.
///
/// The nynorsk index also holds the bokmål pages that have no nynorsk translation, since those are the pages a
/// nynorsk reader is sent to; the two written standards share the stemmer.
struct SearchIndexWriter {
    let portal: Portal
    let layout: SiteLayout
    /// Page texts by source path, when the checks already took them from the bodies.
    var texts: [String: PageText] = [:]
    /// Document terms kept between rebuilds by `hida serve`.
    var cache: SearchTermsCache?
    /// Which indexes' documents, terms and files are kept until the process ends rather than freed.
    var keeping = Keeping.none

    /// Freeing an index's working data took a tenth of a second on one core, and the last index's came at the very end
    /// of a build, with nothing left to run on the other core.
    enum Keeping: Sendable {
        /// Every index is freed when written: `hida serve`, which goes on after the build.
        case none
        /// The indexes that end the build (the last of each `writeOneByOne`) are kept; the others are freed to make
        /// room for the next: a one-off build too large to hold every index (`overlapPageLimit`).
        case last
        /// Every index is kept: a one-off build small enough to hold them all.
        case all
    }

    /// Above this many pages, the next index starts only after the first one is written (see `writeAll`).
    static let overlapPageLimit = 40_000

    /// Writes the index of every language; returns the number of files.
    ///
    /// The other Norwegian indexes need only the texts the first one analysed. Up to `overlapPageLimit` pages
    /// they start as soon as its analysis is done, beside its numbering, scoring and writing: after them, the last
    /// index ran alone on one core at the end of every build. Beyond it they wait, since the first index's shards and
    /// the next one's analysis together raised the peak memory of a 100 000-page build from 1.88 to 2.14 GiB.
    /// English shares nothing with the Norwegian indexes and is built after the first one is written, for the same
    /// reason.
    func writeAll(into sink: some OutputSink, overlapLimit: Int = overlapPageLimit) -> Int {
        let languages = portal.configuration.languages
        let english = languages.filter { SearchAnalyzer(language: $0).isEnglish }
        let norwegian = languages.filter { !SearchAnalyzer(language: $0).isEnglish }
        guard let first = norwegian.first, !english.isEmpty else { return writeOneByOne(languages, into: sink) }
        let writer = self
        guard portal.pages.count <= overlapLimit else {
            // Unless every index is kept, the first one's documents and terms are let go when `write` returns; only the
            // texts are kept, for the next Norwegian index.
            let (firstFiles, texts) = write(first, sharing: [:], into: sink, keeps: keeping == .all)
            let (englishFiles, otherFiles) = Parallel.both(
                { writer.writeOneByOne(english, into: sink) },
                { writeOneByOne(Array(norwegian.dropFirst()), sharing: texts, into: sink) })
            return firstFiles + englishFiles + otherFiles
        }
        let builder = self.builder(first, keeps: keeping == .all)
        let analysed = builder.analyse()
        let texts = analysed.texts
        let (firstAndEnglishFiles, otherFiles) = Parallel.both(
            { writer.write(builder.files(of: analysed), into: sink, keeps: writer.keeping == .all) + writer.writeOneByOne(english, into: sink) },
            { writeOneByOne(Array(norwegian.dropFirst()), sharing: texts, into: sink) })
        KeptUntilExit.keep(builder, unless: keeping != .all)
        return firstAndEnglishFiles + otherFiles
    }

    /// Writes the indexes of languages with the same analyzer one after another, since each analyses its documents
    /// in parallel. The page texts an index read are kept for the next one (the nynorsk index holds the bokmål pages
    /// it falls back to), and after the last one are let go, or kept until exit with it (`keeping`).
    private func writeOneByOne(_ languages: [String], sharing texts: [String: SearchDocumentTerms.Part] = [:],
                               into sink: some OutputSink) -> Int {
        var sharedTexts = texts
        var fileCount = 0
        for (position, language) in languages.enumerated() {
            let isLast = position + 1 == languages.count
            let keeps = keeping == .all || keeping == .last && isLast
            let (count, texts) = write(language, sharing: sharedTexts, into: sink, keeps: keeps)
            fileCount += count
            KeptUntilExit.keep((sharedTexts, texts), unless: !(isLast && keeps))
            sharedTexts = isLast ? [:] : sharedTexts.merging(texts) { _, new in new }
        }
        return fileCount
    }

    /// Builds and writes one language's index; returns the number of files and the texts it read.
    private func write(_ language: String, sharing texts: [String: SearchDocumentTerms.Part],
                       into sink: some OutputSink, keeps: Bool) -> (files: Int, texts: [String: SearchDocumentTerms.Part]) {
        let builder = builder(language, sharing: texts, keeps: keeps)
        let (files, read) = builder.build()
        KeptUntilExit.keep(builder, unless: !keeps)
        return (write(files, into: sink, keeps: keeps), read)
    }

    /// Writes index files on all cores; returns their number.
    private func write(_ files: [(path: String, contents: [UInt8])], into sink: some OutputSink, keeps: Bool) -> Int {
        _ = Parallel.map(files) { file in sink.write(file.path, bytes: file.contents) }
        KeptUntilExit.keep(files, unless: !keeps)
        return files.count
    }

    /// The index of one language with all its documents added.
    private func builder(_ language: String, sharing texts: [String: SearchDocumentTerms.Part] = [:], keeps: Bool) -> SearchIndexBuilder {
        var builder = SearchIndexBuilder(language: language, synonyms: synonyms(in: language))
        builder.cache = cache
        builder.keepsUntilExit = keeps
        builder.sharedTexts = texts
        let includesFallbacks = language != "en" && language != portal.configuration.defaultLanguage
        let shownPages: [Int] = portal.pages.indices.compactMap { index in
            guard !portal.pages[index].isTranslation,
                  let shown = portal.translationIndex(ofKey: portal.pages[index].key, in: language),
                  portal.pages[shown].language == language || includesFallbacks else { return nil }
            return shown
        }
        // The pages are chosen first, so that the documents are made straight into their array: dropping the nils
        // of an array of optional documents copied every document once more.
        var documents = Parallel.map(shownPages) { searchDocument(forPageAt: $0, language: language) }
        for journey in portal.journeys where journey.language == language {
            documents.append(SearchDocument(
                url: layout.sectionPath(.journey, journey.id, language: language),
                title: journey.title, description: journey.description,
                headings: journey.steps.map(\.title), body: journey.body,
                topics: journey.topics.map { portal.label($0, in: language) }, agency: "", journeys: [journey.title],
                language: language, isService: false))
        }
        builder.add(contentsOf: documents)
        return builder
    }

    /// The document of `portal.pages[index]`, its fields read in place: a `Page` copy retains some fifteen strings
    /// and arrays, for every page of every language's index.
    private func searchDocument(forPageAt index: Int, language: String) -> SearchDocument {
        let pages = portal.pages
        let text = texts[pages[index].sourcePath] ?? PageText(MarkdownDocument.parse(pages[index].body, options: .portal))
        let journeys = portal.journeyIndex.memberships(ofKey: pages[index].key).compactMap { portal.journey($0.journey, in: language)?.title }
        let pageLanguage = pages[index].language
        var document = SearchDocument(
            url: layout.pagePath(slug: pages[index].slug, language: pageLanguage),
            title: pages[index].title, description: pages[index].description, headings: text.headings,
            topics: pages[index].topics.map { portal.label($0, in: pageLanguage) },
            agency: portal.agencyName(pages[index].agency, in: language),
            journeys: journeys, language: pageLanguage, isService: pages[index].type == .service)
        document.body = text.plainTextUTF8
        return document
    }

    /// Hidden label → the labels of the concepts that list it, for the concepts pages use.
    private func synonyms(in language: String) -> [String: [String]] {
        var map: [String: [String]] = [:]
        let used = Set(portal.pages.indices.flatMap { portal.pages[$0].topics })
        for concept in portal.vocabulary.concepts where used.contains(concept.uri) {
            let labels = [portal.label(concept.uri, in: language)]
            for hidden in (concept.hiddenLabels[language] ?? []) + (concept.hiddenLabels[portal.configuration.defaultLanguage] ?? []) {
                map[hidden, default: []] += labels
            }
        }
        return map
    }
}
