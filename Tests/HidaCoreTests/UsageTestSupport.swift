import Foundation
import XCTest
@testable import HidaCore

/// A temporary folder of usage CSV files for one test, removed when the test ends.
final class UsageFixture {
    let folder: String
    private(set) var paths: [String] = []

    init() {
        folder = NSTemporaryDirectory() + "hida-usage-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `content` byte for byte (no newline added) and returns the path.
    @discardableResult
    func file(_ name: String, _ content: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        paths.append(path)
        return path
    }
}

/// A tiny portal for ranking tests: named targets with a language; `/name/` resolves to the target.
struct UsagePortal {
    let names: [String]
    let languages: [String]
    /// Targets that may never be linked to (front page, search).
    var ineligible: Set<String> = []
    /// Groups of names that are translations of one another.
    var translations: [[String]] = []

    init(_ targets: [(String, String)]) {
        names = targets.map(\.0)
        languages = targets.map(\.1)
    }

    init(names: [String]) {
        self.init(names.map { ($0, "nb") })
    }

    func index(_ name: String) -> Int? { names.firstIndex(of: name) }

    func resolve(_ path: String) -> Int? {
        guard path.hasPrefix("/"), path.hasSuffix("/"), path.count > 1 else { return path == "/" ? index("forside") : nil }
        return index(String(path.dropFirst().dropLast()))
    }

    func load(_ files: [String], minSessions: Int = 10) -> (counts: UsageCounts, summary: UsageSummary, diagnostics: [Diagnostic]) {
        UsageLoader.load(files: files, baseURL: "https://portal.example.no/", minSessions: minSessions, resolve: resolve)
    }

    /// The links of every target by name, leaving out targets without links.
    func links(_ counts: UsageCounts, minSessions: Int, maxLinks: Int = 5) -> [String: [String]] {
        let ranked = AlsoVisitedRanker.rank(
            counts, targetCount: names.count, minSessions: minSessions, maxLinks: maxLinks,
            eligible: { !ineligible.contains(names[$0]) },
            compatible: { first, second in
                first != second && languages[first] == languages[second]
                    && !translations.contains { $0.contains(names[first]) && $0.contains(names[second]) }
            })
        var result: [String: [String]] = [:]
        for (index, linked) in ranked.enumerated() where !linked.isEmpty {
            result[names[index]] = linked.map { names[$0] }
        }
        return result
    }
}

/// Builds a page-view log: each session is a list of paths; rows are written session by session unless shuffled.
func pageViewLog(_ sessions: [(id: String, paths: [String])], header: String = "session,url,time") -> String {
    var rows: [String] = []
    for session in sessions {
        for path in session.paths { rows.append("\(session.id),\(path),2026-10-01T00:00:00Z") }
    }
    return ([header] + rows).joined(separator: "\n") + "\n"
}

/// `count` sessions that each visit all of `paths`, with ids starting at `prefix`.
func sessions(_ count: Int, visiting paths: [String], prefix: String) -> [(id: String, paths: [String])] {
    (0 ..< count).map { ("\(prefix)\($0)", paths) }
}
