import Dispatch
import Foundation

/// Runs independent work on all cores and returns results in input order, so that parallelism never changes output.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        if inputs.count < 2 { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: inputs.count)
        inputs.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                results.store(transform(buffer[index]), at: index)
            }
        }
        return results.values()
    }

    /// Runs two independent pieces of work at the same time and returns both results. `first` gets a thread of its
    /// own rather than a dispatch worker, so that parallel work inside either one is not nested in this call
    /// (Dispatch runs a nested `concurrentPerform` on fewer threads).
    static func both<First: Sendable, Second: Sendable>(
        _ first: @escaping @Sendable () -> First, _ second: () -> Second
    ) -> (First, Second) {
        let firstResult = ResultSlots<First>(count: 1)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            firstResult.store(first(), at: 0)
            done.signal()
        }
        thread.start()
        let secondValue = second()
        done.wait()
        return (firstResult.values()[0], secondValue)
    }
}

/// One slot per index, each written by exactly one iteration, so no lock is needed.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    /// Moves the values out, leaving the slots empty: copying them retained every string and array of every result
    /// (a page, a search document) once more, to be released again when the slots went.
    func values() -> [Value] {
        guard let base = slots.baseAddress else { return [] }
        return [Value](unsafeUninitializedCapacity: slots.count) { buffer, count in
            for index in slots.indices {
                (buffer.baseAddress! + index).initialize(to: (base + index).move()!)
                (base + index).initialize(to: nil)
            }
            count = slots.count
        }
    }
}
