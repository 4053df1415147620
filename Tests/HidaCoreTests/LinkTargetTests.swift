import XCTest
@testable import HidaCore

/// A relative link is read from its page's folder, with `.` and `..` resolved on bytes.
final class LinkTargetTests: XCTestCase {
    private func target(_ path: String, from source: String) -> String {
        String(decoding: LinkResolver.target(of: path, from: source), as: UTF8.self)
    }

    func testSiblingAndParentFolders() {
        XCTAssertEqual(target("../skatteetaten/skattekort.md", from: "agencies/nav/barnetrygd.md"), "agencies/skatteetaten/skattekort.md")
        XCTAssertEqual(target("søknad.md", from: "agencies/nav/barnetrygd.md"), "agencies/nav/søknad.md")
        XCTAssertEqual(target("./a/./b.md", from: "agencies/nav/x.md"), "agencies/nav/a/b.md")
        XCTAssertEqual(target("a//b.md", from: "agencies/nav/x.md"), "agencies/nav/a/b.md")
        XCTAssertEqual(target("a/../../udi/b.md", from: "agencies/nav/x.md"), "agencies/udi/b.md")
    }

    func testClimbingAboveTheContentFolderKeepsTheParentSegments() {
        XCTAssertEqual(target("../../../../x.md", from: "agencies/nav/a.md"), "../../x.md")
        XCTAssertEqual(target("../b.md", from: "a.md"), "../b.md")
        XCTAssertEqual(target("b.md", from: "a.md"), "b.md")
    }

    func testAnAbsoluteSourceKeepsItsRoot() {
        XCTAssertEqual(target("../b.md", from: "/content/nav/a.md"), "/content/b.md")
        XCTAssertEqual(target("../../../b.md", from: "/content/nav/a.md"), "/../b.md")
    }
}
