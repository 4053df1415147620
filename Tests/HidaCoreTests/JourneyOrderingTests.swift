import XCTest
@testable import HidaCore

/// The order journeys show their steps in: every `after` respected, ties in written order, parallel steps grouped.
final class JourneyOrderingTests: XCTestCase {
    private func journey(_ steps: [(String, [String])]) -> Journey {
        let place = SourceLocation(path: "Content/journeys/j.md", line: 1, column: 1)
        return Journey(
            id: "j", language: "nb", sourcePath: place.path, isTranslation: false, title: "J", description: "D",
            eventReference: nil, topicReferences: [], updated: ISODate(year: 2026, month: 1, day: 1)!,
            steps: steps.map { id, after in
                JourneyStep(id: id, location: place, title: id, summary: nil, pages: [Located("p", at: place)],
                            after: after.map { Located($0, at: place) }, isOptional: false)
            },
            body: "", bodyFirstLine: 1)
    }

    private func order(_ steps: [(String, [String])]) -> [[String]] {
        let subject = journey(steps)
        return JourneyOrdering.stages(of: subject).stages.map { $0.map { subject.steps[$0].id } }
    }

    func testWrittenOrderIsKeptWhenNothingForcesAnother() {
        XCTAssertEqual(order([("a", []), ("b", ["a"]), ("c", ["b"])]), [["a"], ["b"], ["c"]])
    }

    func testAfterMovesAStepBehindItsPredecessor() {
        XCTAssertEqual(order([("a", ["c"]), ("b", []), ("c", [])]), [["b", "c"], ["a"]])
    }

    func testTiesKeepTheWrittenOrderAndShareAStage() {
        XCTAssertEqual(order([("start", []), ("x", ["start"]), ("y", ["start"]), ("z", ["start"]), ("end", ["x", "y", "z"])]),
                       [["start"], ["x", "y", "z"], ["end"]])
    }

    func testStepsWithDifferentPredecessorsAreNotGrouped() {
        XCTAssertEqual(order([("a", []), ("b", ["a"]), ("c", ["a", "b"])]), [["a"], ["b"], ["c"]])
    }

    func testCycleIsReportedInStepOrderStartingAtTheFirstWrittenStep() {
        let result = JourneyOrdering.stages(of: journey([("a", ["c"]), ("b", ["a"]), ("c", ["b"]), ("d", [])]))
        XCTAssertEqual(result.diagnostics.map(\.message), ["the steps' \"after\" lists form a cycle: a → b → c → a"])
        XCTAssertEqual(result.stages.flatMap { $0 }.count, 4, "every step is still shown once")
    }

    func testUnknownAndSelfReferencesAreReported() {
        let result = JourneyOrdering.stages(of: journey([("a", ["a"]), ("b", ["zz"])]))
        XCTAssertEqual(result.diagnostics.map(\.rule), ["journey-cycle", "unknown-step"])
    }
}
