import Testing

@testable import Tensors

private func tensor(_ shape: [Int], _ scalars: [Double]) -> Tensor {
    try! Tensor(shape: shape, scalars: scalars)
}

private func counting(_ shape: [Int], scale: Double = 1) -> Tensor {
    let count = shape.reduce(1, *)
    return tensor(shape, (0..<count).map { Double($0) * scale })
}

private func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
}

@Suite struct TensorFormatTests {
    let format = TensorFormat()

    @Test func scalar() {
        #expect(format.string(Tensor(3.5)) == "3.5")
        #expect(format.string(Tensor(-0.0)) == "0")
        #expect(format.string(Tensor(1.0 / 3)) == "0.333333")
    }

    @Test func vectorIsCompact() {
        #expect(format.string(Tensor([1, 2.5, -3])) == "[1, 2.5, -3]")
        #expect(format.string(Tensor([7])) == "[7]")
        #expect(format.string(tensor([1, 1, 3], [1, 2, 3])) == "[[[1, 2, 3]]]")
    }

    @Test func matrix() {
        #expect(format.string(tensor([2, 2], [1, 2, 3, 4])) == "[[1, 2],\n [3, 4]]")
        #expect(format.string(tensor([3, 1], [1, 2, 3])) == "[[1],\n [2],\n [3]]")
    }

    @Test func alignmentWithNegativesAndMixedWidths() {
        #expect(
            format.string(tensor([2, 2], [1.5, -2, 3, 4.25])) == """
                [[ 1.5,  -2   ],
                 [ 3,     4.25]]
                """)
        #expect(
            format.string(tensor([2, 3], [100, -0.5, 2, 3, 40, -1e-7])) == """
                [[100,      -0.5,     2    ],
                 [  3,      40,      -1e-07]]
                """)
    }

    @Test func rank3BlocksAreSeparatedByBlankLines() {
        #expect(
            format.string(counting([2, 2, 2])) == """
                [[[0, 1],
                  [2, 3]],

                 [[4, 5],
                  [6, 7]]]
                """)
        let rank4 = format.string(counting([2, 1, 1, 2]))
        #expect(rank4 == "[[[[0, 1]]],\n\n\n [[[2, 3]]]]")
    }

    @Test func emptyTensors() {
        #expect(format.string(counting([0])) == "[]")
        #expect(format.string(counting([2, 0])) == "[[], []]")
        #expect(format.string(counting([0, 3])) == "[]")
        #expect(format.string(counting([2, 3, 0])) == "[[[], [], []], [[], [], []]]")
        #expect(format.string(counting([5000, 0])) == "[[], [], [], ..., [], [], []]")
    }

    @Test func longVectorIsSummarised() {
        #expect(format.string(counting([2000])) == "[0, 1, 2, ..., 1997, 1998, 1999]")
        #expect(format.string(counting([1000])).count > 1000)
        let few = TensorFormat(edgeItems: 1, threshold: 10)
        #expect(few.string(counting([11])) == "[0, ..., 10]")
    }

    @Test func largeMatrixIsSummarised() {
        #expect(
            format.string(counting([50, 50])) == """
                [[   0,    1,    2, ...,   47,   48,   49],
                 [  50,   51,   52, ...,   97,   98,   99],
                 [ 100,  101,  102, ...,  147,  148,  149],
                 ...,
                 [2350, 2351, 2352, ..., 2397, 2398, 2399],
                 [2400, 2401, 2402, ..., 2447, 2448, 2449],
                 [2450, 2451, 2452, ..., 2497, 2498, 2499]]
                """)
        // Only the long axes are cut.
        #expect(
            format.string(counting([2, 600])) == """
                [[   0,    1,    2, ...,  597,  598,  599],
                 [ 600,  601,  602, ..., 1197, 1198, 1199]]
                """)
    }

    @Test func summarisedRank3() {
        let text = format.string(counting([20, 20, 20]))
        let expectedStart = """
            [[[   0,    1,    2, ...,   17,   18,   19],
              [  20,   21,   22, ...,   37,   38,   39],
              [  40,   41,   42, ...,   57,   58,   59],
              ...,
            """
        #expect(text.hasPrefix(expectedStart))
        #expect(text.contains("\n\n ...,\n\n [[6800, 6801, 6802, ..., 6817, 6818, 6819],\n"))
        #expect(text.hasSuffix("[7980, 7981, 7982, ..., 7997, 7998, 7999]]]"))
        // Six blocks of seven lines, the `...` between them, and a blank line after each but the last.
        #expect(lines(text).count == 6 * 7 + 1 + 6)
    }

    @Test func wrapsAtLineWidth() {
        let narrow = TensorFormat(lineWidth: 30)
        #expect(
            narrow.string(counting([20])) == """
                [ 0,  1,  2,  3,  4,  5,  6,
                  7,  8,  9, 10, 11, 12, 13,
                 14, 15, 16, 17, 18, 19]
                """)
        #expect(
            narrow.string(counting([2, 12], scale: 1.5)) == """
                [[ 0,    1.5,  3,    4.5,
                   6,    7.5,  9,   10.5,
                  12,   13.5, 15,   16.5],
                 [18,   19.5, 21,   22.5,
                  24,   25.5, 27,   28.5,
                  30,   31.5, 33,   34.5]]
                """)
        for width in [20, 30, 45, 80] {
            let text = TensorFormat(lineWidth: width).string(counting([3, 40], scale: 0.25))
            #expect(lines(text).allSatisfy { $0.count <= width }, "width \(width):\n\(text)")
        }
    }

    @Test func aNumberWiderThanTheLineStillPrints() {
        let text = TensorFormat(lineWidth: 5).string(Tensor([123456, 654321]))
        #expect(text == "[123456,\n 654321]")
    }

    @Test func indentAlignsContinuationLines() {
        let text = "W = " + format.string(tensor([2, 2], [1.5, -2, 3, 4.25]), indent: 4)
        #expect(
            text == """
                W = [[ 1.5,  -2   ],
                     [ 3,     4.25]]
                """)
        // The indent counts toward the line width.
        let wrapped = "v = " + TensorFormat(lineWidth: 30).string(counting([20]), indent: 4)
        #expect(lines(wrapped).allSatisfy { $0.count <= 30 }, "\(wrapped)")
        #expect(lines(wrapped)[1].hasPrefix("     "))
    }

    @Test func oddSettingsDoNotTrap() {
        let odd = TensorFormat(lineWidth: -5, edgeItems: .max, threshold: -1)
        // A line width below any number's puts each number on its own line, nothing worse.
        #expect(odd.string(counting([3, 3])).filter { !$0.isWhitespace } == "[[0,1,2],[3,4,5],[6,7,8]]")
        #expect(odd.string(counting([2, 0])) == "[[], []]")
        #expect(TensorFormat(edgeItems: -2, threshold: 3).string(counting([5])) == "[0, ..., 4]")
        #expect(!format.string(counting([2, 2]), indent: .max).isEmpty)
    }

    @Test func usesTheNumberFormat() {
        let three = TensorFormat(number: NumberFormat(significantDigits: 3))
        #expect(three.string(Tensor([1.0 / 3, 2.0 / 3])) == "[0.333, 0.667]")
        #expect(three.string(Tensor([.nan, .infinity, -.infinity])) == "[nan, inf, -inf]")
    }
}
