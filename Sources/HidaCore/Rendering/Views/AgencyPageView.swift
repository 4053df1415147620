import Foundation
import Templates

/// An agency's profile and the list of its pages, in one language.
enum AgencyPageView {
    static func render(_ agency: Agency, language: String, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let layout = context.layout
        let portal = context.portal
        let path = layout.sectionPath(.agency, agency.id, language: language)
        let name = context.agencyName(agency.id, language)
        var pages: [Int] = []
        for index in portal.pages.indices where portal.pages[index].agency == agency.id && !portal.pages[index].isTranslation {
            if let shown = portal.translationIndex(ofKey: portal.pages[index].key, in: language) { pages.append(shown) }
        }
        let descriptionSource = agency.description.values[language] ?? agency.description.text(in: context.configuration.defaultLanguage)
        let body = MarkdownBody(descriptionSource, firstLine: agency.descriptionFirstLine, sourcePath: agency.sourcePath, language: language, context: context)
        let value: TemplateValue = .object([
            "name": .text(name),
            "description": .htmlUTF8(body.html),
            "website": agency.url.map { .text($0) } ?? .null,
            "org_number": agency.organisationNumber.map { .text($0) } ?? .null,
            "email": agency.email.map { .text($0) } ?? .null,
            "phone": agency.phone.map { .text($0) } ?? .null,
            "pages": .list(PageSummary.list(pages, in: language, context: context)),
            "page_count": .number(pages.count),
            "feed_url": hasPages(agency.id, in: language, portal) ? .text(path + "feed.xml") : .null,
        ])
        let crumbs: [(title: String, path: String)] = [(context.text("home", language), layout.frontPage(language))]
        let summary = context.text("agency_description", language).replacingPlaceholder(name)
        let chrome = PageChrome(
            language: language, title: name, description: summary, path: path,
            alternates: context.configuration.languages.map { ($0, layout.sectionPath(.agency, agency.id, language: $0)) },
            breadcrumbs: crumbs,
            structuredData: [StructuredData.breadcrumbs(crumbs, current: name, path: path, layout: layout)])
        let (html, diagnostics) = TemplateRendering.render("pages/agency", chrome.value(context, page: value), context: context)
        // The profile body is rendered once per language; report its problems only for the language it is written in.
        return (path, html, (language == context.configuration.defaultLanguage ? body.diagnostics : []) + diagnostics)
    }

    /// Whether the agency has a page in `language` (and so a feed). By index: `contains(where:)` copied every page
    /// it passed, all of them for a language the agency has no pages in.
    private static func hasPages(_ agency: String, in language: String, _ portal: Portal) -> Bool {
        portal.pages.indices.contains { portal.pages[$0].agency == agency && portal.pages[$0].language == language }
    }
}

extension String {
    /// Fills the theme's `{}` placeholder in a UI string.
    func replacingPlaceholder(_ value: String) -> String {
        guard let range = range(of: "{}") else { return self }
        return replacingCharacters(in: range, with: value)
    }
}
