# The header pins seed, width, digits and charset: here ASCII (... for the
# ellipsis), 40 columns, 4 significant digits and seed 7.
#! gradbook seed=7 width=40 digits=4 charset=ascii colour=off
gb> arange(2000)
[0, 1, 2, ..., 1997, 1998, 1999]
gb> x = arange(1000);
gb> :vars
name  kind    shape   value
x     tensor  [1000]  [0, 1, 2, 3, ...
gb> randn(2, 2)
[[-0.279,   1.528 ],
 [ 1.9,    -0.2267]]
