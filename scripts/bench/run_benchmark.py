#!/usr/bin/env python3
"""micrograd's demo in gradbook, PyTorch and micrograd, side by side in one run (BENCHMARKS.md).

Usage: python3 scripts/bench/run_benchmark.py [--runs N] [--micrograd-runs M] [--no-build]
                                             [--skip-micrograd] [--json results.json]

1. Builds the release binaries (`swift build -c release`) unless --no-build.
2. `gradbook-bench --export` (the same loop on gradbook's Swift API) writes gradbook's moons(100) points, ±1 labels and initial
   parameters (seed 1337, the seed examples/micrograd-demo.gb sets) with gradbook's loss and
   accuracy at every step; the Python peers start from exactly these numbers.
3. Correctness: runs each peer once with --log and compares its 100 losses with gradbook's
   (PyTorch float64 should agree to ~1e-12 or better; micrograd adds in another order, so its
   last bits differ a little more), and checks that examples/micrograd-demo.gb prints gradbook's
   losses and reaches 100% train accuracy.
4. Training time: the time each process reports for its own 100-step loop (gradbook's `:time`
   line, `training time:` for the peers), over N runs (M for micrograd, which takes minutes);
   also gradbook-bench's, the same loop on the Swift API without the notebook language.
5. Whole-process time: `hyperfine -N --warmup 2 --runs N` for gradbook and PyTorch; micrograd's
   is the wall time of its M runs measured here (hyperfine would add nothing to minutes).

Prints the figures as the Markdown table of BENCHMARKS.md.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, "scripts", "bench")
GRADBOOK = os.path.join(ROOT, ".build", "release", "gradbook")
GRADBOOK_BENCH = os.path.join(ROOT, ".build", "release", "gradbook-bench")
DEMO = os.path.join(ROOT, "examples", "micrograd-demo.gb")
PYTHON = sys.executable


def option(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def training_ms(output):
    """The training time a process printed: gradbook's `time: T ms`, the peers' `training time: T ms`."""
    times = re.findall(r"^(?:training )?time: ([0-9.e+-]+) ms$", output, re.MULTILINE)
    if len(times) != 1:
        sys.exit(f"expected one time line, got {len(times)} in:\n{output}")
    return float(times[0])


def gradbook_log(output):
    """The demo's table of step, loss and accuracy every 10 steps, as (losses, accuracies)."""
    number = r"(-?[0-9][0-9.e+-]*)"
    rows = re.findall(rf"^\s*\[*\s*{number},\s+{number},\s+{number}\s*\]+,?$", output, re.MULTILINE)
    return [float(loss) for _, loss, _ in rows], [float(accuracy) for _, _, accuracy in rows]


def compare(name, losses, reference):
    worst = max(abs(a - b) / abs(b) for a, b in zip(losses, reference))
    print(f"  {name}: 100 losses, largest relative difference from gradbook {worst:.1e}")
    return worst


def hyperfine(commands, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        arguments = ["hyperfine", "-N", "--warmup", "2", "--runs", str(runs), "--export-json", export.name, "--style", "none"]
        run(arguments + commands)
        results = json.load(open(export.name))["results"]
    return [(r["mean"] * 1000, r["stddev"] * 1000) for r in results]


def main():
    runs = option("--runs", 10)
    micrograd_runs = option("--micrograd-runs", 1)
    skip_micrograd = "--skip-micrograd" in sys.argv
    if "--no-build" not in sys.argv:
        print("building release binaries…", flush=True)
        run(["swift", "build", "-c", "release"])

    work = tempfile.mkdtemp(prefix="gradbook-bench-")
    data = os.path.join(work, "data.json")
    run([GRADBOOK_BENCH, "--quiet", "--export", data])
    reference = json.load(open(data))

    gradbook_command = [GRADBOOK, "run", DEMO]
    torch_command = [PYTHON, os.path.join(BENCH, "torch_demo.py"), data]
    micrograd_command = [PYTHON, os.path.join(BENCH, "micrograd_demo.py"), data]

    print("correctness:")
    demo_output = run(gradbook_command)
    printed = gradbook_log(demo_output)
    expected_losses = reference["loss"][::10]
    if len(printed[0]) != 10 or any(abs(a - b) > 5e-6 * abs(b) for a, b in zip(printed[0], expected_losses)):
        sys.exit(f"examples/micrograd-demo.gb does not print gradbook-bench's losses {expected_losses}:\n{demo_output}")
    if printed[1][-1] != 1 or reference["accuracy"][-1] != 1:
        sys.exit("the demo does not reach 100% train accuracy")
    print(f"  gradbook: the demo prints gradbook-bench's losses; final loss {reference['loss'][-1]!r}, accuracy 100%")
    peers = [("PyTorch", torch_command)] + ([] if skip_micrograd else [("micrograd", micrograd_command)])
    agreement = {}
    training = {"gradbook": [], "engine": [], "PyTorch": [], "micrograd": []}
    micrograd_wall = []
    for name, command in peers:
        log = os.path.join(work, f"{name}.json")
        start = time.perf_counter()
        output = run(command + ["--log", log])
        if name == "micrograd":  # minutes per run: this one counts as the first timed run
            micrograd_wall.append((time.perf_counter() - start) * 1000)
            training["micrograd"].append(training_ms(output))
        agreement[name] = compare(name, json.load(open(log))["loss"], reference["loss"])

    print(f"training time ({runs} runs each, micrograd {micrograd_runs}):", flush=True)
    for _ in range(runs):
        training["gradbook"].append(training_ms(run(gradbook_command)))
        training["engine"].append(training_ms(run([GRADBOOK_BENCH, "--quiet"])))
        training["PyTorch"].append(training_ms(run(torch_command)))
    for _ in range(micrograd_runs - len(micrograd_wall) if not skip_micrograd else 0):
        start = time.perf_counter()
        training["micrograd"].append(training_ms(run(micrograd_command)))
        micrograd_wall.append((time.perf_counter() - start) * 1000)

    print("whole process (hyperfine)…", flush=True)
    (gradbook_whole, gradbook_sd), (torch_whole, torch_sd) = hyperfine(
        [" ".join(gradbook_command), " ".join(torch_command)], runs)

    def median(xs):
        return statistics.median(xs) if xs else float("nan")

    rows = [
        ("gradbook (release)", median(training["gradbook"]), f"{gradbook_whole:.1f} ± {gradbook_sd:.1f}", gradbook_whole),
        ("gradbook's engine alone (gradbook-bench)", median(training["engine"]), "–", None),
        ("PyTorch eager, float64, 1 thread", median(training["PyTorch"]), f"{torch_whole:.1f} ± {torch_sd:.1f}", torch_whole),
    ]
    if not skip_micrograd:
        whole = median(micrograd_wall)
        rows.append(("micrograd", median(training["micrograd"]), f"{whole:.0f} ({micrograd_runs} run{'s' if micrograd_runs > 1 else ''})", whole))
    base_training, base_whole = rows[0][1], rows[0][3]
    print()
    print("| | training, 100 steps (ms, median) | × gradbook | whole process (ms) | × gradbook |")
    print("|---|---:|---:|---:|---:|")
    for name, train_ms, whole_text, whole_ms in rows:
        ratio = "–" if whole_ms is None else f"{whole_ms / base_whole:.1f}"
        print(f"| {name} | {train_ms:.1f} | {train_ms / base_training:.2g} | {whole_text} | {ratio} |")
    if "--json" in sys.argv:
        with open(option("--json", ""), "w") as f:
            json.dump({"training_ms": training, "whole_ms": {"gradbook": [gradbook_whole, gradbook_sd], "PyTorch": [torch_whole, torch_sd],
                       "micrograd": micrograd_wall}, "loss_agreement": agreement}, f, indent=2)


if __name__ == "__main__":
    main()
