import Foundation

/// The SVG of a mark's symbol, centred on a point, `size` being half its width.
enum SymbolPath {
    static func svg(_ style: MarkStyle, cx: Double, cy: Double, size s: Double) -> String {
        let n = Markup.number
        let paint = "fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" stroke-width=\"\(n(max(1, s / 5)))\""
        func polygon(_ points: [(Double, Double)]) -> String {
            "<polygon points=\"" + points.map { "\(n(cx + $0.0)),\(n(cy + $0.1))" }.joined(separator: " ") + "\" \(paint)/>"
        }
        func star(_ count: Int, outer: Double, inner: Double, rotation: Double) -> [(Double, Double)] {
            (0..<(2 * count)).map { i in
                let r = i % 2 == 0 ? outer : inner
                let a = rotation + Double(i) * Double.pi / Double(count)
                return (r * sin(a), -r * cos(a))
            }
        }
        var body: String
        switch style.shape {
        case .circle:
            body = "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(s * 0.85))\" \(paint)/>"
        case .ring:
            body =
                "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(s * 0.72))\" fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" stroke-width=\"\(n(s * 0.45))\"/>"
        case .square:
            body = "<rect x=\"\(n(cx - s * 0.8))\" y=\"\(n(cy - s * 0.8))\" width=\"\(n(s * 1.6))\" height=\"\(n(s * 1.6))\" \(paint)/>"
        case .triangle:
            body = polygon([(-s * 0.8, -s), (s, 0), (-s * 0.8, s)])
        case .diamond:
            body = polygon([(0, -s * 1.05), (s * 1.05, 0), (0, s * 1.05), (-s * 1.05, 0)])
        case .octagon:
            body = polygon(
                (0..<8).map { i in
                    let a = Double.pi / 8 + Double(i) * Double.pi / 4
                    return (s * cos(a), s * sin(a))
                })
        case .star:
            body = polygon(star(5, outer: s * 1.1, inner: s * 0.48, rotation: 0))
        case .sparkle:
            body = polygon(star(4, outer: s * 1.15, inner: s * 0.38, rotation: 0))
        case .chevron:
            body = polygon([(-s, -s), (-s * 0.1, -s), (s, 0), (-s * 0.1, s), (-s, s), (-s * 0.05 + 0.0, 0)])
        case .hourglass:
            body = polygon([(-s * 0.8, -s), (s * 0.8, -s), (s * 0.1, 0), (s * 0.8, s), (-s * 0.8, s), (-s * 0.1, 0)])
        case .band:
            body = "<rect x=\"\(n(cx - s))\" y=\"\(n(cy - s * 0.6))\" width=\"\(n(2 * s))\" height=\"\(n(s * 1.2))\" \(paint)/>"
        }
        switch style.glyph {
        case .check?:
            body +=
                "<path d=\"M\(n(cx - s * 0.45)),\(n(cy)) L\(n(cx - s * 0.1)),\(n(cy + s * 0.38)) L\(n(cx + s * 0.5)),\(n(cy - s * 0.38))\" "
                + "fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"\(n(s * 0.28))\" stroke-linecap=\"round\"/>"
        case .cross?:
            let d = s * 0.38
            body +=
                "<path d=\"M\(n(cx - d)),\(n(cy - d)) L\(n(cx + d)),\(n(cy + d)) M\(n(cx + d)),\(n(cy - d)) L\(n(cx - d)),\(n(cy + d))\" "
                + "fill=\"none\" stroke=\"\(style.stroke)\" stroke-width=\"\(n(s * 0.28))\" stroke-linecap=\"round\"/>"
        case .bar?:
            body +=
                "<rect x=\"\(n(cx - s * 0.55))\" y=\"\(n(cy - s * 0.15))\" width=\"\(n(s * 1.1))\" height=\"\(n(s * 0.3))\" fill=\"#FFFFFF\"/>"
        case nil:
            break
        }
        return body
    }
}
