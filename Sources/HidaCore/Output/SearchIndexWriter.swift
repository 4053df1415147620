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

    /// Writes the index of one language; returns the number of files.
    func write(_ language: String, into sink: some OutputSink) -> Int {
        let files = files(for: language)
        for file in files { sink.write(file.path, file.contents) }
        return files.count
    }

    private func files(for language: String) -> [(path: String, contents: String)] {
        var builder = SearchIndexBuilder(language: language, synonyms: synonyms(in: language))
        builder.cache = cache
        let includesFallbacks = language != "en" && language != portal.configuration.defaultLanguage
        var documents: [SearchDocument] = []
        for page in portal.pages where !page.isTranslation {
            guard let shown = portal.translation(of: page, in: language) else { continue }
            if shown.language != language && !includesFallbacks { continue }
            documents.append(searchDocument(for: shown, language: language))
        }
        for journey in portal.journeys where journey.language == language {
            documents.append(SearchDocument(
                url: layout.sectionPath(.journey, journey.id, language: language),
                title: journey.title, description: journey.description,
                headings: journey.steps.map(\.title), body: journey.body,
                topics: journey.topics.map { portal.label($0, in: language) }, agency: "", journeys: [journey.title],
                language: language, isService: false))
        }
        for document in documents { builder.add(document) }
        return builder.files()
    }

    private func searchDocument(for page: Page, language: String) -> SearchDocument {
        let text = texts[page.sourcePath] ?? PageText(MarkdownDocument.parse(page.body, options: .portal))
        let journeys = portal.journeyIndex.memberships(of: page).compactMap { portal.journey($0.journey, in: language)?.title }
        return SearchDocument(
            url: layout.pagePath(slug: page.slug, language: page.language),
            title: page.title, description: page.description,
            headings: text.headings, body: text.plainText,
            topics: page.topics.map { portal.label($0, in: page.language) },
            agency: portal.agencyName(page.agency, in: language),
            journeys: journeys, language: page.language, isService: page.type == .service)
    }

    /// Hidden label → the labels of the concepts that list it, for the concepts pages use.
    private func synonyms(in language: String) -> [String: [String]] {
        var map: [String: [String]] = [:]
        let used = Set(portal.pages.flatMap(\.topics))
        for concept in portal.vocabulary.concepts where used.contains(concept.uri) {
            let labels = [portal.label(concept.uri, in: language)]
            for hidden in (concept.hiddenLabels[language] ?? []) + (concept.hiddenLabels[portal.configuration.defaultLanguage] ?? []) {
                map[hidden, default: []] += labels
            }
        }
        return map
    }
}
