import Foundation

/// One allocation for a large table of the usage loader, freed with the last holder.
///
/// Blocks of 2 MiB and more are aligned to 2 MiB and offered to the kernel for transparent huge pages: the
/// session and pair tables are probed at random, and with 4 KiB pages nearly every probe of a table of tens or
/// hundreds of megabytes would also miss the TLB. Where huge pages are unavailable the advice is ignored.
final class LargeBlock: @unchecked Sendable {
    static let hugePageSize = 1 << 21

    /// Uninitialised memory of `bytes` bytes.
    let base: UnsafeMutableRawPointer
    let bytes: Int

    init(bytes: Int) {
        let isLarge = bytes >= Self.hugePageSize
        var pointer: UnsafeMutableRawPointer?
        guard posix_memalign(&pointer, isLarge ? Self.hugePageSize : 64, max(bytes, 64)) == 0, let block = pointer else {
            fatalError("out of memory allocating \(bytes) bytes for the usage tables")
        }
        #if os(Linux)
        if isLarge { _ = madvise(block, bytes, MADV_HUGEPAGE) }
        #endif
        base = block
        self.bytes = bytes
    }

    deinit {
        free(base)
    }
}
