/// How many pages fall into each LIX band, from very easy (under 30) to very hard (60 and above).
struct LixDistribution: Equatable {
    /// A LIX band: its lower bound (inclusive), its label and what it means.
    struct Band: Equatable {
        var lowerBound: Double
        var label: String
        /// The label in the chart, where space is short.
        var shortLabel: String
        var meaning: String
    }

    static let bands = [
        Band(lowerBound: -.infinity, label: "under 30", shortLabel: "under 30", meaning: "svært lett"),
        Band(lowerBound: 30, label: "30–40", shortLabel: "30–40", meaning: "lett"),
        Band(lowerBound: 40, label: "40–50", shortLabel: "40–50", meaning: "middels"),
        Band(lowerBound: 50, label: "50–60", shortLabel: "50–60", meaning: "vanskelig"),
        Band(lowerBound: 60, label: "60 og over", shortLabel: "60+", meaning: "svært vanskelig"),
    ]

    /// Pages per band, in the order of `bands`.
    var counts: [Int]
    /// Values that were not numbers (NaN or infinite) and so fall in no band.
    var unusable: Int

    /// Sorts each finite value into the band whose lower bound it reaches last.
    init(_ values: [Double]) {
        var counts = Array(repeating: 0, count: Self.bands.count)
        var unusable = 0
        for value in values {
            guard value.isFinite else { unusable += 1; continue }
            let band = Self.bands.lastIndex { value >= $0.lowerBound } ?? 0
            counts[band] += 1
        }
        self.counts = counts
        self.unusable = unusable
    }
}
