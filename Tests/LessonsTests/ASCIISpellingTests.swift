import Testing

@testable import Lessons

/// The lr-schedules lesson's ravine, ½(x² + κ·y²), spelled for --ascii without a `?`.
@Suite struct ASCIISpellingTests {
    @Test func kappaAndAHalfAreSpelledOut() {
        #expect(OutputFit.spelledInASCII("½(x² + κ·y²)") == "1/2(x^2 + kappa*y^2)")
    }
}
