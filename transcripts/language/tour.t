# The language tour: numbers, tensors and broadcasting, indexing, attributes,
# functions, ranges, updates, repeat, and entries over several lines.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = 2.5
x = 2.5
gb> y = x * 4 - 1;
gb> y
9
gb> W = [[1, 2], [3, 4]]
W = [[1, 2],
     [3, 4]]
gb> b = [10, 20]
b = [10, 20]
gb> W + b
[[11, 22],
 [13, 24]]
gb> W * [[1], [-1]]
[[ 1,  2],
 [-3, -4]]
gb> W @ [1, 1]
[3, 7]
gb> W ^ 2
[[ 1,  4],
 [ 9, 16]]
gb> -x^2
-6.25
gb> 2 ^ 3 ^ 2
512
gb> W.shape
[2, 2]
gb> W.T
[[1, 3],
 [2, 4]]
gb> W[0, 1]
2
gb> W[:, 0]
[1, 3]
gb> W[1:, ::-1]
[[4, 3]]
gb> a = arange(6)
a = [0, 1, 2, 3, 4, 5]
gb> reshape(a, 2, 3)
[[0, 1, 2],
 [3, 4, 5]]
gb> sum(reshape(a, 2, 3), axis = 0)
[3, 5, 7]
gb> mean(a)
2.5
gb> a > 2
[0, 0, 0, 1, 1, 1]
gb> linspace(0, 1, 5)
[0, 0.25, 0.5, 0.75, 1]
gb> zeros(2, 3)
[[0, 0, 0],
 [0, 0, 0]]
gb> eye(2)
[[1, 0],
 [0, 1]]
gb> :seed 1
seed 1
gb> randn(2, 3)
[[-1.54522,  -0.199515, -1.01365 ],
 [ 0.824407,  0.958297,  1.2128  ]]
gb> rand(3)
[0.0710452, 0.381184, 0.867152]
gb> f(x) = x^2 * sin(x)
f(x) = x^2 * sin(x)
gb> f(2)
3.63719
gb> f(W)
[[  0.841471,   3.63719 ],
 [  1.27008,  -12.1088  ]]
gb> g(a, b) = a * b + 1
g(a, b) = a * b + 1
gb> g(2, 3)
7
gb> -1..1
-1..1
gb> sigmoid(0)
0.5
gb> softmax([1, 2, 3])
[0.0900306, 0.244728, 0.665241]
gb> s = 0
s = 0
gb> repeat 5 { s += 1 }
gb> s
5
gb> p = [1, 2, 3]
p = [1, 2, 3]
gb> p[1] = 20
p = [1, 20, 3]
gb> p -= 1
p = [0, 19, 2]
gb> m = (1 +
..>      2 +
..>      3)
m = 6
gb> q = [[1, 2],
..>      [3, 4]]
q = [[1, 2],
     [3, 4]]
