/// `/sitemap.xml` with `lastmod` and hreflang alternates, and `/robots.txt` naming it.
struct SitemapWriter {
    let portal: Portal
    let layout: SiteLayout
    /// Each page's site path, by index into `portal.pages` (`LinkResolver.pagePaths`).
    let pagePaths: [String]

    func write(into sink: some OutputSink) -> Int {
        sink.write("/sitemap.xml", bytes: sitemap())
        sink.write("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: \(layout.absoluteURL("/sitemap.xml"))\n")
        return 2
    }

    private struct Entry {
        var path: String
        var modified: ISODate?
        /// Every language version of the same page, this one included.
        var alternates: [(language: String, path: String)]
    }

    private func entries() -> [Entry] {
        var entries: [Entry] = []
        let languages = portal.configuration.languages
        let newest = portal.pages.indices.map { portal.pages[$0].updated }.max()
        for language in languages {
            entries.append(Entry(path: layout.frontPage(language), modified: newest, alternates: languages.map { ($0, layout.frontPage($0)) }))
        }
        for index in portal.pages.indices {
            let versions = portal.languageVersions(ofKey: portal.pages[index].key).map { (portal.pages[$0].language, pagePaths[$0]) }
            entries.append(Entry(path: pagePaths[index], modified: portal.pages[index].updated, alternates: versions.count > 1 ? versions : []))
        }
        for journey in portal.journeys {
            let versions = portal.journeys.filter { $0.id == journey.id }.map { ($0.language, layout.sectionPath(.journey, $0.id, language: $0.language)) }
            entries.append(Entry(path: layout.sectionPath(.journey, journey.id, language: journey.language), modified: journey.updated, alternates: versions.count > 1 ? versions : []))
        }
        var newestOfAgency: [String: ISODate] = [:]
        for index in portal.pages.indices {
            let updated = portal.pages[index].updated
            newestOfAgency[portal.pages[index].agency] = max(newestOfAgency[portal.pages[index].agency] ?? updated, updated)
        }
        for agency in portal.agencies {
            let newestPage = newestOfAgency[agency.id]
            for language in languages {
                entries.append(Entry(path: layout.sectionPath(.agency, agency.id, language: language), modified: newestPage, alternates: languages.map { ($0, layout.sectionPath(.agency, agency.id, language: $0)) }))
            }
        }
        for concept in portal.vocabulary.concepts where concept.kind != .lifeEvent && portal.topics.hasContent(concept.uri) {
            let section: SiteLayout.Section = concept.kind == .word ? .word : .theme
            for language in languages {
                let newestPage = portal.topics.pages(for: concept.uri, language: language).map { portal.pages[$0].updated }.max()
                entries.append(Entry(path: layout.sectionPath(section, concept.slug, language: language), modified: newestPage, alternates: languages.map { ($0, layout.sectionPath(section, concept.slug, language: $0)) }))
            }
        }
        return entries
    }

    private func sitemap() -> [UInt8] {
        var xml = XMLWriter(capacity: 256 * portal.pages.count)
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")
        for entry in entries() {
            xml.raw("  <url>\n    <loc>")
            xml.text(layout.absoluteURL(entry.path))
            xml.raw("</loc>\n")
            if let modified = entry.modified {
                xml.raw("    <lastmod>")
                xml.raw(modified.description)
                xml.raw("</lastmod>\n")
            }
            for alternate in entry.alternates {
                xml.raw("    <xhtml:link rel=\"alternate\" hreflang=\"")
                xml.raw(alternate.language)
                xml.raw("\" href=\"")
                xml.text(layout.absoluteURL(alternate.path))
                xml.raw("\"/>\n")
            }
            xml.raw("  </url>\n")
        }
        xml.raw("</urlset>\n")
        return xml.bytes
    }
}
