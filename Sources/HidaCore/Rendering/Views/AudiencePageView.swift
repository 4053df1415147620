import Templates

/// An entry page per audience (residents, business, voluntary organisations): its services and pages, by theme.
enum AudiencePageView {
    static func render(_ audience: Audience, language: String, context: RenderContext) -> (path: String, html: String?, diagnostics: [Diagnostic]) {
        let portal = context.portal
        let layout = context.layout
        let path = layout.audiencePath(audience, language: language)
        let title = context.text("audience_\(audience.rawValue)", language)
        var pages: [Page] = []
        for page in portal.pages where !page.isTranslation && page.audience.contains(audience) {
            if let shown = portal.translation(of: page, in: language) { pages.append(shown) }
        }
        var groups: [String: [Page]] = [:]
        for page in pages {
            let theme = page.topics.lazy.compactMap { uri in TopicIndex.ancestry(of: [uri], vocabulary: portal.vocabulary).first { portal.vocabulary.concept(uri: $0)?.kind == .theme } }.first ?? ""
            groups[theme, default: []].append(page)
        }
        let ordered = groups.keys.sorted { a, b in
            if a.isEmpty != b.isEmpty { return b.isEmpty }
            return NorwegianCollation.compare(context.label(a, language), context.label(b, language))
        }
        let value: TemplateValue = .object([
            "title": .text(title),
            "intro": .text(context.text("audience_\(audience.rawValue)_description", language)),
            "services": .list(pages.filter { $0.type == .service }.sortedNorwegian(by: \.title).map { PageSummary.value($0, in: language, context: context) }),
            "has_services": .bool(pages.contains { $0.type == .service }),
            "groups": .list(ordered.map { theme in
                .object([
                    "label": .text(theme.isEmpty ? context.text("topic_general", language) : context.label(theme, language)),
                    "url": theme.isEmpty ? .null : context.topicPath(theme, language).map { .text($0) } ?? .null,
                    "pages": .list((groups[theme] ?? []).sortedNorwegian(by: \.title).map { PageSummary.value($0, in: language, context: context) }),
                ])
            }),
        ])
        let crumbs: [(title: String, path: String)] = [(context.text("home", language), layout.frontPage(language))]
        let chrome = PageChrome(
            language: language, title: title, description: context.text("audience_\(audience.rawValue)_description", language), path: path,
            alternates: context.configuration.languages.map { ($0, layout.audiencePath(audience, language: $0)) },
            breadcrumbs: crumbs,
            structuredData: [StructuredData.breadcrumbs(crumbs, current: title, path: path, layout: layout)])
        let (html, diagnostics) = TemplateRendering.render("pages/audience", chrome.value(context, page: value), context: context)
        return (path, html, diagnostics)
    }
}
