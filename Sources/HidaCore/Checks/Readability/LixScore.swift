/// The counts behind a LIX readability score and the score itself.
struct LixScore: Sendable, Equatable {
    /// Tokens between whitespace that contain at least one letter (numbers alone are not words).
    var words: Int
    /// Sentences that contain at least one word.
    var sentences: Int
    /// Words with more than six letters.
    var longWords: Int
    /// words / sentences + 100 × longWords / words; 0 for a text without words.
    var value: Double
}
