import Foundation
import Testing
@testable import VanbanTemplate

/// A package's part is compiled as a template only when its bytes hold `{{`: found as bytes,
/// wherever the braces stand.
@Suite struct PackageProgramTests {
    @Test(arguments: [("{{", true), ("<p>{{ho_ten}}</p>", true), ("<p>x</p>{{", true), ("{{x", true), ("{ {", false),
                      ("{", false), ("", false), ("<p>{x}{</p>", false), ("}}{{", true), ("{}{", false), ("a{{{b", true)])
    func aPartHoldsATagWhenItsBytesHoldTwoBraces(text: String, holds: Bool) {
        #expect(PackageProgram.holdsTag(Data(text.utf8)) == holds, "\(text)")
    }
}
