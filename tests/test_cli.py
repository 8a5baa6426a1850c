"""The annotator command as a user runs it: output, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli import main
from tests.conftest import shared_file


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_shows_the_whole_command_tree(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("gui", "import", "documents", "db info", "db upgrade", "db backup"):
        assert f"annotator {command} " in out


@pytest.mark.parametrize(
    "command", [["gui"], ["import"], ["documents"], ["db"], ["db", "backup"], ["db", "info"]]
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "usage: annotator " + " ".join(command) in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"annotator {__version__}"


def test_import_then_list_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.sqlite"
    source = tmp_path / "a.jsonl"
    source.write_text(
        json.dumps({"id": "d1", "title": "عنوان", "text": "نص الخبر", "date": "2021-03-15"},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    code, out, _ = run(["import", "--db", str(db), "--map", "date=published", str(source)], capsys)
    assert code == 0
    assert "imported 1 new article(s)" in out
    code, out, _ = run(["import", "--db", str(db), "--map", "date=published", str(source)], capsys)
    assert "imported 0 new article(s)" in out and "1 already present" in out
    code, out, _ = run(["--db", str(db), "documents"], capsys)
    assert code == 0
    assert out.split("\t")[:2] == ["d1", "2021-03-15"]
    assert out.rstrip().endswith("عنوان")


def test_shared_corpus_imports_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = shared_file("corpus", "syrian_archive", "syrian_archive_ar.jsonl")
    db = tmp_path / "p.sqlite"
    code, out, err = run(
        ["import", str(corpus), "--map", "date=published", "--db", str(db)], capsys
    )
    assert (code, err) == (0, "")
    assert "imported 68 new article(s)" in out
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM document").fetchone() == (68,)


def test_skip_invalid_lists_what_was_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "ok", "text": "نص"}\n{"id": "bad"}\n', encoding="utf-8")
    code, out, _ = run(["import", "--db", str(tmp_path / "p.sqlite"), "--skip-invalid",
                        str(source)], capsys)  # fmt: skip
    assert code == 0
    assert "imported 1 new article(s)" in out
    assert f"skipped 1 invalid record(s):\n  {source}:2: no text" in out


def test_a_refused_import_exits_non_zero_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "bad"}\n', encoding="utf-8")
    code, out, err = run(["import", "--db", str(tmp_path / "p.sqlite"), str(source)], capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("annotator: error: nothing was imported")
    assert f"{source}:1: no text" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "postgresql://x@127.0.0.1:1/none", "db", "info"], "cannot connect"),
        (["--db", "mysql+nosuchdriver://h/db", "documents"], "cannot use database URL"),
        (["import", "--map", "date", "x.jsonl"], "must look like column=field"),
        (["import", "--map", "date=when", "x.jsonl"], "'when' is not an article field"),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(args, capsys)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_file_that_is_not_a_project_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    code, _, err = run(["--db", str(notes), "documents"], capsys)
    assert code == 1
    assert "is not an annotator project" in err
    assert notes.read_text(encoding="utf-8") == "not a database"


def test_read_only_project_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    assert run(["--db", str(db), "db", "upgrade"], capsys)[0] == 0
    db.chmod(0o444)
    code, _, err = run(["--db", str(db), "documents"], capsys)
    assert code == 1
    assert "read-only" in err and err.count("\n") == 1


def test_debug_shows_the_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--debug", "--db", "sqlite://", "documents"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" in result.stderr
    assert "names no file" in result.stderr


def test_db_backup_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.sqlite"
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "d1", "text": "نص"}\n', encoding="utf-8")
    run(["import", "--db", str(db), str(source)], capsys)
    code, out, _ = run(["db", "backup", "--db", str(db), str(tmp_path / "copy.sqlite")], capsys)
    assert code == 0
    code, out, _ = run(["db", "info", "--db", str(tmp_path / "copy.sqlite")], capsys)
    assert "documents:   1" in out
    code, _, err = run(["db", "backup", "--db", str(db), str(tmp_path / "copy.sqlite")], capsys)
    assert code == 1 and "already exists" in err


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"annotator {__version__}"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_imports_show_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": f"نص رقم {i}"}) + "\n" for i in range(500)),
        encoding="utf-8",
    )
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["import", "--db", str(tmp_path / "p.sqlite"), str(source)]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\rreading:")
    assert shown.rstrip().endswith("100.0%  500 records")


def test_no_progress_noise_when_output_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text('{"id": "a", "text": "نص"}\n', encoding="utf-8")
    code, _, err = run(["import", "--db", str(tmp_path / "p.sqlite"), str(source)], capsys)
    assert (code, err) == (0, "")


def test_jsonl_export_command_writes_one_document_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo" / "articles.jsonl"
    assert main(["import", "--db", str(db), str(demo)]) == 0
    out = tmp_path / "dataset.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]) == 0
    assert "exported 7 line(s)" in capsys.readouterr().err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["document"]["id"] for line in lines] == [
        "demo-badiya-mayadin",
        "demo-daraa-ied",
        "demo-sweida-protest",
        "demo-zawiya-airstrike",
        "demo-manbij-clash",
        "demo-kafrbatna-arrests",
        "demo-albab-suicide",
    ]
    assert all(line["agreement"]["status"] == "uncoded" for line in lines)
