#!/usr/bin/env python3
"""micrograd's demo in PyTorch eager, float64, one thread: the PyTorch peer of BENCHMARKS.md.

Usage: python3 scripts/bench/torch_demo.py DATA.json [--every N] [--log LOG.json]

DATA.json comes from `gradbook-bench --export` (see run_benchmark.py): gradbook's moons(100)
points and ±1 labels, and gradbook's initial parameters, so this run starts exactly where
gradbook's does. The workload is gradbook's step for step: scores = mlp(X) (nn.Linear layers
2→16→16→1 with ReLU between), loss = mean(relu(1 − y·score)) + 1e-4·Σ p² (over every parameter,
in order), accuracy = mean((score > 0) == (y > 0)), zero_grad, backward, and SGD with
lr = 1.0 − 0.9·k/100 set before step k.

Prints `step k loss L, accuracy A%` every N steps (and the last), then `training time: T ms`
measured with time.perf_counter around the 100-step loop. --log writes every step's loss and
accuracy as JSON, for run_benchmark.py to compare with gradbook's (import and data loading excluded).
"""
import time

import torch

from peer_cli import run_peer

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)


def build(data):
    X = torch.tensor(data["X"], dtype=torch.float64)
    y = torch.tensor(data["y"], dtype=torch.float64)
    model = torch.nn.Sequential(
        torch.nn.Linear(2, 16), torch.nn.ReLU(),
        torch.nn.Linear(16, 16), torch.nn.ReLU(),
        torch.nn.Linear(16, 1))
    named = dict(model.named_parameters())
    with torch.no_grad():
        for parameter in data["parameters"]:
            target = named[parameter["name"]]
            target.copy_(torch.tensor(parameter["values"], dtype=torch.float64).reshape(parameter["shape"]))
    return X, y, model


def train(X, y, model, steps=100, every=10):
    optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
    parameters = list(model.parameters())
    log = []
    start = time.perf_counter()
    for k in range(steps):
        scores = model(X).reshape(-1)
        data_loss = torch.relu(1 - y * scores).mean()
        reg_loss = parameters[0].pow(2).sum()
        for p in parameters[1:]:
            reg_loss = reg_loss + p.pow(2).sum()
        loss = data_loss + 1e-4 * reg_loss
        accuracy = ((scores > 0) == (y > 0)).double().mean().item()
        optimizer.zero_grad()
        loss.backward()
        for group in optimizer.param_groups:
            group["lr"] = 1.0 - 0.9 * k / 100
        optimizer.step()
        log.append((loss.item(), accuracy))
        if k % every == 0 or k == steps - 1:
            print(f"step {k} loss {log[-1][0]!r}, accuracy {accuracy * 100}%")
    elapsed = time.perf_counter() - start
    return log, elapsed


if __name__ == "__main__":
    run_peer(build, train, __doc__)
