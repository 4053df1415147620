/// A column chart as inline SVG: one column per bin with its count above and its label below.
struct SVGHistogram {
    struct Bin {
        var label: String
        var count: Int
    }

    /// Unique within the page; the SVG's `<title>` gets `<id>-tittel`.
    var id: String
    var title: String
    var bins: [Bin]

    static let width = 400.0
    static let height = 220.0
    static let plotTop = 24.0
    static let plotBottom = 184.0

    /// The chart as an `<svg>` element with `role="img"` and a title.
    func svg() -> String {
        let slot = bins.isEmpty ? Self.width : Self.width / Double(bins.count)
        let columnWidth = slot * 0.7
        let largest = Double(bins.map { max(0, $0.count) }.max() ?? 0)
        let plotHeight = Self.plotBottom - Self.plotTop
        var svg = "<svg class=\"chart histogram\" role=\"img\" aria-labelledby=\"\(id)-tittel\" "
        svg += "viewBox=\"0 0 \(SVGCoordinate.text(Self.width)) \(SVGCoordinate.text(Self.height))\" "
        svg += "xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-tittel\">\(ReportEscaping.markup(title))</title>\n"
        for (index, bin) in bins.enumerated() {
            let centre = slot * (Double(index) + 0.5)
            let length = SVGCoordinate.length(Double(bin.count), of: largest, in: plotHeight)
            let top = Self.plotBottom - length
            if length > 0 {
                svg += "<rect class=\"bar-primary\" x=\"\(SVGCoordinate.text(centre - columnWidth / 2))\" y=\"\(SVGCoordinate.text(top))\" "
                svg += "width=\"\(SVGCoordinate.text(columnWidth))\" height=\"\(SVGCoordinate.text(length))\"/>\n"
            }
            svg += "<text class=\"chart-value\" x=\"\(SVGCoordinate.text(centre))\" y=\"\(SVGCoordinate.text(top - 6))\" text-anchor=\"middle\">\(bin.count)</text>\n"
            svg += "<text class=\"chart-label\" x=\"\(SVGCoordinate.text(centre))\" y=\"\(SVGCoordinate.text(Self.plotBottom + 24))\" text-anchor=\"middle\">"
            svg += "\(ReportEscaping.markup(bin.label))</text>\n"
        }
        svg += "<line class=\"chart-axis\" x1=\"0\" y1=\"\(SVGCoordinate.text(Self.plotBottom))\" x2=\"\(SVGCoordinate.text(Self.width))\" y2=\"\(SVGCoordinate.text(Self.plotBottom))\"/>\n"
        return svg + "</svg>\n"
    }
}
