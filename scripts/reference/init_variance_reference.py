#!/usr/bin/env python3
"""PyTorch's view of the init-variance lesson's claims, and grad_stats' reference.

    pip install torch
    python3 scripts/reference/init_variance_reference.py

Two outputs:
- scripts/reference/init_variance_measurements.txt: statistics of random 10-layer
  MLPs of width 100 (samples, so gradbook's generator gives different draws of the
  same distributions; the lesson's numbers should agree to a few per cent):
  * Kaiming normal (fan_in, relu, zero biases) + ReLU: the norm of each layer's
    weight gradient per example (batch of one, loss = the output), averaged over
    50 examples, next to the norm of the batch-mean gradient for a batch of 200;
    both averaged over 20 networks;
  * PyTorch's default nn.Linear init + ReLU: each layer's activation std for a
    batch of 200 standard normal inputs, averaged over 20 networks.
- Tests/NotebookTests/GradientProbeReference.swift: for a small network with
  fixed weights and four inputs, the per-example weight-gradient norms (their
  mean per block), the batch-mean gradient norms and the root mean square of the
  per-example gradient with respect to each block's output, which grad_stats must reproduce.
"""

from __future__ import annotations

import os

import torch

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MEASUREMENTS = os.path.join(REPO_ROOT, "scripts", "reference", "init_variance_measurements.txt")
SWIFT = os.path.join(REPO_ROOT, "Tests", "NotebookTests", "GradientProbeReference.swift")
DTYPE = torch.float64


def mlp(init: str, width: int = 100, depth: int = 10) -> torch.nn.Sequential:
    layers: list[torch.nn.Module] = []
    for k in range(depth):
        out = 1 if k == depth - 1 else width
        linear = torch.nn.Linear(width, out, dtype=DTYPE)
        if init == "kaiming":
            torch.nn.init.kaiming_normal_(linear.weight, mode="fan_in", nonlinearity="relu")
            torch.nn.init.zeros_(linear.bias)
        layers.append(linear)
        if k < depth - 1:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def linears(net: torch.nn.Sequential) -> list[torch.nn.Linear]:
    return [m for m in net if isinstance(m, torch.nn.Linear)]


def per_example_norms(net: torch.nn.Sequential, xs: torch.Tensor) -> list[float]:
    sums = [0.0] * len(linears(net))
    for x in xs:
        net.zero_grad()
        net(x.unsqueeze(0)).mean().backward()
        for k, layer in enumerate(linears(net)):
            sums[k] += layer.weight.grad.norm().item()
    return [s / len(xs) for s in sums]


def batch_norms(net: torch.nn.Sequential, xs: torch.Tensor) -> list[float]:
    net.zero_grad()
    net(xs).mean().backward()
    return [layer.weight.grad.norm().item() for layer in linears(net)]


def activation_stds(net: torch.nn.Sequential, xs: torch.Tensor) -> list[float]:
    stds, h = [], xs
    with torch.no_grad():
        for module in net:
            h = module(h)
            if isinstance(module, torch.nn.ReLU):
                stds.append(h.std(unbiased=False).item())
    return stds


def measurements() -> str:
    torch.manual_seed(0)
    lines = [f"torch {torch.__version__}, float64, width 100, 10 linear layers, ReLU between", ""]
    nets = 20
    per_example, batch = [0.0] * 10, [0.0] * 10
    for _ in range(nets):
        net = mlp("kaiming")
        for k, v in enumerate(per_example_norms(net, torch.randn(50, 100, dtype=DTYPE))):
            per_example[k] += v / nets
        for k, v in enumerate(batch_norms(net, torch.randn(200, 100, dtype=DTYPE))):
            batch[k] += v / nets
    lines.append(f"Kaiming normal + ReLU, mean of {nets} networks:")
    lines.append("  per-example ||grad W|| (mean of 50 batches of one): " + ", ".join(f"{v:.3g}" for v in per_example))
    lines.append("  ||grad W|| of the mean over a batch of 200:        " + ", ".join(f"{v:.3g}" for v in batch))
    nets = 20
    sums = [0.0] * 9
    for _ in range(nets):
        for k, s in enumerate(activation_stds(mlp("default"), torch.randn(200, 100, dtype=DTYPE))):
            sums[k] += s
    lines.append("")
    lines.append(f"PyTorch's default nn.Linear init + ReLU, std of each ReLU output (mean of {nets} networks):")
    lines.append("  " + ", ".join(f"{s / nets:.3g}" for s in sums))
    return "\n".join(lines) + "\n"


def swift_array(values: list[float]) -> str:
    return "[" + ", ".join(repr(v) for v in values) + "]"


def reference() -> str:
    w1 = torch.tensor([[1.0, -1.0], [2.0, 0.5], [-0.5, 1.5]], dtype=DTYPE, requires_grad=True)
    w2 = torch.tensor([[1.0, -2.0, 0.5]], dtype=DTYPE, requires_grad=True)
    xs = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-1.0, 0.25]], dtype=DTYPE)

    def forward(x):
        h1 = torch.relu(x @ w1.T)
        h1.retain_grad()
        out = h1 @ w2.T
        out.retain_grad()
        return h1, out

    per_example, output_grads = [0.0, 0.0], [[], []]
    for x in xs:
        w1.grad = w2.grad = None
        h1, out = forward(x.unsqueeze(0))
        out.mean().backward()
        per_example[0] += w1.grad.norm().item() / len(xs)
        per_example[1] += w2.grad.norm().item() / len(xs)
        output_grads[0] += h1.grad.flatten().tolist()
        output_grads[1] += out.grad.flatten().tolist()
    w1.grad = w2.grad = None
    _, out = forward(xs)
    out.mean().backward()
    batch = [w1.grad.norm().item(), w2.grad.norm().item()]
    rms = [torch.tensor(g, dtype=DTYPE).square().mean().sqrt().item() for g in output_grads]
    return f"""// Generated by scripts/reference/init_variance_reference.py with torch {torch.__version__}; do not edit.
// net = sequential(linear(weight = [[1, -1], [2, 0.5], [-0.5, 1.5]]), relu, linear(weight = [[1, -2, 0.5]]))
// X = [[1, 2], [3, -1], [0.5, 0.5], [-1, 0.25]]; float64.

enum GradientProbeReference {{
    /// ‖∂mean(net(X))/∂W‖ for the two linear layers.
    static let batchNorms: [Double] = {swift_array(batch)}
    /// The mean over the four examples of ‖∂net(xᵢ)/∂W‖, each a batch of one.
    static let perExampleNorms: [Double] = {swift_array(per_example)}
    /// The root mean square of ∂net(xᵢ)/∂h over examples and units, h each block's output.
    static let outputGradientRMS: [Double] = {swift_array(rms)}
}}
"""


def main() -> None:
    text = measurements()
    with open(MEASUREMENTS, "w") as f:
        f.write(text)
    print(text, end="")
    with open(SWIFT, "w") as f:
        f.write(reference())


if __name__ == "__main__":
    main()
