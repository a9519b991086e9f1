# The backprop lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/backprop.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson backprop --auto
Backprop by hand (about 20 min; notes 001)
Lecture 001 trains a small two-layer network by gradient descent, wᵗ = wᵗ⁻¹ -
η∇Q(wᵗ⁻¹), and asks how to get the partial derivative of the output with respect
to every weight. This lesson works those derivatives out by hand, node by node,
and checks each one three ways: the symbolic derivative (`derive`), autograd
(`backward`), and a central difference (`gradcheck`).

A note on notation: the lecture writes partial derivatives as δa/δw₁₁. The usual
sign is ∂, and that is what gradbook prints.
── Step 1 of 6: The network, forward ──
The lecture's network has two inputs, two hidden layers of two units and one
output:

    a(x) = p₁₁ h₁(x) + p₂₁ h₂(x), h₁ = f(v₁₁ z₁ + v₂₁ z₂),
        h₂ = f(v₁₂ z₁ + v₂₂ z₂)

The lecture leaves f and the first layer open. We take the sigmoid everywhere
and z₁ = σ(w₁₁ x₁ + w₂₁ x₂), z₂ = σ(w₁₂ x₁ + w₂₂ x₂), with these numbers:
  gb> x1 = 1; x2 = -2
  x2 = -2
  gb> w11 = 0.5; w21 = -0.3; w12 = 0.8; w22 = 0.2
  w22 = 0.2
  gb> v11 = 1.2; v21 = -0.7; v12 = 0.4; v22 = 0.9
  v22 = 0.9
  gb> p11 = 1.5; p21 = -2
  p21 = -2
  gb> z1 = sigmoid(w11 * x1 + w21 * x2)
  z1 = 0.75026
  gb> z2 = sigmoid(w12 * x1 + w22 * x2)
  z2 = 0.598688
  gb> h1 = sigmoid(v11 * z1 + v21 * z2)
  h1 = 0.618038
  gb> h2 = sigmoid(v12 * z1 + v22 * z2)
  h2 = 0.698238
  gb> a = p11 * h1 + p21 * h2
  a = -0.469419
Every line above recorded a node of the computational graph: the values, and how
each was made.
✎ Exercise 1 of 5: The easiest partial derivative first. What is ∂a/∂p11 here?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> h1
✓ right
∂a/∂p11 = h1: the output moves by h1 for each unit p11 moves.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: One layer back: ∂a/∂v11 ──
v₁₁ sits inside h₁, so the chain rule takes two factors, as the lecture writes:
∂a/∂v₁₁ = ∂a/∂h₁ · ∂h₁/∂v₁₁. The first is p₁₁. For the second, the sigmoid's
derivative is σ'(u) = σ(u)(1 - σ(u)), and σ(u) is h₁ itself, so ∂h₁/∂v₁₁ = h₁ (1
- h₁) z₁. `derive` takes the same steps, naming the rule at each:
  gb> derive p11 * sigmoid(v11 * z1 + v21 * z2) + p21 * h2 wrt v11
  1. sum rule: ∂/∂v11[p11·σ(v11·z1 + v21·z2) + p21·h2]
      = ∂/∂v11[p11·σ(v11·z1 + v21·z2)]
  2. constant factor: ∂/∂v11[p11·σ(v11·z1 + v21·z2)]
      = p11·∂/∂v11[σ(v11·z1 + v21·z2)]
  3. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): ∂/∂v11[σ(v11·z1 + v21·z2)]
      = σ(v11·z1 + v21·z2)·(1 − σ(v11·z1 + v21·z2))·∂/∂v11[v11·z1 + v21·z2]
  4. sum rule: ∂/∂v11[v11·z1 + v21·z2] = ∂/∂v11[v11·z1]
  5. constant factor: ∂/∂v11[v11·z1] = z1
  ∂/∂v11[p11·σ(v11·z1 + v21·z2) + p21·h2]
      = p11·z1·σ(v11·z1 + v21·z2)·(1 − σ(v11·z1 + v21·z2))
✎ Exercise 2 of 5: Write ∂a/∂v11 with the names bound in the session (p11, h1,
z1, …).
(an expression answers; other lines are scratch work; :hint, :skip)
  gb> p11 * h1 * (1 - h1) * z1
✓ right
p11·h1·(1 − h1)·z1: the upstream gradient p11 times the local derivative of h1
with respect to v11.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Two paths to w11 ──
w₁₁ is in the first layer. It changes z₁, and z₁ feeds both h₁ and h₂, so two
paths lead from a down to w₁₁ and the chain rule adds them, as in the lecture:

    ∂a/∂w₁₁ = ∂a/∂h₁ ∂h₁/∂z₁ ∂z₁/∂w₁₁ + ∂a/∂h₂ ∂h₂/∂z₁ ∂z₁/∂w₁₁

`explain … for` lists every path with its product of local derivatives, and the
sum:
  gb> explain a for w11
  the graph of a: 19 operations, 12 leaves that gradients reach
  a = n10 + n14 = -0.469419
  ├─ n10 = p11 · h1 = 0.927058
  │  ├─ p11 = 1.5
  │  └─ h1 = σ(n9) = 1/(1 + exp(−n9)) = 0.618038
  │     └─ n9 = n4 + n8 = 0.481231
  │        ├─ n4 = v11 · z1 = 0.900312
  │        │  ├─ v11 = 1.2
  │        │  └─ z1 = σ(n3) = 1/(1 + exp(−n3)) = 0.75026
  │        │     └─ n3 = n1 + n2 = 1.1
  │        │        ├─ n1 = w11 · x1 = 0.5
  │        │        │  ├─ w11 = 0.5
  │        │        │  └─ x1 = 1
  │        │        └─ n2 = w21 · x2 = 0.6
  │        │           ├─ w21 = -0.3
  │        │           └─ x2 = -2
  │        └─ n8 = v21 · z2 = -0.419081
  │           ├─ v21 = -0.7
  │           └─ z2 = σ(n7) = 1/(1 + exp(−n7)) = 0.598688
  │              └─ n7 = n5 + n6 = 0.4
  │                 ├─ n5 = w12 · x1 = 0.8
  │                 │  ├─ w12 = 0.8
  │                 │  └─ x1 = 1
  │                 └─ n6 = w22 · x2 = -0.4
  │                    ├─ w22 = 0.2
  │                    └─ x2 = -2
  └─ n14 = p21 · h2 = -1.39648
     ├─ p21 = -2
     └─ h2 = σ(n13) = 1/(1 + exp(−n13)) = 0.698238
        └─ n13 = n11 + n12 = 0.838923
           ├─ n11 = v12 · z1 = 0.300104
           │  ├─ v12 = 0.4
           │  └─ z1 ↑ (drawn above)
           └─ n12 = v22 · z2 = 0.538819
              ├─ v22 = 0.9
              └─ z2 ↑ (drawn above)
  the chain rule as a sum over paths:
  paths from a down to w11: 2;
      ∂a/∂w11 = Σ over paths of the product of the local derivatives along the
      path
    a → n10 → h1 → n9 → n4 → z1 → n3 → n1 → w11: 8 factors, product 0.0796173
    a → n14 → h2 → n13 → n11 → z1 → n3 → n1 → w11: 8 factors, product -0.0315833
  sum over the 2 paths = 0.048034
  backprop (one walk over the graph) gives ∂a/∂w11 = 0.048034 ✓ the same
✎ Exercise 3 of 5: Write the contribution of the path through h2 alone, with the
session's names.
(an expression answers; other lines are scratch work; :hint, :skip)
  gb> p21 * h2 * (1 - h2) * v12 * z1 * (1 - z1) * x1
✓ right
p21·h2·(1 − h2)·v12·z1·(1 − z1)·x1. Adding the path through h1 gives ∂a/∂w11.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Backpropagation: walk the graph once ──
Written out path by path, the derivatives repeat themselves: ∂a/∂h₁ ∂h₁/∂z₁
appears in the derivative for w₁₁, for w₂₁, and for both inputs. With more
layers it gets worse: if a first-layer weight is followed by L layers of n units
each, nᴸ paths lead from the output to it, so summing paths costs exponentially
more with depth. That is the lecture's remark on the cost of the "imperative"
approach.

Backpropagation computes each node's gradient once, from the output down,
reusing it for everything below: each node multiplies the gradient that reached
it (upstream) by its local derivative and passes the product on. The cost is a
small multiple of the forward pass. `explain` shows exactly that, node by node
in reverse topological order:
  gb> explain a
  the graph of a: 19 operations, 12 leaves that gradients reach
  a = n10 + n14 = -0.469419
  ├─ n10 = p11 · h1 = 0.927058
  │  ├─ p11 = 1.5
  │  └─ h1 = σ(n9) = 1/(1 + exp(−n9)) = 0.618038
  │     └─ n9 = n4 + n8 = 0.481231
  │        ├─ n4 = v11 · z1 = 0.900312
  │        │  ├─ v11 = 1.2
  │        │  └─ z1 = σ(n3) = 1/(1 + exp(−n3)) = 0.75026
  │        │     └─ n3 = n1 + n2 = 1.1
  │        │        ├─ n1 = w11 · x1 = 0.5
  │        │        │  ├─ w11 = 0.5
  │        │        │  └─ x1 = 1
  │        │        └─ n2 = w21 · x2 = 0.6
  │        │           ├─ w21 = -0.3
  │        │           └─ x2 = -2
  │        └─ n8 = v21 · z2 = -0.419081
  │           ├─ v21 = -0.7
  │           └─ z2 = σ(n7) = 1/(1 + exp(−n7)) = 0.598688
  │              └─ n7 = n5 + n6 = 0.4
  │                 ├─ n5 = w12 · x1 = 0.8
  │                 │  ├─ w12 = 0.8
  │                 │  └─ x1 = 1
  │                 └─ n6 = w22 · x2 = -0.4
  │                    ├─ w22 = 0.2
  │                    └─ x2 = -2
  └─ n14 = p21 · h2 = -1.39648
     ├─ p21 = -2
     └─ h2 = σ(n13) = 1/(1 + exp(−n13)) = 0.698238
        └─ n13 = n11 + n12 = 0.838923
           ├─ n11 = v12 · z1 = 0.300104
           │  ├─ v12 = 0.4
           │  └─ z1 ↑ (drawn above)
           └─ n12 = v22 · z2 = 0.538819
              ├─ v22 = 0.9
              └─ z2 ↑ (drawn above)
  backprop by hand, from a back to the leaves:
  [1] a = n10 + n14   add, value -0.469419
      ∂a/∂a = 1: backprop starts here
      → n10: ∂a/∂n10 = 1, passes 1 × 1 = 1
      → n14: ∂a/∂n14 = 1, passes 1 × 1 = 1
  [2] n14 = p21 · h2   mul, value -1.39648
      ∂a/∂n14 = 1, from a
      → p21: ∂n14/∂p21 = h2 = 0.698238, passes 1 × 0.698238 = 0.698238
      → h2: ∂n14/∂h2 = p21 = -2, passes 1 × (-2) = -2
  [3] h2 = σ(n13) = 1/(1 + exp(−n13))   sigmoid, value 0.698238
      ∂a/∂h2 = -2, from n14
      → n13: ∂h2/∂n13 = σ(n13)·(1 − σ(n13)) = 0.210702,
          passes -2 × 0.210702 = -0.421403
  [4] n13 = n11 + n12   add, value 0.838923
      ∂a/∂n13 = -0.421403, from h2
      → n11: ∂n13/∂n11 = 1, passes -0.421403 × 1 = -0.421403
      → n12: ∂n13/∂n12 = 1, passes -0.421403 × 1 = -0.421403
  [5] n12 = v22 · z2   mul, value 0.538819
      ∂a/∂n12 = -0.421403, from n13
      → v22: ∂n12/∂v22 = z2 = 0.598688, passes -0.421403 × 0.598688 = -0.252289
      → z2: ∂n12/∂z2 = v22 = 0.9, passes -0.421403 × 0.9 = -0.379263
  [6] n11 = v12 · z1   mul, value 0.300104
      ∂a/∂n11 = -0.421403, from n13
      → v12: ∂n11/∂v12 = z1 = 0.75026, passes -0.421403 × 0.75026 = -0.316162
      → z1: ∂n11/∂z1 = v12 = 0.4, passes -0.421403 × 0.4 = -0.168561
  [7] n10 = p11 · h1   mul, value 0.927058
      ∂a/∂n10 = 1, from a
      → p11: ∂n10/∂p11 = h1 = 0.618038, passes 1 × 0.618038 = 0.618038
      → h1: ∂n10/∂h1 = p11 = 1.5, passes 1 × 1.5 = 1.5
  [8] h1 = σ(n9) = 1/(1 + exp(−n9))   sigmoid, value 0.618038
      ∂a/∂h1 = 1.5, from n10
      → n9: ∂h1/∂n9 = σ(n9)·(1 − σ(n9)) = 0.236067,
          passes 1.5 × 0.236067 = 0.3541
  [9] n9 = n4 + n8   add, value 0.481231
      ∂a/∂n9 = 0.3541, from h1
      → n4: ∂n9/∂n4 = 1, passes 0.3541 × 1 = 0.3541
      → n8: ∂n9/∂n8 = 1, passes 0.3541 × 1 = 0.3541
  [10] n8 = v21 · z2   mul, value -0.419081
      ∂a/∂n8 = 0.3541, from n9
      → v21: ∂n8/∂v21 = z2 = 0.598688, passes 0.3541 × 0.598688 = 0.211996
      → z2: ∂n8/∂z2 = v21 = -0.7, passes 0.3541 × (-0.7) = -0.24787
  [11] z2 = σ(n7) = 1/(1 + exp(−n7))   sigmoid, value 0.598688
      ∂a/∂z2 = -0.379263 (from n12) + (-0.24787) (from n8)
          = -0.627133: the sum over its 2 uses
      → n7: ∂z2/∂n7 = σ(n7)·(1 − σ(n7)) = 0.240261,
          passes -0.627133 × 0.240261 = -0.150675
  [12] n7 = n5 + n6   add, value 0.4
      ∂a/∂n7 = -0.150675, from z2
      → n5: ∂n7/∂n5 = 1, passes -0.150675 × 1 = -0.150675
      → n6: ∂n7/∂n6 = 1, passes -0.150675 × 1 = -0.150675
  [13] n6 = w22 · x2   mul, value -0.4
      ∂a/∂n6 = -0.150675, from n7
      → w22: ∂n6/∂w22 = x2 = -2, passes -0.150675 × (-2) = 0.301351
      → x2: ∂n6/∂x2 = w22 = 0.2, passes -0.150675 × 0.2 = -0.0301351
  [14] n5 = w12 · x1   mul, value 0.8
      ∂a/∂n5 = -0.150675, from n7
      → w12: ∂n5/∂w12 = x1 = 1, passes -0.150675 × 1 = -0.150675
      → x1: ∂n5/∂x1 = w12 = 0.8, passes -0.150675 × 0.8 = -0.12054
  [15] n4 = v11 · z1   mul, value 0.900312
      ∂a/∂n4 = 0.3541, from n9
      → v11: ∂n4/∂v11 = z1 = 0.75026, passes 0.3541 × 0.75026 = 0.265667
      → z1: ∂n4/∂z1 = v11 = 1.2, passes 0.3541 × 1.2 = 0.42492
  [16] z1 = σ(n3) = 1/(1 + exp(−n3))   sigmoid, value 0.75026
      ∂a/∂z1 = -0.168561 (from n11) + 0.42492 (from n4)
          = 0.256359: the sum over its 2 uses
      → n3: ∂z1/∂n3 = σ(n3)·(1 − σ(n3)) = 0.18737,
          passes 0.256359 × 0.18737 = 0.048034
  [17] n3 = n1 + n2   add, value 1.1
      ∂a/∂n3 = 0.048034, from z1
      → n1: ∂n3/∂n1 = 1, passes 0.048034 × 1 = 0.048034
      → n2: ∂n3/∂n2 = 1, passes 0.048034 × 1 = 0.048034
  [18] n2 = w21 · x2   mul, value 0.6
      ∂a/∂n2 = 0.048034, from n3
      → w21: ∂n2/∂w21 = x2 = -2, passes 0.048034 × (-2) = -0.096068
      → x2: ∂n2/∂x2 = w21 = -0.3, passes 0.048034 × (-0.3) = -0.0144102
  [19] n1 = w11 · x1   mul, value 0.5
      ∂a/∂n1 = 0.048034, from n3
      → w11: ∂n1/∂w11 = x1 = 1, passes 0.048034 × 1 = 0.048034
      → x1: ∂n1/∂x1 = w11 = 0.5, passes 0.048034 × 0.5 = 0.024017
  gradients on the leaves (what backward a adds to their .grad):
      ∂a/∂p11 = 0.618038
      ∂a/∂v11 = 0.265667
      ∂a/∂w11 = 0.048034
      ∂a/∂x1 = -0.0965234
      ∂a/∂w21 = -0.096068
      ∂a/∂x2 = -0.0445453
      ∂a/∂v21 = 0.211996
      ∂a/∂w12 = -0.150675
      ∂a/∂w22 = 0.301351
      ∂a/∂p21 = 0.698238
      ∂a/∂v12 = -0.316162
      ∂a/∂v22 = -0.252289
  gb> backward a
  backward a: gradients on p11, p21, v11, v12, v21, v22, w11, w12, w21, w22, x1,
      x2
  gb> grad w11
  0.048034
✎ Exercise 4 of 5: A first-layer weight is followed by 9 hidden layers of 4
units, then the output. How many paths lead from the output down to it?
  1. 36
  2. 4⁹ = 262144
  3. 9⁴ = 6561
  4. 4
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
4·4·…·4, nine times: 4⁹ = 262144 paths, while backprop visits each of the 9·4
nodes once.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Three answers that must agree ──
The symbolic derivative, autograd and a central difference are three independent
ways to the same number; a disagreement means a bug. `derive` can go through the
whole network when it is written as functions:
  gb> zf1(w11) = sigmoid(w11 * x1 + w21 * x2)
  zf1(w11) = sigmoid(w11 * x1 + w21 * x2)
  gb> af(w11) = p11 * sigmoid(v11 * zf1(w11) + v21 * z2)
      + p21 * sigmoid(v12 * zf1(w11) + v22 * z2)
  af(w11) = p11 * sigmoid(v11 * zf1(w11) + v21 * z2)
      + p21 * sigmoid(v12 * zf1(w11) + v22 * z2)
  gb> derive af(w11) wrt w11 at w11 = 0.5
  1. definition of af: ∂/∂w11[af(w11)]
      = ∂/∂w11[p11·σ(v11·zf1(w11) + v21·z2) + p21·σ(v12·zf1(w11) + v22·z2)]
  2. sum rule: ∂/∂w11[p11·σ(v11·zf1(w11) + v21·z2)
      + p21·σ(v12·zf1(w11) + v22·z2)] = ∂/∂w11[p11·σ(v11·zf1(w11) + v21·z2)]
      + ∂/∂w11[p21·σ(v12·zf1(w11) + v22·z2)]
  3. constant factor: ∂/∂w11[p11·σ(v11·zf1(w11) + v21·z2)]
      = p11·∂/∂w11[σ(v11·zf1(w11) + v21·z2)]
  4. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): ∂/∂w11[σ(v11·zf1(w11) + v21·z2)]
      = σ(v11·zf1(w11) + v21·z2)·(1
      − σ(v11·zf1(w11) + v21·z2))·∂/∂w11[v11·zf1(w11) + v21·z2]
  5. sum rule: ∂/∂w11[v11·zf1(w11) + v21·z2] = ∂/∂w11[v11·zf1(w11)]
  6. constant factor: ∂/∂w11[v11·zf1(w11)] = v11·∂/∂w11[zf1(w11)]
  7. definition of zf1: ∂/∂w11[zf1(w11)] = ∂/∂w11[σ(w11·x1 + w21·x2)]
  8. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): ∂/∂w11[σ(w11·x1 + w21·x2)]
      = σ(w11·x1 + w21·x2)·(1 − σ(w11·x1 + w21·x2))·∂/∂w11[w11·x1 + w21·x2]
  9. sum rule: ∂/∂w11[w11·x1 + w21·x2] = ∂/∂w11[w11·x1]
  10. constant factor: ∂/∂w11[w11·x1] = x1
  11. constant factor: ∂/∂w11[p21·σ(v12·zf1(w11) + v22·z2)]
      = p21·∂/∂w11[σ(v12·zf1(w11) + v22·z2)]
  12. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): ∂/∂w11[σ(v12·zf1(w11)
      + v22·z2)]
      = σ(v12·zf1(w11) + v22·z2)·(1
      − σ(v12·zf1(w11) + v22·z2))·∂/∂w11[v12·zf1(w11) + v22·z2]
  13. sum rule: ∂/∂w11[v12·zf1(w11) + v22·z2] = ∂/∂w11[v12·zf1(w11)]
  14. constant factor: ∂/∂w11[v12·zf1(w11)] = v12·∂/∂w11[zf1(w11)]
  15. definition of zf1: ∂/∂w11[zf1(w11)] = ∂/∂w11[σ(w11·x1 + w21·x2)]
  16. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): ∂/∂w11[σ(w11·x1 + w21·x2)]
      = σ(w11·x1 + w21·x2)·(1 − σ(w11·x1 + w21·x2))·∂/∂w11[w11·x1 + w21·x2]
  17. sum rule: ∂/∂w11[w11·x1 + w21·x2] = ∂/∂w11[w11·x1]
  18. constant factor: ∂/∂w11[w11·x1] = x1
  ∂/∂w11[af(w11)]
      = p11·v11·x1·σ(v11·zf1(w11) + v21·z2)·(1
      − σ(v11·zf1(w11) + v21·z2))·zf1(w11)·(1 − zf1(w11))
      + p21·v12·x1·σ(v12·zf1(w11) + v22·z2)·(1
      − σ(v12·zf1(w11) + v22·z2))·zf1(w11)·(1 − zf1(w11))
  at w11 = 0.5, p11 = 1.5, v11 = 1.2, x1 = 1, w21 = -0.3, x2 = -2, v21 = -0.7,
      z2 = 0.598688, p21 = -2, v12 = 0.4, v22 = 0.9:
    symbolic            0.048034
    autograd            0.048034
    central difference  0.048034 (h = 1e-06)
    ✓ all three agree (autograd within 1e-09, central difference within 1e-05,
        relative)
  gb> gradcheck a wrt w11, v11, p11
  gradcheck a wrt w11, v11, p11, eps = 1e-06
  autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
  element  analytic  numeric   relative error  status
  w11      0.048034  0.048034  8.6e-10         good
  v11      0.265667  0.265667  4.4e-10         good
  p11      0.618038  0.618038  3.9e-11         good
  counts: 3 good
  max relative error 8.6e-10 at w11
  verdict: good — every relative error is at most 1e-7
In training, the output feeds a loss, and the lecture's aside ("we take
derivatives of the loss, don't we?") is right: backprop starts from L, not from
a. One more factor joins every path: for L = (a - y)², ∂L/∂w = 2(a - y) ∂a/∂w.
✎ Exercise 5 of 5: With y = 1 and L = (a − y)², bind g to ∂L/∂w11, using
w11.grad (which now holds ∂a/∂w11).
(a statement binding g answers; other lines are scratch work; :hint, :skip)
  gb> g = 2 * (a - 1) * w11.grad
  g = -0.141164
✓ right
g = 2·(a − 1)·∂a/∂w11. `zero` then `backward (a - 1)^2` gives the same number in
w11.grad (zero first: gradients accumulate).
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • A network is a computational graph; each node knows its local derivative.
  • The chain rule multiplies local derivatives along a path and adds over
    paths: ∂a/∂w11 has two.
  • Backprop walks the graph once from the output down, passing upstream
    gradient × local derivative to each input, so shared pieces are computed
    once, not once per path.
  • `derive`, `backward` and `gradcheck` must agree; when they don't, one of
    them found a bug.
(:next finishes the lesson)
── Backprop by hand: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
