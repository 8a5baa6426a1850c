"""The codebook: ACLED vocabularies as data, generic rules, derivations, malformed files."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.bundled import schemas_dir
from annotator.codebook import (
    Codebook,
    CodebookError,
    FieldMessage,
    default_codebook,
    load_codebook,
)

TESTS_DIR = Path(__file__).resolve().parents[1]
TINY = TESTS_DIR / "data" / "tiny.codebook.json"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SYRIA_SAMPLE = SHARED / "reference" / "acled" / "syria_2020_export_sample.csv"

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

VAC = "Violence against civilians"

# A made-up violence-against-civilians event, with its derived fields blank.
RAW_VAC: dict[str, object] = {
    "event_id_cnty": "SYR90001",
    "event_date": "2024-03-05",
    "year": "",
    "time_precision": "1",
    "disorder_type": "",
    "event_type": VAC,
    "sub_event_type": "Attack",
    "actor1": "Unidentified Armed Group (Syria)",
    "assoc_actor_1": "",
    "inter1": "Political militia",
    "actor2": "Civilians (Syria)",
    "assoc_actor_2": "Women (Syria)",
    "inter2": "Civilians",
    "interaction": "",
    "civilian_targeting": "",
    "iso": "",
    "region": "",
    "country": "Syria",
    "admin1": "Hama",
    "admin2": "Hama",
    "admin3": "Hama",
    "location": "Hama",
    "latitude": "35.1318",
    "longitude": "36.7578",
    "geo_precision": "1",
    "source": "Source A; Source B",
    "source_scale": "Local partner-New media",
    "notes": "On 5 March 2024, gunmen shot a woman in Hama city.",
    "fatalities": "1",
    "tags": "",
    "timestamp": "1709900000",
}

# A made-up one-sided shelling event.
RAW_SHELLING: dict[str, object] = {
    **RAW_VAC,
    "event_id_cnty": "SYR90002",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Shelling/artillery/missile attack",
    "actor1": "Military Forces of Syria (2000-2024)",
    "inter1": "State forces",
    "actor2": "",
    "assoc_actor_2": "",
    "inter2": "",
    "notes": "On 5 March 2024, regime forces shelled the outskirts of Hama.",
    "fatalities": "0",
}


@pytest.fixture(scope="module")
def cb() -> Codebook:
    return default_codebook()


@pytest.fixture(scope="module")
def tiny() -> Codebook:
    return load_codebook(TINY)


def good_vac(cb: Codebook) -> dict[str, object]:
    return cb.derive(RAW_VAC)


def good_shelling(cb: Codebook) -> dict[str, object]:
    return cb.derive(RAW_SHELLING)


# --------------------------------------------------------------------------- the ACLED data


def test_default_codebook_identity_and_columns(cb: Codebook) -> None:
    assert cb.id == "acled"
    assert cb.version
    assert list(cb.columns) == ACLED_COLUMNS
    assert [f.name for f in cb.fields] == ACLED_COLUMNS
    assert default_codebook() is cb
    assert cb.field("fatalities").type == "integer"
    assert cb.field("fatalities").min == 0
    assert cb.field("sub_event_type").parent == "event_type"
    assert {f.name for f in cb.fields if f.derived} == {
        "year",
        "disorder_type",
        "interaction",
        "civilian_targeting",
        "iso",
        "region",
    }
    for spec in cb.fields:
        assert spec.label and spec.description, spec.name


def test_default_codebook_is_valid_against_the_schema_file() -> None:
    assert load_codebook(schemas_dir() / "acled.codebook.json").columns == tuple(ACLED_COLUMNS)


def test_event_hierarchy(cb: Codebook) -> None:
    assert cb.choices("event_type") == [
        "Battles",
        "Protests",
        "Riots",
        "Explosions/Remote violence",
        VAC,
        "Strategic developments",
    ]
    assert len(cb.choices("sub_event_type")) == 25
    assert cb.choices("sub_event_type", "Battles") == [
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ]
    assert cb.choices("sub_event_type", VAC) == [
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ]
    assert len(cb.choices("sub_event_type", "Strategic developments")) == 8
    assert cb.choices("disorder_type") == [
        "Political violence",
        "Demonstrations",
        "Strategic developments",
    ]
    assert cb.choices("actor1") == []


def test_actor_types_and_interactions(cb: Codebook) -> None:
    actor_types = cb.vocabulary("actor_type")
    assert [(i.code, i.value) for i in actor_types.items] == [
        (1, "State forces"),
        (2, "Rebel group"),
        (3, "Political militia"),
        (4, "Identity militia"),
        (5, "Rioters"),
        (6, "Protesters"),
        (7, "Civilians"),
        (8, "External/Other forces"),
    ]
    assert actor_types.value_for_code(7) == "Civilians"
    assert actor_types.code_for("External/Other forces") == 8
    interaction = cb.vocabulary("interaction")
    codes = {i.code for i in interaction.items}
    expected = {10 * i for i in range(1, 9)} | {
        10 * i + j for i in range(1, 9) for j in range(i, 9)
    }
    assert len(interaction.items) == 44
    assert codes == expected
    assert interaction.value_for_code(17) == "State forces-Civilians"
    assert interaction.value_for_code(20) == "Rebel group only"
    assert interaction.value_for_code(78) == "External/Other forces-Civilians"
    assert interaction.by_code(32) is None
    with pytest.raises(KeyError):
        interaction.value_for_code(21)


def test_scales_flags_and_countries(cb: Codebook) -> None:
    assert cb.choices("time_precision") == ["1", "2", "3"]
    assert cb.choices("geo_precision") == ["1", "2", "3"]
    assert all(i.description for i in cb.vocabulary("geo_precision").items)
    assert cb.choices("source_scale") == [
        "Local partner",
        "Subnational",
        "National",
        "Regional",
        "International",
        "New media",
        "Other",
    ]
    assert cb.choices("civilian_targeting") == ["Civilian targeting"]
    regions = cb.vocabulary("region")
    assert regions.code_for("Middle East") == 11
    assert regions.code_for("Northern Africa") == 5
    countries = cb.vocabulary("country")
    by_region: dict[str, set[str]] = {}
    for item in countries.items:
        assert item.data["region"] in regions.values(), item.value
        assert isinstance(item.data["iso"], int)
        assert isinstance(item.data["iso3"], str)
        assert len(item.data["iso3"]) == 3
        by_region.setdefault(str(item.data["region"]), set()).add(item.value)
    assert {
        "Bahrain",
        "Iran",
        "Iraq",
        "Israel",
        "Jordan",
        "Kuwait",
        "Lebanon",
        "Oman",
        "Palestine",
        "Qatar",
        "Saudi Arabia",
        "Syria",
        "Turkey",
        "United Arab Emirates",
        "Yemen",
    } <= by_region["Middle East"]
    assert {"Algeria", "Egypt", "Libya", "Morocco", "Tunisia"} <= by_region["Northern Africa"]
    syria = countries.item("Syria")
    assert syria is not None
    assert dict(syria.data) == {"iso": 760, "iso3": "SYR", "region": "Middle East"}
    seen_isos = {"Iraq": 368, "Lebanon": 422, "Turkey": 792, "Iran": 364, "Israel": 376}
    seen_isos |= {"Palestine": 275, "Yemen": 887, "Saudi Arabia": 682}
    for name, iso in seen_isos.items():
        found = countries.item(name)
        assert found is not None and found.data["iso"] == iso, name


# --------------------------------------------------------------------------- derive()


def test_derive_fills_derived_fields(cb: Codebook) -> None:
    event = good_vac(cb)
    assert event["interaction"] == "Political militia-Civilians"
    assert event["disorder_type"] == "Political violence"
    assert event["year"] == 2024
    assert event["iso"] == 760
    assert event["region"] == "Middle East"
    assert event["civilian_targeting"] == "Civilian targeting"
    assert RAW_VAC["interaction"] == ""  # the input is not changed
    shelling = good_shelling(cb)
    assert shelling["interaction"] == "State forces only"
    assert shelling["civilian_targeting"] == ""


@pytest.mark.parametrize(
    ("inter1", "inter2", "text", "code"),
    [
        ("State forces", "Civilians", "State forces-Civilians", 17),
        ("Civilians", "State forces", "State forces-Civilians", 17),
        ("Rebel group", "", "Rebel group only", 20),
        ("External/Other forces", None, "External/Other forces only", 80),
        (
            "External/Other forces",
            "External/Other forces",
            "External/Other forces-External/Other forces",
            88,
        ),
        ("Protesters", "Rioters", "Rioters-Protesters", 56),
        ("7", "8", "External/Other forces-Civilians", 78),
        ("Civilians", "Civilians", "Civilians-Civilians", 77),
    ],
)
def test_derive_interaction(
    cb: Codebook, inter1: str, inter2: str | None, text: str, code: int
) -> None:
    derived = cb.derive({"inter1": inter1, "inter2": inter2})
    assert derived["interaction"] == text
    assert cb.vocabulary("interaction").code_for(text) == code


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "disorder"),
    [
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Strategic developments", "Other", "Strategic developments"),
        ("Battles", "Armed clash", "Political violence"),
    ],
)
def test_derive_disorder_type(
    cb: Codebook, event_type: str, sub_event_type: str, disorder: str
) -> None:
    derived = cb.derive({"event_type": event_type, "sub_event_type": sub_event_type})
    assert derived["disorder_type"] == disorder


def test_derive_leaves_what_it_cannot_compute(cb: Codebook) -> None:
    event = {"event_type": "Battles", "event_date": "not a date", "civilian_targeting": "x"}
    derived = cb.derive(event)
    assert derived == event
    derived = cb.derive({"event_type": "Riots", "civilian_targeting": "Civilian targeting"})
    assert derived["civilian_targeting"] == "Civilian targeting"  # set by the coder, kept


def test_derive_overwrites_a_wrong_derived_value(cb: Codebook) -> None:
    event = {**good_vac(cb), "year": 1999, "interaction": "State forces only"}
    derived = cb.derive(event)
    assert derived["year"] == 2024
    assert derived["interaction"] == "Political militia-Civilians"


# --------------------------------------------------------------------------- validate()


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="as derived"),
        pytest.param({"fatalities": 3}, id="fatalities int"),
        pytest.param({"fatalities": "0"}, id="fatalities zero text"),
        pytest.param({"fatalities": " 12 "}, id="fatalities with spaces"),
        pytest.param({"fatalities": "7.0"}, id="fatalities spreadsheet float"),
        pytest.param({"interaction": "37"}, id="interaction numeric form"),
        pytest.param({"interaction": 37}, id="interaction numeric int"),
        pytest.param({"year": "2024", "iso": "760"}, id="numeric text derived values"),
        pytest.param({"latitude": 35.1, "longitude": -0.5}, id="coordinates as float"),
        pytest.param({"event_date": dt.date(2024, 3, 5)}, id="date object"),
        pytest.param({"event_id_cnty": ""}, id="no event id yet"),
        pytest.param({"assoc_actor_1": "A; B", "tags": "crowd size=no report"}, id="lists"),
        pytest.param({"source_scale": "Other"}, id="one source scale"),
        pytest.param({"disorder_type": "Political violence;"}, id="list with empty part"),
    ],
)
def test_good_vac_event_has_no_messages(cb: Codebook, changes: dict[str, object]) -> None:
    assert cb.validate({**good_vac(cb), **changes}) == []


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(RAW_SHELLING, id="one-sided shelling"),
        pytest.param(
            {
                **RAW_SHELLING,
                "event_type": "Protests",
                "sub_event_type": "Excessive force against protesters",
                "actor1": "Military Forces of Syria (2000-2024)",
                "actor2": "Protesters (Syria)",
                "inter2": "Protesters",
            },
            id="excessive force",
        ),
        pytest.param(
            {
                **RAW_SHELLING,
                "event_type": "Riots",
                "sub_event_type": "Mob violence",
                "actor1": "Rioters (Syria)",
                "inter1": "Rioters",
                "civilian_targeting": "Civilian targeting",
            },
            id="riot targeting civilians",
        ),
    ],
)
def test_other_good_events_have_no_messages(cb: Codebook, event: dict[str, object]) -> None:
    assert cb.validate(cb.derive(event)) == []


def _bad(base: str, changes: dict[str, object], field: str, message: str) -> Any:
    return pytest.param(base, changes, field, message, id=f"{field}: {message}"[:70])


BAD_CASES = [
    _bad(
        "shelling",
        {"event_type": "Battles", "sub_event_type": "Air/drone strike"},
        "sub_event_type",
        "sub_event_type 'Air/drone strike' does not belong to event_type 'Battles'",
    ),
    _bad(
        "vac",
        {"actor2": "Military Forces of Syria (2000-2024)"},
        "actor2",
        "actor2 must be a civilians actor such as 'Civilians (Syria)' for Violence against "
        "civilians (it is 'Military Forces of Syria (2000-2024)')",
    ),
    _bad(
        "vac",
        {"actor2": "", "inter2": "", "assoc_actor_2": ""},
        "actor2",
        "actor2 must be a civilians actor such as 'Civilians (Syria)' for Violence against "
        "civilians (it is blank)",
    ),
    _bad(
        "vac",
        {"inter2": "Rebel group"},
        "inter2",
        "inter2 must be 'Civilians' for Violence against civilians (it is 'Rebel group')",
    ),
    _bad(
        "vac",
        {"civilian_targeting": ""},
        "civilian_targeting",
        "civilian_targeting must be 'Civilian targeting' for Violence against civilians "
        "(it is blank)",
    ),
    _bad(
        "vac",
        {"interaction": "State forces-Civilians"},
        "interaction",
        "interaction 'State forces-Civilians' does not match inter1 'Political militia' and "
        "inter2 'Civilians' (expected 'Political militia-Civilians')",
    ),
    _bad(
        "vac",
        {"interaction": "17"},
        "interaction",
        "interaction '17' does not match inter1 'Political militia' and inter2 'Civilians' "
        "(expected 'Political militia-Civilians')",
    ),
    _bad(
        "vac",
        {"interaction": "32"},
        "interaction",
        "interaction '32' is not in the list 'Interaction codes'",
    ),
    _bad(
        "vac",
        {"interaction": "Civilians-Political militia"},
        "interaction",
        "interaction 'Civilians-Political militia' is not in the list 'Interaction codes'",
    ),
    _bad(
        "shelling",
        {"inter2": "Civilians"},
        "inter2",
        "inter2 must be blank when actor2 is blank (it is 'Civilians')",
    ),
    _bad(
        "shelling",
        {"actor2": "Civilians (Syria)"},
        "inter2",
        "inter2 is required when actor2 is set",
    ),
    _bad(
        "shelling",
        {"assoc_actor_2": "Women (Syria)"},
        "assoc_actor_2",
        "assoc_actor_2 must be blank when actor2 is blank (it is 'Women (Syria)')",
    ),
    _bad(
        "vac",
        {"disorder_type": "Demonstrations"},
        "disorder_type",
        "disorder_type 'Demonstrations' does not match sub_event_type 'Attack' "
        "(expected 'Political violence')",
    ),
    _bad(
        "vac",
        {"year": "2019"},
        "year",
        "year '2019' does not match event_date '2024-03-05' (expected '2024')",
    ),
    _bad(
        "vac",
        {"iso": 368},
        "iso",
        "iso '368' does not match country 'Syria' (expected '760')",
    ),
    _bad(
        "vac",
        {"region": "Europe"},
        "region",
        "region 'Europe' does not match country 'Syria' (expected 'Middle East')",
    ),
    _bad("vac", {"fatalities": "-1"}, "fatalities", "fatalities must be 0 or more, not '-1'"),
    _bad("vac", {"fatalities": -3}, "fatalities", "fatalities must be 0 or more, not '-3'"),
    _bad("vac", {"fatalities": "2.5"}, "fatalities", "fatalities '2.5' is not a whole number"),
    _bad("vac", {"fatalities": 2.5}, "fatalities", "fatalities '2.5' is not a whole number"),
    _bad("vac", {"fatalities": "abc"}, "fatalities", "fatalities 'abc' is not a number"),
    _bad("vac", {"fatalities": True}, "fatalities", "fatalities 'True' is not a whole number"),
    _bad("vac", {"fatalities": ""}, "fatalities", "fatalities is required"),
    _bad("vac", {"latitude": "91"}, "latitude", "latitude must be between -90 and 90, not '91'"),
    _bad(
        "vac",
        {"longitude": -180.5},
        "longitude",
        "longitude must be between -180 and 180, not '-180.5'",
    ),
    _bad(
        "vac",
        {"latitude": "35.13181"},
        "latitude",
        "latitude '35.13181' has more than 4 digits after the decimal point",
    ),
    _bad("vac", {"latitude": "north"}, "latitude", "latitude 'north' is not a number"),
    _bad(
        "vac",
        {"time_precision": "4"},
        "time_precision",
        "time_precision must be between 1 and 3, not '4'",
    ),
    _bad(
        "vac",
        {"geo_precision": 0},
        "geo_precision",
        "geo_precision must be between 1 and 3, not '0'",
    ),
    _bad(
        "vac",
        {"event_date": "2021-02-30"},
        "event_date",
        "event_date '2021-02-30' is not a real date",
    ),
    _bad(
        "vac",
        {"event_date": "9-May-20"},
        "event_date",
        "event_date '9-May-20' is not a date written YYYY-MM-DD",
    ),
    _bad(
        "vac",
        {"country": "Atlantis"},
        "country",
        "country 'Atlantis' is not in the list 'Countries'",
    ),
    _bad(
        "vac",
        {"event_type": "Massacre"},
        "event_type",
        "event_type 'Massacre' is not one of 'Battles', 'Protests', 'Riots', "
        "'Explosions/Remote violence', 'Violence against civilians', 'Strategic developments'",
    ),
    _bad("vac", {"event_type": ""}, "event_type", "event_type is required"),
    _bad("vac", {"actor1": "  "}, "actor1", "actor1 is required"),
    _bad(
        "vac",
        {"inter1": "Militia"},
        "inter1",
        "inter1 'Militia' is not one of 'State forces', 'Rebel group', 'Political militia', "
        "'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'",
    ),
    _bad(
        "vac",
        {"source_scale": "Local partner-Blog"},
        "source_scale",
        "source_scale 'Local partner-Blog': 'Blog' is not one of 'Local partner', "
        "'Subnational', 'National', 'Regional', 'International', 'New media', 'Other'",
    ),
    _bad(
        "vac",
        {"civilian_targeting": "Yes"},
        "civilian_targeting",
        "civilian_targeting 'Yes' is not one of 'Civilian targeting'",
    ),
    _bad(
        "vac",
        {"event_id_cnty": "78126"},
        "event_id_cnty",
        "event_id_cnty '78126' does not have the expected form '^[A-Z]{3}[0-9]+$'",
    ),
]


@pytest.mark.parametrize(("base", "changes", "field", "message"), BAD_CASES)
def test_bad_event_gives_plain_message(
    cb: Codebook, base: str, changes: dict[str, object], field: str, message: str
) -> None:
    event = {**(good_vac(cb) if base == "vac" else good_shelling(cb)), **changes}
    messages = cb.validate(event)
    assert FieldMessage(field, message) in messages, messages
    assert [m.field for m in messages].count(field) == 1


def test_vac_without_civilian_targeting_before_derive(cb: Codebook) -> None:
    # Without derive() only the conditional rule complains; blank derived fields are fine.
    assert cb.validate(RAW_VAC) == [
        FieldMessage(
            "civilian_targeting",
            "civilian_targeting must be 'Civilian targeting' for Violence against civilians "
            "(it is blank)",
        )
    ]


def test_messages_are_in_field_order_and_unknown_keys_ignored(cb: Codebook) -> None:
    event = {
        **good_vac(cb),
        "fatalities": "-1",
        "event_date": "2021-02-30",
        "latitude": 91,
        "db_id": object(),
    }
    assert [m.field for m in cb.validate(event)] == ["event_date", "latitude", "fatalities"]


def test_empty_event_lists_required_fields(cb: Codebook) -> None:
    fields = [m.field for m in cb.validate({})]
    required = [f.name for f in cb.fields if f.required and not f.derived]
    assert fields == required
    assert "year" not in fields and "event_id_cnty" not in fields


def test_read_gives_canonical_values(cb: Codebook) -> None:
    assert cb.read("fatalities", " 7 ") == 7
    assert cb.read("inter1", "7") == "Civilians"
    assert cb.read("interaction", 17) == "State forces-Civilians"
    assert cb.read("source", "A;B ; C") == ("A", "B", "C")
    assert cb.read("event_date", "2020-05-09") == dt.date(2020, 5, 9)
    assert cb.read("notes", "  ") is None


# --------------------------------------------------------------------------- tiny codebook


def test_tiny_codebook_loads(tiny: Codebook) -> None:
    assert tiny.id == "tiny-sightings"
    assert tiny.columns == ("ref", "group", "species", "count", "habitat")
    assert tiny.choices("species", "Bird") == ["Heron", "Lark"]
    assert tiny.field("habitat").derived


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"ref": "W12", "group": "Bird", "species": "Heron", "count": "3"}, []),
        ({"ref": "W12", "group": "Bird", "species": "Heron", "habitat": "Wetland"}, []),
        ({"ref": "W1", "group": "Reptile", "species": "Gecko", "count": 1}, []),
        (
            {"ref": "W1", "group": "Bird", "species": "Gecko"},
            [FieldMessage("species", "species 'Gecko' does not belong to group 'Bird'")],
        ),
        (
            {"ref": "W1", "group": "Reptile", "species": "Gecko"},
            [FieldMessage("count", "count is required when group is 'Reptile'")],
        ),
        (
            {"ref": "W1", "group": "Bird", "species": "Lark", "habitat": "Wetland"},
            [
                FieldMessage(
                    "habitat",
                    "habitat 'Wetland' does not match species 'Lark' (expected 'Grassland')",
                )
            ],
        ),
        (
            {"ref": "X1", "group": "Fish", "species": "Lark", "count": "600"},
            [
                FieldMessage("ref", "ref 'X1' does not have the expected form '^W[0-9]+$'"),
                FieldMessage("group", "group 'Fish' is not one of 'Bird', 'Reptile'"),
                FieldMessage("count", "count must be between 1 and 500, not '600'"),
            ],
        ),
        (
            # ACLED fields mean nothing here: validation follows the file, not the code.
            {"ref": "W3", "group": "Bird", "species": "Lark", "event_type": "Massacre"},
            [],
        ),
        (
            {"event_type": VAC},
            [
                FieldMessage("ref", "ref is required"),
                FieldMessage("group", "group is required"),
                FieldMessage("species", "species is required"),
            ],
        ),
    ],
)
def test_tiny_codebook_validation(
    tiny: Codebook, event: dict[str, object], expected: list[FieldMessage]
) -> None:
    assert tiny.validate(event) == expected


def test_tiny_codebook_derive(tiny: Codebook) -> None:
    assert tiny.derive({"group": "Bird", "species": "Heron"})["habitat"] == "Wetland"
    assert "habitat" not in tiny.derive({"group": "Bird"})


# --------------------------------------------------------------------------- malformed files


def _tiny_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TINY.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def _broken(change: str) -> dict[str, Any]:
    data = _tiny_data()
    fields = data["fields"]
    vocabularies = data["vocabularies"]
    if change == "unknown type":
        fields[3]["type"] = "colour"
    elif change == "missing vocabulary":
        fields[2]["vocabulary"] = "kinds"
    elif change == "choice without vocabulary":
        del fields[1]["vocabulary"]
    elif change == "duplicate field":
        fields.append(dict(fields[0]))
    elif change == "no fields":
        data["fields"] = []
    elif change == "missing id":
        del data["id"]
    elif change == "unknown key":
        fields[0]["colour"] = "red"
    elif change == "parent item not in parent vocabulary":
        vocabularies["species"]["items"][0]["parent"] = "Fish"
    elif change == "parent field missing":
        fields[2]["parent"] = "kingdom"
    elif change == "rule on missing field":
        data["rules"][0]["check"]["field"] = "weight"
    elif change == "rule value not in vocabulary":
        data["rules"][0]["when"]["equals"] = "Fish"
    elif change == "rule with two tests":
        data["rules"][0]["check"]["equals"] = 3
    elif change == "bad placeholder":
        data["rules"][0]["message"] = "{colour} is wrong"
    elif change == "bad pattern":
        fields[0]["pattern"] = "W[0-9"
    elif change == "min above max":
        fields[3]["min"] = 600
    elif change == "lookup of missing attribute":
        fields[4]["derive"]["attribute"] = "diet"
    elif change == "range on a choice":
        fields[1]["min"] = 1
    else:  # pragma: no cover
        raise AssertionError(change)
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("unknown type", "at fields[3] ('count') > type: 'colour' is not allowed; use one of"),
        ("missing vocabulary", "uses the vocabulary 'kinds', which is not defined"),
        ("choice without vocabulary", "'vocabulary' is a required property"),
        ("duplicate field", "the field name 'ref' is used twice"),
        ("no fields", "at fields: [] should be non-empty"),
        ("missing id", "'id' is a required property"),
        ("unknown key", "('colour' was unexpected)"),
        ("parent item not in parent vocabulary", "names the parent 'Fish', which is not a value"),
        ("parent field missing", "names the parent field 'kingdom', which does not exist"),
        ("rule on missing field", "tests the field 'weight', which does not exist"),
        ("rule value not in vocabulary", "group 'Fish' is not one of 'Bird', 'Reptile'"),
        ("rule with two tests", "exactly one test (blank, equals, in or matches)"),
        ("bad placeholder", "unknown or broken placeholder"),
        ("bad pattern", "is not a valid regular expression"),
        ("min above max", "'min' 600 is greater than 'max' 500"),
        ("lookup of missing attribute", "the attribute 'diet', which no item"),
        ("range on a choice", "'min' cannot be used with type 'choice'"),
    ],
)
def test_malformed_codebook_raises(tmp_path: Path, change: str, expected: str) -> None:
    path = tmp_path / "broken.codebook.json"
    path.write_text(json.dumps(_broken(change)), encoding="utf-8")
    with pytest.raises(CodebookError) as raised:
        load_codebook(path)
    text = str(raised.value)
    assert str(path) in text
    assert expected in text


def test_codebook_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x", "fields": [', encoding="utf-8")
    with pytest.raises(CodebookError, match=r"is not valid JSON: .*line 1"):
        load_codebook(path)


def test_codebook_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "arabic.json"
    path.write_bytes('{"id": "حدث"}'.encode("cp1256"))
    with pytest.raises(CodebookError, match=r"arabic\.json is not UTF-8 text"):
        load_codebook(path)


def test_missing_codebook_file(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="Cannot read the codebook file"):
        load_codebook(tmp_path / "nowhere.json")


def test_circular_derivations_are_refused(tmp_path: Path) -> None:
    data = _tiny_data()
    data["fields"][2]["derive"] = {"kind": "lookup", "from": "habitat", "attribute": "x"}
    data["fields"][4]["vocabulary"] = "animal_group"
    data["fields"][4]["type"] = "choice"
    data["vocabularies"]["animal_group"]["items"][0]["data"] = {"x": "Heron"}
    data["fields"][4]["derive"] = {"kind": "lookup", "from": "group", "attribute": "x"}
    data["fields"][1]["derive"] = {
        "kind": "constant",
        "value": "Bird",
        "when": {"field": "species", "equals": "Heron"},
    }
    path = tmp_path / "circle.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CodebookError, match="depend on each other in a circle"):
        load_codebook(path)


# --------------------------------------------------------------------------- real ACLED rows

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def _iso_date(text: str) -> str:
    day, month, year = text.split("-")  # 9-May-20, as re-saved by a spreadsheet
    return dt.date(2000 + int(year), _MONTHS[month], int(day)).isoformat()


def _current_layout(cb: Codebook, row: dict[str, str]) -> dict[str, object]:
    """An old-layout (2020) row in the current layout, with the file's own values kept."""
    actor_types = cb.vocabulary("actor_type")
    event: dict[str, object] = {name: row.get(name, "") for name in cb.columns}
    event["event_date"] = _iso_date(row["event_date"])
    event["inter1"] = actor_types.value_for_code(int(row["inter1"]))
    event["inter2"] = "" if row["inter2"] == "0" else actor_types.value_for_code(int(row["inter2"]))
    event["interaction"] = cb.vocabulary("interaction").value_for_code(int(row["interaction"]))
    # Fill only the columns the old layout lacks; year, iso, region and interaction stay as
    # the file has them, so validation compares them with what derivation computes.
    derived = cb.derive(event)
    event["disorder_type"] = derived["disorder_type"]
    event["civilian_targeting"] = derived["civilian_targeting"]
    return event


def test_real_syria_rows_validate_without_errors(cb: Codebook) -> None:
    if not SYRIA_SAMPLE.is_file():
        pytest.skip(f"the shared ACLED sample is not available at {SYRIA_SAMPLE}")
    with SYRIA_SAMPLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 313
    failures: list[str] = []
    kinds: set[str] = set()
    for row in rows:
        event = _current_layout(cb, row)
        kinds.add(str(event["disorder_type"]))
        failures.extend(f"{row['event_id_cnty']}: {m.message}" for m in cb.validate(event))
    assert not failures, f"{len(failures)} problems in real rows, first ones:\n" + "\n".join(
        failures[:20]
    )
    assert "Political violence; Demonstrations" in kinds  # the one excessive-force row
