/// A growable array of plain values that a parser empties and refills for every leaf block.
///
/// An `Array` held by a class pays a uniqueness check on every append and a generic call to
/// be emptied; the inline parser does both for every node of every paragraph.
final class ScratchArray<Element: BitwiseCopyable> {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    var last: Element? { count > 0 ? base[count - 1] : nil }

    /// The elements as a buffer, valid until the next append.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    subscript(index: Int) -> Element {
        @inline(__always) unsafeAddress {
            assert(index >= 0 && index < count, "scratch index out of range")
            return UnsafePointer(base + index)
        }
        @inline(__always) unsafeMutableAddress {
            assert(index >= 0 && index < count, "scratch index out of range")
            return base + index
        }
    }

    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    func append(_ source: UnsafePointer<Element>, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        (base + count).initialize(from: source, count: length)
        count += length
    }

    @inline(never)
    private func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }

    @inline(__always)
    func removeAll() {
        count = 0
    }

    @discardableResult
    func removeLast() -> Element {
        assert(count > 0, "removeLast from an empty scratch array")
        count -= 1
        return base[count]
    }

    /// Drops the elements from `newCount` on.
    func truncate(to newCount: Int) {
        assert(newCount >= 0 && newCount <= count, "truncating beyond the end")
        count = newCount
    }
}
