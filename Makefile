# Shortcuts for dev.py, which does the work on every platform.
PYTHON ?= python3

.PHONY: run test bench screenshots package translations

run:
	$(PYTHON) dev.py run

test:
	$(PYTHON) dev.py test

bench:
	$(PYTHON) dev.py bench

# Update resources/translations/*.ts from the sources and compile each to its .qm;
# LANGS="fr" adds a language. Then translate what is new (pyside6-linguist) and run it again.
translations:
	$(PYTHON) dev.py translations $(LANGS)

# A throwaway data folder, so the picture shows the demo project, never your own.
screenshots:
	$(PYTHON) dev.py run --version >/dev/null
	$(if $(DISPLAY),,xvfb-run -a -s "-screen 0 1600x1000x24") .venv/bin/python docs/screenshots/regenerate.py

package:
	.venv/bin/python -m pip install pyinstaller && .venv/bin/pyinstaller packaging/annotator.spec
