import Foundation

/// What `hida serve` keeps of the search index between rebuilds: each document's terms, by everything they depend
/// on, so that after an edit only the edited documents are analysed again.
///
/// Documents are found by a fingerprint of their UTF-8 bytes and then compared byte by byte: `String`'s own hashing
/// and equality normalize Unicode, which made looking up 24 000 Norwegian documents cost more than analysing them.
final class SearchTermsCache: @unchecked Sendable {
    private struct Entry {
        let document: SearchDocument
        let hiddenLabels: [String]
        let terms: SearchDocumentTerms
        var generation: Int
    }

    private struct Key: Hashable {
        let isEnglish: Bool
        let fingerprint: UInt64
    }

    private let lock = NSLock()
    private var entries: [Key: [Entry]] = [:]
    private var generation = 0

    func terms(of document: SearchDocument, hiddenLabels: [String], isEnglish: Bool) -> SearchDocumentTerms? {
        let key = Key(isEnglish: isEnglish, fingerprint: Self.fingerprint(document, hiddenLabels))
        return lock.withLock {
            guard var candidates = entries[key],
                  let found = candidates.firstIndex(where: { Self.sameBytes($0, document, hiddenLabels) }) else { return nil }
            candidates[found].generation = generation
            entries[key] = candidates
            return candidates[found].terms
        }
    }

    func store(_ terms: SearchDocumentTerms, of document: SearchDocument, hiddenLabels: [String], isEnglish: Bool) {
        let key = Key(isEnglish: isEnglish, fingerprint: Self.fingerprint(document, hiddenLabels))
        lock.withLock {
            entries[key, default: []].append(Entry(document: document, hiddenLabels: hiddenLabels, terms: terms, generation: generation))
        }
    }

    /// Forgets the documents no index asked for since the last sweep (pages whose text has changed since).
    func sweep() {
        lock.withLock {
            let current = generation
            entries = entries.compactMapValues { candidates in
                let kept = candidates.filter { $0.generation == current }
                return kept.isEmpty ? nil : kept
            }
            generation += 1
        }
    }

    /// The document's fields but its body, which is bytes already.
    private static func texts(_ document: SearchDocument, _ hiddenLabels: [String]) -> [String] {
        [document.url, document.title, document.description, document.agency, document.language,
         document.isService ? "1" : "0"] + document.headings + ["\u{1}"] + document.topics + ["\u{1}"]
            + document.journeys + ["\u{1}"] + hiddenLabels
    }

    /// FNV-1a over the fields' bytes and the body's, each ended by a byte that UTF-8 never contains.
    private static func fingerprint(_ document: SearchDocument, _ hiddenLabels: [String]) -> UInt64 {
        var hash = StableHash.basis
        func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* StableHash.fnvPrime }
            hash = (hash ^ 0xFF) &* StableHash.fnvPrime
        }
        for text in texts(document, hiddenLabels) { add(text.utf8) }
        add(document.body)
        return hash
    }

    private static func sameBytes(_ entry: Entry, _ document: SearchDocument, _ hiddenLabels: [String]) -> Bool {
        let a = texts(entry.document, entry.hiddenLabels), b = texts(document, hiddenLabels)
        return entry.document.body == document.body && a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }
}
