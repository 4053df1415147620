/// Orders a journey's steps so that every `after` holds, keeping the written order where nothing forces another.
enum JourneyOrdering {
    /// Groups of step indexes in display order; steps in one group share their predecessors and can be done at the same time.
    /// Unknown `after` ids and cycles are reported; the steps involved are then shown in written order.
    static func stages(of journey: Journey) -> (stages: [[Int]], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let steps = journey.steps
        var indexOfID: [String: Int] = [:]
        for (index, step) in steps.enumerated() { indexOfID[step.id] = index }
        var predecessors = Array(repeating: [Int](), count: steps.count)
        for (index, step) in steps.enumerated() {
            for reference in step.after {
                if let predecessor = indexOfID[reference.value] {
                    if predecessor == index {
                        diagnostics.append(.error("step \"\(step.id)\" cannot come after itself", at: reference.location, rule: "journey-cycle"))
                    } else if !predecessors[index].contains(predecessor) {
                        predecessors[index].append(predecessor)
                    }
                } else {
                    let suggestion = Suggestions.closest(to: reference.value, among: steps.map(\.id))
                    diagnostics.append(.error(
                        "unknown step id \"\(reference.value)\" in after (\(suggestion.map { "did you mean \"\($0)\"?" } ?? "known steps: \(steps.map(\.id).joined(separator: ", "))"))",
                        at: reference.location, rule: "unknown-step"))
                }
            }
        }
        var order: [Int] = []
        var placed = Array(repeating: false, count: steps.count)
        // Kahn's algorithm, always taking the earliest-written ready step: O(n²) over a journey's handful of steps.
        while order.count < steps.count {
            guard let next = steps.indices.first(where: { !placed[$0] && predecessors[$0].allSatisfy { placed[$0] } }) else {
                let cycle = findCycle(predecessors: predecessors, placed: placed)
                let names = cycle.map { steps[$0].id } + [steps[cycle[0]].id]
                let at = steps[cycle[0]].after.first { indexOfID[$0.value] == cycle[cycle.count - 1] }?.location ?? steps[cycle[0]].location
                diagnostics.append(.error("the steps' \"after\" lists form a cycle: \(names.joined(separator: " → "))", at: at, rule: "journey-cycle"))
                for index in steps.indices where !placed[index] {
                    placed[index] = true
                    order.append(index)
                }
                break
            }
            placed[next] = true
            order.append(next)
        }
        var stages: [[Int]] = []
        for index in order {
            if let last = stages.last, Set(predecessors[last[0]]) == Set(predecessors[index]) {
                stages[stages.count - 1].append(index)
            } else {
                stages.append([index])
            }
        }
        return (stages, diagnostics)
    }

    /// A cycle among the unplaced steps, in the order the steps must come (each after the previous).
    private static func findCycle(predecessors: [[Int]], placed: [Bool]) -> [Int] {
        guard let start = placed.indices.first(where: { !placed[$0] }) else { return [] }
        var path: [Int] = []
        var positionInPath: [Int: Int] = [:]
        var current = start
        while positionInPath[current] == nil {
            positionInPath[current] = path.count
            path.append(current)
            guard let predecessor = predecessors[current].first(where: { !placed[$0] }) else { return [start] }
            current = predecessor
        }
        // The path follows "after" backwards; reverse it so arrows read in the order the steps demand,
        // then start at the earliest-written step so the message is the same however the search ran.
        let cycle = Array(path[positionInPath[current]!...].reversed())
        let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
        return Array(cycle[first...] + cycle[..<first])
    }
}
