/// Which journeys each page belongs to, and at which step: the data behind the "part of this journey" box.
struct JourneyIndex: Sendable {
    struct Membership: Sendable {
        /// The journey's id (shared by its translations).
        var journey: String
        /// Position in the shown order, 0-based.
        var position: Int
        var stepCount: Int
        /// Number of pages in the whole journey; fewer pages means a more specific journey.
        var pageCount: Int
    }

    static let empty = JourneyIndex()

    /// Page key (shared by a page's translations) → memberships, most specific journey first.
    private(set) var byPageKey: [String: [Membership]] = [:]

    private init() {}

    init(portal: Portal) {
        let defaultLanguage = portal.configuration.defaultLanguage
        for journey in portal.journeys where !journey.isTranslation {
            let order = journey.order
            let pageCount = journey.steps.reduce(0) { $0 + $1.pages.count }
            for (position, stepIndex) in order.enumerated() {
                for reference in journey.steps[stepIndex].pages {
                    guard let page = portal.page(slug: reference.value, language: defaultLanguage) else { continue }
                    var memberships = byPageKey[page.key, default: []]
                    // A page in several steps of one journey is shown at its first step.
                    if memberships.contains(where: { $0.journey == journey.id }) { continue }
                    memberships.append(Membership(journey: journey.id, position: position, stepCount: order.count, pageCount: pageCount))
                    byPageKey[page.key] = memberships
                }
            }
        }
        for key in byPageKey.keys {
            byPageKey[key]?.sort { ($0.pageCount, $0.journey) < ($1.pageCount, $1.journey) }
        }
    }

    func memberships(of page: Page) -> [Membership] {
        memberships(ofKey: page.key)
    }

    /// The memberships of the page with this translation key.
    func memberships(ofKey key: String) -> [Membership] {
        Array((byPageKey[key] ?? []).prefix(5))
    }
}
