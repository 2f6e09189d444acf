import PlanreisAnalysis
import PlanreisModel

extension SwimlaneLayout {
    /// Widths `fitted` chooses from, narrow to wide; it starts at 1600, which reads best on screen.
    public static let candidateWidths: [Double] = [1200, 1400, 1600, 1800, 2000, 2200, 2400]

    /// Printable area of A3 landscape (420 × 297 mm) less margins and the report's heading, in mm.
    public static let a3Landscape = (width: 400.0, height: 250.0)

    /// The layout whose text prints largest on a page of the given proportions. A wider picture
    /// stacks fewer label rows and gets shorter; a narrower one is scaled down less across. The
    /// print scale (the smaller of the two ratios) rises and then falls with the width, so the
    /// search walks from 1600 towards the better neighbour while each step gains at least 2%.
    public static func fitted(
        _ journey: Journey, language: Language = .nl, stalls: [PlanreisAnalysis.Stall] = [],
        page: (width: Double, height: Double) = a3Landscape
    ) -> SwimlaneLayout {
        func attempt(_ index: Int) -> (layout: SwimlaneLayout, scale: Double) {
            let layout = SwimlaneLayout(journey, options: .init(width: candidateWidths[index], language: language), stalls: stalls)
            return (layout, min(page.width / layout.width, page.height / layout.height))
        }
        let start = candidateWidths.firstIndex(of: 1600)!
        var best = attempt(start)
        for step in [1, -1] {
            var index = start + step
            var moved = false
            while candidateWidths.indices.contains(index) {
                let next = attempt(index)
                guard next.scale > best.scale * 1.02 else { break }
                best = next
                moved = true
                index += step
            }
            if moved { break }
        }
        return best.layout
    }
}
