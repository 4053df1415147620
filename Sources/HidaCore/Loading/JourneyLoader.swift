/// Reads `Content/journeys/*.md`; a translation inherits the steps and may retitle them.
enum JourneyLoader {
    static let knownKeys = ["title", "description", "event", "topics", "updated", "steps", "draft"]
    static let stepKeys = ["id", "title", "summary", "pages", "after", "optional"]

    static func load(_ inventory: ContentInventory, configuration: PortalConfiguration) -> ([Journey], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var originals: [String: Journey] = [:]
        var journeys: [Journey] = []
        let files = inventory.journeys.sorted { ($0.language ?? "", $0.name) < ($1.language ?? "", $1.name) }
        for file in files where file.language == nil {
            if !Identifier.isValid(file.name) {
                diagnostics.append(.error("journey file name \"\(file.name)\" must be lowercase letters, digits and hyphens (try \"\(Identifier.suggestion(for: file.name)).md\")", at: SourceLocation(path: file.path), rule: "invalid-id"))
                continue
            }
            let (journey, found) = read(file, original: nil, language: configuration.defaultLanguage)
            diagnostics += found
            if let journey {
                originals[file.name] = journey
                journeys.append(journey)
            }
        }
        for file in files where file.language != nil {
            let language = file.language!
            guard configuration.languages.contains(language), language != configuration.defaultLanguage else {
                diagnostics.append(AgencyLoader.unlistedLanguage(language, path: file.path, configuration: configuration))
                continue
            }
            guard let original = originals[file.name] else {
                diagnostics.append(.error("translation without an original: there is no journeys/\(file.name).md", at: SourceLocation(path: file.path), rule: "orphan-translation"))
                continue
            }
            let (journey, found) = read(file, original: original, language: language)
            diagnostics += found
            if let journey { journeys.append(journey) }
        }
        return (journeys, diagnostics)
    }

    private static func read(_ file: ContentInventory.MarkdownFile, original: Journey?, language: String) -> (Journey?, [Diagnostic]) {
        let document = FrontMatterDocument.read(file.path)
        var reader = FieldReader(path: file.path, root: document.root)
        let isOriginal = original == nil
        let title = reader.text("title", required: "the journey's title")?.value
        let description = reader.text("description", required: "one or two sentences on what the journey covers")?.value
        let event = reader.text("event")
        let topics = reader.has("topics") ? reader.textList("topics") : nil
        let updated = reader.date("updated", required: isOriginal ? "the date of the last real change" : nil)?.value
        var steps = original?.steps ?? []
        if let stepsNode = reader.node("steps") {
            if isOriginal {
                steps = readSteps(stepsNode, reader: &reader)
            } else {
                retitle(&steps, from: stepsNode, reader: &reader)
            }
        } else if isOriginal {
            reader.missing("steps", what: "a journey needs at least one step")
        }
        if isOriginal, reader.has("steps"), steps.isEmpty, reader.diagnostics.allSatisfy({ $0.severity != .error }) {
            reader.add(.error("the journey has no steps", at: reader.node("steps")!.location(path: file.path), rule: "journey-without-steps"))
        }
        reader.reportUnknownKeys(allowed: knownKeys)
        let diagnostics = document.diagnostics + reader.diagnostics
        if reader.bool("draft") == true { return (nil, diagnostics) }
        guard let title, let description, let updated = updated ?? original?.updated else { return (nil, diagnostics) }
        return (Journey(
            id: file.name, language: language, sourcePath: file.path, isTranslation: !isOriginal, title: title,
            description: description, eventReference: event ?? original?.eventReference, topicReferences: topics ?? original?.topicReferences ?? [],
            updated: updated, steps: steps, stages: original?.stages ?? [], body: document.body, bodyFirstLine: document.bodyFirstLine), diagnostics)
    }

    private static func readSteps(_ node: YAMLNode, reader: inout FieldReader) -> [JourneyStep] {
        guard let items = node.items else {
            reader.invalid(node, "\"steps\" must be a list of steps, each starting with \"- id: …\"")
            return []
        }
        var steps: [JourneyStep] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            var stepReader = FieldReader(path: reader.path, root: item, blockStart: item.location(path: reader.path))
            guard !item.entries.isEmpty else {
                reader.invalid(item, "each step must be a map with id, title and pages")
                continue
            }
            let id = stepReader.text("id", required: "a short step id, e.g. id: opphold")
            let title = stepReader.text("title", required: "what the citizen does in this step")
            let summary = stepReader.text("summary")?.value
            let pages = stepReader.textList("pages")
            if !stepReader.has("pages") || pages.isEmpty {
                stepReader.add(.error("step \"\(id?.value ?? "?")\" has no pages (list the slugs of the pages that cover it: pages: [slug])", at: item.location(path: reader.path), rule: "step-without-pages"))
            }
            let after = stepReader.textList("after")
            let optional = stepReader.bool("optional") ?? false
            stepReader.reportUnknownKeys(allowed: stepKeys)
            reader.add(contentsOf: stepReader.diagnostics)
            guard let id, let title else { continue }
            if let first = seen[id.value] {
                reader.add(.error("duplicate step id \"\(id.value)\" (first used on line \(first.line))", at: id.location, rule: "duplicate-step"))
                continue
            }
            seen[id.value] = id.location
            steps.append(JourneyStep(id: id.value, location: id.location, title: title.value, summary: summary, pages: pages, after: after, isOptional: optional))
        }
        return steps
    }

    private static func retitle(_ steps: inout [JourneyStep], from node: YAMLNode, reader: inout FieldReader) {
        for item in node.items ?? [] {
            var stepReader = FieldReader(path: reader.path, root: item, blockStart: item.location(path: reader.path))
            guard let id = stepReader.text("id", required: "the id of the step to retitle") else {
                reader.add(contentsOf: stepReader.diagnostics)
                continue
            }
            if let index = steps.firstIndex(where: { $0.id == id.value }) {
                if let title = stepReader.text("title") { steps[index].title = title.value }
                if let summary = stepReader.text("summary") { steps[index].summary = summary.value }
            } else {
                stepReader.add(.error("unknown step id \"\(id.value)\" (the original journey has: \(steps.map(\.id).joined(separator: ", ")))", at: id.location, rule: "unknown-step"))
            }
            stepReader.reportUnknownKeys(allowed: ["id", "title", "summary"])
            reader.add(contentsOf: stepReader.diagnostics)
        }
    }
}
