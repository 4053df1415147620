extension String {
    /// Whether this string comes before `other` in the byte order of their UTF-8 forms, which is code point order:
    /// the same on every machine, unlike `<`, which compares canonically equivalent forms as equal. Compared on the
    /// contiguous bytes, since a content tree's thousands of paths are sorted with it.
    func precedesInByteOrder(_ other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = Swift.min(a.count, b.count)
                var index = 0
                while index < common {
                    if a[index] != b[index] { return a[index] < b[index] }
                    index += 1
                }
                return a.count < b.count
            }
        }
    }
}
