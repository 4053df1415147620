/// One CSV record as unescaped field bytes; valid only inside the callback that receives it.
///
/// Field `i` spans `bytes[fieldBounds[2 * i] ..< fieldBounds[2 * i + 1]]`: fields may point into the
/// reader's chunk directly (a plain record) or into a buffer of unescaped bytes (quoted or split records).
struct CSVRecord {
    /// The 1-based line on which the record starts.
    let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let fieldBounds: UnsafeBufferPointer<Int>

    var fieldCount: Int { fieldBounds.count / 2 }

    /// The unescaped bytes of field `index` (quotes removed, doubled quotes made single).
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < fieldCount, let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = fieldBounds[2 * index]
        return UnsafeBufferPointer(start: base + start, count: fieldBounds[2 * index + 1] - start)
    }

    /// Field `index` as text; invalid UTF-8 is replaced rather than rejected.
    func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }
}
