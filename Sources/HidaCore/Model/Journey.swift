/// A life-event journey in one language: ordered, cross-agency steps (`Content/journeys/<id>.md`).
public struct Journey: Sendable, Identifiable {
    public var id: String
    public var language: String
    public var sourcePath: String
    public var isTranslation: Bool
    public var title: String
    public var description: String
    /// The LOS life event as written; resolved to a URI by the resolver.
    public var eventReference: Located<String>?
    public var event: String?
    public var topicReferences: [Located<String>]
    public var topics: [String] = []
    public var updated: ISODate
    /// In the order written; `order` gives the order shown.
    public var steps: [JourneyStep]
    /// Indexes into `steps`, grouped: steps in one group have no order between them and can be done at the same time.
    public var stages: [[Int]] = []
    /// Indexes into `steps` in the order shown, the stages flattened: step n of the journey is `order[n - 1]`.
    public var order: [Int] { stages.flatMap { $0 } }
    public var body: String
    public var bodyFirstLine: Int
}

/// One step of a journey: the pages (by slug in the default language) that cover it.
public struct JourneyStep: Sendable {
    public var id: String
    public var location: SourceLocation
    public var title: String
    public var summary: String?
    public var pages: [Located<String>]
    public var after: [Located<String>]
    public var isOptional: Bool
}
