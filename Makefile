# Shortcuts for dev.py, which does the work on every platform.
PYTHON ?= python3

.PHONY: run test bench screenshots package

run:
	$(PYTHON) dev.py run

test:
	$(PYTHON) dev.py test

bench:
	$(PYTHON) dev.py bench

screenshots:
	$(PYTHON) dev.py run gui --screenshot docs/screenshots/desk.png

package:
	.venv/bin/python -m pip install pyinstaller && .venv/bin/pyinstaller packaging/annotator.spec
