import XCTest
@testable import HidaCore

final class FactConflictFinderTests: XCTestCase {
    private func at(_ path: String, _ line: Int, _ column: Int = 3) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testEachDisagreementWithTheFirstValueInPathOrderIsAnError() {
        let nav = "Content/agencies/nav/x.md"
        let skatt = "Content/agencies/skatteetaten/y.md"
        let udi = "Content/agencies/udi/z.md"
        let analysis = FactConflictFinder().analysis(of: [
            (key: "grunnbelop", value: "130 160", location: at(udi, 4)),  // thin space between thousands
            (key: "grunnbelop", value: "130160", location: at(skatt, 9)),
            (key: "grunnbelop", value: "124028", location: at(nav, 7)),
            (key: "frist", value: "30. april", location: at(nav, 8)),
        ])
        let notes = [
            "\"grunnbelop\" is 124028 in Content/agencies/nav/x.md:7",
            "\"grunnbelop\" is 130160 in Content/agencies/skatteetaten/y.md:9, Content/agencies/udi/z.md:4",
            "(give every page the same value, or use different keys for facts that differ)",
        ]
        XCTAssertEqual(analysis.conflicts, [
            .error("fact \"grunnbelop\" is 130160 here but 124028 in Content/agencies/nav/x.md:7", at: at(skatt, 9),
                   rule: "conflicting-fact", notes: notes),
            .error("fact \"grunnbelop\" is 130160 here but 124028 in Content/agencies/nav/x.md:7", at: at(udi, 4),
                   rule: "conflicting-fact", notes: notes),
        ])
        XCTAssertEqual(analysis.conflicts.first?.headline,
                       "Content/agencies/skatteetaten/y.md:9:3: error: fact \"grunnbelop\" is 130160 here but 124028 in Content/agencies/nav/x.md:7 [conflicting-fact]")
        XCTAssertEqual(analysis.sharedFacts, [
            SharedFact(key: "grunnbelop", value: "130160", locations: [at(skatt, 9), at(udi, 4)]),
        ])
    }

    func testAgreeingPagesAreSharedNotConflicting() {
        let analysis = FactConflictFinder().analysis(of: [
            (key: "sats", value: " 1 766\u{00A0}kr ", location: at("b.md", 2)),
            (key: "sats", value: "1766 kr", location: at("a.md", 5)),
            (key: "sats", value: "1766  kr", location: at("c.md", 1)),
            (key: "gebyr", value: "500", location: at("a.md", 6)),
            (key: "gebyr", value: "500", location: at("a.md", 9)),  // the same page twice is not sharing
        ])
        XCTAssertEqual(analysis.conflicts, [])
        XCTAssertEqual(analysis.sharedFacts, [
            SharedFact(key: "sats", value: "1766 kr", locations: [at("a.md", 5), at("b.md", 2), at("c.md", 1)]),
        ])
    }

    func testThreeValuesGiveOneErrorPerDisagreeingLocation() {
        let analysis = FactConflictFinder().analysis(of: [
            (key: "k", value: "1", location: at("a.md", 1)),
            (key: "k", value: "2", location: at("b.md", 1)),
            (key: "k", value: "3", location: at("c.md", 1)),
            (key: "k", value: "1", location: at("d.md", 1)),
        ])
        XCTAssertEqual(analysis.conflicts.map(\.headline), [
            "b.md:1:3: error: fact \"k\" is 2 here but 1 in a.md:1 [conflicting-fact]",
            "c.md:1:3: error: fact \"k\" is 3 here but 1 in a.md:1 [conflicting-fact]",
        ])
        XCTAssertEqual(analysis.conflicts.first?.notes.count, 4)
        XCTAssertEqual(analysis.sharedFacts.map(\.value), ["1"])
    }

    func testNormalizedValues() {
        XCTAssertEqual(FactConflictFinder.normalizedValue("130 160"), "130160")
        XCTAssertEqual(FactConflictFinder.normalizedValue("130\u{2009}160"), "130160")
        XCTAssertEqual(FactConflictFinder.normalizedValue("1\u{202F}000\u{00A0}000 kr"), "1000000 kr")
        XCTAssertEqual(FactConflictFinder.normalizedValue("  30.\n  april\t2025 "), "30. april 2025")
        XCTAssertEqual(FactConflictFinder.normalizedValue("kr 500"), "kr 500")
        XCTAssertEqual(FactConflictFinder.normalizedValue(" \t "), "")
    }

    func testNoFactsNoFindings() {
        XCTAssertEqual(FactConflictFinder().analysis(of: []), FactAnalysis(conflicts: [], sharedFacts: []))
    }
}
