import Foundation
import XCTest
@testable import HidaCore

/// The text form shows the line a diagnostic points at with a caret under its column.
final class DiagnosticPrinterTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var folder: String { temporary.path }

    override func setUpWithError() throws {
        temporary = try TemporaryFolder("printer")
    }

    override func tearDown() {
        temporary.remove()
    }

    func testShowsEachDiagnosticsOwnLineFromTheSameFileAndFromTheNext() throws {
        let first = folder + "/a.md", second = folder + "/b.md"
        try "---\ntitle: Søknad\n---\nFørste linje.\n\tAndre linje med tab.\n".write(toFile: first, atomically: false, encoding: .utf8)
        try "Bare én linje".write(toFile: second, atomically: false, encoding: .utf8)
        let printer = DiagnosticPrinter()
        let lines = [
            printer.render(.warning("first", at: SourceLocation(path: first, line: 2, column: 8), rule: "r")),
            printer.render(.warning("second", at: SourceLocation(path: first, line: 5, column: 2), rule: "r")),
            printer.render(.warning("third", at: SourceLocation(path: second, line: 1, column: 6), rule: "r")),
        ].map { $0.components(separatedBy: "\n") }
        XCTAssertEqual(lines[0].dropFirst(), ["    title: Søknad", "           ^"])
        XCTAssertEqual(lines[1].dropFirst(), ["     Andre linje med tab.", "     ^"], "a tab is shown as a space")
        XCTAssertEqual(lines[2].dropFirst(), ["    Bare én linje", "         ^"])
    }

    func testWindowsLineEndsAndLinesPastTheEnd() throws {
        let path = folder + "/crlf.md"
        try "første\r\nandre\r\n".write(toFile: path, atomically: false, encoding: .utf8)
        let printer = DiagnosticPrinter()
        XCTAssertEqual(printer.render(.error("x", at: SourceLocation(path: path, line: 2, column: 1), rule: "r")).components(separatedBy: "\n").dropFirst(),
                       ["    andre", "    ^"])
        XCTAssertEqual(printer.render(.error("x", at: SourceLocation(path: path, line: 9, column: 1), rule: "r")).components(separatedBy: "\n").count, 1,
                       "no source line for a line the file does not have")
    }
}
