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
        // Each file becomes its page on its own, so the pages are made on all cores and then kept in file order.
        let found = originals
        let made = Parallel.map(read) { fields -> (page: Page?, problem: Diagnostic?) in
            let language = fields.file.language ?? configuration.defaultLanguage
            guard configuration.languages.contains(language) else {
                return (nil, AgencyLoader.unlistedLanguage(language, path: fields.file.path, configuration: configuration))
            }
            if fields.file.language == configuration.defaultLanguage {
                return (nil, .error(
                    "\"\(fields.file.path)\" is marked as \(language), the portal's default language; name it \(LOSURI.slug(of: fields.file.name)).md",
                    at: SourceLocation(path: fields.file.path), rule: "default-language-suffix"))
            }
            let original: PageFields
            if fields.file.language == nil {
                original = fields
            } else if let known = found[key(fields)] {
                original = known
            } else {
                return (nil, .error(
                    "translation without an original: there is no \(fields.file.name).md in this agency's folder",
                    at: SourceLocation(path: fields.file.path), rule: "orphan-translation"))
            }
            return (merge(fields, into: original, language: language), nil)
        }
        var pages: [Page] = []
        pages.reserveCapacity(made.count)
        for (page, problem) in made {
            if let problem { diagnostics.append(problem) }
            if let page, !page.isDraft || includeDrafts { pages.append(page) }
        }
        return (pages, diagnostics)
    }

    private static func key(_ fields: PageFields) -> String {
        "\(fields.agency)/\(fields.file.name)"
    }

    /// A page whose required keys are missing (already reported) still takes its place with stand-in values,
    /// so that links and journey steps pointing at it do not raise a second, misleading error.
    private static func merge(_ fields: PageFields, into original: PageFields, language: String) -> Page {
        let fileSlug = LOSURI.slug(of: original.file.name)
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
