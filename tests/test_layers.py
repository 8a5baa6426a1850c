"""Qt stays in annotator/ui: everything else imports and works without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import annotator

_BLOCK_QT_AND_IMPORT_ALL = """
import importlib, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is not installed (blocked for this test)")
        return None

sys.meta_path.insert(0, BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def _domain_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(annotator.__path__, "annotator."):
        if module.name == "annotator.__main__" or module.name.startswith(
            ("annotator.ui", "annotator.store.migrations")
        ):
            continue
        names.append(module.name)
    return names


def test_domain_modules_import_without_qt() -> None:
    modules = _domain_modules()
    assert "annotator.cli" in modules and "annotator.services.importing" in modules
    result = subprocess.run(
        [sys.executable, "-c", _BLOCK_QT_AND_IMPORT_ALL, *modules],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imported {len(modules)}"


def test_the_cli_works_without_qt(tmp_path: object) -> None:
    script = _BLOCK_QT_AND_IMPORT_ALL.replace(
        'print("imported", len(sys.argv) - 1)',
        "from annotator.cli import main; raise SystemExit(main(['db', 'info', '--db', "
        f"'{tmp_path}/p.sqlite']))",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "schema:" in result.stdout
