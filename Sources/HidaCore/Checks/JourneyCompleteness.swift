/// Editorial help: pages tagged with the words LOS relates to a journey's life event that no step uses yet.
enum JourneyCompleteness {
    static func suggestions(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let defaultLanguage = portal.configuration.defaultLanguage
        for journey in portal.journeys where !journey.isTranslation {
            guard let event = journey.event, let location = journey.eventReference?.location else { continue }
            let relatedWords = Set(portal.vocabulary.related(to: event).filter { $0.kind == .word }.map(\.uri))
            let used = Set(journey.steps.flatMap { $0.pages.map(\.value) })
            // By index: iterating the pages copied every page once per journey.
            for index in portal.pages.indices where portal.pages[index].language == defaultLanguage && !used.contains(portal.pages[index].slug) {
                guard let word = portal.pages[index].topics.first(where: { relatedWords.contains($0) }),
                      let concept = portal.vocabulary.concept(uri: word) else { continue }
                let label = concept.prefLabel.text(in: defaultLanguage) ?? concept.slug
                let (slug, sourcePath) = (portal.pages[index].slug, portal.pages[index].sourcePath)
                diagnostics.append(.info(
                    "\"\(slug)\" (\(sourcePath)) is tagged \"\(label)\", which LOS relates to this life event, but no step uses it: it may belong in this journey",
                    at: location, rule: "journey-may-include"))
            }
        }
        return diagnostics
    }
}
