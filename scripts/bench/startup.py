#!/usr/bin/env python3
"""Time from starting `gradbook` on a pseudo-terminal to its first `gb> ` prompt.

Usage: swift build -c release && python3 scripts/bench/startup.py [runs]
A fresh history directory is used so that the figure does not depend on the user's history.
"""
import os
import pty
import statistics
import sys
import tempfile
import time

BINARY = os.path.join(os.path.dirname(__file__), "..", "..", ".build", "release", "gradbook")


def time_to_prompt(env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(BINARY, [BINARY], env)
    seen = b""
    while b"gb> " not in seen:
        seen += os.read(fd, 1024)
    elapsed = (time.perf_counter() - start) * 1000
    os.write(fd, b"\x04")  # Ctrl-D
    try:
        while os.read(fd, 1024):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return elapsed


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ, XDG_STATE_HOME=state)
        times = [time_to_prompt(env) for _ in range(runs)]
    print(f"start-up to first prompt over {runs} runs: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms")


if __name__ == "__main__":
    main()
