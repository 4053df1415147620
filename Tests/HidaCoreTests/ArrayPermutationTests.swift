import XCTest
@testable import HidaCore

/// `permute(by:)` rearranges in place what `order.map { array[$0] }` would build.
final class ArrayPermutationTests: XCTestCase {
    func testEveryPermutationOfFiveElementsComesOutAsTheMapWouldBuildIt() {
        let original = ["a", "b", "c", "d", "e"]
        var tried = 0
        for order in permutations(of: Array(original.indices)) {
            var permuted = original
            permuted.permute(by: order)
            XCTAssertEqual(permuted, order.map { original[$0] }, "order \(order)")
            tried += 1
        }
        XCTAssertEqual(tried, 120)
    }

    func testLongCyclesAndEmptyArrays() {
        let original = Array(0 ..< 1000).map { "item \($0)" }
        // One cycle through every position, then the reverse (500 cycles of two).
        for order in [original.indices.map { ($0 * 7 + 3) % 1000 }, Array(original.indices.reversed())] {
            var permuted = original
            permuted.permute(by: order)
            XCTAssertEqual(permuted, order.map { original[$0] })
        }
        var empty: [String] = []
        empty.permute(by: [])
        XCTAssertEqual(empty, [])
    }

    private func permutations(of items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }
}
