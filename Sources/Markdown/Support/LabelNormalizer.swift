/// Normalises link labels for matching: Unicode case fold, whitespace runs collapsed, trimmed.
enum LabelNormalizer {
    static let caseFolding: [UInt32: [UInt32]] = {
        var result: [UInt32: [UInt32]] = [:]
        result.reserveCapacity(1600)
        for entry in packedCaseFoldingTable.split(separator: ";") {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let key = UInt32(parts[0], radix: 16) else { continue }
            result[key] = parts[1].split(separator: ",").compactMap { UInt32($0, radix: 16) }
        }
        return result
    }()

    /// The normalised label, or nil when it has no non-whitespace content.
    static func normalize(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var pendingSpace = false
        var i = start
        while i < end {
            let c = p[i]
            if ASCII.isWhitespace(c) {
                pendingSpace = !output.isEmpty
                i += 1
                continue
            }
            if pendingSpace {
                output.append(ASCII.space)
                pendingSpace = false
            }
            if c < 0x80 {
                output.append(ASCII.lowercased(c))
                i += 1
            } else {
                let (value, length) = UTF8Encoding.decode(p, at: i)
                if let folded = caseFolding[value] {
                    for scalar in folded { UTF8Encoding.append(scalar, to: &output) }
                } else {
                    output.append(contentsOf: p[i..<min(i + length, end)])
                }
                i += length
            }
        }
        return output.isEmpty ? nil : output
    }
}
