/// Finds close slugs, labels or paths for a topic reference that did not resolve.
///
/// Candidates are compared as lowercase scalars with a banded Levenshtein distance (at most
/// `max(2, length / 3)`, and at most one more than the closest candidate); a candidate that starts
/// with the reference ranks first, then smaller distances, then Norwegian alphabetical order.
/// Each concept is suggested once, in its best spelling.
struct TopicSuggester: Sendable {
    /// A way an author could write a concept, and the concepts it names.
    private struct Spelling: Sendable {
        var text: String
        var uris: [String]
    }

    /// One lowercase spelling and the ways an author would write it.
    private struct Entry: Sendable {
        var key: [UInt32]
        /// The slug, or one `kind/slug` path per concept when the slug is shared by several concepts.
        var slugSpellings: [Spelling] = []
        /// The first label with this lowercase spelling, in its own case.
        var labelSpelling: Spelling?
    }

    private struct Match {
        var isPrefix: Bool
        var distance: Int
        var spelling: Spelling
        var sortKey: [UInt32] = []
    }

    /// How many suggestions a diagnostic shows.
    static let limit = 3

    private let termEntries: [Entry]
    private let pathEntries: [Entry]

    init(vocabulary: Vocabulary, urisBySlug: [String: [String]]) {
        var entryByKey: [String: Entry] = [:]
        var order: [String] = []
        func entryKey(for text: String) -> String {
            let lowered = text.lowercased()
            if entryByKey[lowered] == nil {
                entryByKey[lowered] = Entry(key: lowered.unicodeScalars.map(\.value))
                order.append(lowered)
            }
            return lowered
        }

        var paths: [Entry] = []
        paths.reserveCapacity(vocabulary.concepts.count)
        for concept in vocabulary.concepts {
            let slugKey = entryKey(for: concept.slug)
            let sharesSlug = (urisBySlug[slugKey]?.count ?? 0) > 1
            let slugText = sharesSlug ? concept.path : concept.slug
            entryByKey[slugKey]?.slugSpellings.append(Spelling(text: slugText, uris: [concept.uri]))
            for label in TopicResolver.labels(of: concept) {
                let labelKey = entryKey(for: label)
                if let existing = entryByKey[labelKey]?.labelSpelling {
                    if !existing.uris.contains(concept.uri) { entryByKey[labelKey]?.labelSpelling?.uris.append(concept.uri) }
                } else {
                    entryByKey[labelKey]?.labelSpelling = Spelling(text: label, uris: [concept.uri])
                }
            }
            var pathEntry = Entry(key: EditDistance.scalars(of: concept.path))
            pathEntry.slugSpellings = [Spelling(text: concept.path, uris: [concept.uri])]
            paths.append(pathEntry)
        }
        termEntries = order.compactMap { entryByKey[$0] }
        pathEntries = paths
    }

    /// Close slugs and labels for a reference written as a slug or label.
    func suggestions(forTerm reference: String) -> [String] {
        let prefersLabel = reference.unicodeScalars.first?.properties.isUppercase ?? false
        let key = EditDistance.scalars(of: reference)
        return best(in: termEntries, for: key, limit: Self.distanceLimit(forLength: key.count)) { entry in
            if prefersLabel || entry.slugSpellings.isEmpty, let label = entry.labelSpelling {
                return [label]
            }
            return entry.slugSpellings
        }.map(\.text)
    }

    /// Close `kind/slug` paths for a reference written as a path; as full URIs when `asURIs`.
    func suggestions(forPath path: String, asURIs: Bool) -> [String] {
        let key = EditDistance.scalars(of: path)
        // The `ord/` part is not where typos happen; the allowed distance follows the slug's length.
        let slugLength = key.count - (key.lastIndex(of: UInt32(UInt8(ascii: "/"))).map { $0 + 1 } ?? 0)
        let found = best(in: pathEntries, for: key, limit: Self.distanceLimit(forLength: slugLength)) { $0.slugSpellings }
        return found.map { asURIs ? LOSURI.base + $0.text : $0.text }
    }

    static func distanceLimit(forLength length: Int) -> Int {
        max(2, length / 3)
    }

    private func best(
        in entries: [Entry],
        for reference: [UInt32],
        limit: Int,
        spellings: (Entry) -> [Spelling]
    ) -> [Spelling] {
        guard !reference.isEmpty else { return [] }
        var matches: [Match] = []
        for entry in entries {
            let isPrefix = reference.count >= 3 && entry.key.count > reference.count
                && entry.key.starts(with: reference)
            let distance: Int
            if isPrefix {
                distance = entry.key.count - reference.count
            } else if let measured = EditDistance.distance(reference, entry.key, limit: limit), measured > 0 {
                distance = measured
            } else {
                continue
            }
            for spelling in spellings(entry) {
                matches.append(Match(isPrefix: isPrefix, distance: distance, spelling: spelling))
            }
        }
        // A near miss next to a much closer one is noise ("barnetryg" should not offer "Barnetrinn").
        if let closest = matches.map(\.distance).min() {
            matches.removeAll { !$0.isPrefix && $0.distance > closest + 1 }
        }
        for index in matches.indices { matches[index].sortKey = NorwegianCollation.key(matches[index].spelling.text) }
        matches.sort { lhs, rhs in
            if lhs.isPrefix != rhs.isPrefix { return lhs.isPrefix }
            if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
            return lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
        }
        var chosen: [Spelling] = []
        var covered: Set<String> = []
        for match in matches {
            // A second spelling of a concept already suggested adds nothing for the author.
            if chosen.contains(where: { $0.text == match.spelling.text }) { continue }
            if match.spelling.uris.allSatisfy({ covered.contains($0) }) { continue }
            chosen.append(match.spelling)
            covered.formUnion(match.spelling.uris)
            if chosen.count == Self.limit { break }
        }
        return chosen
    }
}
