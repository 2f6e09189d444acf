import Hummingbird
import PlanreisStore

/// The workbench: server-rendered pages (Dutch paths) on the same store and sessions as
/// `/api/v1`. `RegisterServer.router` calls `add(to:…)` once.
enum WebRoutes {
    static func add(to router: Router<RegisterContext>, register: Register, settings: ServerSettings, origins: OriginPolicy) {
        WebAssets.addRoutes(to: router)
        ArgueAssets.addRoutes(to: router)
        let pages = router.group().add(middleware: PageErrorMiddleware())
        LoginPage(register: register, origins: origins, secureCookies: settings.tls).addPublicRoutes(to: pages)
        // The inner error middleware renders errors with the session (menu, user); the outer one the rest.
        let signedIn = pages.group().add(middleware: PageSessionMiddleware(register: register, origins: origins))
            .add(middleware: PageErrorMiddleware())
        LoginPage(register: register, origins: origins, secureCookies: settings.tls).addRoutes(to: signedIn)
        CaseListPage(register: register).addRoutes(to: signedIn)
        NewCasePage(register: register).addRoutes(to: signedIn)
        ImportPage(register: register).addRoutes(to: signedIn)
        CasePage(register: register).addRoutes(to: signedIn)
        // Pages of `argue` (exception form, approvals, team, history, budget/cohort, print): one line each.
        ExceptionPage(register: register).addRoutes(to: signedIn)
        ApprovalsPage(register: register).addRoutes(to: signedIn)
        TeamPage(register: register).addRoutes(to: signedIn)
        HistoryPage(register: register).addRoutes(to: signedIn)
        PrintPage(register: register).addRoutes(to: signedIn)
        PolicyPages(register: register).addRoutes(to: signedIn)
    }
}
