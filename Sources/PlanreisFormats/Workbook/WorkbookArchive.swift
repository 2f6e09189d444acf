import Foundation
internal import ZIPFoundation

/// The zip container of a workbook, opened with ZIPFoundation behind the checks a hostile file
/// needs: a bounded number of entries, no entry name that leaves the folder, declared sizes and
/// compression ratios looked at before anything is inflated, and the bytes actually inflated
/// counted while they come (a header may lie), per part and in total.
struct WorkbookArchive {
    /// Bounds on the container; `WorkbookLimits.init(_:)` derives them from the read limits.
    struct Limits: Hashable, Sendable {
        /// Most entries in the zip directory.
        var maxEntries = 10_000
        /// Most bytes inflated from all parts read together.
        var maxTotalBytes = 128 << 20
        /// Most bytes of one part, after inflating.
        var maxPartBytes = 128 << 20
        /// Most bytes of the shared strings (every one is held in memory while the sheet is read).
        var maxSharedStringBytes = 32 << 20
        /// Highest ratio of inflated to compressed size, for parts above `ratioFloor` bytes.
        var maxRatio = 100
        /// Parts smaller than this may compress as well as they like.
        var ratioFloor = 1 << 20
    }

    private let archive: Archive
    private let limits: Limits
    /// Entries by name.
    private let entries: [String: Entry]
    /// Bytes inflated so far over all parts.
    private var inflated = 0

    /// Opens `bytes`, refusing a container that breaks one of `limits` or is not a zip file.
    init(_ bytes: [UInt8], limits: Limits) throws(WorkbookProblem) {
        guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else { throw .notAZip }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip
        }
        var entries: [String: Entry] = [:]
        var declaredTotal: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries { throw .tooManyEntries(limits.maxEntries) }
            let name = entry.path
            guard Self.isSafe(name) else { throw .unsafeEntryName(name) }
            declaredTotal &+= entry.uncompressedSize
            if entry.uncompressedSize > UInt64(limits.maxTotalBytes) || declaredTotal > UInt64(limits.maxTotalBytes) {
                throw .tooLarge(part: name, limit: limits.maxTotalBytes)
            }
            if entry.uncompressedSize > UInt64(limits.ratioFloor),
                entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.maxRatio)
            {
                throw .ratio(part: name, limit: limits.maxRatio)
            }
            entries[name] = entry
        }
        self.archive = archive
        self.limits = limits
        self.entries = entries
    }

    /// Whether an entry name stays inside the folder it would be unpacked into: no absolute
    /// path, no drive letter, no `..` step, no backslash, no NUL.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\u{0}") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// Whether the container holds a part of this name.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The names of all parts.
    var names: [String] { entries.keys.sorted() }

    /// The inflated bytes of part `name` (nil when there is none), refused past its bound: the
    /// part limit, for shared strings their own, the total, and the size the part declared.
    mutating func read(_ name: String, sharedStrings: Bool = false) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let partLimit = sharedStrings ? min(limits.maxSharedStringBytes, limits.maxPartBytes) : limits.maxPartBytes
        if entry.uncompressedSize > UInt64(partLimit) { throw .tooLarge(part: name, limit: partLimit) }
        let declared = Int(entry.uncompressedSize)
        var out: [UInt8] = []
        // Declared sizes are within the bounds here; reserving them at once spares the copies of
        // a growing buffer (pages never written are never taken); one more byte lets a caller
        // end the part with a NUL for C string functions.
        out.reserveCapacity(declared + 1)
        var failure: WorkbookProblem?
        let budget = min(partLimit, limits.maxTotalBytes - inflated)
        do {
            // No CRC-32 check (it would cost as much as the inflating): damage shows as a deflate
            // error, a size other than the declared one, or XML that does not parse.
            _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: true) { chunk in
                if out.count + chunk.count > declared {
                    failure = .lyingSize(part: name)
                    throw CancellationError()
                }
                if out.count + chunk.count > budget {
                    failure = .tooLarge(part: name, limit: budget == partLimit ? partLimit : limits.maxTotalBytes)
                    throw CancellationError()
                }
                chunk.withUnsafeBytes { out.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
            }
        } catch {
            throw failure ?? .damaged(part: name)
        }
        if let failure { throw failure }
        if out.count != declared { throw .lyingSize(part: name) }
        inflated += out.count
        return out
    }
}
