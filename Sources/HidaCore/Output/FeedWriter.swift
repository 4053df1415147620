/// Atom feeds (RFC 4287), newest updates first: the whole portal, each agency and each theme, per language.
struct FeedWriter {
    let portal: Portal
    let layout: SiteLayout
    /// The most entries a feed carries; readers only need what is recent.
    static let limit = 50

    func write(into sink: some OutputSink) -> Int {
        var count = 0
        for language in portal.configuration.languages {
            let pages = portal.pages.enumerated().filter { $0.element.language == language }.map(\.offset)
            sink.write(layout.root(language) + "feed.xml", feed(title: portal.configuration.title, path: layout.root(language) + "feed.xml", alternate: layout.frontPage(language), pages: pages, language: language))
            count += 1
            for agency in portal.agencies {
                let agencyPages = pages.filter { portal.pages[$0].agency == agency.id }
                guard !agencyPages.isEmpty else { continue }
                let base = layout.sectionPath(.agency, agency.id, language: language)
                let name = portal.agencyName(agency.id, in: language)
                sink.write(base + "feed.xml", feed(title: "\(name) – \(portal.configuration.title)", path: base + "feed.xml", alternate: base, pages: agencyPages, language: language))
                count += 1
            }
            for concept in portal.vocabulary.concepts where (concept.kind == .theme || concept.kind == .subTheme) && portal.topics.hasContent(concept.uri) {
                let themePages = portal.topics.pages(for: concept.uri, language: language)
                guard !themePages.isEmpty else { continue }
                let base = layout.sectionPath(.theme, concept.slug, language: language)
                let label = portal.label(concept.uri, in: language)
                sink.write(base + "feed.xml", feed(title: "\(label) – \(portal.configuration.title)", path: base + "feed.xml", alternate: base, pages: themePages, language: language))
                count += 1
            }
        }
        return count
    }

    /// Site paths of every feed, so that links to them can be checked before rendering.
    func paths() -> [String] {
        var paths: [String] = []
        for language in portal.configuration.languages {
            paths.append(layout.root(language) + "feed.xml")
            for agency in portal.agencies where portal.pages.contains(where: { $0.agency == agency.id && $0.language == language }) {
                paths.append(layout.sectionPath(.agency, agency.id, language: language) + "feed.xml")
            }
            for concept in portal.vocabulary.concepts where (concept.kind == .theme || concept.kind == .subTheme) && !portal.topics.pages(for: concept.uri, language: language).isEmpty {
                paths.append(layout.sectionPath(.theme, concept.slug, language: language) + "feed.xml")
            }
        }
        return paths
    }

    private func feed(title: String, path: String, alternate: String, pages: [Int], language: String) -> String {
        let sorted = pages.sorted { a, b in
            let (x, y) = (portal.pages[a], portal.pages[b])
            return x.updated != y.updated ? x.updated > y.updated : x.sourcePath < y.sourcePath
        }.prefix(Self.limit)
        let updated = sorted.first.map { portal.pages[$0].updated } ?? portal.pages.map(\.updated).max() ?? ISODate(daysSinceEpoch: 0)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language)">
          <title>\(XMLText.escape(title))</title>
          <id>\(XMLText.escape(layout.absoluteURL(path)))</id>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(layout.absoluteURL(path)))"/>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(layout.absoluteURL(alternate)))"/>
          <updated>\(updated)T00:00:00Z</updated>
          <author><name>\(XMLText.escape(portal.configuration.title))</name></author>

        """
        for index in sorted {
            let page = portal.pages[index]
            let url = layout.absoluteURL(layout.pagePath(slug: page.slug, language: page.language))
            let agency = portal.agencyName(page.agency, in: language)
            xml += """
              <entry>
                <title>\(XMLText.escape(page.title))</title>
                <id>\(XMLText.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
                <updated>\(page.updated)T00:00:00Z</updated>
                <author><name>\(XMLText.escape(agency))</name></author>
                <summary>\(XMLText.escape(page.description))</summary>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }
}
