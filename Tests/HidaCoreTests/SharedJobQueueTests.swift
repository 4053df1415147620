import Foundation
import XCTest
@testable import HidaCore

/// The last render round's queue: whoever takes the jobs, each runs once and the results come back in job order.
final class SharedJobQueueTests: XCTestCase {
    func testResultsComeInJobOrderWithAHelper() {
        let queue = SharedJobQueue<Int, Int>(Array(0 ..< 500))
        let runs = RunCounter(count: 500)
        let (_, results) = Parallel.both(
            { queue.help() },
            { queue.run { job in runs.record(job); return job * 2 } })
        XCTAssertEqual(results, (0 ..< 500).map { $0 * 2 })
        XCTAssertEqual(runs.counts, [Int](repeating: 1, count: 500))
    }

    /// A helper that comes before the queue is opened waits for it; one that comes after every job is done returns.
    func testAHelperBeforeOrAfterTheRunTakesNothingTwice() {
        let early = SharedJobQueue<Int, Int>(Array(0 ..< 50))
        let helped = DispatchSemaphore(value: 0)
        Thread { early.help(); helped.signal() }.start()
        Thread.sleep(forTimeInterval: 0.01)
        XCTAssertEqual(early.run { $0 + 1 }, Array(1 ... 50))
        helped.wait()

        let late = SharedJobQueue<Int, Int>(Array(0 ..< 5))
        XCTAssertEqual(late.run { $0 }, Array(0 ..< 5))
        late.help()
    }

    func testAnEmptyQueueReturnsAtOnce() {
        let queue = SharedJobQueue<Int, Int>([])
        let (_, results) = Parallel.both({ queue.help() }, { queue.run { $0 } })
        XCTAssertEqual(results, [])
    }
}

/// How often each job ran, counted under a lock.
private final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var counts: [Int]

    init(count: Int) {
        counts = [Int](repeating: 0, count: count)
    }

    func record(_ job: Int) {
        lock.withLock { counts[job] += 1 }
    }
}
