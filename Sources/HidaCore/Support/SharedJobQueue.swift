import Dispatch
import Foundation

/// Jobs that several threads take one at a time, with the results in job order. One thread opens the queue and works
/// through it; another joins in (`help`) when its own work is done.
///
/// The last round of rendering runs this way beside the search indexes: the round's jobs are many small pages,
/// the indexes' last steps run on one core. With both on every core, the pages were done first and the indexes ended
/// the build alone; with one thread on the pages until the indexes are written, the pages fill the end instead.
final class SharedJobQueue<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    private let jobs: [Job]
    private let results: ResultSlots<Output>
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var transform: (@Sendable (Job) -> Output)?
    private let opened = DispatchSemaphore(value: 0)
    private let allFinished = DispatchSemaphore(value: 0)

    init(_ jobs: [Job]) {
        self.jobs = jobs
        results = ResultSlots(count: jobs.count)
    }

    /// Runs the jobs with `transform` on this thread until none is left to take, and returns their results in job
    /// order once every job has finished, including those a helper took.
    func run(_ transform: @escaping @Sendable (Job) -> Output) -> [Output] {
        lock.withLock { self.transform = transform }
        opened.signal()
        work(with: transform)
        if !jobs.isEmpty { allFinished.wait() }
        return results.values()
    }

    /// Takes jobs until none is left, once `run` has opened the queue (waiting for it until then).
    func help() {
        opened.wait()
        opened.signal()
        guard let transform = lock.withLock({ self.transform }) else { return }
        work(with: transform)
    }

    private func work(with transform: @Sendable (Job) -> Output) {
        while let index = take() {
            results.store(transform(jobs[index]), at: index)
            let isLast = lock.withLock {
                finished += 1
                return finished == jobs.count
            }
            if isLast { allFinished.signal() }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < jobs.count else { return nil }
            next += 1
            return next - 1
        }
    }
}
