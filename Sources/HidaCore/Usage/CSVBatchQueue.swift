import Foundation

/// A bounded hand-over of `CSVRecordBatch`es from one parsing thread to one consumer, with a pool of
/// empty batches, so memory stays at a few batches however large the file is.
final class CSVBatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var full: [CSVRecordBatch] = []
    private var empty: [CSVRecordBatch]
    private var isFinished = false
    private var failure: CSVReader.ReadFailure?

    init(batches: Int = 4) {
        empty = (0 ..< max(batches, 2)).map { _ in CSVRecordBatch() }
    }

    /// An empty batch for the producer, waiting until the consumer returns one.
    func takeEmpty() -> CSVRecordBatch {
        condition.lock()
        defer { condition.unlock() }
        while empty.isEmpty { condition.wait() }
        return empty.removeLast()
    }

    /// Passes a filled batch to the consumer.
    func push(_ batch: CSVRecordBatch) {
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
    func takeFull() -> (batch: CSVRecordBatch?, failure: CSVReader.ReadFailure?) {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !isFinished { condition.wait() }
        if full.isEmpty { return (nil, failure) }
        return (full.removeFirst(), nil)
    }

    /// Gives a replayed batch back to the producer.
    func recycle(_ batch: CSVRecordBatch) {
        condition.lock()
        empty.append(batch)
        condition.broadcast()
        condition.unlock()
    }
}
