/// Turns chart values into SVG lengths and coordinate text, safely for any input.
enum SVGCoordinate {
    /// Whether a value can be drawn: finite and positive.
    static func isDrawable(_ value: Double) -> Bool {
        value.isFinite && value > 0
    }

    /// The length of `value` on a scale where `scale` fills `available`, clamped to 0…available.
    static func length(_ value: Double, of scale: Double, in available: Double) -> Double {
        guard isDrawable(value), isDrawable(scale), isDrawable(available) else { return 0 }
        return min(available, value / scale * available)
    }

    /// A coordinate with at most one decimal and a decimal point, e.g. "12.5".
    static func text(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// `text` cut to `limit` characters with an ellipsis, so long names do not run off the chart.
    static func shortened(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(1, limit - 1))) + "…"
    }
}
