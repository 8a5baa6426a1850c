"""Lexicon files: the schema, the shipped lexicons, clear errors, merging project entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from annotator.bundled import resources_dir, schemas_dir
from annotator.codebook import default_codebook
from annotator.store.lexicon import LexiconItem
from annotator.store.models import LexiconEntry
from annotator.suggest.actors import ActorSuggester
from annotator.suggest.base import SuggestContext
from annotator.suggest.lexicon import (
    Lexicon,
    LexiconError,
    builtin_lexicon,
    load_lexicon,
    match_key,
    merge_records,
    split_doubts,
)

SHIPPED = ("actors.json", "sources.json")


def _schema() -> dict[str, Any]:
    return json.loads((schemas_dir() / "lexicon.schema.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: object, name: str = "my-lexicon.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _actor_file(**entry: Any) -> dict[str, Any]:
    base = {
        "name": "LaQ: Quds Brigade",
        "inter": "Political militia",
        "country": "Syria",
        "active": {"from": 2013, "to": None},
        "surfaces": {"ar": ["لواء القدس"]},
    }
    return {"kind": "actor", "version": "t1", "entries": [{**base, **entry}]}


# --------------------------------------------------------------------------- the schema


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", SHIPPED)
def test_the_shipped_lexicons_follow_the_schema(name: str) -> None:
    data = json.loads((resources_dir() / "lexicon" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema()).validate(data)
    lexicon = load_lexicon(resources_dir() / "lexicon" / name)
    assert lexicon.kind == name.removesuffix("s.json")
    assert len(lexicon.records) > 100


def test_the_schema_enums_are_the_codebook_vocabularies() -> None:
    codebook = default_codebook()
    definitions = _schema()["$defs"]
    assert (
        definitions["actor"]["properties"]["inter"]["enum"]
        == codebook.vocabulary("actor_type").values()
    )
    assert (
        definitions["source"]["properties"]["source_scale"]["enum"]
        == codebook.vocabulary("source_scale").values()
    )


def test_the_actor_lexicon_covers_the_syrian_conflict_actors() -> None:
    records = builtin_lexicon("actor").records
    names = {record.target: record.value for record in records if not record.blocked}
    expected = {
        "Military Forces of Syria (2000-)": 1,
        "Military Forces of Syria (2000-2024)": 1,
        "Military Forces of Syria (2000-) 5th Assault Corps": 1,
        "Military Forces of Syria (2000-) 4th Armored Division": 1,
        "Military Forces of Syria (2000-) 18th Armored Division": 1,
        "QDW: National Defense Forces": 3,
        "LaQ: Quds Brigade": 3,
        "Militia (Pro-Iran)": 3,
        "Militia (Pro-Government)": 3,
        "Hezbollah": 3,
        "Military Forces of Russia (2000-)": 8,
        "Military Forces of Russia (2000-) Air Force": 8,
        "Islamic State (Syria)": 2,
        "Islamic State in Iraq and the Levant (ISIL)": 2,
        "QSD: Syrian Democratic Forces": 2,
        "HTS: Hayat Tahrir al Sham": 2,
        "JWS: Syrian National Army": 2,
        "Military Forces of Turkey (2016-)": 8,
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps": 8,
        "Military Forces of Israel (2009-)": 8,
        "Global Coalition Against Daesh": 8,
        "Unidentified Armed Group (Syria)": 3,
        "Civilians (Syria)": 7,
        "Protesters (Syria)": 6,
    }
    for name, inter in expected.items():
        assert name in names, name
        assert names[name]["inter"] == inter, name
        assert names[name]["country"] == "Syria"


def test_the_regime_army_names_follow_the_publication_year() -> None:
    by_target = {
        r.target: r for r in builtin_lexicon("actor").records if r.key == match_key("قوات النظام")
    }
    assert by_target["Military Forces of Syria (2000-)"].active_in(2024)
    assert not by_target["Military Forces of Syria (2000-)"].active_in(2025)
    assert by_target["Military Forces of Syria (2000-2024)"].active_in(2025)
    assert not by_target["Military Forces of Syria (2000-2024)"].active_in(2020)


def test_the_source_lexicon_has_the_outlets_and_their_scales() -> None:
    records = builtin_lexicon("source").records
    scales = {r.target: r.value["source_scale"] for r in records if not r.blocked}
    assert scales["SANA"] == "National"
    assert scales["SOHR"] == "Other"
    assert {"Al-Khabour", "Sabikhan al-Ghad", "Sawt al-Sharqiya", "Enab Baladi"} <= set(scales)
    assert {"Euphrates Post", "Horan Free League", "Suwayda 24", "Anadolu Agency"} <= set(scales)
    assert {"Reuters", "Al Jazeera"} <= set(scales)
    allowed = set(default_codebook().vocabulary("source_scale").values())
    assert set(scales.values()) <= allowed


# --------------------------------------------------------------------------- errors


def test_invalid_json_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"kind": "actor",\n "entries": [}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken\.json is not valid JSON: .*line 2"):
        load_lexicon(path)


def test_a_schema_violation_names_the_file_the_entry_and_the_field(tmp_path: Path) -> None:
    path = _write(tmp_path, _actor_file(inter="Militia"))
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    message = str(caught.value)
    assert str(path) in message
    assert "entries[0] ('LaQ: Quds Brigade') > inter" in message
    assert "'Militia'" in message


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"kind": "actor", "entries": []}, "'version' is a required property"),
        ({"kind": "place", "version": "1", "entries": []}, "kind"),
        (_actor_file(surfaces={}), "surfaces"),
        (_actor_file(surfaces={"ar": [""]}), "surfaces"),
        (_actor_file(active={"from": 2013}), "'to' is a required property"),
        (_actor_file(colour="red"), "'colour' was unexpected"),
        (
            {
                "kind": "source",
                "version": "1",
                "entries": [
                    {
                        "name": "X",
                        "source_scale": "Local",
                        "country": None,
                        "surfaces": {"ar": ["x"]},
                    }
                ],
            },
            "source_scale",
        ),
    ],
)
def test_schema_problems_are_reported(tmp_path: Path, data: object, problem: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(LexiconError, match=r"my-lexicon\.json is not valid") as caught:
        load_lexicon(path)
    assert problem in str(caught.value)


def test_consistency_problems_are_reported(tmp_path: Path) -> None:
    backwards = _write(tmp_path, _actor_file(active={"from": 2020, "to": 2010}), "backwards.json")
    with pytest.raises(LexiconError, match=r"backwards\.json .*'from' \(2020\) is after 'to'"):
        load_lexicon(backwards)
    twice = _write(tmp_path, _actor_file(surfaces={"ar": ["لواء القدس", "لواءُ “القدس”"]}))
    with pytest.raises(LexiconError, match="listed twice"):
        load_lexicon(twice)
    short = _write(tmp_path, _actor_file(surfaces={"ar": ["ق"]}), "short.json")
    with pytest.raises(LexiconError, match=r"short\.json .*too short"):
        load_lexicon(short)


def test_a_missing_file_or_the_wrong_kind_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"Cannot read the lexicon file .*absent\.json"):
        load_lexicon(tmp_path / "absent.json")
    path = _write(tmp_path, _actor_file())
    with pytest.raises(LexiconError, match="holds actor names, not source names"):
        load_lexicon(path, kind="source")
    undecodable = tmp_path / "latin1.json"
    undecodable.write_bytes(b'{"kind": "\xe9"}')
    with pytest.raises(LexiconError, match=r"latin1\.json is not UTF-8"):
        load_lexicon(undecodable)


def test_a_custom_lexicon_file_drives_a_suggester(tmp_path: Path) -> None:
    lexicon = load_lexicon(_write(tmp_path, _actor_file()))
    suggester = ActorSuggester(lexicon=lexicon)
    assert len(suggester) == 1
    found = suggester(SuggestContext.of("عنصران من “لواء القدس”"))
    assert [(s.text, s.value) for s in found] == [
        ("لواء القدس", {"name": "LaQ: Quds Brigade", "inter": 3})
    ]


# --------------------------------------------------------------------------- merging


def test_match_keys_ignore_quotes_marks_and_spacing() -> None:
    assert match_key("تنظيم “الدولة”") == match_key("تنظيمُ  الدولة") == "تنظيم الدوله"
    assert match_key("«الدفاع الوطني»") == "الدفاع الوطني"


def test_project_entries_lower_and_add_and_other_kinds_are_ignored() -> None:
    builtin = builtin_lexicon("actor").records
    rows = [
        # What a coder's rejection leaves: the span's key, the target, an empty value.
        LexiconEntry(
            kind="actor",
            surface='تنظيم "الدولة"',
            normalized='تنظيم "الدوله"',
            target="Islamic State (Syria)",
            value={},
            origin="learned",
            confidence=0.36,
        ),
        # A coder's confirmation of a new surface.
        {
            "kind": "actor",
            "surface": "عصابات داعش",
            "target": "Islamic State (Syria)",
            "value": {"name": "Islamic State (Syria)", "inter": 2},
            "origin": "learned",
        },
        # An ACLED import: English name, inter in words.
        LexiconItem(
            "actor",
            "Hurras al Din",
            "hurras al din",
            "Hurras al Din",
            "acled-import",
            {"inter": "Rebel group", "country": "Syria"},
        ),
        # A place row is not an actor.
        LexiconItem("place", "تدمر", "تدمر", "Tadmor", "learned", {}),
    ]
    merged = {(r.key, r.target): r for r in merge_records("actor", builtin, rows)}
    lowered = merged[(match_key("تنظيم الدولة"), "Islamic State (Syria)")]
    assert lowered.confidence == pytest.approx(0.36)
    assert lowered.value["inter"] == 2 and lowered.value["active_to"] == 2024
    added = merged[(match_key("عصابات داعش"), "Islamic State (Syria)")]
    assert added.value == {**lowered.value, "name": "Islamic State (Syria)"}
    imported = merged[(match_key("Hurras al Din"), "Hurras al Din")]
    assert imported.value["inter"] == 2
    assert imported.origin == "acled-import"
    assert not any(key == "تدمر" for key, _target in merged)


def test_assoc_actors_from_imports_borrow_their_inter_code() -> None:
    rows = [
        LexiconItem(
            "actor",
            "X Brigade",
            "x brigade",
            "X Brigade",
            "acled-import",
            {"inter": "3", "country": "Syria"},
        ),
        LexiconItem(
            "actor", "X Brigades", "x brigades", "X Brigade", "acled-import", {"country": "Syria"}
        ),
        LexiconItem(
            "actor",
            "Nobody Knows",
            "nobody knows",
            "Nobody Knows",
            "acled-import",
            {"country": "Syria"},
        ),
    ]
    merged = merge_records("actor", (), rows)
    assert {(r.surface, r.value["inter"]) for r in merged} == {("X Brigade", 3), ("X Brigades", 3)}


def test_doubts_about_unknown_names_name_nothing() -> None:
    rows = [
        {
            "kind": "source",
            "surface": "شبكة “عين الفرات”",
            "target": "عين الفرات",
            "value": {},
            "confidence": 0.6,
            "origin": "learned",
        },
        {
            "kind": "source",
            "surface": "Daily Example",
            "target": "Daily Example",
            "value": {"name": "Daily Example", "source_scale": "national"},
        },
        {
            "kind": "source",
            "surface": "ملغى",
            "target": "Gone",
            "value": {"source_scale": "Other"},
            "confidence": 0,
        },
    ]
    names, doubts = split_doubts(merge_records("source", (), rows))
    assert doubts == {(match_key("شبكة عين الفرات"), "عين الفرات"): 0.6}
    assert [(r.target, r.value["source_scale"]) for r in names] == [("Daily Example", "National")]


def test_an_empty_lexicon_with_project_rows_alone() -> None:
    rows = [
        {
            "kind": "actor",
            "surface": "جيش العزة",
            "target": "Jaysh al Izza",
            "value": {"inter": 2},
        },
    ]
    suggester = ActorSuggester(rows, lexicon=Lexicon.empty("actor"))
    found = suggester(SuggestContext.of("قصف مواقع لجيش العزة"))
    assert [(s.text, s.value) for s in found] == [
        ("جيش العزة", {"name": "Jaysh al Izza", "inter": 2})
    ]


def test_ten_thousand_learned_names_are_all_found() -> None:
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    words = ["".join(letters[(n // 28**i) % 28] for i in range(3)) for n in range(10_000)]
    surfaces = [f"كتيبة {word} {word[::-1]}" for word in words]
    rows = [
        {"kind": "actor", "surface": surface, "target": f"Unit {n}", "value": {"inter": 3}}
        for n, surface in enumerate(surfaces)
    ]
    suggester = ActorSuggester(rows)  # build speed is measured in benchmarks/, not here
    assert len(suggester) > 10_000
    text = "هاجمت " + surfaces[1234] + " مواقع"
    found = suggester(SuggestContext.of(text))
    assert [s.value["name"] for s in found] == ["Unit 1234"]


def test_a_learned_weight_keeps_a_surface_s_need_for_quotation_marks() -> None:
    builtin = builtin_lexicon("source").records
    rows = [
        {
            "kind": "source",
            "surface": "السفير",
            "target": "As-Safir",
            "value": {"name": "As-Safir", "source_scale": "Regional"},
            "origin": "learned",
            "confidence": 0.7,
        }
    ]
    merged = {(r.key, r.target): r for r in merge_records("source", builtin, rows)}
    record = merged[(match_key("السفير"), "As-Safir")]
    assert record.quoted and record.confidence == pytest.approx(0.7)
