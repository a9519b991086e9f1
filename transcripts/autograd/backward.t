# backward, grad, zero: micrograd's sanity check (dy/dx = 46), gradients that
# accumulate over calls, and an upstream gradient.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = -4
x = -4
gb> z = 2*x + 2 + x
z = -10
gb> q = relu(z) + z*x
q = 40
gb> h = relu(z*z)
h = 100
gb> y = h + q + q*x
y = -20
gb> backward y
backward y: gradients on x
gb> grad x
46
gb> a = [[1, 2], [3, 4]]
a = [[1, 2],
     [3, 4]]
gb> loss = mean((a - 1)^2)
loss = 3.5
gb> backward loss
backward loss: gradients on a
gb> a.grad
[[0,   0.5],
 [1,   1.5]]
gb> backward loss
backward loss: gradients on a (added to the gradients a already had; zero clears them)
gb> grad a
[[0, 1],
 [2, 3]]
gb> zero a
cleared the gradients of a
gb> grad a
error: a has no gradient yet: run backward on a value computed from it
  grad a
       ^
gb> w = 3
w = 3
gb> v = w^2
v = 9
gb> backward v with 2
backward v: gradients on w
gb> grad w
12
gb> v
9
