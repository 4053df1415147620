import Foundation
import XCTest
@testable import HidaCore

/// A fixture portal copied into a fresh temporary folder, built with the repository's own themes.
///
/// Set `HIDA_RECORD=1` to rewrite the expected files beside the fixtures instead of comparing with them.
struct FixtureSite {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = packageRoot + "/Tests/HidaCoreTests/Fixtures"
    static let isRecording = ProcessInfo.processInfo.environment["HIDA_RECORD"] == "1"
    /// A fixed "today", so that staleness never depends on the day the tests run.
    static let today = ISODate(year: 2026, month: 11, day: 1)!

    let root: String

    /// Copies `Sites/<name>/Content`, then each overlay's `Content/` on top (overlays replace or add files).
    init(_ name: String, overlays: [String] = []) throws {
        root = NSTemporaryDirectory() + "hida-fixture-" + UUID().uuidString
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root, withIntermediateDirectories: true)
        try fileManager.copyItem(atPath: "\(Self.fixtures)/Sites/\(name)/Content", toPath: root + "/Content")
        for overlay in overlays { try overlayContent(from: overlay) }
    }

    func overlayContent(from folder: String) throws {
        let source = folder + "/Content"
        for relative in FileWalker.files(under: source) {
            let target = root + "/Content/" + relative
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: source + "/" + relative, toPath: target)
        }
    }

    var options: BuildOptions {
        BuildOptions(contentDirectory: root + "/Content", themesDirectory: Self.packageRoot + "/Themes", outputDirectory: root + "/Site", today: Self.today)
    }

    func build() -> BuildReport { SiteBuilder(options: options).build() }
    func check() -> BuildReport { SiteBuilder(options: options).check() }

    /// Headlines with the temporary folder removed, as an author would see them when running hida in the portal's folder.
    func headlines(_ report: BuildReport, minimum: Severity = .warning) -> [String] {
        report.diagnostics.filter { $0.severity <= minimum }.map { $0.headline.replacingOccurrences(of: root + "/", with: "") }
    }

    func read(_ sitePath: String) -> String {
        (try? String(contentsOfFile: root + "/Site/" + sitePath, encoding: .utf8)) ?? ""
    }

    func outputFiles() -> [String] { FileWalker.files(under: root + "/Site") }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Compares `actual` with the expected file (or records it), showing the difference line by line.
    static func assertMatches(_ actual: [String], expectedFile: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = actual.joined(separator: "\n") + "\n"
        if isRecording {
            try? text.write(toFile: expectedFile, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: expectedFile, encoding: .utf8) else {
            XCTFail("missing \(expectedFile); run the tests with HIDA_RECORD=1 to create it", file: file, line: line)
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        XCTAssertEqual(Array(expectedLines), actual, "\(expectedFile) differs", file: file, line: line)
    }
}
