import Templates

/// A life-event journey: numbered steps in order, parallel steps grouped, each with the pages that cover it.
enum JourneyPageView {
    static func render(_ journey: Journey, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let layout = context.layout
        let portal = context.portal
        let language = journey.language
        let path = layout.sectionPath(.journey, journey.id, language: language)
        let body = MarkdownBody(journey.body, firstLine: journey.bodyFirstLine, sourcePath: journey.sourcePath, language: language, context: context)
        var number = 0
        let stages: [TemplateValue] = journey.stages.map { stage in
            let steps: [TemplateValue] = stage.map { index in
                number += 1
                let step = journey.steps[index]
                let pages: [TemplateValue] = step.pages.compactMap { reference in
                    guard let original = portal.page(slug: reference.value, language: context.configuration.defaultLanguage),
                          let page = portal.translation(of: original, in: language) else { return nil }
                    var summary = PageSummary.value(page, in: language, context: context)
                    if case .object(var fields) = summary {
                        fields["service_url"] = page.serviceURL.map { .text($0) } ?? .null
                        summary = .object(fields)
                    }
                    return summary
                }
                return .object([
                    "number": .number(number),
                    "id": .text(step.id),
                    "title": .text(step.title),
                    "summary": step.summary.map { .text($0) } ?? .null,
                    "optional": .bool(step.isOptional),
                    "pages": .list(pages),
                ])
            }
            return .object(["steps": .list(steps), "parallel": .bool(stage.count > 1)])
        }
        let value: TemplateValue = .object([
            "title": .text(journey.title),
            "description": .text(journey.description),
            "intro": .htmlUTF8(body.html),
            "stages": .list(stages),
            "step_count": .number(number),
            "updated": .text(context.displayDate(journey.updated, language)),
            "updated_iso": .text(journey.updated.description),
        ])
        let crumbs: [(title: String, path: String)] = [(context.text("home", language), layout.frontPage(language))]
        let alternates = portal.journeys.filter { $0.id == journey.id }.map { ($0.language, layout.sectionPath(.journey, $0.id, language: $0.language)) }
        let chrome = PageChrome(
            language: language, title: journey.title, description: journey.description, path: path,
            alternates: context.configuration.languages.compactMap { code in alternates.first { $0.0 == code } },
            breadcrumbs: crumbs,
            structuredData: [StructuredData.breadcrumbs(crumbs, current: journey.title, path: path, layout: layout)])
        let (html, diagnostics) = TemplateRendering.render("pages/journey", chrome.value(context, page: value), context: context)
        return (path, html, body.diagnostics + diagnostics)
    }
}
