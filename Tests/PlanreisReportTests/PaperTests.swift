import Foundation
import PlanreisModel
import PlanreisReport
import Testing

/// `render --paper a4|a3`: the layout is fitted to the page and the print rules ask for it.
@Suite("Paper sizes")
struct PaperTests {
    @Test func a4PortraitFitsANarrowerPictureAndAsksForItsPage() throws {
        let journey = Fixtures.allKinds
        let a3 = SVGRenderer.render(journey, options: .init(paper: .a3))
        let a4 = SVGRenderer.render(journey, options: .init(paper: .a4))
        #expect(a3.contains("@page { size: A3 landscape;"))
        #expect(a4.contains("@page { size: A4 portrait;"))
        // A portrait page is narrow: the fitted width is never wider than on A3 landscape.
        let width = { (svg: String) -> Double in
            let range = svg.range(of: "viewBox=\"0 0 ")!
            return Double(svg[range.upperBound...].prefix { $0 != " " })!
        }
        #expect(width(a4) <= width(a3))
        #expect(Paper.a4.printable.width < Paper.a4.printable.height && Paper.a3.printable.width > Paper.a3.printable.height)
        let html = try HTMLReport.render(journey, paper: .a4)
        #expect(html.contains("@page { size: A4 portrait; margin: 10mm; }"))
        #expect(!(try HTMLReport.render(journey)).contains("A4 portrait"))
    }
}
