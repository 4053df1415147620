import Foundation
import ByteBuffer

extension String {
    /// Whether this string comes before `other` in the byte order of their UTF-8 forms, which is code point order:
    /// the same on every machine, unlike `<`, which compares canonically equivalent forms as equal. Compared on the
    /// contiguous bytes where they are stored (no copies, which retained both strings at every comparison), since a
    /// content tree's thousands of paths are sorted with it.
    func precedesInByteOrder(_ other: String) -> Bool {
        withUTF8Bytes { a in
            other.withUTF8Bytes { b in
                let common = Swift.min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
