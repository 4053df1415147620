/// Atom feeds (RFC 4287), newest updates first: the whole portal, each agency and each theme, per language.
struct FeedWriter {
    let portal: Portal
    let layout: SiteLayout
    /// The most entries a feed carries; readers only need what is recent.
    static let limit = 50

    /// One feed file and the pages it draws its entries from.
    private struct Feed {
        let path: String
        let title: String
        let alternate: String
        let pages: [Int]
        let language: String
    }

    func write(into sink: some OutputSink) -> Int {
        let feeds = plannedFeeds()
        let rank = recencyRank()
        for feed in feeds {
            sink.write(feed.path, bytes: xml(feed, rank: rank))
        }
        return feeds.count
    }

    /// Site paths of every feed, so that links to them can be checked before rendering.
    func paths() -> [String] {
        plannedFeeds().map(\.path)
    }

    private func plannedFeeds() -> [Feed] {
        let siteTitle = portal.configuration.title
        var feeds: [Feed] = []
        for language in portal.configuration.languages {
            let pages = portal.pages.indices.filter { portal.pages[$0].language == language }
            let root = layout.root(language) + "feed.xml"
            feeds.append(Feed(path: root, title: siteTitle, alternate: layout.frontPage(language), pages: pages, language: language))
            for agency in portal.agencies {
                let agencyPages = pages.filter { portal.pages[$0].agency == agency.id }
                guard !agencyPages.isEmpty else { continue }
                let base = layout.sectionPath(.agency, agency.id, language: language)
                let name = portal.agencyName(agency.id, in: language)
                feeds.append(Feed(path: base + "feed.xml", title: "\(name) – \(siteTitle)", alternate: base, pages: agencyPages, language: language))
            }
            for concept in portal.vocabulary.concepts where concept.kind == .theme || concept.kind == .subTheme {
                let themePages = portal.topics.pages(for: concept.uri, language: language)
                guard !themePages.isEmpty else { continue }
                let base = layout.sectionPath(.theme, concept.slug, language: language)
                let label = portal.label(concept.uri, in: language)
                feeds.append(Feed(path: base + "feed.xml", title: "\(label) – \(siteTitle)", alternate: base, pages: themePages, language: language))
            }
        }
        return feeds
    }

    /// Per page index, its place in feed order: newest update first, then by source path. Computed once, so that
    /// the hundreds of feeds sort by comparing integers.
    private func recencyRank() -> [Int] {
        let pages = portal.pages
        let order = pages.indices.sorted { a, b in
            pages[a].updated != pages[b].updated ? pages[a].updated > pages[b].updated : pages[a].sourcePath < pages[b].sourcePath
        }
        var rank = [Int](repeating: 0, count: pages.count)
        for (place, index) in order.enumerated() { rank[index] = place }
        return rank
    }

    private func xml(_ feed: Feed, rank: [Int]) -> [UInt8] {
        let (title, path, alternate, language) = (feed.title, feed.path, feed.alternate, feed.language)
        let sorted = feed.pages.sorted { rank[$0] < rank[$1] }.prefix(Self.limit)
        let updated = sorted.first.map { portal.pages[$0].updated } ?? portal.pages.indices.map { portal.pages[$0].updated }.max() ?? ISODate(daysSinceEpoch: 0)
        var xml = XMLWriter(capacity: 512 * (sorted.count + 2))
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        xml.raw(language)
        xml.raw("\">\n  <title>")
        xml.text(title)
        xml.raw("</title>\n  <id>")
        xml.text(layout.absoluteURL(path))
        xml.raw("</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        xml.text(layout.absoluteURL(path))
        xml.raw("\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"")
        xml.text(layout.absoluteURL(alternate))
        xml.raw("\"/>\n  <updated>")
        xml.raw(updated.description)
        xml.raw("T00:00:00Z</updated>\n  <author><name>")
        xml.text(portal.configuration.title)
        xml.raw("</name></author>\n")
        for index in sorted {
            let url = layout.absoluteURL(layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language))
            xml.raw("  <entry>\n    <title>")
            xml.text(portal.pages[index].title)
            xml.raw("</title>\n    <id>")
            xml.text(url)
            xml.raw("</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
            xml.text(url)
            xml.raw("\"/>\n    <updated>")
            xml.raw(portal.pages[index].updated.description)
            xml.raw("T00:00:00Z</updated>\n    <author><name>")
            xml.text(portal.agencyName(portal.pages[index].agency, in: language))
            xml.raw("</name></author>\n    <summary>")
            xml.text(portal.pages[index].description)
            xml.raw("</summary>\n  </entry>\n")
        }
        xml.raw("</feed>\n")
        return xml.bytes
    }
}
