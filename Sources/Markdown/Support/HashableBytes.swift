/// Bytes as a dictionary or set key, hashed eight bytes per step.
///
/// `[UInt8]` itself hashes byte by byte through a non-inlined call per byte.
struct HashableBytes: Hashable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.withUnsafeBufferPointer { Self.hash($0) })
    }

    /// A quick unseeded hash: one multiply per eight bytes. The callers hash what authors wrote
    /// (heading ids), where flooding is not a concern; `Hasher` still seeds the final word.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            state = (state ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 31
            i += 8
        }
        var tail: UInt64 = 0
        while i < raw.count {
            tail = tail << 8 | UInt64(raw[i])
            i += 1
        }
        state = (state ^ tail) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: state ^ (state >> 29))
    }
}
