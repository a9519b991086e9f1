# The activations side by side on the same inputs, and softplus′ = σ except above 20, where PyTorch (and gradbook) pass the gradient 1.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = [-25, -2, 0, 2, 25]
x = [-25, -2, 0, 2, 25]
gb> relu(x)
[0, 0, 0, 2, 25]
gb> leaky_relu(x, 0.1)
[-2.5, -0.2, 0, 2, 25]
gb> elu(x)
[-1, -0.864665, 0, 2, 25]
gb> softplus(x)
[1.38879e-11, 0.126928, 0.693147, 2.12693, 25]
gb> sigmoid(x)
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
gb> tanh(x)
[-1, -0.964028, 0, 0.964028, 1]
gb> backward sum(softplus(x))
backward sum(softplus(x)): gradients on x
gb> grad x
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
gb> sigmoid(x)
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
