// Stored properties of the parser and node classes opt out of dynamic exclusivity
// checks: they are touched for every byte and node, and are only ever accessed from
// the one thread that parses the document (nodes are read-only afterwards).

/// One byte buffer per document that holds every literal (text, code, destinations),
/// so nodes store two integers instead of owning a string each.
final class LiteralStorage: @unchecked Sendable {
    // Mutated only while the document is being parsed; read-only afterwards.
    @exclusivity(unchecked) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends bytes and returns the range they occupy.
    @inline(__always)
    func append<C: Collection>(_ newBytes: C) -> (Int32, Int32) where C.Element == UInt8 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: newBytes)
        return (start, Int32(bytes.count))
    }

    /// The bytes in `start..<end` decoded as a string.
    func string(_ start: Int32, _ end: Int32) -> String {
        guard start < end else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
        }
    }
}
