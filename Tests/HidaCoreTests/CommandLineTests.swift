import Foundation
import XCTest
@testable import HidaCore

/// The `hida` executable as a user runs it: exit codes, where output goes, and the scaffolds of `hida new`.
final class CommandLineTests: XCTestCase {
    /// `swift test` builds every product into the same folder as the test bundle.
    static var executable: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [runner, runner.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("hida").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return FixtureSite.packageRoot + "/.build/debug/hida"
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in directory: String? = nil, input: String? = nil) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw XCTSkip("the hida executable was not built next to the tests (\(Self.executable))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testVersionAndHelp() throws {
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("hida "))
        XCTAssertEqual(try run(["--help"]).status, 0)
        for command in ["build", "check", "serve", "new", "markdown"] {
            let help = try run([command, "--help"])
            XCTAssertEqual(help.status, 0, command)
            XCTAssertTrue(help.stdout.contains("hida \(command)"), command)
        }
    }

    func testUsageErrorsExitWithTwo() throws {
        XCTAssertEqual(try run(["frobnicate"]).status, 2)
        XCTAssertEqual(try run(["build", "--colour"]).status, 2)
        XCTAssertEqual(try run(["check", "--format", "xml"]).status, 2)
        XCTAssertEqual(try run(["build", "--content"]).status, 2)
        XCTAssertEqual(try run(["new", "page"]).status, 2)
    }

    func testContentErrorsExitWithOneAndPrintCompilerStyleLines() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/InvalidSites/unknown-topic"])
        defer { site.remove() }
        let result = try run(["check", "--themes", FixtureSite.packageRoot + "/Themes"], in: site.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Content/agencies/skatteetaten/skattekort.md:4:10: error: unknown LOS topic \"barnetryg\" (did you mean \"barnetrygd\"?) [unknown-topic]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("             ^"), "a caret under the column")
        XCTAssertEqual(result.stdout, "", "diagnostics go to stderr")
    }

    func testCheckPrintsJSONLines() throws {
        let site = try FixtureSite("minimal", overlays: [FixtureSite.fixtures + "/InvalidSites/bad-org-number"])
        defer { site.remove() }
        let result = try run(["check", "--format", "json", "--themes", FixtureSite.packageRoot + "/Themes"], in: site.root)
        XCTAssertEqual(result.status, 1)
        let errors = result.stderr.split(separator: "\n").compactMap { line -> [String: Any]? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.filter { $0["severity"] as? String == "error" }
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?["rule"] as? String, "invalid-org-number")
        XCTAssertEqual(errors.first?["line"] as? Int, 4)
        XCTAssertEqual(errors.first?["path"] as? String, "Content/agencies/skatteetaten/_agency.md")
    }

    func testBuildSucceedsWithZeroAndSummarises() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        let result = try run(["build", "--themes", FixtureSite.packageRoot + "/Themes"], in: site.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("built 5 pages"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root + "/Site/index.html"))
    }

    func testMarkdownCommandReadsStdinAndFile() throws {
        let fromStdin = try run(["markdown"], input: "# Hei\n\n<b>x</b> *y*\n")
        XCTAssertEqual(fromStdin.status, 0)
        XCTAssertTrue(fromStdin.stdout.contains("<h1 id=\"hei\">Hei</h1>"), fromStdin.stdout)
        XCTAssertTrue(fromStdin.stdout.contains("&lt;b&gt;x&lt;/b&gt; <em>y</em>"), "raw HTML escaped by default")
        let unsafe = try run(["markdown", "--unsafe", "--commonmark"], input: "# Hei\n\n<b>x</b>\n")
        XCTAssertEqual(unsafe.stdout, "<h1>Hei</h1>\n<p><b>x</b></p>\n")
        XCTAssertEqual(try run(["markdown", "/no/such/file.md"]).status, 3)
    }

    func testNewScaffoldsPassCheck() throws {
        let site = try FixtureSite("minimal")
        defer { site.remove() }
        XCTAssertEqual(try run(["new", "agency", "statens-kartverk", "--name", "Kartverket", "--org-number", "971040238"], in: site.root).status, 0)
        XCTAssertEqual(try run(["new", "page", "statens-kartverk", "eiendomskart", "--title", "Eiendomskart", "--topic", "skattekort"], in: site.root).status, 0)
        XCTAssertEqual(try run(["new", "journey", "flytte"], in: site.root).status, 0)
        XCTAssertEqual(try run(["new", "page", "statens-kartverk", "eiendomskart"], in: site.root).status, 2, "an existing file is never overwritten")
        XCTAssertEqual(try run(["new", "page", "ukjent", "x"], in: site.root).status, 2)
        let check = try run(["check", "--themes", FixtureSite.packageRoot + "/Themes"], in: site.root)
        XCTAssertEqual(check.status, 0, check.stderr)
    }
}
