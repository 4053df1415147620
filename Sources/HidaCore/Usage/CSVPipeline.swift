import Foundation

/// Reads a CSV file through a `CSVBatchBuilder` and hands the batches to a consumer, in file order:
/// on one thread, or with parsing and building on a second thread so that both cores work on a large file.
enum CSVPipeline {
    /// Batches in flight between the threads: enough to absorb jitter, few enough to stay in cache.
    static let batchesInFlight = 4

    /// Reads `path`; `consume` receives every batch (it must leave the batch empty for reuse).
    /// `builder` runs on the second thread while `concurrently` and is back in place when this returns.
    static func run<Builder: CSVBatchBuilder>(
        path: String, chunkSize: Int = CSVReader.defaultChunkSize, concurrently: Bool,
        builder: inout Builder, consume: (inout Builder.Batch) -> Void
    ) throws(CSVReader.ReadFailure) {
        guard concurrently else {
            var batch = Builder.makeBatch()
            var pending = false
            var failure: CSVReader.ReadFailure?
            do throws(CSVReader.ReadFailure) {
                try CSVReader.scan(path: path, chunkSize: chunkSize) { event in
                    pending = true
                    if builder.add(event, to: &batch) {
                        consume(&batch)
                        pending = false
                    }
                }
            } catch {
                failure = error
            }
            // What was read before a failure counts, as on the concurrent path.
            if pending { consume(&batch) }
            if let failure { throw failure }
            return
        }
        let queue = BatchQueue((0 ..< batchesInFlight).map { _ in Builder.makeBatch() })
        // Moved, not copied: a copy left here would make the parsing thread copy the builder's tables on first write.
        let handover = Handover(consume builder)
        let producer = Thread {
            var builder = handover.take()
            var batch = queue.takeEmpty()
            var failure: CSVReader.ReadFailure?
            do throws(CSVReader.ReadFailure) {
                try CSVReader.scan(path: path, chunkSize: chunkSize) { event in
                    if builder.add(event, to: &batch) {
                        queue.push(batch)
                        batch = queue.takeEmpty()
                    }
                }
            } catch {
                failure = error
            }
            queue.push(batch)
            handover.put(builder)
            queue.finish(failure)
        }
        producer.start()
        while true {
            let (taken, failure) = queue.takeFull()
            guard var batch = taken else {
                builder = handover.take()
                if let failure { throw failure }
                return
            }
            consume(&batch)
            queue.recycle(batch)
        }
    }
}

/// Carries one value to another thread and back; the lock orders the writes of one side before the reads of the other.
private final class Handover<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    func take() -> Value {
        lock.lock()
        defer { lock.unlock() }
        guard let taken = value.take() else { preconditionFailure("the value was taken twice") }
        return taken
    }

    func put(_ value: consuming Value) {
        lock.lock()
        self.value = value
        lock.unlock()
    }
}
