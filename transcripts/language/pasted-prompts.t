# Lines pasted from the screen keep their prompts: gb> and ..> are stripped, as IPython strips >>>.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> gb> x = -4
x = -4
gb> gb> y = relu(2*x + 2 + x) + x^2
y = 16
gb> gb> backward y
backward y: gradients on x
gb> gb> W = [[1, 2],
..> ..>      [3, 4]]
W = [[1, 2],
     [3, 4]]
gb>   gb> grad x
-8
