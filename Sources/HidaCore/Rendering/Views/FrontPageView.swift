import Templates

/// The portal's front page per language: search, journeys, agencies and the latest updates.
enum FrontPageView {
    static func render(language: String, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let layout = context.layout
        let portal = context.portal
        let path = layout.frontPage(language)
        let journeys = portal.journeys.filter { $0.language == language }
            + portal.journeys.filter { journey in journey.language == context.configuration.defaultLanguage && !portal.journeys.contains { $0.id == journey.id && $0.language == language } }
        let agencies = portal.agencies.sortedNorwegian { context.agencyName($0.id, language) }
        // Indexes, not pages: filtering `portal.pages` would copy every page of the language.
        let latest = portal.pages.indices.filter { portal.pages[$0].language == language }
            .sorted { (portal.pages[$0].updated, portal.pages[$1].sourcePath) > (portal.pages[$1].updated, portal.pages[$0].sourcePath) }
            .prefix(6)
            .map { portal.pages[$0] }
        let themes: [TemplateValue] = portal.vocabulary.mainThemes
            .filter { portal.topics.hasContent($0.uri) }
            .sortedNorwegian { context.label($0.uri, language) }
            .map { theme in
                let children = portal.vocabulary.children(of: theme.uri)
                    .filter { portal.topics.hasContent($0.uri) }
                    .sortedNorwegian { context.label($0.uri, language) }
                return .object([
                    "label": .text(context.label(theme.uri, language)),
                    "url": .text(context.topicPath(theme.uri, language) ?? ""),
                    "sub_themes": .list(children.prefix(4).map { .object(["label": .text(context.label($0.uri, language)), "url": .text(context.topicPath($0.uri, language) ?? "")]) }),
                ])
            }
        let audiences: [TemplateValue] = Audience.allCases.map { audience in
            .object([
                "label": .text(context.text("audience_\(audience.rawValue)", language)),
                "description": .text(context.text("audience_\(audience.rawValue)_description", language)),
                "url": .text(layout.audiencePath(audience, language: language)),
            ])
        }
        let value: TemplateValue = .object([
            "themes": .list(themes),
            "audiences": .list(audiences),
            "journeys": .list(journeys.map { journey in
                .object([
                    "title": .text(journey.title),
                    "description": .text(journey.description),
                    "url": .text(layout.sectionPath(.journey, journey.id, language: journey.language)),
                    "lang": journey.language == language ? .null : .text(journey.language),
                ])
            }),
            "agencies": .list(agencies.map { agency in
                .object(["name": .text(context.agencyName(agency.id, language)), "url": .text(layout.sectionPath(.agency, agency.id, language: language))])
            }),
            "latest": .list(latest.map { PageSummary.value($0, in: language, context: context) }),
        ])
        let chrome = PageChrome(
            language: language, title: context.configuration.title, description: context.text("front_description", language), path: path,
            alternates: context.configuration.languages.map { ($0, layout.frontPage($0)) },
            breadcrumbs: [],
            structuredData: [.object([
                ("@context", .string("https://schema.org")),
                ("@type", .string("WebSite")),
                ("name", .string(context.configuration.title)),
                ("url", .string(layout.absoluteURL(path))),
                ("inLanguage", .string(language)),
            ])])
        let (html, diagnostics) = TemplateRendering.render("pages/front", chrome.value(context, page: value), context: context)
        return (path, html, diagnostics)
    }
}
