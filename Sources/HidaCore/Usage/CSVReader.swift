import Foundation

/// A streaming RFC 4180 reader over UTF-8 bytes: it reads a file in fixed-size chunks,
/// so memory follows the longest record, not the file.
///
/// Accepts CRLF and LF line ends, a leading UTF-8 byte order mark, quoted fields with doubled quotes
/// and line breaks inside them. Blank lines are skipped. A record with bad quoting is reported
/// (with the line it starts on) and skipped; reading goes on with the next record.
enum CSVReader {
    /// What the reader hands to its caller, in file order.
    enum Event {
        case record(CSVRecord)
        case malformed(line: Int, reason: String)
    }

    /// Why a file could not be read at all.
    struct ReadFailure: Error, Sendable {
        let message: String
    }

    static let defaultChunkSize = 1 << 20
    /// A longer record is reported instead of buffered: an unterminated quote must not pull a whole file into memory.
    static let maximumRecordBytes = 1 << 20
    static let maximumFieldCount = 4096

    /// Copies events out of the reader's buffers so that they can be replayed on another thread.
    private struct RecordCopier: CSVBatchBuilder {
        static func makeBatch() -> CSVRecordBatch { CSVRecordBatch() }

        func add(_ event: Event, to batch: inout CSVRecordBatch) -> Bool {
            batch.append(event)
            return batch.isFull
        }
    }

    /// Reads `path` and calls `handle` for every record and every malformed record, in file order.
    ///
    /// With `concurrently`, parsing runs on a second thread while `handle` runs on this one,
    /// which pays off for files of many megabytes.
    static func scan(path: String, chunkSize: Int = defaultChunkSize, concurrently: Bool = false,
                     _ handle: (Event) -> Void) throws(ReadFailure) {
        if concurrently {
            var copier = RecordCopier()
            try CSVPipeline.run(path: path, chunkSize: chunkSize, concurrently: true, builder: &copier) { batch in
                batch.replay(handle)
            }
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadFailure(message: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var parser = CSVByteParser()
        defer { parser.release() }
        let chunkSize = max(chunkSize, 1)
        // The first read takes at least three bytes, so that a byte order mark is seen whole.
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: max(chunkSize, 3))
        defer { chunk.deallocate() }
        var chunkOffset = 0
        while true {
            let count = read(descriptor, chunk, chunkOffset == 0 ? max(chunkSize, 3) : chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(message: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 {
                guard let resume = parser.finish(handle) else { return }
                // An unterminated quote ran to the end of the file: read again from the line after its start.
                guard lseek(descriptor, off_t(resume), SEEK_SET) == off_t(resume) else { return }
                chunkOffset = resume
                continue
            }
            var start = 0
            if chunkOffset == 0, count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { start = 3 }
            parser.consume(UnsafeBufferPointer(start: chunk, count: count), from: start, chunkOffset: chunkOffset, handle)
            chunkOffset += count
        }
    }
}
