"""ACLED event files become reference events, teach the lexicon, and export back unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.cli import main
from annotator.errors import ImportRefusedError
from annotator.io.acled_csv import iso_date
from annotator.services.acled_import import import_acled_events
from annotator.store.database import Project
from annotator.store.models import Event, LexiconEntry
from tests.conftest import shared_file

FIXTURES = Path(__file__).parent / "data" / "acled"

# Columns the 2020 layout and the current one share, and how the export may write them.
# event_date: the file holds the spreadsheet form 9-May-20; the export writes ISO dates
# (or "16 May 2025"), so the two are compared as dates.
SHARED_AS_DATES = {"event_date"}
# latitude/longitude: ACLED writes 4 decimals; the sample lost trailing zeros in a
# spreadsheet (35.765 for 35.7650), so they are compared as numbers.
SHARED_AS_NUMBERS = {"latitude", "longitude"}


def _url(project: Project) -> str:
    return project.url.render_as_string(hide_password=False)


def test_round_trip_of_a_real_export(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    assert main(["import", "--db", _url(project), str(sample)]) == 0
    out = tmp_path / "export.csv"
    args = [
        "export",
        "--db",
        _url(project),
        "--status",
        "all",
        "--inter",
        "numeric",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    capsys.readouterr()

    with sample.open(encoding="utf-8", newline="") as handle:
        original = {row["event_id_cnty"]: row for row in csv.DictReader(handle)}
    with out.open(encoding="utf-8", newline="") as handle:
        exported = {row["event_id_cnty"]: row for row in csv.DictReader(handle)}
    assert exported.keys() == original.keys()
    shared = [name for name in next(iter(exported.values())) if name in original["SYR78126"]]
    assert len(shared) == 28
    differences = []
    for key, row in original.items():
        for name in shared:
            given, written = row[name], exported[key][name]
            if name in SHARED_AS_DATES:
                given = iso_date(given)
            if name in SHARED_AS_NUMBERS:
                assert len(written.split(".")[1]) == 4
                given, written = str(float(given)), str(float(written))
            if given != written:
                differences.append(f"{key} {name}: {given!r} -> {written!r}")
    assert differences == []


def test_reimporting_changes_nothing_and_newer_rows_replace_older(
    project: Project, tmp_path: Path
) -> None:
    source = FIXTURES / "current_bom_crlf.csv"
    first = import_acled_events(project, source)
    assert first.events.added == 4
    again = import_acled_events(project, source)
    assert (again.events.added, again.events.updated, again.events.unchanged) == (0, 0, 4)

    text = source.read_text(encoding="utf-8-sig")
    revised = tmp_path / "revised.csv"
    rows = list(csv.DictReader(io.StringIO(text)))
    rows[0]["fatalities"] = "9"
    rows[0]["timestamp"] = str(int(rows[0]["timestamp"]) + 100)
    with revised.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    update = import_acled_events(project, revised)
    assert (update.events.updated, update.events.unchanged) == (1, 3)
    with project.session() as session:
        event = session.scalar(sa.select(Event).where(Event.dataset_id == rows[0]["event_id_cnty"]))
        assert event is not None and event.fields["fatalities"] == "9"
        assert event.status == "reference"


def test_reference_events_teach_actors_and_places(project: Project) -> None:
    sample = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    report = import_acled_events(project, sample)
    assert report.actors_added > 20 and report.places_added > 50
    with project.session() as session:
        quds = session.scalars(
            sa.select(LexiconEntry).where(
                LexiconEntry.kind == "actor", LexiconEntry.target == "LaQ: Quds Brigade"
            )
        ).all()
        place = session.scalars(
            sa.select(LexiconEntry.value).where(
                LexiconEntry.kind == "place", LexiconEntry.surface == "Al-Bukamal"
            )
        ).first()
        assert [entry.value["inter"] for entry in quds] == ["Political militia"]
    assert place is not None
    assert (place["admin1"], place["admin2"]) == ("Deir-ez-Zor", "Abu Kamal")
    assert (place["latitude"], place["longitude"]) == (34.4546, 40.9116)


@pytest.mark.parametrize(
    ("fixture", "events"),
    [("current_bom_crlf.csv", 4), ("current_word_dates.csv", 4), ("api_2016.csv", 9)],
)
def test_every_layout_imports(project: Project, fixture: str, events: int) -> None:
    report = import_acled_events(project, FIXTURES / fixture)
    assert report.events.added == events
    with project.session() as session:
        dates = session.scalars(sa.select(Event.event_date)).all()
    assert all(isinstance(day, dt.date) for day in dates)


def test_a_bad_row_refuses_the_file_unless_skipped(project: Project, tmp_path: Path) -> None:
    text = (FIXTURES / "current_bom_crlf.csv").read_text(encoding="utf-8-sig")
    header, first, *rest = text.splitlines(keepends=True)
    broken = tmp_path / "broken.csv"
    broken.write_text(header + first.replace("2021-03-15", "31/02/2021", 1) + "".join(rest),
                      encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportRefusedError, match=r"broken.csv:2: .*31/02/2021"):
        import_acled_events(project, broken)
    with project.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Event)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(LexiconEntry)) == 0
    report = import_acled_events(project, broken, skip_invalid=True)
    assert report.events.added == 3
    assert [problem.where for problem in report.skipped] == [f"{broken}:2"]


def test_an_acled_file_given_to_import_is_recognised(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "--db", _url(project), str(FIXTURES / "current_bom_crlf.csv")])
    assert code == 0
    out = capsys.readouterr().out
    assert "imported 4 reference event(s)" in out
    code = main(["export", "--db", _url(project), "--status", "reference"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert code == 0 and len(rows) == 4
