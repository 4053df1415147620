/// Reads every agency page and lets each translation inherit the keys it does not set.
enum PageLoader {
    static func load(_ inventory: ContentInventory, agencies: [Agency], configuration: PortalConfiguration, includeDrafts: Bool) -> ([Page], [Diagnostic]) {
        let known = Set(agencies.map(\.id))
        var files: [(ContentInventory.MarkdownFile, String)] = []
        for agency in inventory.agencyPages.keys.sorted() where known.contains(agency) {
            for file in inventory.agencyPages[agency] ?? [] { files.append((file, agency)) }
        }
        let read = Parallel.map(files) { PageFields.read($0.0, agency: $0.1) }
        var diagnostics: [Diagnostic] = []
        // Each original by its position in `read`, and read by index: this part runs on one core while the other
        // waits, and keeping or iterating the fields themselves copied every page's strings and arrays.
        var originals: [String: Int] = [:]
        originals.reserveCapacity(read.count)
        for index in read.indices {
            diagnostics += read[index].diagnostics
            if read[index].file.language == nil { originals[key(agency: read[index].agency, name: read[index].file.name)] = index }
        }
        // Each file becomes its page on its own, so the pages are made on all cores and then kept in file order.
        let found = originals
        var made = Parallel.map(read) { fields -> (page: Page?, problem: Diagnostic?) in
            let language = fields.file.language ?? configuration.defaultLanguage
            guard configuration.languages.contains(language) else {
                return (nil, AgencyLoader.unlistedLanguage(language, path: fields.file.path, configuration: configuration))
            }
            if fields.file.language == configuration.defaultLanguage {
                return (nil, .error(
                    "\"\(fields.file.path)\" is marked as \(language), the portal's default language; name it \(LOSURI.slug(of: fields.file.name)).md",
                    at: SourceLocation(path: fields.file.path), rule: "default-language-suffix"))
            }
            if fields.file.language == nil { return (merge(fields, into: fields, language: language), nil) }
            guard let original = found[key(agency: fields.agency, name: fields.file.name)] else {
                return (nil, .error(
                    "translation without an original: there is no \(fields.file.name).md in this agency's folder",
                    at: SourceLocation(path: fields.file.path), rule: "orphan-translation"))
            }
            return (merge(fields, into: read[original], language: language), nil)
        }
        var pages: [Page] = []
        pages.reserveCapacity(made.count)
        for index in made.indices {
            if let problem = made[index].problem { diagnostics.append(problem) }
            // Moved out of the results: iterating them copied every page, to be released again with the results.
            if let page = made[index].page.take(), !page.isDraft || includeDrafts { pages.append(page) }
        }
        return (pages, diagnostics)
    }

    /// The translation key of a page: its agency and file name. Taken as strings, so that no `PageFields` is copied
    /// to be passed.
    private static func key(agency: String, name: String) -> String {
        "\(agency)/\(name)"
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
            key: key(agency: original.agency, name: original.file.name),
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
