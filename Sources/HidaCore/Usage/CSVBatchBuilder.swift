/// The parsing side of a `CSVPipeline`: turns reader events into batches that the consuming side can use
/// without the reader's buffers, doing on the parsing thread whatever work needs no shared state.
protocol CSVBatchBuilder: Sendable {
    associatedtype Batch: Sendable

    /// A new empty batch (the pipeline keeps a few and reuses them).
    static func makeBatch() -> Batch

    /// Adds `event` to `batch`; true when the batch should now be handed to the consumer.
    mutating func add(_ event: CSVReader.Event, to batch: inout Batch) -> Bool
}
