/// Editorial help: pages tagged with the words LOS relates to a journey's life event that no step uses yet.
enum JourneyCompleteness {
    static func suggestions(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let defaultLanguage = portal.configuration.defaultLanguage
        for journey in portal.journeys where !journey.isTranslation {
            guard let event = journey.event, let location = journey.eventReference?.location else { continue }
            let relatedWords = Set(portal.vocabulary.related(to: event).filter { $0.kind == .word }.map(\.uri))
            let used = Set(journey.steps.flatMap { $0.pages.map(\.value) })
            for page in portal.pages where page.language == defaultLanguage && !used.contains(page.slug) {
                let shared = page.topics.filter { relatedWords.contains($0) }
                guard let word = shared.first, let concept = portal.vocabulary.concept(uri: word) else { continue }
                let label = concept.prefLabel.text(in: defaultLanguage) ?? concept.slug
                diagnostics.append(.info(
                    "\"\(page.slug)\" (\(page.sourcePath)) is tagged \"\(label)\", which LOS relates to this life event, but no step uses it: it may belong in this journey",
                    at: location, rule: "journey-may-include"))
            }
        }
        return diagnostics
    }
}
