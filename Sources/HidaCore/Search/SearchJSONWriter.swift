import ByteBuffer

/// Writes the compact JSON of the index files: no spaces, keys in the order given.
///
/// Into a raw buffer: a 10 000-page index is some 17 MB of JSON, written in short pieces that an array append would
/// each check for uniqueness and capacity. A writer is one file's: copies share the buffer.
struct SearchJSONWriter {
    private let output = OutputBuffer(capacity: 256)

    /// The JSON written so far, as UTF-8.
    var bytes: [UInt8] { output.bytes }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Punctuation as written in the source: the index writes millions of one-character fragments (`,` between
    /// postings), and appending a one-byte `String` cost some thirty instructions a comma.
    mutating func raw(_ fragment: StaticString) {
        if fragment.utf8CodeUnitCount == 1 {
            output.append(fragment.utf8Start.pointee)
        } else {
            output.append(fragment)
        }
    }

    mutating func raw(_ fragment: [UInt8]) { output.append(fragment) }

    mutating func integer(_ value: Int) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var remaining = value.magnitude
        if remaining < 10 {
            output.append(UInt8(ascii: "0") + UInt8(remaining))
            return
        }
        // Digits from the last, into a buffer on the stack, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            while remaining > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            output.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `,"name":` before the next member of an object that already has one.
    mutating func member(_ name: String) {
        raw(",")
        string(name)
        raw(":")
    }

    /// A number with at most three decimals and no trailing zeros, the same in every run.
    mutating func decimal(_ value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        var fraction = abs(thousandths % 1000)
        if thousandths < 0 && whole == 0 { raw("-") }
        integer(whole)
        guard fraction != 0 else { return }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        output.append(utf8: "." + String(repeating: "0", count: digits - fractionText.count) + fractionText)
    }

    mutating func string(_ value: String) {
        JSONValue.writeString(value, to: output)
    }

    mutating func strings(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(",") }
            string(value)
        }
        raw("]")
    }
}
