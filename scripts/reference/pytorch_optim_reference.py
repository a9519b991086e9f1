#!/usr/bin/env python3
"""Generate Tests/NNTests/OptimizerReference.swift from torch.optim.

The Swift tests run gradbook's optimizers and learning-rate schedules on the
same loss from the same start and compare with the numbers this script
writes; the tests themselves never need PyTorch.

    pip install torch            # the CPU build is enough
    python3 scripts/reference/pytorch_optim_reference.py            # writes the Swift file
    python3 scripts/reference/pytorch_optim_reference.py --output X # writes elsewhere

Everything is float64 on the CPU with the single-tensor (foreach=False) code
path, so the output is the same on every run.

The loss has two parameters of different shapes and gradients that change
from step to step:

    a (2,)  : (1 - a0)^2 + 100 (a1 - a0^2)^2              (Rosenbrock)
    B (2,3) : sum(C * sin(B)) + 0.5 * sum((B - SHIFT)^2)

A third parameter, `unused`, is handed to every optimizer but takes no part
in the loss: its gradient stays None, so PyTorch skips it (and, except for
Adagrad, never creates its state).

Each run records the loss before every step, every parameter after every
step, the learning rate each step used, and the final state of every
parameter; the resolved hyperparameters of each optimizer (torch's
param_group, so its defaults) are recorded too. A run with a schedule calls
scheduler.step() after each optimizer.step(), as PyTorch's docs do.
"""

from __future__ import annotations

import argparse
import math
import os

import torch

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Tests", "NNTests", "OptimizerReference.swift")

STEPS = 8
SCHEDULE_STEPS = 10
SHIFT = 0.3
INITIAL = {
    "a": ([2], [-1.2, 1.0]),
    "B": ([2, 3], [0.5, -0.3, 0.8, -1.1, 0.4, 0.2]),
    "unused": ([2], [0.7, -0.7]),
}
WEIGHTS = ([2, 3], [1.0, -0.5, 0.25, 0.75, -1.25, 0.5])

OPTIMIZERS = {
    "sgd": torch.optim.SGD,
    "adagrad": torch.optim.Adagrad,
    "rmsprop": torch.optim.RMSprop,
    "adadelta": torch.optim.Adadelta,
    "adam": torch.optim.Adam,
    "nadam": torch.optim.NAdam,
    "adamw": torch.optim.AdamW,
    "adamax": torch.optim.Adamax,
}

# Keys of a param_group that are implementation switches, not hyperparameters of the algorithm.
SWITCHES = {"maximize", "foreach", "capturable", "differentiable", "fused", "params", "initial_lr"}

# (name, optimizer, keyword arguments, schedule or None). Every flag combination issue 5 lists.
RUNS = [
    ("sgd defaults", "sgd", {}, None),
    ("sgd momentum", "sgd", {"momentum": 0.9}, None),
    ("sgd momentum dampening", "sgd", {"momentum": 0.9, "dampening": 0.5}, None),
    ("sgd nesterov", "sgd", {"momentum": 0.9, "nesterov": True}, None),
    ("sgd weight_decay", "sgd", {"lr": 2e-3, "weight_decay": 0.1}, None),
    ("sgd nesterov weight_decay", "sgd", {"momentum": 0.8, "nesterov": True, "weight_decay": 0.05}, None),
    ("sgd momentum dampening weight_decay", "sgd", {"momentum": 0.5, "dampening": 0.1, "weight_decay": 0.2}, None),
    ("adagrad defaults", "adagrad", {}, None),
    ("adagrad lr", "adagrad", {"lr": 0.1}, None),
    ("adagrad lr_decay", "adagrad", {"lr": 0.1, "lr_decay": 0.5}, None),
    ("adagrad initial_accumulator_value weight_decay eps", "adagrad",
     {"lr": 0.1, "initial_accumulator_value": 0.5, "weight_decay": 0.1, "eps": 1e-3}, None),
    ("rmsprop defaults", "rmsprop", {}, None),
    ("rmsprop alpha eps", "rmsprop", {"alpha": 0.9, "eps": 1e-4}, None),
    ("rmsprop centered", "rmsprop", {"centered": True}, None),
    ("rmsprop momentum", "rmsprop", {"momentum": 0.9}, None),
    ("rmsprop centered momentum weight_decay", "rmsprop",
     {"lr": 5e-3, "centered": True, "momentum": 0.5, "weight_decay": 0.1}, None),
    ("adadelta defaults", "adadelta", {}, None),
    ("adadelta lr rho eps weight_decay", "adadelta", {"lr": 0.5, "rho": 0.8, "eps": 1e-3, "weight_decay": 0.1}, None),
    ("adam defaults", "adam", {}, None),
    ("adam lr", "adam", {"lr": 0.05}, None),
    ("adam amsgrad", "adam", {"lr": 0.05, "betas": (0.8, 0.6), "amsgrad": True}, None),
    ("adam weight_decay", "adam", {"lr": 0.05, "weight_decay": 0.1}, None),
    ("adam amsgrad weight_decay betas eps", "adam",
     {"lr": 0.05, "betas": (0.5, 0.9), "eps": 1e-3, "weight_decay": 0.1, "amsgrad": True}, None),
    ("nadam defaults", "nadam", {}, None),
    ("nadam lr momentum_decay", "nadam", {"lr": 0.05, "momentum_decay": 0.01}, None),
    ("nadam weight_decay", "nadam", {"lr": 0.05, "weight_decay": 0.1}, None),
    ("nadam decoupled_weight_decay", "nadam", {"lr": 0.05, "weight_decay": 0.1, "decoupled_weight_decay": True}, None),
    ("nadam betas eps", "nadam", {"lr": 0.05, "betas": (0.8, 0.9), "eps": 1e-4}, None),
    ("adamw defaults", "adamw", {}, None),
    ("adamw lr weight_decay", "adamw", {"lr": 0.05, "weight_decay": 0.1}, None),
    ("adamw amsgrad", "adamw", {"lr": 0.05, "weight_decay": 0.1, "betas": (0.8, 0.6), "amsgrad": True}, None),
    ("adamax defaults", "adamax", {}, None),
    ("adamax lr", "adamax", {"lr": 0.05}, None),
    ("adamax betas eps weight_decay", "adamax", {"lr": 0.05, "betas": (0.4, 0.6), "eps": 1e-3, "weight_decay": 0.1}, None),
    ("sgd momentum with StepLR", "sgd", {"momentum": 0.9}, ("step", {"step_size": 3, "gamma": 0.5})),
    ("adam with ExponentialLR", "adam", {"lr": 0.05}, ("exponential", {"gamma": 0.8})),
    ("rmsprop with InverseTimeLR", "rmsprop", {}, ("inverse_time", {"k": 0.5})),
]

# Schedules alone: (name, schedule, options, base lr), stepped SCHEDULE_STEPS times.
SCHEDULES = [
    ("StepLR step_size 2 gamma 0.5", "step", {"step_size": 2, "gamma": 0.5}, 0.1),
    ("StepLR step_size 3 gamma 0.1", "step", {"step_size": 3, "gamma": 0.1}, 0.05),
    ("ExponentialLR gamma 0.9", "exponential", {"gamma": 0.9}, 0.1),
    ("ExponentialLR gamma 0.5", "exponential", {"gamma": 0.5}, 0.3),
    ("InverseTimeLR k 0.5", "inverse_time", {"k": 0.5}, 0.1),
    ("InverseTimeLR k 0.01", "inverse_time", {"k": 0.01}, 1.0),
]


def make_schedule(optimizer, kind: str, options: dict):
    if kind == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=options["step_size"], gamma=options["gamma"])
    if kind == "exponential":
        return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=options["gamma"])
    if kind == "inverse_time":
        k = options["k"]
        # gradbook's InverseTimeLR: lr_t = lr_0 / (1 + k t), as LambdaLR with this lambda.
        return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda t: 1 / (1 + k * t))
    raise ValueError(kind)


def tensor(spec) -> torch.Tensor:
    shape, values = spec
    return torch.tensor(values, dtype=torch.float64).reshape(shape)


def loss_of(a: torch.Tensor, B: torch.Tensor, C: torch.Tensor) -> torch.Tensor:
    rosenbrock = (1 - a[0]) ** 2 + 100 * (a[1] - a[0] ** 2) ** 2
    return rosenbrock + (C * torch.sin(B)).sum() + 0.5 * ((B - SHIFT) ** 2).sum()


def flat(t: torch.Tensor):
    return (list(t.shape), [float(v) for v in t.detach().reshape(-1).tolist()])


def resolved_group(optimizer) -> dict:
    group = optimizer.param_groups[0]
    out = {}
    for key, value in group.items():
        if key in SWITCHES:
            continue
        if key == "betas":
            out["beta1"], out["beta2"] = float(value[0]), float(value[1])
        else:
            out[key] = float(value)
    return out


def run_optimizer(name, kind, options, schedule) -> dict:
    params = {key: tensor(spec).requires_grad_() for key, spec in INITIAL.items()}
    order = [params["a"], params["B"], params["unused"]]
    C = tensor(WEIGHTS)
    optimizer = OPTIMIZERS[kind](order, foreach=False, **options)
    group = resolved_group(optimizer)  # before a schedule changes lr
    scheduler = make_schedule(optimizer, *schedule) if schedule else None
    losses, after, rates = [], [], []
    for _ in range(STEPS):
        optimizer.zero_grad()
        loss = loss_of(params["a"], params["B"], C)
        loss.backward()
        rates.append(float(optimizer.param_groups[0]["lr"]))
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        losses.append(float(loss.detach()))
        after.append([flat(p) for p in order])
    states = []
    for p in order:
        state = optimizer.state.get(p, {})
        states.append(sorted((key, flat(value)) for key, value in state.items() if value is not None))
    if "amsgrad" in name:
        # The run must reach a step where the running v falls below its maximum, or it would
        # not tell amsgrad from plain Adam.
        assert any(dict(s)["max_exp_avg_sq"] != dict(s)["exp_avg_sq"] for s in states[:2]), name
    return {"name": name, "optimizer": kind, "options": options, "schedule": schedule,
            "group": group, "losses": losses, "parameters": after,
            "rates": rates, "states": states}


def run_schedule(name, kind, options, base_lr) -> dict:
    optimizer = torch.optim.SGD([torch.zeros(1, dtype=torch.float64, requires_grad=True)], lr=base_lr)
    scheduler = make_schedule(optimizer, kind, options)
    rates = []
    for _ in range(SCHEDULE_STEPS):
        optimizer.step()
        scheduler.step()
        rates.append(float(scheduler.get_last_lr()[0]))
        assert rates[-1] == optimizer.param_groups[0]["lr"]
    return {"name": name, "schedule": kind, "options": options, "base": base_lr, "rates": rates}


# ---------------------------------------------------------------------------
# Swift output
# ---------------------------------------------------------------------------

def swift_double(v: float) -> str:
    assert math.isfinite(v), v
    text = repr(float(v))
    assert float(text) == v
    return text


def swift_values(t) -> str:
    shape, values = t
    return f"Values(shape: [{', '.join(map(str, shape))}], scalars: [{', '.join(swift_double(v) for v in values)}])"


def swift_options(options: dict) -> str:
    items = []
    for key in sorted(options):
        value = options[key]
        if key == "betas":
            items += [f'"beta1": {swift_double(value[0])}', f'"beta2": {swift_double(value[1])}']
        else:
            items.append(f'"{key}": {swift_double(float(value))}')
    return "[" + ", ".join(sorted(items)) + "]" if items else "[:]"


def swift_doubles(values) -> str:
    return "[" + ", ".join(swift_double(v) for v in values) + "]"


def render_run(r: dict) -> str:
    schedule = "nil" if r["schedule"] is None else f'"{r["schedule"][0]}"'
    schedule_options = swift_options(r["schedule"][1]) if r["schedule"] else "[:]"
    steps = ",\n            ".join("[" + ", ".join(swift_values(p) for p in step) + "]" for step in r["parameters"])
    states = ",\n            ".join(
        "[" + ", ".join(f'StateEntry(name: "{k}", value: {swift_values(v)})' for k, v in s) + "]" for s in r["states"])
    return f"""        Run(
            name: "{r["name"]}", optimizer: "{r["optimizer"]}",
            options: {swift_options(r["options"])},
            group: {swift_options(r["group"])},
            schedule: {schedule}, scheduleOptions: {schedule_options},
            losses: {swift_doubles(r["losses"])},
            learningRates: {swift_doubles(r["rates"])},
            parameters: [
            {steps}],
            finalState: [
            {states}])"""


def render_schedule(s: dict) -> str:
    return (f'        ScheduleRun(name: "{s["name"]}", schedule: "{s["schedule"]}", options: {swift_options(s["options"])}, '
            f'baseLearningRate: {swift_double(s["base"])},\n                    learningRates: {swift_doubles(s["rates"])})')


def render(runs, schedules) -> str:
    initial = ", ".join(swift_values(spec) for spec in INITIAL.values())
    run_list = ",\n".join(render_run(r) for r in runs)
    schedule_list = ",\n".join(render_schedule(s) for s in schedules)
    return f"""// Generated by scripts/reference/pytorch_optim_reference.py with torch {torch.__version__}; do not edit.
// Regenerate with: python3 scripts/reference/pytorch_optim_reference.py (needs `pip install torch`).
// float64, CPU, foreach=False. Loss: Rosenbrock(a) + sum(weights * sin(B)) + 0.5 * sum((B - shift)^2);
// the third parameter is not in the loss, so its gradient stays nil and every optimizer skips it.

enum OptimizerReference {{
    struct Values: Sendable {{
        let shape: [Int]
        let scalars: [Double]
    }}

    struct StateEntry: Sendable {{
        let name: String
        let value: Values
    }}

    /// One optimizer run of {STEPS} steps.
    struct Run: Sendable {{
        let name: String
        let optimizer: String
        /// The keyword arguments given to torch (booleans as 0/1, betas as beta1/beta2).
        let options: [String: Double]
        /// torch's resolved param_group: every hyperparameter, defaults included.
        let group: [String: Double]
        /// "step", "exponential" or "inverse_time", stepped after every optimizer step.
        let schedule: String?
        let scheduleOptions: [String: Double]
        /// The loss before each step.
        let losses: [Double]
        /// The learning rate each step used.
        let learningRates: [Double]
        /// Every parameter after each step.
        let parameters: [[Values]]
        /// Each parameter's state after the last step, sorted by name.
        let finalState: [[StateEntry]]
    }}

    /// A schedule alone, stepped {SCHEDULE_STEPS} times: the learning rate after each step.
    struct ScheduleRun: Sendable {{
        let name: String
        let schedule: String
        let options: [String: Double]
        let baseLearningRate: Double
        let learningRates: [Double]
    }}

    static let torchVersion = "{torch.__version__}"
    static let initialParameters: [Values] = [{initial}]
    static let weights = {swift_values(WEIGHTS)}
    static let shift = {swift_double(SHIFT)}

    static let runs: [Run] = [
{run_list},
    ]

    static let schedules: [ScheduleRun] = [
{schedule_list},
    ]
}}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Swift file to write")
    args = parser.parse_args()

    torch.set_default_dtype(torch.float64)  # so that `step` and `mu_product` are float64 too
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    names = [r[0] for r in RUNS] + [s[0] for s in SCHEDULES]
    assert len(names) == len(set(names)), "duplicate run names"
    runs = [run_optimizer(*r) for r in RUNS]
    schedules = [run_schedule(*s) for s in SCHEDULES]
    text = render(runs, schedules)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {len(runs)} optimizer runs and {len(schedules)} schedules ({len(text.encode())} bytes) to {args.output}")


if __name__ == "__main__":
    main()
