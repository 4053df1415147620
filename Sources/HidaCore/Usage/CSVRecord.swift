/// One CSV record as unescaped field bytes; valid only inside the callback that receives it.
///
/// The fields share one buffer: field `i` spans `fieldEnds[i - 1] ..< fieldEnds[i]` (the first starts at 0).
struct CSVRecord {
    /// The 1-based line on which the record starts.
    let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let fieldEnds: UnsafeBufferPointer<Int>

    var fieldCount: Int { fieldEnds.count }

    /// The unescaped bytes of field `index` (quotes removed, doubled quotes made single).
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < fieldEnds.count, let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return UnsafeBufferPointer(start: base + start, count: fieldEnds[index] - start)
    }

    /// Field `index` as text; invalid UTF-8 is replaced rather than rejected.
    func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }
}
