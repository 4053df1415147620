/// schema.org JSON-LD for pages, so that search engines and answer services know what a page is and who stands behind it.
enum StructuredData {
    static func breadcrumbs(_ crumbs: [(title: String, path: String)], current: String, path: String, layout: SiteLayout) -> JSONValue {
        let all = crumbs + [(current, path)]
        return .object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("BreadcrumbList")),
            ("itemListElement", .array(all.enumerated().map { index, crumb in
                .object([
                    ("@type", .string("ListItem")),
                    ("position", .int(index + 1)),
                    ("name", .string(crumb.title)),
                    ("item", .string(layout.absoluteURL(crumb.path))),
                ])
            })),
        ])
    }

    static func organization(_ agency: Agency, language: String, context: RenderContext) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("GovernmentOrganization")),
            ("name", .string(context.agencyName(agency.id, language))),
            ("legalName", .string(agency.name.text(in: context.configuration.defaultLanguage))),
        ]
        if let number = agency.organisationNumber { members.append(("identifier", .string(number))) }
        if let url = agency.url { members.append(("url", .string(url))) }
        return .object(members)
    }

    static func page(_ page: Page, path: String, context: RenderContext) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string(page.type == .service ? "GovernmentService" : "Article")),
            ("name", .string(page.title)),
            ("description", .string(page.description)),
            ("url", .string(context.layout.absoluteURL(path))),
            ("inLanguage", .string(page.language)),
        ]
        if page.type != .service {
            members.append(("headline", .string(page.title)))
        }
        members.append(("dateModified", .string(page.updated.description)))
        if let agency = context.portal.agency(page.agency) {
            members.append((page.type == .service ? "provider" : "publisher", organization(agency, language: page.language, context: context)))
        }
        if let serviceURL = page.serviceURL, page.type == .service {
            members.append(("availableChannel", .object([("@type", .string("ServiceChannel")), ("serviceUrl", .string(serviceURL))])))
        }
        if !page.topics.isEmpty {
            members.append(("about", .array(page.topics.map { uri in
                .object([
                    ("@type", .string("Thing")),
                    ("name", .string(context.label(uri, page.language))),
                    ("additionalType", .string(uri)),
                ])
            })))
        }
        return .object(members)
    }
}
