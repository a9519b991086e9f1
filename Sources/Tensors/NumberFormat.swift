/// The one way gradbook writes a number: a fixed number of significant digits, the same text on
/// every machine and in every locale.
///
/// For 1 to 16 digits the text is exactly C's and Python's `%.{d}g`: the exact binary value
/// correctly rounded (exact ties to even), fixed notation unless the rounded decimal exponent is
/// below −4 or at least `significantDigits`, trailing zeros and a trailing `.` dropped, and an
/// exponent with a sign and at least two digits (`1.5e-07`, `1e+16`). Three deliberate
/// differences: negative zero prints as `0` (a gradient of −0 would only puzzle a learner), the
/// non-finite values are `inf`, `-inf` and `nan`, and a whole number below 2⁵³ that would lose
/// digits prints all of them (`1234567`, not `1.23457e+06`): a count or a shape is exact, and a
/// rounded one reads as a different count. A whole number that keeps its digits stays as `%g`
/// writes it (`1e+06`, `1e+10`).
///
/// With 17 digits the text is the shortest one that reads back as exactly the same `Double`
/// (never more than 17 digits), laid out by the same rules.
public struct NumberFormat: Sendable, Equatable {
    /// How many significant digits to keep, 1...17; values outside that range act as the nearest
    /// end of it. 17 means "as many as needed to read back exactly".
    public var significantDigits: Int

    /// Whether a whole number below 2⁵³ keeps all its digits (a count, a shape) or is rounded like
    /// any other number (an estimate, where the exact digits would claim a precision it lacks).
    public var keepsWholeNumbers: Bool

    /// A format keeping `significantDigits` significant digits (six, as `%g`, by default).
    public init(significantDigits: Int = 6, keepsWholeNumbers: Bool = true) {
        self.significantDigits = significantDigits
        self.keepsWholeNumbers = keepsWholeNumbers
    }

    /// `x` written with ``significantDigits`` significant digits.
    public func string(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        let digits = min(max(significantDigits, 1), 17)
        let shortest = DecimalDigits(shortestOf: x.magnitude)
        if keepsWholeNumbers, shortest.digits.count > digits, x.magnitude < 0x1p53, x == x.rounded() {
            return String(Int64(x))
        }
        let decimal: DecimalDigits
        if digits == 17 {
            decimal = shortest
        } else if needsExactValue(x, shortest: shortest, digits: digits) {
            decimal = DecimalDigits(exactValueOf: x.magnitude).rounded(to: digits)
        } else {
            decimal = shortest.rounded(to: digits)
        }
        return (x < 0 ? "-" : "") + decimal.layout(precision: digits)
    }

    /// Whether rounding the shortest round-trip digits could differ from rounding the exact value.
    ///
    /// The shortest digits S lie within half an ulp of the exact value X. Rounding S and X to d
    /// digits differs only if a rounding midpoint M (a (d + 1)-digit decimal ending in 5) lies
    /// between them or on S. If S has more than d + 1 digits, M would be a shorter decimal that
    /// also reads back as x, which cannot be. If S has exactly d + 1 digits, M could be S itself
    /// (a decimal tie, 0.15 to one digit) or a same-length neighbour. If S has at most d
    /// digits, M is inside the round-trip interval only when an ulp spans more than 10⁻ᵈ of the
    /// value: never for normal numbers below 16 digits, possible at 16 digits (1e23 is exactly
    /// 99999999999999991611392) and for subnormals, which have fewer bits.
    private func needsExactValue(_ x: Double, shortest: DecimalDigits, digits: Int) -> Bool {
        shortest.digits.count == digits + 1 || digits >= 16 || x.isSubnormal
    }
}

/// A positive decimal d₁.d₂d₃… × 10^exponent, as single digits with no trailing zeros.
private struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var exponent: Int

    init(digits: [UInt8], exponent: Int) {
        self.digits = digits
        self.exponent = exponent
    }

    /// The shortest digits that read back as `x` (positive and finite), taken from Swift's
    /// `description`: the standard library computes it itself (not with the C library) and
    /// always with `.` and an `e±` exponent, whatever the locale.
    init(shortestOf x: Double) {
        var all: [UInt8] = []
        var integerDigits: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in x.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    all.append(byte - UInt8(ascii: "0"))
                }
            case UInt8(ascii: "."): integerDigits = all.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if integerDigits == nil { integerDigits = all.count }
                inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break
            }
        }
        // 0.d₁d₂… × 10^(integerDigits + exponent), then shift to the d₁.d₂… form.
        var pointPosition = (integerDigits ?? all.count) + exponentSign * exponent
        let leadingZeros = all.prefix { $0 == 0 }.count
        pointPosition -= leadingZeros
        self.init(digits: Array(all.dropFirst(leadingZeros)), exponent: pointPosition - 1)
        stripTrailingZeros()
    }

    /// Every digit of `x` (positive and finite): a double is m·2ᵉ, which is the integer m·2ᵉ
    /// when e ≥ 0 and m·5⁻ᵉ·10ᵉ otherwise.
    init(exactValueOf x: Double) {
        let significand =
            x.isSubnormal
            ? x.significandBitPattern
            : x.significandBitPattern | (1 << UInt64(Double.significandBitCount))
        let binaryExponent = x.isSubnormal ? -1074 : Int(x.exponentBitPattern) - 1075
        var value = DecimalBigInt(significand)
        if binaryExponent >= 0 {
            value.multiply(byPowerOf: 2, binaryExponent)
        } else {
            value.multiply(byPowerOf: 5, -binaryExponent)
        }
        let all = value.decimalDigits()
        self.init(digits: all, exponent: all.count - 1 + min(binaryExponent, 0))
        stripTrailingZeros()
    }

    /// These digits rounded to `count` significant digits, exact ties to the even digit (as
    /// printf does for the exact value). Only ever asked to break a tie when the digits are exact.
    func rounded(to count: Int) -> DecimalDigits {
        guard digits.count > count else { return self }
        var kept = Array(digits[0..<count])
        let dropped = digits[count]
        let beyondHalf = digits[(count + 1)...].contains { $0 != 0 }
        let roundUp = dropped > 5 || (dropped == 5 && (beyondHalf || kept[count - 1] % 2 == 1))
        var result = DecimalDigits(digits: kept, exponent: exponent)
        if roundUp {
            var i = count - 1
            while i >= 0, kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i >= 0 {
                kept[i] += 1
                result.digits = kept
            } else {
                result = DecimalDigits(digits: [1], exponent: exponent + 1)
            }
        }
        result.stripTrailingZeros()
        return result
    }

    /// The `%g` layout for `precision` significant digits.
    func layout(precision: Int) -> String {
        var text = ""
        if exponent < -4 || exponent >= precision {
            text.append(Character(Unicode.Scalar(digits[0] + UInt8(ascii: "0"))))
            if digits.count > 1 {
                text.append(".")
                appendDigits(digits[1...], to: &text)
            }
            text.append(exponent < 0 ? "e-" : "e+")
            if exponent.magnitude < 10 { text.append("0") }
            text.append(String(exponent.magnitude))
        } else if exponent >= 0 {
            let integerCount = exponent + 1
            appendDigits(digits.prefix(integerCount), to: &text)
            if digits.count < integerCount {
                text.append(String(repeating: "0", count: integerCount - digits.count))
            } else if digits.count > integerCount {
                text.append(".")
                appendDigits(digits[integerCount...], to: &text)
            }
        } else {
            text.append("0.")
            text.append(String(repeating: "0", count: -exponent - 1))
            appendDigits(digits[...], to: &text)
        }
        return text
    }

    private func appendDigits(_ slice: ArraySlice<UInt8>, to text: inout String) {
        for digit in slice { text.append(Character(Unicode.Scalar(digit + UInt8(ascii: "0")))) }
    }

    private mutating func stripTrailingZeros() {
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
    }
}

/// Just enough of an unsigned big integer for exact decimal expansions: limbs in base 10⁹,
/// least significant first, so the decimal digits fall straight out.
private struct DecimalBigInt {
    private static let base: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = []
        var rest = value
        repeat {
            limbs.append(rest % Self.base)
            rest /= Self.base
        } while rest > 0
    }

    /// Multiplies by `factor`^`power`, in chunks that keep every product below 2⁶⁴.
    mutating func multiply(byPowerOf factor: UInt64, _ power: Int) {
        // Limbs are below 2³⁰ and chunks at most 2³²: each limb product and carry fits.
        var chunk: UInt64 = 1
        var remaining = power
        while remaining > 0 {
            chunk *= factor
            remaining -= 1
            if chunk > UInt64(UInt32.max) / factor || remaining == 0 {
                multiply(by: chunk)
                chunk = 1
            }
        }
    }

    private mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = limbs[i] * factor + carry
            limbs[i] = product % Self.base
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(carry % Self.base)
            carry /= Self.base
        }
    }

    /// The decimal digits, most significant first, without leading zeros.
    func decimalDigits() -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(limbs.count * 9)
        for (position, limb) in limbs.enumerated().reversed() {
            var block = [UInt8](repeating: 0, count: 9)
            var rest = limb
            for i in stride(from: 8, through: 0, by: -1) {
                block[i] = UInt8(rest % 10)
                rest /= 10
            }
            result += position == limbs.count - 1 ? block.drop { $0 == 0 } : block[...]
        }
        return result
    }
}
