// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "planreis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "planreis", targets: ["planreis"]),
        .library(name: "PlanreisModel", targets: ["PlanreisModel"]),
        .library(name: "PlanreisFormats", targets: ["PlanreisFormats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The text toolkit: the one CSV tokenizer, formula guard, JSON writer, markup escaper,
        // bidi isolation and SHA-256 of the package. No dependencies, no Foundation.
        .target(name: "PlanreisText"),
        // Journey, actors, events, imprecise dates, money. Foundation at most, no I/O.
        .target(name: "PlanreisModel", dependencies: ["PlanreisText"]),
        // libxml2 through pkg-config; only PlanreisXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only code that touches libxml2: safe reader, schema validation, streaming reader.
        .target(name: "PlanreisXML", dependencies: ["CLibXML2"]),
        // Read and write the model: planreis XML, spreadsheet CSV, JSON; diagnostics.
        .target(
            name: "PlanreisFormats",
            dependencies: [
                "PlanreisModel", "PlanreisText", "PlanreisXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/planreis.xsd")]
        ),
        // Stalls, cost-benefit, price list: model in, plain values out.
        .target(
            name: "PlanreisAnalysis",
            dependencies: ["PlanreisModel", "PlanreisText"],
            resources: [
                .copy("../../Samples/prijslijst.csv"), .copy("../../Templates/criteria"), .copy("../../Templates/anonymize"),
            ]
        ),
        // Everything a person reads: the swimlane timeline (layout, SVG), the HTML case report, and
        // the analysis, cohort and budget outputs (Markdown, HTML, SVG, JSON, CSV).
        .target(
            name: "PlanreisReport",
            dependencies: [
                "PlanreisModel", "PlanreisText", "PlanreisAnalysis", "PlanreisFormats",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("../../Templates")]
        ),
        // The case register's storage: schema, migrations, repositories, audit, approvals,
        // retention, over SQLite and PostgreSQL through SQLKit. No HTTP.
        .target(
            name: "PlanreisStore",
            dependencies: [
                "PlanreisModel", "PlanreisText", "PlanreisFormats", "PlanreisAnalysis",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The case register's HTTP API: Hummingbird app, routes, sessions, CSRF, roles, JSON errors.
        .target(
            name: "PlanreisServer",
            dependencies: [
                "PlanreisModel", "PlanreisText", "PlanreisFormats", "PlanreisAnalysis", "PlanreisReport", "PlanreisStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        // The command line: Commands/ (one file per subcommand), Input/, Output/, Options/.
        .executableTarget(
            name: "planreis",
            dependencies: [
                "PlanreisModel", "PlanreisText", "PlanreisFormats", "PlanreisAnalysis", "PlanreisReport",
                "PlanreisStore", "PlanreisServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks and generated inputs (release builds; never run by the tests).
        .executableTarget(
            name: "planreis-bench",
            dependencies: [
                "PlanreisModel", "PlanreisXML", "PlanreisFormats", "PlanreisAnalysis", "PlanreisReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Inline journeys and generated fixtures shared by the test targets.
        .target(name: "PlanreisTestSupport", dependencies: ["PlanreisAnalysis", "PlanreisModel"], path: "Tests/Support"),
        .testTarget(name: "PlanreisTextTests", dependencies: ["PlanreisText"]),
        .testTarget(name: "PlanreisModelTests", dependencies: ["PlanreisModel"]),
        .testTarget(
            name: "PlanreisFormatsTests",
            dependencies: ["PlanreisFormats", "PlanreisModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Attacks", "Workbooks"]
        ),
        .testTarget(
            name: "PlanreisAnalysisTests",
            dependencies: ["PlanreisAnalysis", "PlanreisFormats", "PlanreisModel", "PlanreisTestSupport"],
            exclude: ["Anonymize/Corpus", "Anonymize/Holdout"]
        ),
        .testTarget(
            name: "PlanreisReportTests",
            dependencies: ["PlanreisReport", "PlanreisAnalysis", "PlanreisFormats", "PlanreisModel", "PlanreisTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "planreisTests", dependencies: ["planreis", "PlanreisFormats"]),
        .testTarget(
            name: "PlanreisRegisterTests",
            dependencies: [
                "PlanreisStore", "PlanreisServer", "PlanreisFormats", "PlanreisModel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
