import Foundation

/// The loading stage: reads every file under `Content/` into the portal model, collecting all problems.
enum ContentLoader {
    /// Also returns the seconds spent on the LOS vocabulary, which the build reports as a phase of its own.
    static func load(_ options: BuildOptions) -> (Portal, [Diagnostic], vocabularySeconds: Double) {
        // The vocabulary has a fixed place, so it is read while the content folder is listed on one core.
        let (inventory, (early, vocabularySeconds)) = Parallel.both(
            { ContentInventory.scan(contentDirectory: options.contentDirectory) },
            { timed { readVocabulary(at: ContentInventory.vocabularyPath(in: options.contentDirectory)) } })
        var diagnostics = inventory.diagnostics
        var (configuration, configurationDiagnostics) = ConfigurationLoader.load(path: inventory.configurationPath, contentDirectory: options.contentDirectory)
        if inventory.diagnostics.contains(where: { $0.rule == "content-missing" }) { configurationDiagnostics = [] }
        diagnostics += configurationDiagnostics
        if let baseURL = options.baseURL {
            configuration.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let (vocabulary, vocabularyDiagnostics) = inventory.vocabularyPath == nil ? missingVocabulary(inventory, options: options) : early
        diagnostics += vocabularyDiagnostics
        let (agencies, agencyDiagnostics) = AgencyLoader.load(inventory, configuration: configuration)
        diagnostics += agencyDiagnostics
        let (pages, pageDiagnostics) = PageLoader.load(inventory, agencies: agencies, configuration: configuration, includeDrafts: options.includeDrafts)
        diagnostics += pageDiagnostics
        let (journeys, journeyDiagnostics) = JourneyLoader.load(inventory, configuration: configuration)
        diagnostics += journeyDiagnostics
        let (introductions, introductionDiagnostics) = TopicIntroductionLoader.load(inventory, configuration: configuration)
        diagnostics += introductionDiagnostics
        let portal = Portal(
            configuration: configuration, vocabulary: vocabulary, agencies: agencies, pages: pages, journeys: journeys,
            topicIntroductions: introductions, mediaFiles: inventory.mediaFiles, usageFiles: inventory.usageFiles)
        return (portal, diagnostics, vocabularySeconds)
    }

    /// The vocabulary at `path`; an empty one when there is no file there (the inventory then says what is missing).
    private static func readVocabulary(at path: String) -> (Vocabulary, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: path) else { return (Vocabulary(concepts: []), []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (Vocabulary(concepts: []), [.error("cannot read \(path)", at: nil, rule: "io-error")])
        }
        return VocabularyLoader.load(data: data, path: path)
    }

    private static func missingVocabulary(_ inventory: ContentInventory, options: BuildOptions) -> (Vocabulary, [Diagnostic]) {
        if inventory.diagnostics.contains(where: { $0.rule == "content-missing" }) { return (Vocabulary(concepts: []), []) }
        return (Vocabulary(concepts: []), [.error("missing \(options.contentDirectory)/vocabulary/los.rdf (the LOS vocabulary that topics refer to)", at: nil, rule: "vocabulary-missing")])
    }

    private static func timed<Result>(_ work: () -> Result) -> (Result, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        return (result, PhaseClock.seconds(since: start))
    }
}
