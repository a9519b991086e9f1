import Testing

@testable import Tensors

private func format(_ x: Double, _ digits: Int = 6) -> String {
    NumberFormat(significantDigits: digits).string(x)
}

/// The reference table (NumberFormatReference.swift, generated from Python's `%g`), expanded:
/// each double with its expected text for 1...16 significant digits.
private let referenceCases: [(x: Double, expected: [String])] =
    numberFormatReference
    .split(separator: "\n")
    .map { line in
        let fields = line.split(separator: " ").map(String.init)
        var expected: [String] = []
        for field in fields.dropFirst() { expected.append(field == "=" ? expected.last! : field) }
        while expected.count < 16 { expected.append(expected.last!) }
        return (Double(bitPattern: UInt64(fields[0], radix: 16)!), expected)
    }

/// Whether `x` is a whole number below 2⁵³ that `%g` would round at `digits`: those print in full.
private func isWholeNumberKeptExact(_ x: Double, _ digits: Int) -> Bool {
    x.magnitude < 0x1p53 && x == x.rounded()
        && format(x, 17).filter(\.isNumber).reversed().drop { $0 == "0" }.count > digits
}

/// The significant digits of a formatted number: its digits without sign, point, exponent, or
/// leading and trailing zeros.
private func significantDigitCount(_ text: String) -> Int {
    let mantissa = text.split(separator: "e").first ?? ""
    let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
    return digits.reversed().drop { $0 == "0" }.count
}

@Suite struct NumberFormatTests {
    @Test func workedExamples() {
        #expect(format(46) == "46")
        #expect(format(24.704081632653) == "24.7041")
        #expect(format(138.833819241983) == "138.834")
        #expect(format(1e-7) == "1e-07")
        #expect(format(1.5e-7) == "1.5e-07")
        #expect(format(1e16) == "1e+16")
        #expect(format(123456) == "123456")
        #expect(format(1_234_567) == "1234567")
        #expect(format(-1_234_567) == "-1234567")
        #expect(format(1_000_000) == "1e+06")
        #expect(format(1e10) == "1e+10")
        #expect(format(1234567.5) == "1.23457e+06")
        #expect(format(0x1p53 + 2) == "9.0072e+15")
        #expect(format(25, 1) == "25")
        #expect(NumberFormat(significantDigits: 2, keepsWholeNumbers: false).string(8_690_728_960) == "8.7e+09")
        #expect(format(0.0001) == "0.0001")
        #expect(format(0.00001) == "1e-05")
        #expect(format(-2.5) == "-2.5")
        #expect(format(999999.5) == "1e+06")
        #expect(format(1e300) == "1e+300")
        #expect(format(.leastNonzeroMagnitude) == "4.94066e-324")
    }

    @Test func ties() {
        // 0.15 is stored as 0.1499999999999999944…, so it rounds down, as printf does.
        #expect(format(0.15, 1) == "0.1")
        // Exact binary ties round half to even.
        #expect(format(0.125, 2) == "0.12")
        #expect(format(0.375, 2) == "0.38")
        #expect(format(2.5, 1) == "2")
        #expect(format(3.5, 1) == "4")
        #expect(format(-2.5, 1) == "-2")
        // 2.675 is stored just below 2.675; 1.005 too.
        #expect(format(2.675, 3) == "2.67")
        #expect(format(1.005, 3) == "1")
        // The shortest form can be shorter than the exact value warrants at 16 digits.
        #expect(format(1e23, 16) == "9.999999999999999e+22")
    }

    @Test func specialValues() {
        for digits in 1...17 {
            #expect(format(-0.0, digits) == "0")
            #expect(format(0, digits) == "0")
            #expect(format(.nan, digits) == "nan")
            #expect(format(.infinity, digits) == "inf")
            #expect(format(-.infinity, digits) == "-inf")
        }
    }

    @Test func digitsOutsideTheRangeAreClamped() {
        #expect(format(2.71828, 0) == format(2.71828, 1))
        #expect(format(2.71828, -4) == "3")
        #expect(format(0.1, 40) == format(0.1, 17))
        #expect(NumberFormat().significantDigits == 6)
    }

    @Test func matchesPythonPercentG() {
        #expect(referenceCases.count > 2500)
        var failures: [String] = []
        for (x, expected) in referenceCases {
            for digits in 1...16 where !isWholeNumberKeptExact(x, digits) && format(x, digits) != expected[digits - 1] {
                failures.append("\(x.bitPattern) at \(digits): got \(format(x, digits)), want \(expected[digits - 1])")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches, first: \(failures.prefix(20))")
    }

    @Test func seventeenDigitsIsShortestRoundTrip() {
        #expect(format(0.1, 17) == "0.1")
        #expect(format(1.0 / 3, 17) == "0.3333333333333333")
        #expect(format(0.1 + 0.2, 17) == "0.30000000000000004")
        #expect(format(1e16, 17) == "10000000000000000")
        #expect(format(1e17, 17) == "1e+17")
        #expect(format(1e-5, 17) == "1e-05")
        #expect(format(.leastNonzeroMagnitude, 17) == "5e-324")
        #expect(format(-1.7976931348623157e308, 17) == "-1.7976931348623157e+308")

        var source = RandomSource(seed: 17)
        var values = referenceCases.map(\.x)
        while values.count < 10_000 {
            let x = Double(bitPattern: source.next())
            if x.isFinite { values.append(x) }
        }
        for x in values {
            let text = format(x, 17)
            #expect(Double(text) == x, "\(text) does not read back as \(x)")
            #expect(significantDigitCount(text) <= 17, "\(text)")
        }
    }

    @Test func fewerDigitsNeverPrintMore() {
        for (x, _) in referenceCases.prefix(500) {
            for digits in 1...16 where !isWholeNumberKeptExact(x, digits) {
                #expect(significantDigitCount(format(x, digits)) <= digits)
            }
        }
    }
}
