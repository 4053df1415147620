import Templates

/// LOS theme pages (`/tema/<slug>/`) and word pages (`/emne/<slug>/`): the map of the public sector by subject.
enum TopicPageView {
    static func render(_ uri: String, language: String, context: RenderContext) -> (path: String, html: [UInt8]?, diagnostics: [Diagnostic]) {
        let portal = context.portal
        let layout = context.layout
        guard let concept = portal.vocabulary.concept(uri: uri), let path = context.topicPath(uri, language) else {
            return ("", nil, [])
        }
        let title = context.label(uri, language)
        var diagnostics: [Diagnostic] = []
        var introduction: TemplateValue = .null
        if concept.kind != .word, let intro = editorialIntroduction(for: concept.slug, language: language, portal: portal) {
            let body = MarkdownBody(intro.body, firstLine: intro.bodyFirstLine, sourcePath: intro.sourcePath, language: language, context: context)
            if intro.language == language { diagnostics += body.diagnostics }
            introduction = .htmlUTF8(body.html)
        }
        let subThemes: [TemplateValue] = concept.kind == .theme ? portal.vocabulary.children(of: uri)
            .filter { portal.topics.hasContent($0.uri) }
            .sortedNorwegian { context.label($0.uri, language) }
            .map { child in
                .object([
                    "label": .text(context.label(child.uri, language)),
                    "url": .text(context.topicPath(child.uri, language) ?? ""),
                    "count": .number(portal.topics.pages(for: child.uri, language: language).count),
                ])
            } : []
        let journeys: [TemplateValue] = portal.topics.journeys(for: uri, language: language).map { index in
            let journey = portal.journeys[index]
            return .object([
                "title": .text(journey.title),
                "description": .text(journey.description),
                "url": .text(layout.sectionPath(.journey, journey.id, language: journey.language)),
                "lang": journey.language == language ? .null : .text(journey.language),
            ])
        }
        let related: [TemplateValue] = concept.kind == .word ? concept.related
            .filter { portal.vocabulary.kind(of: $0) == .word && portal.topics.hasContent($0) }
            .sortedNorwegian { context.label($0, language) }
            .map { .object(["label": .text(context.label($0, language)), "url": .text(context.topicPath($0, language) ?? "")]) } : []
        let value: TemplateValue = .object([
            "title": .text(title),
            "kind_label": .text(context.text(concept.kind == .word ? "topic_word" : "topic_theme", language)),
            "definition": concept.note.text(in: language, fallback: [context.configuration.defaultLanguage]).map { .text($0) } ?? .null,
            "introduction": introduction,
            "sub_themes": .list(subThemes),
            "has_sub_themes": .bool(!subThemes.isEmpty),
            "journeys": .list(journeys),
            "has_journeys": .bool(!journeys.isEmpty),
            "groups": .list(groups(for: concept, language: language, context: context)),
            "related": .list(related),
            "has_related": .bool(!related.isEmpty),
            "feed_url": concept.kind == .word || portal.topics.pages(for: uri, language: language).isEmpty ? .null : .text(path + "feed.xml"),
        ])
        let crumbs = breadcrumbs(for: concept, language: language, context: context)
        let description = context.text("topic_description", language).replacingPlaceholder(title)
        let chrome = PageChrome(
            language: language, title: title, description: description, path: path,
            alternates: context.configuration.languages.compactMap { code in context.topicPath(uri, code).map { (code, $0) } },
            breadcrumbs: crumbs,
            structuredData: [StructuredData.breadcrumbs(crumbs, current: title, path: path, layout: layout)])
        let (html, templateDiagnostics) = TemplateRendering.render("pages/topic", chrome.value(context, page: value), context: context)
        return (path, html, diagnostics + templateDiagnostics)
    }

    /// Pages grouped by word (pages tagged with a theme directly form their own group), in Norwegian order.
    /// On a theme page each word's group is a preview that links to the word's own page.
    private static func groups(for concept: Concept, language: String, context: RenderContext) -> [TemplateValue] {
        let portal = context.portal
        let numbers = context.concepts
        guard let target = numbers.numberOfURI[concept.uri] else { return [] }
        // Groups by concept number in arrays, not a dictionary of arrays: a theme page places thousands of pages.
        var grouping = Grouping(conceptCount: numbers.uris.count)
        numbers.pageTopics.withUnsafeBufferPointer { pageTopics in
            for index in portal.topics.pages(for: concept.uri, language: language) {
                var placed = false
                for topic in pageTopics[index] {
                    let topic = Int(topic)
                    guard numbers.concept(topic, isUnder: target) else { continue }
                    grouping.place(index, in: numbers.isWord[topic] ? topic : target)
                    placed = true
                }
                if !placed { grouping.place(index, in: target) }
            }
        }
        var byGroup: [Int: [Int]] = [:]
        for (group, slot) in grouping.slotOfGroup.enumerated() where slot >= 0 { byGroup[group] = grouping.members[slot] }
        // Words in Norwegian order, then the pages about the theme in general.
        // Sorted by URI first, so that two words with the same label keep one order from run to run.
        let words = byGroup.keys.filter { $0 != target }.map { numbers.uris[$0] }.sorted()
        let ordered = words.sortedNorwegian { context.label($0, language) } + (byGroup[target] == nil ? [] : [concept.uri])
        return ordered.map { group in
            let members = numbers.numberOfURI[group].flatMap { byGroup[$0] } ?? []
            let isWord = group != concept.uri
            let label = isWord ? context.label(group, language) : context.text("topic_general", language)
            let url = isWord ? context.topicPath(group, language) : nil
            let isPreview = isWord && concept.kind != .word && url != nil
            return .object([
                "label": .text(label),
                "url": url.map { .text($0) } ?? .null,
                "show_heading": .bool(concept.kind != .word),
                "pages": .list(PageSummary.list(members, in: language, context: context, limit: isPreview ? PageSummary.previewLength : .max)),
                "more": isPreview ? PageSummary.moreLink(count: members.count, to: url, about: label, in: language, context: context) : .null,
            ])
        }
    }

    /// The pages of a theme page's groups, by concept number. A struct rather than arrays captured by a nested
    /// function, which kept them in heap boxes checked for exclusive access at every page placed.
    private struct Grouping {
        /// Per concept number, its group's position in `members`; -1 when it has none.
        var slotOfGroup: [Int]
        var members: [[Int]] = []

        init(conceptCount: Int) {
            slotOfGroup = [Int](repeating: -1, count: conceptCount)
        }

        mutating func place(_ index: Int, in group: Int) {
            if slotOfGroup[group] < 0 {
                slotOfGroup[group] = members.count
                members.append([])
            }
            // Pages come in order, so a page already in the group is its last member.
            if members[slotOfGroup[group]].last != index { members[slotOfGroup[group]].append(index) }
        }
    }

    private static func breadcrumbs(for concept: Concept, language: String, context: RenderContext) -> [(title: String, path: String)] {
        var crumbs: [(title: String, path: String)] = [(context.text("home", language), context.layout.frontPage(language))]
        var chain: [String] = []
        var current = concept.broader.sorted().first
        while let uri = current, !chain.contains(uri) {
            chain.insert(uri, at: 0)
            current = context.portal.vocabulary.concept(uri: uri)?.broader.sorted().first
        }
        for uri in chain {
            if let path = context.topicPath(uri, language) { crumbs.append((context.label(uri, language), path)) }
        }
        return crumbs
    }

    private static func editorialIntroduction(for slug: String, language: String, portal: Portal) -> TopicIntroduction? {
        portal.topicIntroductions.first { $0.slug == slug && $0.language == language }
            ?? portal.topicIntroductions.first { $0.slug == slug && $0.language == portal.configuration.defaultLanguage }
    }
}
