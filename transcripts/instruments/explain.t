# explain: the graph picture, backprop node by node, paths summed for one leaf, a node used twice, tensors summarised.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = 2; w = -3; b = 1
b = 1
gb> z = w * x + b
z = -5
gb> a = tanh(z) * z
a = 4.99955
gb> explain a
the graph of a: 4 operations, 3 leaves that gradients reach
a = n2 · z = 4.99955
├─ n2 = tanh(z) = -0.999909
│  └─ z = n1 + b = -5
│     ├─ n1 = w · x = -6
│     │  ├─ w = -3
│     │  └─ x = 2
│     └─ b = 1
└─ z ↑ (drawn above)
backprop by hand, from a back to the leaves:
[1] a = n2 · z   mul, value 4.99955
    ∂a/∂a = 1: backprop starts here
    → n2: ∂a/∂n2 = z = -5, passes 1 × (-5) = -5
    → z: ∂a/∂z = n2 = -0.999909, passes 1 × (-0.999909) = -0.999909
[2] n2 = tanh(z)   tanh, value -0.999909
    ∂a/∂n2 = -5, from a
    → z: ∂n2/∂z = 1 − tanh²(z) = 0.000181583,
        passes -5 × 0.000181583 = -0.000907916
[3] z = n1 + b   add, value -5
    ∂a/∂z = -0.999909 (from a) + (-0.000907916) (from n2)
        = -1.00082: the sum over its 2 uses
    → n1: ∂z/∂n1 = 1, passes -1.00082 × 1 = -1.00082
    → b: ∂z/∂b = 1, passes -1.00082 × 1 = -1.00082
[4] n1 = w · x   mul, value -6
    ∂a/∂n1 = -1.00082, from z
    → w: ∂n1/∂w = x = 2, passes -1.00082 × 2 = -2.00163
    → x: ∂n1/∂x = w = -3, passes -1.00082 × (-3) = 3.00245
gradients on the leaves (what backward a adds to their .grad):
    ∂a/∂w = -2.00163
    ∂a/∂x = 3.00245
    ∂a/∂b = -1.00082
gb> explain a for w
the graph of a: 4 operations, 3 leaves that gradients reach
a = n2 · z = 4.99955
├─ n2 = tanh(z) = -0.999909
│  └─ z = n1 + b = -5
│     ├─ n1 = w · x = -6
│     │  ├─ w = -3
│     │  └─ x = 2
│     └─ b = 1
└─ z ↑ (drawn above)
the chain rule as a sum over paths:
paths from a down to w: 2;
    ∂a/∂w = Σ over paths of the product of the local derivatives along the path
  a → n2 → z → n1 → w: ∂a/∂n2 · ∂n2/∂z · ∂z/∂n1 · ∂n1/∂w
      = (-5) · 0.000181583 · 1 · 2 = -0.00181583
  a → z → n1 → w: ∂a/∂z · ∂z/∂n1 · ∂n1/∂w = (-0.999909) · 1 · 2 = -1.99982
sum over the 2 paths = -2.00163
backprop (one walk over the graph) gives ∂a/∂w = -2.00163 ✓ the same
gb> explain a for x
the graph of a: 4 operations, 3 leaves that gradients reach
a = n2 · z = 4.99955
├─ n2 = tanh(z) = -0.999909
│  └─ z = n1 + b = -5
│     ├─ n1 = w · x = -6
│     │  ├─ w = -3
│     │  └─ x = 2
│     └─ b = 1
└─ z ↑ (drawn above)
the chain rule as a sum over paths:
paths from a down to x: 2;
    ∂a/∂x = Σ over paths of the product of the local derivatives along the path
  a → n2 → z → n1 → x: ∂a/∂n2 · ∂n2/∂z · ∂z/∂n1 · ∂n1/∂x
      = (-5) · 0.000181583 · 1 · (-3) = 0.00272375
  a → z → n1 → x: ∂a/∂z · ∂z/∂n1 · ∂n1/∂x = (-0.999909) · 1 · (-3) = 2.99973
sum over the 2 paths = 3.00245
backprop (one walk over the graph) gives ∂a/∂x = 3.00245 ✓ the same
gb> y = x * x
y = 4
gb> explain y for x
the graph of y: 1 operation, 1 leaf that gradients reach
y = x · x = 4
├─ x = 2
└─ x = 2
the chain rule as a sum over paths:
paths from y down to x: 2;
    ∂y/∂x = Σ over paths of the product of the local derivatives along the path
  y → x (as a): ∂y/∂x = 2 = 2
  y → x (as b): ∂y/∂x = 2 = 2
sum over the 2 paths = 4
backprop (one walk over the graph) gives ∂y/∂x = 4 ✓ the same
gb> t = 5
t = 5
gb> explain t
error: t is a leaf (a value given, not computed): there is no step to explain;
try explain on something computed from it, such as explain t^2
  explain t
          ^
gb> explain a for nothing
error: unknown name 'nothing'
  explain a for nothing
                ^
