import Templates

/// A page as a list entry: title, link, description and owner, shown on agency, front and topic pages.
enum PageSummary {
    /// Entries a long group on a theme or audience page shows before it links to the narrower page that lists them
    /// all: enough to see what a topic holds, without turning one page into a directory of thousands of links.
    static let previewLength = 10

    /// The pages (indexes into `portal.pages`) in Norwegian title order, as list entries; at most `limit` of them.
    static func list(_ pages: [Int], in language: String, context: RenderContext, limit: Int = .max) -> [TemplateValue] {
        context.sortedByTitle(pages).prefix(limit).map { value(ofPageAt: $0, in: language, context: context) }
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
        value(of: page, in: language, context: context)
    }

    /// The entry of `portal.pages[index]`, read in place: lists of thousands of entries would otherwise copy every
    /// page they show.
    static func value(ofPageAt index: Int, in language: String, context: RenderContext) -> TemplateValue {
        context.portal.pages.withUnsafeBufferPointer { value(of: $0[index], in: language, context: context) }
    }

    private static func value(of page: borrowing Page, in language: String, context: RenderContext) -> TemplateValue {
        .object([
            "title": .text(page.title),
            "url": .text(context.layout.pagePath(slug: page.slug, language: page.language)),
            "description": .text(page.description),
            "agency_name": .text(context.agencyName(page.agency, language)),
            "is_service": .bool(page.type == .service),
            "lang": page.language == language ? .null : .text(page.language),
            "updated_iso": .text(page.updated.description),
        ])
    }
}
