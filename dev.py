#!/usr/bin/env python3
"""Set up and run annotator from a source checkout, on Linux, macOS and Windows.

    python3 dev.py run     create .venv when missing, install, open the desk
    python3 dev.py test    create .venv when missing, install, run lint, types and tests
    python3 dev.py bench   create .venv when missing, install, run every benchmark
    python3 dev.py translations [LANG...]
                           update resources/translations/*.ts from the sources (LANG adds
                           annotator_LANG.ts) and compile each to its .qm

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
TRANSLATIONS = ROOT / "resources" / "translations"
CODEBOOK = ROOT / "schemas" / "acled.codebook.json"


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


def qt_tool(name: str) -> Path:
    """A Qt tool installed with PySide6 in .venv (pyside6-lupdate, pyside6-lrelease)."""
    return BIN / (f"{name}.exe" if os.name == "nt" else name)


def codebook_messages(codebook: Path = CODEBOOK) -> list[str]:
    """The codebook text the event form passes through translate("EventForm", ...).

    Field labels and descriptions, and the labels of vocabulary items that have their own
    (time and geographic precision); a value without a label is data, kept in English.
    """
    data = json.loads(codebook.read_text(encoding="utf-8"))
    texts = [f[key] for f in data["fields"] for key in ("label", "description") if f.get(key)]
    for vocabulary in data["vocabularies"].values():
        texts += [
            i["label"] for i in vocabulary["items"] if i.get("label", i["value"]) != i["value"]
        ]
    return list(dict.fromkeys(texts))


def translation_sources(folder: Path) -> list[Path]:
    """What lupdate reads: the UI modules and, written into ``folder``, the codebook's text."""
    codebook = folder / "codebook_messages.py"
    codebook.write_text(
        "".join(
            f'QT_TRANSLATE_NOOP("EventForm", {json.dumps(text, ensure_ascii=False)})\n'
            for text in codebook_messages()
        ),
        encoding="utf-8",
    )
    return [*sorted((ROOT / "annotator" / "ui").glob("*.py")), codebook]


def lupdate_arguments(ts_file: Path, sources: list[Path]) -> list[str | Path]:
    """lupdate's arguments: merge the sources' messages into ``ts_file``, dropping old ones.

    No source locations, so the file changes only when the messages do.
    """
    language = ts_file.stem.removeprefix("annotator_")
    return ["-silent", "-no-obsolete", "-locations", "none", "-target-language", language,
            *sources, "-ts", ts_file]  # fmt: skip


def lrelease_arguments(ts_file: Path, qm_file: Path) -> list[str | Path]:
    return ["-silent", ts_file, "-qm", qm_file]


def update_translations(languages: list[str]) -> None:
    """Refresh every .ts from the sources (adding one per new language) and compile them."""
    ts_files = {*TRANSLATIONS.glob("annotator_*.ts")}
    ts_files |= {TRANSLATIONS / f"annotator_{language}.ts" for language in languages}
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        sources = translation_sources(Path(folder))
        for ts_file in sorted(ts_files):
            _run(qt_tool("pyside6-lupdate"), *lupdate_arguments(ts_file, sources))
            _run(
                qt_tool("pyside6-lrelease"),
                *lrelease_arguments(ts_file, ts_file.with_suffix(".qm")),
            )


def main() -> None:
    actions = {
        "run": run_app,
        "test": run_tests,
        "bench": run_benchmarks,
        "translations": update_translations,
    }
    if len(sys.argv) < 2 or sys.argv[1] not in actions:
        sys.exit(f"usage: {Path(sys.argv[0]).name} {{{','.join(actions)}}} [ARGS...]")
    ensure_environment()
    try:
        actions[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)


if __name__ == "__main__":
    main()
