/// Everything one parsed document owns: its nodes, as records in one buffer linked by index,
/// and one byte buffer that holds every literal (text, code, destinations, heading ids).
///
/// Parsing writes it from one thread; once `MarkdownDocument.parse` returns it is read-only,
/// which is why it may be shared between threads. Its stored properties opt out of dynamic
/// exclusivity checks because the parsers touch them for every byte and node.
final class DocumentTree: @unchecked Sendable {
    /// The literal bytes nodes point into.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    // A raw buffer, not an array: records are written millions of times, and an array would
    // check uniqueness and bounds on every write.
    @exclusivity(unchecked) private var records: UnsafeMutablePointer<NodeRecord>
    @exclusivity(unchecked) private(set) var nodeCount = 0
    @exclusivity(unchecked) private var nodeCapacity: Int

    init(byteCapacity: Int, nodeCapacity: Int) {
        bytes.reserveCapacity(byteCapacity)
        self.nodeCapacity = max(nodeCapacity, 16)
        records = UnsafeMutablePointer<NodeRecord>.allocate(capacity: self.nodeCapacity)
    }

    deinit {
        records.deinitialize(count: nodeCount)
        records.deallocate()
    }

    subscript(index: Int32) -> NodeRecord {
        @inline(__always) unsafeAddress {
            assert(index >= 0 && Int(index) < nodeCount, "node index out of range")
            return UnsafePointer(records + Int(index))
        }
        @inline(__always) unsafeMutableAddress {
            assert(index >= 0 && Int(index) < nodeCount, "node index out of range")
            return records + Int(index)
        }
    }

    /// The nodes of one type, in the order they were made (document order for blocks).
    func nodes(ofType type: NodeType) -> [Int32] {
        var found: [Int32] = []
        for index in 0 ..< nodeCount where records[index].type == type { found.append(Int32(index)) }
        return found
    }

    /// Adds an unlinked node and returns its index.
    @inline(__always)
    func makeNode(_ type: NodeType, line: Int32, column: Int32) -> Int32 {
        if nodeCount == nodeCapacity { grow() }
        (records + nodeCount).initialize(to: NodeRecord(type, line: line, column: column))
        nodeCount += 1
        return Int32(nodeCount - 1)
    }

    private func grow() {
        let capacity = nodeCapacity * 2
        let larger = UnsafeMutablePointer<NodeRecord>.allocate(capacity: capacity)
        larger.moveInitialize(from: records, count: nodeCount)
        records.deallocate()
        records = larger
        nodeCapacity = capacity
    }

    /// Makes `child` the last child of `parent`.
    @inline(__always)
    func appendChild(_ child: Int32, to parent: Int32) {
        self[child].next = NodeRecord.none
        let last = self[parent].lastChild
        if last == NodeRecord.none {
            self[parent].firstChild = child
        } else {
            self[last].next = child
        }
        self[parent].lastChild = child
    }

    /// The children of `parent` in order.
    func children(of parent: Int32) -> [Int32] {
        var result: [Int32] = []
        var child = self[parent].firstChild
        while child != NodeRecord.none {
            result.append(child)
            child = self[child].next
        }
        return result
    }

    /// Appends bytes and returns the range they occupy.
    @inline(__always)
    func appendBytes<C: Collection>(_ newBytes: C) -> (Int32, Int32) where C.Element == UInt8 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: newBytes)
        return (start, Int32(bytes.count))
    }

    /// The bytes in `start..<end` decoded as a string.
    func string(_ start: Int32, _ end: Int32) -> String {
        guard start < end else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
        }
    }

    /// Appends the text content of a node's inline descendants: text, code, and breaks as spaces or newlines.
    ///
    /// `nodeBudget` bounds the walk, so link texts of 10 000 nested images stay linear to collect.
    func appendPlainText(of node: Int32, to output: inout [UInt8], nodeBudget: Int = .max) {
        var budget = nodeBudget
        // The sibling to continue with after each container entered below `node`.
        var resume: [Int32] = []
        var current = node
        while true {
            budget -= 1
            if budget < 0 { return }
            let record = self[current]
            switch record.type {
            case .text, .code, .codeBlock:
                output.append(contentsOf: bytes[Int(record.literalStart)..<Int(record.literalEnd)])
            case .softBreak:
                output.append(ASCII.space)
            case .lineBreak:
                output.append(ASCII.newline)
            default:
                if record.hasChildren {
                    if current != node { resume.append(record.next) }
                    current = record.firstChild
                    continue
                }
            }
            if current == node { return }
            var following = record.next
            while following == NodeRecord.none {
                guard let saved = resume.popLast() else { return }
                following = saved
            }
            current = following
        }
    }
}
