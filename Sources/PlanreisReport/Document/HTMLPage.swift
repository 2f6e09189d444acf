import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// A self-contained HTML page for table reports (cohort, budget): inline CSS only, no script,
/// and a Content-Security-Policy that forbids every request, so the page loads nothing from
/// anywhere. The body is passed in already escaped (the writers escape every text).
package enum HTMLPage {
    /// Forbids every fetch (images, fonts, scripts, frames, forms); only the inline style applies.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The page around `body`, titled `title` (escaped here), in `language`.
    public static func render(title: String, language: Language, body: String, extraCSS: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="planreis">
        <title>\(MarkupText.html(title))</title>
        <style>
        \(css)\(extraCSS)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let css = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
        main { max-width: 1180px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
        caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #888; }
        .num { text-align: right; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #888; }
        .note { color: #444; font-size: .9rem; }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } table { break-inside: avoid; } }

        """
}
