extension String {
    /// Calls `body` with the string's UTF-8 bytes where they are stored. `withUTF8` is `mutating`, so calling it
    /// needs a copy in a `var`, which retains the string's storage and releases it again: for a label or UI string
    /// that every page shows, from every core at once.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        return try contiguous.withUTF8(body)
    }
}
