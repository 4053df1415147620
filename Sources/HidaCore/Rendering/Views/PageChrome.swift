import ByteBuffer
import Templates

/// The parts every HTML page shares: head metadata, header, language switcher, breadcrumbs and footer.
struct PageChrome {
    var language: String
    var title: String
    var description: String
    /// Site path of this page.
    var path: String
    /// Language → site path of this page in that language (including this one).
    var alternates: [(language: String, path: String)]
    /// Ancestors, from the front page down; the current page is added by the template.
    var breadcrumbs: [(title: String, path: String)]
    var structuredData: [JSONValue]
    var robotsNoIndex = false

    private static let scriptStart: StaticString = "<script type=\"application/ld+json\">"
    private static let scriptEnd: StaticString = "</script>"

    func value(_ context: RenderContext, page: TemplateValue) -> TemplateValue {
        let layout = context.layout
        let configuration = context.configuration
        let isFront = path == layout.frontPage(language)
        var languages: [TemplateValue] = []
        for code in configuration.languages {
            let target = alternates.first { $0.language == code }?.path ?? layout.frontPage(code)
            languages.append(.object([
                "code": .text(code), "name": .text(Language.nativeName(code)), "url": .text(target),
                "current": .bool(code == language), "available": .bool(alternates.contains { $0.language == code }),
            ]))
        }
        let crumbs: [TemplateValue] = isFront ? [] : breadcrumbs.map { .object(["title": .text($0.title), "url": .text($0.path)]) }
        let documentTitle = isFront ? configuration.title : "\(title) – \(configuration.title)"
        // Written as bytes, for `TemplateValue.htmlUTF8`: every page has two or three of these.
        let jsonLD = OutputBuffer(capacity: 2048)
        for (index, data) in structuredData.enumerated() {
            if index > 0 { jsonLD.append(UInt8(ascii: "\n")) }
            jsonLD.append(Self.scriptStart)
            data.write(to: jsonLD, htmlSafe: true)
            jsonLD.append(Self.scriptEnd)
        }
        return .object([
            "lang": .text(language),
            "t": context.theme.strings(for: language),
            "site_title": .text(configuration.title),
            "home_url": .text(layout.frontPage(language)),
            "search_url": .text(layout.sectionPath(.search, language: language)),
            "search_index": .text("/search/\(language)/"),
            "search_stemmer": .text(SearchAnalyzer(language: language).stemmerName),
            "privacy_url": .text(layout.sectionPath(.privacy, language: language)),
            "accessibility_url": .text(layout.sectionPath(.accessibility, language: language)),
            "document_title": .text(documentTitle),
            "title": .text(title),
            "description": .text(description),
            "canonical": .text(layout.absoluteURL(path)),
            "alternates": .list(alternates.map { .object(["lang": .text($0.language), "url": .text(layout.absoluteURL($0.path))]) }),
            "languages": .list(languages),
            "breadcrumbs": .list(crumbs),
            "has_breadcrumbs": .bool(!crumbs.isEmpty),
            "jsonld": .htmlUTF8(jsonLD.bytes),
            "noindex": .bool(robotsNoIndex),
            "feed_url": .text(layout.root(language) + "feed.xml"),
            "feed_title": .text(configuration.title),
            "page": page,
        ])
    }
}
