import Templates

/// The portal's own fixed pages whose text lives in the theme: not found, privacy, accessibility statement, search.
enum InformationPageView {
    enum Kind: CaseIterable {
        case notFound, privacy, accessibility, search, aboutLinks

        var template: String {
            switch self {
            case .notFound: "pages/not-found"
            case .privacy: "pages/privacy"
            case .accessibility: "pages/accessibility"
            case .search: "pages/search"
            case .aboutLinks: "pages/about-links"
            }
        }

        var titleKey: String {
            switch self {
            case .notFound: "not_found_title"
            case .privacy: "privacy_title"
            case .accessibility: "accessibility_title"
            case .search: "search_title"
            case .aboutLinks: "about_links_title"
            }
        }
    }

    static func path(_ kind: Kind, language: String, layout: SiteLayout) -> String {
        switch kind {
        case .notFound: layout.root(language) + "404.html"
        case .privacy: layout.sectionPath(.privacy, language: language)
        case .accessibility: layout.sectionPath(.accessibility, language: language)
        case .search: layout.sectionPath(.search, language: language)
        case .aboutLinks: layout.sectionPath(.aboutLinks, language: language)
        }
    }

    static func render(_ kind: Kind, language: String, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let layout = context.layout
        let path = path(kind, language: language, layout: layout)
        let title = context.text(kind.titleKey, language)
        let crumbs: [(title: String, path: String)] = [(context.text("home", language), layout.frontPage(language))]
        var chrome = PageChrome(
            language: language, title: title, description: title, path: path,
            alternates: context.configuration.languages.map { ($0, Self.path(kind, language: $0, layout: layout)) },
            breadcrumbs: crumbs,
            structuredData: [StructuredData.breadcrumbs(crumbs, current: title, path: path, layout: layout)])
        chrome.robotsNoIndex = kind == .notFound
        let (html, diagnostics) = TemplateRendering.render(kind.template, chrome.value(context, page: .object([:])), context: context)
        return (path, html, diagnostics)
    }
}
