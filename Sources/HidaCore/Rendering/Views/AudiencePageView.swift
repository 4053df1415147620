import Templates

/// An entry page per audience (residents, business, voluntary organisations): its services and pages, by theme.
enum AudiencePageView {
    static func render(_ audience: Audience, language: String, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let portal = context.portal
        let layout = context.layout
        let path = layout.audiencePath(audience, language: language)
        let title = context.text("audience_\(audience.rawValue)", language)
        var pages: [Int] = []
        for index in portal.pages.indices where !portal.pages[index].isTranslation && portal.pages[index].audience.contains(audience) {
            if let shown = portal.translationIndex(ofKey: portal.pages[index].key, in: language) { pages.append(shown) }
        }
        var groups: [String: [Int]] = [:]
        let numbers = context.concepts
        for index in pages {
            let theme = numbers.pageTopics[index].lazy.map { numbers.mainTheme[Int($0)] }.first { $0 >= 0 }
            groups[theme.map { numbers.uris[$0] } ?? "", default: []].append(index)
        }
        // Themes in Norwegian order, then the pages under no theme.
        // Sorted by URI first, so that two themes with the same label keep one order from run to run.
        let ordered = groups.keys.sorted().filter { !$0.isEmpty }.sortedNorwegian { context.label($0, language) }
            + (groups[""] == nil ? [] : [""])
        let services = pages.filter { portal.pages[$0].type == .service }
        let value: TemplateValue = .object([
            "title": .text(title),
            "intro": .text(context.text("audience_\(audience.rawValue)_description", language)),
            "services": .list(PageSummary.list(services, in: language, context: context)),
            "has_services": .bool(!services.isEmpty),
            "groups": .list(ordered.map { theme in
                let members = groups[theme] ?? []
                let label = theme.isEmpty ? context.text("topic_general", language) : context.label(theme, language)
                let url = theme.isEmpty ? nil : context.topicPath(theme, language)
                // A theme's group is a preview: its topic page lists everything under it.
                let limit = url == nil ? Int.max : PageSummary.previewLength
                return .object([
                    "label": .text(label),
                    "url": url.map { .text($0) } ?? .null,
                    "pages": .list(PageSummary.list(members, in: language, context: context, limit: limit)),
                    "more": PageSummary.moreLink(count: members.count, to: url, about: label, in: language, context: context),
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
