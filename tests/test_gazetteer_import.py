"""Gazetteer import: OCHA admin tables, GeoNames dumps and alternate names, all or nothing."""

from __future__ import annotations

import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from annotator.errors import ImportRefusedError
from annotator.io.gazetteer_import import (
    GazetteerLayout,
    detect_layout,
    import_gazetteer,
    project_places,
    read_alternate_names,
    read_geonames,
    read_ocha_admin,
    strip_arabic_prefix,
)
from annotator.store.database import Project
from annotator.store.lexicon import LexiconItem, count_entries
from annotator.suggest.base import SuggestContext
from annotator.suggest.gazetteer import build_gazetteer
from annotator.suggest.locations import LocationSuggester
from tests.conftest import shared_file

DATA = Path(__file__).parent / "data" / "gazetteer"
OCHA = DATA / "ocha_admin.csv"
GEONAMES = DATA / "SY_sample.txt"
ALTERNATES = DATA / "alternateNamesV2_sample.txt"


def _places(items: list[LexiconItem]) -> dict[str, dict[str, object]]:
    """target -> value, one per place."""
    return {item.target: item.value for item in items}


def _by_surface(items: list[LexiconItem]) -> dict[str, dict[str, object]]:
    return {item.surface: item.value for item in items}


def test_layouts_are_recognised() -> None:
    assert detect_layout(OCHA) is GazetteerLayout.OCHA_ADMIN
    assert detect_layout(GEONAMES) is GazetteerLayout.GEONAMES
    assert detect_layout(ALTERNATES) is GazetteerLayout.ALTERNATE_NAMES


def test_arabic_prefixes_are_stripped() -> None:
    assert strip_arabic_prefix("ناحية مركز الحسكة") == "الحسكة"
    assert strip_arabic_prefix("محافظة  ريف دمشق") == "ريف دمشق"
    assert strip_arabic_prefix("مركزها السقيلبية") == "مركزها السقيلبية"
    assert strip_arabic_prefix("مركز") == "مركز"


def test_ocha_rows_become_places_with_acled_spellings() -> None:
    items = read_ocha_admin(OCHA)
    places = _places(items)
    assert Counter(v["level"] for v in places.values()) == {
        "admin1": 2,
        "admin2": 3,
        "admin3": 5,
    }
    by_surface = _by_surface(items)
    # Raqqa -> Ar-Raqqa, Ar-Raqqah -> Ar-Raqqa, Al-Thawrah -> Ath-Thawrah, Tadmur -> Tadmor
    assert {v["admin1"] for v in places.values()} == {"Ar-Raqqa", "Homs"}
    assert {v["admin2"] for v in places.values() if v["level"] != "admin1"} == {
        "Ar-Raqqa",
        "Ath-Thawrah",
        "Tadmor",
    }
    mansura = by_surface["المنصورة"]
    assert (mansura["location"], mansura["admin2"], mansura["admin3"]) == (
        "Mansura",
        "Ath-Thawrah",
        "Mansura",
    )
    assert by_surface["أبو هريرة"] == mansura  # aliases are kept, prefixes stripped
    assert by_surface["معدان عتيق"]["admin3"] == "Maadan"  # ; separates aliases too
    assert "ناحية معدان" not in by_surface and "مركز الرقة" not in by_surface
    tadmor = [i for i in items if i.surface == "تدمر" and i.value["level"] == "admin3"]
    assert tadmor[0].value["location"] == "Tadmor"
    assert (tadmor[0].value["latitude"], tadmor[0].value["geo_precision"]) == (34.2897, 2)
    governorate = next(i for i in items if i.value["pcode"] == "SY11")
    assert (governorate.value["feature"], governorate.value["geo_precision"]) == (
        "governorate",
        3,
    )
    assert all(i.kind == "place" and i.origin == "imported:ocha_admin.csv" for i in items)
    assert all(i.value["country"] == "Syria" for i in items)


def test_the_real_ocha_table() -> None:
    path = shared_file("reference", "gazetteer", "syria_admin1-3_ocha.csv")
    items = read_ocha_admin(path)
    places = _places(items)
    assert Counter(v["level"] for v in places.values()) == {
        "admin1": 14,
        "admin2": 62,
        "admin3": 272,
    }
    admin1 = {v["admin1"] for v in places.values()}
    assert admin1 == {
        "Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a", "Deir-ez-Zor",
        "Hama", "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous",
    }  # fmt: skip
    admin2 = {(v["admin1"], v["admin2"]) for v in places.values() if v["level"] == "admin2"}
    assert {
        ("Homs", "Tadmor"),
        ("Ar-Raqqa", "Ath-Thawrah"),
        ("Ar-Raqqa", "Tell Abiad"),
        ("Idleb", "Jisr-Ash-Shugur"),
        ("Idleb", "Al Ma'ra"),
        ("Deir-ez-Zor", "Abu Kamal"),
        ("Aleppo", "Jebel Saman"),
        ("Rural Damascus", "Rural Damascus"),
        ("Al-Hasakeh", "Quamishli"),
    } <= admin2
    by_surface = _by_surface(items)
    assert by_surface["الهول"]["admin3"] == "Hole"
    assert by_surface["الشدادي"]["admin3"] == "Shadadah"  # from ناحية مركز الشدادي
    assert not [s for s in by_surface if s.startswith(("ناحية ", "مركز ", "منطقة "))]


def test_importing_stores_places_once(project: Project) -> None:
    report = import_gazetteer(project, OCHA)
    assert report.files == [("ocha_admin.csv", "ocha-admin")]
    assert report.places == 10
    assert report.added == report.names > 10
    again = import_gazetteer(project, OCHA)
    assert again.added == 0
    with project.session() as session:
        assert count_entries(session, "place", "imported:ocha_admin.csv") == report.added


def test_imported_subdistricts_reach_the_suggester(project: Project) -> None:
    import_gazetteer(project, OCHA)
    suggester = LocationSuggester(build_gazetteer(lexicon=project_places(project)))
    [found] = suggester.suggest(SuggestContext.of("في ناحية المنصورة"))
    assert (found.value["name"], found.value["feature"], found.value["geo_precision"]) == (
        "Mansura",
        "subdistrict",
        2,
    )
    assert found.value["source"] == "imported:ocha_admin.csv"
    [found] = suggester.suggest(SuggestContext.of("قرب أبو هريرة"))
    assert found.value["admin2"] == "Ath-Thawrah"


def test_malformed_rows_refuse_the_import_naming_file_and_line(
    project: Project, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    lines = OCHA.read_text(encoding="utf-8").splitlines()
    lines[3] = "admin2,SY1101,SY11,Ar-Raqqah,الرقة,,north,39.0471,,"
    lines[6] = "admin4,SY110103,SY1101,Maadan,معدان,,35.7,39.5,,"
    lines.append("admin3,SY999901,SY9999,Nowhere,مكان,,35,39,,")
    lines.append("admin3,SY110104,SY1101,Nameless,,,35,39,,")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_gazetteer(project, bad)
    message = str(refused.value)
    assert "bad.csv:4: lat 'north' is not a number" in message
    assert "bad.csv:7: level 'admin4' is not admin1, admin2 or admin3" in message
    assert "bad.csv:12: parent SY9999 is not in the file" in message
    assert "bad.csv:13: no Arabic name" in message
    with project.session() as session:
        assert count_entries(session, "place") == 0


def test_a_wrong_encoding_is_refused(project: Project, tmp_path: Path) -> None:
    legacy = tmp_path / "cp1256.csv"
    legacy.write_bytes(OCHA.read_text(encoding="utf-8").encode("cp1256"))
    with pytest.raises(ImportRefusedError, match=r"cp1256\.csv:2: .*Windows-1256"):
        import_gazetteer(project, legacy)
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(OCHA.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(ImportRefusedError, match=r"utf16\.csv:1: UTF-16"):
        import_gazetteer(project, utf16)
    with project.session() as session:
        assert count_entries(session, "place") == 0


def test_an_unknown_layout_or_empty_file_is_refused(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "events.csv"
    other.write_text("event_id_cnty,event_date\nSYR1,2020-01-01\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError, match=r"events\.csv:1: unknown layout"):
        import_gazetteer(project, other)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError, match="empty"):
        import_gazetteer(project, empty)
    with pytest.raises(ImportRefusedError, match="no such file"):
        import_gazetteer(project, tmp_path / "missing.txt")


def test_geonames_rows_become_places() -> None:
    items = read_geonames(GEONAMES)
    places = _places(items)
    assert len(places) == 5  # the country (PCLI) and the forest (class V) are left out
    by_surface = _by_surface(items)
    tadmur = by_surface["تدمر"]
    assert (tadmur["location"], tadmur["admin1"], tadmur["feature"]) == ("Tadmur", "Homs", "town")
    assert (tadmur["geonames_id"], tadmur["population"], tadmur["geo_precision"]) == (
        163808,
        51015,
        1,
    )
    assert by_surface["Tadmur"] == tadmur  # the primary name is kept for later additions
    assert by_surface["الرقة"]["feature"] == "city"
    assert by_surface["محافظة الرقة"]["location"] == "Ar-Raqqa"
    assert by_surface["محافظة الرقة"]["geo_precision"] == 3
    assert by_surface["المحطة الثالثة"]["feature"] == "site"
    assert "الرصافة" not in by_surface  # its Arabic name is in the alternate-names file
    with_names = _by_surface(read_geonames(GEONAMES, arabic_names={9000001: ["الرصافة"]}))
    assert with_names["الرصافة"]["location"] == "Ar Rusafah"
    only_towns = _places(read_geonames(GEONAMES, feature_classes={"P"}))
    assert len(only_towns) == 3


def test_alternate_names_keep_arabic_and_drop_historic_names() -> None:
    names = read_alternate_names(ALTERNATES)
    assert names == {
        9000001: ["الرصافة"],
        172955: ["الرقّة"],
        163808: ["مدينة تدمر"],
        7777777: ["مكان بعيد"],
    }
    assert read_alternate_names(ALTERNATES, geonameids={163808}) == {163808: ["مدينة تدمر"]}


def test_a_folder_or_zip_imports_dump_and_alternate_names_together(
    project: Project, tmp_path: Path
) -> None:
    folder = tmp_path / "geonames"
    folder.mkdir()
    shutil.copy(GEONAMES, folder / "SY.txt")
    shutil.copy(ALTERNATES, folder / "alternateNamesV2.txt")
    (folder / "readme.txt").write_text("GeoNames readme", encoding="utf-8")
    report = import_gazetteer(project, folder)
    assert sorted(layout for _, layout in report.files) == [
        "geonames",
        "geonames-alternate-names",
    ]
    assert (report.places, report.skipped) == (5, 2)
    surfaces = {i.surface for i in project_places(project)}
    assert {"الرصافة", "مدينة تدمر", "تدمر", "الرقة"} <= surfaces
    # الرقّة is الرقة once normalised: the same entry. مكان بعيد is no place of the dump.
    assert not {"الرقّة", "مكان بعيد"} & surfaces

    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(GEONAMES, "SY.txt")
        zipped.write(ALTERNATES, "alternateNamesV2.txt")
        zipped.writestr("readme.txt", "GeoNames readme")
    zipped_report = import_gazetteer(project, archive)
    assert zipped_report.places == 5
    assert zipped_report.added == report.added  # same places, another origin


def test_alternate_names_alone_extend_imported_places(project: Project) -> None:
    with pytest.raises(ImportRefusedError, match="import the GeoNames country file"):
        import_gazetteer(project, ALTERNATES)
    import_gazetteer(project, GEONAMES)
    report = import_gazetteer(project, ALTERNATES)
    # الرصافة and مدينة تدمر; الرقّة is the known الرقة, مكان بعيد is no imported place.
    assert report.added == 2
    rasafa = [i for i in project_places(project) if i.surface == "الرصافة"]
    assert rasafa[0].origin == "imported:SY_sample.txt"
    assert rasafa[0].value["geonames_id"] == 9000001
    suggester = LocationSuggester(build_gazetteer(lexicon=project_places(project)))
    [found] = suggester.suggest(SuggestContext.of("معارك قرب مخفر مدينة تدمر"))
    assert found.value["admin1"] == "Homs"


def test_malformed_geonames_rows_are_refused(project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "SY.txt"
    lines = GEONAMES.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split("\t")
    cells[4] = "95.5"
    lines[1] = "\t".join(cells)
    lines[2] = lines[2].replace("\tPPL\t", "\tPPL\textra\t")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_gazetteer(project, bad)
    assert "SY.txt:2: latitude 95.5 is out of range" in str(refused.value)
    assert "SY.txt:3: has 20 tab-separated columns, not 19" in str(refused.value)
    with project.session() as session:
        assert count_entries(session, "place") == 0


def test_geonames_alternate_names_that_are_ordinary_words_are_left_out() -> None:
    extra = {163808: ["مدينة تدمر", "إلى", "فإن", "عليه", "مايو", "حماه", "قطنا"]}
    surfaces = set(_by_surface(read_geonames(GEONAMES, arabic_names=extra)))
    assert {"تدمر", "مدينة تدمر"} <= surfaces
    assert not {"إلى", "فإن", "عليه", "مايو"} & surfaces
    # Names that only look like a word with a pronoun are kept (حما + ه, قط + نا).
    assert {"حماه", "قطنا"} <= surfaces


def test_the_cli_leaves_out_geonames_names_that_are_ordinary_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.cli import main
    from annotator.store.database import open_project

    folder = tmp_path / "geonames"
    folder.mkdir()
    shutil.copy(GEONAMES, folder / "SY.txt")
    # Alternate names of Tadmur that are words: إلى, فإن, مايو; and one that is a name.
    extra = [("8", "إلى"), ("9", "فإن"), ("10", "مايو"), ("11", "تدمر الأثرية")]
    lines = ALTERNATES.read_text(encoding="utf-8")
    lines += "".join(f"{n}\t163808\tar\t{name}" + "\t" * 6 + "\n" for n, name in extra)
    (folder / "alternateNamesV2.txt").write_text(lines, encoding="utf-8")
    db = tmp_path / "p.sqlite"
    assert main(["--db", str(db), "gazetteer", "import", str(folder)]) == 0
    assert "imported 5 place(s)" in capsys.readouterr().out
    project = open_project(f"sqlite:///{db}")
    try:
        surfaces = {item.surface for item in project_places(project)}
    finally:
        project.close()
    assert {"تدمر", "مدينة تدمر", "تدمر الأثرية"} <= surfaces
    assert not {"إلى", "فإن", "مايو"} & surfaces
