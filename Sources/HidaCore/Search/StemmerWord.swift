/// A lowercase word as Unicode scalar values, the form both stemmers work on.
///
/// Stemmers only look at and change the end of a word, so an array of scalar values
/// (no `Character` or `String.Index` walking) keeps each rule a few comparisons.
typealias StemmerWord = [UInt32]

extension Array where Element == UInt32 {
    /// The scalar values of a string literal, for suffix tables.
    init(literal: String) {
        self = literal.unicodeScalars.map(\.value)
    }

    /// The string these scalar values spell; values that are not scalars are dropped.
    var stemmerString: String {
        var text = String.UnicodeScalarView()
        for value in self {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return String(text)
    }

    /// Whether the word ends with `suffix`.
    func hasSuffix(_ suffix: [UInt32]) -> Bool {
        guard suffix.count <= count else { return false }
        var index = count - suffix.count
        for value in suffix {
            if self[index] != value { return false }
            index += 1
        }
        return true
    }

    /// Whether `suffix` ends the word and starts at or after `regionStart`.
    func hasSuffix(_ suffix: [UInt32], inRegionFrom regionStart: Int) -> Bool {
        count - suffix.count >= regionStart && hasSuffix(suffix)
    }

    /// Where Snowball's R1 (or, from R1, R2) starts: after the first non-vowel that follows a
    /// vowel at or after `start`; the word's end when there is none.
    func regionStart(from start: Int, isVowel: (UInt32) -> Bool) -> Int {
        var index = start
        while index < count, !isVowel(self[index]) { index += 1 }
        while index < count, isVowel(self[index]) { index += 1 }
        return Swift.min(index + 1, count)
    }

    /// Replaces the last `length` scalars with `replacement`.
    mutating func replaceSuffix(length: Int, with replacement: [UInt32]) {
        removeLast(Swift.min(length, count))
        append(contentsOf: replacement)
    }
}
