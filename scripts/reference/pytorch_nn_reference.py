#!/usr/bin/env python3
"""Generate Tests/NNTests/LayerReference.swift from PyTorch (and micrograd).

The Swift tests of the NN module compare gradbook's layers, losses and
initialisers against the numbers this script writes; the tests never need
PyTorch.

    pip install torch micrograd
    python3 scripts/reference/pytorch_nn_reference.py            # writes the Swift file
    python3 scripts/reference/pytorch_nn_reference.py --output X  # writes elsewhere

Everything is float64 on the CPU and deterministic: inputs come from
random.Random("20261123:<case name>"), rounded to 4 decimals.

What is recorded:
- BatchNorm1d: several training batches then eval batches, each with the output,
  the gradients of sum(output * upstream) with respect to the input, weight and
  bias, and the running statistics after the step.
- Losses (mse, binary_cross_entropy, binary_cross_entropy_with_logits,
  cross_entropy; mean reduction): the value and the gradients with respect to
  the prediction (and the target where PyTorch defines one), extremes included.
- Initialisers: not random samples (gradbook's generator differs) but the
  bounds / std PyTorch passes to uniform_ / normal_, captured by wrapping those
  two methods while nn.init (and nn.Linear's constructor) run; and calculate_gain.
- micrograd's demo loss (hinge + 1e-4 * L2 over all parameters) on a small MLP
  with fixed weights, computed by micrograd and checked against PyTorch.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import math
import os
import random

import torch
import torch.nn.functional as F

from micrograd.engine import Value
from micrograd.nn import MLP

DTYPE = torch.float64
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Tests", "NNTests", "LayerReference.swift")


def rng_for(name: str) -> random.Random:
    return random.Random(f"20261123:{name}")


def draw(rng: random.Random, n: int, lo: float = -2.0, hi: float = 2.0) -> list[float]:
    return [round(rng.uniform(lo, hi), 4) for _ in range(n)]


def tensor(values, shape, grad=False) -> torch.Tensor:
    return torch.tensor(values, dtype=DTYPE).reshape(shape).requires_grad_(grad)


# ---------------------------------------------------------------------------
# Swift literals
# ---------------------------------------------------------------------------

def swift_double(x: float) -> str:
    if math.isnan(x):
        return ".nan"
    if math.isinf(x):
        return ".infinity" if x > 0 else "-.infinity"
    return repr(float(x))


def swift_tensor(t) -> str:
    if isinstance(t, torch.Tensor):
        shape = list(t.shape)
        values = t.detach().reshape(-1).tolist()
    else:
        shape, values = t
    return f"RefTensor(shape: {shape}, values: [{', '.join(swift_double(v) for v in values)}])"


def swift_optional_double(x) -> str:
    return "nil" if x is None else swift_double(x)


def swift_string(s) -> str:
    return "nil" if s is None else '"' + s + '"'


# ---------------------------------------------------------------------------
# BatchNorm1d
# ---------------------------------------------------------------------------

def batchnorm_case(name, features, momentum, weight, bias, batches, eps=1e-5):
    """batches: list of (training, N). Returns the Swift literal."""
    rng = rng_for(name)
    bn = torch.nn.BatchNorm1d(features, eps=eps, momentum=momentum, dtype=DTYPE)
    with torch.no_grad():
        bn.weight.copy_(torch.tensor(weight, dtype=DTYPE))
        bn.bias.copy_(torch.tensor(bias, dtype=DTYPE))
    steps = []
    for training, n in batches:
        bn.train(training)
        x = tensor(draw(rng, n * features, -3, 3), (n, features), grad=True)
        upstream = tensor(draw(rng, n * features), (n, features))
        y = bn(x)
        gx, gw, gb = torch.autograd.grad(y, [x, bn.weight, bn.bias], grad_outputs=upstream)
        steps.append(
            "BatchNormStep(\n"
            f"            training: {'true' if training else 'false'}, input: {swift_tensor(x)},\n"
            f"            upstream: {swift_tensor(upstream)},\n"
            f"            output: {swift_tensor(y)},\n"
            f"            inputGrad: {swift_tensor(gx)},\n"
            f"            weightGrad: {swift_tensor(gw)}, biasGrad: {swift_tensor(gb)},\n"
            f"            runningMean: {swift_tensor(bn.running_mean)}, runningVar: {swift_tensor(bn.running_var)},\n"
            f"            batchesTracked: {int(bn.num_batches_tracked)})")
    return (
        f"BatchNormCase(\n"
        f"        name: {swift_string(name)}, features: {features}, eps: {swift_double(eps)}, "
        f"momentum: {swift_optional_double(momentum)},\n"
        f"        weight: {weight}, bias: {bias},\n"
        f"        steps: [\n            " + ",\n            ".join(steps) + "])")


def batchnorm_cases():
    return [
        batchnorm_case("bn affine momentum 0.1", 3, 0.1, [1.5, -0.5, 2.0], [0.1, 0.2, -0.3],
                       [(True, 4), (True, 5), (True, 2), (False, 3), (True, 4), (False, 1)]),
        batchnorm_case("bn cumulative average (momentum None)", 2, None, [1.0, 1.0], [0.0, 0.0],
                       [(True, 3), (True, 6), (True, 2), (False, 4)]),
        batchnorm_case("bn momentum 0.5 eps 1e-3", 4, 0.5, [0.5, 1.0, -2.0, 3.0], [0.0, -1.0, 0.5, 0.25],
                       [(True, 6), (True, 3), (False, 2)], eps=1e-3),
    ]


# ---------------------------------------------------------------------------
# Losses
# ---------------------------------------------------------------------------

def loss_case(name, loss, prediction, target, target_has_grad):
    pred = prediction.clone().requires_grad_(True)
    targ = target.clone().requires_grad_(target_has_grad)
    fns = {
        "mse": F.mse_loss,
        "bce": F.binary_cross_entropy,
        "bce_with_logits": F.binary_cross_entropy_with_logits,
        "cross_entropy": lambda p, t: F.cross_entropy(p, t.long()),
    }
    value = fns[loss](pred, targ)
    inputs = [pred, targ] if target_has_grad else [pred]
    grads = torch.autograd.grad(value, inputs)
    target_grad = swift_tensor(grads[1]) if target_has_grad else "nil"
    return (
        f"LossCase(\n"
        f"        name: {swift_string(name)}, loss: {swift_string(loss)},\n"
        f"        prediction: {swift_tensor(pred)},\n"
        f"        target: {swift_tensor(targ)},\n"
        f"        value: {swift_double(value.item())},\n"
        f"        predictionGrad: {swift_tensor(grads[0])},\n"
        f"        targetGrad: {target_grad})")


def loss_cases():
    cases = []
    rng = rng_for("mse")
    cases.append(loss_case("mse (6,)", "mse", tensor(draw(rng, 6), (6,)), tensor(draw(rng, 6), (6,)), True))
    rng = rng_for("mse matrix")
    cases.append(loss_case("mse (3,2)", "mse", tensor(draw(rng, 6), (3, 2)), tensor(draw(rng, 6), (3, 2)), True))

    rng = rng_for("bce")
    p = tensor(draw(rng, 8, 0.01, 0.99), (8,))
    y = tensor([1, 0, 1, 1, 0, 0, 1, 0], (8,))
    cases.append(loss_case("bce hard targets", "bce", p, y, True))
    rng = rng_for("bce soft")
    cases.append(loss_case("bce soft targets", "bce", tensor(draw(rng, 6, 0.01, 0.99), (2, 3)),
                           tensor(draw(rng, 6, 0, 1), (2, 3)), True))
    # The clamp at -100 and the 1e-12 floor of the gradient's denominator.
    cases.append(loss_case("bce extremes", "bce", tensor([0.0, 1.0, 1e-50, 1.0 - 1e-16, 0.5], (5,)),
                           tensor([0.0, 1.0, 1.0, 0.0, 1.0], (5,)), False))

    rng = rng_for("bce_with_logits")
    cases.append(loss_case("bce_with_logits", "bce_with_logits", tensor(draw(rng, 8, -4, 4), (8,)),
                           tensor(draw(rng, 8, 0, 1), (8,)), True))
    cases.append(loss_case("bce_with_logits extremes", "bce_with_logits",
                           tensor([-800.0, -50.0, -1.0, 0.0, 2.0, 50.0, 800.0], (7,)),
                           tensor([0.0, 1.0, 0.3, 1.0, 0.0, 0.0, 1.0], (7,)), True))

    rng = rng_for("cross_entropy")
    cases.append(loss_case("cross_entropy (4,3)", "cross_entropy", tensor(draw(rng, 12, -3, 3), (4, 3)),
                           tensor([2, 0, 1, 2], (4,)), False))
    rng = rng_for("cross_entropy wide")
    cases.append(loss_case("cross_entropy (2,5)", "cross_entropy", tensor(draw(rng, 10, -3, 3), (2, 5)),
                           tensor([4, 1], (2,)), False))
    cases.append(loss_case("cross_entropy huge logits", "cross_entropy",
                           tensor([1000.0, 1001.0, 1002.0, -1000.0, 0.0, 1000.0], (2, 3)),
                           tensor([0, 2], (2,)), False))
    cases.append(loss_case("cross_entropy one class", "cross_entropy", tensor([0.3, -1.2], (2, 1)),
                           tensor([0, 0], (2,)), False))
    return cases


# ---------------------------------------------------------------------------
# Initialisers
# ---------------------------------------------------------------------------

class DrawRecorder:
    """Wraps Tensor.uniform_ and Tensor.normal_ to record the arguments nn.init passes."""

    def __init__(self):
        self.calls = []

    def __enter__(self):
        self.uniform, self.normal = torch.Tensor.uniform_, torch.Tensor.normal_
        recorder = self

        def uniform_(t, a=0.0, b=1.0, *, generator=None):
            recorder.calls.append(("uniform", tuple(t.shape), float(a), float(b)))
            return recorder.uniform(t, a, b, generator=generator)

        def normal_(t, mean=0.0, std=1.0, *, generator=None):
            recorder.calls.append(("normal", tuple(t.shape), float(mean), float(std)))
            return recorder.normal(t, mean, std, generator=generator)

        torch.Tensor.uniform_, torch.Tensor.normal_ = uniform_, normal_
        return self

    def __exit__(self, *exc):
        torch.Tensor.uniform_, torch.Tensor.normal_ = self.uniform, self.normal


def init_case(scheme, shape, run, mode=None, nonlinearity=None, param=None, gain=None):
    with DrawRecorder() as recorder:
        run(torch.empty(shape, dtype=DTYPE))
    assert len(recorder.calls) == 1, recorder.calls
    kind, _, first, second = recorder.calls[0]
    return (f"InitCase(scheme: {swift_string(scheme)}, shape: {list(shape)}, mode: {swift_string(mode)}, "
            f"nonlinearity: {swift_string(nonlinearity)}, param: {swift_optional_double(param)}, "
            f"gain: {swift_optional_double(gain)}, distribution: {swift_string(kind)}, "
            f"first: {swift_double(first)}, second: {swift_double(second)})")


def init_cases():
    init = torch.nn.init
    cases = []
    shapes = [(16, 2), (3, 5), (1, 7), (10, 10), (4, 3, 2)]
    gains = [1.0, math.sqrt(2.0), 5.0 / 3]
    for shape in shapes:
        for gain in gains:
            cases.append(init_case("xavier_uniform", shape, lambda t: init.xavier_uniform_(t, gain=gain), gain=gain))
            cases.append(init_case("xavier_normal", shape, lambda t: init.xavier_normal_(t, gain=gain), gain=gain))
        for mode in ["fan_in", "fan_out"]:
            for nonlinearity, param in [("relu", None), ("leaky_relu", 0.0), ("leaky_relu", 0.2),
                                        ("leaky_relu", math.sqrt(5)), ("tanh", None), ("linear", None),
                                        ("sigmoid", None), ("selu", None)]:
                a = 0.0 if param is None else param
                cases.append(init_case("kaiming_uniform", shape,
                                       lambda t: init.kaiming_uniform_(t, a=a, mode=mode, nonlinearity=nonlinearity),
                                       mode=mode, nonlinearity=nonlinearity, param=param))
                cases.append(init_case("kaiming_normal", shape,
                                       lambda t: init.kaiming_normal_(t, a=a, mode=mode, nonlinearity=nonlinearity),
                                       mode=mode, nonlinearity=nonlinearity, param=param))
    # nn.Linear's own reset_parameters: the weight, then the bias.
    for n_in, n_out in [(2, 16), (16, 16), (16, 1), (3, 5), (784, 10)]:
        with DrawRecorder() as recorder:
            torch.nn.Linear(n_in, n_out, dtype=DTYPE)
        assert [c[0] for c in recorder.calls] == ["uniform", "uniform"], recorder.calls
        for role, (kind, shape, first, second) in zip(["linear_weight", "linear_bias"], recorder.calls):
            # param records fan_in, which the bias bound depends on but the bias shape does not show.
            cases.append(f"InitCase(scheme: {swift_string(role)}, shape: {list(shape)}, mode: nil, nonlinearity: nil, "
                         f"param: {swift_double(float(n_in))}, gain: nil, distribution: {swift_string(kind)}, "
                         f"first: {swift_double(first)}, second: {swift_double(second)})")
    return cases


def gain_cases():
    rows = []
    for name, param in [("linear", None), ("sigmoid", None), ("tanh", None), ("relu", None),
                        ("leaky_relu", None), ("leaky_relu", 0.2), ("leaky_relu", 0.0), ("selu", None)]:
        gain = torch.nn.init.calculate_gain(name, param)
        rows.append(f"GainCase(nonlinearity: {swift_string(name)}, param: {swift_optional_double(param)}, "
                    f"gain: {swift_double(gain)})")
    return rows


# ---------------------------------------------------------------------------
# micrograd's demo loss
# ---------------------------------------------------------------------------

def micrograd_demo_case():
    """hinge + 1e-4 * sum(p^2) on MLP(2, [4, 4, 1]) with fixed weights, as micrograd's demo."""
    rng = rng_for("micrograd demo")
    sizes = [2, 4, 4, 1]
    model = MLP(2, sizes[1:])
    layers = []  # (weight [out][in], bias [out]) per layer
    for layer in model.layers:
        weight, bias = [], []
        for neuron in layer.neurons:
            for w in neuron.w:
                w.data = round(rng.uniform(-1, 1), 4)
            neuron.b.data = round(rng.uniform(-0.5, 0.5), 4)
            weight.append([w.data for w in neuron.w])
            bias.append(neuron.b.data)
        layers.append((weight, bias))
    xs = [[round(rng.uniform(-1.5, 2.5), 4), round(rng.uniform(-1, 1.5), 4)] for _ in range(8)]
    ys = [1, -1, -1, 1, 1, -1, 1, -1]

    # micrograd's demo.ipynb loss(), verbatim in structure.
    inputs = [list(map(Value, xrow)) for xrow in xs]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(ys, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p * p for p in model.parameters()))
    total = data_loss + reg_loss
    model.zero_grad()
    total.backward()
    grads = [([[w.grad for w in n.w] for n in layer.neurons], [n.b.grad for n in layer.neurons])
             for layer in model.layers]

    # The same in PyTorch, which must agree.
    params = []
    h = torch.tensor(xs, dtype=DTYPE)
    for i, (weight, bias) in enumerate(layers):
        w = torch.tensor(weight, dtype=DTYPE, requires_grad=True)
        b = torch.tensor(bias, dtype=DTYPE, requires_grad=True)
        params += [w, b]
        h = h @ w.T + b
        if i < len(layers) - 1:
            h = torch.relu(h)
    y = torch.tensor(ys, dtype=DTYPE)
    torch_total = torch.relu(1 - y * h.reshape(-1)).mean() + alpha * sum((p * p).sum() for p in params)
    torch_grads = torch.autograd.grad(torch_total, params)
    assert abs(torch_total.item() - total.data) <= 1e-12 * abs(total.data), (torch_total.item(), total.data)
    for k, (weight_grad, bias_grad) in enumerate(grads):
        for got, want in zip(torch_grads[2 * k].reshape(-1).tolist() + torch_grads[2 * k + 1].tolist(),
                             sum(weight_grad, []) + bias_grad):
            assert abs(got - want) <= 1e-12 * max(abs(want), 1e-3), (got, want)

    def layer_literal(weight, bias):
        return (f"(weight: {swift_tensor(([len(weight), len(weight[0])], sum(weight, [])))}, "
                f"bias: {swift_tensor(([len(bias)], bias))})")

    return (
        "MicrogradDemoCase(\n"
        f"        sizes: {sizes}, alpha: {swift_double(alpha)},\n"
        f"        inputs: {swift_tensor(([len(xs), 2], sum(xs, [])))},\n"
        f"        labels: {swift_tensor(([len(ys)], [float(v) for v in ys]))},\n"
        f"        layers: [\n            " + ",\n            ".join(layer_literal(w, b) for w, b in layers) + "],\n"
        f"        scores: {swift_tensor(([len(scores)], [s.data for s in scores]))},\n"
        f"        dataLoss: {swift_double(data_loss.data)}, total: {swift_double(total.data)},\n"
        f"        gradients: [\n            " + ",\n            ".join(layer_literal(w, b) for w, b in grads) + "])")


# ---------------------------------------------------------------------------

HEADER = """// Generated by scripts/reference/pytorch_nn_reference.py with torch {torch}, micrograd {micrograd}; do not edit.
// Regenerate with: python3 scripts/reference/pytorch_nn_reference.py (needs `pip install torch micrograd`).
// All values are float64. Gradients are of sum(output * upstream) (BatchNorm) or of the scalar loss.

struct RefTensor: Sendable {{
    let shape: [Int]
    let values: [Double]
}}

struct BatchNormStep: Sendable {{
    let training: Bool
    let input: RefTensor
    let upstream: RefTensor
    let output: RefTensor
    let inputGrad: RefTensor
    let weightGrad: RefTensor
    let biasGrad: RefTensor
    let runningMean: RefTensor
    let runningVar: RefTensor
    let batchesTracked: Int
}}

struct BatchNormCase: Sendable {{
    let name: String
    let features: Int
    let eps: Double
    let momentum: Double?
    let weight: [Double]
    let bias: [Double]
    let steps: [BatchNormStep]
}}

struct LossCase: Sendable {{
    let name: String
    let loss: String
    let prediction: RefTensor
    let target: RefTensor
    let value: Double
    let predictionGrad: RefTensor
    let targetGrad: RefTensor?
}}

/// What PyTorch passed to uniform_(first, second) or normal_(first = mean, second = std).
struct InitCase: Sendable {{
    let scheme: String
    let shape: [Int]
    let mode: String?
    let nonlinearity: String?
    let param: Double?
    let gain: Double?
    let distribution: String
    let first: Double
    let second: Double
}}

struct GainCase: Sendable {{
    let nonlinearity: String
    let param: Double?
    let gain: Double
}}

struct MicrogradDemoCase: Sendable {{
    let sizes: [Int]
    let alpha: Double
    let inputs: RefTensor
    let labels: RefTensor
    let layers: [(weight: RefTensor, bias: RefTensor)]
    let scores: RefTensor
    let dataLoss: Double
    let total: Double
    let gradients: [(weight: RefTensor, bias: RefTensor)]
}}

enum LayerReference {{
    static let torchVersion = "{torch}"
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    torch.set_default_dtype(DTYPE)
    parts = [HEADER.format(torch=torch.__version__, micrograd=importlib.metadata.version("micrograd"))]

    def array(name, type_name, items):
        parts.append(f"\n    static let {name}: [{type_name}] = [\n        " + ",\n        ".join(items) + ",\n    ]\n")

    array("batchNorm", "BatchNormCase", batchnorm_cases())
    array("losses", "LossCase", loss_cases())
    array("inits", "InitCase", init_cases())
    array("gains", "GainCase", gain_cases())
    parts.append(f"\n    static let micrograd = {micrograd_demo_case()}\n")
    parts.append("}\n")
    with open(args.output, "w") as f:
        f.write("".join(parts))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
