/// Names the term shard a folded key lives in; `search.js` (`shardName`) names them the same way.
///
/// A shard name is the first letters of a folded key, where every character outside
/// `a–z` and `0–9` becomes `_`, so that names are safe file names. Shards start with two
/// letters and a shard that grows past `SearchIndexBuilder.largestShardBytes` is split by one
/// more letter; a key lives in the shard with the longest name that starts it.
enum SearchShardName {
    /// The first `length` characters of `key`, made file-name safe.
    static func prefix(of key: StemmerWord, length: Int) -> String {
        var name = ""
        for letter in key.prefix(length) {
            let isSafe = (0x61 ... 0x7A).contains(letter) || (0x30 ... 0x39).contains(letter)
            name.unicodeScalars.append(isSafe ? Unicode.Scalar(UInt8(letter)) : "_")
        }
        return name
    }

    /// The whole key made file-name safe.
    static func sanitized(_ key: StemmerWord) -> String {
        prefix(of: key, length: key.count)
    }

    /// Names of the shards that can hold `key`, or any key starting with `key` when `isPrefix`.
    static func shards(for key: StemmerWord, isPrefix: Bool, among names: [String]) -> [String] {
        let safeKey = sanitized(key)
        if isPrefix {
            return names.filter { safeKey.hasPrefix($0) || $0.hasPrefix(safeKey) }
        }
        let holders = names.filter { safeKey.hasPrefix($0) }
        guard let longest = holders.max(by: { $0.count < $1.count }) else { return [] }
        return [longest]
    }
}
