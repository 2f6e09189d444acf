/// The paper a timeline is printed on: A3 landscape (the case conference's wall sheet, the
/// default) or A4 portrait (an office printer). The layout picks the width whose text prints
/// largest on the printable area, and the print stylesheet asks for that page.
public enum Paper: String, Hashable, Sendable, CaseIterable {
    case a3, a4

    /// Printable area less 10 mm margins and the report's heading, in mm.
    public var printable: (width: Double, height: Double) {
        switch self {
        case .a3: SwimlaneLayout.a3Landscape
        case .a4: (190.0, 250.0)
        }
    }

    /// The CSS page size.
    public var cssSize: String {
        switch self {
        case .a3: "A3 landscape"
        case .a4: "A4 portrait"
        }
    }

    /// The tallest the picture may print (the page less its margins and caption).
    var pictureHeight: String {
        switch self {
        case .a3: "262mm"
        case .a4: "262mm"
        }
    }

    /// Print rules that replace the stylesheet's A3 landscape page; empty for A3.
    public var printCSS: String {
        guard self != .a3 else { return "" }
        return "\n/* Paper: \(cssSize). */\n@page { size: \(cssSize); margin: 10mm; }\n"
            + "@media print { .viewport svg { max-height: \(pictureHeight); } }\n"
    }
}
