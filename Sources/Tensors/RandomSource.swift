import RealModule

/// A seeded pseudo-random number generator: xoshiro256** by David Blackman and Sebastiano Vigna
/// (<https://prng.di.unimi.it/>), with its 256-bit state filled from a 64-bit seed by SplitMix64,
/// the seeding the authors recommend.
///
/// The same seed gives the same sequence on every machine, with one honest caveat:
/// - ``next()``, ``uniform()``, ``uniform(_:_:)``, ``bernoulli(_:)``, ``integer(below:)`` and
///   ``permutation(_:)`` use only integer arithmetic and exactly rounded floating-point
///   operations, so their streams are bit-identical everywhere.
/// - ``normal(mean:std:)`` also calls the C library's `log`, `cos` and `sin`. Those are the same
///   on every machine that shares a libm (every Linux build of gradbook, say); another libm may
///   differ in the last bit of a few results.
///
/// `RandomSource` is a value: copying it forks the stream, and each copy replays the same numbers.
public struct RandomSource: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// Box–Muller makes normals in pairs; the second one waits here, so it is part of the state
    /// and a copied source replays it too.
    private var spareNormal: Double?

    /// A generator whose state is four successive SplitMix64 outputs starting from `seed`.
    ///
    /// SplitMix64 spreads any seed, including 0, over the whole state, so no seed leaves
    /// xoshiro in its one forbidden all-zero state.
    public init(seed: UInt64) {
        var x = seed
        func splitMix64() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix64()
        s1 = splitMix64()
        s2 = splitMix64()
        s3 = splitMix64()
        spareNormal = nil
    }

    /// The next 64 random bits (the xoshiro256** output function and state transition).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1): the top 53 bits of ``next()`` scaled by 2⁻⁵³, so every value
    /// is a multiple of 2⁻⁵³ and all of them are equally likely.
    public mutating func uniform() -> Double {
        // The top bits are used because the low bits of xoshiro outputs are the weakest.
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number between `low` and `high`: `low + (high - low) * uniform()`.
    ///
    /// Rounding can make the result equal to `high` when the range is wide compared to its ends.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A normally distributed number, by the Box–Muller transform.
    ///
    /// Each pair of uniforms u₁ ∈ (0, 1], u₂ ∈ [0, 1) gives two standard normals
    /// r·cos θ and r·sin θ with r = √(−2 ln u₁), θ = 2πu₂; this call returns the first and keeps
    /// the second for the next call. The kept value is standard, so it is scaled by whatever
    /// `mean` and `std` that next call asks for.
    public mutating func normal(mean: Double = 0, std: Double = 1) -> Double {
        if let z = spareNormal {
            spareNormal = nil
            return mean + std * z
        }
        // 1 − uniform() lies in (0, 1], so the logarithm is always finite.
        let u1 = 1 - uniform()
        let u2 = uniform()
        let r = (-2 * Double.log(u1)).squareRoot()
        let theta = 2 * Double.pi * u2
        spareNormal = r * Double.sin(theta)
        return mean + std * (r * Double.cos(theta))
    }

    /// 1 with probability `p`, otherwise 0 (`uniform() < p`).
    ///
    /// Uses one uniform whatever `p` is, so `p` ≤ 0 always gives 0 and `p` ≥ 1 always gives 1.
    public mutating func bernoulli(_ p: Double) -> Double {
        uniform() < p ? 1 : 0
    }

    /// A uniform integer in `0..<n`, without modulo bias (Lemire's multiply-shift with rejection,
    /// "Fast Random Integer Generation in an Interval", 2019).
    ///
    /// `n` ≤ 1 returns 0 without drawing, rather than trapping: callers that take `n` from a user
    /// validate it first.
    public mutating func integer(below n: Int) -> Int {
        guard n > 1 else { return 0 }
        let bound = UInt64(n)
        var product = bound.multipliedFullWidth(by: next())
        if product.low < bound {
            // 2⁶⁴ mod n: the low halves below it belong to a partial, over-represented band.
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = bound.multipliedFullWidth(by: next())
            }
        }
        return Int(product.high)
    }

    /// A uniformly random ordering of `0..<n` (Fisher–Yates: for i from n − 1 down to 1, swap
    /// element i with element ``integer(below:)`` i + 1). Empty for `n` ≤ 0.
    public mutating func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var result = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            result.swapAt(i, integer(below: i + 1))
        }
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
