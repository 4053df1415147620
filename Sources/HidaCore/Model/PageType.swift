/// What kind of page an agency wrote; a service is something the citizen starts elsewhere.
public enum PageType: String, Sendable, CaseIterable, Codable {
    case article
    case service
    case guide
}

/// Who a page is for; the front page offers an entry point per audience.
public enum Audience: String, Sendable, CaseIterable, Codable {
    case innbygger
    case naeringsliv
    case frivillig
}
