import Templates

/// A page as a list entry: title, link, description and owner, shown on agency, front and topic pages.
enum PageSummary {
    /// Entries a long group on a theme or audience page shows before it links to the narrower page that lists them
    /// all: enough to see what a topic holds, without turning one page into a directory of thousands of links.
    static let previewLength = 10

    /// The pages (indexes into `portal.pages`) in Norwegian title order, as list entries; at most `limit` of them.
    static func list(_ pages: [Int], in language: String, context: RenderContext, limit: Int = .max) -> [TemplateValue] {
        context.firstByTitle(pages, limit: limit).map { value(ofPageAt: $0, in: language, context: context) }
    }

    /// The link under a shortened group to the page that lists all of it; nil when nothing was left out.
    static func moreLink(count: Int, to path: String?, about label: String, in language: String, context: RenderContext) -> TemplateValue {
        guard count > previewLength, let path else { return .null }
        return .object([
            "url": .text(path),
            "text": .text(context.text("group_all_pages", language).replacingPlaceholder(label)),
            "count": .number(count),
        ])
    }

    static func value(_ page: Page, in language: String, context: RenderContext) -> TemplateValue {
        entry(title: page.title, url: context.layout.pagePath(slug: page.slug, language: page.language), pageLanguage: page.language,
              description: page.description, agency: page.agency, isService: page.type == .service, updated: page.updated,
              in: language, context: context)
    }

    /// The entry of `portal.pages[index]`: from the context's table of entries when it has one.
    static func value(ofPageAt index: Int, in language: String, context: RenderContext) -> TemplateValue {
        context.summaries?.entry(ofPageAt: index, in: language) ?? entry(ofPageAt: index, in: language, context: context)
    }

    /// The entry of `portal.pages[index]` made anew, its fields read in place: lists of thousands of entries would
    /// otherwise copy every page they show.
    static func entry(ofPageAt index: Int, in language: String, context: RenderContext) -> TemplateValue {
        let pages = context.portal.pages
        return entry(title: pages[index].title, url: context.links.pagePaths[index], pageLanguage: pages[index].language,
                     description: pages[index].description, agency: pages[index].agency,
                     isService: pages[index].type == .service, updated: pages[index].updated, in: language, context: context)
    }

    private static func entry(
        title: String, url: String, pageLanguage: String, description: String, agency: String, isService: Bool,
        updated: ISODate, in language: String, context: RenderContext
    ) -> TemplateValue {
        .object([
            "title": .text(title),
            "url": .text(url),
            "description": .text(description),
            "agency_name": .text(context.agencyName(agency, language)),
            "is_service": .bool(isService),
            "lang": pageLanguage == language ? .null : .text(pageLanguage),
            "updated_iso": .text(updated.description),
        ])
    }
}
