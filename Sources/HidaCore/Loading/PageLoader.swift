/// Reads every agency page and lets each translation inherit the keys it does not set.
enum PageLoader {
    static func load(_ inventory: ContentInventory, agencies: [Agency], configuration: PortalConfiguration, includeDrafts: Bool) -> ([Page], [Diagnostic]) {
        let known = Set(agencies.map(\.id))
        var files: [(ContentInventory.MarkdownFile, String)] = []
        for agency in inventory.agencyPages.keys.sorted() where known.contains(agency) {
            for file in inventory.agencyPages[agency] ?? [] { files.append((file, agency)) }
        }
        let read = Parallel.map(files) { PageFields.read($0.0, agency: $0.1) }
        var diagnostics = read.flatMap(\.diagnostics)
        var originals: [String: PageFields] = [:]
        for fields in read where fields.file.language == nil {
            originals[key(fields)] = fields
        }
        var pages: [Page] = []
        for fields in read {
            let language = fields.file.language ?? configuration.defaultLanguage
            guard configuration.languages.contains(language) else {
                diagnostics.append(AgencyLoader.unlistedLanguage(language, path: fields.file.path, configuration: configuration))
                continue
            }
            if fields.file.language == configuration.defaultLanguage {
                diagnostics.append(.error(
                    "\"\(fields.file.path)\" is marked as \(language), the portal's default language; name it \(fields.file.name.split(separator: "/").last.map(String.init) ?? fields.file.name).md",
                    at: SourceLocation(path: fields.file.path), rule: "default-language-suffix"))
                continue
            }
            let original: PageFields
            if fields.file.language == nil {
                original = fields
            } else if let found = originals[key(fields)] {
                original = found
            } else {
                diagnostics.append(.error(
                    "translation without an original: there is no \(fields.file.name).md in this agency's folder",
                    at: SourceLocation(path: fields.file.path), rule: "orphan-translation"))
                continue
            }
            let page = merge(fields, into: original, language: language)
            if page.isDraft && !includeDrafts { continue }
            pages.append(page)
        }
        return (pages, diagnostics)
    }

    private static func key(_ fields: PageFields) -> String {
        "\(fields.agency)/\(fields.file.name)"
    }

    /// A page whose required keys are missing (already reported) still takes its place with stand-in values,
    /// so that links and journey steps pointing at it do not raise a second, misleading error.
    private static func merge(_ fields: PageFields, into original: PageFields, language: String) -> Page {
        let fileSlug = String(original.file.name.split(separator: "/").last ?? "")
        let title = fields.title ?? original.title ?? fileSlug
        let description = fields.description ?? original.description ?? ""
        let updated = fields.updated ?? original.updated ?? ISODate(daysSinceEpoch: 0)
        let slug = fields.slug?.value ?? original.slug?.value ?? fileSlug
        return Page(
            key: key(original),
            agency: original.agency,
            language: language,
            sourcePath: fields.file.path,
            isTranslation: fields.file.language != nil,
            slug: slug,
            title: title,
            description: description,
            topicReferences: fields.topics ?? original.topics ?? [],
            updated: updated,
            reviewBy: fields.reviewBy ?? original.reviewBy,
            type: fields.type ?? original.type ?? .article,
            serviceURL: fields.serviceURL ?? original.serviceURL,
            audience: fields.audience ?? original.audience ?? [.innbygger],
            aliases: fields.aliases ?? [],
            facts: fields.facts ?? [],
            isDraft: fields.draft ?? original.draft ?? false,
            body: fields.body,
            bodyFirstLine: fields.bodyFirstLine)
    }
}
