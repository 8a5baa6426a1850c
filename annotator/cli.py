"""The ``annotator`` command: the desktop app and the project's command-line tools."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from annotator import __version__
from annotator.errors import AnnotatorError

if TYPE_CHECKING:
    from annotator.store.database import Project

Handler = Callable[[argparse.Namespace], int]


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="project database: a SQLAlchemy URL (sqlite:///file.sqlite, "
        "postgresql://user@host/db) or a SQLite file path; default $ANNOTATOR_DB, "
        "else project.sqlite in the user-data folder",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="A desktop coding desk for conflict-event data: Arabic news articles in, "
        "ACLED-style events out. Without a command, opens the desk.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )
    _add_db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    gui = commands.add_parser("gui", help="open the desktop coding desk (the default)")
    _add_db_option(gui)
    gui.add_argument("--open", metavar="DOC", help="open this document (its id) at start")
    gui.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="render the window, save it as a PNG image and exit",
    )
    gui.add_argument(
        "--language",
        choices=("system", "en", "ar"),
        help="interface language, remembered for the next start (default: as last chosen, "
        "else the system's)",
    )
    gui.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="colour theme, remembered for the next start (default: follow the system)",
    )
    gui.set_defaults(handler=_run_gui)

    imp = commands.add_parser(
        "import",
        help="import articles (JSONL, CSV, .txt/.html files or folders) or ACLED event CSVs",
        description="Import articles. JSONL: one JSON object a line with id, title, text, url, "
        "source, published (other keys are kept as metadata). CSV: a header with the same "
        "names. Folders: every .txt and .html file; the file name is the id. Importing the "
        "same text again adds nothing. An ACLED export (any of its three header layouts) "
        "is imported as reference events, which also teach the lexicon their actor and "
        "place names. Any problem refuses the whole import unless --skip-invalid is given.",
    )
    _add_db_option(imp)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read the input key or column COLUMN as article field FIELD "
        "(e.g. --map date=published); may be repeated",
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good records and list exactly what was skipped",
    )
    imp.add_argument(
        "--max-article-mb",
        type=float,
        default=20.0,
        metavar="MB",
        help="refuse articles larger than this (default 20 MB)",
    )
    imp.set_defaults(handler=_run_import)

    export = commands.add_parser(
        "export",
        help="export events as ACLED CSV, or the whole dataset as JSONL",
        description="ACLED CSV: the current 31 columns, one row per event; events that fail "
        "the codebook are listed with their reasons (on stderr and in FILE.rejected.csv) "
        "and not written. JSONL: one document a line with its text, metadata, "
        "suggestions, annotations, events, evidence and agreement status.",
    )
    _add_db_option(export)
    export.add_argument("--format", choices=("acled", "jsonl"), default="acled")
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write here (default: standard output)"
    )
    export.add_argument(
        "--status",
        choices=("gold", "submitted", "reference", "all"),
        default="gold",
        help="which events: gold (default), submitted, reference (imported ACLED events), "
        "or all of these",
    )
    export.add_argument("--coder", metavar="NAME", help="only this coder's events")
    export.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    export.add_argument("--country", metavar="NAME", help="only events in this country")
    export.add_argument(
        "--inter",
        choices=("words", "numeric"),
        default="words",
        help="inter codes as words (current ACLED) or numbers (older exports; X0 one-sided)",
    )
    export.add_argument(
        "--date-format",
        choices=("iso", "export-tool"),
        default="iso",
        help="event_date as 2025-05-16 (default) or as ACLED's Export Tool writes it, 16 May 2025",
    )
    export.add_argument(
        "--excel",
        action="store_true",
        help="for spreadsheets: UTF-8 with BOM, CRLF, and text cells starting with "
        "= + - @ prefixed with ' so they are not run as formulas",
    )
    export.add_argument(
        "--strict", action="store_true", help="refuse to export if any event fails the codebook"
    )
    export.add_argument(
        "--draft-notes",
        choices=("on", "off"),
        help="fill empty notes with a draft built from the fields (default: the project's "
        "setting, see 'annotator settings')",
    )
    export.set_defaults(handler=_run_export)

    settings = commands.add_parser(
        "settings", help="show or change project settings (draft-notes on|off)"
    )
    _add_db_option(settings)
    settings.add_argument("key", nargs="?", choices=("draft-notes",))
    settings.add_argument("value", nargs="?", choices=("on", "off"))
    settings.set_defaults(handler=_run_settings)

    suggest = commands.add_parser(
        "suggest",
        help="run the suggesters on one text and print JSON",
        description='Print {"suggestions": [...]} for a UTF-8 text: kind, start, end '
        "(code points), text, value, confidence. With a project (--db, ANNOTATOR_DB, or the "
        "default project when it exists) its learned and imported names are used too.",
    )
    _add_db_option(suggest)
    suggest.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-",
        help="the text file, or - for standard input (the default)",
    )  # fmt: skip
    suggest.add_argument(
        "--published", type=_iso_date, metavar="YYYY-MM-DD",
        help="publication date, to resolve relative dates",
    )  # fmt: skip
    suggest.add_argument(
        "--drafts", action="store_true",
        help="also print the draft events grouped from the suggestions",
    )  # fmt: skip
    suggest.set_defaults(handler=_run_suggest)

    preannotate = commands.add_parser(
        "preannotate",
        help="store suggestions for every document not yet at the current suggester version",
    )
    _add_db_option(preannotate)
    preannotate.set_defaults(handler=_run_preannotate)

    evaluate = commands.add_parser(
        "evaluate",
        help="precision, recall and F1 per kind against a gold file (schemas/gold.schema.json)",
    )
    _add_db_option(evaluate)
    evaluate.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("--misses", action="store_true", help="list what was missed or wrong")
    evaluate.set_defaults(handler=_run_evaluate)

    gazetteer = commands.add_parser("gazetteer", help="import place names into the project")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    gazetteer_commands.required = True
    gazetteer_import = gazetteer_commands.add_parser(
        "import",
        help="import an OCHA admin table (CSV) or a GeoNames dump (SY.txt, alternateNamesV2.txt, "
        "a folder or a zip)",
    )
    _add_db_option(gazetteer_import)
    gazetteer_import.add_argument("file", type=Path, metavar="FILE")
    gazetteer_import.set_defaults(handler=_run_gazetteer_import)

    lexicon = commands.add_parser("lexicon", help="share what the project learned from coders")
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", metavar="ACTION")
    lexicon_commands.required = True
    lexicon_export = lexicon_commands.add_parser("export", help="write learned entries (JSONL)")
    _add_db_option(lexicon_export)
    lexicon_export.add_argument("file", type=Path, metavar="FILE")
    lexicon_export.set_defaults(handler=_run_lexicon_export)
    lexicon_import = lexicon_commands.add_parser("import", help="read learned entries (JSONL)")
    _add_db_option(lexicon_import)
    lexicon_import.add_argument("file", type=Path, metavar="FILE")
    lexicon_import.set_defaults(handler=_run_lexicon_import)

    docs = commands.add_parser("documents", help="list the project's articles")
    _add_db_option(docs)
    docs.add_argument(
        "--limit", type=_positive_int, default=50, help="show at most this many (default 50)"
    )
    docs.set_defaults(handler=_run_documents)

    db = commands.add_parser("db", help="project database: info, upgrade, backup")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", title="actions")
    db_commands.required = True
    info = db_commands.add_parser("info", help="where the project is, its schema and counts")
    _add_db_option(info)
    info.set_defaults(handler=_run_db_info)
    upgrade = db_commands.add_parser(
        "upgrade", help="apply pending schema migrations (also done on every open)"
    )
    _add_db_option(upgrade)
    upgrade.set_defaults(handler=_run_db_upgrade)
    backup = db_commands.add_parser(
        "backup",
        help="write a consistent copy of a SQLite project, even while the desk is open",
    )
    _add_db_option(backup)
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(handler=_run_db_backup)
    parser.epilog = "all commands (each has --help):\n" + "\n".join(
        f"  {line}" for line in _command_tree(parser)
    )
    return parser


def _command_tree(parser: argparse.ArgumentParser) -> list[str]:
    """One usage line for every leaf command, for the top-level --help."""
    lines: list[str] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in action.choices.values():
            nested = _command_tree(child)
            if nested:
                lines.extend(nested)
            else:
                usage = " ".join(child.format_usage().split())
                lines.append(usage.removeprefix("usage: ").replace(" [-h]", ""))
    return lines


def _run_gui(args: argparse.Namespace) -> int:
    from annotator.ui.app import run_gui

    return run_gui(
        db_url=getattr(args, "db", None),
        open_document=getattr(args, "open", None),
        screenshot=getattr(args, "screenshot", None),
        language=getattr(args, "language", None),
        theme=getattr(args, "theme", None),
    )


class _TerminalProgress:
    """A one-line progress display on stderr when it is a terminal; silent otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._enabled = stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int, records: int) -> None:
        now = time.monotonic()
        if not self._enabled or (now - self._last < 0.2 and done < total):
            return
        self._last = now
        percent = 100.0 * done / total if total else 100.0
        self._stream.write(f"\rreading: {percent:5.1f}%  {records:,} records")
        self._stream.flush()

    def finish(self) -> None:
        if self._enabled:
            self._stream.write("\n")


def _run_import(args: argparse.Namespace) -> int:
    from annotator.io.articles import parse_field_map
    from annotator.services.imports import import_paths

    try:
        field_map = parse_field_map(args.map)
    except ValueError as error:
        raise AnnotatorError(str(error)) from None
    if args.max_article_mb <= 0:
        raise AnnotatorError("--max-article-mb must be a positive number of megabytes")
    progress = _TerminalProgress(sys.stderr)
    with _opened_project(args) as project:
        try:
            report = import_paths(
                project,
                args.paths,
                field_map=field_map,
                skip_invalid=args.skip_invalid,
                max_bytes=int(args.max_article_mb * 1024 * 1024),
                on_progress=progress,
            )
        finally:
            progress.finish()
    print(report.summary(project.display_name))
    if report.skipped:
        print(f"skipped {len(report.skipped)} invalid record(s):")
        for problem in report.skipped:
            print(f"  {problem}")
    return 0


_STATUSES = {
    "gold": ("gold",),
    "submitted": ("submitted",),
    "reference": ("reference",),
    "all": ("gold", "submitted", "reference"),
}


def _run_export(args: argparse.Namespace) -> int:
    with _opened_project(args) as project:
        if args.format == "jsonl":
            return _export_jsonl(project, args.output)
        return _export_acled(project, args)


def _export_acled(project: Project, args: argparse.Namespace) -> int:
    from annotator.io.acled_writer import AcledCsvOptions
    from annotator.services.acled_export import export_acled
    from annotator.store.events import EventFilter, count_events

    which = EventFilter(
        statuses=_STATUSES[args.status],
        coder=args.coder,
        date_from=args.date_from,
        date_to=args.date_to,
        country=args.country,
    )
    options = AcledCsvOptions(
        inter=args.inter, dates=args.date_format, profile="excel" if args.excel else "default"
    )
    draft_notes = None if args.draft_notes is None else args.draft_notes == "on"
    report = export_acled(
        project,
        args.output,
        which=which,
        options=options,
        strict=args.strict,
        draft_notes=draft_notes,
        stdout=sys.stdout,
    )
    for rejected in report.rejected:
        print(f"annotator: not exported: {rejected}", file=sys.stderr)
    where = args.output or "standard output"
    print(f"exported {report.written} event(s) to {where}", file=sys.stderr)
    if report.sidecar is not None:
        print(
            f"{len(report.rejected)} event(s) fail the codebook; reasons in {report.sidecar}",
            file=sys.stderr,
        )
    if report.written == 0 and not report.rejected and args.status == "gold":
        total = count_events(project, EventFilter(statuses=_STATUSES["all"]))
        if total:
            print(
                "no gold events yet; --status submitted, reference or all exports the others",
                file=sys.stderr,
            )
    return 0


def _export_jsonl(project: Project, output: Path | None) -> int:
    from annotator.io.atomic import text_output
    from annotator.services.dataset_export import export_dataset

    with text_output(output, sys.stdout) as stream:
        count = export_dataset(project, stream)
    print(f"exported {count} line(s) to {output or 'standard output'}", file=sys.stderr)
    return 0


def _run_settings(args: argparse.Namespace) -> int:
    from annotator.services.acled_export import draft_notes_enabled, set_draft_notes

    with _opened_project(args) as project:
        if args.key == "draft-notes" and args.value is not None:
            set_draft_notes(project, args.value == "on")
        print(f"draft-notes: {'on' if draft_notes_enabled(project) else 'off'}")
    return 0


@contextmanager
def _opened_project(args: argparse.Namespace) -> Iterator[Project]:
    """The project named by --db (or the default), closed when the command is done."""
    from annotator.store.database import open_project

    project = open_project(getattr(args, "db", None))
    try:
        yield project
    finally:
        project.close()


def _optional_project(args: argparse.Namespace) -> Project | None:
    """The project named by --db or ANNOTATOR_DB, or the default one if it exists."""
    from annotator import paths
    from annotator.store.database import open_project

    given = getattr(args, "db", None) or os.environ.get(paths.DB_ENV)
    if given or paths.default_database_path().exists():
        return open_project(given)
    return None


def _read_text(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(name).read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        where = "standard input" if name == "-" else name
        raise AnnotatorError(f"{where} is not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise AnnotatorError(f"cannot read {name}: {error.strerror}") from None


def _run_suggest(args: argparse.Namespace) -> int:
    import json

    from annotator.suggest.pipeline import Pipeline

    text = _read_text(args.file)
    project = _optional_project(args)
    try:
        pipeline = Pipeline(project)
    finally:
        if project is not None:
            project.close()
    suggestions = pipeline.suggest(text, args.published)
    output: dict[str, object] = {"suggestions": [item.as_json() for item in suggestions]}
    if args.drafts:
        drafts = pipeline.drafts(text, suggestions, args.published)
        output["drafts"] = [draft.as_json() for draft in drafts]
    json.dump(output, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _run_preannotate(args: argparse.Namespace) -> int:
    from annotator.services.preannotate import preannotate
    from annotator.suggest.pipeline import Pipeline

    progress = _TerminalProgress(sys.stderr)
    with _opened_project(args) as project:
        try:
            pipeline = Pipeline(project)
            report = preannotate(
                project, pipeline, on_progress=lambda done, total: progress(done, total, done)
            )
        finally:
            progress.finish()
    print(
        f"{report.annotated} document(s) annotated with {report.suggestions} suggestion(s) "
        f"({pipeline.version}); {report.already_current} already current, "
        f"{report.kept_started} kept because coding has started"
    )
    return 0


def _run_evaluate(args: argparse.Namespace) -> int:
    import json

    from annotator.services.evaluation import evaluate_gold

    project = _optional_project(args)
    try:
        result = evaluate_gold(args.gold, project)
    finally:
        if project is not None:
            project.close()
    if args.format == "json":
        json.dump(result.as_json(), sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print(result.table())
    if args.misses:
        for line in result.misses:
            print(line)
    return 0


def _run_gazetteer_import(args: argparse.Namespace) -> int:
    from annotator.io.gazetteer_import import import_gazetteer

    with _opened_project(args) as project:
        report = import_gazetteer(project, args.file)
    print(
        f"imported {report.places} place(s) with {report.names} name(s) "
        f"({report.arabic_names} Arabic) from {args.file}; {report.added} new lexicon entries"
    )
    return 0


def _run_lexicon_export(args: argparse.Namespace) -> int:
    from annotator.services.learning import export_learned

    with _opened_project(args) as project:
        count = export_learned(project, args.file)
    print(f"wrote {count} learned entr{'y' if count == 1 else 'ies'} to {args.file}")
    return 0


def _run_lexicon_import(args: argparse.Namespace) -> int:
    from annotator.services.learning import import_learned

    with _opened_project(args) as project:
        count = import_learned(project, args.file)
    print(f"read {count} learned entr{'y' if count == 1 else 'ies'} from {args.file}")
    return 0


def _run_documents(args: argparse.Namespace) -> int:
    from annotator.store.documents import list_documents

    with _opened_project(args) as project:
        documents = list_documents(project, limit=args.limit)
    for document in documents:
        published = document.published.isoformat() if document.published else "----------"
        print(f"{document.external_id}\t{published}\t{document.length:>7} chars\t{document.title}")
    return 0


def _run_db_info(args: argparse.Namespace) -> int:
    from annotator.store.database import current_revision
    from annotator.store.documents import project_counts

    with _opened_project(args) as project:
        print(f"project: {project.display_name}")
        print(f"backend: {project.url.get_backend_name()}")
        print(f"schema:  {current_revision(project.engine)}")
        for name, count in project_counts(project).items():
            print(f"{name + ':':<12} {count}")
    return 0


def _run_db_upgrade(args: argparse.Namespace) -> int:
    from annotator.store.database import current_revision

    with _opened_project(args) as project:
        print(f"{project.display_name} is at schema {current_revision(project.engine)}")
    return 0


def _run_db_backup(args: argparse.Namespace) -> int:
    from annotator.store.backup import backup_project

    with _opened_project(args) as project:
        written = backup_project(project, args.file, overwrite=args.force)
    print(f"backed up {project.display_name} to {written}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args)
    except AnnotatorError as error:
        if args.debug:
            raise
        print(f"annotator: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (annotator suggest | head): stop quietly, as Unix tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123
        return 141
    except Exception as error:
        if args.debug:
            raise
        print(
            f"annotator: unexpected error: {type(error).__name__}: {error} "
            "(run with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1
