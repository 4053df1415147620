/// How text in one language becomes index terms: stop words and the stemmer.
///
/// `en…` uses the English (Porter2) stemmer; every other language of the portal
/// (`nb`, `nn`, `no`) uses the Snowball Norwegian stemmer, which covers both written forms.
struct SearchAnalyzer: Sendable {
    /// Whether the language is English, otherwise Norwegian.
    let isEnglish: Bool

    init(language: String) {
        isEnglish = language.lowercased().hasPrefix("en")
    }

    /// Names the theme's `assets/search-stem-<name>.js`: a search page loads only its language's stemmer.
    var stemmerName: String { isEnglish ? "en" : "no" }

    /// Lowercase stop words that are never indexed or searched for.
    var stopWords: Set<StemmerWord> { isEnglish ? SearchAnalyzer.englishStopWords : SearchAnalyzer.norwegianStopWords }

    /// The index terms of `text`, in order: words of two or more letters, minus stop words, stemmed.
    func terms(_ text: String) -> [StemmerWord] {
        let stops = stopWords
        var terms: [StemmerWord] = []
        SearchTokenizer.forEachWord(in: text) { word in
            guard word.count >= 2, !stops.contains(word) else { return }
            terms.append(stem(word))
        }
        return terms
    }

    /// The stem of one lowercase word.
    func stem(_ word: StemmerWord) -> StemmerWord {
        var stem = word
        if isEnglish { EnglishStemmer.stem(&stem) } else { NorwegianStemmer.stem(&stem) }
        return stem
    }

    /// The stop words as one space-separated string, as `meta.json` ships them.
    var stopWordList: String {
        (isEnglish ? SearchAnalyzer.englishWords : SearchAnalyzer.norwegianWords)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // Short lists on purpose: only words that carry no meaning in a portal search.
    // The same lists are written to meta.json, so search.js never has its own copy.
    static let norwegianWords = """
        og i å er som på det en et ei til av for med har ikke ikkje du de den dei kan at om seg sin sitt sine \
        var vil skal fra frå men eller så da då når hva kva jeg eg vi me han hun ho dem deg meg oss dere dykk \
        min mitt mine din ditt dine vår vårt våre deres dykkar der her hvis dersom også òg ble vart blir blei \
        vert bli hvor kor denne dette disse desse
        """
    static let englishWords = """
        the and of to in is for on at by with from as an be are was were or it its this that these those you \
        your we our not no can will if into than then there their they he she his her which who what when \
        where how all any has have had do does been being but so such about also may must should would
        """

    private static let norwegianStopWords = stopWordSet(norwegianWords)
    private static let englishStopWords = stopWordSet(englishWords)

    private static func stopWordSet(_ words: String) -> Set<StemmerWord> {
        Set(words.split(separator: " ").map { StemmerWord(literal: String($0)) })
    }
}
