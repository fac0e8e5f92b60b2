import Foundation
import Testing
@testable import VanbanServer

/// Which vanban is running: fixed at build time, shown at the foot of every page.
@Suite struct ReleaseTests {
    @Test func versionAndCommitAreBakedIn() {
        #expect(Release.version.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil, "\(Release.version)")
        // Built from this git tree (or with VANBAN_COMMIT): never "unknown" here.
        #expect(Release.commit.range(of: #"^[0-9a-f]{7,40}\+?$"#, options: .regularExpression) != nil, "\(Release.commit)")
        #expect(Release.description == "\(Release.version) (commit \(Release.commit))")
    }

    @Test func everyPageShowsTheVersionInItsFooter() async throws {
        let site = try TestSite()
        try await site.test { browser in
            for uri in ["/mau", "/soan", "/lich-su"] {
                let page = try await browser.get(uri)
                #expect(page.status == .ok)
                #expect(page.text.contains("<footer>vanban \(Release.version)</footer></body></html>"), "\(uri)")
            }
        }
    }
}
