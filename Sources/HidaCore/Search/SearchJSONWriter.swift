/// Writes the compact JSON of the index files: no spaces, keys in the order given.
struct SearchJSONWriter {
    /// The JSON text written so far.
    private(set) var text = ""

    mutating func raw(_ fragment: String) { text += fragment }

    mutating func integer(_ value: Int) { text += String(value) }

    /// `,"name":` before the next member of an object that already has one.
    mutating func member(_ name: String) {
        text += ","
        string(name)
        text += ":"
    }

    /// A number with at most three decimals and no trailing zeros, the same in every run.
    mutating func decimal(_ value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        var fraction = abs(thousandths % 1000)
        if thousandths < 0 && whole == 0 { text += "-" }
        text += String(whole)
        guard fraction != 0 else { return }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    mutating func string(_ value: String) {
        JSONValue.writeString(value, to: &text)
    }

    mutating func strings(_ values: [String]) {
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            string(value)
        }
        text += "]"
    }
}
