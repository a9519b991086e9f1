# Recorded by gradbook; `gradbook replay transcripts/language/loops-and-norms.t` checks it.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> # while runs its body while the condition holds; a comparison gives 1 or 0
gb> x = 1; n = 0
n = 0
gb> while x > 0.01 { x = x / 2; n += 1 }
gb> n
7
gb> x
0.0078125
gb> # the stopping rule ‖∇Q(w)‖ < ε as a loop that stops
gb> w = [3.0, -2.0]; steps = 0
steps = 0
gb> Q(w) = sum(w^2)
Q(w) = sum(w^2)
gb> g = [1.0, 1.0]
g = [1, 1]
gb> while norm(g) >= 1e-6 { q = Q(w); zero w; backward q; g = w.grad; w -= 0.1 * g; steps += 1 }
gb> steps
72
gb> norm(g)
9.49272e-07
gb> # a condition that never becomes false stops at the limit with an error
gb> while 1 > 0 { }
error: while stopped after 100000 iterations with its condition still true; does
the body change what the condition tests? (repeat n { … } runs a fixed number of
times)
  while 1 > 0 { }
  ^
gb> while [1, 0] { }
error: while needs one true or false, got a tensor of shape [2]; reduce it
first, e.g. norm(g) > 1e-6 or max(abs(g)) > 1e-6
  while [1, 0] { }
        ^
gb> while "yes" { }
error: while needs a condition that is true or false, got a string
  while "yes" { }
        ^
gb> # norm and dot
gb> [norm([3, -4]), norm([3, -4], p = 1), norm([3, -4], p = inf)]
[5, 7, 4]
gb> dot([1, 2, 3], [4, 5, 6])
32
gb> v = [3.0, -4.0]
v = [3, -4]
gb> y = norm(v)
y = 5
gb> backward y
backward y: gradients on v
gb> grad v
[0.6, -0.8]
gb> gradcheck dot(v, [1.0, 2.0]) + norm(v, p = 3) wrt v
gradcheck dot(v, [1, 2]) + norm(v, p = 3) wrt v, eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element  analytic  numeric  relative error  status
v[0]     1.44485   1.44485  4.2e-10         good
v[1]     1.20915   1.20915  1.9e-10         good
counts: 2 good
max relative error 4.2e-10 at v[0]
verdict: good — every relative error is at most 1e-7
gb> norm([1, 2], p = 0.5)
error: norm: p must be 1 or more (or inf), got 0.5
  norm([1, 2], p = 0.5)
  ^
gb> dot([1, 2], [1, 2, 3])
error: dot: needs vectors of the same length, got 2 and 3
  dot([1, 2], [1, 2, 3])
  ^
gb> :help while
while condition { statements }    (commands)
  Runs the statements again and again while the condition holds (true, or a
  number other than 0: a comparison such as norm(g) > 1e-6 gives 1 or 0),
  printing nothing inside. It stops with an error after 100000 iterations, and
  Ctrl-C stops it between two iterations; either way the finished iterations
  stay done.
  example:
    gb> x = 1; n = 0; while x > 0.01 { x = x / 2; n += 1 }; n
    7
gb> :help norm
norm(x, p=2)    (linear algebra)
  The length of x taken as one vector of all its elements
  (torch.linalg.vector_norm): p = 2 the Euclidean length, p = 1 the sum of |xᵢ|,
  p = inf the largest |xᵢ|; any p ≥ 1. Differentiable; the gradient at the zero
  vector is 0, as PyTorch's.
  ‖x‖ₚ = (Σ|xᵢ|ᵖ)^(1/p);  ∂‖x‖₂/∂x = x/‖x‖₂,  ∂‖x‖₁/∂x = sign(x)
  example:
    gb> [norm([3, -4]), norm([3, -4], p = 1), norm([3, -4], p = inf)]
    [5, 7, 4]
gb> :help dot
dot(a, b)    (linear algebra)
  The dot product of two vectors of the same length (torch.dot); a @ b gives the
  same for vectors.
  a·b = Σ aᵢbᵢ;  ∂(a·b)/∂a = b,  ∂(a·b)/∂b = a
  example:
    gb> dot([1, 2, 3], [4, 5, 6])
    32
