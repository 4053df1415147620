/// Growable bytes for rendered output, shared by the Markdown and template renderers.
///
/// A raw buffer rather than `[UInt8]`: the renderers append millions of short runs, and an
/// array append pays a uniqueness check and a generic copy path each time (some 70 instructions
/// before the copy itself). The methods are inlinable, so that the renderers' modules inline them.
public final class OutputBuffer {
    @usableFromInline @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>
    @usableFromInline @exclusivity(unchecked) var byteCount = 0
    @usableFromInline @exclusivity(unchecked) var capacity: Int

    /// The number of bytes written.
    @inlinable public var count: Int { byteCount }

    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always)
    public func reserve(_ extra: Int) {
        if byteCount + extra > capacity { grow(to: byteCount + extra) }
    }

    @usableFromInline @inline(never)
    func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: base, count: byteCount)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        reserve(1)
        base[byteCount] = byte
        byteCount += 1
    }

    @inlinable @inline(__always)
    public func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (base + byteCount).update(from: source, count: length)
        byteCount += length
    }

    @inlinable @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    @inlinable @inline(__always)
    public func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `text`, without copying it when it is stored contiguously (native strings are).
    @inlinable
    public func append(utf8 text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    @inlinable
    public func removeAll() {
        byteCount = 0
    }

    /// The last byte written, or nil when nothing was.
    @inlinable public var last: UInt8? { byteCount > 0 ? base[byteCount - 1] : nil }

    /// Lends the bytes written so far without copying them.
    @inlinable
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: byteCount))
    }

    /// The bytes written so far, as an array.
    public var bytes: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: byteCount))
    }
}
