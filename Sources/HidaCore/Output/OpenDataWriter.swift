import ByteBuffer

/// The open data API (`/api/v1/*.json`): the portal's content for other services to reuse.
///
/// Page records carry the fields of Digdir's draft content description (CDV-NO): identifier, title,
/// description, language, modified, publisher, LOS themes and words, audience, type, service URL, translations.
struct OpenDataWriter {
    let portal: Portal
    let layout: SiteLayout

    func write(into sink: some OutputSink) -> Int {
        writePages(into: sink)
        sink.write("/api/v1/journeys.json", bytes: document(journeys()))
        sink.write("/api/v1/topics.json", bytes: document(topics()))
        sink.write("/api/v1/agencies.json", bytes: document(agencies()))
        return 4
    }

    /// How much of the page list is made before it is written out.
    static let pagePieceSize = 1 << 20

    /// The page list is written in pieces, each page's record made when its turn comes. Made whole, its records and
    /// its bytes (100 MB at 100 000 pages, copied twice on the way) took 300 MB of fresh memory that the kernel
    /// had to clear, near the build's peak.
    private func writePages(into sink: some OutputSink) {
        sink.write("/api/v1/pages.json") { emit in
            let output = OutputBuffer(capacity: Self.pagePieceSize + Self.pagePieceSize / 4)
            JSONValue.writePrettyObject(
                envelope(count: portal.pages.count), streaming: "items", count: portal.pages.count,
                item: { entry(of: portal.pages[$0]) },
                to: output, flushSize: Self.pagePieceSize, flush: { $0.withBytes(emit) })
            output.append(UInt8(ascii: "\n"))
            output.withBytes(emit)
        }
    }

    /// A whole file: the envelope with `items`, pretty, with a final newline.
    private func document(_ items: [JSONValue]) -> [UInt8] {
        let output = OutputBuffer(capacity: 4096)
        JSONValue.writePrettyObject(
            envelope(count: items.count), streaming: "items", count: items.count, item: { items[$0] },
            to: output, flushSize: .max, flush: { _ in })
        output.append(UInt8(ascii: "\n"))
        return output.bytes
    }

    private func envelope(count: Int) -> [(String, JSONValue)] {
        [
            ("portal", .string(portal.configuration.title)),
            ("base_url", .string(portal.configuration.baseURL)),
            ("count", .int(count)),
        ]
    }

    private func url(_ path: String) -> JSONValue { .string(layout.absoluteURL(path)) }

    /// A page's record. The page is passed on in place: a copy retains some fifteen strings and arrays.
    private func entry(of page: Page) -> JSONValue {
        let path = layout.pagePath(slug: page.slug, language: page.language)
        // Read in place: an `Agency` copy retains its names and addresses, for every page.
        let organisationNumber = portal.agencyIndex[page.agency].flatMap { portal.agencies[$0].organisationNumber }
        let themes = page.topics.filter { portal.vocabulary.kind(of: $0) != .word }
        let words = page.topics.filter { portal.vocabulary.kind(of: $0) == .word }
        var members: [(String, JSONValue)] = [
            ("identifier", url(path)),
            ("title", .string(page.title)),
            ("description", .string(page.description)),
            ("language", .string(page.language)),
            ("modified", .string(page.updated.description)),
            ("publisher", .object([
                ("id", .string(page.agency)),
                ("name", .string(portal.agencyName(page.agency, in: page.language))),
                ("organisation_number", organisationNumber.map { .string($0) } ?? .null),
            ])),
            ("themes", .array(themes.map { .string($0) })),
            ("words", .array(words.map { .string($0) })),
            ("audience", .array(page.audience.map { .string($0.rawValue) })),
            ("type", .string(page.type.rawValue)),
            ("service_url", page.serviceURL.map { .string($0) } ?? .null),
            ("translations", .array(portal.languageVersions(of: page).filter { portal.pages[$0].language != page.language }.map { other in
                .object([("language", .string(portal.pages[other].language)),
                         ("identifier", url(layout.pagePath(slug: portal.pages[other].slug, language: portal.pages[other].language)))])
            })),
        ]
        members.append(("journeys", .array(portal.journeyIndex.memberships(of: page).map { .string($0.journey) })))
        let index = portal.translations[page.key]?[page.language]
        members.append(("also_read", .array((index.map { portal.alsoVisited.recommendations(forPage: $0) } ?? []).compactMap { target in
            switch target {
            case .page(let other): url(layout.pagePath(slug: portal.pages[other].slug, language: portal.pages[other].language))
            case .journey(let other): url(layout.sectionPath(.journey, portal.journeys[other].id, language: portal.journeys[other].language))
            case .navigation: nil
            }
        })))
        return .object(members)
    }

    private func journeys() -> [JSONValue] {
        portal.journeys.map { journey in
            let order = journey.order
            var stageOf: [Int: Int] = [:]
            for (stage, members) in journey.stages.enumerated() { for index in members { stageOf[index] = stage + 1 } }
            return .object([
                ("identifier", url(layout.sectionPath(.journey, journey.id, language: journey.language))),
                ("id", .string(journey.id)),
                ("title", .string(journey.title)),
                ("description", .string(journey.description)),
                ("language", .string(journey.language)),
                ("modified", .string(journey.updated.description)),
                ("event", journey.event.map { .string($0) } ?? .null),
                ("themes", .array(journey.topics.map { .string($0) })),
                ("steps", .array(order.enumerated().map { number, index in
                    let step = journey.steps[index]
                    return .object([
                        ("number", .int(number + 1)),
                        ("id", .string(step.id)),
                        ("title", .string(step.title)),
                        ("summary", step.summary.map { .string($0) } ?? .null),
                        ("optional", .bool(step.isOptional)),
                        ("stage", .int(stageOf[index] ?? number + 1)),
                        ("after", .array(step.after.map { .string($0.value) })),
                        ("pages", .array(step.pages.compactMap { reference in
                            guard let original = portal.page(slug: reference.value, language: portal.configuration.defaultLanguage),
                                  let page = portal.translation(of: original, in: journey.language) else { return nil }
                            return url(layout.pagePath(slug: page.slug, language: page.language))
                        })),
                    ])
                })),
            ])
        }
    }

    private func topics() -> [JSONValue] {
        portal.vocabulary.concepts.filter { portal.topics.hasContent($0.uri) }.map { concept in
            let language = portal.configuration.defaultLanguage
            return .object([
                ("uri", .string(concept.uri)),
                ("kind", .string(concept.kind.rawValue)),
                ("slug", .string(concept.slug)),
                ("labels", .object(portal.configuration.languages.compactMap { code in concept.prefLabel.text(in: code, fallback: [language]).map { (code, .string($0)) } })),
                ("page_count", .int(portal.topics.pages(for: concept.uri, language: language).count)),
                ("journey_count", .int(portal.topics.journeys(for: concept.uri, language: language).count)),
                ("broader", .array(concept.broader.map { .string($0) })),
                ("url", url(layout.sectionPath(concept.kind == .word ? .word : .theme, concept.slug, language: language))),
            ])
        }
    }

    private func agencies() -> [JSONValue] {
        // Counted once, by index: filtering the pages for each agency copied every page once per agency.
        var pageCounts: [String: Int] = [:]
        for index in portal.pages.indices where !portal.pages[index].isTranslation {
            pageCounts[portal.pages[index].agency, default: 0] += 1
        }
        return portal.agencies.map { agency in
            .object([
                ("id", .string(agency.id)),
                ("name", .object(portal.configuration.languages.map { ($0, .string(agency.name.text(in: $0, fallbacks: [portal.configuration.defaultLanguage]))) })),
                ("organisation_number", agency.organisationNumber.map { .string($0) } ?? .null),
                ("website", agency.url.map { .string($0) } ?? .null),
                ("email", agency.email.map { .string($0) } ?? .null),
                ("phone", agency.phone.map { .string($0) } ?? .null),
                ("url", url(layout.sectionPath(.agency, agency.id, language: portal.configuration.defaultLanguage))),
                ("page_count", .int(pageCounts[agency.id] ?? 0)),
            ])
        }
    }
}
