"""Import gazetteers into the project lexicon as places the location suggester knows.

Three layouts are recognised by their first line:

* OCHA admin tables (``syria_admin1-3_ocha.csv``): CSV with the columns level, pcode,
  parent_pcode, name_en, name_ar, aliases_ar (``;`` or ``|`` separated), lat, lon,
  geonames_id, wikidata. Arabic names lose their مركز / ناحية / منطقة / محافظة / مدينة
  prefix (running text names the place without it), aliases are kept, and OCHA's
  English names become ACLED's spellings (Al-Hasakah -> Al-Hasakeh, Idlib -> Idleb,
  Raqqa -> Ar-Raqqa, Tadmur -> Tadmor ...) through the curated resource; sub-districts
  keep OCHA's names, which ACLED uses for admin3.
* GeoNames country dumps (``SY.txt``): the 19 tab-separated columns of the GeoNames
  export. Arabic names come from its alternatenames column and from an alternate-names
  file read alongside.
* GeoNames alternate names (``alternateNamesV2.txt``, 10 columns, or the older 8-column
  ``alternateNames.txt``): only the "ar" names are used. Read with a country dump (in the
  same folder or zip) or after one was imported, their Arabic names are added to those
  places.

A path may be one file, a folder or a zip (GeoNames' ``SY.zip``) holding such files.
Every place name becomes one ``LexiconItem(kind="place")`` whose value is
{location, admin1, admin2, admin3, country, latitude, longitude} plus feature,
geo_precision and the source's ids. The import is all or nothing: any malformed row,
undecodable line or unknown layout refuses it with messages naming file and line.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from annotator.errors import ImportRefusedError
from annotator.io.articles import Problem, describe_decode_error, refusal_message
from annotator.store.database import Project
from annotator.store.lexicon import LexiconItem, merge_entries
from annotator.store.models import LexiconEntry
from annotator.suggest.gazetteer import (
    GazetteerResource,
    ascii_name,
    country_names,
    is_arabic,
    load_resource,
    ordinary_words_in,
)
from annotator.text.normalize import normalize_key

__all__ = [
    "GazetteerImportReport",
    "GazetteerLayout",
    "detect_layout",
    "import_gazetteer",
    "project_places",
    "read_alternate_names",
    "read_geonames",
    "read_ocha_admin",
]

ORIGIN_PREFIX = "imported:"
OCHA_COLUMNS = ("level", "pcode", "parent_pcode", "name_en", "name_ar")
GEONAMES_COLUMNS = 19
ALTERNATE_NAMES_COLUMNS = (10, 8)
# Prefixes OCHA writes before Arabic admin names; running text leaves them out.
ARABIC_PREFIXES = ("محافظة", "منطقة", "ناحية", "مركز", "مدينة")
# Feature classes imported from GeoNames dumps by default: admin units, populated
# places, spots (bases, stations, camps), areas, terrain and water features.
DEFAULT_FEATURE_CLASSES = frozenset("APSLTH")
_ADMIN_FEATURE_CODES = {"ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict"}
_OCHA_LEVELS = {"admin1": "governorate", "admin2": "district", "admin3": "subdistrict"}
_PRECISION = {"governorate": 3, "district": 2, "subdistrict": 2, "area": 2, "terrain": 2}
_UTF8_BOM = b"\xef\xbb\xbf"
_BATCH = 500


class GazetteerLayout(StrEnum):
    OCHA_ADMIN = "ocha-admin"
    GEONAMES = "geonames"
    ALTERNATE_NAMES = "geonames-alternate-names"


@dataclass
class GazetteerImportReport:
    path: Path
    files: list[tuple[str, str]] = field(default_factory=list)  # (file, layout)
    places: int = 0  # places read
    names: int = 0  # names (lexicon items) stored, new or refreshed
    arabic_names: int = 0
    added: int = 0  # new lexicon entries
    skipped: int = 0  # rows left out on purpose (feature classes, non-Arabic names ...)


class _UnreadableError(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where


@dataclass(frozen=True)
class _Source:
    """One file to read: its display name and how to open it as bytes."""

    name: str
    open: Callable[[], AbstractContextManager[IO[bytes]]]


class _Lines:
    """Decoded lines of a binary stream (BOM dropped), counted as they are read."""

    def __init__(self, handle: IO[bytes], name: str) -> None:
        self._handle = handle
        self.name = name
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self._handle:
            self.count += 1
            line = raw.removeprefix(_UTF8_BOM) if self.count == 1 else raw
            if self.count == 1 and line.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise _UnreadableError(
                    f"{self.name}:1", "UTF-16 text (as spreadsheets save it): save it as UTF-8"
                )
            if b"\x00" in line:
                raise _UnreadableError(
                    f"{self.name}:{self.count}", "a binary file, not a UTF-8 text table"
                )
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError as error:
                raise _UnreadableError(
                    f"{self.name}:{self.count}", describe_decode_error(line, error)
                ) from None


# --- layout ---------------------------------------------------------------------------


def _layout_of_line(line: str) -> GazetteerLayout | None:
    line = line.rstrip("\r\n")
    header = {cell.strip().casefold() for cell in next(csv.reader([line]), [])}
    if set(OCHA_COLUMNS) <= header:
        return GazetteerLayout.OCHA_ADMIN
    cells = line.split("\t")
    if len(cells) == GEONAMES_COLUMNS and cells[0].strip().isdigit():
        return GazetteerLayout.GEONAMES
    if (
        len(cells) in ALTERNATE_NAMES_COLUMNS
        and cells[0].strip().isdigit()
        and cells[1].strip().isdigit()
    ):
        return GazetteerLayout.ALTERNATE_NAMES
    return None


def _unknown_layout(where: str) -> str:
    return (
        f"{where}: unknown layout: expected an OCHA admin table (CSV with the columns "
        f"{', '.join(OCHA_COLUMNS)}, aliases_ar, lat, lon ...), a GeoNames country dump "
        f"({GEONAMES_COLUMNS} tab-separated columns, like SY.txt) or a GeoNames "
        "alternate-names file (10 tab-separated columns, like alternateNamesV2.txt)"
    )


def _detect(source: _Source) -> GazetteerLayout:
    with source.open() as handle:
        lines = _Lines(handle, source.name)
        try:
            for line in lines:
                if line.strip():
                    layout = _layout_of_line(line)
                    if layout is None:
                        raise ImportRefusedError(_unknown_layout(f"{source.name}:{lines.count}"))
                    return layout
        except _UnreadableError as error:
            raise ImportRefusedError(f"{error.where}: {error}") from None
    raise ImportRefusedError(f"{source.name}: the file is empty")


def detect_layout(path: Path) -> GazetteerLayout:
    """The layout of one gazetteer file; ImportRefusedError when it is none of them."""
    return _detect(_file_source(path))


def _file_source(path: Path) -> _Source:
    return _Source(path.name, lambda: path.open("rb"))


def _sources(path: Path) -> list[_Source]:
    if not path.exists():
        raise ImportRefusedError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and not _is_readme(p.name)
        )
        if not files:
            raise ImportRefusedError(f"{path}: the folder holds no gazetteer files")
        return [_Source(f"{path.name}/{p.name}", _opener(p)) for p in files]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [
                info.filename
                for info in archive.infolist()
                if not info.is_dir() and not _is_readme(info.filename)
            ]
        if not members:
            raise ImportRefusedError(f"{path}: the zip holds no gazetteer files")
        return [_Source(f"{path.name}/{member}", _zip_opener(path, member)) for member in members]
    return [_file_source(path)]


def _is_readme(name: str) -> bool:
    return Path(name).name.casefold().startswith("readme")


def _opener(path: Path) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    return lambda: path.open("rb")


def _zip_opener(path: Path, member: str) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    @contextmanager
    def open_member() -> Iterator[IO[bytes]]:
        # Streamed: GeoNames' alternate names run to hundreds of megabytes.
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            yield stream

    return open_member


# --- OCHA admin tables ----------------------------------------------------------------


def strip_arabic_prefix(name: str) -> str:
    """ناحية مركز الحسكة -> الحسكة; names without a known prefix are kept."""
    name = " ".join(name.split())
    changed = True
    while changed:
        changed = False
        for prefix in ARABIC_PREFIXES:
            if name.startswith(prefix + " ") and len(name) > len(prefix) + 1:
                name = name[len(prefix) + 1 :].strip()
                changed = True
    return name


def _split_aliases(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;|]", text or "") if part.strip()]


def _coordinate(text: str, low: float, high: float, what: str) -> float | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} '{text}' is not a number") from None
    if not low <= value <= high:
        raise ValueError(f"{what} {value} is out of range ({low} to {high})")
    return round(value, 4)


@dataclass
class _OchaRow:
    where: str
    level: str
    pcode: str
    parent: str
    name_en: str
    names_ar: list[str]
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    wikidata: str


def _ocha_rows(lines: _Lines, problems: list[Problem]) -> list[_OchaRow]:
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        problems.append(Problem(lines.name, "the file is empty"))
        return []
    columns = [cell.strip().casefold() for cell in header]
    missing = [c for c in OCHA_COLUMNS if c not in columns]
    if missing:
        problems.append(Problem(f"{lines.name}:1", f"missing columns: {', '.join(missing)}"))
        return []
    rows: list[_OchaRow] = []
    start = lines.count + 1
    for cells in reader:
        where, start = f"{lines.name}:{start}", lines.count + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            problems.append(
                Problem(where, f"has {len(cells)} cells, but the header names {len(columns)}")
            )
            continue
        row = {column: cell.strip() for column, cell in zip(columns, cells, strict=True)}
        try:
            rows.append(_ocha_row(row, where))
        except ValueError as error:
            problems.append(Problem(where, str(error)))
    return rows


def _ocha_row(row: Mapping[str, str], where: str) -> _OchaRow:
    level = row["level"].casefold()
    if level not in _OCHA_LEVELS:
        raise ValueError(f"level '{row['level']}' is not admin1, admin2 or admin3")
    if not row["pcode"]:
        raise ValueError("no pcode")
    if level != "admin1" and not row["parent_pcode"]:
        raise ValueError(f"an {level} row needs a parent_pcode")
    names: list[str] = []
    for name in [row["name_ar"], *_split_aliases(row.get("aliases_ar", ""))]:
        stripped = strip_arabic_prefix(name)
        if len(normalize_key(stripped)) >= 2 and stripped not in names:
            names.append(stripped)
    if not row["name_ar"] or not names:
        raise ValueError("no Arabic name (name_ar is empty)")
    geonames_id = row.get("geonames_id", "")
    if geonames_id and not geonames_id.isdigit():
        raise ValueError(f"geonames_id '{geonames_id}' is not a number")
    return _OchaRow(
        where=where,
        level=level,
        pcode=row["pcode"],
        parent=row["parent_pcode"],
        name_en=row["name_en"],
        names_ar=names,
        latitude=_coordinate(row.get("lat", ""), -90, 90, "lat"),
        longitude=_coordinate(row.get("lon", ""), -180, 180, "lon"),
        geonames_id=int(geonames_id) if geonames_id else None,
        wikidata=row.get("wikidata", ""),
    )


def _ocha_items(
    rows: Sequence[_OchaRow], origin: str, resource: GazetteerResource, problems: list[Problem]
) -> list[LexiconItem]:
    by_pcode: dict[str, _OchaRow] = {}
    for row in rows:
        if row.pcode in by_pcode:
            problems.append(
                Problem(row.where, f"pcode {row.pcode} is also on {by_pcode[row.pcode].where}")
            )
        by_pcode[row.pcode] = row
    countries = country_names()
    admin1: dict[str, str] = {}
    admin2: dict[str, str] = {}
    for row in rows:
        if row.level == "admin1":
            admin1[row.pcode] = (
                resource.admin1_for_pcode(row.pcode)
                or resource.admin1_for_name(row.name_en)
                or row.name_en
            )
    for row in rows:
        if row.level == "admin2":
            centre = by_pcode.get(row.pcode + "00")
            admin2[row.pcode] = (
                resource.admin2_for_pcode(row.pcode)
                or resource.admin2_for_name(row.name_en, admin1.get(row.parent, ""))
                or (centre.name_en if centre and centre.level == "admin3" else "")
                or row.name_en
            )
    items: list[LexiconItem] = []
    for row in rows:
        country = countries.get(row.pcode[:2].upper(), "")
        if row.level == "admin1":
            names = (admin1[row.pcode], "", "")
        elif row.level == "admin2":
            if row.parent not in admin1:
                problems.append(Problem(row.where, f"parent {row.parent} is not in the file"))
                continue
            names = (admin1[row.parent], admin2[row.pcode], "")
        else:
            parent = by_pcode.get(row.parent)
            if parent is None or parent.pcode not in admin2 or parent.parent not in admin1:
                problems.append(Problem(row.where, f"parent {row.parent} is not in the file"))
                continue
            names = (admin1[parent.parent], admin2[parent.pcode], row.name_en)
        location = names[int(row.level[-1]) - 1]
        feature = _OCHA_LEVELS[row.level]
        value: dict[str, Any] = {
            "location": location,
            "admin1": names[0],
            "admin2": names[1],
            "admin3": names[2],
            "country": country,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "level": row.level,
            "feature": feature,
            "geo_precision": _PRECISION[feature],
            "pcode": row.pcode,
            "name_en": row.name_en,
        }
        if row.geonames_id is not None:
            value["geonames_id"] = row.geonames_id
        if row.wikidata:
            value["wikidata"] = row.wikidata
        target = " | ".join([location, *names, country, row.pcode])
        items += [_item(name, target, origin, value) for name in row.names_ar]
    return items


def _item(surface: str, target: str, origin: str, value: dict[str, Any]) -> LexiconItem:
    return LexiconItem("place", surface, normalize_key(surface), target, origin, value)


def read_ocha_admin(
    path: Path, *, origin: str | None = None, resource: GazetteerResource | None = None
) -> list[LexiconItem]:
    """The places of an OCHA admin table; ImportRefusedError listing every bad row."""
    source = _file_source(path)
    problems: list[Problem] = []
    items = _read_ocha(source, origin or ORIGIN_PREFIX + path.name, resource, problems)
    _refuse_if(problems, source.name)
    return items


def _read_ocha(
    source: _Source, origin: str, resource: GazetteerResource | None, problems: list[Problem]
) -> list[LexiconItem]:
    with source.open() as handle:
        lines = _Lines(handle, source.name)
        try:
            rows = _ocha_rows(lines, problems)
        except _UnreadableError as error:
            problems.append(Problem(error.where, f"{error}; the rest of the file was not read"))
            return []
        except csv.Error as error:
            problems.append(Problem(f"{source.name}:{lines.count}", f"malformed CSV ({error})"))
            return []
    return _ocha_items(rows, origin, resource or load_resource(), problems)


# --- GeoNames dumps -------------------------------------------------------------------


@dataclass(frozen=True)
class _GeonamesRow:
    geonameid: int
    name: str
    names_ar: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    population: int


def _geonames_row(cells: Sequence[str]) -> _GeonamesRow:
    if len(cells) != GEONAMES_COLUMNS:
        raise ValueError(f"has {len(cells)} tab-separated columns, not {GEONAMES_COLUMNS}")
    if not cells[0].strip().isdigit():
        raise ValueError(f"geonameid '{cells[0]}' is not a number")
    latitude = _coordinate(cells[4], -90, 90, "latitude")
    longitude = _coordinate(cells[5], -180, 180, "longitude")
    if latitude is None or longitude is None:
        raise ValueError("no coordinates")
    population = cells[14].strip() or "0"
    if not population.lstrip("-").isdigit():
        raise ValueError(f"population '{cells[14]}' is not a number")
    return _GeonamesRow(
        geonameid=int(cells[0]),
        name=cells[1].strip(),
        names_ar=tuple(n.strip() for n in cells[3].split(",") if is_arabic(n)),
        latitude=latitude,
        longitude=longitude,
        feature_class=cells[6].strip(),
        feature_code=cells[7].strip(),
        country_code=cells[8].strip().upper(),
        admin1_code=cells[10].strip(),
        population=max(0, int(population)),
    )


def _read_geonames_rows(source: _Source, problems: list[Problem]) -> Iterator[_GeonamesRow | None]:
    """Rows of a GeoNames dump; None for a malformed row (its problem is recorded)."""
    with source.open() as handle:
        lines = _Lines(handle, source.name)
        try:
            for line in lines:
                text = line.rstrip("\r\n")
                if not text.strip():
                    continue
                try:
                    yield _geonames_row(text.split("\t"))
                except ValueError as error:
                    problems.append(Problem(f"{source.name}:{lines.count}", str(error)))
                    yield None
        except _UnreadableError as error:
            problems.append(Problem(error.where, f"{error}; the rest of the file was not read"))


def _feature(row: _GeonamesRow) -> str | None:
    if row.feature_class == "A":
        return _ADMIN_FEATURE_CODES.get(row.feature_code[:4]) or (
            "subdistrict" if row.feature_code.startswith("ADM") else None
        )
    if row.feature_class == "P":
        return "city" if row.feature_code in ("PPLC", "PPLA") else "town"
    if row.feature_class == "S":
        return "camp" if row.feature_code.startswith("CMP") else "site"
    return {"L": "area", "T": "terrain", "H": "water"}.get(row.feature_class)


def _geonames_items(
    row: _GeonamesRow,
    extra_names: Sequence[str],
    origin: str,
    resource: GazetteerResource,
    countries: Mapping[str, str],
) -> list[LexiconItem]:
    feature = _feature(row)
    if feature is None:
        return []
    country = countries.get(row.country_code, row.country_code)
    admin1 = ""
    if country == resource.country:
        admin1 = resource.admin1_for_geonames(row.admin1_code) or ""
    location = ascii_name(row.name)
    if feature == "governorate" and admin1:
        location = admin1
    precision = _PRECISION.get(feature, 1)
    if feature == "water" and row.feature_code.startswith("WLL"):
        precision = 1  # a well is a point
    value: dict[str, Any] = {
        "location": location,
        "admin1": admin1,
        "admin2": "",
        "admin3": "",
        "country": country,
        "latitude": row.latitude,
        "longitude": row.longitude,
        "feature": feature,
        "feature_code": f"{row.feature_class}.{row.feature_code}",
        "geo_precision": precision,
        "geonames_id": row.geonameid,
        "geonames_admin1": row.admin1_code,
        "population": row.population,
    }
    target = " | ".join([location, admin1, "", "", country, f"geonames:{row.geonameid}"])
    names: dict[str, str] = {}
    # GeoNames' alternate names include ordinary words (إلى for Ely, كان for Caen): a
    # place so named would be suggested at every such word.
    ordinary = ordinary_words_in(resource, country)
    for name in (*row.names_ar, *extra_names, row.name):
        key = normalize_key(name)
        if len(key) >= 2 and key not in ordinary:
            names.setdefault(key, name)
    return [_item(name, target, origin, value) for name in names.values()]


def read_geonames(
    path: Path,
    *,
    arabic_names: Mapping[int, Sequence[str]] | None = None,
    feature_classes: Container[str] = DEFAULT_FEATURE_CLASSES,
    origin: str | None = None,
    resource: GazetteerResource | None = None,
) -> list[LexiconItem]:
    """The places of a GeoNames country dump with their Arabic (and primary) names."""
    source = _file_source(path)
    problems: list[Problem] = []
    table = _geonames_table(source, feature_classes, problems)
    _refuse_if(problems, source.name)
    items, _ = _geonames_places(
        table.rows, arabic_names or {}, origin or ORIGIN_PREFIX + path.name, resource
    )
    return items


@dataclass
class _GeonamesTable:
    rows: list[_GeonamesRow] = field(default_factory=list)
    skipped: int = 0


def _geonames_table(
    source: _Source, feature_classes: Container[str], problems: list[Problem]
) -> _GeonamesTable:
    table = _GeonamesTable()
    for row in _read_geonames_rows(source, problems):
        if row is None:
            continue
        if (
            row.feature_class not in feature_classes
            or row.feature_code.startswith("PCL")
            or _feature(row) is None
        ):
            table.skipped += 1
        else:
            table.rows.append(row)
    return table


def _geonames_places(
    rows: Sequence[_GeonamesRow],
    arabic_names: Mapping[int, Sequence[str]],
    origin: str,
    resource: GazetteerResource | None,
) -> tuple[list[LexiconItem], int]:
    resource = resource or load_resource()
    countries = country_names()
    items: list[LexiconItem] = []
    for row in rows:
        items += _geonames_items(
            row, arabic_names.get(row.geonameid, ()), origin, resource, countries
        )
    return items, len(rows)


def read_alternate_names(
    path: Path, *, language: str = "ar", geonameids: Container[int] | None = None
) -> dict[int, list[str]]:
    """geonameid -> names in ``language`` from a GeoNames alternate-names file.

    Historic names are left out; colloquial and short names are kept.
    """
    source = _file_source(path)
    problems: list[Problem] = []
    names = _read_alternate_names(source, language, geonameids, problems)
    _refuse_if(problems, source.name)
    return names


def _read_alternate_names(
    source: _Source,
    language: str,
    geonameids: Container[int] | None,
    problems: list[Problem],
) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    marker = f"\t{language}\t"
    with source.open() as handle:
        lines = _Lines(handle, source.name)
        try:
            for line in lines:
                text = line.rstrip("\r\n")
                if not text.strip():
                    continue
                if marker not in text:
                    continue
                cells = text.split("\t")
                where = f"{source.name}:{lines.count}"
                if len(cells) not in ALTERNATE_NAMES_COLUMNS:
                    problems.append(
                        Problem(where, f"has {len(cells)} tab-separated columns, not 10 (or 8)")
                    )
                    continue
                if not (cells[0].isdigit() and cells[1].isdigit()):
                    problems.append(Problem(where, "alternateNameId and geonameid must be numbers"))
                    continue
                if cells[2] != language:
                    continue
                if len(cells) > 7 and cells[7] == "1":  # isHistoric
                    continue
                geonameid = int(cells[1])
                if geonameids is not None and geonameid not in geonameids:
                    continue
                name = cells[3].strip()
                if name and name not in names.setdefault(geonameid, []):
                    names[geonameid].append(name)
        except _UnreadableError as error:
            problems.append(Problem(error.where, f"{error}; the rest of the file was not read"))
    return names


# --- import into a project ------------------------------------------------------------


def _refuse_if(problems: list[Problem], what: str) -> None:
    if problems:
        raise ImportRefusedError(
            refusal_message(
                f"{what}: nothing was imported",
                problems,
                "fix these rows (the file must be UTF-8 text in one of the layouts above)",
            )
        )


def _existing_geonames_places(session: Any) -> dict[int, list[LexiconEntry]]:
    places: dict[int, list[LexiconEntry]] = {}
    query = sa.select(LexiconEntry).where(
        LexiconEntry.kind == "place", LexiconEntry.origin.startswith(ORIGIN_PREFIX)
    )
    for entry in session.scalars(query):
        geonameid = (entry.value or {}).get("geonames_id")
        if isinstance(geonameid, int):
            places.setdefault(geonameid, []).append(entry)
    return places


def import_gazetteer(
    project: Project,
    path: Path,
    *,
    feature_classes: Container[str] = DEFAULT_FEATURE_CLASSES,
    resource: GazetteerResource | None = None,
) -> GazetteerImportReport:
    """Store a gazetteer file's (or folder's, or zip's) places in the project lexicon.

    One transaction: a problem anywhere refuses the import and nothing is written.
    """
    path = Path(path)
    try:
        return _import(project, path, feature_classes, resource or load_resource())
    except (OSError, zipfile.BadZipFile) as error:
        reason = getattr(error, "strerror", None) or str(error)
        message = f"{path}: cannot be read ({reason}); nothing was imported"
        raise ImportRefusedError(message) from None


def _import(
    project: Project,
    path: Path,
    feature_classes: Container[str],
    resource: GazetteerResource,
) -> GazetteerImportReport:
    report = GazetteerImportReport(path=path)
    sources = [(source, _detect(source)) for source in _sources(path)]
    report.files = [(source.name, str(layout)) for source, layout in sources]
    problems: list[Problem] = []
    items: list[LexiconItem] = []
    origin = ORIGIN_PREFIX + path.name

    for source, layout in sources:
        if layout == GazetteerLayout.OCHA_ADMIN:
            new = _read_ocha(source, origin, resource, problems)
            report.places += len({item.target for item in new})
            items += new
    rows: list[_GeonamesRow] = []
    for source, layout in sources:
        if layout == GazetteerLayout.GEONAMES:
            table = _geonames_table(source, feature_classes, problems)
            rows += table.rows
            report.skipped += table.skipped
    alternates = [s for s, layout in sources if layout == GazetteerLayout.ALTERNATE_NAMES]
    tables = any(layout == GazetteerLayout.GEONAMES for _, layout in sources)
    if tables:
        wanted: set[int] = {row.geonameid for row in rows}
    elif alternates:  # alternate names alone extend the GeoNames places already imported
        with project.session() as session:
            wanted = set(_existing_geonames_places(session))
    else:
        wanted = set()
    arabic: dict[int, list[str]] = {}
    for source in alternates:
        for geonameid, names in _read_alternate_names(source, "ar", wanted, problems).items():
            arabic.setdefault(geonameid, []).extend(names)
    _refuse_if(problems, path.name)
    new, places = _geonames_places(rows, arabic, origin, resource)
    items += new
    report.places += places

    with project.session() as session:
        if alternates and not tables:
            items += _names_for_imported_places(session, arabic)
            if not items:
                raise ImportRefusedError(
                    f"{path.name}: none of its places with Arabic names is in the project: "
                    "import the GeoNames country file (e.g. SY.txt) first, or both files "
                    "together from one folder or zip"
                )
            report.places = len({item.target for item in items})
        for start in range(0, len(items), _BATCH):
            report.added += merge_entries(session, items[start : start + _BATCH])
    report.names = len({item.key for item in items})
    report.arabic_names = len({item.key for item in items if is_arabic(item.surface)})
    return report


def _names_for_imported_places(
    session: Any, arabic: Mapping[int, Sequence[str]]
) -> list[LexiconItem]:
    items: list[LexiconItem] = []
    existing = _existing_geonames_places(session)
    for geonameid, names in arabic.items():
        for entry in existing.get(geonameid, [])[:1]:
            items += [
                _item(name, entry.target, entry.origin, dict(entry.value or {}))
                for name in names
                if len(normalize_key(name)) >= 2
            ]
    return items


def project_places(project: Project) -> list[LexiconItem]:
    """The project's lexicon entries of kind "place", as items for ``build_gazetteer``."""
    with project.session() as session:
        return [
            LexiconItem(e.kind, e.surface, e.normalized, e.target, e.origin, dict(e.value or {}))
            for e in session.scalars(sa.select(LexiconEntry).where(LexiconEntry.kind == "place"))
        ]
