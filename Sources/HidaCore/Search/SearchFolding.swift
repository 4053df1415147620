/// The ASCII key a term is also found under, so a query typed without æ, ø and å still matches.
///
/// The rule, identical in `search.js` (`fold`): lowercase letters with diacritics lose them
/// (é → e, ü → u, å → a), æ and ä become `ae`, ø and ö become `o`, œ → `oe`, ß → `ss`,
/// þ → `th`, ð and đ → `d`, ł → `l`; then every run of `a` shrinks to one `a`, so `å`, `aa` and `a`
/// meet. `søknad` and `soknad` share the key `soknad`, `førerkort` and `forerkort` share
/// `forerkort`, `skjære` and `skjaere` share `skjaer`, `gård` and `gaard` share `gard`.
/// Keys choose the shard a term lives in and let a query word match every spelling variant.
enum SearchFolding {
    /// The folded key of a lowercase term.
    static func fold(_ term: StemmerWord) -> StemmerWord {
        var key: StemmerWord = []
        key.reserveCapacity(term.count + 2)
        for letter in term {
            if letter < 0x80 {
                append(letter, to: &key)
            } else if let replacement = replacements[letter] {
                for value in replacement { append(value, to: &key) }
            } else {
                append(letter, to: &key)
            }
        }
        return key
    }

    /// The folded key of a lowercase term given as a string.
    static func fold(_ term: String) -> String {
        fold(StemmerWord(literal: term)).stemmerString
    }

    private static let letterA = UInt32(UInt8(ascii: "a"))

    private static func append(_ letter: UInt32, to key: inout StemmerWord) {
        if letter == letterA, key.last == letterA { return }
        key.append(letter)
    }

    /// One row per ASCII result; `search.js` carries the same two strings.
    static let foldedFrom = "àáâãåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõōőùúûūůűųýÿśšşťźżžŕřğ"
    static let foldedTo = "aaaaaaaacccdeeeeeeeeiiiiiiinnnoooooouuuuuuuyyssstzzzrrg"

    private static let replacements: [UInt32: StemmerWord] = {
        var table: [UInt32: StemmerWord] = [:]
        for (from, to) in zip(foldedFrom.unicodeScalars, foldedTo.unicodeScalars) {
            table[from.value] = [to.value]
        }
        let multiLetter = ["æ": "ae", "ä": "ae", "ø": "o", "ö": "o", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ł": "l"]
        for (from, to) in multiLetter {
            guard let scalar = from.unicodeScalars.first else { continue }
            table[scalar.value] = StemmerWord(literal: to)
        }
        return table
    }()
}
