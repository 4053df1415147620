/// The keys one page file sets, before a translation inherits the rest from its original.
struct PageFields: Sendable {
    static let knownKeys = [
        "title", "description", "topics", "updated", "slug", "type", "service_url",
        "audience", "review_by", "aliases", "facts", "draft",
    ]

    var file: ContentInventory.MarkdownFile
    var agency: String
    var title: String?
    var description: String?
    var topics: [Located<String>]?
    var updated: ISODate?
    var slug: Located<String>?
    var type: PageType?
    var serviceURL: String?
    var audience: [Audience]?
    var reviewBy: ISODate?
    var aliases: [Located<String>]?
    var facts: [Fact]?
    var draft: Bool?
    var body: String
    var bodyFirstLine: Int
    var diagnostics: [Diagnostic]

    /// Reads one file; required keys are checked only on default-language files, since translations inherit them.
    static func read(_ file: ContentInventory.MarkdownFile, agency: String) -> PageFields {
        let document = FrontMatterDocument.read(file.path)
        let isOriginal = file.language == nil
        var reader = FieldReader(path: file.path, root: document.root)
        var fields = PageFields(file: file, agency: agency, body: document.body, bodyFirstLine: document.bodyFirstLine, diagnostics: [])
        let structural = document.diagnostics.contains { $0.severity == .error }
        fields.title = reader.text("title", required: structural ? nil : "the page title, shown as its heading")?.value
        fields.description = reader.text("description", required: structural ? nil : "one or two sentences for lists and search results")?.value
        let topics = reader.textList("topics", required: isOriginal && !structural ? "at least one LOS topic, e.g. topics: [barnetrygd]" : nil)
        if reader.has("topics") { fields.topics = topics }
        fields.updated = reader.date("updated", required: isOriginal && !structural ? "the date of the last real change, e.g. 2025-03-14" : nil)?.value
        if let slug = reader.text("slug") {
            if Identifier.isValid(slug.value) {
                fields.slug = slug
            } else {
                reader.add(.error("slug \"\(slug.value)\" may only hold lowercase letters a–z, digits and hyphens (try \"\(Identifier.suggestion(for: slug.value))\")", at: slug.location, rule: "invalid-slug"))
            }
        }
        let fileSlug = LOSURI.slug(of: file.name)
        if fields.slug == nil, isOriginal, !Identifier.isValid(fileSlug) {
            reader.add(.error(
                "the file name \"\(fileSlug)\" cannot be a web address; rename the file to \"\(Identifier.suggestion(for: fileSlug)).md\" or add slug: \(Identifier.suggestion(for: fileSlug))",
                at: SourceLocation(path: file.path), rule: "invalid-slug"))
        }
        if let type = reader.text("type") {
            if let parsed = PageType(rawValue: type.value) {
                fields.type = parsed
            } else {
                let suggestion = Suggestions.closest(to: type.value, among: PageType.allCases.map(\.rawValue))
                reader.add(.error("unknown page type \"\(type.value)\" (\(suggestion.map { "did you mean \"\($0)\"?" } ?? "use article, service or guide"))", at: type.location, rule: "invalid-type"))
            }
        }
        if let url = reader.text("service_url") {
            if url.value.hasPrefix("https://") || url.value.hasPrefix("http://") {
                fields.serviceURL = url.value
            } else {
                reader.add(.error("service_url must be a web address starting with https:// (got \"\(url.value)\")", at: url.location, rule: "invalid-url"))
            }
        }
        if reader.has("audience") {
            var audience: [Audience] = []
            for entry in reader.textList("audience") {
                if let parsed = Audience(rawValue: entry.value) {
                    if !audience.contains(parsed) { audience.append(parsed) }
                } else {
                    let suggestion = Suggestions.closest(to: entry.value, among: Audience.allCases.map(\.rawValue))
                    reader.add(.error("unknown audience \"\(entry.value)\" (\(suggestion.map { "did you mean \"\($0)\"?" } ?? "use innbygger, naeringsliv or frivillig"))", at: entry.location, rule: "invalid-audience"))
                }
            }
            fields.audience = audience
        }
        fields.reviewBy = reader.date("review_by")?.value
        if reader.has("aliases") {
            var aliases: [Located<String>] = []
            for alias in reader.textList("aliases") {
                if alias.value.hasPrefix("/") && !alias.value.contains("..") && !alias.value.contains("?") && !alias.value.contains("#") {
                    aliases.append(alias)
                } else {
                    reader.add(.error("alias \"\(alias.value)\" must be a path on this site starting with /, e.g. /familie/barnetrygd/", at: alias.location, rule: "invalid-alias"))
                }
            }
            fields.aliases = aliases
        }
        if let factsNode = reader.node("facts") {
            if factsNode.entries.isEmpty {
                reader.invalid(factsNode, "\"facts\" must be a map of fact keys to values, e.g. grunnbelop: 130160")
            } else {
                fields.facts = factsNode.entries.compactMap { entry in
                    guard let value = entry.value.string else {
                        reader.invalid(entry.value, "fact \"\(entry.key)\" must have a single value")
                        return nil
                    }
                    return Fact(key: entry.key, value: value, location: SourceLocation(path: file.path, line: entry.keyLine, column: entry.keyColumn))
                }
            }
        }
        fields.draft = reader.bool("draft")
        reader.reportUnknownKeys(allowed: knownKeys)
        if isOriginal, fields.type == .service, fields.serviceURL == nil, !structural {
            reader.missing("service_url", what: "a service page needs the address where the citizen starts the service")
        }
        fields.diagnostics = document.diagnostics + reader.diagnostics
        return fields
    }
}
