#!/usr/bin/env python3
"""Set up and run annotator from a source checkout, on Linux, macOS and Windows.

    python3 dev.py run     create .venv when missing, install, open the desk
    python3 dev.py test    create .venv when missing, install, run lint, types and tests
    python3 dev.py bench   create .venv when missing, install, run every benchmark

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=ROOT, check=True)


def ensure_environment() -> None:
    """Create .venv and install the project with its test tools, again when pyproject changes."""
    if sys.version_info < (3, 11):  # noqa: UP036 - runs before anything else checks it
        sys.exit(f"annotator needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", ".[test]")
    STAMP.touch()


def run_app(arguments: list[str]) -> None:
    _run(PYTHON, "-m", "annotator", *arguments)


def run_tests(arguments: list[str]) -> None:
    _run(PYTHON, "-m", "ruff", "check", ".")
    _run(PYTHON, "-m", "ruff", "format", "--check", ".")
    _run(PYTHON, "-m", "mypy")
    _run(PYTHON, "-m", "pytest", *arguments)


def run_benchmarks(arguments: list[str]) -> None:
    _run(PYTHON, "-m", "benchmarks", *arguments)


def main() -> None:
    actions = {"run": run_app, "test": run_tests, "bench": run_benchmarks}
    if len(sys.argv) < 2 or sys.argv[1] not in actions:
        sys.exit(f"usage: {Path(sys.argv[0]).name} {{{','.join(actions)}}} [ARGS...]")
    ensure_environment()
    try:
        actions[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)


if __name__ == "__main__":
    main()
