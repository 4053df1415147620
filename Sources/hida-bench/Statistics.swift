import Foundation

/// The middle value (the mean of the two middle values for an even count); 0 for no values.
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Formats a number with a fixed count of decimals.
func decimals(_ value: Double, _ places: Int = 3) -> String {
    String(format: "%.\(places)f", value)
}
