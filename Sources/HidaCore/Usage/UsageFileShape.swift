/// Which of the two usage CSV shapes a file has, told apart by its header row
/// (names trimmed and compared case-insensitively; further columns such as `time` are ignored).
enum UsageFileShape: Equatable, Sendable {
    /// `session,url`: one row per page view; the associated values are column positions.
    case pageViews(session: Int, url: Int)
    /// `from,to,sessions`: how many sessions saw both pages.
    case aggregatedPairs(from: Int, to: Int, sessions: Int)

    /// The headers a usage file may have, as shown in warnings.
    static let expectedHeaders = "\"session,url\" (page views) or \"from,to,sessions\" (aggregated pairs)"

    /// The shape named by `header`, or nil for any other header.
    init?(header: [String]) {
        let names = header.map { Self.normalized($0) }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        if let session = column("session"), let url = column("url") {
            self = .pageViews(session: session, url: url)
        } else if let from = column("from"), let to = column("to"), let sessions = column("sessions") {
            self = .aggregatedPairs(from: from, to: to, sessions: sessions)
        } else {
            return nil
        }
    }

    private static func normalized(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: bytes[start ..< end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
