/// The Snowball Norwegian stemmer (rules of Snowball 3.0), used for bokmål and nynorsk.
///
/// Written from the algorithm's description at
/// https://snowballstem.org/algorithms/norwegian/stemmer.html: a region R1, then
/// step 1 (main suffixes), step 2 (`dt`/`vt`) and step 3 (other suffixes), each of
/// which only removes a suffix that lies inside R1.
enum NorwegianStemmer {
    /// Returns the stem of one lowercase word (`søknadene` → `søknad`).
    static func stem(_ word: String) -> String {
        var letters = StemmerWord(literal: word)
        stem(&letters)
        return letters.stemmerString
    }

    /// Stems a lowercase word in place.
    static func stem(_ word: inout StemmerWord) {
        let regionOne = regionOneStart(of: word)
        removeMainSuffix(from: &word, regionOne: regionOne)
        removeConsonantPairEnding(from: &word, regionOne: regionOne)
        removeOtherSuffix(from: &word, regionOne: regionOne)
    }

    // MARK: Letters

    private static let vowels: Set<UInt32> = Set(StemmerWord(literal: "aeêioòóôuyæåø"))
    private static let validSEndings: Set<UInt32> = Set(StemmerWord(literal: "bcdfghjlmnoptvyz"))

    static func isVowel(_ letter: UInt32) -> Bool { vowels.contains(letter) }

    /// R1 starts after the first non-vowel that follows a vowel, and never before the
    /// fourth letter (the German definition the description refers to).
    static func regionOneStart(of word: StemmerWord) -> Int {
        word.count < 3 ? word.count : Swift.max(word.regionStart(from: 0, isVowel: isVowel), 3)
    }

    // MARK: Step 1

    private enum MainAction { case delete, ers, s, replaceWithEr }

    /// Longest first, so the first suffix that fits in R1 is the one the rules mean.
    private static let mainSuffixes: [(suffix: StemmerWord, action: MainAction)] = {
        let deleted = ["a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "en", "heten", "ar",
                       "er", "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens",
                       "hetens", "ets", "et", "het", "ast"]
        var table: [(suffix: StemmerWord, action: MainAction)] = deleted.map { (StemmerWord(literal: $0), MainAction.delete) }
        table.append((StemmerWord(literal: "ers"), .ers))
        table.append((StemmerWord(literal: "s"), .s))
        table.append((StemmerWord(literal: "erte"), .replaceWithEr))
        table.append((StemmerWord(literal: "ert"), .replaceWithEr))
        return table.sorted { $0.suffix.count > $1.suffix.count }
    }()

    /// Endings before `ers` that keep it (`kappers`, `bestemmers`…); any other ending,
    /// including `giv`, `hav` and `skap`, which outrank the shorter `v` and `kap`, lets it go.
    private static let ersKeepers: [StemmerWord] = ["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"]
        .map { StemmerWord(literal: $0) }
    private static let ersRemovers: [StemmerWord] = ["giv", "hav", "skap"].map { StemmerWord(literal: $0) }

    private static let er = StemmerWord(literal: "er")

    private static func removeMainSuffix(from word: inout StemmerWord, regionOne: Int) {
        guard let match = mainSuffixes.first(where: { word.hasSuffix($0.suffix, inRegionFrom: regionOne) }) else {
            return
        }
        let length = match.suffix.count
        switch match.action {
        case .delete:
            word.removeLast(length)
        case .ers:
            if ersKeepsSuffix(Array(word.dropLast(length))) { return }
            word.removeLast(length)
        case .s:
            if hasValidSEnding(Array(word.dropLast(length))) { word.removeLast(length) }
        case .replaceWithEr:
            word.replaceSuffix(length: length, with: er)
        }
    }

    private static func ersKeepsSuffix(_ stem: StemmerWord) -> Bool {
        let keeper = ersKeepers.filter { stem.hasSuffix($0) }.map(\.count).max() ?? 0
        let remover = ersRemovers.filter { stem.hasSuffix($0) }.map(\.count).max() ?? 0
        return keeper > remover
    }

    /// The letter before `s` may lie outside R1; only the `s` must be inside.
    private static func hasValidSEnding(_ stem: StemmerWord) -> Bool {
        guard let last = stem.last else { return false }
        if validSEndings.contains(last) { return true }
        let before = stem.count >= 2 ? stem[stem.count - 2] : nil
        switch last {
        case UInt32(UInt8(ascii: "r")):
            return before != UInt32(UInt8(ascii: "e"))
        case UInt32(UInt8(ascii: "k")):
            guard let before else { return false }
            return !isVowel(before)
        default:
            return false
        }
    }

    // MARK: Step 2

    private static let consonantPairs: [StemmerWord] = [StemmerWord(literal: "dt"), StemmerWord(literal: "vt")]

    private static func removeConsonantPairEnding(from word: inout StemmerWord, regionOne: Int) {
        if consonantPairs.contains(where: { word.hasSuffix($0, inRegionFrom: regionOne) }) {
            word.removeLast()
        }
    }

    // MARK: Step 3

    private static let otherSuffixes: [StemmerWord] = ["leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov", "elov", "slov", "hetslov"]
        .map { StemmerWord(literal: $0) }
        .sorted { $0.count > $1.count }

    private static func removeOtherSuffix(from word: inout StemmerWord, regionOne: Int) {
        if let suffix = otherSuffixes.first(where: { word.hasSuffix($0, inRegionFrom: regionOne) }) {
            word.removeLast(suffix.count)
        }
    }
}
