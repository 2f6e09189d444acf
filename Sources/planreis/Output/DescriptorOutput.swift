import Foundation

/// Bytes written straight to a file descriptor with write(2): no `Data`, no `String` on the
/// way. The first failure is kept (later writes are skipped) and thrown by `check()`.
final class DescriptorOutput {
    let descriptor: Int32
    private var closes: Bool
    private(set) var failure: WriteFailure?

    /// Writes to `descriptor`; `closes` makes `close()` close it (not so for standard output).
    init(descriptor: Int32, closes: Bool) {
        self.descriptor = descriptor
        self.closes = closes
    }

    deinit {
        if closes { _ = Foundation.close(descriptor) }
    }

    /// Standard output, left open.
    static var standardOutput: DescriptorOutput { DescriptorOutput(descriptor: STDOUT_FILENO, closes: false) }

    /// A new file only the owner can read, created exclusively (an existing file is an error).
    static func createExclusively(_ path: String) throws -> DescriptorOutput {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteFailure(code: errno) }
        return DescriptorOutput(descriptor: descriptor, closes: true)
    }

    /// Writes every byte, again after an interrupted or partial write.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                failure = WriteFailure(code: errno)
                return
            }
            next += written
            left -= written
        }
    }

    /// Throws the first failure, if any.
    func check() throws {
        if let failure { throw failure }
    }

    /// Closes the descriptor (when this output owns it) and throws the first failure, if any.
    func close() throws {
        if closes {
            closes = false
            if Foundation.close(descriptor) != 0 && failure == nil { failure = WriteFailure(code: errno) }
        }
        try check()
    }
}

/// A failed system call on an output, described as the system describes its error number.
struct WriteFailure: LocalizedError {
    var code: Int32

    var errorDescription: String? { String(cString: strerror(code)) }
}
