import Foundation
import Markdown
import Templates

/// An agency's page as the theme sees it: body, owning agency, date, topics and, for a service, where to start it.
enum ContentPageView {
    static func render(_ page: Page, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        render(page, body: MarkdownDocument.parse(page.body, options: .portal), context: context)
    }

    /// Renders a page whose body the build already parsed (with `.portal` options) for the page checks.
    static func render(_ page: Page, body document: MarkdownDocument, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let layout = context.layout
        let language = page.language
        let path = layout.pagePath(slug: page.slug, language: language)
        let body = MarkdownBody(document, firstLine: page.bodyFirstLine, sourcePath: page.sourcePath, language: language, context: context)
        let agency = context.portal.agency(page.agency)
        let agencyName = context.agencyName(page.agency, language)
        let crumbs: [(title: String, path: String)] = [
            (context.text("home", language), layout.frontPage(language)),
            (agencyName, layout.sectionPath(.agency, page.agency, language: language)),
        ]
        let topics: [TemplateValue] = page.topics.compactMap { uri in
            guard context.portal.vocabulary.position(of: uri) != nil else { return nil }
            return .object(["label": .text(context.label(uri, language)), "uri": .text(uri), "url": context.topicPath(uri, language).map { .text($0) } ?? .null])
        }
        let alsoRead = alsoRead(for: page, context: context)
        let value: TemplateValue = .object([
            "title": .text(page.title),
            "description": .text(page.description),
            "body": .htmlUTF8(body.html),
            "agency_name": .text(agencyName),
            "agency_url": .text(layout.sectionPath(.agency, page.agency, language: language)),
            "agency_site": agency?.url.map { .text($0) } ?? .null,
            "updated": .text(context.displayDate(page.updated, language)),
            "updated_iso": .text(page.updated.description),
            "topics": .list(topics),
            "has_topics": .bool(!topics.isEmpty),
            "is_service": .bool(page.type == .service),
            "service_url": page.serviceURL.map { .text($0) } ?? .null,
            "type_label": .text(context.text("type_\(page.type.rawValue)", language)),
            "journeys": .list(journeyBoxes(for: page, context: context)),
            "about_links_url": .text(context.layout.sectionPath(.aboutLinks, language: language)),
            "also_read": .list(alsoRead),
            "has_also_read": .bool(!alsoRead.isEmpty),
        ])
        let chrome = PageChrome(
            language: language, title: page.title, description: page.description, path: path,
            alternates: context.portal.languageVersions(of: page).map { (context.portal.pages[$0].language, context.links.pagePaths[$0]) },
            breadcrumbs: crumbs,
            structuredData: [
                StructuredData.page(page, path: path, context: context),
                StructuredData.breadcrumbs(crumbs, current: page.title, path: path, layout: layout),
            ])
        let (html, templateDiagnostics) = TemplateRendering.render("pages/page", chrome.value(context, page: value), context: context)
        return (path, html, body.diagnostics + templateDiagnostics)
    }

    /// The "users who read this also read" links, in the page's language.
    private static func alsoRead(for page: Page, context: RenderContext) -> [TemplateValue] {
        guard let index = context.portal.translations[page.key]?[page.language] else { return [] }
        return context.portal.alsoVisited.recommendations(forPage: index).compactMap { target in
            switch target {
            case .page(let other):
                // Read in place: a `Page` copy retains some fifteen strings and arrays, for every link of every page.
                let pages = context.portal.pages
                return .object(["title": .text(pages[other].title), "url": .text(context.links.pagePaths[other]), "agency_name": .text(context.agencyName(pages[other].agency, page.language))])
            case .journey(let other):
                let journey = context.portal.journeys[other]
                return .object(["title": .text(journey.title), "url": .text(context.layout.sectionPath(.journey, journey.id, language: journey.language)), "agency_name": .text(context.text("life_event", page.language))])
            case .navigation:
                return nil
            }
        }
    }

    /// "Step 3 of 7: …" with the previous and next step, for each journey the page is part of.
    private static func journeyBoxes(for page: Page, context: RenderContext) -> [TemplateValue] {
        let language = page.language
        return context.portal.journeyIndex.memberships(of: page).compactMap { membership in
            guard let journey = context.portal.journey(membership.journey, in: language) else { return nil }
            let order = journey.order
            let url = context.layout.sectionPath(.journey, journey.id, language: journey.language)
            func step(_ position: Int) -> TemplateValue {
                guard order.indices.contains(position) else { return .null }
                let step = journey.steps[order[position]]
                return .object(["title": .text(step.title), "url": .text(url + "#steg-" + step.id), "number": .number(position + 1)])
            }
            let current = journey.steps[order[membership.position]]
            let position = context.text("journey_position", language)
                .replacingOccurrences(of: "{n}", with: String(membership.position + 1))
                .replacingOccurrences(of: "{m}", with: String(order.count))
            return .object([
                "title": .text(journey.title),
                "url": .text(url),
                "lang": journey.language == language ? .null : .text(journey.language),
                "position": .text(position),
                "step_title": .text(current.title),
                "previous": step(membership.position - 1),
                "next": step(membership.position + 1),
            ])
        }
    }
}
