#!/usr/bin/env python3
"""The wide-MLP width sweep of BENCHMARKS.md: gradbook against PyTorch eager float64.

Usage: python3 scripts/bench/run_wide.py [--widths 8,16,...] [--steps 200] [--repeat 3]

The workload (scripts/bench/wide_mlp.gb): an MLP 64-H-H-10 with ReLU, cross-entropy on one
batch of 256 random points with 10 classes, Adam (lr 1e-3), STEPS steps. gradbook runs the .gb
script with a release build and reports the loop's time from `:time`; PyTorch runs the same
loop (nn.Linear layers, F.cross_entropy, torch.optim.Adam, zero_grad/backward/step) with
torch.set_num_threads(1) and (2), timed with time.perf_counter around the loop. The peers draw
their own random data: this times the work, it does not compare numbers (the training parity
tests do that). Each figure is the best of --repeat runs, in milliseconds per step.
"""
import argparse
import os
import re
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def gradbook_ms_per_step(binary, width, steps):
    with open(os.path.join(HERE, "wide_mlp.gb")) as f:
        script = f.read().replace("WIDTH", str(width)).replace("STEPS", str(steps))
    with tempfile.NamedTemporaryFile("w", suffix=".gb", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run([binary, "run", f.name], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return float(re.search(r"time: ([0-9.]+) ms", out).group(1)) / steps


def torch_ms_per_step(width, steps, threads):
    import torch
    torch.set_num_threads(threads)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    X = torch.randn(256, 64)
    classes = (X @ torch.randn(64, 10)).argmax(dim=1)
    net = torch.nn.Sequential(torch.nn.Linear(64, width), torch.nn.ReLU(),
                              torch.nn.Linear(width, width), torch.nn.ReLU(),
                              torch.nn.Linear(width, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    start = time.perf_counter()
    for _ in range(steps):
        loss = torch.nn.functional.cross_entropy(net(X), classes)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return (time.perf_counter() - start) * 1000 / steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widths", default="8,16,32,64,128,256,512,1024")
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "gradbook"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "gradbook")
    print("| H | gradbook ms/step | PyTorch 1 thread | PyTorch 2 threads | gradbook ÷ PyTorch 1 | gradbook ÷ PyTorch 2 |")
    print("|---:|---:|---:|---:|---:|---:|")
    for width in [int(w) for w in args.widths.split(",")]:
        steps = args.steps if width <= 256 else max(20, args.steps // 4)
        ours = min(gradbook_ms_per_step(binary, width, steps) for _ in range(args.repeat))
        one = min(torch_ms_per_step(width, steps, 1) for _ in range(args.repeat))
        two = min(torch_ms_per_step(width, steps, 2) for _ in range(args.repeat))
        print(f"| {width} | {ours:.3f} | {one:.3f} | {two:.3f} | {ours / one:.2f} | {ours / two:.2f} |", flush=True)


if __name__ == "__main__":
    main()
