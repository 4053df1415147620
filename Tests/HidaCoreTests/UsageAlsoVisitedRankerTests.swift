import XCTest
@testable import HidaCore

final class UsageAlsoVisitedRankerTests: XCTestCase {
    private func rank(_ portal: UsagePortal, _ log: [(id: String, paths: [String])], minSessions: Int, maxLinks: Int = 5) -> [String: [String]] {
        let fixture = UsageFixture()
        let (counts, _, _) = portal.load([fixture.file("visits.csv", pageViewLog(log))], minSessions: minSessions)
        return portal.links(counts, minSessions: minSessions, maxLinks: maxLinks)
    }

    func testPrivacyThresholdIsInclusive() {
        let portal = UsagePortal(names: ["a", "b", "c"])
        let log = sessions(3, visiting: ["/a/", "/b/"], prefix: "ab") + sessions(2, visiting: ["/a/", "/c/"], prefix: "ac")
        XCTAssertEqual(rank(portal, log, minSessions: 3), ["a": ["b"], "b": ["a"]])
        XCTAssertEqual(rank(portal, log, minSessions: 2), ["a": ["b", "c"], "b": ["a"], "c": ["a"]])
        XCTAssertEqual(rank(portal, log, minSessions: 4), [:])
    }

    func testAPageEveryoneVisitsDoesNotCrowdOutASpecificPair() {
        // "populaer" is in every session and co-occurs with "a" more often than "b" does,
        // but "b" is only ever seen with "a": cosine puts "b" first.
        let portal = UsagePortal(names: ["a", "b", "populaer", "x"])
        let log = sessions(5, visiting: ["/a/", "/b/", "/populaer/"], prefix: "ab")
            + sessions(5, visiting: ["/a/", "/populaer/"], prefix: "a")
            + sessions(40, visiting: ["/populaer/", "/x/"], prefix: "p")
        let links = rank(portal, log, minSessions: 5)
        XCTAssertEqual(links["a"], ["b", "populaer"])
        XCTAssertEqual(links["b"], ["a", "populaer"])
    }

    func testIneligibleTargetsAreNeverLinkedButMayHaveLinks() {
        var portal = UsagePortal(names: ["forside", "sok", "a", "b"])
        portal.ineligible = ["forside", "sok"]
        let log = sessions(10, visiting: ["/", "/sok/", "/a/", "/b/"], prefix: "s")
        let links = rank(portal, log, minSessions: 10)
        XCTAssertEqual(links["a"], ["b"])
        XCTAssertEqual(links["b"], ["a"])
        XCTAssertEqual(links["forside"], ["a", "b"])
    }

    func testLanguagesStaySeparateAndTranslationsAreExcluded() {
        var portal = UsagePortal([("barnetrygd", "nb"), ("child-benefit", "en"), ("kontantstotte", "nb"), ("cash-benefit", "en"),
                                  ("barnetrygd-nn", "nn")])
        portal.translations = [["barnetrygd", "child-benefit", "barnetrygd-nn"]]
        let log = sessions(10, visiting: ["/barnetrygd/", "/child-benefit/", "/kontantstotte/", "/cash-benefit/", "/barnetrygd-nn/"], prefix: "s")
        let links = rank(portal, log, minSessions: 10)
        XCTAssertEqual(links["barnetrygd"], ["kontantstotte"])
        XCTAssertEqual(links["child-benefit"], ["cash-benefit"])
        XCTAssertEqual(links["kontantstotte"], ["barnetrygd"])
        XCTAssertEqual(links["cash-benefit"], ["child-benefit"])
        XCTAssertNil(links["barnetrygd-nn"])
    }

    func testAPageNeverLinksToItself() {
        let portal = UsagePortal(names: ["a", "b"])
        let log = sessions(10, visiting: ["/a/", "/a/", "/a/?x=1", "/b/"], prefix: "s")
        XCTAssertEqual(rank(portal, log, minSessions: 10), ["a": ["b"], "b": ["a"]])
    }

    func testTiesAreBrokenByCoSessionsThenIndex() {
        // From "a": "c" and "b" have equal scores (1/√1·… is the same) — broken by index; "d" has the same score
        // as "e" but more co-sessions, so it comes first.
        let portal = UsagePortal(names: ["a", "b", "c", "d", "e"])
        let log = sessions(2, visiting: ["/a/", "/c/"], prefix: "ac") + sessions(2, visiting: ["/a/", "/b/"], prefix: "ab")
        let links = rank(portal, log, minSessions: 1)
        XCTAssertEqual(links["a"], ["b", "c"])

        // co=2 with s=4 (score 2/√(S·4) = 1/√S) ties co=1 with s=1 (1/√S): more co-sessions first.
        let log2 = sessions(2, visiting: ["/a/", "/d/"], prefix: "ad") + sessions(2, visiting: ["/d/"], prefix: "d")
            + sessions(1, visiting: ["/a/", "/e/"], prefix: "ae")
        XCTAssertEqual(rank(portal, log2, minSessions: 1)["a"], ["d", "e"])
    }

    func testMaxLinksKeepsTheBest() {
        let portal = UsagePortal(names: ["a", "b", "c", "d"])
        let log = sessions(3, visiting: ["/a/", "/b/"], prefix: "ab") + sessions(2, visiting: ["/a/", "/c/"], prefix: "ac")
            + sessions(1, visiting: ["/a/", "/d/"], prefix: "ad")
        XCTAssertEqual(rank(portal, log, minSessions: 1, maxLinks: 2)["a"], ["b", "c"])
        XCTAssertEqual(rank(portal, log, minSessions: 1, maxLinks: 0), [:])
    }

    func testShuffledRowsGiveIdenticalOutput() {
        let names = (0 ..< 12).map { "p\($0)" }
        let portal = UsagePortal(names: names)
        var random = SystemRandomNumberGenerator()
        var rows: [String] = []
        for session in 0 ..< 400 {
            let visits = 2 + session % 4
            for step in 0 ..< visits { rows.append("s\(session),/p\((session * 7 + step * step * 3) % 12)/") }
        }
        func links(_ rows: [String]) -> [[Int]] {
            let fixture = UsageFixture()
            let path = fixture.file("visits.csv", "session,url\n" + rows.joined(separator: "\n"))
            let (counts, summary, _) = portal.load([path])
            XCTAssertEqual(summary.rows, rows.count)
            return AlsoVisitedRanker.rank(counts, targetCount: names.count, minSessions: 5, maxLinks: 3, eligible: { _ in true }, compatible: { $0 != $1 })
        }
        let expected = links(rows)
        XCTAssertFalse(expected.allSatisfy(\.isEmpty))
        for _ in 0 ..< 3 {
            XCTAssertEqual(links(rows.shuffled(using: &random)), expected)
        }
    }

    func testScoreIsCosine() {
        var counts = UsageCounts()
        counts.addSessions(4, to: 0)
        counts.addSessions(9, to: 1)
        counts.pairs.add(3, to: PairCountTable.key(0, 1))
        XCTAssertEqual(AlsoVisitedRanker.score(counts, 0, 1), 0.5, accuracy: 1e-12)
        XCTAssertEqual(counts.pairCount(atLeast: 3), 1)
        XCTAssertEqual(counts.pairCount(atLeast: 4), 0)
    }
}
