"""Reading ACLED event files: the three header layouts, dates, inter codes and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.codebook import Codebook, default_codebook
from annotator.io.acled_csv import (
    AcledLayout,
    AcledRecord,
    complete,
    current_columns,
    detect_layout,
    looks_like_acled_header,
    read_acled_csv,
)
from annotator.io.articles import Problem
from tests.conftest import shared_file

DATA = Path(__file__).resolve().parent / "data" / "acled"
CURRENT_FIXTURE = DATA / "current_bom_crlf.csv"
WORD_DATES_FIXTURE = DATA / "current_word_dates.csv"
API_2016_FIXTURE = DATA / "api_2016.csv"

EXPORT_2019_HEADER = (  # noqa: SIM905
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
    "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,timestamp,iso3"
).split(",")
API_2016_HEADER = (  # noqa: SIM905
    "actor1,actor2,admin1,admin2,admin3,ally_actor_1,ally_actor_2,country,data_id,event_date,"
    "event_id_cnty,event_id_no_cnty,event_type,fatalities,geo_precision,gwno,inter1,inter2,"
    "interaction,latitude,location,longitude,notes,source,time_precision,year"
).split(",")


@pytest.fixture
def cb() -> Codebook:
    return default_codebook()


def _read(path: Path) -> tuple[list[AcledRecord], list[Problem]]:
    records: list[AcledRecord] = []
    problems: list[Problem] = []
    for item in read_acled_csv(path):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            records.append(item)
    return records, problems


def _current_row(**cells: str) -> list[str]:
    """A valid made-up row in the current layout, with some cells replaced."""
    row = {
        "event_id_cnty": "SYR900100",
        "event_date": "2021-03-15",
        "year": "2021",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Syria (2000-2024)",
        "inter1": "State forces",
        "actor2": "Opposition Rebels (Syria)",
        "inter2": "Rebel group",
        "interaction": "State forces-Rebel group",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "location": "Testville",
        "latitude": "35.8",
        "longitude": "36.6",
        "geo_precision": "1",
        "source": "Test Wire",
        "source_scale": "National",
        "notes": "An invented event.",
        "fatalities": "0",
    }
    row.update(cells)
    return [row.get(name, "") for name in current_columns()]


def _write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    def cell(value: str) -> str:
        return f'"{value}"' if any(c in value for c in ',"\n') else value

    lines = [",".join(cell(value) for value in row) for row in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def _one_problem(path: Path) -> Problem:
    items = list(read_acled_csv(path))
    problems = [item for item in items if isinstance(item, Problem)]
    assert len(problems) == 1, items
    return problems[0]


# --------------------------------------------------------------------------- headers


def test_layouts_are_recognised_by_their_column_names() -> None:
    assert detect_layout(list(current_columns())) is AcledLayout.CURRENT
    assert detect_layout(["\ufeffevent_id_cnty", *current_columns()[1:]]) is AcledLayout.CURRENT
    population = [*current_columns(), "population_best"]
    assert detect_layout(population) is AcledLayout.CURRENT
    assert detect_layout(EXPORT_2019_HEADER) is AcledLayout.EXPORT_2019
    regional_dump = [*EXPORT_2019_HEADER[1:-1], "gwcode"]  # iso,event_id_cnty,... no data_id
    assert detect_layout(regional_dump) is AcledLayout.EXPORT_2019
    assert detect_layout(API_2016_HEADER) is AcledLayout.API_2016


def test_an_unknown_header_is_refused_naming_what_is_missing() -> None:
    almost_current = [name for name in current_columns() if name not in {"tags", "notes"}]
    with pytest.raises(ValueError, match="notes") as caught:
        detect_layout(almost_current)
    assert "tags" not in str(caught.value)  # closest layout: the 2019 export, which lacks tags
    with pytest.raises(ValueError, match="not an ACLED event header"):
        detect_layout(["id", "title", "text"])
    with pytest.raises(ValueError, match="repeats the column"):
        detect_layout([*current_columns(), "notes"])


def test_event_files_are_told_apart_from_article_files() -> None:
    assert looks_like_acled_header(list(current_columns()))
    assert looks_like_acled_header(EXPORT_2019_HEADER)
    assert looks_like_acled_header(API_2016_HEADER)
    assert looks_like_acled_header([" Event_ID_Cnty", "event_type", "actor1"])
    assert not looks_like_acled_header(["id", "title", "text", "url", "published"])
    assert not looks_like_acled_header([])


# --------------------------------------------------------------------------- real rows


def test_real_2020_syria_export_reads_and_validates(cb: Codebook) -> None:
    sample = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    records, problems = _read(sample)
    assert problems == []
    assert len(records) == 313
    assert {record.layout for record in records} == {AcledLayout.EXPORT_2019}
    failures = [
        f"{record.where}: {message.message}"
        for record in records
        for message in cb.validate(complete(record.event, cb))
    ]
    assert failures == []
    first = records[0]
    assert first.where == f"{sample}:2"
    assert set(first.event) == set(cb.columns)
    expected = {
        "event_id_cnty": "SYR78126",
        "event_date": "2020-05-09",
        "inter1": "External/Other forces",
        "inter2": "External/Other forces",
        "interaction": "External/Other forces-External/Other forces",
        "admin1": "Deir-ez-Zor",
        "latitude": "34.4546",
        "disorder_type": "",
        "tags": "",
    }
    assert {name: first.event[name] for name in expected} == expected
    assert first.original["data_id"] == "7083555"
    assert first.original["event_date"] == "9-May-20"
    assert "data_id" not in first.event and "iso3" not in first.event
    assert complete(first.event, cb)["disorder_type"] == "Political violence"


def test_complete_fills_blank_derived_fields_only(cb: Codebook) -> None:
    sample = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    records, _ = _read(sample)
    vac = next(r for r in records if r.event["event_type"] == "Violence against civilians")
    completed = complete(vac.event, cb)
    assert completed["civilian_targeting"] == "Civilian targeting"
    assert completed["disorder_type"] == "Political violence"
    given = dict(vac.event, interaction="State forces only", iso="999")
    kept = complete(given, cb)
    assert kept["interaction"] == "State forces only"  # the file's value, even when wrong
    assert kept["iso"] == "999"
    assert vac.event["disorder_type"] == ""  # the record itself is left alone


# --------------------------------------------------------------------------- current layout


def test_current_layout_with_bom_and_crlf_reads_like_a_plain_copy(
    tmp_path: Path, cb: Codebook
) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_bytes(
        CURRENT_FIXTURE.read_bytes().removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    )
    with_bom, bom_problems = _read(CURRENT_FIXTURE)
    without, plain_problems = _read(plain)
    assert bom_problems == plain_problems == []
    assert len(with_bom) == 4
    assert [r.event for r in with_bom] == [r.event for r in without]
    assert [r.original for r in with_bom] == [r.original for r in without]
    assert [r.where.rsplit(":", 1)[1] for r in with_bom] == ["2", "4", "5", "6"]
    assert with_bom[0].original["event_id_cnty"] == "SYR900001"  # the BOM is not in the name
    assert str(with_bom[0].event["notes"]).endswith("tests.\nA second line of the note.")
    for record in with_bom:
        assert record.layout is AcledLayout.CURRENT
        assert cb.validate(complete(record.event, cb)) == []


def test_current_layout_values(cb: Codebook) -> None:
    records, _ = _read(CURRENT_FIXTURE)
    clash, _vac, protest, numeric = records
    assert clash.event["fatalities"] == "2"  # spaces stripped from numbers
    assert clash.original["fatalities"] == " 2"
    assert protest.event["inter2"] == ""
    assert protest.event["tags"] == "crowd size=no report"
    # the transitional 2022-2023 form: the 31 columns with numeric inter codes
    assert numeric.original["inter1"] == "1"
    assert numeric.event["inter1"] == "State forces"
    assert numeric.event["inter2"] == ""
    assert numeric.event["interaction"] == "State forces only"
    assert numeric.event["timestamp"] == "1616000003"


def test_dates_written_in_words_read_like_iso_dates() -> None:
    iso, _ = _read(CURRENT_FIXTURE)
    words, problems = _read(WORD_DATES_FIXTURE)
    assert problems == []
    assert [r.original["event_date"] for r in words][:2] == ["15 March 2021", "16 Mar 2021"]
    assert [r.event["event_date"] for r in words] == [r.event["event_date"] for r in iso]
    assert [r.event for r in words] == [r.event for r in iso]


def test_old_actor_type_labels_and_codes_become_current_words(tmp_path: Path) -> None:
    rows = [
        list(current_columns()),
        _current_row(inter1="State Forces", inter2="Rebel Forces", interaction="12"),
        _current_row(
            inter1="identity (communal) militias", inter2="STATE FORCES", interaction=" 14"
        ),
        _current_row(inter1="2", inter2="1", interaction="state forces-rebel group"),
    ]
    records, problems = _read(_write_csv(tmp_path / "labels.csv", rows))
    assert problems == []
    pairs = [(r.event["inter1"], r.event["inter2"], r.event["interaction"]) for r in records]
    assert pairs == [
        ("State forces", "Rebel group", "State forces-Rebel group"),
        ("Identity militia", "State forces", "State forces-Identity militia"),
        ("Rebel group", "State forces", "State forces-Rebel group"),
    ]


# --------------------------------------------------------------------------- 2016 API layout


def test_2016_api_layout_maps_ally_actors_and_old_event_types(cb: Codebook) -> None:
    records, problems = _read(API_2016_FIXTURE)
    assert problems == []
    assert {r.layout for r in records} == {AcledLayout.API_2016}
    types = {
        r.original["event_type"]: (r.event["event_type"], r.event["sub_event_type"])
        for r in records
    }
    assert types == {
        "Battle-No change of territory": ("Battles", "Armed clash"),
        "Battle-Government regains territory": ("Battles", "Government regains territory"),
        "Battle-Non-state actor overtakes territory": (
            "Battles",
            "Non-state actor overtakes territory",
        ),
        "Violence against civilians": ("Violence against civilians", ""),
        "Remote violence": ("Explosions/Remote violence", ""),
        "Riots/Protests": ("", ""),
        "Strategic development": ("Strategic developments", ""),
        "Non-violent transfer of territory": (
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        "Headquarters or base established": (
            "Strategic developments",
            "Headquarters or base established",
        ),
    }
    first = records[0]
    assert first.event["assoc_actor_1"] == "Militia (Pro-Government)"
    assert first.event["assoc_actor_2"] == "Islamist Militia (Syria)"
    assert first.event["iso"] == ""  # gwno is a different numbering, not ISO
    assert first.original["gwno"] == "652"
    assert first.event["inter1"] == "State forces"
    assert first.event["interaction"] == "State forces-Rebel group"
    assert set(first.event) == set(cb.columns)
    completed = complete(first.event, cb)
    assert (completed["iso"], completed["region"]) == ("760", "Middle East")
    assert completed["disorder_type"] == "Political violence"


# --------------------------------------------------------------------------- bad input


def test_an_arabic_windows_encoding_is_reported_with_file_and_line(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row(), _current_row(notes="اشتباكات في ريف إدلب")]
    path = _write_csv(tmp_path / "cp1256.csv", rows, encoding="cp1256")
    items = list(read_acled_csv(path))
    assert isinstance(items[0], AcledRecord)
    problem = items[-1]
    assert isinstance(problem, Problem)
    assert problem.where == f"{path}:3"
    assert problem.message.startswith("not UTF-8 text")
    assert "the rest of the file was not read" in problem.message


def test_a_binary_file_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    problem = _one_problem(path)
    assert problem.where == f"{path}:3"  # the first NUL byte is on the third line
    assert "binary" in problem.message


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("31/02/2021", "'31/02/2021' is not a date in a form ACLED uses"),
        ("2021-02-31", "'2021-02-31' is not a real date"),
        ("15 Sept 2021", "'15 Sept 2021' is not a date"),
        ("09/05/2020", "'09/05/2020' is not a date"),
    ],
)
def test_a_bad_date_names_the_line_and_the_value(tmp_path: Path, date: str, message: str) -> None:
    rows = [list(current_columns()), _current_row(), _current_row(event_date=date), _current_row()]
    path = _write_csv(tmp_path / "dates.csv", rows)
    records, problems = _read(path)
    assert len(records) == 2
    assert [(p.where, message in p.message) for p in problems] == [(f"{path}:3", True)]


def test_two_digit_years_are_this_century(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row(event_date="9-May-20")]
    records, _ = _read(_write_csv(tmp_path / "short.csv", rows))
    assert records[0].event["event_date"] == "2020-05-09"


def test_an_unknown_inter_code_is_a_problem(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row(inter1="9"), _current_row(interaction="21")]
    path = _write_csv(tmp_path / "codes.csv", rows)
    _, problems = _read(path)
    assert [p.where for p in problems] == [f"{path}:2", f"{path}:3"]
    assert "inter1 '9'" in problems[0].message
    assert "interaction '21'" in problems[1].message


def test_a_row_with_the_wrong_number_of_cells_is_a_problem(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row()[:-1], _current_row(), [*_current_row(), "x"]]
    path = _write_csv(tmp_path / "cells.csv", rows)
    records, problems = _read(path)
    assert len(records) == 1
    assert [p.where for p in problems] == [f"{path}:2", f"{path}:4"]
    assert problems[0].message == "has 30 cells, but the header names 31 columns"


def test_empty_records_are_skipped_silently(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row(), [""] * 5, [""] * 31, _current_row()]
    path = _write_csv(tmp_path / "gaps.csv", rows)
    records, problems = _read(path)
    assert problems == []
    assert [r.where for r in records] == [f"{path}:2", f"{path}:5"]


def test_a_header_that_is_not_acled_is_one_problem_for_the_file(tmp_path: Path) -> None:
    rows = [["id", "title", "text"], ["1", "A title", "Some text"], ["2", "B", "More"]]
    path = _write_csv(tmp_path / "articles.csv", rows)
    problem = _one_problem(path)
    assert problem.where == f"{path}:1"
    assert "not an ACLED event header" in problem.message
    assert len(list(read_acled_csv(path))) == 1


def test_an_empty_or_missing_file_is_one_problem(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _one_problem(empty).message == "the file is empty"
    assert "cannot be read" in _one_problem(tmp_path / "missing.csv").message


def test_reading_is_streamed(tmp_path: Path) -> None:
    rows = [list(current_columns()), _current_row(), [b"\xff".decode("latin-1")]]
    path = _write_csv(tmp_path / "late.csv", rows, encoding="latin-1")
    items = read_acled_csv(path)
    assert isinstance(next(items), AcledRecord)  # before the broken line is reached
    assert isinstance(next(items), Problem)
