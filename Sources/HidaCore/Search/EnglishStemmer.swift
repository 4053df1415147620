/// The Snowball English (Porter2) stemmer, rules of Snowball 3.0, used for `en`.
///
/// Written from the algorithm's description at
/// https://snowballstem.org/algorithms/english/stemmer.html: exceptional words, `Y`
/// marking, regions R1 and R2, then steps 0, 1a, 1b, 1c and 2 to 5.
enum EnglishStemmer {
    /// Returns the stem of one lowercase word (`generously` → `generous`).
    static func stem(_ word: String) -> String {
        var letters = StemmerWord(literal: word)
        stem(&letters)
        return letters.stemmerString
    }

    /// Stems a lowercase word in place.
    static func stem(_ word: inout StemmerWord) {
        if let exception = exceptionalForms[word] {
            word = exception
            return
        }
        guard word.count > 2 else { return }
        if word.first == apostrophe { word.removeFirst() }
        markConsonantYs(&word)
        var regions = Regions(of: word)
        removeApostropheSuffix(&word)
        removePluralSuffix(&word)
        removeVerbSuffix(&word, regions: regions)
        replaceFinalY(&word)
        regions.clamp(to: word.count)
        replaceDerivationalSuffix(&word, table: stepTwoSuffixes, regions: regions)
        replaceDerivationalSuffix(&word, table: stepThreeSuffixes, regions: regions)
        removeResidualSuffix(&word, regions: regions)
        removeFinalEOrL(&word, regions: regions)
        for index in word.indices where word[index] == capitalY { word[index] = letterY }
    }

    // MARK: Letters

    private static let apostrophe = UInt32(UInt8(ascii: "'"))
    private static let letterY = UInt32(UInt8(ascii: "y"))
    private static let capitalY = UInt32(UInt8(ascii: "Y"))
    private static let letterE = UInt32(UInt8(ascii: "e"))
    private static let letterL = UInt32(UInt8(ascii: "l"))
    private static let vowels: Set<UInt32> = Set(StemmerWord(literal: "aeiouy"))
    private static let shortSyllableExclusions: Set<UInt32> = Set(StemmerWord(literal: "wxY"))
    private static let doubles: [StemmerWord] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].map { StemmerWord(literal: $0) }
    private static let validLIEndings: Set<UInt32> = Set(StemmerWord(literal: "cdeghkmnrt"))
    private static let undoublingExceptions: Set<UInt32> = Set(StemmerWord(literal: "aeo"))

    static func isVowel(_ letter: UInt32) -> Bool { vowels.contains(letter) }

    // MARK: Exceptions and regions

    /// Words stemmed by lookup instead of by the rules (the description's exceptional forms).
    private static let exceptionalForms: [StemmerWord: StemmerWord] = {
        let special = ["skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli",
                       "early": "earli", "only": "onli", "singly": "singl"]
        let invariant = ["sky", "news", "howe", "atlas", "cosmos", "bias", "andes"]
        var table: [StemmerWord: StemmerWord] = [:]
        for (word, stem) in special { table[StemmerWord(literal: word)] = StemmerWord(literal: stem) }
        for word in invariant { table[StemmerWord(literal: word)] = StemmerWord(literal: word) }
        return table
    }()

    /// Word beginnings after which R1 starts, so that e.g. `generous` and `general` stay apart.
    private static let regionOnePrefixes: [StemmerWord] = ["gener", "commun", "arsen", "past", "univers", "later"]
        .map { StemmerWord(literal: $0) }

    /// Start offsets of R1 and R2; a region that starts at the word's end is empty.
    struct Regions {
        var one: Int
        var two: Int

        init(of word: StemmerWord) {
            if let prefix = regionOnePrefixes.first(where: { word.starts(with: $0) }) {
                one = prefix.count
            } else {
                one = word.regionStart(from: 0, isVowel: isVowel)
            }
            two = word.regionStart(from: one, isVowel: isVowel)
        }

        /// Keeps both regions inside a word that step 1 shortened.
        mutating func clamp(to length: Int) {
            one = Swift.min(one, length)
            two = Swift.min(two, length)
        }
    }

    /// An initial `y` and a `y` after a vowel are consonants: they become `Y` until the end.
    private static func markConsonantYs(_ word: inout StemmerWord) {
        for index in word.indices where word[index] == letterY {
            if index == 0 || isVowel(word[index - 1]) { word[index] = capitalY }
        }
    }

    /// A short syllable ends `word`: non-vowel, vowel, non-vowel other than `w`, `x`, `Y`;
    /// or a vowel then a non-vowel at the start; or the whole word is `past`.
    private static func endsWithShortSyllable(_ word: ArraySlice<UInt32>) -> Bool {
        let letters = Array(word)
        let count = letters.count
        if letters == past { return true }
        if count == 2 { return isVowel(letters[0]) && !isVowel(letters[1]) }
        guard count >= 3 else { return false }
        let last = letters[count - 1]
        return !isVowel(letters[count - 3]) && isVowel(letters[count - 2])
            && !isVowel(last) && !shortSyllableExclusions.contains(last)
    }

    private static let past = StemmerWord(literal: "past")

    /// A word is short when R1 is empty and it ends with a short syllable.
    private static func isShort(_ word: StemmerWord, regions: Regions) -> Bool {
        regions.one >= word.count && endsWithShortSyllable(word[...])
    }

    /// The longest suffix of `table` that ends the word.
    private static func longestSuffix<Action>(of word: StemmerWord, in table: [(suffix: StemmerWord, action: Action)]) -> (suffix: StemmerWord, action: Action)? {
        table.first { word.hasSuffix($0.suffix) }
    }

    private static func sortedLongestFirst<Action>(_ rows: [(String, Action)]) -> [(suffix: StemmerWord, action: Action)] {
        rows.map { (suffix: StemmerWord(literal: $0.0), action: $0.1) }.sorted { $0.suffix.count > $1.suffix.count }
    }

    // MARK: Step 0 and step 1a

    private static let apostropheSuffixes: [(suffix: StemmerWord, action: Void)] = sortedLongestFirst([("'s'", ()), ("'s", ()), ("'", ())])

    private static func removeApostropheSuffix(_ word: inout StemmerWord) {
        if let match = longestSuffix(of: word, in: apostropheSuffixes) { word.removeLast(match.suffix.count) }
    }

    private enum PluralAction { case sses, ies, s, keep }

    private static let pluralSuffixes = sortedLongestFirst([("sses", PluralAction.sses), ("ied", .ies), ("ies", .ies),
                                                            ("s", .s), ("us", .keep), ("ss", .keep)])

    private static func removePluralSuffix(_ word: inout StemmerWord) {
        guard let match = longestSuffix(of: word, in: pluralSuffixes) else { return }
        let stemLength = word.count - match.suffix.count
        switch match.action {
        case .sses:
            word.removeLast(2)
        case .ies:
            word.replaceSuffix(length: 3, with: StemmerWord(literal: stemLength > 1 ? "i" : "ie"))
        case .s:
            // A vowel must come before the letter just in front of the `s` (gaps → gap, gas stays).
            if stemLength >= 2, word[0 ..< stemLength - 1].contains(where: isVowel) { word.removeLast() }
        case .keep:
            break
        }
    }

    // MARK: Step 1b and 1c

    private enum VerbAction { case eed, ed, ing }

    private static let verbSuffixes = sortedLongestFirst([("eed", VerbAction.eed), ("eedly", .eed), ("ed", .ed),
                                                          ("edly", .ed), ("ing", .ing), ("ingly", .ed)])

    private static let eedExceptions: Set<StemmerWord> = Set(["proc", "exc", "succ"].map { StemmerWord(literal: $0) })
    private static let ingExceptions: Set<StemmerWord> = Set(["inn", "out", "cann", "herr", "earr", "even"].map { StemmerWord(literal: $0) })
    private static let eAddingEndings: [StemmerWord] = ["at", "bl", "iz"].map { StemmerWord(literal: $0) }

    private static func removeVerbSuffix(_ word: inout StemmerWord, regions: Regions) {
        guard let match = longestSuffix(of: word, in: verbSuffixes) else { return }
        let stem = Array(word.dropLast(match.suffix.count))
        switch match.action {
        case .eed:
            if eedExceptions.contains(stem) { return }
            if stem.count >= regions.one { word.replaceSuffix(length: match.suffix.count, with: StemmerWord(literal: "ee")) }
            return
        case .ing:
            // dying → die, lying → lie; inning, outing, herring … stay whole.
            if stem.count == 2, stem[1] == letterY, !isVowel(stem[0]) {
                word = [stem[0]] + StemmerWord(literal: "ie")
                return
            }
            if ingExceptions.contains(stem) { return }
        case .ed:
            break
        }
        guard stem.contains(where: isVowel) else { return }
        word = stem
        if eAddingEndings.contains(where: { word.hasSuffix($0) }) {
            word.append(letterE)
        } else if doubles.contains(where: { word.hasSuffix($0) }) {
            // add, egg, off: a double right after a lone a, e or o stays.
            if !(word.count == 3 && undoublingExceptions.contains(word[0])) { word.removeLast() }
        } else if isShort(word, regions: regions) {
            word.append(letterE)
        }
    }

    /// Step 1c: a final `y` after a non-initial non-vowel becomes `i` (cry → cri, by stays).
    private static func replaceFinalY(_ word: inout StemmerWord) {
        guard word.count > 2, let last = word.last, last == letterY || last == capitalY else { return }
        if !isVowel(word[word.count - 2]) { word[word.count - 1] = UInt32(UInt8(ascii: "i")) }
    }

    // MARK: Steps 2 and 3

    private enum Replacement { case with(String), ogi, li, deleteInRegionTwo }

    private static let stepTwoSuffixes = sortedLongestFirst([
        ("tional", Replacement.with("tion")), ("enci", .with("ence")), ("anci", .with("ance")),
        ("abli", .with("able")), ("entli", .with("ent")), ("izer", .with("ize")), ("ization", .with("ize")),
        ("ational", .with("ate")), ("ation", .with("ate")), ("ator", .with("ate")),
        ("alism", .with("al")), ("aliti", .with("al")), ("alli", .with("al")),
        ("fulness", .with("ful")), ("ousli", .with("ous")), ("ousness", .with("ous")),
        ("iveness", .with("ive")), ("iviti", .with("ive")), ("biliti", .with("ble")), ("bli", .with("ble")),
        ("ogist", .with("og")), ("ogi", .ogi), ("fulli", .with("ful")), ("lessli", .with("less")), ("li", .li),
    ])

    private static let stepThreeSuffixes = sortedLongestFirst([
        ("tional", Replacement.with("tion")), ("ational", .with("ate")), ("alize", .with("al")),
        ("icate", .with("ic")), ("iciti", .with("ic")), ("ical", .with("ic")),
        ("ful", .with("")), ("ness", .with("")), ("ative", .deleteInRegionTwo),
    ])

    /// Steps 2 and 3: only the longest matching suffix counts, and it must lie in R1.
    private static func replaceDerivationalSuffix(_ word: inout StemmerWord, table: [(suffix: StemmerWord, action: Replacement)], regions: Regions) {
        guard let match = longestSuffix(of: word, in: table) else { return }
        let start = word.count - match.suffix.count
        guard start >= regions.one else { return }
        switch match.action {
        case .with(let replacement):
            word.replaceSuffix(length: match.suffix.count, with: StemmerWord(literal: replacement))
        case .ogi:
            if start > 0, word[start - 1] == letterL { word.replaceSuffix(length: 3, with: StemmerWord(literal: "og")) }
        case .li:
            if start > 0, validLIEndings.contains(word[start - 1]) { word.removeLast(2) }
        case .deleteInRegionTwo:
            if start >= regions.two { word.removeLast(match.suffix.count) }
        }
    }

    // MARK: Steps 4 and 5

    private static let stepFourSuffixes = sortedLongestFirst(
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"]
            .map { ($0, ()) })

    private static let sOrT: Set<UInt32> = Set(StemmerWord(literal: "st"))

    private static func removeResidualSuffix(_ word: inout StemmerWord, regions: Regions) {
        guard let match = longestSuffix(of: word, in: stepFourSuffixes) else { return }
        let start = word.count - match.suffix.count
        guard start >= regions.two else { return }
        if match.suffix == StemmerWord(literal: "ion") {
            guard start > 0, sOrT.contains(word[start - 1]) else { return }
        }
        word.removeLast(match.suffix.count)
    }

    private static func removeFinalEOrL(_ word: inout StemmerWord, regions: Regions) {
        guard let last = word.last else { return }
        let start = word.count - 1
        if last == letterE {
            if start >= regions.two || (start >= regions.one && !endsWithShortSyllable(word[..<start])) {
                word.removeLast()
            }
        } else if last == letterL, start >= regions.two, start > 0, word[start - 1] == letterL {
            word.removeLast()
        }
    }
}
