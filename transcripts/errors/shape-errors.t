# Shape errors name the operation and both shapes; backward's own errors.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> ones(2, 3) + ones(3, 2)
error: add: shapes [2, 3] and [3, 2] cannot be broadcast together (axis -2: 2 vs
3); did you mean ones(2, 3).T + ones(3, 2) ([3, 2] + [3, 2] gives [3, 2])?
  ones(2, 3) + ones(3, 2)
             ^
gb> ones(2) @ ones(3)
error: matmul: shapes [2] and [3] are not aligned: 2 columns on the left, 3 rows
on the right
  ones(2) @ ones(3)
          ^
gb> ones(2, 3) @ ones(2, 3)
error: matmul: shapes [2, 3] and [2, 3] are not aligned: 3 columns on the left,
2 rows on the right; did you mean ones(2, 3) @ ones(2, 3).T ([2, 3] @ [3, 2]
gives [2, 2]) or ones(2, 3).T @ ones(2, 3) ([3, 2] @ [2, 3] gives [3, 3])?
  ones(2, 3) @ ones(2, 3)
             ^
gb> reshape(ones(6), 4, -1)
error: reshape: cannot reshape [6] into [4, -1]
  reshape(ones(6), 4, -1)
  ^
gb> ones(3)[5]
error: index 5 is out of range for axis 0 of size 3 (valid: -3...2)
  ones(3)[5]
  ^
gb> ones(2, 2)[0, 0, 0]
error: too many indices: 3 given for a tensor of rank 2
  ones(2, 2)[0, 0, 0]
  ^
gb> sum(ones(2), axis = 5)
error: sum: axis 5 is out of range for a tensor of rank 1 (valid axes are
-1...0)
  sum(ones(2), axis = 5)
  ^
gb> W = ones(2); W[0] = [1, 2, 3]
error: index assignment: shapes [3] and [] do not fit: the value (first) must
broadcast to the selected part (second)
  W = ones(2); W[0] = [1, 2, 3]
               ^
gb> [[1, 2], [3]]
error: the elements of a tensor literal must have the same shape: element 1 has
shape [2], element 2 has [1]
  [[1, 2], [3]]
           ^
gb> concat(ones(2, 2), ones(3, 3))
error: concat: shapes [2, 2] and [3, 3] differ on an axis other than the joining
axis 0
  concat(ones(2, 2), ones(3, 3))
  ^
gb> backward ones(2) * 3
error: ones(2) * 3 is a constant: it was not computed from anything gradients
can reach
  backward ones(2) * 3
                   ^
gb> y = ones(2) * 3
y = [3, 3]
gb> backward y
error: backward needs a scalar output, or an upstream gradient; this output has
shape [2] (try sum(...) or pass the upstream gradient)
  backward y
  ^
gb> backward y with ones(3)
error: the upstream gradient has shape [3] but the output has shape [2]
  backward y with ones(3)
  ^
gb> A = ones(2, 3); x = ones(3)
x = [1, 1, 1]
gb> A - mean(A, 1)
error: subtract: shapes [2, 3] and [2] cannot be broadcast together (axis -1: 3
vs 2); did you mean A - mean(A, 1, keepdims = true) ([2, 3] - [2, 1] gives [2,
3])?
  A - mean(A, 1)
    ^
gb> A - mean(A, 1, keepdims = true)
[[0, 0, 0],
 [0, 0, 0]]
gb> x + ones(3, 2)
error: add: shapes [3] and [3, 2] cannot be broadcast together (axis -1: 3 vs
2); did you mean reshape(x, 3, 1) + ones(3, 2) ([3, 1] + [3, 2] gives [3, 2])?
  x + ones(3, 2)
    ^
gb> x @ A
error: matmul: shapes [3] and [2, 3] are not aligned: 3 columns on the left, 2
rows on the right; did you mean x @ A.T ([3] @ [3, 2] gives [2])?
  x @ A
    ^
gb> A @ ones(4, 4)
error: matmul: shapes [2, 3] and [4, 4] are not aligned: 3 columns on the left,
4 rows on the right
  A @ ones(4, 4)
    ^
gb> A + ones(4)
error: add: shapes [2, 3] and [4] cannot be broadcast together (axis -1: 3 vs 4)
  A + ones(4)
    ^
