"""Measure a piece of work in a fresh process, so its memory is its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# The child reports its own high-water mark: /proc/self/status belongs to the new
# program, while getrusage would also count the parent's memory at fork time.
_REPORT = """
import resource, sys
status = "/proc/self/status"
try:
    with open(status) as lines:
        peak = next(int(line.split()[1]) for line in lines if line.startswith("VmHWM:"))
except OSError:
    scale = 1024 if sys.platform == "darwin" else 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale
print(f"peak-kib {peak}")
"""


def peak_rss_mib(code: str, *args: str) -> float:
    """Peak resident memory, in MiB, of a new Python process running ``code`` with ``args``."""
    result = subprocess.run(
        [sys.executable, "-c", code + "\n" + _REPORT, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if result.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed: {result.stderr.strip()[-500:]}")
    last = result.stdout.strip().splitlines()[-1]
    return int(last.split()[1]) / 1024
