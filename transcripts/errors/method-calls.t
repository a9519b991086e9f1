# gradbook has no methods: a method call is told the function call it means.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> b = [1, 2, 3]
b = [1, 2, 3]
gb> b.reshape(3, 1)
error: there are no methods: write reshape(b, 3, 1) (a function takes the tensor
as its first argument)
  b.reshape(3, 1)
    ^
gb> reshape(b, 3, 1)
[[1],
 [2],
 [3]]
gb> W = ones(2, 3)
W = [[1, 1, 1],
     [1, 1, 1]]
gb> W.sum(axis = 0)
error: there are no methods: write sum(W, axis = 0) (a function takes the tensor
as its first argument)
  W.sum(axis = 0)
    ^
gb> b.reshap(3, 1)
error: there are no methods and no function reshap; did you mean reshape(b, 3,
1)?
  b.reshap(3, 1)
    ^
gb> b.sum
error: tensors have no attribute .sum: sum is a function, sum(b)
  b.sum
  ^
