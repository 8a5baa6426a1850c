"""Lexicons of actor and source names, and how they are found in an article.

A lexicon file (``schemas/lexicon.schema.json``; the built-in ones are
``resources/lexicon/actors.json`` and ``sources.json``) lists targets (an ACLED actor
name with its inter code, country and active period; an outlet with its
source_scale) with the Arabic and English surface forms reporters use for them.
:func:`load_lexicon` checks a file against the schema and raises
:class:`LexiconError` naming the file and the problem.

The project database adds its own entries (``LexiconEntry``: learned from coders'
decisions, imported from ACLED files). :func:`merge_records` lays them over the
built-in records; they are passed as plain items, anything with the attributes or
keys ``kind, surface, target, value`` and optionally ``confidence, origin`` (ORM rows,
``LexiconItem``, dicts read from a learned-entries file):

- an item with the same surface key and target as a built-in record replaces that
  record's confidence (a coder's rejections lower it) and adds to its value;
- another item adds a surface for its target; what it does not say about the target
  (inter, period, scale) is taken from the built-in records of the same target;
- an item with an empty value and a target the built-in lexicon does not know is
  only a doubt (what a rejection of an unknown name leaves behind): it names nothing,
  but suggesters may consult it (:func:`split_doubts`), as the source suggester does
  for outlets it guesses.

Matching (:class:`LexiconMatcher`) works on the normalised text with quotation marks
taken out, so ``تنظيم الدولة`` matches ``تنظيم “الدولة”`` and ``و”الفرقة 18″`` reads as
و + الفرقة 18. The span of a match is then widened, in the original text:

- to a descriptor word right before the name (تنظيم, ميليشيا, قوات... for actors;
  شبكة, وكالة, موقع... for sources): ``ميليشيا “الدفاع الوطني”``, ``شبكة “الخابور”``;
- to the closing (or opening) quotation mark when the span holds an odd number of
  them: ``تنظيم “الدولة”``, never ``تنظيم “الدولة``.

A second name in parentheses (``الوكالة السورية الرسمية للأنباء (سانا)``, ``قوى الأمن
الداخلي (الأسايش)``) is a second span, as news coders mark it.

A name written bare keeps a bare span without its quotes (``لواء القدس``), and words
after a name (``الفلسطيني``, ``المدعوم روسيًا``) stay outside it.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from annotator.bundled import best_schema_error, resources_dir
from annotator.codebook import default_codebook
from annotator.errors import AnnotatorError
from annotator.io.json_files import read_json_file
from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.matcher import Match, NameMatcher
from annotator.text.normalize import NormalizedText, normalize_key
from annotator.text.tokens import QUOTE_MARKS, is_word_char, name_starts

if TYPE_CHECKING:
    import jsonschema

SCHEMA_FILE: Final = "lexicon.schema.json"
LEXICON_KINDS: Final = ("actor", "source")
BUILTIN: Final = "builtin"
_QUOTES: Final = frozenset("\"'")
_QUOTED_NAME_AFTER_A_MARK = re.compile(r"[^\S\n]*[-–—ـ/]+[^\S\n]*[«\"“]")
# Marks around a quoted name on both sides (لـ«السفير»), not a quotation it opens
# («السفير الأمريكي غادر»); an apostrophe quotes no name.
_NAME_QUOTES: Final = QUOTE_MARKS.replace("'", "")


class LexiconError(AnnotatorError):
    """A lexicon file cannot be read or does not follow lexicon.schema.json."""


@dataclass(frozen=True, eq=False)
class LexiconRecord:
    """One surface form and the target it names.

    ``value`` holds, for actors: ``name``, ``inter`` (int 1-8), ``country``,
    ``active_from`` and ``active_to`` (years or None); for sources: ``name``,
    ``source_scale``, ``country``.
    """

    kind: str
    surface: str
    key: str
    target: str
    value: Mapping[str, Any] = field(default_factory=dict)
    confidence: float = 1.0
    origin: str = BUILTIN
    cue: bool = False
    blocked: bool = False
    quoted: bool = False  # only in quotation marks or a dateline (see the schema)

    def active_in(self, year: int | None) -> bool:
        """Whether the name was in use in ``year`` (always, when the year is unknown)."""
        if year is None:
            return True
        start, end = self.value.get("active_from"), self.value.get("active_to")
        return (start is None or start <= year) and (end is None or year <= end)


@dataclass(frozen=True, eq=False)
class Lexicon:
    kind: str
    version: str
    source: str  # the file, for messages
    records: tuple[LexiconRecord, ...]

    @classmethod
    def empty(cls, kind: str) -> Lexicon:
        return cls(kind, "empty", "no file", ())


def match_key(surface: str) -> str:
    """The key a surface is matched under: normalised, without quotes, spaces collapsed."""
    key = normalize_key(surface)
    return " ".join("".join(char for char in key if char not in _QUOTES).split())


# --------------------------------------------------------------------------- files


def load_lexicon(path: str | Path, *, kind: str | None = None, trusted: bool = False) -> Lexicon:
    """Read and check a lexicon file; with ``kind``, the file must hold that kind.

    ``trusted`` skips the schema check: only for the files shipped with annotator, which
    tests/test_bundled_resources.py checks against the schema instead.
    """
    path = Path(path)
    data = read_json_file(path, "the lexicon file", LexiconError)
    return lexicon_from_data(data, source=str(path), kind=kind, trusted=trusted)


def lexicon_from_data(
    data: object, *, source: str, kind: str | None = None, trusted: bool = False
) -> Lexicon:
    """Build a lexicon from parsed JSON; ``source`` names it in error messages."""
    if not trusted:
        best = best_schema_error(SCHEMA_FILE, data)
        if best is not None:
            raise LexiconError(f"The lexicon file {source} is not valid: {_describe(best, data)}")
    document = cast("dict[str, Any]", data)
    if kind is not None and document["kind"] != kind:
        raise LexiconError(
            f"The lexicon file {source} holds {document['kind']} names, not {kind} names"
        )
    records = _records_of(document, source)
    return Lexicon(document["kind"], document["version"], source, tuple(records))


@cache
def builtin_lexicon(kind: str) -> Lexicon:
    """The lexicon shipped in resources/lexicon/ (``actors.json``, ``sources.json``)."""
    if kind not in LEXICON_KINDS:
        raise KeyError(f"no built-in lexicon of kind {kind!r}")
    return load_lexicon(resources_dir() / "lexicon" / f"{kind}s.json", kind=kind, trusted=True)


def _describe(error: jsonschema.exceptions.ValidationError, data: object) -> str:
    """Where and what: ``at entries[3] ('Hezbollah') > inter: 'Militia' is not one of...``."""
    where: list[str] = []
    node: object = data
    for step in error.absolute_path:
        if isinstance(node, list) and isinstance(step, int):
            node = node[step]
            name = node.get("name") if isinstance(node, dict) else None
            label = f"[{step}]" + (f" ({name!r})" if isinstance(name, str) else "")
            where.append((where.pop() if where else "") + label)
        else:
            node = node.get(str(step)) if isinstance(node, dict) else None
            where.append(str(step))
    place = " > ".join(where) if where else "the top level"
    return f"at {place}: {error.message}"


def _surface_items(surfaces: object) -> Iterable[tuple[str, float, bool, bool]]:
    """Each surface's text, confidence, and whether it needs a cue or quotation marks."""
    items = surfaces if isinstance(surfaces, list) else []
    for item in items:
        if isinstance(item, str):
            yield item, 1.0, False, False
        else:
            confidence = float(item.get("confidence", 1.0))
            yield item["text"], confidence, bool(item.get("cue")), bool(item.get("quoted"))


def _records_of(document: dict[str, Any], source: str) -> list[LexiconRecord]:
    kind = document["kind"]
    records: list[LexiconRecord] = []
    for text, confidence, cue, _quoted in _surface_items(document.get("blocked")):
        key = _checked_key(text, source, "blocked")
        records.append(LexiconRecord(kind, text, key, "", {}, confidence, BUILTIN, cue, True))
    inter_codes = default_codebook().vocabulary("actor_type")
    for index, entry in enumerate(document["entries"]):
        where = f"entries[{index}] ({entry['name']!r})"
        if kind == "actor":
            active = entry["active"]
            if None not in (active["from"], active["to"]) and active["from"] > active["to"]:
                raise LexiconError(
                    f"The lexicon file {source} is not valid: at {where} > active: "
                    f"'from' ({active['from']}) is after 'to' ({active['to']})"
                )
            value: dict[str, Any] = {
                "name": entry["name"],
                "inter": inter_codes.code_for(entry["inter"]),
                "country": entry["country"],
                "active_from": active["from"],
                "active_to": active["to"],
            }
        else:
            value = {
                "name": entry["name"],
                "source_scale": entry["source_scale"],
                "country": entry["country"],
            }
            if entry.get("person"):
                value["person"] = True
            if entry.get("home"):
                value["home"] = tuple(match_key(city) for city in entry["home"])
        seen: set[str] = set()
        for language in ("ar", "en"):
            for text, confidence, cue, quoted in _surface_items(entry["surfaces"].get(language)):
                key = _checked_key(text, source, where)
                if key in seen:
                    raise LexiconError(
                        f"The lexicon file {source} is not valid: at {where}: the surface "
                        f"{text!r} is listed twice (after normalisation)"
                    )
                seen.add(key)
                records.append(
                    LexiconRecord(
                        kind, text, key, entry["name"], value, confidence, BUILTIN, cue,
                        quoted=quoted,
                    )
                )  # fmt: skip
    return records


# Kurdish outlets write the Kurds' own names with a و (الكوردي, كوردستان): the same names.
_KURD = "كرد"
_KURD_WRITTEN_BY_KURDS = "كورد"


def _spellings(key: str) -> tuple[str, ...]:
    """A surface's key and the other ways its words are written."""
    if _KURD in key:
        return key, key.replace(_KURD, _KURD_WRITTEN_BY_KURDS)
    return (key,)


def _checked_key(text: str, source: str, where: str) -> str:
    key = match_key(text)
    if len(key) < 2:
        raise LexiconError(
            f"The lexicon file {source} is not valid: at {where}: the surface {text!r} "
            "is too short to be matched (two letters at least)"
        )
    return key


# --------------------------------------------------------------------------- merging


def _get(item: object, name: str, default: object = None) -> object:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def inter_code_of(value: object) -> int | None:
    """An inter code from 1-8, '1'-'8' or the codebook's words (any case); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 8 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return inter_code_of(int(text))
        vocabulary = default_codebook().vocabulary("actor_type")
        for item in vocabulary.items:
            if item.value.casefold() == text.casefold():
                return item.code
    return None


def _source_scale(value: object) -> str | None:
    """A source_scale value, possibly several joined by '-' (Local partner-New media)."""
    if not isinstance(value, str) or not value.strip():
        return None
    allowed = {v.casefold(): v for v in default_codebook().vocabulary("source_scale").values()}
    parts = [allowed.get(part.strip().casefold()) for part in value.split("-")]
    return None if None in parts else "-".join(cast("list[str]", parts))


def _year(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _completed_value(
    kind: str, target: str, given: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any] | None:
    """What a project item says about its target over what is known; None if unusable."""
    value: dict[str, Any] = {**known, "name": target}
    if given.get("country"):
        value["country"] = str(given["country"])
    if kind == "actor":
        inter = inter_code_of(given.get("inter"))
        inter = inter if inter is not None else inter_code_of(value.get("inter"))
        if inter is None:
            return None
        value["inter"] = inter
        for bound in ("active_from", "active_to"):
            value[bound] = _year(given[bound]) if bound in given else _year(value.get(bound))
    else:
        scale = _source_scale(given.get("source_scale"))
        value["source_scale"] = scale or _source_scale(value.get("source_scale")) or "Other"
    return value


@dataclass
class _Group:
    """The project items of one (key, target) pair, taken together."""

    surface: str
    origin: str
    confidence: float
    given: dict[str, Any]


def _group_items(kind: str, project: Iterable[object]) -> dict[tuple[str, str], _Group]:
    groups: dict[tuple[str, str], _Group] = {}
    for item in project:
        surface, target, raw = _get(item, "surface"), _get(item, "target"), _get(item, "value")
        if _get(item, "kind") != kind or not isinstance(surface, str):
            continue
        if not isinstance(target, str) or not target.strip():
            continue
        key = match_key(surface)
        if len(key) < 2:
            continue
        given = {
            name: part
            for name, part in (raw.items() if isinstance(raw, Mapping) else ())
            if name != "name" and part not in (None, "")
        }
        confidence = _confidence(_get(item, "confidence", 1.0))
        pair = (key, target.strip())
        group = groups.get(pair)
        if group is None:
            origin = str(_get(item, "origin", "") or "project")
            groups[pair] = _Group(surface.strip(), origin, confidence, given)
        else:
            group.confidence = min(group.confidence, confidence)
            group.given.update(given)
    return groups


def merge_records(
    kind: str, builtin: Iterable[LexiconRecord], project: Iterable[object] = ()
) -> tuple[LexiconRecord, ...]:
    """The built-in records with the project's items of ``kind`` laid over them.

    Items of other kinds are ignored, so all of a project's rows may be passed. Several
    items of one surface and target count as one, with the lowest confidence. Records
    whose confidence is 0 or less are left out. Doubts (see the module docstring) come
    back as records with an empty value: :func:`split_doubts` sets them apart.
    """
    records: dict[tuple[str, str], LexiconRecord] = {}
    builtin_targets: dict[str, Mapping[str, Any]] = {}
    for record in builtin:
        records.setdefault((record.key, record.target), record)
        if not record.blocked:
            builtin_targets.setdefault(record.target, record.value)
    groups = _group_items(kind, project)
    # What the project's items say about targets the built-in lexicon does not know.
    project_targets: dict[str, dict[str, Any]] = {}
    for (_key, target), group in groups.items():
        if target not in builtin_targets and group.given:
            project_targets.setdefault(target, {}).update(group.given)
    for (key, target), group in groups.items():
        existing = records.get((key, target))
        if existing is not None:
            value = _completed_value(kind, target, group.given, existing.value)
            records[(key, target)] = LexiconRecord(
                kind, existing.surface, key, target, value or dict(existing.value),
                group.confidence, group.origin, existing.cue, existing.blocked, existing.quoted,
            )  # fmt: skip
            continue
        known = builtin_targets.get(target) or project_targets.get(target) or {}
        if not known and not group.given:
            # A doubt about a name the lexicon does not know: kept, naming nothing.
            records[(key, target)] = LexiconRecord(
                kind, group.surface, key, target, {}, group.confidence, group.origin
            )
            continue
        value = _completed_value(kind, target, group.given, known)
        if value is not None:
            records[(key, target)] = LexiconRecord(
                kind, group.surface, key, target, value, group.confidence, group.origin
            )
    return tuple(record for record in records.values() if record.confidence > 0)


def split_doubts(
    records: Iterable[LexiconRecord],
) -> tuple[list[LexiconRecord], dict[tuple[str, str], float]]:
    """Records that name something, and the doubts as {(key, target): confidence}."""
    names: list[LexiconRecord] = []
    doubts: dict[tuple[str, str], float] = {}
    for record in records:
        if not record.blocked and not record.value:
            doubts[(record.key, record.target)] = record.confidence
        else:
            names.append(record)
    return names, doubts


def _confidence(value: object) -> float:
    try:
        number = float(cast("Any", value))
    except (TypeError, ValueError):
        return 1.0
    if math.isnan(number):
        return 1.0
    return min(1.0, number)


def fingerprint(version: str, records: Iterable[LexiconRecord]) -> str:
    """A short digest of a lexicon's content, for a suggester's version string."""
    digest = hashlib.sha256(version.encode())
    for record in sorted(records, key=lambda r: (r.key, r.target, r.origin)):
        line = json.dumps(
            [record.key, record.target, record.confidence, record.cue, record.blocked,
             dict(record.value)],
            sort_keys=True, ensure_ascii=False, default=str,
        )  # fmt: skip
        digest.update(line.encode())
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class LexiconHit:
    """A name found in an article: the original span and the records it may stand for.

    ``records`` are the active records of the surface, one per target, best first.
    """

    start: int
    end: int
    records: tuple[LexiconRecord, ...]
    # the span starts before the name: on a descriptor word (ميليشيا, شبكة), or on a
    # shorter name of the same that begins before it (طيران التحالف الدولي بقيادة ...)
    descriptor: bool = False
    cued: bool = False  # a descriptor or a cue word comes before the name


@dataclass(frozen=True)
class _View:
    """The normalised text without quotation marks (and runs of spaces collapsed)."""

    text: NormalizedText
    # Original indices of the quotation marks taken out, by mark ('"' or "'"), ascending.
    quotes: dict[str, list[int]]

    def quotes_inside(self, mark: str, start: int, end: int) -> int:
        positions = self.quotes.get(mark, [])
        return bisect_left(positions, end) - bisect_left(positions, start)

    def is_quote(self, mark: str, index: int) -> bool:
        positions = self.quotes.get(mark, [])
        at = bisect_left(positions, index)
        return at < len(positions) and positions[at] == index


# Runs of spaces and quotation marks in which something is taken out: of each run only
# its first space stays.
_SPACES_AND_QUOTES = re.compile("[ \"']{2,}|[\"']")


def _view(normalized: NormalizedText) -> _View:
    """The view of an article (the actor and source suggesters share it)."""
    return normalized.shared(_make_view)


def _make_view(normalized: NormalizedText) -> _View:
    source, origins = normalized.text, normalized.origins
    quotes: dict[str, list[int]] = {}
    parts: list[str] = []
    kept: list[int] = []
    copied = 0  # source[:copied] is in parts already
    for run in _SPACES_AND_QUOTES.finditer(source):
        start, end = run.span()
        parts.append(source[copied:start])
        kept.extend(origins[copied:start])
        space = source.find(" ", start, end)
        if space >= 0:
            parts.append(" ")
            kept.append(origins[space])
        for index in range(start, end):
            if source[index] in _QUOTES:
                quotes.setdefault(source[index], []).append(origins[index])
        copied = end
    if not copied:  # nothing taken out: the same text (a copy: the original keeps the view)
        view = NormalizedText(normalized.original, source, origins, plain=normalized.plain)
        return _View(view, quotes)
    parts.append(source[copied:])
    kept.extend(origins[copied:])
    return _View(NormalizedText(normalized.original, "".join(parts), tuple(kept)), quotes)


def stated_after_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """What follows a name that stated something (وكانت «قسد» قد أعلنت): its closing
    quotes, a short name in brackets (قوى الامن الداخلي (الاسايش) حملت) or where it
    sits (في حميميم), قد and one of ``words``; matched at the name's end in normalised
    text."""
    keys = "|".join(match_key(word) for word in words)
    if not keys:
        return None
    # (حملت blames only with the blame after it: not "carried", حملت مواد غذائية)
    blamed = match_key("حملت")
    keys = keys.replace(blamed, blamed + r"(?= (?:\S+ ){0,4}المسؤوليه)")
    # (in brackets: a short name of a word or two, no figures)
    aside = r"\s*\([^()\d\n\s]+(?: [^()\d\n\s]+)?\)[\s\"']*(?:قد )?(?:" + keys + ")"
    # (not a verb whose own subject follows it: قالت مصادر محلية)
    subject_after = r"(?! (?:مصادر|مصدر|وسائل|ناشطون|ناشطين|مسؤول|شهود))"
    # (where it sits, between: مركز المصالحه الروسي في حميميم قد اعلن)
    seat = r"(?:في (?:قاعده )?[^\s\d.،,؛:]+ )?"
    return re.compile(
        r"[\s\"']*(?:" + seat + r"(?:قد )?(?:" + keys + r")|" + aside + r")(?!\w)" + subject_after
    )


class LexiconMatcher:
    """Finds the records' surfaces in articles; built once, used for many articles.

    ``descriptors`` are normalised words that may stand right before a name and join
    its span (``تنظيم``); ``cues`` are words after which records marked ``cue`` may be
    suggested (a descriptor is a cue too); ``members`` are words that may stand between
    one of the ``speech`` cues and the name, naming one of its people (قال احد عناصر
    الدفاع المدني; not نقل عناصر الدفاع المدني الجرحى, carried); ``lam_cues`` are cues
    after which the name takes the preposition ل (وفقا للدفاع المدني); with
    ``datelines``, a name that ends a short line after a place and a mark (أعزاز/
    الأناضول) is cued too; so is a name right before one of ``stated_after`` (وكانت
    «قسد» قد أعلنت).
    """

    def __init__(
        self,
        records: Iterable[LexiconRecord],
        *,
        descriptors: Iterable[str] = (),
        cues: Iterable[str] = (),
        members: Iterable[str] = (),
        speech: Iterable[str] = (),
        lam_cues: Iterable[str] = (),
        datelines: bool = False,
        stated_after: Iterable[str] = (),
    ) -> None:
        self.records = tuple(records)
        self._datelines = datelines
        self._stated_after = stated_after_pattern(stated_after)
        listed_keys = {record.key for record in self.records}
        self._names: NameMatcher[LexiconRecord] = NameMatcher(
            (key, record)
            for record in self.records
            for key in _spellings(record.key)
            if key == record.key or key not in listed_keys  # (a spelling listed is its own)
        )
        keys = [match_key(word) for word in descriptors]
        self._descriptors = frozenset(key for key in keys if " " not in key)
        # Two-word descriptors (وكاله انباء): their last word -> the words before it.
        heads: dict[str, set[str]] = {}
        for head, last in (key.rsplit(" ", 1) for key in keys if " " in key):
            heads.setdefault(last, set()).add(head)
        self._descriptor_heads = {last: frozenset(words) for last, words in heads.items()}
        self._cues = frozenset(match_key(word) for word in cues)
        self._members = frozenset(match_key(word) for word in members)
        self._speech = frozenset(match_key(word) for word in speech)
        self._lam_cues = frozenset(match_key(word) for word in lam_cues)

    def __len__(self) -> int:
        return len(self._names)

    def find(self, context: SuggestContext) -> list[LexiconHit]:
        view = _view(context.normalized)
        year = context.published.year if context.published is not None else None
        candidates: list[tuple[Match[LexiconRecord], tuple[LexiconRecord, ...], int, bool]] = []
        on_probation: set[int] = set()  # the starts of bracketed names not otherwise cued
        cued_ends: set[int] = set()  # where cued names end (normalised): what و joins to them
        for match in self._names.find(view.text, longest=False):
            before = _word_before(view.text.text, match.normalized_start)
            descriptor_start = self._descriptor_start(before, view.text.text)
            by_a_cue_word = self._cued(before, view.text.text)
            cued = (
                descriptor_start is not None
                or by_a_cue_word
                or self._passed_on(before, view.text.text, match.normalized_end)
                or (bool(self._cues) and _admitting(before, view.text.text, match.normalized_end))
                # (a second name joined to a cued one: وفق المرصد السوري والدفاع المدني)
                or _joined_to(view.text.text, match.normalized_start, cued_ends)
                or (
                    bool(self._cues)
                    and view.is_quote('"', match.start - 1)
                    and interviewed_before(view.text.text, match.normalized_start)
                )
                or self._cued_with_lam(
                    view.text.text,
                    match.normalized_start,
                    match.normalized_end,
                    view.is_quote('"', match.start - 1),
                )
                or (
                    self._datelines
                    and (
                        in_a_dateline(context.text, match.start, match.end)
                        or says_in_a_headline(context.text, match.start, match.end)
                    )
                )
                or (
                    self._stated_after is not None
                    and self._stated_after.match(view.text.text, match.normalized_end) is not None
                )
            )
            # A second name in brackets (الدفاع المدني (الخوذ البيضاء)) is cued by the
            # first if it names the same: kept for now, checked once hits are known.
            # ... but a bracket right after a word of telling holds the outlet told (لمراسل
            # (نينا), لـ(الزمان)): brackets as quotation marks.
            told = _in_brackets(context.text, match.start, match.end) and (
                _TOLD_BEFORE_A_BRACKET.search(context.text, max(match.start - 60, 0), match.start)
                is not None
            )
            cued = cued or told
            bracketed = (
                not cued
                and not told
                and _OPENING_BEFORE.search(
                    view.text.text, max(match.normalized_start - 16, 0), match.normalized_start
                )
            )
            quoted = None  # (whether the name is quoted or a dateline's: looked at if asked)
            slashed = False  # (between slashes: quoted in an Iraqi agency's house style)
            if any(r.quoted for r in match.payloads):
                slashed = _between_slashes(context.text, match.start, match.end)
                quoted = (
                    (
                        match.start > 0
                        and context.text[match.start - 1] in _NAME_QUOTES
                        and context.text[match.end : match.end + 1] in _NAME_QUOTES
                    )
                    or told
                    or (before is not None and before[1] in _REPORTER_WORDS)  # (مراسل تلاقي)
                    # (a short name in brackets after the same name in full: checked later)
                    or (bool(bracketed) and _in_brackets(context.text, match.start, match.end))
                    or (
                        in_a_dateline(context.text, match.start, match.end)
                        # (a city before an outlet in quotation marks is the place:
                        # الرياض – «الجزيرة»)
                        and not _QUOTED_NAME_AFTER_A_MARK.match(context.text, match.end)
                    )
                )
            records = tuple(
                sorted(
                    (
                        r
                        for r in match.payloads
                        if r.active_in(year)
                        and (cued or bracketed or not r.cue)
                        and (
                            quoted
                            or not r.quoted
                            or (slashed and r.value.get("country") == _SLASHING_STATE)
                        )
                    ),
                    key=lambda r: (-r.confidence, r.target),
                )
            )
            if records:
                start = match.normalized_start if descriptor_start is None else descriptor_start
                candidates.append((match, records, start, cued))
                if (by_a_cue_word and not _carrying(before)) or cued_ends.intersection(
                    (match.normalized_start - 2,)
                ):
                    cued_ends.add(match.normalized_end)
                if bracketed:
                    on_probation.add(match.start)
        hits: list[LexiconHit] = []
        for match, found, start, cued in _longest(candidates):
            records = tuple(record for record in found if not record.blocked)
            if match.start in on_probation:  # only what the name before it names, if any
                records = _also_named_before(context.text, hits, match.start, records)
            if not records:
                continue
            first = match.start
            if start != match.normalized_start:
                first = view.text.origins[start]
            if hits and first < hits[-1].end:
                first = match.start  # the descriptor belongs to the previous name
            begin, end = _balanced(view, context.text, first, match.end)
            if hits and begin < hits[-1].end:
                begin = first
            hits.append(LexiconHit(begin, end, records, first != match.start, cued))
        return hits

    def _descriptor_start(self, found: tuple[int, str] | None, text: str) -> int | None:
        """Where a descriptor before a name begins (``found``: the word before, if any):
        that word, or the word before it too for a two-word one (وكاله انباء X)."""
        if found is None or not (self._descriptors or self._descriptor_heads):
            return None
        word_start, word = found
        for offset in name_starts(word):
            if word[offset:] in self._descriptors:
                return word_start + offset
        heads = self._descriptor_heads.get(word)
        if heads:
            head = _word_before(text, word_start)
            if head is not None:
                head_start, head_word = head
                for offset in name_starts(head_word):
                    if head_word[offset:] in heads:
                        return head_start + offset
        return None

    def _cued(self, found: tuple[int, str] | None, text: str) -> bool:
        """Whether the word before a name (``found``) is a cue word, or words naming one
        of its people (احد عناصر) stand between a cue word and the name."""
        if not self._cues:
            return False
        cues = self._cues  # right before the name; before people of it, only speech
        if found is not None and a_statement_issued(found, text):
            return True
        for _step in range(_MAX_MEMBER_WORDS + 1):
            if found is None:
                return False
            word_start, word = found
            if any(word[offset:] in cues for offset in name_starts(word)):
                return True
            if not any(word[offset:] in self._members for offset in name_starts(word)):
                return False
            cues = self._speech
            found = _word_before(text, word_start)
        return False

    def _passed_on(self, found: tuple[int, str] | None, text: str, end: int) -> bool:
        """Whether the name follows عن after a verb of passing on, and what it said
        follows it (نقلت وكالة «فرانس برس» عن الأمم المتحدة أن ...): not a report about
        it (نقلت قناة تقريرا عن التنظيم) nor who left it (انشقوا عن التنظيم)."""
        return (
            bool(self._cues)
            and found is not None
            and found[1] == "عن"
            and _passed_on_before(text, found[0])
            and _WHAT_IT_SAID.match(text, end) is not None
        )

    def _cued_with_lam(self, text: str, start: int, end: int, quoted: bool) -> bool:
        """Whether a name written with ل (للدفاع, لوزارة) follows one of the cues that
        take it (وفقا للدفاع المدني), is quoted right after ل (لـ«الوطن»), or is the one
        told (قال مسؤول للأناضول إن, told Anadolu that)."""
        if not self._lam_cues:
            return False
        if text.startswith("لل", start):  # (the match of للاناضول takes the whole word)
            word_start = start
        else:
            if start == 0 or not is_word_char(text[start - 1]):
                return False
            word_start = start
            while word_start > 0 and is_word_char(text[word_start - 1]):
                word_start -= 1
            if text[word_start:start].lstrip("وف") not in ("ل", "لل"):
                return False
        if quoted and text[word_start:start] == "ل":
            return True  # a title in quotation marks after ل: مصادر لـ«الوطن» (told Al-Watan)
        if _TOLD_THAT.match(text, end):
            return True
        found = _word_before(text, word_start)
        if found is not None and found[1] in self._lam_cues:
            return True
        # told, after who spoke (named between): أفاد مصدر طبي للمنار (without إن after it)
        if found is None:
            return False
        found = _word_before(text, found[0])
        for _step in range(_MAX_TOLD_WORDS):
            if found is None:
                return False
            word_start, word = found
            if any(word[offset:] in self._speech for offset in name_starts(word)):
                return True
            found = _word_before(text, word_start)
        return False


_MAX_MEMBER_WORDS = 3  # قال احد عناصر فريق الدفاع المدني
_MAX_TOLD_WORDS = 4  # افاد مصدر طبي ميداني للمنار
# What follows a name cited after عن: what it said (أن, قوله), maybe after a comma.
_WHAT_IT_SAID = re.compile(r"[\s\"'»”)]*(?:،\s*)?(?:ان|بان|قوله|قولها|قولهم|تاكيده|تاكيدها)(?!\w)")
# Verbs of passing on what another said (نقلت X عن Y): Y, after عن, is cited too.
_PASSED_ON = frozenset({"نقل", "نقلت", "نقلا", "ينقل", "تنقل", "نقلته", "نقلها", "نقله"})
_PASSED_ON_REACH = 8  # words from the verb to عن (its subject between: نقلت وكالة X عن)


def _passed_on_before(text: str, start: int) -> bool:
    """Whether a verb of passing on stands within a few words before ``start`` (in the
    same clause: no sentence mark between)."""
    found = _word_before(text, start)
    for _step in range(_PASSED_ON_REACH):
        if found is None:
            return False
        word_start, word = found
        if word in _PASSED_ON or (word[:1] in "وف" and word[1:] in _PASSED_ON):
            return True
        if any(mark in text[word_start:start] for mark in ".؛:!?؟\n"):
            return False
        found = _word_before(text, word_start)
    return False


# ... or after "known as" (الدفاع المدني السوري المعروف بـ«الخوذ البيضاء»).
_OPENING_BEFORE = re.compile(r"(?:\(\s*|(?<!\w)و?المعروفه? (?:باسم |ب ?))$")
_BETWEEN_NAMES = re.compile(r"[»\"”]?\s*\(\s*|[»\"”]?[،,]?\s*و?المعروفة? (?:باسم\s*|بـ?\s*)[«\"“]?")


def _also_named_before(
    original: str, hits: list[LexiconHit], start: int, records: tuple[LexiconRecord, ...]
) -> tuple[LexiconRecord, ...]:
    """The records of a bracketed name that the hit right before the bracket names too,
    and only those that need no cue (nor quotation marks) otherwise."""
    if not hits or not _BETWEEN_NAMES.fullmatch(original, hits[-1].end, start):
        return tuple(record for record in records if not (record.cue or record.quoted))
    targets = {record.target for record in hits[-1].records}
    return tuple(
        record
        for record in records
        if record.target in targets or not (record.cue or record.quoted)
    )


# A call or an interview with the outlet, its name in quotation marks (في اتصال هاتفي مع
# «السبيل», في حديث خاص مع «الجديد»): what was said was said to it. (Not a meeting or a
# dialogue with a party, لقاء مع قسد, حوار مع الإدارة الذاتية.)
_INTERVIEW_WITH = re.compile(
    r"(?<!\w)[وبف]?(?:اتصال|اتصالا|حديث|حديثه|حديثها|مقابله|مقابلتها|مقابلته)"
    r"(?: هاتفي| هاتفيا| خاص| خاصه| خاصا| مصور| صحفي| صحفيه| اذاعي| تلفزيوني| متلفز)? مع[\s\"']*$"
)


# A statement the name issued (وفق بيان أصدرته القيادة العامة, في التقرير الذي أصدره
# المرصد): its source; not a decree or a ruling (القرار الذي أصدرته الهيئة).
_ISSUED_WORDS = frozenset({"اصدره", "اصدرته", "اصدرها", "اصدرتها", "اصدرتهما"})
_STATEMENT_NOUNS = frozenset({
    "بيان", "البيان", "بيانا", "تقرير", "التقرير", "تقريرا", "حصيله", "الحصيله", "احصائيه",
    "الاحصائيه", "بلاغ", "البلاغ", "تصريح", "التصريح",
})  # fmt: skip
# ... what may come between: a relative, or the statement's adjective (بيان رسمي أصدرته)
_BETWEEN_STATEMENT_AND_ISSUED = frozenset({
    "الذي", "التي", "رسمي", "الرسمي", "صحفي", "الصحفي", "مشترك", "المشترك", "مصور", "المصور",
})  # fmt: skip


def a_statement_issued(found: tuple[int, str], text: str) -> bool:
    """Whether the word before a name (``found``: its start and normalised text) is
    "issued" after a statement's noun."""
    word_start, word = found
    if word not in _ISSUED_WORDS:
        return False
    before = _word_before(text, word_start)
    if before is not None and before[1] in _BETWEEN_STATEMENT_AND_ISSUED:
        before = _word_before(text, before[0])
    return before is not None and before[1] in _STATEMENT_NOUNS


def interviewed_before(text: str, start: int) -> bool:
    """Whether a call or an interview with the name ends right before ``start``."""
    return _INTERVIEW_WITH.search(text, max(start - 40, 0), start) is not None


# After an outlet written with ل: "that", what it was told (للأناضول، إن ...).
_TOLD_THAT = re.compile(r"[\s,،]*(?:ان|بان)(?!\w)")
DATELINE_MARKS = "/-–—:ـ|"
_DATELINE_MARKS_AFTER = "/-–—ـ،,(|"  # (... – الغد (متابعات)), (بيروت - «النشرة» | الثلاثاء)
_QUOTES_AND_SPACE = " " + QUOTE_MARKS
_DATELINE_MARKS_BEFORE = DATELINE_MARKS + "،,"  # (دمشق - أ ف ب، رويترز)
# A place of a few words, perhaps a day and month, then the outlet in brackets: ريف دمشق (,
# دمشق 20 تشرين الأول (
# (places joined by a slash, a date with both month names: دمشق/بيروت، 27 أبريل/نيسان (إفي)-)
_BRACKETED_DATELINE = re.compile(
    r"[^\W\d]+(?: ?/ ?[^\W\d]+| [^\W\d]+){0,3}[،,]?"
    r"(?: \d{1,2}(?: [^\W\d]+(?:/[^\W\d]+)?){1,2}(?: \d{4})?)? \($"
)
_DASH_AFTER = re.compile(r"\)\s*[-–—ـ]")
_DATED_DATELINE_LENGTH = 90
_DATED_PLACE = re.compile(r"[^\W\d]+ [^\n]*\d{4} *(?:م|هـ)? *")  # (any script's digits)
_DATELINE_LENGTH = 60  # characters: a place, a mark and the outlet's name
_TOP_OF_ARTICLE = 300  # characters: where a headline, a masthead and the dateline lie


_AND_THE_WIRES = re.compile(r"و\s*(?:ال)?وكالات")


# Iraqi agencies set their own name and their dateline's between slashes (دمشق / نينا /
# أفاد مراسل الوكالة ..., للأنباء /نينا/): quotation marks of their house style (only
# theirs: دمشق/ الرياض/ دمشق is a route, /اليوم/ a word they stress).
_SLASHING_STATE = "Iraq"
# An outlet's reporter names it as surely as quotation marks do (وفق ما أفاد مراسل تلاقي).
_REPORTER_WORDS = frozenset(
    match_key(word)
    for word in ("مراسل", "مراسلة", "لمراسل", "لمراسلة", "ومراسل", "مندوب", "لمندوب", "مراسلو")
)
_SLASH_BEFORE = re.compile(r"/[^\S\n]?$")
_SLASH_AFTER = re.compile(r"[^\S\n]?/")
_TOLD_BEFORE_A_BRACKET = re.compile(
    r"(?:(?<!\w)(?:قال|قالت|اكد|اكدت|أكد|أكدت|صرح|صرحت|أفاد|أفادت|افاد|افادت|أوضح|أوضحت|اوضح"
    r"|اوضحت|مصدر|مصادر)(?!\w)[^.،\n]{0,40}?(?<!\w)[وف]?لـ?"
    r"|(?<!\w)[وفل]?(?:مراسل|مراسله|مراسلة|مندوب|مندوبة))\s*\($"
)


def _between_slashes(text: str, start: int, end: int) -> bool:
    return bool(_SLASH_BEFORE.search(text, max(start - 2, 0), start)) and bool(
        _SLASH_AFTER.match(text, end)
    )


# Verbs that are cues of speech but also of carrying or deploying (نقل الهلال الأحمر
# والدفاع المدني الجرحى, نشرت الهيئة والجبهة تعزيزات): what follows joined is no source.
_CARRYING = frozenset({"نقل", "نقلت", "ونقل", "ونقلت", "نشر", "نشرت", "ونشر", "ونشرت", "بث", "بثت"})


def _carrying(found: tuple[int, str] | None) -> bool:
    return found is not None and found[1] in _CARRYING


def _joined_to(text: str, start: int, cued_ends: set[int]) -> bool:
    """Whether the name at ``start`` follows و right after a cued name (normalised)."""
    return text[start - 2 : start] == " و" and start - 2 in cued_ends


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


# A party that admits (أقرّت «قسد» بمقتل أربعة من مقاتليها) tells of its own losses: a
# source; not a body that passes a law or approves a plan (أقرت الحكومة قانوناً).
_ADMITTING = frozenset({"اقر", "اقرت", "اعترف", "اعترفت"})
_ADMITTED_AFTER = re.compile(
    r"(?:(?!قرار|قانون|مرسوم|خطه|اليه|موازنه|ميزانيه|تعديل|نظام|لائحه)[^.\n]){0,60}?"
    r"(?<!\w)(?:ب(?:مقتل|سقوط|خساره|خسائر|خسارته|خسارتها|اصابه|فقدان|وقوع|مسؤوليه"
    r"|مسؤوليته|مسؤوليتها|تنفيذ|خطا|الخطا)|بان|بانه|بانها)(?!\w)"
)


def _admitting(found: tuple[int, str] | None, text: str, end: int) -> bool:
    if found is None:
        return False
    word = found[1]
    return any(word[offset:] in _ADMITTING for offset in name_starts(word)) and bool(
        _ADMITTED_AFTER.match(text, end)
    )


def in_a_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name is the outlet of a dateline: a short line of its own that names a
    place and the outlet, a mark between (أعزاز/ الأناضول, القامشلي – نورث برس, درعا:
    «الشرق الأوسط», الأخبار ــ دير الزور, المدن - عرب وعالم, دمشق (فارس)); or the outlet
    in brackets after the place that opens a paragraph (ريف دمشق (سمارت) - قُتل)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _BRACKETED_DATELINE.match(text, line_start, start) and _DASH_AFTER.match(text, end):
        return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    bar = text.find("|", end, line_end)  # (إباء – إدلب | الأربعاء 12 ذو القعدة ...: a date)
    if bar > 0:
        line_end = bar + 1
    if not text[end:line_end].strip() and _DATED_PLACE.fullmatch(text, line_start, start):
        # a place and the date, then the outlet closing the line (دمشق 15 ربيع الأول 1433
        # هـ الموافق 07 فبراير 2012 م واس)
        return line_end - line_start <= _DATED_DATELINE_LENGTH
    if line_end - line_start > _DATELINE_LENGTH:
        return False
    before, after = text[line_start:start], text[end:line_end]
    after = after.lstrip(_QUOTES_AND_SPACE)
    if after.rstrip() == ":" or _AND_THE_WIRES.fullmatch(after.rstrip()):
        after = ""  # حماة – البعث: (a colon ends the line), دمشق ـ «المستقبل» والوكالات
    if after.rstrip() == ")" and _BRACKETED_DATELINE.fullmatch(before):
        # a line of a place and the outlet in brackets, at the top (دمشق (فارس)); not a
        # section heading further down (شرق الفرات (قسد))
        return line_start <= _TOP_OF_ARTICLE
    if not after:
        # (the outlet right after a mark: not the end of a headline that opens with a
        # place, قامشلو – مقتل شخصين بقصف على المدينة اليوم)
        return before.rstrip(_QUOTES_AND_SPACE)[-1:] in _DATELINE_MARKS_BEFORE and any(
            mark in before for mark in DATELINE_MARKS
        )
    if not before.strip(_QUOTES_AND_SPACE):
        return after[:1] in DATELINE_MARKS
    # between marks, or before the wires it adds: دمشق – الثورة – سانا, المصدر: "النهار"
    # - دمشق, دمشق - «الخليج»، وكالات
    return after[:1] in _DATELINE_MARKS_AFTER and any(mark in before for mark in DATELINE_MARKS)


_HEADLINE_LINES = 2  # a headline and the subheading under it
_MASTHEAD_LENGTH = 80  # a line of date and section above the headline, at most
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # (any script's digits: ٢٠١٣)


def says_in_a_headline(text: str, start: int, end: int) -> bool:
    """Whether a name is who a headline quotes: in the headline or the subheading under
    it (the lines before the first blank one, or after a dated masthead line: الثلاثاء
    ٢١ مايو ٢٠١٣ | الشؤون العربية), followed by a colon (و«قسد»: ١١ قتيلاً مدنياً;
    «المرصد»: 52 قتيلاً), as headlines attribute a claim."""
    after = text[end : end + 4].lstrip(_QUOTES_AND_SPACE)
    # (the colon first: it is rare, and the lines before are then looked at once)
    if not after.startswith(":"):
        return False
    # (with at most one line break before, no blank line can come between)
    if text.count("\n", 0, start) < _HEADLINE_LINES:
        return True
    masthead_end = text.find("\n\n", 0, start)
    if not 0 < masthead_end <= _MASTHEAD_LENGTH:
        return False
    masthead = text[:masthead_end]
    if "\n" in masthead or not _YEAR.search(masthead):
        return False
    headline = text[masthead_end:start].lstrip("\n")
    return "\n\n" not in headline and headline.count("\n") < _HEADLINE_LINES


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word that ends one space before ``start``, if the name starts a word."""
    if start < 2 or text[start - 1] != " ":
        return None
    end = start - 1
    begin = end
    while begin > 0 and is_word_char(text[begin - 1]):
        begin -= 1
    return (begin, text[begin:end]) if begin < end else None


def _longest(
    candidates: Sequence[tuple[Match[LexiconRecord], tuple[LexiconRecord, ...], int, bool]],
) -> list[tuple[Match[LexiconRecord], tuple[LexiconRecord, ...], int, bool]]:
    """Of overlapping matches keep the longest (then the earliest), in text order. One
    that names the same and begins before the kept one it ends in widens it to its start
    (طيران التحالف الدولي + التحالف الدولي بقيادة الولايات المتحدة: the whole)."""
    ordered = sorted(
        candidates, key=lambda c: (c[0].normalized_start - c[0].normalized_end, c[0].start)
    )
    kept: list[tuple[Match[LexiconRecord], tuple[LexiconRecord, ...], int, bool]] = []
    size = max((c[0].normalized_end for c in candidates), default=0)
    taken = bytearray(size)
    owner = [-1] * size if len(candidates) > 1 else []  # kept index holding each position
    dropped = []
    for candidate in ordered:
        first, last = candidate[0].normalized_start, candidate[0].normalized_end
        if any(taken[first:last]):
            dropped.append(candidate)
            continue
        taken[first:last] = b"\x01" * (last - first)
        owner[first:last] = [len(kept)] * (last - first)
        kept.append(candidate)
    for other, targets, start, _cued in dropped:
        index = owner[other.normalized_end - 1]
        match, records, kept_start, cued = kept[index]
        if (
            start < kept_start < other.normalized_end <= match.normalized_end
            and not any(taken[start:kept_start])
            and {r.target for r in targets} == {r.target for r in records}
        ):
            kept[index] = (match, records, start, cued)
    return sorted(kept, key=lambda c: c[0].start)


def _balanced(view: _View, original: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span by one quotation mark when it holds an odd number of them."""
    for mark in ('"', "'"):
        if view.quotes_inside(mark, start, end) % 2 == 0:
            continue
        if end < len(original) and view.is_quote(mark, end):
            end += 1
        elif start > 0 and view.is_quote(mark, start - 1):
            start -= 1
    return start, end


def suggestions_of(
    context: SuggestContext, kind: str, hits: Iterable[LexiconHit], value_keys: tuple[str, ...]
) -> list[Suggestion]:
    """One suggestion per hit and target; candidates of one span share the confidence."""
    found: list[Suggestion] = []
    for hit in hits:
        share = 1 / len(hit.records)
        for record in hit.records:
            value = {name: record.value.get(name) for name in value_keys}
            found.append(
                context.suggestion(kind, hit.start, hit.end, value, record.confidence * share)
            )
    return found
