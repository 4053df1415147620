/// Norwegian organisation numbers (Enhetsregisteret): 9 digits, the last a mod-11 check digit.
enum OrganisationNumber {
    static func isValid(_ number: String) -> Bool {
        let digits = number.utf8.map { Int($0) - Int(UInt8(ascii: "0")) }
        guard digits.count == 9, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        let check = remainder == 0 ? 0 : 11 - remainder
        return check != 10 && check == digits[8]
    }
}
