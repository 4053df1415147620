/// Language codes and the URL segments the contract fixes per language.
public enum Language {
    static func isValidCode(_ code: String) -> Bool {
        (2...3).contains(code.utf8.count) && code.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The name of a language in that language, for the language switcher.
    static func nativeName(_ code: String) -> String {
        switch code {
        case "nb": "Bokmål"
        case "nn": "Nynorsk"
        case "en": "English"
        case "se": "Davvisámegiella"
        default: code
        }
    }
}
