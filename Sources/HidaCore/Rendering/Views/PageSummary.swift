import Templates

/// A page as a list entry: title, link, description and owner, shown on agency, front and topic pages.
enum PageSummary {
    static func value(_ page: Page, in language: String, context: RenderContext) -> TemplateValue {
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
