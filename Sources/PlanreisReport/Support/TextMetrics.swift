/// Conservative text widths without a browser: per-character advance widths (in thousandths of
/// an em) taking the wider of DejaVu Sans and Liberation Sans (Arial metrics), the fonts a
/// system font stack resolves to on Linux and that bound Segoe UI, Helvetica and Roboto from
/// above. The real rendering is checked by `Tests/browser/check.py`.
public enum TextMetrics {
    /// The font stack the timeline uses; the table below is measured for its widest members.
    public static let fontFamily =
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    /// Width of `text` at `size` user units, rounded up a little so estimates err on the wide side.
    public static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += advance(scalar, bold: bold) }
        return Double(total) / 1000 * size * 1.03 + 1
    }

    /// Advance of one scalar in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let v = scalar.value
        let table = bold ? boldTable : regularTable
        switch v {
        case 32...126: return Int(table[Int(v) - 32])
        case 160...255: return Int(table[Int(v) - 160 + 95])
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
            return 1000
        case 0x1F000...: return 1300
        default:
            if let index = extraScalars.firstIndex(of: v) { return Int(table[191 + index]) }
            return bold ? 900 : 850
        }
    }

    static let extraScalars: [UInt32] = [0x20AC, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2022, 0x2192, 0x2248]

    static let regularTable: [UInt16] = [
        318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637,
        637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557, 1016, 685, 687, 723, 771, 667, 611, 778,
        752, 295, 500, 667, 558, 863, 749, 788, 667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391,
        337, 391, 838, 557, 500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
        635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838, 318, 401, 637, 637, 637,
        637, 337, 557, 500, 1000, 472, 612, 838, 361, 1000, 553, 500, 838, 401, 401, 500, 637, 637, 318, 500,
        401, 472, 612, 970, 970, 970, 611, 685, 685, 685, 685, 685, 685, 1000, 723, 667, 667, 667, 667, 295,
        295, 295, 295, 775, 749, 788, 788, 788, 788, 788, 838, 788, 732, 732, 732, 732, 667, 667, 630, 613,
        613, 613, 613, 613, 613, 982, 550, 616, 616, 616, 616, 278, 278, 278, 278, 612, 634, 612, 612, 612,
        612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592, 637, 557, 1000, 318, 318, 519, 519, 1000, 590,
        1000, 838,
    ]

    static let boldTable: [UInt16] = [
        349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696,
        696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 763, 734, 831, 684, 684, 821,
        837, 373, 557, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458,
        366, 458, 838, 557, 500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688,
        716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838, 349, 457, 696, 696, 637,
        696, 366, 557, 500, 1000, 564, 646, 838, 416, 1000, 553, 500, 838, 438, 438, 500, 736, 637, 380, 500,
        438, 564, 646, 1036, 1036, 1036, 611, 774, 774, 774, 774, 774, 774, 1085, 734, 684, 684, 684, 684, 373,
        373, 373, 373, 838, 837, 851, 851, 851, 851, 851, 838, 851, 813, 813, 813, 813, 725, 738, 720, 675,
        675, 675, 675, 675, 675, 1048, 593, 679, 679, 679, 679, 343, 343, 343, 343, 688, 712, 688, 688, 688,
        688, 688, 838, 688, 712, 712, 712, 712, 652, 716, 652, 696, 557, 1000, 380, 380, 658, 658, 1000, 640,
        1000, 838,
    ]
}
