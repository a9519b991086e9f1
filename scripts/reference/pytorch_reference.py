#!/usr/bin/env python3
"""Generate Tests/AutogradTests/PyTorchReference.swift from PyTorch (and micrograd).

The Swift tests compare gradbook's autodiff engine against the numbers this
script writes; the tests themselves never need PyTorch.

    pip install torch micrograd
    python3 scripts/reference/pytorch_reference.py            # writes the Swift file
    python3 scripts/reference/pytorch_reference.py --output X  # writes elsewhere

Every case is computed in float64 on the CPU. Each case draws its random
inputs and its upstream gradient from its own generator, seeded with
"20261123:<case name>", so adding or removing a case leaves the others as
they were, and the output is the same on every run.

For a case with inputs x_i, output y = op(x_i) and upstream u (same shape as
y), the gradients are d(sum(y * u)) / d(x_i), i.e.
torch.autograd.grad(y, x, grad_outputs=u).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import math
import os
import random
import sys

import torch
import torch.nn.functional as F

from micrograd.engine import Value

SEED = 20261123
DTYPE = torch.float64
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Tests", "AutogradTests", "PyTorchReference.swift")


# ---------------------------------------------------------------------------
# Input descriptions
# ---------------------------------------------------------------------------

class Uniform:
    """Random values in [lo, hi], rounded to 4 decimals, |v| >= min_abs."""

    def __init__(self, shape, lo=-2.0, hi=2.0, min_abs=0.0, distinct=False):
        self.shape = tuple(shape)
        self.lo, self.hi, self.min_abs, self.distinct = lo, hi, min_abs, distinct

    def draw(self, rng: random.Random) -> list[float]:
        n = math.prod(self.shape)
        values: list[float] = []
        while len(values) < n:
            v = round(rng.uniform(self.lo, self.hi), 4)
            if abs(v) < self.min_abs:
                continue
            if self.distinct and v in values:
                continue
            values.append(v + 0.0)  # normalise -0.0 to 0.0
        return values


class Fixed:
    """Explicit values (row-major) with a shape."""

    def __init__(self, shape, values):
        self.shape = tuple(shape)
        self.values = [float(v) for v in values]
        assert len(self.values) == math.prod(self.shape), (shape, values)

    def draw(self, rng: random.Random) -> list[float]:
        return list(self.values)


def U(*shape, **kw) -> Uniform:
    return Uniform(shape, **kw)


def POS(*shape, lo=0.1, hi=2.0) -> Uniform:
    return Uniform(shape, lo=lo, hi=hi)


def NZ(*shape, min_abs=0.25) -> Uniform:
    """Random, but kept away from zero (denominators, kinks)."""
    return Uniform(shape, min_abs=min_abs)


def shape_text(shape) -> str:
    shape = tuple(shape)
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ",".join(str(d) for d in shape) + ")"


# ---------------------------------------------------------------------------
# Case list
# ---------------------------------------------------------------------------

CASES: list[dict] = []


def case(name, op, inputs, params=None, index=None):
    CASES.append(dict(name=name, op=op, inputs=inputs, params=dict(params or {}), index=index))


def build_cases() -> None:
    # Binary elementwise ops, same shape and broadcasting.
    symbols = {"add": "+", "sub": "-", "mul": "*", "div": "/"}
    pairs = [
        ((2, 3), (2, 3), "same shape"),
        ((2, 3), (3,), "broadcast"),
        ((3,), (2, 3), "broadcast"),
        ((2, 1), (1, 3), "broadcast"),
        ((3,), (), "scalar"),
        ((), (3,), "scalar"),
        ((4, 1, 3), (2, 1), "broadcast rank 3 vs 2"),
    ]
    for op, sym in symbols.items():
        for sa, sb, kind in pairs:
            a = U(*sa)
            b = NZ(*sb, min_abs=0.5) if op == "div" else U(*sb)
            case(f"{op} {kind} {shape_text(sa)}{sym}{shape_text(sb)}", op, [a, b])

    # Negation and powers.
    case("neg (2,3)", "neg", [U(2, 3)])
    case("neg ()", "neg", [U()])
    case("pow_scalar exponent 2 (2,3)", "pow_scalar", [U(2, 3)], {"exponent": 2})
    case("pow_scalar exponent 3 (2,3)", "pow_scalar", [U(2, 3)], {"exponent": 3})
    case("pow_scalar exponent 0.5 positive (2,3)", "pow_scalar", [POS(2, 3)], {"exponent": 0.5})
    case("pow_scalar exponent -1 (2,3)", "pow_scalar", [NZ(2, 3)], {"exponent": -1})
    case("pow_scalar exponent 2.5 positive (2,3)", "pow_scalar", [POS(2, 3)], {"exponent": 2.5})
    case("pow_scalar exponent 0 (3,)", "pow_scalar", [U(3)], {"exponent": 0})
    case("pow same shape (2,3)**(2,3) positive bases", "pow", [POS(2, 3, lo=0.2), U(2, 3)])
    case("pow broadcast (2,3)**(3,) positive bases", "pow", [POS(2, 3, lo=0.2), U(3)])
    case("pow broadcast (2,1)**(1,3) positive bases", "pow", [POS(2, 1, lo=0.2), U(1, 3)])
    case("pow scalar exponent tensor (3,)**() positive bases", "pow", [POS(3, lo=0.2), U()])
    case("pow scalar base ()**(3,) positive base", "pow", [POS(lo=0.2), U(3)])

    # Matrix products.
    case("matmul (2,3)@(3,4)", "matmul", [U(2, 3), U(3, 4)])
    case("matmul (2,3)@(3,)", "matmul", [U(2, 3), U(3)])
    case("matmul (3,)@(3,4)", "matmul", [U(3), U(3, 4)])
    case("matmul (3,)@(3,)", "matmul", [U(3), U(3)])
    case("matmul (1,1)@(1,1)", "matmul", [U(1, 1), U(1, 1)])

    # Unary elementwise ops.
    case("exp (2,3)", "exp", [U(2, 3)])
    case("log positive (2,3)", "log", [POS(2, 3)])
    case("log positive wide range (4,)", "log", [Fixed((4,), [0.001, 0.5, 1.0, 100.0])])
    case("sqrt positive (2,3)", "sqrt", [POS(2, 3)])
    case("abs (2,3)", "abs", [NZ(2, 3, min_abs=0.05)])
    case("sin (2,3)", "sin", [U(2, 3)])
    case("cos (2,3)", "cos", [U(2, 3)])
    case("tanh (2,3)", "tanh", [U(2, 3)])
    case("tanh large |x| (4,)", "tanh", [Fixed((4,), [-20.0, -5.0, 5.0, 20.0])])
    case("sigmoid (2,3)", "sigmoid", [U(2, 3)])
    case("sigmoid large |x| (4,)", "sigmoid", [Fixed((4,), [-40.0, -10.0, 10.0, 40.0])])
    case("relu (2,3)", "relu", [NZ(2, 3, min_abs=0.05)])
    case("leaky_relu slope 0.01 (2,3)", "leaky_relu", [NZ(2, 3, min_abs=0.05)], {"slope": 0.01})
    case("leaky_relu slope 0.2 (2,3)", "leaky_relu", [NZ(2, 3, min_abs=0.05)], {"slope": 0.2})
    case("elu alpha 1 (2,3)", "elu", [NZ(2, 3, min_abs=0.05)], {"alpha": 1})
    case("elu alpha 0.5 (2,3)", "elu", [NZ(2, 3, min_abs=0.05)], {"alpha": 0.5})
    clamp_in = Fixed((2, 3), [-1.7, -0.3, 0.2, 0.9, 1.6, -0.8])
    case("clamp min -0.5 max 1 (2,3)", "clamp", [clamp_in], {"min": -0.5, "max": 1})
    case("clamp min only -0.5 (2,3)", "clamp", [clamp_in], {"min": -0.5})
    case("clamp max only 1 (2,3)", "clamp", [clamp_in], {"max": 1})
    case("clamp min -0.5 max 1 random (2,3)", "clamp", [U(2, 3)], {"min": -0.5, "max": 1})

    # Reductions: sum, mean.
    for op in ("sum", "mean"):
        case(f"{op} (2,3) all", op, [U(2, 3)], {"keepdims": 0})
        case(f"{op} (2,3) all keepdims", op, [U(2, 3)], {"keepdims": 1})
        case(f"{op} (2,3) axis 0", op, [U(2, 3)], {"axis": 0, "keepdims": 0})
        case(f"{op} (2,3) axis 1", op, [U(2, 3)], {"axis": 1, "keepdims": 0})
        case(f"{op} (2,3) axis -1", op, [U(2, 3)], {"axis": -1, "keepdims": 0})
        case(f"{op} (2,3) axis 0 keepdims", op, [U(2, 3)], {"axis": 0, "keepdims": 1})
        case(f"{op} (2,3) axis 1 keepdims", op, [U(2, 3)], {"axis": 1, "keepdims": 1})
        case(f"{op} (2,3,4) all", op, [U(2, 3, 4)], {"keepdims": 0})
        case(f"{op} (2,3,4) axis 0", op, [U(2, 3, 4)], {"axis": 0, "keepdims": 0})
        case(f"{op} (2,3,4) axis 1", op, [U(2, 3, 4)], {"axis": 1, "keepdims": 0})
        case(f"{op} (2,3,4) axis -1", op, [U(2, 3, 4)], {"axis": -1, "keepdims": 0})
        case(f"{op} (2,3,4) axis 1 keepdims", op, [U(2, 3, 4)], {"axis": 1, "keepdims": 1})
        case(f"{op} () scalar", op, [U()], {"keepdims": 0})

    # Reductions: var, std.
    for op in ("var", "std"):
        for unbiased in (1, 0):
            u = "unbiased" if unbiased else "biased"
            case(f"{op} {u} (2,3) all", op, [U(2, 3)], {"unbiased": unbiased, "keepdims": 0})
            case(f"{op} {u} (2,3) axis 0", op, [U(2, 3)], {"axis": 0, "unbiased": unbiased, "keepdims": 0})
            case(f"{op} {u} (2,3) axis 1", op, [U(2, 3)], {"axis": 1, "unbiased": unbiased, "keepdims": 0})
            case(f"{op} {u} (2,3) axis -1 keepdims", op, [U(2, 3)],
                 {"axis": -1, "unbiased": unbiased, "keepdims": 1})
            case(f"{op} {u} (2,3,4) axis 1", op, [U(2, 3, 4)], {"axis": 1, "unbiased": unbiased, "keepdims": 0})

    # Reductions: max, min (torch.amax / torch.amin).
    ties = Fixed((2, 3), [1.0, 3.0, 3.0, 2.0, 2.0, -1.0])
    ties_min = Fixed((2, 3), [1.0, -3.0, -3.0, 2.0, 2.0, 4.0])
    for op, tie_in in (("max", ties), ("min", ties_min)):
        case(f"{op} (2,3) all", op, [U(2, 3, distinct=True)], {"keepdims": 0})
        case(f"{op} (2,3) axis 0", op, [U(2, 3, distinct=True)], {"axis": 0, "keepdims": 0})
        case(f"{op} (2,3) axis 1", op, [U(2, 3, distinct=True)], {"axis": 1, "keepdims": 0})
        case(f"{op} (2,3) axis -1 keepdims", op, [U(2, 3, distinct=True)], {"axis": -1, "keepdims": 1})
        case(f"{op} (2,3,4) axis 2", op, [U(2, 3, 4, distinct=True)], {"axis": 2, "keepdims": 0})
        case(f"{op} with ties (2,3) all", op, [tie_in], {"keepdims": 0})
        case(f"{op} with ties (2,3) axis 0", op, [tie_in], {"axis": 0, "keepdims": 0})
        case(f"{op} with ties (2,3) axis 1", op, [tie_in], {"axis": 1, "keepdims": 0})

    # Softmax and log-softmax.
    for op in ("softmax", "log_softmax"):
        for axis in (0, 1, -1):
            case(f"{op} (2,3) axis {axis}", op, [U(2, 3)], {"axis": axis})
        for axis in (0, 1, -1):
            case(f"{op} (2,3,4) axis {axis}", op, [U(2, 3, 4)], {"axis": axis})
        case(f"{op} of [0, 1, 2]", op, [Fixed((3,), [0, 1, 2])], {"axis": 0})
        case(f"{op} of [1000, 1001, 1002] (stability)", op, [Fixed((3,), [1000, 1001, 1002])], {"axis": 0})
        case(f"{op} of [-1000, 0, 1000] (stability)", op, [Fixed((3,), [-1000, 0, 1000])], {"axis": 0})

    # Shape ops.
    case("reshape (2,3) to (3,2)", "reshape", [U(2, 3)], {"shape0": 3, "shape1": 2})
    case("reshape (2,3) to (6,)", "reshape", [U(2, 3)], {"shape0": 6})
    case("reshape (6,) to (2,3)", "reshape", [U(6)], {"shape0": 2, "shape1": 3})
    case("reshape (2,3,4) to (6,-1)", "reshape", [U(2, 3, 4)], {"shape0": 6, "shape1": -1})
    case("reshape (2,3) to (1,-1,1)", "reshape", [U(2, 3)], {"shape0": 1, "shape1": -1, "shape2": 1})
    case("reshape () to (1,)", "reshape", [U()], {"shape0": 1})
    case("transpose (2,3)", "transpose", [U(2, 3)])
    case("transpose (1,4)", "transpose", [U(1, 4)])
    for perm in ((2, 0, 1), (1, 0, 2), (0, 2, 1)):
        case(f"permute (2,3,4) perm {shape_text(perm)}", "permute", [U(2, 3, 4)],
             {f"perm{i}": p for i, p in enumerate(perm)})
    case("permute (2,3,1,2) perm (3,1,0,2)", "permute", [U(2, 3, 1, 2)],
         {"perm0": 3, "perm1": 1, "perm2": 0, "perm3": 2})

    # Indexing (Python subscript text; positive steps only).
    for idx in ("1", "-1", "1:, ::2", "0, -1", ":, 1", ":2, 1:3", "-2:, :-1", "2, ::3"):
        case(f"index (3,4)[{idx}]", "index", [U(3, 4)], index=idx)
    for idx in ("1", "1, :, 2", ":, 1:, ::2", "-1, -1, -1"):
        case(f"index (2,3,4)[{idx}]", "index", [U(2, 3, 4)], index=idx)
    case("index (5,)[1:4]", "index", [U(5)], index="1:4")

    # Concatenation and stacking.
    case("concat 2 inputs axis 0 (2,3)+(1,3)", "concat", [U(2, 3), U(1, 3)], {"axis": 0})
    case("concat 2 inputs axis 1 (2,3)+(2,2)", "concat", [U(2, 3), U(2, 2)], {"axis": 1})
    case("concat 3 inputs axis 0 (1,2)+(2,2)+(3,2)", "concat", [U(1, 2), U(2, 2), U(3, 2)], {"axis": 0})
    case("concat 3 inputs axis 1 (2,1)+(2,3)+(2,2)", "concat", [U(2, 1), U(2, 3), U(2, 2)], {"axis": 1})
    case("concat 2 inputs axis -1 (2,2)+(2,1)", "concat", [U(2, 2), U(2, 1)], {"axis": -1})
    case("concat 2 inputs axis 0 (3,)+(2,)", "concat", [U(3), U(2)], {"axis": 0})
    case("stack 2 inputs axis 0 (2,3)", "stack", [U(2, 3), U(2, 3)], {"axis": 0})
    case("stack 2 inputs axis 1 (2,3)", "stack", [U(2, 3), U(2, 3)], {"axis": 1})
    case("stack 3 inputs axis 0 (3,)", "stack", [U(3), U(3), U(3)], {"axis": 0})
    case("stack 3 inputs axis 1 (3,)", "stack", [U(3), U(3), U(3)], {"axis": 1})
    case("stack 2 inputs axis -1 (2,3)", "stack", [U(2, 3), U(2, 3)], {"axis": -1})

    # Kinks: PyTorch's gradient exactly at the break point. What torch 2.15 gives:
    # relu'(0) = 0, abs'(0) = 0, leaky_relu'(0) = slope, elu'(0) = alpha,
    # clamp with scalar bounds: 0 at x == min or x == max (torch before the 2026
    # "minimum-norm subgradient" change gave 1 there), sqrt'(0) = +inf,
    # amax/amin: the gradient is split evenly between tied elements.
    at = Fixed((3,), [-1.0, 0.0, 1.0])
    case("kink: relu at [-1, 0, 1]", "relu", [at])
    case("kink: leaky_relu slope 0.01 at [-1, 0, 1]", "leaky_relu", [at], {"slope": 0.01})
    case("kink: leaky_relu slope 0.2 at [-1, 0, 1]", "leaky_relu", [at], {"slope": 0.2})
    case("kink: elu alpha 1 at [-1, 0, 1]", "elu", [at], {"alpha": 1})
    case("kink: elu alpha 0.5 at [-1, 0, 1]", "elu", [at], {"alpha": 0.5})
    case("kink: abs at [-1, 0, 1]", "abs", [at])
    bounds = Fixed((6,), [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5])
    case("kink: clamp min -0.5 max 1 at both bounds", "clamp", [bounds], {"min": -0.5, "max": 1})
    case("kink: clamp min only -0.5 at the bound", "clamp", [bounds], {"min": -0.5})
    case("kink: clamp max only 1 at the bound", "clamp", [bounds], {"max": 1})
    case("kink: clamp min 0 max 0 (degenerate)", "clamp", [Fixed((3,), [-1.0, 0.0, 1.0])], {"min": 0, "max": 0})
    case("kink: sqrt at 0 (infinite gradient)", "sqrt", [Fixed((3,), [0.0, 1.0, 4.0])])
    case("kink: pow_scalar exponent 2 at 0", "pow_scalar", [at], {"exponent": 2})
    case("kink: pow_scalar exponent 3 at 0", "pow_scalar", [at], {"exponent": 3})
    case("kink: pow_scalar exponent 0.5 at 0 (infinite gradient)", "pow_scalar",
         [Fixed((3,), [0.0, 1.0, 4.0])], {"exponent": 0.5})
    equal = Fixed((2, 2), [0.5, 0.5, 0.5, 0.5])
    for op in ("max", "min"):
        case(f"kink: {op} all equal (2,2) all", op, [equal], {"keepdims": 0})
        case(f"kink: {op} all equal (2,2) axis 0", op, [equal], {"axis": 0, "keepdims": 0})
        case(f"kink: {op} all equal (2,2) axis 1 keepdims", op, [equal], {"axis": 1, "keepdims": 1})


# ---------------------------------------------------------------------------
# Evaluation with PyTorch
# ---------------------------------------------------------------------------

def forward(op: str, params: dict, xs: list[torch.Tensor], index: str | None) -> torch.Tensor:
    a = xs[0]

    def axis_kw():
        dim = int(params["axis"]) if "axis" in params else None
        return {"dim": dim, "keepdim": bool(params.get("keepdims", 0))}

    if op == "add":
        return xs[0] + xs[1]
    if op == "sub":
        return xs[0] - xs[1]
    if op == "mul":
        return xs[0] * xs[1]
    if op == "div":
        return xs[0] / xs[1]
    if op == "neg":
        return -a
    if op == "pow_scalar":
        return a ** float(params["exponent"])
    if op == "pow":
        return xs[0] ** xs[1]
    if op == "matmul":
        return xs[0] @ xs[1]
    if op in ("exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu"):
        return getattr(torch, op)(a)
    if op == "leaky_relu":
        return F.leaky_relu(a, negative_slope=float(params["slope"]))
    if op == "elu":
        return F.elu(a, alpha=float(params["alpha"]))
    if op == "clamp":
        lo = float(params["min"]) if "min" in params else None
        hi = float(params["max"]) if "max" in params else None
        return torch.clamp(a, min=lo, max=hi)
    if op == "sum":
        return torch.sum(a, **axis_kw())
    if op == "mean":
        return torch.mean(a, **axis_kw())
    if op in ("var", "std"):
        return getattr(torch, op)(a, correction=int(params["unbiased"]), **axis_kw())
    if op == "max":
        kw = axis_kw()
        return torch.amax(a, dim=() if kw["dim"] is None else kw["dim"], keepdim=kw["keepdim"])
    if op == "min":
        kw = axis_kw()
        return torch.amin(a, dim=() if kw["dim"] is None else kw["dim"], keepdim=kw["keepdim"])
    if op == "softmax":
        return torch.softmax(a, dim=int(params["axis"]))
    if op == "log_softmax":
        return torch.log_softmax(a, dim=int(params["axis"]))
    if op == "reshape":
        return a.reshape([int(params[f"shape{i}"]) for i in range(len(params))])
    if op == "transpose":
        assert a.dim() == 2
        return a.T
    if op == "permute":
        return a.permute([int(params[f"perm{i}"]) for i in range(len(params))])
    if op == "index":
        assert index is not None and "::-" not in index
        return eval(f"a[{index}]", {"__builtins__": {}}, {"a": a})  # our own fixed subscript text
    if op == "concat":
        return torch.cat(xs, dim=int(params["axis"]))
    if op == "stack":
        return torch.stack(xs, dim=int(params["axis"]))
    raise ValueError(f"unknown op {op!r}")


def flat(t: torch.Tensor) -> list[float]:
    return [float(v) for v in t.detach().reshape(-1).tolist()]


def evaluate(spec: dict) -> dict:
    rng = random.Random(f"{SEED}:{spec['name']}")
    inputs = [(inp.shape, inp.draw(rng)) for inp in spec["inputs"]]
    leaves = [torch.tensor(v, dtype=DTYPE).reshape(s).requires_grad_(True) for s, v in inputs]
    out = forward(spec["op"], spec["params"], leaves, spec["index"])
    assert out.dtype == DTYPE
    out_shape = tuple(out.shape)
    upstream = Uniform(out_shape, min_abs=0.1).draw(rng)
    up = torch.tensor(upstream, dtype=DTYPE).reshape(out_shape)
    grads = torch.autograd.grad(out, leaves, grad_outputs=up)
    for (s, _), g in zip(inputs, grads):
        assert tuple(g.shape) == s
    return dict(
        spec,
        inputs=inputs,
        upstream=(out_shape, upstream),
        output=(out_shape, flat(out)),
        gradients=[(s, flat(g)) for (s, _), g in zip(inputs, grads)],
    )


# ---------------------------------------------------------------------------
# micrograd's engine tests (micrograd/test/test_engine.py), both engines
# ---------------------------------------------------------------------------

def sanity_check_micrograd():
    x = Value(-4.0)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    return y.data, x.grad


def sanity_check_torch():
    x = torch.tensor([-4.0], dtype=DTYPE, requires_grad=True)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    return y.item(), x.grad.item()


def more_ops_micrograd():
    a = Value(-4.0)
    b = Value(2.0)
    c = a + b
    d = a * b + b**3
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g += 10.0 / f
    g.backward()
    return g.data, a.grad, b.grad


def more_ops_torch():
    a = torch.tensor([-4.0], dtype=DTYPE, requires_grad=True)
    b = torch.tensor([2.0], dtype=DTYPE, requires_grad=True)
    c = a + b
    d = a * b + b**3
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g = g + 10.0 / f
    g.backward()
    return g.item(), a.grad.item(), b.grad.item()


def check_agree(label: str, mg, pt, tol=1e-9) -> None:
    for m, p in zip(mg, pt):
        if not abs(m - p) <= tol * max(1.0, abs(p)):
            sys.exit(f"FATAL: micrograd and torch disagree on {label}: micrograd {mg} vs torch {pt}")


# ---------------------------------------------------------------------------
# Swift output
# ---------------------------------------------------------------------------

def swift_double(v: float) -> str:
    if math.isnan(v):
        return "Double.nan"
    if math.isinf(v):
        return "Double.infinity" if v > 0 else "-Double.infinity"
    text = repr(float(v))
    assert float(text) == v or (v == 0.0 and float(text) == 0.0)
    return text


def swift_string(s: str) -> str:
    assert s.isascii() and '"' not in s and "\\" not in s, s
    return f'"{s}"'


def swift_tensor(t) -> str:
    shape, values = t
    shape_list = ", ".join(str(d) for d in shape)
    value_list = ", ".join(swift_double(v) for v in values)
    return f"ReferenceTensor(shape: [{shape_list}], values: [{value_list}])"


def swift_params(params: dict) -> str:
    if not params:
        return "[:]"
    items = ", ".join(f"{swift_string(k)}: {swift_double(float(params[k]))}" for k in sorted(params))
    return f"[{items}]"


def swift_tensor_list(ts) -> str:
    return "[" + ", ".join(swift_tensor(t) for t in ts) + "]"


def render(results, sanity, more, torch_version, micrograd_version) -> str:
    out = []
    w = out.append
    w(f"// Generated by scripts/reference/pytorch_reference.py with torch {torch_version}, "
      f"micrograd {micrograd_version}; do not edit.\n")
    w("// Regenerate with: python3 scripts/reference/pytorch_reference.py (needs `pip install torch micrograd`).\n")
    w("// All values are float64. For each case, gradients[i] = d(sum(output * upstream)) / d(inputs[i]),\n")
    w("// computed with torch.autograd.grad(output, inputs, grad_outputs: upstream).\n")
    w("\n")
    w("struct ReferenceTensor: Sendable {\n")
    w("    let shape: [Int]\n")
    w("    let values: [Double]\n")
    w("}\n\n")
    w("struct ReferenceCase: Sendable {\n")
    w("    let name: String\n")
    w("    let op: String\n")
    w("    let params: [String: Double]\n")
    w("    let index: String?\n")
    w("    let inputs: [ReferenceTensor]\n")
    w("    let upstream: ReferenceTensor\n")
    w("    let output: ReferenceTensor\n")
    w("    let gradients: [ReferenceTensor]\n")
    w("}\n\n")
    w("enum PyTorchReference {\n")
    w(f"    static let torchVersion: String = {swift_string(torch_version)}\n\n")
    w("    /// micrograd test_sanity_check: x=-4; z=2x+2+x; q=relu(z)+z*x; h=relu(z*z); y=h+q+q*x.\n")
    w(f"    static let sanityCheck: (y: Double, dydx: Double) = "
      f"(y: {swift_double(sanity[0])}, dydx: {swift_double(sanity[1])})\n\n")
    w("    /// micrograd test_more_ops: a=-4, b=2; ...; g = f/2 + 10/f.\n")
    w(f"    static let moreOps: (g: Double, dgda: Double, dgdb: Double) = "
      f"(g: {swift_double(more[0])}, dgda: {swift_double(more[1])}, dgdb: {swift_double(more[2])})\n\n")
    # One `private static let` per case, then one array of them: a single
    # 200-element array literal of nested literals takes the Swift type checker
    # several seconds, while separate lets check in a fraction of a second.
    ind = "    "
    width = len(str(len(results) - 1))
    for i, r in enumerate(results):
        index = "nil" if r["index"] is None else swift_string(r["index"])
        w(f"{ind}private static let c{i:0{width}d} = ReferenceCase(\n")
        w(f"{ind}    name: {swift_string(r['name'])}, op: {swift_string(r['op'])}, "
          f"params: {swift_params(r['params'])}, index: {index},\n")
        w(f"{ind}    inputs: {swift_tensor_list(r['inputs'])},\n")
        w(f"{ind}    upstream: {swift_tensor(r['upstream'])},\n")
        w(f"{ind}    output: {swift_tensor(r['output'])},\n")
        w(f"{ind}    gradients: {swift_tensor_list(r['gradients'])})\n")
    w("\n")
    w(f"    /// All {len(results)} cases, in generation order.\n")
    w("    static let cases: [ReferenceCase] = [\n")
    names = [f"c{i:0{width}d}" for i in range(len(results))]
    for start in range(0, len(names), 10):
        w("        " + ", ".join(names[start:start + 10]) + ",\n")
    w("    ]\n")
    w("}\n")
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Swift file to write")
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    sanity_mg, sanity_pt = sanity_check_micrograd(), sanity_check_torch()
    check_agree("test_sanity_check", sanity_mg, sanity_pt)
    more_mg, more_pt = more_ops_micrograd(), more_ops_torch()
    check_agree("test_more_ops", more_mg, more_pt)

    build_cases()
    names = [c["name"] for c in CASES]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates, f"duplicate case names: {duplicates}"
    results = [evaluate(c) for c in CASES]

    torch_version = torch.__version__
    micrograd_version = importlib.metadata.version("micrograd")
    text = render(results, sanity_pt, more_pt, torch_version, micrograd_version)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {len(results)} cases ({len(text.encode())} bytes) to {args.output}")
    print(f"micrograd vs torch: sanity {sanity_mg} / {sanity_pt}; more_ops {more_mg} / {more_pt}")


if __name__ == "__main__":
    main()
