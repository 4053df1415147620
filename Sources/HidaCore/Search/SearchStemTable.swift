/// The distinct stems met while analysing one chunk of documents; each document refers to its stems by their
/// number here, which keeps a 100 000-page index to a few bytes per document and term.
///
/// Filled by one thread while its chunk is analysed, read-only afterwards.
final class SearchStemTable: @unchecked Sendable {
    private(set) var stems: [StemmerWord] = []
    private var numberOfStem: [StemmerWordKey: Int32] = [:]

    func number(of stem: StemmerWordKey) -> Int32 {
        if let known = numberOfStem[stem] { return known }
        let number = Int32(stems.count)
        numberOfStem[stem] = number
        stems.append(stem.word)
        return number
    }
}
