import Foundation

/// What `hida serve` keeps of the search index between rebuilds: each document's terms, by everything they depend
/// on, so that after an edit only the edited documents are analysed again.
final class SearchTermsCache: @unchecked Sendable {
    struct Key: Hashable, Sendable {
        let isEnglish: Bool
        let document: SearchDocument
        let hiddenLabels: [String]
    }

    private let lock = NSLock()
    private var entries: [Key: SearchDocumentTerms] = [:]
    private var touched: Set<Key> = []

    func terms(for key: Key) -> SearchDocumentTerms? {
        lock.withLock {
            touched.insert(key)
            return entries[key]
        }
    }

    func store(_ terms: SearchDocumentTerms, for key: Key) {
        lock.withLock {
            touched.insert(key)
            entries[key] = terms
        }
    }

    /// Forgets the documents no index asked for since the last sweep (pages whose text has changed since).
    func sweep() {
        lock.withLock {
            entries = entries.filter { touched.contains($0.key) }
            touched = []
        }
    }
}
