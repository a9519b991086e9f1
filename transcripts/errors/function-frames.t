# An error inside a user's function points at the call and shows the frame: where in the
# definition it failed, innermost first; recursion shows a repeated frame once, a long chain
# a few frames and how many more.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> W = ones(3, 2)
W = [[1, 1],
     [1, 1],
     [1, 1]]
gb> dense(x) = relu(x @ W)
dense(x) = relu(x @ W)
gb> net(x) = sum(dense(x)) + 1
net(x) = sum(dense(x)) + 1
gb> net(ones(3))
7
gb> net(ones(2))
error: matmul: shapes [2] and [3, 2] are not aligned: 2 columns on the left, 3
rows on the right; did you mean x @ W.T ([2] @ [2, 3] gives [3])?
  net(ones(2))
  ^
  in dense(x) = … at 1:19
    dense(x) = relu(x @ W)
                      ^
  in net(x) = … at 1:14
    net(x) = sum(dense(x)) + 1
                 ^
gb> jacobian(dense, [1, 2])
error: matmul: shapes [2] and [3, 2] are not aligned: 2 columns on the left, 3
rows on the right; did you mean x @ W.T ([2] @ [2, 3] gives [3])?
  jacobian(dense, [1, 2])
  ^
  in dense(x) = … at 1:19
    dense(x) = relu(x @ W)
                      ^
gb> h(n) = h(n + 1)
h(n) = h(n + 1)
gb> h(1)
error: h calls functions more than 200 deep; does it call itself without end?
  h(1)
  ^
  in h(n) = … at 1:8
    h(n) = h(n + 1)
           ^
  … the same call 199 more times
gb> even(n) = 1 - odd(n)
even(n) = 1 - odd(n)
gb> odd(n) = 1 - even(n)
odd(n) = 1 - even(n)
gb> start(n) = even(n)
start(n) = even(n)
gb> start(0)
error: odd calls functions more than 200 deep; does it call itself without end?
  start(0)
  ^
  in even(n) = … at 1:15
    even(n) = 1 - odd(n)
                  ^
  in odd(n) = … at 1:14
    odd(n) = 1 - even(n)
                 ^
  in even(n) = … at 1:15
    even(n) = 1 - odd(n)
                  ^
  in odd(n) = … at 1:14
    odd(n) = 1 - even(n)
                 ^
  … and 196 more calls (of even, odd, start)
gb> data = moons(20); model = mlp(2, 4, 1); opt = sgd(model, lr = 0.1);
gb> L(s, y) = mse(s @ ones(2), y)
L(s, y) = mse(s @ ones(2), y)
gb> train model on data with opt for 5 steps loss L
error: train stopped at step 1 of 5: matmul: shapes [20, 1] and [2] are not
aligned: 1 columns on the left, 2 rows on the right
  train model on data with opt for 5 steps loss L
  ^
  in L(s, y) = … at 1:17
    L(s, y) = mse(s @ ones(2), y)
                    ^
gb> f(x) = sum(x) + 1
f(x) = sum(x) + 1
gb> g(x) = 2 * f(x)
g(x) = 2 * f(x)
gb> derive g(x) wrt x
error: derive works on scalar formulas and cannot differentiate sum
symbolically; for tensors use explain (backprop step by step) or gradcheck
(autograd against central differences)
  derive g(x) wrt x
         ^
  in f(x) = … at 1:8
    f(x) = sum(x) + 1
           ^
  in g(x) = … at 1:12
    g(x) = 2 * f(x)
               ^
