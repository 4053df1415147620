/// Turns parsed RDF resources into checked `Concept`s, recording tolerated data problems.
struct VocabularyBuilder {
    private static let conceptType = RDFProperty.skosNamespace + "Concept"
    private static let placeholder = "*"

    private(set) var issues = VocabularyIssueLog()

    /// Builds the concepts in file order; resources that are not SKOS concepts are left out.
    mutating func build(from resources: [RDFResource]) -> [Concept] {
        let merged = merge(resources)
        var drafts: [(concept: Concept, isTopConcept: Bool, resource: RDFResource)] = []
        drafts.reserveCapacity(merged.count)
        for resource in merged {
            guard let draft = draft(for: resource) else { continue }
            drafts.append((draft.concept, draft.isTopConcept, resource))
        }

        var positionByURI: [String: Int] = [:]
        for (position, draft) in drafts.enumerated() { positionByURI[draft.concept.uri] = position }

        var concepts = drafts.map(\.concept)
        for position in concepts.indices {
            let resource = drafts[position].resource
            var concept = concepts[position]
            concept.broader = existingTargets(of: .broader, in: resource, from: concept, known: positionByURI)
            concept.narrower = existingTargets(of: .narrower, in: resource, from: concept, known: positionByURI)
            concept.related = existingTargets(of: .related, in: resource, from: concept, known: positionByURI)
            concepts[position] = concept
        }
        completeInverseHierarchy(&concepts, positionByURI: positionByURI)

        for position in concepts.indices where concepts[position].kind == .theme {
            // A tema concept is a main theme when it is a top concept or has no parent theme.
            if !drafts[position].isTopConcept && !concepts[position].broader.isEmpty {
                concepts[position].kind = .subTheme
            }
        }
        return concepts
    }

    /// Joins repeated descriptions of one URI, which RDF allows, keeping the first position.
    private mutating func merge(_ resources: [RDFResource]) -> [RDFResource] {
        var merged: [RDFResource] = []
        merged.reserveCapacity(resources.count)
        var positionByURI: [String: Int] = [:]
        for resource in resources {
            if let position = positionByURI[resource.uri] {
                merged[position].literals += resource.literals
                merged[position].links += resource.links
                issues.record(.duplicateConcept, LOSURI.path(of: resource.uri), line: resource.line)
            } else {
                positionByURI[resource.uri] = merged.count
                merged.append(resource)
            }
        }
        return merged
    }

    private mutating func draft(for resource: RDFResource) -> (concept: Concept, isTopConcept: Bool)? {
        var types: [String] = []
        var schemes: [String] = []
        var isTopConcept = false
        for link in resource.links {
            switch link.property {
            case .type: types.append(link.target)
            case .inScheme: schemes.append(link.target)
            case .topConceptOf: isTopConcept = true
            default: break
            }
        }
        let isConcept = types.contains(Self.conceptType) || (types.isEmpty && !schemes.isEmpty)
        guard isConcept else { return nil }

        let path = LOSURI.path(of: resource.uri)
        guard let kind = Self.kind(schemes: schemes, path: path) else {
            issues.record(.unknownKind, path, line: resource.line)
            return nil
        }
        let slug = LOSURI.slug(of: path)
        if slug.utf8.contains(where: { $0 >= 0x80 }) {
            issues.record(.nonASCIISlug, path, line: resource.line)
        }

        var concept = Concept(uri: resource.uri, kind: kind, slug: slug, path: path)
        concept.prefLabel = singleValued(.prefLabel, in: resource, path: path)
        concept.note = singleValued(.note, in: resource, path: path)
        concept.hiddenLabels = multiValued(.hiddenLabel, in: resource, path: path)
        concept.altLabels = multiValued(.altLabel, in: resource, path: path)
        return (concept, isTopConcept)
    }

    /// The kind from `skos:inScheme …/ontologi/{tema|ord|hendelse}`, else from the URI path.
    private static func kind(schemes: [String], path: String) -> ConceptKind? {
        for scheme in schemes {
            if let kind = kind(segment: LOSURI.slug(of: scheme)) { return kind }
        }
        return kind(segment: LOSURI.firstSegment(of: path))
    }

    private static func kind(segment: String) -> ConceptKind? {
        switch segment {
        case "tema": .theme
        case "ord": .word
        case "hendelse": .lifeEvent
        default: nil
        }
    }

    private mutating func singleValued(_ property: RDFProperty, in resource: RDFResource, path: String) -> LocalizedText {
        var values: [String: String] = [:]
        for literal in resource.literals where literal.property == property {
            if literal.value == Self.placeholder || literal.value.isEmpty {
                issues.record(.placeholderLabel, "\(path): \(property.displayName)@\(literal.language)", line: literal.line)
                continue
            }
            if let existing = values[literal.language] {
                if existing != literal.value {
                    issues.record(
                        .languageTag,
                        "\(path): two \(property.displayName) values in \"\(literal.language)\"",
                        line: literal.line
                    )
                }
                continue
            }
            values[literal.language] = literal.value
        }
        return LocalizedText(values)
    }

    private mutating func multiValued(_ property: RDFProperty, in resource: RDFResource, path: String) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for literal in resource.literals where literal.property == property {
            if literal.value == Self.placeholder || literal.value.isEmpty {
                issues.record(.placeholderLabel, "\(path): \(property.displayName)@\(literal.language)", line: literal.line)
                continue
            }
            if values[literal.language]?.contains(literal.value) == true { continue }
            values[literal.language, default: []].append(literal.value)
        }
        return values
    }

    private mutating func existingTargets(
        of property: RDFProperty,
        in resource: RDFResource,
        from concept: Concept,
        known: [String: Int]
    ) -> [String] {
        var targets: [String] = []
        var seen: Set<String> = []
        for link in resource.links where link.property == property {
            guard known[link.target] != nil else {
                let issue: VocabularyIssue = property == .related ? .danglingRelated : .danglingHierarchy
                issues.record(issue, "\(concept.path) → \(LOSURI.path(of: link.target))", line: link.line)
                continue
            }
            if link.target != concept.uri && seen.insert(link.target).inserted {
                targets.append(link.target)
            }
        }
        return targets
    }

    /// SKOS states `broader` and `narrower` as inverses; files often give only one direction.
    private func completeInverseHierarchy(_ concepts: inout [Concept], positionByURI: [String: Int]) {
        var narrowerSets = concepts.map { Set($0.narrower) }
        var broaderSets = concepts.map { Set($0.broader) }
        for position in concepts.indices {
            let uri = concepts[position].uri
            for parentURI in concepts[position].broader {
                guard let parent = positionByURI[parentURI] else { continue }
                if narrowerSets[parent].insert(uri).inserted { concepts[parent].narrower.append(uri) }
            }
            for childURI in concepts[position].narrower {
                guard let child = positionByURI[childURI] else { continue }
                if broaderSets[child].insert(uri).inserted { concepts[child].broader.append(uri) }
            }
        }
    }
}
