// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The built-in templates and their sample data, copied beside the binary as resources.
let builtInTemplates = ((try? FileManager.default.contentsOfDirectory(atPath: Context.packageDirectory + "/templates")) ?? [])
    .filter { $0.hasSuffix(".fodt") || $0.hasSuffix(".docx") || $0.hasSuffix(".yaml") }
    .sorted()

/// The release's version (`vanban --version`, the web page's footer, the Debian package's name).
let version = "0.1.0"
/// The commit built from: `VANBAN_COMMIT` (scripts/package sets it), else git's (12 hex digits,
/// `+` when the tree has uncommitted changes), else `unknown`.
let commit = Context.environment["VANBAN_COMMIT"]
    ?? Context.gitInformation.map { String($0.currentCommit.prefix(12)) + ($0.hasUncommittedChanges ? "+" : "") }
    ?? "unknown"

let package = Package(
    name: "vanban",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vanban", targets: ["vanban"]),
        .library(name: "VanbanODF", targets: ["VanbanODF"]),
        .library(name: "VanbanData", targets: ["VanbanData"]),
        .library(name: "VanbanTemplate", targets: ["VanbanTemplate"]),
        .library(name: "VanbanRules", targets: ["VanbanRules"]),
        .library(name: "VanbanDocuments", targets: ["VanbanDocuments"]),
        .library(name: "VanbanPipeline", targets: ["VanbanPipeline"]),
        .library(name: "VanbanRegister", targets: ["VanbanRegister"]),
        .library(name: "VanbanFormat", targets: ["VanbanFormat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). All XML in vanban goes through it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Linux file-system calls Glibc's module lacks (syncfs).
        .target(name: "CFileSystem"),
        // The version and commit, fixed at build time (C, since only C definitions carry values).
        .target(
            name: "CBuildInfo",
            cSettings: [.define("VANBAN_VERSION", to: version), .define("VANBAN_COMMIT", to: commit)]
        ),
        // zlib from the system (Debian: zlib1g-dev): zip entries are inflated with vanban's bounds.
        .systemLibrary(
            name: "CInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // ISA-L from the system (Debian: libisal-dev): deflate and CRC-32 for the zips vanban writes.
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        // ODF documents: read (.fodt/.odt) → one XML tree → write (.fodt/.odt), validate, safe text.
        .target(
            name: "VanbanODF",
            dependencies: [
                "CLibXML2", "CFileSystem", "CInflate", "CDeflate",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/Schema")]
        ),
        // Data files (YAML, JSON; lists as CSV, XLSX, ODS) → `Value`, NFC everywhere, legacy
        // fonts converted. Spreadsheets are read with the ODF core's hardened XML parsing.
        .target(
            name: "VanbanData",
            dependencies: [
                "VanbanRules", "VanbanODF",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Vietnamese official-document rules: numbers in words, money, dates, số/ký hiệu, award
        // money, names, legacy fonts. Pure Swift; its tables are bundled data files.
        .target(
            name: "VanbanRules",
            resources: [.process("Resources")]
        ),
        // The template engine: Mustache for text and ODF templates, compiled once into XML
        // chunks and slots, rendered per record; the Vietnamese formatters registered.
        .target(
            name: "VanbanTemplate",
            dependencies: ["VanbanODF", "VanbanData", "VanbanRules"]
        ),
        // The clerk's documents: what a decision or a plan computes before it is rendered.
        .target(
            name: "VanbanDocuments",
            dependencies: [
                "VanbanData", "VanbanRules",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The job every front end runs: read → compute → check and render once → write.
        .target(
            name: "VanbanPipeline",
            dependencies: [
                "VanbanODF", "VanbanData", "VanbanTemplate", "VanbanDocuments",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Sổ văn bản đi: the outgoing register (numbers, ký hiệu, issued files) on SQLite or PostgreSQL.
        .target(
            name: "VanbanRegister",
            dependencies: [
                "VanbanODF",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Kiểm tra thể thức: .docx/.odt → one model of styled paragraphs → parts → ND30 rules,
        // with lines and page numbers measured on pages LibreOffice lays out.
        .target(
            name: "VanbanFormat",
            dependencies: ["VanbanODF"]
        ),
        // The office web page (`vanban phuc-vu`): Hummingbird routes around the same job.
        .target(
            name: "VanbanServer",
            dependencies: [
                "VanbanODF", "VanbanData", "VanbanTemplate", "VanbanPipeline", "CBuildInfo",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The built-in templates (templates/), as resources that travel with the binary.
        .target(
            name: "VanbanBuiltIns",
            path: "templates",
            sources: ["BuiltIns.swift"],
            resources: builtInTemplates.map { .copy($0) }
        ),
        // The `vanban` command line.
        .executableTarget(
            name: "vanban",
            dependencies: [
                "VanbanODF", "VanbanData", "VanbanTemplate", "VanbanRules", "VanbanDocuments", "VanbanPipeline",
                "VanbanRegister", "VanbanServer", "VanbanBuiltIns", "VanbanFormat",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/VanbanCLI"
        ),
        // Helpers shared by the tests: LibreOffice, external commands, temporary folders.
        .target(
            name: "VanbanTestSupport",
            path: "Tests/VanbanTestSupport"
        ),
        // Benchmarks (bench/README.md): figures, never tests.
        .executableTarget(
            name: "vanban-bench",
            dependencies: ["VanbanODF", "VanbanData", "VanbanTemplate"],
            path: "bench/Sources/vanban-bench"
        ),
        .testTarget(
            name: "VanbanODFTests",
            dependencies: ["VanbanODF", "VanbanTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanDataTests",
            dependencies: ["VanbanData", "VanbanRules", "VanbanTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanRulesTests",
            dependencies: ["VanbanRules"]
        ),
        .testTarget(
            name: "VanbanDocumentsTests",
            dependencies: ["VanbanDocuments", "VanbanData"]
        ),
        .testTarget(
            name: "VanbanTemplateTests",
            dependencies: [
                "VanbanTemplate", "VanbanTestSupport",
                .product(name: "OrderedCollections", package: "swift-collections"),
                // Word templates: package checks and the built-in documents' computations.
                "VanbanODF", "VanbanDocuments",
            ],
            resources: [.copy("Fixtures")]
        ),
        // A process the register tests start many times and kill: reserves or issues numbers.
        .executableTarget(
            name: "vanban-register-worker",
            dependencies: ["VanbanRegister"],
            path: "Tests/VanbanRegisterWorker"
        ),
        .testTarget(
            name: "VanbanRegisterTests",
            dependencies: ["VanbanRegister", "VanbanTestSupport", "vanban-register-worker", "vanban",
                           .product(name: "GRDB", package: "GRDB.swift")],
            // Registers written by the previous release's schema (SchemaUpgradeTests).
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanPipelineTests",
            dependencies: ["VanbanPipeline", "VanbanODF", "VanbanTemplate", "VanbanTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanServerTests",
            dependencies: [
                "VanbanServer", "VanbanTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // The web page's database written by the previous release's schema (SchemaUpgradeTests).
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanFormatTests",
            dependencies: ["VanbanFormat", "VanbanTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VanbanCLITests",
            dependencies: ["vanban", "VanbanTestSupport", "VanbanODF", "VanbanDocuments", "VanbanData"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing (Fuzz/README.md): libFuzzer targets, declared only when scripts/fuzz builds them
// (VANBAN_FUZZ=1, every module built with -sanitize=fuzzer into .build-fuzz), so that the
// normal build never sees them.
if Context.environment["VANBAN_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("fuzz-template-text", ["VanbanTemplate"]),
        ("fuzz-template-odf", ["VanbanTemplate", "VanbanODF"]),
        ("fuzz-odf-reader", ["VanbanODF"]),
        ("fuzz-xlsx", ["VanbanData"]),
        ("fuzz-ods", ["VanbanData"]),
        ("fuzz-yaml", ["VanbanData"]),
        ("fuzz-csv", ["VanbanData"]),
    ]
    package.targets.append(.target(name: "CFuzzer", path: "Fuzz/Targets/CFuzzer"))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["CFuzzer"],
                                                 path: "Fuzz/Targets/\(name)"))
    }
}
