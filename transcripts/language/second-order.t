# hessian (exact and finite-difference), jacobian, solve and inv; a singular matrix is an error.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> f(x1, x2, x3, x4) = x1 * x4 * (x1 + x2 + x3) + x3
f(x1, x2, x3, x4) = x1 * x4 * (x1 + x2 + x3) + x3
gb> H = hessian(f, [1, 5, 5, 1])
H = [[ 2,  1,  1, 12],
     [ 1,  0,  0,  1],
     [ 1,  0,  0,  1],
     [12,  1,  1,  0]]
gb> Hn = hessian(f, [1, 5, 5, 1], numeric = true)
Hn = [[ 2,  1,  1, 12],
      [ 1,  0,  0,  1],
      [ 1,  0,  0,  1],
      [12,  1,  1,  0]]
gb> max(abs(H - Hn)) < 1e-6
1
gb> g(p) = p[0] * p[3] * (p[0] + p[1] + p[2]) + p[2]
g(p) = p[0] * p[3] * (p[0] + p[1] + p[2]) + p[2]
gb> hessian(g, [1, 5, 5, 1])
error: g takes 1 parameter(s) and the point has 4 number(s): hessian
differentiates the formula exactly, so it needs one parameter per coordinate, as
f(x1, …, x4); for a function of a whole vector use hessian(g, x, numeric = true)
  hessian(g, [1, 5, 5, 1])
  ^
gb> jacobian(g, [1, 5, 5, 1])
[[12, 1, 2, 11]]
gb> h(p) = [p[0] * p[1], p[0] + 3 * p[1]]
h(p) = [p[0] * p[1], p[0] + 3 * p[1]]
gb> jacobian(h, [2, 5])
[[5, 2],
 [1, 3]]
gb> jacobian(h, [2, 5], numeric = true)
[[5, 2],
 [1, 3]]
gb> A = [[4, 1], [2, 3]]
A = [[4, 1],
     [2, 3]]
gb> x = solve(A, [1, 2])
x = [0.1, 0.6]
gb> A @ x
[1, 2]
gb> inv(A)
[[ 0.3, -0.1],
 [-0.2,  0.4]]
gb> solve([[1, 2], [2, 4]], [1, 2])
error: solve: the matrix is singular: its rows are linearly dependent (to
working precision), so A·x = b has no unique solution
  solve([[1, 2], [2, 4]], [1, 2])
  ^
gb> inv([[1, 2, 3]])
error: inv needs a square matrix (n×n, n ≥ 1), got shape [1, 3]
  inv([[1, 2, 3]])
  ^
gb> solve(A, [1, 2, 3])
error: solve: shapes [2, 2] and [3] do not fit: b must be a vector of 2 numbers
or a matrix with 2 rows
  solve(A, [1, 2, 3])
  ^
