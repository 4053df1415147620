/// Bytes as a dictionary or set key, hashed in one call over the whole buffer.
///
/// `[UInt8]` itself hashes byte by byte through a non-inlined call per byte.
struct HashableBytes: Hashable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
