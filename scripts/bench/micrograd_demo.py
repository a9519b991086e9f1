#!/usr/bin/env python3
"""micrograd's own demo (demo.ipynb), scalar autograd in pure Python: the micrograd peer.

Usage: python3 scripts/bench/micrograd_demo.py DATA.json [--every N] [--log LOG.json]

The loop is demo.ipynb's, unchanged: `loss()` builds the scores of all 100 points through
micrograd.nn.MLP(2, [16, 16, 1]), data_loss = Σ relu(1 − y·score) · (1/N), reg_loss =
1e-4 · Σ p·p, accuracy from the signs; then zero_grad, backward and p.data −= lr·p.grad with
lr = 1.0 − 0.9·k/100. Only the starting point differs from the notebook: the points, labels and
initial parameters are read from DATA.json (gradbook's, via `gradbook-bench --export`) instead of
scikit-learn's make_moons and Python's `random`, so that all three peers train the same network
on the same data.

Prints `step k loss L, accuracy A%` every N steps (and the last), then `training time: T ms`
measured with time.perf_counter around the 100-step loop. --log writes every step's loss and
accuracy as JSON, for run_benchmark.py to compare with gradbook's.
"""
import time

from micrograd.engine import Value
from micrograd.nn import MLP

from peer_cli import run_peer


def build(data):
    model = MLP(2, [16, 16, 1])
    values = {p["name"]: (p["shape"], p["values"]) for p in data["parameters"]}
    # gradbook's layers are nn.Linear-shaped: "i.weight" is [out, in], row n is neuron n's w.
    for index, layer in enumerate(model.layers):
        (_, in_features), weights = values[f"{2 * index}.weight"]
        _, biases = values[f"{2 * index}.bias"]
        for n, neuron in enumerate(layer.neurons):
            for i, w in enumerate(neuron.w):
                w.data = weights[n * in_features + i]
            neuron.b.data = biases[n]
    return data["X"], data["y"], model


def train(X, y, model, steps=100, every=10):
    def loss():
        inputs = [list(map(Value, xrow)) for xrow in X]
        scores = list(map(model, inputs))
        losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        alpha = 1e-4
        reg_loss = alpha * sum((p * p for p in model.parameters()))
        total_loss = data_loss + reg_loss
        accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
        return total_loss, sum(accuracy) / len(accuracy)

    log = []
    start = time.perf_counter()
    for k in range(steps):
        total_loss, acc = loss()
        model.zero_grad()
        total_loss.backward()
        learning_rate = 1.0 - 0.9 * k / 100
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        log.append((total_loss.data, acc))
        if k % every == 0 or k == steps - 1:
            print(f"step {k} loss {total_loss.data!r}, accuracy {acc * 100}%")
    elapsed = time.perf_counter() - start
    return log, elapsed


if __name__ == "__main__":
    run_peer(build, train, __doc__)
