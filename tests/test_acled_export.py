"""ACLED CSV export: columns, derived fields, stable ids, profiles, rejections, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from annotator.bundled import schemas_dir
from annotator.cli import main
from annotator.codebook import default_codebook
from annotator.errors import ExportRefusedError
from annotator.io.acled_writer import AcledCsvOptions
from annotator.services.acled_export import export_acled, set_draft_notes
from annotator.store.database import Project
from annotator.store.events import EventFilter, column_values
from annotator.store.models import Event, User

CLASH: dict[str, Any] = {
    "event_date": "2021-03-15",
    "time_precision": 1,
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Syria (2000-)",
    "assoc_actor_1": ["LaQ: Quds Brigade", "QDW: National Defense Forces"],
    "inter1": "State forces",
    "actor2": "Islamic State (Syria)",
    "assoc_actor_2": "",
    "inter2": "Rebel group",
    "country": "Syria",
    "admin1": "Ar-Raqqa",
    "admin2": "Ar-Raqqa",
    "admin3": "Ar-Raqqa",
    "location": "Rasafa",
    "latitude": 35.63,
    "longitude": 38.75,
    "geo_precision": 2,
    "source": ["Al-Khabour", "SANA"],
    "source_scale": "Local partner-National",
    "notes": "On 15 March 2021, regime forces clashed with IS cells in the Rasafa desert.",
    "fatalities": 7,
    "tags": "",
}
STRIKE: dict[str, Any] = {
    **CLASH,
    "event_date": "2021-03-16",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "actor1": "Military Forces of Russia (2000-)",
    "assoc_actor_1": "",
    "inter1": "External/Other forces",
    "actor2": "",
    "inter2": "",
    "longitude": -0.5,
    "notes": "=HYPERLINK('x') Russian warplanes struck the desert.",
    "fatalities": 0,
}


def add_event(
    project: Project, fields: dict[str, Any], *, status: str = "gold", coder: str = "huda"
) -> int:
    with project.session() as session:
        user = session.scalar(sa.select(User).where(User.name == coder))
        if user is None:
            user = User(name=coder)
            session.add(user)
            session.flush()
        event = Event(
            user_id=user.id,
            codebook_id="acled",
            codebook_version="test",
            fields=fields,
            status=status,
            **column_values(fields),
        )
        session.add(event)
        session.flush()
        return event.id


def export_rows(project: Project, path: Path, **options: Any) -> list[dict[str, str]]:
    export_acled(project, path, **options)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_rows_have_the_31_columns_in_order_with_derived_fields(
    project: Project, tmp_path: Path
) -> None:
    event_id = add_event(project, CLASH)
    path = tmp_path / "out.csv"
    rows = export_rows(project, path, which=EventFilter())
    assert path.read_text(encoding="utf-8").splitlines()[0].split(",") == list(
        default_codebook().columns
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["year"] == "2021"
    assert row["disorder_type"] == "Political violence"
    assert row["interaction"] == "State forces-Rebel group"
    assert (row["iso"], row["region"]) == ("760", "Middle East")
    assert row["assoc_actor_1"] == "LaQ: Quds Brigade; QDW: National Defense Forces"
    assert row["source"] == "Al-Khabour; SANA"
    assert (row["latitude"], row["longitude"]) == ("35.6300", "38.7500")
    assert row["event_id_cnty"].startswith("SYR")
    assert row["event_id_cnty"].endswith(f"{event_id:07d}")
    with project.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        changed = int(
            event.updated_at.replace(tzinfo=event.updated_at.tzinfo or dt.UTC).timestamp()
        )
    assert row["timestamp"] == str(changed)


def test_event_ids_stay_the_same_across_exports(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH)
    first = export_rows(project, tmp_path / "a.csv", which=EventFilter())
    add_event(project, STRIKE)
    second = export_rows(project, tmp_path / "b.csv", which=EventFilter())
    assert second[0]["event_id_cnty"] == first[0]["event_id_cnty"]
    assert len({row["event_id_cnty"] for row in second}) == 2


def test_numeric_inter_codes_and_export_tool_dates(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH)
    add_event(project, STRIKE)
    rows = export_rows(
        project,
        tmp_path / "old.csv",
        which=EventFilter(),
        options=AcledCsvOptions(inter="numeric", dates="export-tool"),
    )
    clash, strike = rows
    assert (clash["inter1"], clash["inter2"], clash["interaction"]) == ("1", "2", "12")
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("8", "0", "80")
    assert (clash["event_date"], strike["event_date"]) == ("15 March 2021", "16 March 2021")


def test_excel_profile_protects_text_cells_and_leaves_numbers(
    project: Project, tmp_path: Path
) -> None:
    add_event(project, STRIKE)
    path = tmp_path / "excel.csv"
    export_acled(project, path, which=EventFilter(), options=AcledCsvOptions(profile="excel"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfevent_id_cnty,")
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    row = next(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert row["notes"] == "'=HYPERLINK('x') Russian warplanes struck the desert."
    assert row["longitude"] == "-0.5000"


def test_the_default_profile_writes_data_unchanged(project: Project, tmp_path: Path) -> None:
    add_event(project, STRIKE)
    path = tmp_path / "plain.csv"
    rows = export_rows(project, path, which=EventFilter())
    assert rows[0]["notes"] == STRIKE["notes"]
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in path.read_bytes()


def test_invalid_events_are_listed_and_kept_out(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH)
    broken = add_event(project, {**CLASH, "sub_event_type": "Air/drone strike", "fatalities": -2})
    path = tmp_path / "out.csv"
    report = export_acled(project, path, which=EventFilter())
    assert report.written == 1
    assert len(report.rejected) == 1
    assert report.rejected[0].event.endswith(f"{broken:07d}")
    reasons = str(report.rejected[0])
    assert "sub_event_type 'Air/drone strike' does not belong to event_type 'Battles'" in reasons
    assert "fatalities" in reasons
    assert report.sidecar == tmp_path / "out.csv.rejected.csv"
    sidecar = list(csv.DictReader(report.sidecar.open(encoding="utf-8")))
    assert {row["field"] for row in sidecar} == {"sub_event_type", "fatalities"}


def test_strict_refuses_and_writes_nothing(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH)
    add_event(project, {**CLASH, "latitude": 123})
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportRefusedError, match="latitude"):
        export_acled(project, folder / "out.csv", which=EventFilter(), strict=True)
    assert list(folder.iterdir()) == []


def test_a_write_error_leaves_no_half_written_file(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_event(project, CLASH)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "out.csv"
    path.write_text("the previous export\n", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportRefusedError, match="No space left on device"):
        export_acled(project, path, which=EventFilter())
    assert path.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in folder.iterdir()] == ["out.csv"]


def test_filters_by_status_coder_dates_and_country(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH, status="gold", coder="huda")
    add_event(project, STRIKE, status="submitted", coder="omar")
    add_event(project, {**CLASH, "event_date": "2021-04-01"}, status="submitted", coder="huda")
    add_event(project, {**CLASH, "event_date": "2021-03-20"}, status="draft", coder="huda")
    add_event(project, {**CLASH, "country": "Iraq", "admin1": "Ninewa"}, status="reference")

    def dates(**which: Any) -> list[str]:
        rows = export_rows(project, tmp_path / "f.csv", which=EventFilter(**which))
        return [f"{row['event_date']} {row['country']}" for row in rows]

    assert dates() == ["2021-03-15 Syria"]
    assert dates(statuses=("submitted",)) == ["2021-03-16 Syria", "2021-04-01 Syria"]
    assert dates(statuses=("submitted",), coder="omar") == ["2021-03-16 Syria"]
    all_statuses = ("gold", "submitted", "reference")
    assert dates(statuses=all_statuses, date_from=dt.date(2021, 3, 16),
                 date_to=dt.date(2021, 3, 31)) == ["2021-03-16 Syria"]  # fmt: skip
    assert dates(statuses=all_statuses, country="Iraq") == ["2021-03-15 Iraq"]


def test_draft_notes_fill_only_empty_notes_when_enabled(project: Project, tmp_path: Path) -> None:
    add_event(project, {**CLASH, "notes": ""})
    add_event(project, {**CLASH, "notes": "Coder's own words."})
    report = export_acled(project, tmp_path / "a.csv", which=EventFilter())
    assert report.written == 1
    assert [problem.message for problem in report.rejected[0].problems] == ["notes is required"]
    set_draft_notes(project, True)
    rows = export_rows(project, tmp_path / "b.csv", which=EventFilter())
    assert rows[0]["notes"] == (
        "On 15 March 2021, Military Forces of Syria (2000-) clashed with Islamic State (Syria) "
        "in Rasafa, Ar-Raqqa. 7 fatalities were reported."
    )
    assert rows[1]["notes"] == "Coder's own words."


def test_export_command_writes_to_standard_output(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    add_event(project, CLASH)
    url = project.url.render_as_string(hide_password=False)
    assert main(["export", "--db", url, "--format", "acled", "--inter", "numeric"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["interaction"] for row in rows] == ["12"]
    assert "exported 1 event(s) to standard output" in err


def test_export_command_explains_an_empty_gold_export(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_event(project, CLASH, status="submitted")
    url = project.url.render_as_string(hide_password=False)
    assert main(["export", "--db", url, "-o", str(tmp_path / "x.csv")]) == 0
    err = capsys.readouterr().err
    assert "exported 0 event(s)" in err and "no gold events yet" in err


def test_a_second_export_writes_stored_lines_until_the_event_changes(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.codebook import Codebook

    event_id = add_event(project, CLASH)
    add_event(project, STRIKE)
    checks: list[int] = []
    real_validate = Codebook.validate

    def counting_validate(self: Codebook, event: dict[str, Any]) -> Any:
        checks.append(1)
        return real_validate(self, event)

    monkeypatch.setattr(Codebook, "validate", counting_validate)
    first = export_rows(project, tmp_path / "1.csv", which=EventFilter())
    assert len(checks) == 2
    checks.clear()
    second = export_rows(project, tmp_path / "2.csv", which=EventFilter())
    assert checks == [] and second == first

    with project.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        event.fields = {**CLASH, "fatalities": 3}
    third = export_rows(project, tmp_path / "3.csv", which=EventFilter())
    assert len(checks) == 1
    assert [row["fatalities"] for row in third] == ["3", "0"]
    assert third[0]["timestamp"] >= first[0]["timestamp"]


def test_lines_checked_with_another_codebook_are_checked_again(
    project: Project, tmp_path: Path
) -> None:
    from annotator.codebook import load_codebook

    add_event(project, CLASH)
    export_rows(project, tmp_path / "1.csv", which=EventFilter())
    strict_copy = json.loads((schemas_dir() / "acled.codebook.json").read_text(encoding="utf-8"))
    for spec in strict_copy["fields"]:
        if spec["name"] == "fatalities":
            spec["max"] = 5  # a project rule: no event above 5 fatalities
    edited = tmp_path / "edited.codebook.json"
    edited.write_text(json.dumps(strict_copy), encoding="utf-8")
    report = export_acled(
        project, tmp_path / "2.csv", which=EventFilter(), codebook=load_codebook(edited)
    )
    assert report.written == 0
    assert "fatalities must be between 0 and 5" in str(report.rejected[0])


def test_ids_from_two_projects_do_not_collide(tmp_path: Path) -> None:
    from annotator.store.database import open_project

    ids = []
    for name in ("laptop-a", "laptop-b"):
        laptop = open_project(str(tmp_path / f"{name}.sqlite"))
        add_event(laptop, CLASH)  # both projects' first event: the same event number
        ids.append(export_rows(laptop, tmp_path / f"{name}.csv", which=EventFilter())[0])
        laptop.close()
    first, second = (row["event_id_cnty"] for row in ids)
    assert first.endswith("0000001") and second.endswith("0000001")
    assert first != second


def test_an_export_gets_the_permissions_of_any_new_file(project: Project, tmp_path: Path) -> None:
    add_event(project, CLASH)
    path = tmp_path / "shared.csv"
    export_acled(project, path, which=EventFilter())
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_export_reports_progress_and_a_cancelled_one_writes_nothing(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.errors import CancelledError
    from annotator.services import acled_export

    monkeypatch.setattr(acled_export, "PROGRESS_EVERY", 1)
    for day in range(1, 4):
        add_event(project, {**CLASH, "event_date": f"2021-03-{day:02d}"})
    seen: list[tuple[int, int]] = []
    report = export_acled(project, tmp_path / "all.csv", which=EventFilter(),
                          on_progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert report.written == 3
    assert seen == [(1, 3), (2, 3), (3, 3), (3, 3)]
    folder = tmp_path / "cancelled"
    folder.mkdir()
    with pytest.raises(CancelledError, match="no file was written"):
        export_acled(project, folder / "out.csv", which=EventFilter(), cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_exporting_leaves_when_each_event_last_changed(project: Project, tmp_path: Path) -> None:
    # The check an export stores is no edit: updated_at (the ACLED timestamp) stays, so a
    # second export gives the same timestamps.
    event_id = add_event(project, CLASH)
    with project.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        before = event.updated_at
    first = export_rows(project, tmp_path / "first.csv", which=EventFilter())
    with project.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert event.updated_at == before
    second = export_rows(project, tmp_path / "second.csv", which=EventFilter())
    assert [row["timestamp"] for row in first] == [row["timestamp"] for row in second]
