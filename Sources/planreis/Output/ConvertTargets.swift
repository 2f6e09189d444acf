import Foundation
import PlanreisFormats
import PlanreisModel

/// Where `convert` writes what it reads, journey by journey.
protocol ConvertTarget {
    /// Takes one journey that was read without errors.
    mutating func accept(_ journey: PlanreisModel.Journey) throws
    /// Ends the output: writes or keeps it when `keep`, leaves nothing behind otherwise.
    mutating func finish(keep: Bool) throws
}

/// One file in one format holding every journey, written at the end (atomically).
struct SingleFileTarget: ConvertTarget {
    let path: String
    let format: JourneyFormat
    private var journeys: [PlanreisModel.Journey] = []

    init(path: String, format: JourneyFormat) {
        self.path = path
        self.format = format
    }

    mutating func accept(_ journey: PlanreisModel.Journey) throws { journeys.append(journey) }

    mutating func finish(keep: Bool) throws {
        if keep { try Files.write(format.write(journeys), to: path) }
    }
}

/// An XES log streamed trace by trace into a temporary file beside the output, renamed into
/// place at the end, so that memory stays bounded by one trace and a failed run leaves nothing.
/// The writer's bytes go to the file (or standard output) with write(2), 64 KiB at a time.
struct XESLogTarget: ConvertTarget {
    let path: String
    private let temporary: String?
    private let output: DescriptorOutput
    private var writer: XESWriter

    init(path: String) throws {
        self.path = path
        if path == "-" {
            temporary = nil
            output = .standardOutput
        } else {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
            // Created exclusively and readable by the owner only: case data never lies open.
            guard let file = try? DescriptorOutput.createExclusively(temp) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            temporary = temp
            output = file
        }
        let output = output
        writer = XESWriter(byteSink: { output.write($0) }, bufferSize: 1 << 16)
        writer.begin()
    }

    mutating func accept(_ journey: PlanreisModel.Journey) throws {
        writer.write(journey)
        try output.check()
    }

    mutating func finish(keep: Bool) throws {
        writer.end()
        guard let temporary else { return try output.check() }
        do {
            try output.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        if keep {
            // rename(2) replaces the old file in one step: readers see the old or the new log, never none.
            guard rename(temporary, path) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } else {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}

/// A folder with one file per journey, named after the journey's id (made safe for file names);
/// each file is written as soon as its journey is read.
struct FolderTarget: ConvertTarget {
    let folder: String
    let format: JourneyFormat
    private(set) var written = 0
    private var usedNames: Set<String> = []

    init(folder: String, format: JourneyFormat) throws {
        self.folder = folder
        self.format = format
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    mutating func accept(_ journey: PlanreisModel.Journey) throws {
        let base = Self.fileName(for: journey.id)
        var name = base
        var counter = 2
        while usedNames.contains(name.lowercased()) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        usedNames.insert(name.lowercased())
        let path = (folder as NSString).appendingPathComponent(name + Self.fileExtension(format))
        try Files.write(format.write([journey]), to: path)
        written += 1
    }

    mutating func finish(keep: Bool) throws {}

    /// The extension files of a format get.
    static func fileExtension(_ format: JourneyFormat) -> String {
        switch format {
        case .planreisXML: ".planreis.xml"
        case .csv: ".csv"
        case .json: ".json"
        case .xes: ".xes"
        case .xlsx: ".xlsx"
        case .ods: ".ods"
        }
    }

    /// A journey id as a file name: ASCII letters, digits, `-`, `_` and `.` kept, anything else a
    /// dash; no leading dot or dash; at most 100 characters; "reis" when nothing is left.
    static func fileName(for id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let keep =
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
            if keep {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("-") {
                name += "-"
            }
        }
        while let first = name.first, first == "." || first == "-" { name.removeFirst() }
        name = String(name.prefix(100))
        while let last = name.last, last == "." || last == "-" { name.removeLast() }
        return name.isEmpty ? "reis" : name
    }
}
