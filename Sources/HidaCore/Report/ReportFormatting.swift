/// Formats numbers the Norwegian way (decimal comma, space before per cent), locale-independent.
enum ReportFormatting {
    static let noBreakSpace = "\u{00A0}"

    /// An integer count, e.g. "1234".
    static func count(_ value: Int) -> String {
        String(value)
    }

    /// The sum of counts, stopping at `Int.max`/`Int.min` instead of overflowing.
    static func total<Counts: Sequence<Int>>(_ counts: Counts) -> Int {
        counts.reduce(0) { sum, count in
            let (result, overflow) = sum.addingReportingOverflow(count)
            return overflow ? (count > 0 ? Int.max : Int.min) : result
        }
    }

    /// A number with one decimal and a decimal comma, e.g. "42,5"; "–" when not finite or absurdly large.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "–" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return "\(sign)\(magnitude / 10),\(magnitude % 10)"
    }

    /// A LIX value, or "–" when the page has none.
    static func lix(_ value: Double?) -> String {
        guard let value else { return "–" }
        return decimal(value)
    }

    /// The share `part / whole` in whole per cent (0…100 when the input is sane), nil when `whole` is not positive.
    static func percentValue(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        // Double arithmetic so that huge counts cannot overflow.
        return Double(part) / Double(whole) * 100
    }

    /// The share as text, e.g. "25 %", or "–" when there is nothing to divide by.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard let value = percentValue(part, of: whole), value.isFinite, abs(value) < 1e15 else { return "–" }
        return "\(Int(value.rounded()))\(noBreakSpace)%"
    }
}
