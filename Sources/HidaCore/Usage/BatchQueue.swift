import Foundation

/// A bounded hand-over of batches from one producing thread to one consumer, with a pool of empty batches,
/// so memory stays at a few batches however large the file is.
///
/// A batch belongs to exactly one thread at a time; the lock around every hand-over orders its writes before the
/// other thread's reads, which is why batches holding buffers may cross here although the type checker cannot see it.
final class BatchQueue<Batch>: @unchecked Sendable {
    private let condition = NSCondition()
    private var full: [Batch] = []
    private var empty: [Batch]
    private var isFinished = false
    private var failure: CSVReader.ReadFailure?

    init(_ batches: [Batch]) {
        empty = batches
    }

    /// An empty batch for the producer, waiting until the consumer returns one.
    func takeEmpty() -> Batch {
        condition.lock()
        defer { condition.unlock() }
        while empty.isEmpty { condition.wait() }
        return empty.removeLast()
    }

    /// Passes a filled batch to the consumer.
    func push(_ batch: Batch) {
        condition.lock()
        full.append(batch)
        condition.signal()
        condition.unlock()
    }

    /// Marks the end of the input, with the failure that ended it, if any.
    func finish(_ failure: CSVReader.ReadFailure?) {
        condition.lock()
        isFinished = true
        self.failure = failure
        condition.broadcast()
        condition.unlock()
    }

    /// The next filled batch in order, or nil after the last one (with the producer's failure, if any).
    func takeFull() -> (batch: Batch?, failure: CSVReader.ReadFailure?) {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !isFinished { condition.wait() }
        if full.isEmpty { return (nil, failure) }
        return (full.removeFirst(), nil)
    }

    /// Gives a consumed batch back to the producer.
    func recycle(_ batch: Batch) {
        condition.lock()
        empty.append(batch)
        condition.broadcast()
        condition.unlock()
    }
}
