/// The middle value (the mean of the two middle values for an even count); 0 for no values.
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Formats seconds or ratios with three decimals.
func decimals(_ value: Double, _ places: Int = 3) -> String {
    let scale = [1.0, 10, 100, 1000, 10000][min(places, 4)]
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let have = text.distance(from: dot, to: text.endIndex) - 1
        if have < places { text += String(repeating: "0", count: places - have) }
    }
    return text
}
