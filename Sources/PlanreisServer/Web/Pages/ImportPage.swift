import Hummingbird
import PlanreisFormats
import PlanreisModel
import PlanreisStore

/// `POST /casussen/importeren`: a case from an uploaded file (`multipart/form-data`, field
/// `bestand`) in any readable format. A file with errors is shown as the located list
/// `planreis validate` gives, and nothing is stored.
struct ImportPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("casussen/importeren") { request, context in try await upload(request, context) }
    }

    static func field(_ page: PageRequest) -> FormField {
        var field = FormField(name: "bestand", label: page.text("file"), description: page.text("importIntro"), required: true)
        field.control = .text
        field.inputType = "file"
        field.accept = ".xml,.csv,.tsv,.json,.xes,.gz,.xlsx,.ods"
        return field
    }

    private func upload(_ request: Request, _ context: RegisterContext) async throws -> Response {
        let page = PageRequest(request, context: context)
        let caller = try page.caller()
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") else { throw PageError.forbidden }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.maxUploadSize)
        } catch {
            return failure(page.language.pick("Het bestand is groter dan 16 MiB.", "The file is larger than 16 MiB."), page)
        }
        guard let form = try? MultipartForm(Array(buffer.readableBytesView), boundary: boundary) else {
            return failure(
                page.language.pick(
                    "Het formulier kwam beschadigd aan; probeer het opnieuw.", "The form arrived damaged; please try again."), page)
        }
        // The CSRF token travels in the multipart body, checked before anything is read.
        guard let session = context.session, SessionMiddleware.constantTimeEqual(form["csrf"], session.csrfToken) else {
            throw PageError.forbidden
        }
        guard caller.role.editsCases else { throw PageError.forbidden }
        guard let file = form.part("bestand"), let name = file.filename, !name.isEmpty, !file.body.isEmpty else {
            return failure(page.language.pick("Kies een bestand om te importeren.", "Choose a file to import."), page)
        }
        let shownName = String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        guard let format = JourneyFormat.detect(path: shownName), format.isReadable else {
            return failure(
                page.language.pick(
                    "\u{201C}\(shownName)\u{201D} heeft geen bekend formaat; gebruik \(JourneyFormat.readableList(.nl)).",
                    "\u{201C}\(shownName)\u{201D} has no known format; use \(JourneyFormat.readableList(.en))."), page)
        }
        let result = format.read(file.body, file: shownName, limits: .default)
        if result.hasErrors || result.journeys.count != 1 {
            let errors = result.diagnostics.count { $0.severity == .error }
            let message =
                errors > 0
                ? page.language.pick(
                    "\u{201C}\(shownName)\u{201D} heeft \(errors) \(errors == 1 ? "fout" : "fouten"); er is niets opgeslagen.",
                    "\u{201C}\(shownName)\u{201D} has \(errors) \(errors == 1 ? "error" : "errors"); nothing was stored.")
                : page.language.pick(
                    "\u{201C}\(shownName)\u{201D} moet precies één reis bevatten, niet \(result.journeys.count); er is niets opgeslagen.",
                    "\u{201C}\(shownName)\u{201D} must hold exactly one journey, not \(result.journeys.count); nothing was stored.")
            return failure(message, page, problems: Self.problems(result.diagnostics, page.language))
        }
        let created = try await register.createJourney(result.journeys[0], caller: caller)
        return PageRenderer.redirect("/casussen/\(created.id)", request: page)
    }

    private func failure(_ message: String, _ page: PageRequest, problems: [[String: Any]] = []) -> Response {
        var field = Self.field(page)
        field.error = message
        return NewCasePage.render(
            NewCasePage.fields(page), importField: field, problems: problems, request: page, status: .ok)
    }

    /// Problems in file order, as `validate` lists them: place, severity, message, tip; repeated
    /// warnings summarised as on the command line.
    static func problems(_ diagnostics: [Diagnostic], _ language: Language) -> [[String: Any]] {
        WarningSummary.summarise(diagnostics.sortedByLocation()).diagnostics.map { diagnostic in
            var entry: [String: Any] = [
                "severity": diagnostic.severity.word(language), "message": diagnostic.message(language),
                "isError": diagnostic.severity == .error,
            ]
            if let location = diagnostic.location { entry["place"] = "\(location.file):\(location.place)" }
            if let hint = diagnostic.hint { entry["hint"] = hint(language) }
            return entry
        }
    }
}
