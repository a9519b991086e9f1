#!/usr/bin/env python3
"""The wide-MLP width sweep of BENCHMARKS.md: gradbook against PyTorch eager float64.

Usage: python3 scripts/bench/run_wide.py [--widths 8,16,...] [--steps 200] [--repeat 3] [--median] [--cpu]

The workload (scripts/bench/wide_mlp.gb): an MLP 64-H-H-10 with ReLU, cross-entropy on one
batch of 256 random points with 10 classes, Adam (lr 1e-3), STEPS steps. gradbook runs the .gb
script with a release build and reports the loop's time from `:time`; PyTorch runs the same
loop (nn.Linear layers, F.cross_entropy, torch.optim.Adam, zero_grad/backward/step) with
torch.set_num_threads(1) and (2), timed with time.perf_counter around the loop. The peers draw
their own random data: this times the work, it does not compare numbers (the training parity
tests do that). Each figure is the best of --repeat runs (the median with --median), in
milliseconds per step; the peers run interleaved, one run of each in turn, so that a machine
shared with other jobs slows them alike. --cpu times CPU instead of wall-clock time: the
process's user+system time around PyTorch's loop, and gradbook's child CPU time less that of
the same script with 1 step, per step after the first. The load average is printed before and after.
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def gradbook_run(binary, width, steps):
    """The loop's wall time from `:time` (ms) and the whole process's CPU time (s)."""
    with open(os.path.join(HERE, "wide_mlp.gb")) as f:
        script = f.read().replace("WIDTH", str(width)).replace("STEPS", str(steps))
    with tempfile.NamedTemporaryFile("w", suffix=".gb", delete=False) as f:
        f.write(script)
    try:
        before = os.times()
        out = subprocess.run([binary, "run", f.name], capture_output=True, text=True, check=True).stdout
        after = os.times()
    finally:
        os.unlink(f.name)
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return float(re.search(r"time: ([0-9.]+) ms", out).group(1)), cpu


def gradbook_ms_per_step(binary, width, steps, cpu=False):
    wall, total = gradbook_run(binary, width, steps)
    if not cpu:
        return wall / steps
    _, one_step = gradbook_run(binary, width, 1)
    return (total - one_step) * 1000 / (steps - 1)


def torch_ms_per_step(width, steps, threads, cpu=False):
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
    clock = time.process_time if cpu else time.perf_counter
    start = clock()
    for _ in range(steps):
        loss = torch.nn.functional.cross_entropy(net(X), classes)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return (clock() - start) * 1000 / steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widths", default="8,16,32,64,128,256,512,1024")
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--binary", help="a gradbook binary to time instead of building the release one")
    parser.add_argument("--median", action="store_true", help="the median of the runs instead of the best")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall-clock time")
    args = parser.parse_args()
    pick = statistics.median if args.median else min
    binary = args.binary
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "gradbook"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "gradbook")
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    print("| H | gradbook ms/step | PyTorch 1 thread | PyTorch 2 threads | gradbook ÷ PyTorch 1 | gradbook ÷ PyTorch 2 |")
    print("|---:|---:|---:|---:|---:|---:|")
    for width in [int(w) for w in args.widths.split(",")]:
        steps = args.steps if width <= 256 else max(20, args.steps // 4)
        runs = {"ours": [], "one": [], "two": []}
        for _ in range(args.repeat):
            runs["ours"].append(gradbook_ms_per_step(binary, width, steps, args.cpu))
            runs["one"].append(torch_ms_per_step(width, steps, 1, args.cpu))
            runs["two"].append(torch_ms_per_step(width, steps, 2, args.cpu))
        ours, one, two = (pick(runs[k]) for k in ("ours", "one", "two"))
        print(f"| {width} | {ours:.3f} | {one:.3f} | {two:.3f} | {ours / one:.2f} | {ours / two:.2f} |", flush=True)
    print("load average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
