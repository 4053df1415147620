/// Makes arbitrary bytes safe to parse: invalid UTF-8 and NUL become U+FFFD.
enum UTF8Sanitizer {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns `input` unchanged when it is valid UTF-8 without NUL, else a repaired copy.
    static func sanitize(_ input: [UInt8]) -> [UInt8] {
        if let firstBad = firstProblem(in: input) {
            return repaired(input, from: firstBad)
        }
        return input
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i]
        let n = p.count
        if b0 < 0x80 { return 1 }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 {
            return i + 1 < n && p[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return 0 }
            let b1 = p[i + 1]
            guard b1 & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 >= 0xA0 { return 0 }  // surrogate
            return 3
        }
        if b0 < 0xF5 {
            guard i + 3 < n else { return 0 }
            let b1 = p[i + 1]
            guard b1 & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }  // overlong
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }  // above U+10FFFF
            return 4
        }
        return 0
    }

    private static func firstProblem(in input: [UInt8]) -> Int? {
        input.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            let n = p.count
            guard let base = p.baseAddress else { return nil }
            while i < n {
                // ASCII without NUL, the common case for Markdown, is skipped 16 bytes at a time.
                i = ByteScan.firstNonASCIIOrNUL(base, i, n)
                guard i < n else { break }
                let b = p[i]
                if b >= 0x80 {
                    let length = sequenceLength(p, i)
                    if length == 0 { return i }
                    i += length
                } else {
                    if b == 0 { return i }
                    i += 1
                }
            }
            return nil
        }
    }

    private static func repaired(_ input: [UInt8], from start: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        output.append(contentsOf: input[0..<start])
        input.withUnsafeBufferPointer { p in
            var i = start
            while i < p.count {
                let b = p[i]
                if b == 0 {
                    output.append(contentsOf: replacement)
                    i += 1
                } else if b < 0x80 {
                    output.append(b)
                    i += 1
                } else {
                    let length = sequenceLength(p, i)
                    if length == 0 {
                        output.append(contentsOf: replacement)
                        i += 1
                    } else {
                        output.append(contentsOf: p[i..<(i + length)])
                        i += length
                    }
                }
            }
        }
        return output
    }
}
