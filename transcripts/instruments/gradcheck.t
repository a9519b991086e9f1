# gradcheck: the table, CS231n's verdicts, the rounding-noise rule, relu's kink (judged per element), a matrix, a part of it, an unknown name, a seeded sample of a 256×256 weight too big to check whole.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = 3; w = -2; b = 0.5
b = 0.5
gb> y = tanh(w * x + b) * x
y = -2.9999
gb> gradcheck y wrt w, b
gradcheck y wrt w, b, eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element  analytic     numeric      relative error  status
w        0.000601241  0.000601241  2.2e-07         good (noise)
b        0.000200414  0.000200414  1.5e-07         good (noise)
counts: 2 good (noise)
max relative error 2.2e-07 at w (within the rounding noise)
good (noise): above 1e-7, but analytic and numeric differ by less than 6.7e-08,
  the rounding noise of the differences: a gradient this small next to |f|
  cannot be checked more finely
verdict: good — every relative error is at most 1e-7, or within the rounding
  noise
gb> z = [0, 1, -2]
z = [0, 1, -2]
gb> gradcheck sum(relu(z)) wrt z
gradcheck sum(relu(z)) wrt z, eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element  analytic  numeric  relative error  status
z[0]     0         0.5      1               kink?
z[1]     1         1        2.7e-11         good
z[2]     0         0        0               good
counts: 2 good, 1 kink?
max relative error 1 at z[0]
warning: the differences crossed or touched a kink of relu (moving 1 of the 3
  elements did; only they are judged as kinks): its derivative jumps there, so a
  finite difference measures neither side's slope (autograd takes one side, as
  PyTorch does)
verdict: inconclusive — errors above 1e-4, but a kink was crossed, where finite
  differences are unreliable; check again at a point away from the kink
gb> W = randn(3, 4); v = randn(4)
v = [-0.267392, -0.392569, -0.336253, 1.12139]
gb> loss = mean((W @ v)^2)
loss = 0.332382
gb> gradcheck loss wrt W
gradcheck loss wrt W, eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element  analytic     numeric      relative error  status
W[0, 0]  -0.166638    -0.166638    1.9e-10         good
W[0, 1]  -0.244649    -0.244649    5.6e-12         good
W[0, 2]  -0.209552    -0.209552    3.5e-10         good
W[0, 3]  0.698851     0.698851     8.5e-12         good
W[1, 0]  0.062583     0.062583     7.4e-11         good
W[1, 1]  0.0918807    0.0918807    3.1e-10         good
W[1, 2]  0.0786998    0.0786998    2.7e-10         good
W[1, 3]  -0.262462    -0.262462    2.4e-11         good
W[2, 0]  0.00121515   0.00121515   5.7e-09         good
W[2, 1]  0.00178401   0.00178401   3.6e-09         good
W[2, 2]  0.00152808   0.00152808   7.8e-09         good
W[2, 3]  -0.00509611  -0.00509611  1.2e-09         good
counts: 12 good
max relative error 7.8e-09 at W[2, 2]
verdict: good — every relative error is at most 1e-7
gb> gradcheck loss wrt W[1, 1:]
gradcheck loss wrt W[1, 1:], eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element  analytic   numeric    relative error  status
W[1, 1]  0.0918807  0.0918807  3.1e-10         good
W[1, 2]  0.0786998  0.0786998  2.7e-10         good
W[1, 3]  -0.262462  -0.262462  2.4e-11         good
counts: 3 good
max relative error 3.1e-10 at W[1, 1]
verdict: good — every relative error is at most 1e-7
gb> gradcheck loss wrt q
error: unknown name 'q'; did you mean W?
  gradcheck loss wrt q
                     ^
gb> u = randn(256); B = randn(256, 256) / 16; big = sum(tanh(B @ u))
big = -7.7727
gb> gradcheck big wrt B
error: gradcheck would replay the graph of big 131072 times (about 8.7e+09
values computed, the limit is 5e+07); check fewer elements: a random sample
(gradcheck big wrt B sample 100) or a part of a value (wrt B[0:1, :])
  gradcheck big wrt B
            ^
gb> gradcheck big wrt B sample 8
gradcheck big wrt B sample 8, eps = 1e-06
autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
element      analytic   numeric    relative error  status
B[11, 2]     1.10971    1.10971    5.5e-10         good
B[35, 163]   -0.54578   -0.54578   1.2e-09         good
B[133, 182]  0.199443   0.199443   7.1e-09         good
B[149, 220]  0.0169721  0.0169721  6e-08           good
B[211, 243]  0.300868   0.300868   1.4e-10         good
B[225, 191]  -1.51826   -1.51826   4.6e-10         good
B[238, 130]  0.179098   0.179098   3e-09           good
B[248, 75]   -0.406528  -0.406528  3.1e-10         good
counts: 8 good
max relative error 6e-08 at B[149, 220]
verdict: good — every relative error is at most 1e-7
