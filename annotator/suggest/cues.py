"""Event-type cues: which ACLED event and sub-event type a sentence's wording signals.

``suggest_event_types(ctx)`` returns suggestions of kind ``event_type`` with value
``{"event_type", "sub_event_type"}``; a suggestion's span is the cue phrase. The cue
words, their types and weights are data: ``resources/lexicon/event_cues.json``, checked
against ``schemas/event_cues.schema.json`` and against the codebook's vocabularies.

The rules, in the order they are applied:

1. **Matching.** Cue phrases are found in the normalised text on word boundaries, also
   after proclitics (واشتباكات, بغارة, لهجوم), and in the indefinite accusative of a
   verb's object (شن هجومًا كيماويًا for هجوم كيماوي), by :class:`NameMatcher`;
   overlapping matches keep the longest phrase (تفكيك عبوة ناسفة, not عبوة ناسفة).
2. **Sentences and clauses.** Text is cut into sentences at line breaks and at . ! ? ؟ …
   followed by a space or the end (not inside 3.5 or sana.sy). A sentence is cut into
   clauses at ؛ ; and at the lexicon's clause breaks (بالتزامن مع, في حين, بينما ...),
   because such connectives join two separate happenings.
3. **Conditions.** A cue with ``requires`` counts only when a phrase of that context is
   in the same sentence: صواريخ only when something is launched, falls or hits; تفريق
   only at a protest.
4. **Resolution by actors** (actor suggestions of ``ctx.earlier`` in the same clause):
   ``territory`` cues (سيطرت, استعادت, السيطرة على, تقدم) become *Government regains
   territory* when the acting actor is State forces (inter 1), *Non-state actor
   overtakes territory* for inter 2-4 and for a foreign state's forces (inter 8) taking
   ground (not only advancing); with no actor, or another kind of actor, the
   suggestion is *Battles / Armed clash* at no more than 0.5, since fighting is likely
   but who took the ground is for the coder. The acting actor of a verbal noun is the
   nearest one before it, else after. That of a verb is its subject after it (سيطرت
   قوات النظام), not an actor after the ground taken or after من/مع/ضد (the side the
   ground was taken from or fought); else the clause's first actor before it (قوات
   النظام، مدعومة بميليشيات ...، سيطرت: not the militias).
   ``target`` cues (هجوم) become *Violence against civilians / Attack* when the clause
   names civilians (an actor with inter 7, or a word of the ``civilians`` context).
5. **Modifiers.** A cue within a few words after a negation (لم, نفى, دون ...) or a
   hedge (الحديث عن, هدد ...) has its confidence multiplied by their factor.
6. **Yielding, nearest first.** A cue with ``yields_to`` is dropped when plain cues
   of other entries name one of those sub-event types and none names the cue's own,
   looking first in its sentence, then its paragraph, then the whole article (the first
   of these that has any plain cue decides; in the whole article, the types named most
   often): in a report of air strikes, a bare هجوم, قصف or صاروخ is the strike, not a
   second event, even if a clash is mentioned in another paragraph. A cue that yields
   to its own type is dropped where another cue names that type: warplanes (الطيران
   الحربي) in a report of air strikes are its actor, not another strike.
7. **Hierarchy, per clause.** Sub-event types named in the ``overrides`` of a plain
   (not negated or hedged) cue are dropped, not even reported as secondary (أعمال شغب
   turns a protest into a riot; تفكيك عبوة means no explosion, إسقاط طائرات مسيرة no
   strike); those in its ``converts`` become its own (فرقت قوات الامن تظاهرة: the
   protest dispersed was one with intervention). Fallback cues (هجوم, قصف, انفجار)
   yield to any other cue, and negated or hedged cues to plain ones. Among what is
   left, the primary is the highest in the codebook's hierarchy: event types in
   codebook order (Battles, Protests, Riots, Explosions/Remote violence, Violence
   against civilians, Strategic developments), then sub-event types in codebook order
   (Chemical weapon before Air/drone strike before ... Grenade). So a battle with air
   strikes is Battles, air strikes with shelling are Air/drone strike, an abduction and
   a killing are Attack. The primary keeps its confidence; every other sub-event type
   of the clause is reported at half of its own.
8. **Every plain mention.** Each sub-event type a sentence reports is suggested at its
   strongest cue (earliest on ties) and at every other plain cue of that type in the
   sentence (not a fallback, negated, hedged or unresolved territory cue): a coder sees
   each word that says what happened, as the corpus annotators mark them. Cues of one
   type side by side (بقذائف المدفعية) are one span. A cue left below
   ``SHOWN_CONFIDENCE`` (denied or hedged and not its clause's first) is not suggested.

Right after matching (rule 1), two kinds of match are set aside:

- **Outlets' names** (sources of ``ctx.earlier``) hold no cue: منظمة حظر الأسلحة
  الكيميائية names no chemical attack.
- **Lists of kinds of violence** (انتهاكات ... كالقصف العشوائي، البراميل المتفجرة،
  الاختفاء القسري، التعذيب، العنف الجنسي: four or more definite cues of three or more
  sub-event types, a few words apart, introduced by a word of kinds or ك) describe a
  pattern, not an event: none is suggested. (A day's events listed the same way, with
  no such word, are: اسفرت الاشتباكات والقصف المدفعي والغارات الجوية ... عن مقتل.)

Decisions on the seed article: an armed attack on soldiers (a military bus attacked
with 'various weapons', هجوم) is *Battles / Armed clash*, as ACLED codes attacks by an
armed group on military personnel, unless the text names an explosive or air weapon,
which outranks the fallback. A sweep campaign (حملة تمشيط) alone is no cue: it is a
continuing operation, and ACLED codes the clashes it produces, not the campaign.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, cast

from annotator.bundled import best_schema_error, resources_dir
from annotator.codebook import default_codebook
from annotator.errors import AnnotatorError
from annotator.io.json_files import read_json_file
from annotator.suggest.base import (
    CIVILIANS,
    EXTERNAL_FORCES,
    NON_STATE_FORCES,
    STATE_FORCES,
    SuggestContext,
    Suggestion,
    TakenSpans,
)
from annotator.suggest.lexicon import inter_code_of
from annotator.suggest.matcher import Match, MatcherGroup, NameMatcher
from annotator.text.normalize import NormalizedText, normalize_key
from annotator.text.tokens import QUOTE_CLASS, char_positions, sentence_around, text_word_starts

LEXICON_FILE = Path("lexicon") / "event_cues.json"
SCHEMA_FILE = "event_cues.schema.json"

SECONDARY_FACTOR = 0.5
# Below this a cue is shown to no one: a denied or hedged reading that is also not its
# clause's first (لم ينفذ أي غارات, دون أن تسجل أي مواجهات), or an advance no actor
# resolves (تقدمت القوة نحو): in the gold sets 1 in 25 such cues is right.
SHOWN_CONFIDENCE = 0.25
"""Other sub-event types of a clause are reported at this share of their confidence."""
UNRESOLVED_TERRITORY_CONFIDENCE = 0.5
"""A territory cue whose actor is unknown becomes Armed clash at no more than this."""


_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SENTENCE_END_FIRST = ".!?؟…۔"
_SENTENCE_END = re.compile(rf"[{_SENTENCE_END_FIRST}]+[\"'”’»)\]]*(?=\s|$)")
_CLAUSE_BREAK_CHARS = "؛;"


class CueLexiconError(AnnotatorError):
    """The event cue lexicon cannot be read or is not valid."""


# --------------------------------------------------------------------------- sentences


class Sentence(NamedTuple):  # a tuple: an article has dozens, made fast
    """A sentence of the original text: ``text[start:end]``, in paragraph ``paragraph``."""

    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Sentences in text order, without surrounding white space; lines are paragraphs."""
    found: list[Sentence] = []
    # A sentence end is tried only where its first character is, found by str.find: a
    # regex searching the text tests every character, which took most of the time.
    marks = char_positions(text, _SENTENCE_END_FIRST)
    for paragraph, (line_start, line_end) in enumerate(_lines(text)):
        begin = line_start
        at = bisect_left(marks, begin)
        while at < len(marks) and marks[at] < line_end:
            # The line's end is the end of the text for the match, as for a copy of it.
            end = _SENTENCE_END.match(text, marks[at], line_end)
            if end is None:
                at += 1
                continue
            _add_stripped(found, text, begin, end.end(), paragraph)
            begin = end.end()
            at = bisect_left(marks, begin, at)
        _add_stripped(found, text, begin, line_end, paragraph)
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each line that is not empty starts and ends (str.splitlines breaks lines at
    _LINE_BREAKS, and does so in C)."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        length = len(line.rstrip(_LINE_BREAKS))
        if length:
            found.append((start, start + length))
        start += len(line)
    return found


def _add_stripped(found: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    piece = text[start:end]
    stripped = piece.lstrip()  # str.strip drops what str.isspace calls white space
    if stripped:
        start += len(piece) - len(stripped)
        found.append(Sentence(start, start + len(stripped.rstrip()), paragraph))


def sentence_index(spans: Sequence[Sentence], starts: Sequence[int], position: int) -> int | None:
    """The index of the sentence holding ``position`` (``starts``: their start offsets)."""
    index = bisect_right(starts, position) - 1
    if index >= 0 and position < spans[index].end:
        return index
    return None


# --------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class Cue:
    phrases: tuple[str, ...]
    event_type: str
    sub_event_type: str
    weight: float
    fallback: bool = False
    requires: str | None = None
    context_reach: str = "sentence"  # or "earlier" (anywhere before it), "beside" (next to it)
    overrides: frozenset[str] = frozenset()
    resolve: str | None = None
    agent: str = "after"
    yields_to: frozenset[str] = frozenset()
    converts: frozenset[str] = frozenset()
    body_only: bool = False  # no cue in the headline, where writers leave it unmarked
    yields_in_sentence: bool = False  # gives way only to the cues of its own sentence


# What a phrase of the lexicon's not_cues is matched as: a cue of no event, dropped.
NOT_A_CUE = Cue((), "", "", 0.0)


@dataclass(frozen=True)
class Modifier:
    """Negation or hedging: cues within ``window`` words after a phrase get ``factor``."""

    factor: float
    window: int
    phrases: tuple[str, ...]


class CueLexicon:
    """The cues and the phrase lists around them, with their matchers built once."""

    def __init__(
        self,
        *,
        version: str,
        cues: Sequence[Cue],
        contexts: Mapping[str, Sequence[str]],
        negation: Modifier,
        hedges: Modifier,
        clause_breaks: Sequence[str],
        not_cues: Sequence[str] = (),
    ) -> None:
        self.version = version
        self.cues = tuple(cues)
        self.not_cues = tuple(not_cues)
        self.contexts = {name: tuple(phrases) for name, phrases in contexts.items()}
        self.negation = negation
        self.hedges = hedges
        self.clause_breaks = tuple(clause_breaks)
        self.cue_matcher: NameMatcher[Cue] = NameMatcher(
            _unique(
                (form, cue)
                for cue in self.cues
                for phrase in cue.phrases
                for form in (phrase, *_accusative(phrase), *_possessive(phrase))
            )
            # (the longest match wins: a name holding a cue's word hides it, then is dropped)
            + [(phrase, NOT_A_CUE) for phrase in self.not_cues]
        )
        self.context_matcher: NameMatcher[str] = NameMatcher(
            _unique((p, name) for name, phrases in self.contexts.items() for p in phrases)
        )
        self.negation_matcher: NameMatcher[str] = NameMatcher((p, "") for p in negation.phrases)
        self.hedge_matcher: NameMatcher[str] = NameMatcher((p, "") for p in hedges.phrases)
        self.break_matcher: NameMatcher[str] = NameMatcher((p, "") for p in self.clause_breaks)
        # All five in one automaton: one pass over an article finds every phrase.
        self._matchers = MatcherGroup(
            [self.cue_matcher, self.context_matcher, self.negation_matcher,
             self.hedge_matcher, self.break_matcher],
            longest=[True, False, True, True, True],
        )  # fmt: skip

    def find(self, normalized: NormalizedText) -> CueMatches:
        """What each of the matchers finds in a text (contexts with overlaps kept)."""
        cues, contexts, negations, hedges, breaks = self._matchers.find(normalized)
        return CueMatches(cues, contexts, negations, hedges, breaks)


@dataclass(frozen=True)
class CueMatches:
    cues: list[Match[Cue]]
    contexts: list[Match[str]]
    negations: list[Match[str]]
    hedges: list[Match[str]]
    breaks: list[Match[str]]


# Words that end so take no alef of the accusative (غارةً, ضرباتٍ, قتلى, أعداءً).
_NO_ACCUSATIVE_ALEF = ("ة", "ه", "ى", "ا", "ء", "ات")


def _accusative(phrase: str) -> tuple[str, ...]:
    """The indefinite accusative of a cue phrase, as the verb's object is written:
    هجوم كيماوي -> هجوما كيماويا (شن هجومًا كيماويًا), قصف مدفعي -> قصفا مدفعيا. Nothing
    for a definite phrase (the article takes no tanween) or one no word of which
    changes; short words (من, في) are left as they are."""
    words = normalize_key(phrase).split()
    if not words or words[0].startswith("ال"):
        return ()
    changed = [
        word if len(word) <= 2 or word.endswith(_NO_ACCUSATIVE_ALEF) else word + "ا"
        for word in words
    ]
    return (" ".join(changed),) if changed != words else ()


_POSSESSIVES = ("ها", "هم", "هما")


def _possessive(phrase: str) -> tuple[str, ...]:
    """A plural of acts with the pronoun of whose acts they are (واصلت الطائرات غاراتها,
    هجماتهم), and a verb of taking people with the pronoun of whom it took (اختطفوهم).
    Not a singular noun: سيطرتها, سيطرتهم name who holds ground far more often than a
    taking of it."""
    first, _space, rest = normalize_key(phrase).partition(" ")
    if first.startswith("ال") or not first.endswith(("ات", "وا")):
        return ()
    stem = first[:-1] if first.endswith("وا") else first  # (اختطفوا -> اختطفوهم)
    return tuple(" ".join(filter(None, (stem + pronoun, rest))) for pronoun in _POSSESSIVES)


def _unique(pairs: Any) -> list[tuple[str, Any]]:
    """Drop a phrase listed twice for the same payload (its forms may normalise alike)."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for phrase, payload in pairs:
        key = (normalize_key(phrase), id(payload) if isinstance(payload, Cue) else hash(payload))
        if key not in seen:
            seen.add(key)
            kept.append((phrase, payload))
    return kept


def load_event_cues(path: str | Path, *, trusted: bool = False) -> CueLexicon:
    """Read a cue lexicon file and check it against its schema and the codebook.

    Raises :class:`CueLexiconError` naming the file and the problem. ``trusted`` skips
    the schema check: only for the file shipped with annotator, which
    tests/test_bundled_resources.py checks against the schema instead.
    """
    path = Path(path)
    data = read_json_file(path, "the cue lexicon", CueLexiconError)
    return cue_lexicon_from_data(data, source=str(path), trusted=trusted)


def cue_lexicon_from_data(
    data: object, *, source: str = "<data>", trusted: bool = False
) -> CueLexicon:
    """Build a lexicon from parsed JSON; ``source`` names it in error messages."""
    if not trusted:
        error = best_schema_error(SCHEMA_FILE, data)
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path) or "the top level"
            raise CueLexiconError(
                f"The cue lexicon {source} is not valid at {where}: {error.message}"
            )
    data = cast("dict[str, Any]", data)
    contexts = {str(k): tuple(v) for k, v in data["contexts"].items()}
    cues = [_cue(entry, contexts, source, n) for n, entry in enumerate(data["cues"])]
    for name, phrases in [
        *(("contexts/" + k, v) for k, v in contexts.items()),
        ("negation", data["negation"]["phrases"]),
        ("hedges", data["hedges"]["phrases"]),
        ("clause_breaks", data["clause_breaks"]),
        ("not_cues", data.get("not_cues", ())),
    ]:
        _check_phrases(phrases, source, name)
    return CueLexicon(
        version=data["version"],
        cues=cues,
        contexts=contexts,
        negation=_modifier(data["negation"]),
        hedges=_modifier(data["hedges"]),
        clause_breaks=data["clause_breaks"],
        not_cues=data.get("not_cues", ()),
    )


def _modifier(entry: Mapping[str, Any]) -> Modifier:
    return Modifier(float(entry["factor"]), int(entry["window"]), tuple(entry["phrases"]))


def _cue(entry: Mapping[str, Any], contexts: Mapping[str, Any], source: str, n: int) -> Cue:
    where = f"The cue lexicon {source}, cues/{n}"
    event_type, sub_event_type = entry["event_type"], entry["sub_event_type"]
    if (event_type, sub_event_type) not in hierarchy_rank():
        raise CueLexiconError(
            f"{where}: {sub_event_type!r} is not a sub-event type of {event_type!r} in the codebook"
        )
    known = {sub for _, sub in hierarchy_rank()}
    for field_name in ("overrides", "yields_to", "converts"):
        for sub in entry.get(field_name, ()):
            if sub not in known:
                raise CueLexiconError(
                    f"{where}: {field_name} {sub!r}, which is not a sub-event type"
                )
    requires = entry.get("requires")
    if requires is not None and requires != HEADLINE and requires not in contexts:
        raise CueLexiconError(f"{where}: requires the context {requires!r}, which is not defined")
    if entry.get("resolve") == "target" and "civilians" not in contexts:
        raise CueLexiconError(f"{where}: resolves by target but no 'civilians' context is defined")
    _check_phrases(entry["phrases"], source, f"cues/{n}")
    return Cue(
        phrases=tuple(entry["phrases"]),
        event_type=event_type,
        sub_event_type=sub_event_type,
        weight=float(entry["weight"]),
        fallback=bool(entry.get("fallback", False)),
        requires=requires,
        context_reach=entry.get("context_reach", "sentence"),
        overrides=frozenset(entry.get("overrides", ())),
        resolve=entry.get("resolve"),
        agent=entry.get("agent", "after"),
        yields_to=frozenset(entry.get("yields_to", ())),
        converts=frozenset(entry.get("converts", ())),
        body_only=bool(entry.get("body_only", False)),
        yields_in_sentence=entry.get("yields_in") == "sentence",
    )


def _check_phrases(phrases: Sequence[str], source: str, where: str) -> None:
    for phrase in phrases:
        if len(normalize_key(phrase)) < 2:
            raise CueLexiconError(
                f"The cue lexicon {source}, {where}: {phrase!r} has fewer than two letters "
                "once normalised and could never be matched"
            )


@cache
def default_event_cues() -> CueLexicon:
    """The lexicon shipped in resources/lexicon (loaded once)."""
    return load_event_cues(resources_dir() / LEXICON_FILE, trusted=True)


@cache
def hierarchy_rank() -> dict[tuple[str, str], int]:
    """(event_type, sub_event_type) -> position in the codebook's hierarchy (0 is highest)."""
    codebook = default_codebook()
    pairs = [
        (event_type, sub)
        for event_type in codebook.choices("event_type")
        for sub in codebook.choices("sub_event_type", event_type)
    ]
    return {pair: rank for rank, pair in enumerate(pairs)}


def inter_code(value: Mapping[str, Any]) -> int | None:
    """An actor suggestion's inter as a code 1-8: from a number, digits or the codebook text."""
    return inter_code_of(value.get("inter"))


# --------------------------------------------------------------------------- suggesting


class _Candidate(NamedTuple):  # a tuple: made for every candidate, fast
    start: int
    end: int
    cue: Cue
    pair: tuple[str, str]
    confidence: float
    weakened: bool  # negated or hedged
    plain: bool  # says what happened: not a fallback, weakened or unresolved territory cue


class _Actor(NamedTuple):  # a tuple: made for every candidate, fast
    start: int
    end: int
    inter: int | None


# Words that introduce kinds of violence, not events: انتهاكات مثل, اشكال, انواع ...
_KINDS_WORD = re.compile(
    r"(?<!\w)[وب]?(?:انتهاكات|انتهاك|اشكال|انواع|انماط|مثل|منها|قبيل|تشمل|تتضمن)(?!\w)"
)
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
LIST_LENGTH = 4  # (شهدت المدينة الاشتباكات والقصف والغارات: three, the events of a day)
LIST_KINDS = 3
# Between two cues of a list: a comma or و, and a few words (استعمال, الجسدي والنفسي).
_LIST_GAP = re.compile(r"(?=[^.!?؟\n]*(?:[,،]|(?<!\w)و))[^.!?؟\n]{0,40}")
_SPAN = attrgetter("start", "end")  # a sort key: candidates and actors in text order
_NORMALIZED_START = attrgetter("normalized_start")
# Words right before a cue that say no such event is reported: what happened "since" an
# event is told against it as a time (الأعنف منذ اتفاق التسوية, منذ توقيع اتفاق, منذ
# تصاعد القتال), "disengaging" (خط فض الاشتباك) keeps forces apart, no clash, and a
# charge names what someone is accused of (اعتقلت ثلاثة بتهمة سرقة, بتهمة المشاركة في
# الاحتجاجات), no event of its own.
_VOIDING_WORDS = ("منذ", "فض ", "تهم", "وقف ")
_VOIDING = re.compile(
    r"(?:(?<!\w)منذ (?P<between>(?:\w+ ){0,2})|(?<!\w)[ولب]?فض |(?<!\w)[وب]?(?:تهمه|تهم)"
    r" (?:\w+ ){0,2}"
    # ... and a call to stop it (مطالبين بوقف القصف الروسي, ووقف «الاعتقالات العشوائية»,
    # مقابل وقف القصف): 11 of 11 such cues unmarked in the news gold
    r"|(?<!\w)(?:[وب]|وب|ل|ول)?وقف \"?)$"
)
# ... but a few days or hours after منذ end what it governs: the fighting going on now
# (تدور منذ أيام معارك عنيفة). Years are a pattern told as background (تشهد المحافظة منذ
# سنوات عمليات اغتيال).
_SHORT_SPANS = frozenset({
    "ايام", "يومين", "ساعات", "ساعتين", "اسابيع", "اسبوعين", "اسبوع", "يوم", "ليله", "ليلتين",
})  # fmt: skip
_VOIDING_REACH = 40  # characters before the cue: منذ and two words
# ... but the outbreak of clashes a toll counts from (حصيلة القتلى منذ اندلاع الاشتباكات
# بين الطرفين) is the fighting the article reports: 4 of 5 marked in the news gold; not an
# outbreak told as background (نزح الآلاف منذ اندلاع المعارك قبل عامين). Normalised text.
_OUTBREAK = frozenset({"اندلاع", "تجدد"})
_FIGHTING_NOUN = re.compile(r"(?:ال)?(?:اشتباكات|مواجهات|معارك|اقتتال|قتال)(?!\w)")
_TOLL_BEFORE = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:حصيله|حصيلتها|عدد القتلي|عدد الضحايا|مقتل)(?!\w)")
_TOLL_REACH = 120
# A cue with this requirement counts in the article's first line only: its headline,
# where the present tense tells what happened (الجيش يستعيد قلعة المضيق).
HEADLINE = "headline"
_CONTROL = "السيطره"  # (normalised)
_TAKING_BACK = ("استعاد", "استرجع")  # (their object: السيطرة)
# characters: a verb, its subject and a time (استعاد الثوار، ليل السبت - الأحد، السيطرة)
_VERB_TO_OBJECT = 60


def suggest_event_types(ctx: SuggestContext, lexicon: CueLexicon | None = None) -> list[Suggestion]:
    """Event-type suggestions for an article, at most one per sub-event type per sentence."""
    lexicon = lexicon or default_event_cues()
    normalized = ctx.normalized
    found_phrases = lexicon.find(normalized)
    storing = _mentions_storing(normalized.text)  # (most articles name no depot: skip them)
    voiding = any(word in normalized.text for word in _VOIDING_WORDS)
    in_force = _IN_FORCE in normalized.text
    matches = [
        _without_preposition(m, normalized)
        for m in found_phrases.cues
        if not any(payload is NOT_A_CUE for payload in m.payloads)
        and not (storing and _a_stored_weapon(normalized.text, m.normalized_start))
        and not (voiding and _voided(normalized.text, m.normalized_start))
        and not (in_force and _into_force(normalized.text, m))
        and not _ground_only_sought(normalized.text, m)
    ]
    if _CONTROL_NOUN in normalized.text:
        matches += _ground_taken_since(normalized)
    outlets = [(s.start, s.end) for s in ctx.earlier if s.kind == "source"]
    if outlets:
        taken = TakenSpans(outlets)
        matches = [  # منظمة حظر الأسلحة الكيميائية
            match for match in matches if not taken.overlaps(match.start, match.end)
        ]
    if not matches:
        return []
    matches.sort(key=_NORMALIZED_START)  # for _not_listed: sorted once, not per sentence
    spans = sentences(ctx.text)
    starts = [s.start for s in spans]
    per_sentence: dict[int, list[Match[Cue]]] = {}
    for match in matches:
        index = sentence_index(spans, starts, match.start)
        if index is not None:
            per_sentence.setdefault(index, []).append(match)
    per_sentence = {
        index: kept
        for index, found in per_sentence.items()
        if (
            kept := _without_agreed_ceasefires(
                normalized.text, _without_objects_of_verbs(_not_listed(normalized.text, found))
            )
        )
    }
    if not per_sentence:
        return []
    contexts = found_phrases.contexts
    if voiding:  # (a charge names no context either: اعتقلت شابا بتهمة المشاركة في الاحتجاجات)
        contexts = [m for m in contexts if not _charged_with(normalized.text, m.normalized_start)]
    context_starts = _starts_by_name(contexts)
    headline_end = ctx.text.find("\n")  # (-1: no headline, a text of one line)
    civilian_words = context_starts.get("civilians", [])
    protest_words = context_starts.get("protest", [])
    breaks = sorted(
        [m.start for m in found_phrases.breaks] + char_positions(ctx.text, _CLAUSE_BREAK_CHARS)
    )
    weakening = _Weakening(ctx, lexicon, found_phrases)
    actors = sorted(
        (_Actor(s.start, s.end, inter_code(s.value)) for s in ctx.earlier if s.kind == "actor"),
        key=_SPAN,
    )
    actor_starts = [a.start for a in actors]

    clauses: list[tuple[int, list[_Candidate]]] = []  # (sentence index, candidates)
    for index, found in sorted(per_sentence.items()):
        sentence = spans[index]
        cuts = _clauses(sentence, breaks)
        for clause_start, clause_end in cuts:
            in_clause = (
                found  # the whole sentence
                if len(cuts) == 1
                else [m for m in found if clause_start <= m.start < clause_end]
            )
            if not in_clause:
                continue
            lo = bisect_left(actor_starts, clause_start)
            hi = bisect_left(actor_starts, clause_end)
            named = _any_within(civilian_words, clause_start, clause_end)
            protest = _any_within(protest_words, clause_start, clause_end)
            clause = _Clause(clause_start, clause_end, actors[lo:hi], named, protest)
            candidates = [
                _resolve(match, cue, clause, weakening, ctx.text)
                for match in in_clause
                for cue in match.payloads
                if _context_holds(
                    cue,
                    match,
                    sentence,
                    headline_end=headline_end,
                    context_starts=context_starts,
                    normalized=normalized,
                )
            ]
            if any(c.pair[0] == "Protests" for c in candidates):
                candidates = [  # (احتجاجا على القصف التركي: what a protest is against)
                    c for c in candidates if _a_protest_s_own(c) or not _protested(ctx.text, c)
                ]
            clauses.append((index, _converted(ctx.text, candidates)))

    yielding = _yielding(clauses, spans)
    if yielding and _GROUND_ROCKETS.search(normalized.text):
        yielding -= {
            id(c)
            for _index, candidates in clauses
            for c in candidates
            if id(c) in yielding and _a_ground_rocket(ctx.text, c)
        }
    reported = _sentences_reporting_an_event(ctx, spans, starts)
    best: dict[int, dict[tuple[str, str], _Candidate]] = {}
    plain: list[_Candidate] = []  # plain mentions of a type, all kept (rule 8)
    for index, candidates in clauses:
        in_sentence = best.setdefault(index, {})
        standing = [
            c
            for c in candidates
            if id(c) not in yielding and (index in reported or not _attacks_in_general(ctx, c))
        ]
        for candidate in _ranked(standing):
            previous = in_sentence.get(candidate.pair)
            if previous is None or candidate.confidence > previous.confidence:
                in_sentence[candidate.pair] = candidate
            if candidate.plain:
                plain.append(candidate)
    _drop_named_again(ctx.text, best)
    shown = {(c.start, c.end, c.pair): c for strongest in best.values() for c in strongest.values()}
    for candidate in plain:
        shown.setdefault((candidate.start, candidate.end, candidate.pair), candidate)
    suggestions = [
        ctx.suggestion(
            "event_type",
            candidate.start,
            candidate.end,
            {"event_type": candidate.pair[0], "sub_event_type": candidate.pair[1]},
            candidate.confidence,
        )
        for candidate in map(
            partial(_with_its_verb, ctx), _joined(ctx.text, sorted(shown.values(), key=_SPAN))
        )
        if candidate.confidence >= SHOWN_CONFIDENCE
    ]
    suggestions.sort(key=lambda s: (s.start, -s.confidence, s.end))
    if _IN_PROTEST in normalized.text:
        suggestions = _without_in_protest_after_its_protest(ctx.text, suggestions, spans, starts)
    suggestions = _the_protest_named_again(ctx.text, suggestions)
    if _CAR_BOMB in normalized.text:
        suggestions = _the_headline_s_car_bomb(ctx.text, suggestions)
    return suggestions


# The headline's car bomb (و«النصرة» تفجّر مفخخة قرب مطار منغ) where the body tells a
# suicide bomber driving a car bomb (فجّر انتحاري من «جبهة النصرة» سيارة مفخخة): that
# suicide bombing, as the writers code it (3 of 4 such headlines); not where the body's
# suicide bomb had no car bomb (a background one: فجّر انتحاري سيارة محمّلة بالمتفجرات).
_CAR_BOMB = "مفخخ"
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_SUICIDE_BOMB = "Suicide bomb"


def _the_headline_s_car_bomb(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    headline_end = text.find("\n")
    if headline_end < 0:
        return suggestions
    suicide = any(
        s.start > headline_end
        and s.value["sub_event_type"] == _SUICIDE_BOMB
        and _CAR_BOMB in normalize_key(text[slice(*sentence_around(text, s.start))])
        for s in suggestions
    )
    if not suicide:
        return suggestions
    return [
        replace(s, value={**s.value, "sub_event_type": _SUICIDE_BOMB})
        if s.end <= headline_end
        and (s.value["event_type"], s.value["sub_event_type"]) == _IED
        and _CAR_BOMB in normalize_key(s.text)
        else s
        for s in suggestions
    ]


# The protest named again with the article (أحد منظمي المظاهرة, إحدى المشاركات في
# التظاهرة), a little after the protest its article last named: that protest, met as it
# was (fired on, dispersed), where nothing in its own clause says otherwise.
# ... the words, with the article and any proclitic before it (للمظاهرة, وبالتظاهرة).
_THE_PROTEST_AGAIN = frozenset(
    article + noun
    for noun in ("مظاهره", "تظاهره")
    for article in ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "فلل")
)


_NAMED_AGAIN_REACH = 800  # characters from the protest last named
# ... named alone: a mark or the outlet told after it (منظمي المظاهرة، لـ«بردى»), not a
# protest described anew (المظاهرة المؤيدة, التظاهرة التي خرجت في حي, التظاهرة في كفرسوسة,
# التظاهرة الوطنية للمسرح) nor one told of (المظاهرة انتهت بسلام).
_NAMED_ALONE_AFTER = re.compile(r"\s*(?:[،,.:؛»\"”)\n]|ل(?:ـ)?\s*[«\"“])")
_MET = frozenset({
    ("Protests", "Excessive force against protesters"), ("Protests", "Protest with intervention")
})  # fmt: skip


def _the_protest_named_again(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` (in text order), with a peaceful protest named again alone
    (``_THE_PROTEST_AGAIN``) given the sub-event type of the protest named last before it,
    where that one was met (fired on, dispersed) a little before it."""
    last: Suggestion | None = None  # the protest named last
    shown: list[Suggestion] = []
    for found in suggestions:
        suggestion = found
        value = found.value
        if value["event_type"] == "Protests":
            if (
                last is not None
                and value["sub_event_type"] == "Peaceful protest"
                and normalize_key(found.text) in _THE_PROTEST_AGAIN
                and found.start - last.end <= _NAMED_AGAIN_REACH
                and (last.value["event_type"], last.value["sub_event_type"]) in _MET
                and _NAMED_ALONE_AFTER.match(text, found.end)
            ):
                met = {**value, "sub_event_type": last.value["sub_event_type"]}
                suggestion = replace(found, value=met)
            last = suggestion
        shown.append(suggestion)
    return shown


# Rockets of a kind only fired from the ground (صاروخان من نوع «غراد», صواريخ أرض أرض): a
# shelling of its own even in an article of air strikes, whose missiles are the aircraft's.
_GROUND_ROCKET_NAMES = (
    r"(?:غراد|جراد|كاتيوشا|الكاتيوشا|فيل|الفيل|ارض ارض|ارض-ارض|توشكا|سكود|محليه الصنع)"
)
_GROUND_ROCKETS = re.compile(_GROUND_ROCKET_NAMES)
_GROUND_ROCKET_AFTER = re.compile(
    r"\W*(?:(?:من )?(?:نوع|طراز) )?\W*" + _GROUND_ROCKET_NAMES + r"(?!\w)"
)
_ROCKET_WORD = re.compile(r"(?:[وفب]|وب)?(?:ال)?(?:صاروخ|صواريخ)\w*")


def _a_ground_rocket(text: str, candidate: _Candidate) -> bool:
    """Whether the cue is a rocket of a kind fired from the ground only (see above)."""
    words = normalize_key(text[candidate.start : candidate.end])
    return _ROCKET_WORD.fullmatch(words.split(" ")[0]) is not None and bool(
        _GROUND_ROCKET_AFTER.match(normalize_key(text[candidate.end : candidate.end + 40]))
    )


_IN_PROTEST = "احتجاجا"
_EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters")


def _without_in_protest_after_its_protest(
    text: str, suggestions: list[Suggestion], spans: Sequence[Sentence], starts: Sequence[int]
) -> list[Suggestion]:
    """احتجاجا ("in protest") after a protest its sentence named (خرج الأهالي في تظاهرة
    احتجاجا على حملات الدهم) says what that protest was against: no second cue."""
    last_protest: dict[int | None, Suggestion] = {}
    kept = []
    for suggestion in suggestions:
        index = sentence_index(spans, starts, suggestion.start)
        if suggestion.value["event_type"] in ("Protests", "Riots"):
            protest = last_protest.get(index)
            if (
                normalize_key(suggestion.text) == _IN_PROTEST
                and protest is not None
                and _ITS_OWN_CLAUSE.fullmatch(text, protest.end, suggestion.start)
            ):
                continue
            last_protest[index] = suggestion
        kept.append(suggestion)
    return kept


# Between a protest word and its احتجاجا: its place, time or people, no new clause (not
# تظاهر أهالي الرقة، فيما أغلق تجار الطبقة محالهم احتجاجا: the strike's own cue).
_ITS_OWN_CLAUSE = re.compile(r"[^،,؛.\n]{0,70}")


def _converted(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The clause's candidates with the sub-event types a plain cue ``converts`` turned into
    its own: the protest dispersed (فرقت قوات الامن تظاهرة) was one with intervention. A
    bare verbal noun (قمع, تفريق) converts only with the protesters after it (لتفريق
    المتظاهرين): alone it is what a protest is against as often as what it met (تظاهرة
    تنديدا بقمع النظام)."""
    into = {
        (c.pair[0], sub): c.pair
        for c in candidates
        if c.cue.converts
        and c.plain
        and not _a_bare_noun(text, c)
        and not _protested(text, c)
        and (c.pair != _EXCESSIVE_FORCE or _fire_met_the_protest(text, c))
        for sub in c.cue.converts
    }
    if _PEACEFUL not in into and any(_arrests_at_the_protest(text, c) for c in candidates):
        into[_PEACEFUL] = _INTERVENTION
    if not into:
        return candidates
    return [c._replace(pair=into[c.pair]) if c.pair in into else c for c in candidates]


# Arrests made at the protest (اعتقلت الشرطة عشرات الشبان خلال وقفة احتجاجية, اعتقلت 15
# متظاهراً): the protest was one with intervention, though the arrest word stays Arrests
# (as coders mark it). Not arrests of those who protested before (ناشطاً شارك في مظاهرة).
# The nouns of a protest (normalised), shared by the rules that tell what met it.
_PROTEST_NOUNS = r"مظاهره|تظاهره|مظاهرات|تظاهرات|وقفه|اعتصام|تجمع|احتجاج|احتجاجات"
_AT_THE_PROTEST = re.compile(
    r"[^.،,؛\n]{0,50}?(?<!\w)(?:خلال|اثناء|لدي|اثر|عقب|لتفريق|في) (?:ال)?(?:"
    + _PROTEST_NOUNS
    + r"|مسيره (?:احتجاجيه|سلميه|طلابيه))(?!\w)"
    r"|\s*(?:\S+\s+){0,3}?(?:(?:\d+|عشرات|مئات|عددا من)\s+)?(?:من )?(?:ال)?(?:متظاهرين|متظاهرا"
    r"|محتجين|محتجا|معتصمين|المشاركين فيها)(?!\w)"
)
# ... with none of them told as taking part before (ناشطا شارك في مظاهره)
_TOOK_PART = re.compile(
    r"(?<!\w)(?:شارك|شاركوا|شاركت|يشارك|يشاركون|نظم|نظموا|دعا|دعوا|لمشاركته|لمشاركتهم|بتهمه)"
    r"(?!\w)"
)
# ... nor arrests denied, negated or threatened (نفت ... اعتقال, لم تعتقل, هدد باعتقال)
_NO_ARREST_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:لم|لن|نفت|نفي|ينفي|تنفي|هدد|هددت|يهدد|تهدد|توعد|توعدت|عدم)(?!\w)"
)
_PEACEFUL = ("Protests", "Peaceful protest")
_INTERVENTION = ("Protests", "Protest with intervention")


def _arrests_at_the_protest(text: str, candidate: _Candidate) -> bool:
    if candidate.pair != _ARRESTS:
        return False
    after = normalize_key(text[candidate.end : candidate.end + 80])
    at = _AT_THE_PROTEST.match(after)
    if at is None or _TOOK_PART.search(after, 0, at.end()):
        return False
    before = normalize_key(text[max(candidate.start - 50, 0) : candidate.start])
    return _NO_ARREST_BEFORE.search(before) is None


# A verbal noun of repression (قمع, تفريق) that converts only with the protesters after
# it, and not after what a protest is against (احتجاجا على قمع المتظاهرين).
_BARE_NOUN = re.compile(r"[وف]?[بل]?(?:ال)?(?:تفريق|فض|قمع)")
_PROTESTERS_AFTER = re.compile(r"\s*(?:ال)?(?:محتجين|متظاهرين|معتصمين|" + _PROTEST_NOUNS + ")")
_AGAINST_BEFORE = re.compile(r"(?:احتجاجا|تنديدا|رفضا|للتنديد|استنكارا|ضد|علي)\s*[بل]?$")


# Live fire that met the protest: at its people (الرصاص الحي على المتظاهرين) or hurting
# someone (أصيب شابان برصاص حي خلال وقفة احتجاجية); not fire at another target (على سيارة
# مدنية), denied (نفى مصدر إطلاق الرصاص), recalled (منذ أن قتلت الشرطة ... العام الماضي)
# or only carried (يحملون الذخيرة الحية).
_PROTESTERS = (  # (... or the protest itself)
    r"(?:ال)?(?:متظاهرين|محتجين|معتصمين|مشاركين|مشيعين|حشود|اهالي|جموع|محتشدين|"
    + _PROTEST_NOUNS
    + ")"
)
_AT_PROTESTERS = re.compile(
    r"\W*(?:\w+ ){0,3}?(?:علي|باتجاه|صوب) (?:(?:ال)?(?:الاف|مئات|عشرات) )?"
    + _PROTESTERS
    + r"|\W*(?:\w+ ){0,3}?عليهم(?!\w)"
)
_AT_ANOTHER_TARGET = re.compile(
    r"\W*(?:\w+ ){0,3}?(?:علي|باتجاه|صوب) (?!(?:(?:ال)?(?:الاف|مئات|عشرات) )?"
    + _PROTESTERS
    + r")\w"
)
_HURT = re.compile(
    r"(?<!\w)[وف]?(?:اصيب|اصابه|اصابت|قتل|مقتل|جرح|جرحي|استشهد|استشهاد|سقوط|ادي|اسفر)"
)
_RECALLED_OR_DENIED = re.compile(
    r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|محاسبه|بمحاسبه|منذ|استذكر|تذكر|ذكري|سابقه"
    r"|قبل \d+ (?:عام|سن))"
)


def _fire_met_the_protest(text: str, candidate: _Candidate) -> bool:
    """Whether the live fire the cue names met the protest of its clause (see above)."""
    before = normalize_key(text[max(candidate.start - 60, 0) : candidate.start])
    after = normalize_key(text[candidate.end : candidate.end + 80])
    around = before + " " + after[:40]
    if _RECALLED_OR_DENIED.search(around):
        return False
    if _AT_PROTESTERS.match(after) or _AT_PROTESTERS.search(
        normalize_key(text[candidate.start : candidate.end])
    ):
        return True
    if _AT_ANOTHER_TARGET.match(after):
        return False
    return bool(_HURT.search(before[-40:]) or _HURT.search(after))


def _a_protest_s_own(candidate: _Candidate) -> bool:
    """Whether the cue names the protest itself, or how it was met short of live fire."""
    return candidate.pair[0] == "Protests" and candidate.pair != _EXCESSIVE_FORCE


def _protested(text: str, candidate: _Candidate) -> bool:
    """Whether the cue is what a protest is against (رفضا لاطلاق النار على المحتجين), not
    what met it."""
    before = normalize_key(text[max(candidate.start - 24, 0) : candidate.start])
    if text.startswith(("ل", "ب"), candidate.start):  # (رفضا للقصف: the cue holds its ل)
        before += text[candidate.start]
    return _PROTESTED_BEFORE.search(before) is not None


_PROTESTED_BEFORE = re.compile(
    r"(?<!\w)(?:احتجاجا\s*علي\s*|رفضا\s*ل|تنديدا\s*ب|استنكارا\s*ل|للتنديد\s*ب|احتجاجا\s*ل"
    r"|غضبا\s*من\s*)"
    r"(?:(?:عمليات|حملات|اطلاق|استمرار)\s*)?$"
)


def _a_bare_noun(text: str, candidate: _Candidate) -> bool:
    """Whether the cue is a verbal noun of repression that names no dispersal of a
    protest (``_BARE_NOUN``): no protesters after it, or what a protest is against."""
    if _BARE_NOUN.fullmatch(normalize_key(text[candidate.start : candidate.end])) is None:
        return False
    before = normalize_key(text[max(candidate.start - 16, 0) : candidate.start])
    if _AGAINST_BEFORE.search(before):
        return True
    after = normalize_key(text[candidate.end : candidate.end + 20])
    return _PROTESTERS_AFTER.match(after) is None


def _drop_named_again(text: str, best: dict[int, dict[tuple[str, str], _Candidate]]) -> None:
    """Drop a sentence's word for a type when it is only a general word with the article
    (a fallback cue: التفجير, الانفجار, القصف; or a weaker one: المعركة, المواجهات) and
    an earlier sentence already reported that type: the event named again (نفت أي علاقة
    لها بالتفجير, فور الانفجار), not another one. (Its plain mentions stay, rule 8: the
    news writers mark them.)"""
    reported: set[tuple[str, str]] = set()
    for index in sorted(best):
        in_sentence = best[index]
        for pair, candidate in list(in_sentence.items()):
            if (
                pair in reported
                and (candidate.cue.fallback or candidate.cue.weight <= _NAMED_AGAIN_WEIGHT)
                and text.startswith(_ARTICLE, candidate.start)
            ):
                del in_sentence[pair]
        reported.update(in_sentence)


_ARTICLE = "ال"
# Cues this weak or weaker are general words of their type (المعركة, الكمين).
_NAMED_AGAIN_WEIGHT = 0.7


# A cue whose context may come earlier (الضربات after غارات) looks this far back, in
# characters: the same paragraph or the one before, not the whole article.
_EARLIER_REACH = 300
# "beside": a phrase of the context begins in the word before the cue or within about
# three words after it (استهدفت مسيرة, المسيرة اطلقت, مسيرات الاحتلال التركي تستهدف).
_BESIDE_BEFORE = 12
_BESIDE_AFTER = 28
# ... and names no event after a noun of place (مكان الضربة, موقع الضربة: the strike's
# site, described again, as reports on one strike do).
_PLACE_OF = re.compile(r"(?<!\w)(?:[وفب]?(?:مكان|موقع|مواقع|اماكن)) $")


def _context_holds(
    cue: Cue,
    match: Match[Cue],
    sentence: Sentence,
    *,
    headline_end: int,
    context_starts: Mapping[str, Sequence[int]],
    normalized: NormalizedText,
) -> bool:
    """Whether what a cue ``requires`` is there: nothing, the headline, a phrase of its
    context in the sentence, next to the cue (``context_reach`` beside), or (``earlier``)
    in the last ``_EARLIER_REACH`` characters before it, the cue then naming again what
    was named (not a site). A cue for the body only is none in the headline."""
    if cue.body_only and sentence.end <= headline_end:
        return False
    if cue.requires is None:
        return True
    if cue.requires == HEADLINE:
        return sentence.end <= headline_end
    starts = context_starts.get(cue.requires, ())
    if cue.context_reach == "sentence":
        return _any_within(starts, sentence.start, sentence.end)
    if cue.context_reach == "beside":
        return _beside(starts, match, sentence, normalized)
    return _any_within(
        starts, max(match.start - _EARLIER_REACH, 0), match.start
    ) and not _PLACE_OF.search(
        normalized.text, max(match.normalized_start - 12, 0), match.normalized_start
    )


# Between a cue and its context after it, what makes the context no act of the cue's:
# a relative clause (المسيرات التي تستهدف), a modal or a negation (تستطيع المسيرة ان
# تضرب, دون ان تقصف).
_NOT_ITS_ACT = re.compile(r"(?<!\w)(?:التي|الذي|اللتين|اللذين|ان|دون|لم|لن|لا)(?!\w)")
# After a cue whose context is the verb before it, what makes the cue the verb's object,
# not its subject (استهدفت مسيرة لانصار ..., استهدفت مسيرة احتجاجية): a ل of belonging.
_OBJECT_AFTER = re.compile(r" (?:ل\w+|احتجاجي\w*|سلمي\w*|شعبي\w*|طلابي\w*)")


def _beside(
    starts: Sequence[int], match: Match[Cue], sentence: Sentence, normalized: NormalizedText
) -> bool:
    """Whether a phrase of the cue's context begins in the word before it (its verb, with
    the cue its subject) or a few words after it (the cue the subject of that verb)."""
    before = _any_within(starts, max(match.start - _BESIDE_BEFORE, sentence.start), match.start)
    if before and not _OBJECT_AFTER.match(normalized.text, match.normalized_end):
        return True
    end = min(match.end + _BESIDE_AFTER, sentence.end)
    first = bisect_left(starts, match.end)
    if first >= len(starts) or starts[first] >= end:
        return False
    between = normalized.text[match.normalized_end : normalized.normalized_index(starts[first])]
    return _NOT_ITS_ACT.search(between) is None


def _starts_by_name(matches: Sequence[Match[str]]) -> dict[str, list[int]]:
    """Where the phrases of each context begin, in text order (``matches`` are)."""
    starts: dict[str, list[int]] = {}
    for match in matches:
        for name in match.payloads:
            starts.setdefault(name, []).append(match.start)
    return starts


def _any_within(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether any of ``starts`` (in order) lies in ``[start, end)``."""
    return bisect_left(starts, start) < bisect_left(starts, end)


_LONGEST_JOINED = 60  # characters: words of one phrase, not a run of repeated cues


# The verb control is spread or tightened with, before its noun (يبسط سيطرته, أحكمت أمس
# سيطرتها على), a few words between at most: the news writers mark the verb as often as
# the noun, so the span takes both; not across the party between (بسطت وحدات الجيش
# سيطرتها), whose name a coder should not see inside the event's.
_CONTROL_VERB_BEFORE = re.compile(
    r"(?<![\w\u064b-\u0652])[وف]?(?:[يتس]?بسط|ستبسط|بسطت|بسطوا|يبسطون|[اأ]حكم|[اأ]حكمت"
    r"|[اأ]حكموا|إحكام|احكام)(?![\w\u064b-\u0652])"
    r"(?:[^\S\n]+(?:اليوم|أمس|امس|فجر|صباح|مساء|ظهر|ليل|الاثنين|الإثنين|الثلاثاء|الأربعاء"
    r"|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)){0,3}[^\S\n]+$"
)
_CONTROL_NOUN_STARTS = ("سيطر", "السيطر")


def _with_its_verb(ctx: SuggestContext, candidate: _Candidate) -> _Candidate:
    """A control noun's span with the verb of spreading it before it, if any."""
    text = ctx.text
    if not text.startswith(_CONTROL_NOUN_STARTS, candidate.start):
        return candidate
    before = _CONTROL_VERB_BEFORE.search(text, max(candidate.start - 60, 0), candidate.start)
    if before is None or any(
        s.kind == "actor" and before.start() < s.end and s.start < candidate.start
        for s in ctx.earlier
    ):
        return candidate
    return candidate._replace(start=before.start() + (text[before.start()] in "وف"))


def _a_raid_and(text: str, previous: _Candidate, candidate: _Candidate) -> bool:
    """حملة دهم واعتقالات: one campaign of raids and arrests, which coders mark whole or
    by either noun (not غارات جوية وبراميل متفجرة, two weapons each marked)."""
    return candidate.pair == _ARRESTS and bool(
        _RAID.search(normalize_key(text[previous.start : previous.end]))
    )


_ARRESTS = ("Strategic developments", "Arrests")
_RAID = re.compile("دهم|داهم")


def _joined(text: str, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Candidates of one type next to each other on a line (بقذائف المدفعية: قذائف,
    المدفعية) as one span of at most _LONGEST_JOINED characters, the stronger's
    confidence. ``candidates`` in text order."""
    joined: list[_Candidate] = []
    last: dict[tuple[str, str], int] = {}  # type -> index in joined of its latest span
    for candidate in candidates:
        index = last.get(candidate.pair)
        if index is not None:
            previous = joined[index]
            gap = text[previous.end : candidate.start]
            if (
                previous.end <= candidate.start
                and (
                    not gap.strip(" \t\u00a0")
                    or (gap.strip() == "و" and _a_raid_and(text, previous, candidate))
                )
                and candidate.end - previous.start <= _LONGEST_JOINED
            ):
                joined[index] = previous._replace(
                    end=max(previous.end, candidate.end),
                    confidence=max(previous.confidence, candidate.confidence),
                )
                continue
        last[candidate.pair] = len(joined)
        joined.append(candidate)
    return joined


# Ground taken, told as the time since or after which something holds, with who took it
# between the noun and its object (منذ سيطرة القوات الحكومية عليها, بعد سيطرة الفصائل على
# المدينة): the news writers mark the noun in 7 of 9 such phrases.
_CONTROL_NOUN = "سيطره"  # (normalised)
_GROUND_TAKEN_SINCE = re.compile(
    r"(?<!\w)(?:منذ|بعد|عقب|اثر|من) (?P<noun>سيطره) (?!علي)(?:[^\s،.]+ ){1,3}?"
    r"(?:علي|عليها|عليه|عليهم)(?!\w)"
)
_GROUND_TAKEN = Cue(
    phrases=(_CONTROL_NOUN,),
    event_type="Battles",
    sub_event_type="Non-state actor overtakes territory",
    weight=0.6,
    resolve="territory",
    agent="after",
)


def _ground_taken_since(normalized: NormalizedText) -> list[Match[Cue]]:
    found = []
    for match in _GROUND_TAKEN_SINCE.finditer(normalized.text):
        first, last = match.span("noun")
        start, end = normalized.span(first, last)
        found.append(Match(start, end, _CONTROL_NOUN, (_GROUND_TAKEN,), first, last))
    return found


# An agreement "entering into force" (دخلت الهدنة حيز التنفيذ) is no forces' entry.
_IN_FORCE = "حيز التنفيذ"
_INTO_FORCE = re.compile(r"(?:\s+\S+){0,8}?\s+حيز التنفيذ")
_TRANSFER = "Non-violent transfer of territory"


def _into_force(text: str, match: Match[Cue]) -> bool:
    return any(cue.sub_event_type == _TRANSFER for cue in match.payloads) and (
        _INTO_FORCE.match(text, match.normalized_end) is not None
    )


# Ground a force only tries or seeks to take (تحاول القوات الحكومية منذ أسابيع استعادة
# السيطرة على البلدات): no change of territory yet; the news writers mark none.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_SEEKING = re.compile(
    r"(?<!\w)[وف]?(?:تحاول|يحاول|يحاولون|حاول|حاولت|حاولوا|تسعي|يسعي|يسعون|سعت|محاوله|محاولات"
    r"|لمحاوله|بمحاوله)[،,]?"
    r"(?: [^\s،,]+){0,4}[،,]? $"  # (no clause between: حاولت الفصائل التصدي، لكن ... سيطر)
)


def _ground_only_sought(text: str, match: Match[Cue]) -> bool:
    if not any(cue.sub_event_type in _TERRITORY for cue in match.payloads):
        return False
    start = match.normalized_start
    if text.startswith("ل", start) and not text.startswith("لا ", start):
        return True  # (للسيطرة على, لاستعادة: the lam of purpose inside the cue's word)
    if _FOR_THE_AIM_BEFORE.search(text, max(start - 12, 0), start):
        return True  # (حملة عسكرية لاستعادة الأحياء, بهدف السيطرة على: the aim)
    return _SEEKING.search(text, max(start - 50, 0), start) is not None


# The aim a verbal noun of taking ground is written as: with the lam of purpose, or after
# بهدف or من أجل (شن هجوما لاستعادة البلدة); not under another's control (الخاضعة لسيطرة).
_FOR_THE_AIM_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?ل|(?<!\w)(?:بهدف|اجل|بغيه|حتي|الهادفه الي|الراميه الي|الهادفه ل) )$"
)


def _charged_with(text: str, start: int) -> bool:
    """Whether the words right before ``start`` (normalised) are a charge (بتهمة ...)."""
    match = _VOIDING.search(text, max(start - _VOIDING_REACH, 0), start)
    return match is not None and "تهم" in match[0]


def _voided(text: str, start: int) -> bool:
    """Whether the words right before a cue (at normalised ``start``) void it."""
    match = _VOIDING.search(text, max(start - _VOIDING_REACH, 0), start)
    if match is None:
        return False
    between = (match["between"] or "").split()
    if (
        between
        and between[-1] in _OUTBREAK
        and _FIGHTING_NOUN.match(text, start)
        and _TOLL_BEFORE.search(text, max(match.start() - _TOLL_REACH, 0), match.start())
    ):
        return False  # حصيلة القتلى منذ اندلاع الاشتباكات: the fighting the toll counts
    return not (between and between[0] in _SHORT_SPANS)


# The ceasefire an agreement is "for" (اتفاق لوقف إطلاق النار): the agreement's word says
# it, as coders mark it (4 of 5 unmarked in the news gold); not a ceasefire agreed in
# the construct (اتفاق وقف إطلاق النار, mostly marked) nor one named on its own.
_AGREEMENT_FOR = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:اتفاق|اتفاقا|اتفاقيه) ل?$")
_CEASEFIRE = "وقف"


def _without_agreed_ceasefires(text: str, ordered: list[Match[Cue]]) -> list[Match[Cue]]:
    return [
        m
        for m in ordered
        if not (
            m.key.startswith(_CEASEFIRE)
            and _AGREEMENT_FOR.search(text, max(m.normalized_start - 12, 0), m.normalized_start)
        )
    ]


def _without_objects_of_verbs(ordered: list[Match[Cue]]) -> list[Match[Cue]]:
    """The sentence's cues without "control" taken back by a verb of taking ground before
    it (استعادت وحدات الجيش، اليوم، السيطرة على): the verb says it, the noun is its
    object, as coders mark the verb alone."""
    verb_ends = [m.normalized_end for m in ordered if m.key.startswith(_TAKING_BACK)]
    if not verb_ends:
        return ordered
    return [
        m
        for m in ordered
        if not (
            m.key.startswith(_CONTROL)
            and any(0 < m.normalized_start - end <= _VERB_TO_OBJECT for end in verb_ends)
        )
    ]


def _not_listed(text: str, ordered: list[Match[Cue]]) -> list[Match[Cue]]:
    """The sentence's cues without those of a list of kinds of violence (انتهاكات ...
    كالقصف العشوائي، استعمال البراميل المتفجرة، الاختفاء القسري، التعذيب، العنف الجنسي):
    such a list describes a pattern, not an event. A list is a run of definite cues, each
    a few words from the last, at least LIST_LENGTH of them naming at least LIST_KINDS
    sub-event types, that a word of kinds introduces (انتهاكات, أشكال, مثل, or ك before
    its first item). ``text`` is the normalised text, ``ordered`` in its order."""
    if len(ordered) < LIST_LENGTH:
        return ordered  # too few cues for a list (most sentences)
    definites = [_is_definite(text, match) for match in ordered]
    if sum(definites) < LIST_LENGTH:
        return ordered
    listed: set[int] = set()
    run: list[int] = []
    for index in range(len(ordered) + 1):
        definite = index < len(ordered) and definites[index]
        if definite and (
            not run
            or _LIST_GAP.fullmatch(
                text, ordered[run[-1]].normalized_end, ordered[index].normalized_start
            )
        ):
            run.append(index)
            continue
        kinds = {cue.sub_event_type for i in run for cue in ordered[i].payloads}
        if (
            len(run) >= LIST_LENGTH
            and len(kinds) >= LIST_KINDS
            and _introduced(text, ordered[run[0]])
        ):
            listed.update(run)
        run = [index] if definite else []
    return [match for index, match in enumerate(ordered) if index not in listed]


def _is_definite(text: str, match: Match[Cue]) -> bool:
    return text.startswith(("ال", "لل"), match.normalized_start)  # للقصف


def _introduced(text: str, first: Match[Cue]) -> bool:
    """Whether a word of kinds introduces a list whose first item is ``first``."""
    start = first.normalized_start
    if text.startswith("كال", max(start - 1, 0)):
        return True  # كالقصف العشوائي، ...
    before = _SENTENCE_BREAK.split(text[max(start - 80, 0) : start])[-1]
    return _KINDS_WORD.search(before) is not None


def _yielding(
    clauses: Sequence[tuple[int, Sequence[_Candidate]]], spans: Sequence[Sentence]
) -> set[int]:
    """The candidates (by ``id``) that give way to a sub-event type another cue names.

    A bare attack word means the attack described nearest to it: the plain cues of its
    own sentence decide, else those of its paragraph, else those of the whole article,
    where the types named most decide; only cues of the types it yields to, or of its
    own, decide at all. So one clash mentioned in passing (لا علاقة له
    بالاشتباكات, or a denial's معارك) does not make every bare هجوم of a report of air
    strikes a battle.

    In two steps: the words that themselves may give way (a shell, a missile, a
    massacre) are decided by the sure cues (plain ones that never give way); those of them
    that keep their type and are plain then decide, with the sure cues, what the bare
    fallbacks (هجوم, قصف, انفجار) mean. Weakened and unresolved cues decide nothing.
    """
    # (sentence index, candidate) of: plain cues that never give way,
    sure: list[tuple[int, _Candidate]] = []
    # cues that may (a shell, a missile: in a report of air strikes, the aircraft's),
    words: list[tuple[int, _Candidate]] = []
    # and the bare fallbacks.
    fallbacks: list[tuple[int, _Candidate]] = []
    for index, candidates in clauses:
        for candidate in candidates:
            cue = candidate.cue
            if cue.yields_to and not (cue.fallback and candidate.plain):
                (fallbacks if cue.fallback else words).append((index, candidate))
            elif candidate.plain:
                sure.append((index, candidate))
    if not words and not fallbacks:
        return set()
    named = _Named(spans)
    named.add(sure)
    yielding = _giving_way(words, named)
    named.add((index, c) for index, c in words if c.plain and id(c) not in yielding)
    return yielding | _giving_way(fallbacks, named)


class _Named:
    """The sub-event types deciding cues name, per sentence, paragraph and article.

    Types, not the cues naming them: a cue that decides is never one that gives way
    (words that may give way are decided by cues that never do; fallbacks by cues that are
    not fallbacks), so each type named in a scope is named by another cue than the one
    asking.
    """

    def __init__(self, spans: Sequence[Sentence]) -> None:
        self._spans = spans
        self._in_sentence: defaultdict[int, set[str]] = defaultdict(set)
        self._in_paragraph: defaultdict[int, set[str]] = defaultdict(set)
        self.mentions: Counter[str] = Counter()  # mentions of each type in the article

    def add(self, deciding: Iterable[tuple[int, _Candidate]]) -> None:
        """Count the types of ``deciding``: (sentence index, candidate) pairs."""
        for index, candidate in deciding:
            sub = candidate.cue.sub_event_type
            self.mentions[sub] += 1
            self._in_sentence[index].add(sub)
            self._in_paragraph[self._spans[index].paragraph].add(sub)

    def scopes(self, index: int) -> tuple[tuple[AbstractSet[str], bool], ...]:
        """The types named where sentence ``index`` lies, nearest first: in itself, its
        paragraph, the article; each with whether it is the whole article."""
        paragraph = self._spans[index].paragraph
        return (
            (self._in_sentence.get(index, set()), False),
            (self._in_paragraph.get(paragraph, set()), False),
            (self.mentions.keys(), True),
        )


def _giving_way(candidates: Sequence[tuple[int, _Candidate]], named: _Named) -> set[int]:
    """Which of ``candidates``, (sentence index, candidate) pairs, give way (by ``id``)."""
    yielding: set[int] = set()
    for index, candidate in candidates:
        cue = candidate.cue
        scopes = named.scopes(index)
        for named_there, whole_article in scopes[:1] if cue.yields_in_sentence else scopes:
            # Only an attack named there decides (a protest or an arrest in the
            # sentence says nothing of what the bare attack word means).
            if cue.sub_event_type in named_there or not named_there.isdisjoint(cue.yields_to):
                others = (
                    _most_named(named_there, named.mentions, cue) if whole_article else named_there
                )
                if _gives_way(cue, others):
                    yielding.add(id(candidate))
                break
    return yielding


# Attacks in the plural, bare: attacks in general where nothing places them in an event.
_ATTACKS_IN_GENERAL = frozenset({"هجمات", "الهجمات"})


def _attacks_in_general(ctx: SuggestContext, candidate: _Candidate) -> bool:
    return candidate.cue.fallback and (
        normalize_key(ctx.text[candidate.start : candidate.end]) in _ATTACKS_IN_GENERAL
    )


def _sentences_reporting_an_event(
    ctx: SuggestContext, spans: Sequence[Sentence], starts: Sequence[int]
) -> set[int]:
    """The sentences (by index) that name a place, a casualty or a date: where bare
    attacks (الهجمات) report an event rather than speak of attacks in general (توثيق أثر
    الهجمات على المدنيين)."""
    reported: set[int] = set()
    for suggestion in ctx.earlier:
        if suggestion.kind in ("location", "casualty", "date"):
            index = sentence_index(spans, starts, suggestion.start)
            if index is not None:
                reported.add(index)
    return reported


def _most_named(others: AbstractSet[str], mentions: Counter[str], cue: Cue) -> AbstractSet[str]:
    """``others`` without the cue's own type when the article names the types it yields
    to more often than its own."""
    own = cue.sub_event_type
    if own in others and sum(mentions[sub] for sub in cue.yields_to) > mentions[own]:
        return others - {own}
    return others


def _gives_way(cue: Cue, others: AbstractSet[str]) -> bool:
    # One that yields to its own sub-event type (warplanes named, الطيران الحربي) only
    # repeats, where another cue names that type, what the text says anyway.
    own = cue.sub_event_type
    return bool(others & cue.yields_to) and (own in cue.yields_to or own not in others)


# Weapons stored, made or fitted are things hit or seized, not the attack's means:
# مستودعات صواريخ وطائرات مسيرة, ورشة لتجهيز الطائرات المسيرة, مصنع للعبوات.
_STORING = frozenset({
    "مستودع", "مستودعات", "مخزن", "مخازن", "مصنع", "مصانع", "معمل", "معامل", "ورشه", "ورش",
    "تجهيز", "تصنيع", "تخزين", "شحنه", "شحنات",
})  # fmt: skip

# The words of _STORING as they may be written inside longer words (ومستودعات, لتجهيز).
_STORING_STEMS = tuple(sorted({word.removesuffix("ات").removesuffix("ه") for word in _STORING}))


def _mentions_storing(text: str) -> bool:
    """Whether a word of storing or making (or its stem) is anywhere in the text."""
    return any(stem in text for stem in _STORING_STEMS)


def _word_ending(text: str, end: int, floor: int) -> int:
    """Where the run of word characters ending at ``end`` starts (not before ``floor``)."""
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start


def _a_stored_weapon(text: str, start: int) -> bool:
    """Whether the cue at ``start`` (normalised) follows a word of storing or making, or
    is the second weapon after one (مستودعات صواريخ وطائرات مسيرة)."""
    if start >= 2 and text[start - 1] in "وفبل" and text[start - 2] == " ":
        start -= 1  # (the cue's proclitic: مستودعات صواريخ وطائرات)
    floor = max(start - 40, 0)
    end = start
    while end > floor and (text[end - 1].isspace() or text[end - 1] in "\"'"):
        end -= 1
    # Scanned backwards, as this runs for every cue: the word before, and the one before it.
    last_start = _word_ending(text, end, floor)
    if last_start == end:
        return False
    last = text[last_start:end]
    if last.removeprefix("و").removeprefix("ل") in _STORING:  # (ومستودعات, لتجهيز)
        return True
    if last_start - 1 <= floor or text[last_start - 1] != " ":
        return False
    first_start = _word_ending(text, last_start - 1, floor)
    first = text[first_start : last_start - 1]
    return bool(first) and first.removeprefix("و") in _STORING


def _without_preposition(match: Match[Cue], normalized: NormalizedText) -> Match[Cue]:
    """لهجوم alone matches الهجوم written without its alef: start the span on هجوم. (With
    the preposition, للهجوم, the matcher gives the whole word, as coders mark it.)"""
    text = normalized.text
    first = match.normalized_start
    if (
        match.key.startswith("ال")
        and not text.startswith(("ال", "لل"), first)
        and text[first] == "ل"
    ):
        start, end = normalized.span(first + 1, match.normalized_end)
        return Match(start, end, match.key, match.payloads, first + 1, match.normalized_end)
    return match


class _Clause(NamedTuple):  # a tuple: made for every candidate, fast
    start: int
    end: int
    actors: Sequence[_Actor]
    civilians_named: bool
    protest_named: bool


def _clauses(sentence: Sentence, breaks: Sequence[int]) -> list[tuple[int, int]]:
    lo = bisect_right(breaks, sentence.start)
    hi = bisect_left(breaks, sentence.end)
    if lo == hi:
        return [(sentence.start, sentence.end)]  # no break inside (most sentences)
    cuts = [sentence.start, *breaks[lo:hi], sentence.end]
    return [(a, b) for a, b in pairwise(cuts) if a < b]


class _Weakening:
    """Where negations and hedges end, by word, to weaken the cues just after them."""

    def __init__(self, ctx: SuggestContext, lexicon: CueLexicon, found: CueMatches) -> None:
        self._token_starts = text_word_starts(ctx.normalized)
        self._modifiers = [
            (lexicon.negation, self._ends(found.negations)),
            (lexicon.hedges, self._ends(found.hedges)),
        ]
        self._any = any(ends for _modifier, ends in self._modifiers)

    def _token(self, normalized_position: int) -> int:
        return bisect_right(self._token_starts, normalized_position) - 1

    def _ends(self, matches: list[Match[str]]) -> dict[int, int]:
        """Word index of each phrase's last word -> the phrase's original start."""
        return {self._token(m.normalized_end - 1): m.start for m in matches}

    def factor(self, match: Match[Cue], clause_start: int) -> float:
        factor = 1.0
        if not self._any:
            return factor  # no negation nor hedge in the article
        word = self._token(match.normalized_start)
        for modifier, ends in self._modifiers:
            for before in range(word - modifier.window, word):
                start = ends.get(before)
                if start is not None and clause_start <= start < match.start:
                    factor *= modifier.factor
                    break
        return factor


_ATTACK = ("Violence against civilians", "Attack")
_HANDED_OVER = re.compile(r"انسحاب|انسحبت|انسحبوا|دون قتال|تسلمت|تسلم|استلمت|بعد خروج")


def _resolve(
    match: Match[Cue], cue: Cue, clause: _Clause, weakening: _Weakening, text: str
) -> _Candidate:
    pair = (cue.event_type, cue.sub_event_type)
    weight = cue.weight
    unresolved = False  # a territory cue whose actor is unknown: a guess at a battle
    if cue.resolve == "territory":
        inter = _agent_inter(match, cue, clause, text)
        if inter == STATE_FORCES:
            pair = ("Battles", "Government regains territory")
        elif inter in NON_STATE_FORCES or (
            # (the codebook's "non-state actor" takes in a foreign state's forces, where
            # they take ground, not where they only advance beside others, تقدمت بإسناد
            # من سلاح الجو الروسي, or take over a base another army left, سيطرت القوات
            # الروسية على المطار بعد انسحاب القوات الأمريكية: no battle)
            inter == EXTERNAL_FORCES
            and not any("تقدم" in phrase for phrase in cue.phrases)
            and not _HANDED_OVER.search(text, clause.start, clause.end)
        ):
            pair = ("Battles", "Non-state actor overtakes territory")
        else:
            pair = ("Battles", "Armed clash")
            weight = min(weight, UNRESOLVED_TERRITORY_CONFIDENCE)
            unresolved = True
    # A fallback of shots whose target is civilians is a sure attack, unless they protest
    # (then the shots are the protest's).
    sure_attack = False
    if cue.resolve == "target" and (
        clause.civilians_named or any(a.inter == CIVILIANS for a in clause.actors)
    ):
        sure_attack = pair == _ATTACK and not clause.protest_named
        pair = _ATTACK
    factor = weakening.factor(match, clause.start)
    weakened = factor < 1.0
    plain = not ((cue.fallback and not sure_attack) or weakened or unresolved)
    return _Candidate(match.start, match.end, cue, pair, weight * factor, weakened, plain)


# Before an actor after the verb: the side the ground was taken from or fought (استعادت
# البلدة من مسلحي الهيئة, بعد معارك مع الفصائل), not the one that took it.
_FROM_BEFORE = re.compile(r"(?<!\w)(?:من|عن|مع|ضد)(?:\s+\w+)?[\s\"'«“]*$")
# ... but من after a unit is partitive, and the actor the subject (حررت وحدات من الجيش).
_UNITS_OF = frozenset({
    "وحدات", "عناصر", "قوات", "مقاتلو", "مقاتلي", "مقاتلين", "افراد", "مجموعات", "مجموعه",
    "جنود", "دوريات", "دوريه", "رتل", "ارتال", "قوه", "فصائل",
})  # fmt: skip
_WORD_BEFORE_FROM = re.compile(r"(\w+)\s+من(?:\s+\w+)?[\s\"'«“]*$")
# Between the verb and an actor: the ground taken (سيطرت على البلدة ...), so the actor
# after it is no subject.
_GROUND_BETWEEN = re.compile(r"(?<!\w)(?:على|علي|السيطرة|السيطره)(?!\w)")


def _from_a_side(text: str, start: int, end: int) -> bool:
    """Whether the actor at ``end`` follows من/مع/ضد (the side the ground was taken from
    or fought), not a partitive من after a unit (وحدات من الجيش: the army's units)."""
    if _FROM_BEFORE.search(text, start, end) is None:
        return False
    partitive = _WORD_BEFORE_FROM.search(text, start, end)
    return partitive is None or partitive[1] not in _UNITS_OF


# Between a subject and its verb: nothing but quotes, or "had" (كان قد, قد).
_AUXILIARIES = re.compile(rf"[\s{QUOTE_CLASS}]*(?:(?:كان|كانت|كانوا)\s+)?(?:قد\s+)?")
# ... and before that subject, what makes it one: "that" (ان الجيش), كان before it
# (وكانت القوات النظامية قد استعادت), or the start of the clause (not a noun it belongs
# to: بحسب مصادر في قوات النظام سيطرت الفصائل).
_SUBJECT_OPENS = re.compile(
    rf"(?:(?<!\w)[بل]?[اأإ]ن|(?<!\w)[وف]?(?:ثم|بعدما|حين|عندما|كان|كانت|كانوا)|^|[.،,:؛\n])"
    rf"[\s{QUOTE_CLASS}]*$"
)


# An actor named as the backing after the verb (بدعم جوي روسي, بغطاء من الطيران الروسي,
# مدعومة بالطيران الروسي): the backer, not the one that took the ground.
_BACKING = re.compile(r"ب?(?:دعم|اسناد|إسناد|غطاء|مساندة|مسانده)(?!\w)")
_BACKING_BEFORE = re.compile(
    r"(?:(?<!\w)(?:بدعم|باسناد|بإسناد|بغطاء|بمساندة|بمسانده|مدعوم\w*|تحت غطاء)"
    r"(?: (?:من|جوي|ناري))?\s*|(?<!\w)مدعوم\w* ب)$"
)
# Between two actors written as one side (X وY, القوات النظامية وعناصر الحزب).
_JOINED = re.compile(
    rf"[\s{QUOTE_CLASS}]*و[\s{QUOTE_CLASS}]*"
    rf"(?:(?:عناصر|مقاتلي|مقاتلو|مي?ليشيات|مي?ليشيا|مسلحي|مسلحو)\s+[{QUOTE_CLASS}]*)?"
)
_STATE_PARTNERS = frozenset({EXTERNAL_FORCES, 3})  # a backing state, a militia (inter 3)
_BETWEEN_TWO = re.compile(r"(?<!\w)[وف]?بين\s*$")


def _own_side(text: str, actors: Sequence[_Actor]) -> list[_Actor]:
    """The actors not named as the side fought or the ground taken from (بعد معارك مع
    «هيئة تحرير الشام» وفصائل معارضة أخرى: neither of the two joined after مع)."""
    own: list[_Actor] = []
    previous: _Actor | None = None  # the last actor excluded
    for actor in actors:
        if _from_a_side(text, max(actor.start - 30, 0), actor.start) or (
            previous is not None and _JOINED.fullmatch(text, previous.end, actor.start)
        ):
            previous = actor
        else:
            previous = None
            own.append(actor)
    return own


def _agent_inter(match: Match[Cue], cue: Cue, clause: _Clause, text: str) -> int | None:
    """The inter code of the actor that took the ground. After a verbal noun (السيطرة),
    the nearest actor before it, else after. After a verb: its subject after it (سيطرت
    قوات النظام), not one it took the ground from (من ...); else the actor right before
    it (ان الجيش سيطر); else, written first, the clause's first actor (قوات النظام،
    مدعومة بميليشيات ...، سيطرت: not the militias)."""
    # (an actor the cue's phrase opens counts as after it: دخلت [قوات النظام])
    after = [a for a in clause.actors if a.end > match.end and a.start >= match.start]
    before = [a for a in clause.actors if a.end <= match.start]
    if cue.agent == "before":
        # (not a partner or a side before it: بالتعاون مع قوات الدفاع الوطني أحكمت سيطرتها)
        own = _own_side(text, before)
        side = own[-1:] or before[-1:] or after[:1]
        if (
            len(own) > 1
            and own[-1].inter in _STATE_PARTNERS
            and own[-2].inter == STATE_FORCES
            and _JOINED.fullmatch(text, own[-2].end, own[-1].start)
            and not _BETWEEN_TWO.search(text, max(own[-2].start - 8, 0), own[-2].start)
            # (the partner itself named earlier is no other side: الحزب ... الحزب)
            and not any(a.inter in NON_STATE_FORCES and a.inter != own[-1].inter for a in own[:-2])
        ):
            # (the army and the state or militia backing it: لقوات النظام وروسيا ... من
            # السيطرة, الجيش السوري و«حزب الله» يستعيدان; not two sides, بين قوات النظام
            # والقوات التركية, nor an attack a rebel party repelled, صدت الفصائل هجوما
            # لقوات النظام والقوات الروسية)
            return STATE_FORCES
        return side[0].inter if side else None
    right_before = bool(before) and _AUXILIARIES.fullmatch(text, before[-1].end, match.start)
    if right_before and _SUBJECT_OPENS.search(
        text, max(before[-1].start - 12, 0), before[-1].start
    ):
        # a subject that opens its clause, right before the verb: ان الجيش كان قد استعاد
        return before[-1].inter
    subjects = []
    backer = None  # (the backing named last: a second backer is joined to it with و)
    for a in after:
        if (
            _BACKING.match(text, max(a.start - 1, 0))
            or _BACKING.match(text, a.start)
            or _BACKING_BEFORE.search(text, max(a.start - 14, 0), a.start)
            or (backer is not None and _JOINED.fullmatch(text, backer.end, a.start))
        ):
            backer = a
        elif not _from_a_side(text, match.start, a.start) and not _GROUND_BETWEEN.search(
            text, match.end, a.start
        ):
            subjects.append(a)
    if subjects:
        return subjects[0].inter
    if right_before:
        # right before the verb, its subject (الجيش سيطر); but not a partner named with
        # مع (وحدات من الجيش بالتعاون مع الدفاع الوطني استعادت: the army's units)
        own = [a for a in before if not _from_a_side(text, max(a.start - 30, 0), a.start)]
        return (own or before)[-1].inter
    if before:
        # (a foreign army beside the group it backs: القوات التركية و«الجيش الحر» سيطرت)
        own = [a for a in before if a.inter != EXTERNAL_FORCES]
        return (own or before)[0].inter
    return after[0].inter if after else None


def _ranked(candidates: list[_Candidate]) -> list[_Candidate]:
    """The clause's candidates with the primary's confidence kept and the rest halved."""
    if len(candidates) < 2:
        return candidates  # one candidate is the primary
    overridden = {sub for c in candidates if not c.weakened for sub in c.cue.overrides}
    pool = candidates
    if overridden:
        pool = [c for c in candidates if c.pair[1] not in overridden] or candidates
        candidates = pool  # (تفكيك العبوات: the device named was not used at all)
    eligible = (
        [c for c in pool if not c.cue.fallback and not c.weakened]
        or [c for c in pool if not c.weakened]
        or [c for c in pool if not c.cue.fallback]
        or pool
    )
    rank = hierarchy_rank()
    primary = min(eligible, key=lambda c: (rank[c.pair], -c.confidence, c.start)).pair
    return [
        c
        if c.pair == primary
        else _Candidate(
            c.start, c.end, c.cue, c.pair, c.confidence * SECONDARY_FACTOR, c.weakened, c.plain
        )
        for c in candidates
    ]
