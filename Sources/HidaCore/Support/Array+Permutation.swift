extension Array {
    /// Puts the element at `order[k]` at position `k`, by swaps along each cycle of the permutation `order`. A swap
    /// moves two elements without copying them; building the rearranged array instead copied every element (a page
    /// retains some fifteen strings and arrays, a diagnostic five) and then released the originals.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "a permutation of every position")
        var placed = [Bool](repeating: false, count: order.count)
        // Through the buffer: its `swapAt` moves the two elements, where the array's copied them in and out.
        withUnsafeMutableBufferPointer { elements in
            for start in order.indices where !placed[start] {
                // The element that was at `start` travels along the cycle until it reaches the position it belongs at.
                var position = start
                placed[position] = true
                while order[position] != start {
                    elements.swapAt(position, order[position])
                    position = order[position]
                    placed[position] = true
                }
            }
        }
    }
}
