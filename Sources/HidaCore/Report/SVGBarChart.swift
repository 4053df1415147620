/// A horizontal bar chart as inline SVG: one labelled bar per item, optionally stacked and on a 0…maximum track.
struct SVGBarChart {
    /// A part of a bar, coloured by a CSS class from `report.css`.
    struct Segment {
        var value: Double
        var cssClass: String
    }

    struct Bar {
        var label: String
        var segments: [Segment]
        /// The numbers written next to the label, e.g. "12 sider, 3 utdatert".
        var valueText: String
    }

    /// Unique within the page; the SVG's `<title>` gets `<id>-tittel`.
    var id: String
    var title: String
    var bars: [Bar]
    /// The value of a full-width bar; nil scales to the longest bar.
    var maximum: Double?
    /// Draws the empty part of each bar, which makes percentages readable.
    var showsTrack = false

    static let width = 400.0
    static let rowHeight = 46.0
    static let barHeight = 18.0
    static let labelLimit = 44
    static let segmentGap = 3.0

    /// The chart as an `<svg>` element with `role="img"` and a title.
    func svg() -> String {
        let height = max(Self.rowHeight, Double(bars.count) * Self.rowHeight)
        let scale = maximum ?? bars.map { total($0) }.max() ?? 0
        var svg = "<svg class=\"chart bar-chart\" role=\"img\" aria-labelledby=\"\(id)-tittel\" "
        svg += "viewBox=\"0 0 \(SVGCoordinate.text(Self.width)) \(SVGCoordinate.text(height))\" "
        svg += "xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-tittel\">\(ReportEscaping.markup(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * Self.rowHeight
            let label = SVGCoordinate.shortened(bar.label, limit: Self.labelLimit)
            svg += "<text class=\"chart-label\" x=\"0\" y=\"\(SVGCoordinate.text(top + 16))\">"
            svg += "\(ReportEscaping.markup(label)): \(ReportEscaping.markup(bar.valueText))</text>\n"
            let barTop = SVGCoordinate.text(top + 22)
            if showsTrack {
                svg += "<rect class=\"bar-track\" x=\"0\" y=\"\(barTop)\" width=\"\(SVGCoordinate.text(Self.width))\" height=\"\(SVGCoordinate.text(Self.barHeight))\"/>\n"
            }
            var left = 0.0
            for segment in bar.segments {
                let length = SVGCoordinate.length(segment.value, of: scale, in: Self.width - left)
                guard length > 0 else { continue }
                // A gap between stacked segments, so each one meets the background (3:1) rather than a neighbour of similar lightness.
                let gap = left > 0 ? min(Self.segmentGap, length / 2) : 0
                svg += "<rect class=\"\(ReportEscaping.markup(segment.cssClass))\" x=\"\(SVGCoordinate.text(left + gap))\" y=\"\(barTop)\" "
                svg += "width=\"\(SVGCoordinate.text(length - gap))\" height=\"\(SVGCoordinate.text(Self.barHeight))\"/>\n"
                left += length
            }
        }
        return svg + "</svg>\n"
    }

    private func total(_ bar: Bar) -> Double {
        bar.segments.reduce(0) { $0 + (SVGCoordinate.isDrawable($1.value) ? $1.value : 0) }
    }
}
