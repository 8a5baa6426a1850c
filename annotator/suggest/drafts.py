"""Draft events: a sentence's suggestions grouped into an event the desk offers to confirm.

``draft_events(text, suggestions, published)`` reads the suggestions of every
suggester (any order, any source) and returns :class:`DraftEvent` s in text order. A
draft is a proposal: every field says which suggestions it came from
(``field_evidence``; ``evidence`` is all of them, as indexes into ``suggestions``), and
nothing in it is data until a coder confirms it.

Rules (sentences as in :func:`annotator.suggest.cues.sentences`; a suggestion belongs
to the sentence its start is in; suggestions whose span is not inside the text are
ignored):

1. **Event type.** A sentence with ``event_type`` suggestions takes the most confident
   one (ties: the higher in the codebook's hierarchy, then the earlier). The other
   types of the group are kept as ``alternatives``.
2. **Grouping.** Sentences are read in order. A sentence with an event type starts a
   new group, unless it directly follows the current group, has the same event and
   sub-event type, and its place and date agree with the group's (a lead sentence and
   the details after it). A sentence without an event type joins the group it
   directly follows when it has some suggestion and its place and date agree
   (continuation: "... in the Rasafa desert, the network said"); otherwise it is left
   out, and the next sentence no longer directly follows a group.
   *Places agree* when the sentence names none, the group has none, or every place of
   the sentence is the group's place (same name), or contains it or lies in it: one is a
   region (geo_precision 3), the other a town or area (1 or 2) with the same admin1,
   and the same admin2/admin3 where both give them.
   *Dates agree* when the sentence gives none or gives the date the group already has;
   an undated group takes the date of a same-type sentence that joins it, but not of a
   sentence without an event type (that one tells of another time: "since February").
3. **Actors** (distinct names in text order; ``inter`` as a code 1-8):
   Violence against civilians: actor1 is the first actor who is not civilians, actor2
   the first civilians actor (inter 7). Protests: actor1 is the first protesters actor
   (6), Riots the first rioters actor (5), else the first actor; actor2 the next
   other one. Other types: actor1 is the first State forces actor (1), else the first
   actor; actor2 is, of the other actors, the first rebel group (2), then external
   force (8), identity militia (4), political militia (3), state force, civilians ...
   (the order puts the likely opponent of a state before its allied militias); in
   Battles civilians, rioters and protesters are never actor2. Other actors of the
   group are listed in ``other_actors`` for the coder to place.
4. **Location**: the most precise location of the group (smallest geo_precision,
   earliest on ties).
5. **Date**: the group's own date (most precise, then earliest); else the date of the
   previous event when that one is told in the same paragraph (a report goes on: كما
   ...); a dated sentence that is no event lends its date to nothing (وكانت القوات
   أطلقت حملة منذ مطلع شباط is background). Else ``published`` with time_precision 2:
   the report bounds the event from above but does not name the day ("around ..., as
   reported"). Else, without a publication date, the nearest earlier date anywhere in
   the text; else none.
6. **Fatalities**: per sentence, the sum of its ``killed`` casualty counts (already
   ACLED's lowest figures; a span counted once); for the group, the largest of these
   sums. Later sentences often repeat or break down a total already given, and ACLED
   records the lowest figure the reports support: summing across sentences could
   double it. Injured, detained and abducted counts are not fatalities, nor are the
   remains a mass grave holds (رفات 19 شخصاً): they died at another time.
7. **Sources**: the names of the group's source suggestions, in text order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.suggest.base import Suggestion
from annotator.suggest.cues import (
    CIVILIANS,
    STATE_FORCES,
    Sentence,
    hierarchy_rank,
    inter_code,
    sentence_index,
    sentences,
)
from annotator.text.normalize import normalize_key

PUBLISHED_TIME_PRECISION = 2
"""time_precision of a date taken from the publication date (the text gives none)."""

_PROTESTERS, _RIOTERS = 6, 5
_NOT_IN_BATTLES = frozenset({_RIOTERS, _PROTESTERS, CIVILIANS})
# Who is most likely actor1's opponent, by inter code (see rule 3).
_OPPONENT_ORDER = (2, 8, 4, 3, 1, 7, 5, 6)


@dataclass(frozen=True)
class DraftActor:
    name: str
    inter: int | None
    index: int  # the actor suggestion it comes from

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "inter": self.inter, "evidence": self.index}


@dataclass(frozen=True)
class DraftEvent:
    """One proposed event; ``start``/``end`` span its sentences in the original text."""

    start: int
    end: int
    event_type: str
    sub_event_type: str
    confidence: float
    actor1: DraftActor | None = None
    actor2: DraftActor | None = None
    other_actors: tuple[DraftActor, ...] = ()
    location: Mapping[str, Any] | None = None
    date: dt.date | None = None
    time_precision: int | None = None
    fatalities: int = 0
    sources: tuple[str, ...] = ()
    alternatives: tuple[tuple[str, str], ...] = ()
    field_evidence: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    evidence: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "confidence": round(self.confidence, 3),
            "actor1": self.actor1.as_json() if self.actor1 else None,
            "actor2": self.actor2.as_json() if self.actor2 else None,
            "other_actors": [a.as_json() for a in self.other_actors],
            "location": dict(self.location) if self.location is not None else None,
            "date": self.date.isoformat() if self.date else None,
            "time_precision": self.time_precision,
            "fatalities": self.fatalities,
            "sources": list(self.sources),
            "alternatives": [list(pair) for pair in self.alternatives],
            "field_evidence": {name: list(ids) for name, ids in self.field_evidence.items()},
            "evidence": list(self.evidence),
        }


# --------------------------------------------------------------------------- reading


@dataclass
class _Facts:
    """What one sentence's suggestions say (indexes into the input)."""

    event_types: list[int] = field(default_factory=list)
    actors: list[int] = field(default_factory=list)
    locations: list[int] = field(default_factory=list)
    dates: list[tuple[int, dt.date, int]] = field(default_factory=list)
    killed: list[tuple[int, int]] = field(default_factory=list)  # (index, count)
    sources: list[int] = field(default_factory=list)
    other: int = 0  # suggestions of other kinds (injured counts ...)

    def empty(self) -> bool:
        return not (
            self.event_types
            or self.actors
            or self.locations
            or self.dates
            or self.killed
            or self.sources
            or self.other
        )


def _read(
    text: str, suggestions: Sequence[Suggestion], spans: Sequence[Sentence]
) -> tuple[list[_Facts], list[tuple[int, int, dt.date, int]]]:
    """Facts per sentence, and every readable date as (start, index, date, precision)."""
    facts = [_Facts() for _ in spans]
    starts = [s.start for s in spans]
    all_dates: list[tuple[int, int, dt.date, int]] = []
    for index, suggestion in enumerate(suggestions):
        if not 0 <= suggestion.start <= suggestion.end <= len(text):
            continue
        where = sentence_index(spans, starts, suggestion.start)
        if where is None:
            continue
        sentence = facts[where]
        value = suggestion.value if isinstance(suggestion.value, Mapping) else {}
        kind = suggestion.kind
        if kind == "event_type" and _pair(value) in hierarchy_rank():
            sentence.event_types.append(index)
        elif kind == "actor" and _name(value):
            sentence.actors.append(index)
        elif kind == "location" and _name(value):
            sentence.locations.append(index)
        elif kind == "date" and (read := _date(value)) is not None:
            sentence.dates.append((index, *read))
            all_dates.append((suggestion.start, index, *read))
        elif kind == "casualty" and value.get("outcome") == "killed" and _count(value) >= 0:
            if not _REMAINS_BEFORE.search(text, max(suggestion.start - 30, 0), suggestion.start):
                sentence.killed.append((index, _count(value)))
        elif kind == "source" and _name(value):
            sentence.sources.append(index)
        else:
            sentence.other += 1
    all_dates.sort()
    return facts, all_dates


def _pair(value: Mapping[str, Any]) -> tuple[str, str]:
    return (str(value.get("event_type", "")), str(value.get("sub_event_type", "")))


def _name(value: Mapping[str, Any]) -> str:
    name = value.get("name")
    return name.strip() if isinstance(name, str) else ""


def _count(value: Mapping[str, Any]) -> int:
    """A casualty count, or -1 when it is missing or not a whole number >= 0."""
    count = value.get("count")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return count
    return -1


def _date(value: Mapping[str, Any]) -> tuple[dt.date, int] | None:
    raw, precision = value.get("date"), value.get("time_precision", 1)
    if not isinstance(raw, str) or isinstance(precision, bool) or precision not in (1, 2, 3):
        return None
    try:
        return dt.date.fromisoformat(raw), int(precision)
    except ValueError:
        return None


def _precision(value: Mapping[str, Any]) -> int:
    precision = value.get("geo_precision")
    if isinstance(precision, int) and not isinstance(precision, bool) and 1 <= precision <= 3:
        return precision
    return 3


# --------------------------------------------------------------------------- grouping


_Dated = tuple[dt.date | None, int | None, int | None]
"""An event's date, time_precision and the date suggestion they come from."""


@dataclass
class _Group:
    pair: tuple[str, str]
    sentences: list[int]
    location: int | None  # the most precise location so far
    date: tuple[int, dt.date, int] | None  # the group's own date


def draft_events(
    text: str, suggestions: Sequence[Suggestion], published: dt.date | None = None
) -> list[DraftEvent]:
    """Draft events of an article from its suggestions (see the module's rules)."""
    spans = sentences(text)
    facts, all_dates = _read(text, suggestions, spans)
    groups: list[_Group] = []
    current: _Group | None = None
    for position, sentence in enumerate(facts):
        follows = current is not None and current.sentences[-1] == position - 1
        pair = _best_pair(suggestions, sentence.event_types)
        if pair is not None:
            if (
                current is not None
                and follows
                and current.pair == pair
                and _agrees(current, sentence, suggestions, adopt_date=True)
            ):
                _extend(current, position, sentence, suggestions)
            else:
                current = _Group(pair, [], None, None)
                _extend(current, position, sentence, suggestions)
                groups.append(current)
        elif (
            current is not None
            and follows
            and not sentence.empty()
            and _agrees(current, sentence, suggestions, adopt_date=False)
        ):
            _extend(current, position, sentence, suggestions)
    drafts: list[DraftEvent] = []
    previous: tuple[int, _Dated] | None = None  # paragraph of the last event, its date
    for group in groups:
        first = spans[group.sentences[0]]
        dated = _event_date(group, first, previous, all_dates, published)
        drafts.append(_draft(group, spans=spans, facts=facts, suggestions=suggestions, dated=dated))
        previous = (spans[group.sentences[-1]].paragraph, dated)
    return drafts


def _best_pair(suggestions: Sequence[Suggestion], indexes: list[int]) -> tuple[str, str] | None:
    if not indexes:
        return None
    rank = hierarchy_rank()
    best = min(
        indexes,
        key=lambda i: (-suggestions[i].confidence, rank[_pair(suggestions[i].value)], i),
    )
    return _pair(suggestions[best].value)


def _extend(group: _Group, position: int, facts: _Facts, suggestions: Sequence[Suggestion]) -> None:
    group.sentences.append(position)
    for index in facts.locations:
        if group.location is None or _precision(suggestions[index].value) < _precision(
            suggestions[group.location].value
        ):
            group.location = index
    if group.date is None and facts.dates:
        group.date = min(facts.dates, key=lambda d: (d[2], d[0]))


def _agrees(
    group: _Group, facts: _Facts, suggestions: Sequence[Suggestion], *, adopt_date: bool
) -> bool:
    if facts.dates and group.date is not None:
        if any(date != group.date[1] for _, date, _ in facts.dates):
            return False
    elif facts.dates and not adopt_date:
        return False  # a dated sentence without an event cue tells of another time
    if group.location is None:
        return True
    place = suggestions[group.location].value
    return all(_same_place(place, suggestions[i].value) for i in facts.locations)


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """The same place, or one contains the other (see rule 2)."""
    if normalize_key(_name(a)) == normalize_key(_name(b)):
        return True
    vague, precise = (a, b) if _precision(a) > _precision(b) else (b, a)
    if _precision(vague) != 3 or _precision(precise) == 3:
        return False  # only a region contains another place
    if not _text(vague, "admin1") or _text(vague, "admin1") != _text(precise, "admin1"):
        return False
    for level in ("admin2", "admin3"):
        outer, inner = _text(vague, level), _text(precise, level)
        if outer and inner and outer != inner:
            return False
    return True


def _text(value: Mapping[str, Any], key: str) -> str:
    item = value.get(key)
    return normalize_key(item) if isinstance(item, str) else ""


# --------------------------------------------------------------------------- drafting

# The dead of a mass grave found (تضم رفات 19 شخصاً): ACLED records them under no event's
# fatalities, as they died at another time.
_REMAINS_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?رفات(?!\w)[^.،\n]*$")


def _draft(
    group: _Group,
    *,
    spans: Sequence[Sentence],
    facts: Sequence[_Facts],
    suggestions: Sequence[Suggestion],
    dated: _Dated,
) -> DraftEvent:
    members = [facts[i] for i in group.sentences]
    first, last = spans[group.sentences[0]], spans[group.sentences[-1]]
    evidence: dict[str, tuple[int, ...]] = {}

    typed = [i for f in members for i in f.event_types]
    chosen = [i for i in typed if _pair(suggestions[i].value) == group.pair]
    evidence["event_type"] = tuple(chosen)
    confidence = max(suggestions[i].confidence for i in chosen)
    alternatives: list[tuple[str, str]] = []
    for i in sorted(typed, key=lambda i: (-suggestions[i].confidence, i)):
        pair = _pair(suggestions[i].value)
        if pair != group.pair and pair not in alternatives:
            alternatives.append(pair)

    actor1, actor2, others = _actors(group.pair[0], members, suggestions)
    for name, actor in (("actor1", actor1), ("actor2", actor2)):
        if actor is not None:
            evidence[name] = (actor.index,)
    if others:
        evidence["other_actors"] = tuple(a.index for a in others)

    location = None
    if group.location is not None:
        location = dict(suggestions[group.location].value)
        evidence["location"] = (group.location,)

    date, precision, date_index = dated
    if date_index is not None:
        evidence["date"] = (date_index,)

    fatalities = 0
    killed: tuple[int, ...] = ()
    for f in members:
        counted = _killed(f, suggestions)
        total = sum(count for _, count in counted)
        if total > fatalities:
            fatalities, killed = total, tuple(i for i, _ in counted)
    if killed:
        evidence["fatalities"] = killed

    source_names: list[str] = []
    source_indexes: list[int] = []
    for f in members:
        for i in f.sources:
            name = _name(suggestions[i].value)
            if name not in source_names:
                source_names.append(name)
                source_indexes.append(i)
    if source_indexes:
        evidence["sources"] = tuple(source_indexes)

    return DraftEvent(
        start=first.start,
        end=last.end,
        event_type=group.pair[0],
        sub_event_type=group.pair[1],
        confidence=confidence,
        actor1=actor1,
        actor2=actor2,
        other_actors=others,
        location=location,
        date=date,
        time_precision=precision,
        fatalities=fatalities,
        sources=tuple(source_names),
        alternatives=tuple(alternatives),
        field_evidence=evidence,
        evidence=tuple(sorted({i for ids in evidence.values() for i in ids})),
    )


def _killed(facts: _Facts, suggestions: Sequence[Suggestion]) -> list[tuple[int, int]]:
    """The sentence's killed counts, a span counted once (the larger count kept)."""
    by_span: dict[tuple[int, int], tuple[int, int]] = {}
    for index, count in facts.killed:
        span = (suggestions[index].start, suggestions[index].end)
        if span not in by_span or count > by_span[span][1]:
            by_span[span] = (index, count)
    return sorted(by_span.values())


def _event_date(
    group: _Group,
    first: Sentence,
    previous: tuple[int, _Dated] | None,
    all_dates: Sequence[tuple[int, int, dt.date, int]],
    published: dt.date | None,
) -> _Dated:
    if group.date is not None:
        index, date, precision = group.date
        return date, precision, index
    if previous is not None and previous[0] == first.paragraph and previous[1][0] is not None:
        return previous[1]
    if published is not None:
        return published, PUBLISHED_TIME_PRECISION, None
    earlier = [d for d in all_dates if d[0] < first.start]
    if earlier:
        _, index, date, precision = earlier[-1]
        return date, precision, index
    return None, None, None


def _actors(
    event_type: str, members: Sequence[_Facts], suggestions: Sequence[Suggestion]
) -> tuple[DraftActor | None, DraftActor | None, tuple[DraftActor, ...]]:
    actors: list[DraftActor] = []
    seen: set[str] = set()
    for f in members:
        for index in f.actors:
            value = suggestions[index].value
            key = normalize_key(_name(value))
            if key not in seen:
                seen.add(key)
                actors.append(DraftActor(_name(value), inter_code(value), index))
    if not actors:
        return None, None, ()

    def first(candidates: Sequence[DraftActor]) -> DraftActor | None:
        return candidates[0] if candidates else None

    actor1: DraftActor | None
    actor2: DraftActor | None
    if event_type == "Violence against civilians":
        actor1 = first([a for a in actors if a.inter != CIVILIANS])
        actor2 = first([a for a in actors if a.inter == CIVILIANS])
    elif event_type in ("Protests", "Riots"):
        wanted = _PROTESTERS if event_type == "Protests" else _RIOTERS
        actor1 = first([a for a in actors if a.inter == wanted]) or actors[0]
        actor2 = first([a for a in actors if a is not actor1])
    else:
        actor1 = first([a for a in actors if a.inter == STATE_FORCES]) or actors[0]
        rest = [
            a
            for a in actors
            if a is not actor1 and not (event_type == "Battles" and a.inter in _NOT_IN_BATTLES)
        ]
        if actor1.inter == STATE_FORCES:
            order = {code: n for n, code in enumerate(_OPPONENT_ORDER)}
            rest.sort(key=lambda a: order.get(a.inter or 0, len(order)))
        actor2 = first(rest)
    others = tuple(a for a in actors if a is not actor1 and a is not actor2)
    return actor1, actor2, others
