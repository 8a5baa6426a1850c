"""Location suggestions: gazetteer names in the text, with ACLED's geo_precision.

Each mention of a known place becomes a suggestion of kind "location" whose value is
{"name", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision"} plus
"country", "feature", "source" and, when the place could not be told apart from
namesakes, "candidates" (every place the name may be, best first).

Precision follows the ACLED codebook:

- 1: a named town, village or site alone (مدينة الرقة, قرية خربة المكمان);
- 2: an area word or a direction before the name (بادية X, ريف X, محيط X, أطراف X,
  قرب / بالقرب من X, جنوب / شمال / شرق / غرب X, جنوب شرقي X, منطقة X ...), a
  sub-district (ناحية X), or a curated area such as بادية تدمر;
- 3: a governorate (محافظة الرقة, محافظتي حمص ودير الزور) or a large region
  (بادية الرقة), coded to the provincial capital or the region's town.

A region of national scale (البادية السورية, بادية الشام, or the bare البادية naming
it) is suggested at its curated town and precision 3 (the desert at Tadmor), as every
news coder who met it codes it, at a lower confidence (``NATIONAL_CONFIDENCE``): a
nearer place the article names is the better choice for an event.

Countries are never suggested (country-level events are not ACLED events), nor names
right after an organisation word (لواء “القدس”, شبكة “الخابور”), nor place names that
are ordinary words (الثورة, الكرامة) unless a place noun or an area word stands before
them.

A road named after the two places it joins (طريق دمشق - حمص, أوتوستراد دير الزور - تدمر)
gives no location: the event was somewhere on the road, at neither end.

Span: the suggestion covers the area words and place nouns before the name and the
direction adjectives after it (``جنوب قرية خربة المكمان``, ``ريف حلب الشمالي``), since
they are the evidence for the precision; proclitics stay outside the span as the name
matcher does (بريف حلب -> ريف حلب). ``value["name"]`` is always the place's ACLED
location name, never the phrase. A dual or plural place noun carries over to the next
name joined by و (محافظتي حمص ودير الزور: two governorates, the second span is the bare
name); a phrase that locates a place relative to another (بادية الرصافة جنوب شرقي
محافظة الرقة) gives two suggestions, one per place. A bare name shared by a town and
its governorate or district (الرقة, حمص) is the town; محافظة before it makes it the
governorate.

A neighbourhood the gazetteer does not know (حي عين السبيل في مدينة جسر الشغور) is
ACLED's "City - Neighbourhood": the city its adjective names (حي جوبر الدمشقي, حي الوعر
الحمصي), else the city the same sentence names, its admin units and
coordinates at geo_precision 2, and the neighbourhood's name as written, for the coder
to spell, at low confidence.

A name shared by several places is resolved by the other places the same sentence
(then the article) names unambiguously: their governorate and distance. When that does
not decide, the best-ranked place is offered with all "candidates" and low confidence.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.gazetteer import (
    SAME_PLACE_KM,
    Blocker,
    Gazetteer,
    Place,
    admin_name_key,
    distance_km,
)
from annotator.suggest.lexicon import in_a_dateline
from annotator.suggest.matcher import Match, may_start_a_name
from annotator.suggest.regions import set_abroad
from annotator.text.normalize import normalize_key
from annotator.text.romanize import may_begin_a_name
from annotator.text.tokens import (
    PROCLITICS,
    Token,
    char_positions,
    sentence_around,
    text_word_starts,
    text_words,
)

KIND = "location"


def _directions() -> frozenset[str]:
    forms: set[str] = set()
    for word in ("شمال", "جنوب", "شرق", "غرب"):
        for form in (word, word + "ي", word + "يه"):
            forms.update((form, "ال" + form))
    return frozenset(forms)


DIRECTIONS = _directions()
DIRECTION_ADJECTIVES = frozenset(
    d for d in DIRECTIONS if d.startswith("ال") and d.endswith(("ي", "يه"))
)
AREA_WORDS = frozenset({
    "باديه", "ريف", "ريفي", "الريف", "ارياف", "محيط", "اطراف", "ضواحي", "مشارف", "تخوم", "قرب",
    "القرب", "مقربه", "جوار", "منطقه", "مناطق", "طريق", "اوتوستراد", "مطار", "قاعده", "حاجز",
    "معبر", "حقل",
})  # fmt: skip
SETTLEMENT_WORDS = frozenset({
    "قريه", "قريتي", "قري", "بلده", "بلدتي", "بلدات", "مدينه", "مدينتي", "مدن", "حي", "احياء",
    "مخيم", "وسط",
})  # fmt: skip
SUBDISTRICT_WORDS = frozenset({"ناحيه", "ناحيتي"})
GOVERNORATE_WORDS = frozenset({"محافظه", "محافظتي", "محافظات"})
# Dual and plural place nouns: "محافظتي حمص ودير الزور" applies to both names.
COORDINATING_WORDS = frozenset({
    "محافظتي", "محافظات", "مدينتي", "مدن", "بلدتي", "بلدات", "قريتي", "قري", "ناحيتي",
    "مناطق", "ريفي",  # مناطق اعزاز والباب وعفرين, ريفي حماه وحمص
})  # fmt: skip
FROM = "من"
ORGANISATION_WORDS = frozenset({
    "شبكه", "وكاله", "صحيفه", "جريده", "قناه", "اذاعه", "موقع", "مرصد", "تنظيم", "لواء", "الويه",
    "فيلق", "جيش", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "حركه", "كتائب", "كتيبه", "سرايا",
    "فرقه", "تجمع", "مجلس", "تيار", "حزب", "صوت", "تلفزيون", "راديو", "مجموعه", "مجموعات",
    "منصه",
    "صحه", "مديريه",  # مديرية صحة حماة: the health directorate, not the city
    "تنسيقيه",  # تنسيقية جسر الشغور: the coordination committee, a source
    "صفحه",  # صفحة زردنا الحدث: a page's name
    "شرطه",  # شرطة الجينة الحرة: the town's police
})  # fmt: skip
# (جبهة is not one: جبهة الرستن, جبهة خان الشيح are the fronts at those towns; the
# groups' names go on with no place, جبهة النصرة, جبهة ثوار سوريا)
# A town right after a facility's noun names the facility (مشفى كفرنبل الجراحي, سوق
# الأتارب): a repetition when the article names the town on its own too.
FACILITY_WORDS = frozenset({"مشفي", "مستشفي", "مشافي", "مستوصف", "الطبيه", "سوق"})
# Words that begin a place's name (كفر داعل, تل رفعت, خربة غزالة): a known name right
# after one is the tail of a longer name the gazetteer lacks (داعل in كفر داعل is not the
# town Da'el of Dar'a), so it is no mention of the known place.
TOPONYM_HEADS = frozenset({
    "كفر", "تل", "عين", "دير", "خربه", "بيت", "راس", "بئر", "بير", "ابو", "بني", "مزرعه",
    "معره", "معر", "وادي", "حوش", "جب", "دوير",  # (not قلعه, قصر: قلعه حلب is in Aleppo)
    "باب",  # باب النيرب, a quarter of Aleppo named after its gate, is not the town Nayrab
})  # fmt: skip
# A road named by the two places it joins, the second after a dash: طريق دمشق - حمص.
ROAD_WORDS = frozenset({"طريق", "طريقين", "اوتوستراد"})
# (a dash of tatweel, طريق تدمر ــ دير الزور, is two spaces once normalised)
_ROUTE_JOIN = re.compile(r"[^\S\n]*[-–—/][^\S\n]*|[^\S\n]{2,}")
# A road word with its adjectives before the first end: الطريق الدولي حلب - اللاذقية,
# الطريقين الدوليين حلب - دمشق.
_ROAD = r"(?:ال)?(?:" + "|".join(sorted(ROAD_WORDS)) + r")(?: ال\w+){0,2}"
_ROAD_BEFORE = re.compile(_ROAD + r"[^\S\n]*$")
# ... or by the two places it runs between or links: الطريق الواصل بين بلدتي داعل وابطع,
# الطريق الدولي الذي يربط حلب بدمشق.
_ROAD_BETWEEN = re.compile(
    _ROAD + r" (?:الذي |التي )?(?:بين|يربط|تربط|يصل|تصل)(?: (?:بلدتي|مدينتي|قريتي))?[^\S\n]*$"
)
_AND_JOIN = re.compile(r"[^\S\n]*[وب]")  # (بين حلب ودمشق, يربط حلب بدمشق)
_ROAD_REACH = 35  # characters of a road word and two adjectives before the first end
_LINKING_WORDS_REACH = 15  # ... and of الذي يربط, الواصل بين
# The second road of two named by their ends (الطريقين الدوليين حلب - دمشق وحلب -
# اللاذقية): after و, right after the first road's second end.
_NEXT_ROAD = re.compile(r"[^\S\n]*و")
MAX_PREFIX_WORDS = 4
MAX_SUFFIX_WORDS = 3
CONTEXT_KM = 60.0
CONTEXT_ANCHORS = 6
_SEPARATOR = re.compile(r"(?:[^\S\n\r\u2028\u2029]|[\"'])*")  # (not across a line)
_SENTENCE_MARKS = ".!?؟؛\n"  # a run of them ends a sentence

_ADMIN_LEVEL = {"governorate": 1, "district": 2, "subdistrict": 3}
CONFIDENCE_BY_SOURCE_RANK = {0: 0.9, 1: 0.9, 2: 0.85, 3: 0.75, 4: 0.7}
CONTEXT_CONFIDENCE = 0.6
AMBIGUOUS_CONFIDENCE = 0.35
COMMON_WORD_FACTOR = 0.9
NATIONAL_CONFIDENCE = 0.5
CLUSTER_CACHE_SIZE = 4096


class _Word(NamedTuple):  # a tuple: made for every candidate, fast
    kind: str  # direction | area | settlement | subdistrict | governorate | from
    form: str
    start: int  # normalised index where the word (without its proclitic) begins


@dataclass
class _Prefix:
    words: list[_Word] = field(default_factory=list)
    # Not changed once made: what is asked of it for every mention is worked out once.
    kinds: frozenset[str] = field(init=False, repr=False, compare=False)
    # The place noun right before the name (مدينة, محافظة, ناحية), if any.
    marker: _Word | None = field(init=False, repr=False, compare=False)
    start: int | None = field(init=False, repr=False, compare=False)  # of the first word

    def __post_init__(self) -> None:
        self.kinds = frozenset(word.kind for word in self.words)
        nouns = [w for w in self.words if w.kind in ("settlement", "subdistrict", "governorate")]
        self.marker = nouns[-1] if nouns else None
        self.start = self.words[0].start if self.words else None

    def has(self, kind: str) -> bool:
        return kind in self.kinds

    @property
    def lowers_precision(self) -> bool:
        return "area" in self.kinds or "direction" in self.kinds


@dataclass
class _Mention:
    match: Match[Place | Blocker]
    places: Sequence[Place]
    prefix: _Prefix
    start: int
    end: int
    sentence: int
    common: bool
    conjoined: bool  # the name carries و/ف: it may continue the previous mention
    in_facility: bool = False  # right after a FACILITY_WORDS noun: in the facility's name
    national: bool = False  # every place it may be is a region of national scale
    # The distinct places the name may be here: the best description of each.
    distinct: Sequence[Place] = ()


@lru_cache(maxsize=16384)  # words repeat within and across articles
def _forms(token: str) -> tuple[tuple[int, str], ...]:
    """A token and what remains after each proclitic, with the offset of the remainder."""
    forms = [(0, token)]
    for proclitic in PROCLITICS:
        if token.startswith(proclitic) and len(token) - len(proclitic) >= 2:
            forms.append((len(proclitic), token[len(proclitic) :]))
    return tuple(sorted(set(forms)))


def _classify(form: str) -> str | None:
    if form in DIRECTIONS:
        return "direction"
    if form in AREA_WORDS:
        return "area"
    if form in SETTLEMENT_WORDS:
        return "settlement"
    if form in SUBDISTRICT_WORDS:
        return "subdistrict"
    if form in GOVERNORATE_WORDS:
        return "governorate"
    if form == FROM:
        return "from"
    return None


def _word(token: Token) -> _Word | None:
    found = _word_form(token.text)
    if found is None:
        return None
    kind, form, offset = found
    return _Word(kind, form, token.start + offset)


@lru_cache(maxsize=16384)
def _word_form(text: str) -> tuple[str, str, int] | None:
    """The kind of area or place word a token is, the form that says so and its offset."""
    for offset, form in _forms(text):
        kind = _classify(form)
        if kind is not None:
            return kind, form, offset
    return None


@lru_cache(maxsize=16384)
def _is_one_of(token: str, words: frozenset[str]) -> bool:
    """Whether a token, with or without a proclitic, is one of ``words``."""
    return any(form in words for _, form in _forms(token))


@lru_cache(maxsize=16384)
def _before_name(token: str) -> str | None:
    """What the word right before a name makes of it: "blocks" after an organisation's
    word or a toponym's head (شبكه, كفر), "facility" after a facility's noun (مشفى)."""
    # (لل is ل with the article: للتنظيم قرب بلده صرين names no organisation "صرين")
    definite = token.removeprefix("و").removeprefix("ف").startswith("لل")
    if (not definite and _is_one_of(token, ORGANISATION_WORDS)) or _is_one_of(token, TOPONYM_HEADS):
        return "blocks"
    return "facility" if _is_one_of(token, FACILITY_WORDS) else None


# Which word kinds may stand before a word of each kind (reading leftwards from the name).
_MAY_PRECEDE = {
    None: {"direction", "area", "settlement", "subdistrict", "governorate", "from"},
    "settlement": {"direction", "area", "from"},
    "subdistrict": {"direction", "area", "from"},
    "governorate": {"direction", "area", "from"},
    "area": {"direction", "area"},
    "direction": {"direction", "area"},
    "from": {"direction", "area"},
}


# GeoNames' alternate names this short, without ال, are too easily the end of another
# word after a proclitic; the curated short names (حمص, نوى) are not.
_SHORT_NAME = 3
# ... and those of small towns abroad this short, even with ال (كالة in وكالة is no
# Calais); a large city's are not (ولندن).
_SHORT_NAME_ABROAD = 4
_LARGE_CITY = 100_000


def _short_uncurated(key: str, places: Sequence[Place], home: str) -> bool:
    return (
        len(key) <= _SHORT_NAME
        and not key.startswith("ال")
        and all(place.source == "geonames" for place in places)
    ) or (len(key) <= _SHORT_NAME_ABROAD and _small_towns_abroad(places, home))


def _small_towns_abroad(places: Sequence[Place], home: str) -> bool:
    """Whether every place a name may be is a town abroad that only GeoNames knows, too
    small to be news here (its name is then more likely an ordinary word: المصدر)."""
    return all(
        place.source == "geonames" and place.country != home and place.population < _LARGE_CITY
        for place in places
    )


class _Name(NamedTuple):
    """What every mention of a name shares, worked out once per gazetteer."""

    places: tuple[Place, ...]
    short_uncurated: bool  # no mention of it after a proclitic (see _short_uncurated)
    common: bool  # an ordinary word (الثورة): needs a place noun or an area word
    small_abroad: bool  # one word for small towns abroad only: needs a place noun
    wide: bool  # a region or a governorate: direction adjectives after it belong to it
    national: bool  # a region of national scale (البادية السورية)


class LocationSuggester:
    """``LocationSuggester(gazetteer).suggest(ctx)`` -> location suggestions."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # (name key, place noun kind) -> the distinct places the name may be (candidates
        # grouped by place, the best-ranked of each): the same for every mention of the
        # name after such a noun (bounded: cleared when full).
        self._clusters: dict[tuple[str, str | None], tuple[Place, ...]] = {}
        # name key -> its places and what they imply (None when a blocker shares the
        # name or it has no place): the same for every mention of the name.
        self._names: dict[str, _Name | None] = {}
        # id(place) -> (the place, its value as a candidate): a namesake is listed among
        # the candidates in article after article (the place is kept, so its id stays its).
        self._candidate_values: dict[int, tuple[Place, dict[str, Any]]] = {}
        self._clusters_of: Gazetteer = gazetteer
        self._cities: dict[str, Suggestion | None] = {}  # see _city_named

    def __call__(self, ctx: SuggestContext) -> list[Suggestion]:
        return self.suggest(ctx)

    def suggest(self, ctx: SuggestContext) -> list[Suggestion]:
        text = ctx.normalized.text
        matches = self.gazetteer.matcher.find(ctx.normalized)
        if not matches and _NEIGHBOURHOOD_WORD not in text:
            return []
        if self._clusters_of is not self.gazetteer:
            self._clusters, self._names, self._clusters_of = {}, {}, self.gazetteer
            self._candidate_values, self._cities = {}, {}
        tokens = text_words(ctx.normalized)
        starts = text_word_starts(ctx.normalized)
        sentence_ends = _sentence_ends(text)
        pending: list[Match[Place | Blocker]] = []
        mentions = self._mentions(matches, text, tokens, starts, sentence_ends, pending=pending)
        # An ordinary word that is a town's name is the town where the article names that
        # town with a place noun (مدينة جاسم ... في جاسم): one sense per article.
        confirmed_starts: frozenset[int] = frozenset()
        if pending:
            marked = {  # (by a place noun: محيط السجن says no town is meant)
                p.key
                for m in mentions
                if m.common and m.prefix.marker is not None
                for p in m.places
            }
            # ... or by an alternate name with its noun (مدينة الباب, مدينة الثورة), where
            # the word stands after a word of place (سوق في الباب; not فتح الباب, ذكرى الثورة)
            named_with_noun = {
                p.key for m in mentions if _noun_in_the_name(m.match.key) for p in m.places
            }
            mention_starts = [m.start for m in mentions]
            confirmed_starts = frozenset(
                match.start
                for match in pending
                if _names_a(self._name_of(match), marked)
                or (
                    _names_a(self._name_of(match), named_with_noun)
                    and _AT_A_PLACE_BEFORE.search(
                        text, max(match.normalized_start - 12, 0), match.normalized_start
                    )
                    is not None
                    and not _ITS_ADJECTIVE_AFTER.match(text, match.normalized_end)
                )
                or self._joined_to_a_town_after(match, mentions, mention_starts, text)
            )
            if confirmed_starts:
                mentions = self._mentions(
                    matches,
                    text,
                    tokens,
                    starts,
                    sentence_ends,
                    pending=None,
                    confirmed=confirmed_starts,
                )
        _inherit_coordinated_markers(mentions, text)
        mentions = _without_route_ends(mentions, text)
        mentions = _without_facility_repeats(mentions, ctx.earlier)
        # An ordinary word (الثورة) needs a place noun or an area word, if only inherited,
        # or a town named right before it (في طفس وجاسم).
        confirmed_starts |= _joined_to_a_town(mentions, text)
        mentions = [
            m
            for m in mentions
            if (not m.common or _is_marked(m.prefix) or m.match.start in confirmed_starts)
            and not _destroys(text, m)
            and not _the_government(text, m)
            and not _a_manner(text, m)
            and not _the_movement(text, m)
            and not _a_byline(text, m)
            and not _an_adjective(text, m)
            and not _a_word_s_other_sense(text, m)
            and not _the_two_villages(text, m)
            and not _in_a_slogan(text, m)
            and not ("#" in ctx.text and _in_a_hashtag(ctx, m))
        ]
        if _COUNCIL_WORD in text or _MUNICIPALITY_WORD in text:
            mentions = _without_speaking_councils(mentions, text)
        for mention in mentions:
            mention.distinct = self._distinct_candidates(mention)
        context = _Context(mentions)
        found = [self._suggestion(ctx, mention, context) for mention in mentions]
        listed = self.gazetteer.resource.neighbourhoods if self.gazetteer.resource else {}
        if any(noun in text for noun in (_NEIGHBOURHOOD_WORD, *_NEIGHBOURHOODS_WORDS, _AREA_WORD)):
            found = _with_neighbourhoods(
                ctx, mentions, found, sentence_ends, listed, city_named=self._city_named
            )
        if listed:
            found = _bare_neighbourhoods(found, listed, ctx.text)
            if _OLD_CITY in text:
                found = _old_city(ctx, found, listed)
            found = _bare_listed_quarters(ctx, found, listed)
        if found and found[0].start < _DATELINE_REACH:
            found = _datelines_at_their_governorates(ctx, found, self.gazetteer.governorates)
        return found

    def _city_named(self, written: str) -> Suggestion | None:
        """The city a phrase names (مدينة دمشق), as this gazetteer places it."""
        if written not in self._cities:
            found = self.suggest(SuggestContext.of(written))
            self._cities[written] = found[0] if len(found) == 1 else None
        return self._cities[written]

    # --- finding mentions -----------------------------------------------------------

    def _mentions(
        self,
        matches: Sequence[Match[Place | Blocker]],
        text: str,
        tokens: Sequence[Token],
        starts: Sequence[int],
        sentence_ends: Sequence[int],
        *,
        pending: list[Match[Place | Blocker]] | None,
        confirmed: frozenset[int] = frozenset(),
    ) -> list[_Mention]:
        """The mentions of the matches, in text order; the ordinary words rejected for want
        of a place noun go to ``pending``, those ``confirmed`` (by start) are kept."""
        mentions: list[_Mention] = []
        limit = 0
        for match in matches:
            mention = self._mention(
                match,
                text,
                tokens,
                starts,
                limit,
                pending=pending,
                confirmed=match.start in confirmed,
            )
            if mention is None:
                continue
            mention.sentence = bisect_right(sentence_ends, mention.start)
            mentions.append(mention)
            limit = mention.end
        return mentions

    def _joined_to_a_town_after(
        self,
        match: Match[Place | Blocker],
        mentions: Sequence[_Mention],
        mention_starts: Sequence[int],
        text: str,
    ) -> bool:
        """Whether an ordinary word is joined by و to the name of a town of its
        governorate right after it (يدخل الهامة وقدسيا: the town of Al Hameh)."""
        name = self._name_of(match)
        if name is None:
            return False
        word_before = _WORD_BEFORE_NAME.search(
            text, max(match.normalized_start - 20, 0), match.normalized_start
        )
        if word_before is not None and word_before[1].startswith(_DEFINITE):
            return False  # المنطقة الهامة ودوما: an adjective of the noun before it
        index = bisect_left(mention_starts, match.normalized_end)
        if index == len(mentions):
            return False
        following = mentions[index]
        if following.common or not following.conjoined:
            return False
        token_start = text.rfind(" ", 0, following.match.normalized_start) + 1
        if text[match.normalized_end : token_start].strip():
            return False
        governorates = {place.admin1 for place in following.places}
        return any(place.admin1 in governorates for place in name.places)

    def _mention(
        self,
        match: Match[Place | Blocker],
        text: str,
        tokens: Sequence[Token],
        starts: Sequence[int],
        limit: int,
        *,
        pending: list[Match[Place | Blocker]] | None = None,
        confirmed: bool = False,
    ) -> _Mention | None:
        name = self._name_of(match)
        if name is None:
            return None
        index = bisect_right(starts, match.normalized_start) - 1
        if index < 0:
            return None
        name_token = tokens[index]
        proclitic = text[name_token.start : match.normalized_start]
        if proclitic and name.short_uncurated:
            return None  # فرقه is "his team", not ف + رقه (a GeoNames alternate name)
        conjoined = proclitic[:1] in ("و", "ف")
        prefix = _NO_PREFIX if conjoined else _prefix(text, tokens, index, limit)
        # An ordinary word needs a place noun or an area word, unless it may continue the
        # previous name; a small town abroad named by one word needs a place noun (مدينة
        # X). (Looked at first: most names rejected are rejected so.)
        marked = _is_marked(prefix) or confirmed
        if name.common and not conjoined and not marked:
            if pending is not None:
                pending.append(match)
            return None
        if name.small_abroad and not marked:
            return None
        phrase_start = prefix.start if prefix.start is not None else match.normalized_start
        before_kind = _kind_before(text, tokens, starts, phrase_start, limit)
        if before_kind == "blocks":
            return None  # شبكه, لواء ...: an outlet's or a group's name; كفر, تل ...: a longer name
        end = match.normalized_end
        if prefix.has("area") or name.wide:
            end = _suffix_end(text, tokens, starts, end)
        return _Mention(
            match,
            name.places,
            prefix,
            phrase_start,
            end,
            0,
            common=name.common,
            conjoined=conjoined,
            # (مشافي مدينة القامشلي: the hospitals of a town named as one, no facility's name)
            in_facility=before_kind == "facility" and prefix.marker is None,
            national=name.national,
        )

    @property
    def _home(self) -> str:
        """The country of the curated file: places elsewhere are abroad."""
        return self.gazetteer.resource.country if self.gazetteer.resource else ""

    def _name_of(self, match: Match[Place | Blocker]) -> _Name | None:
        """The places a name may be and what they imply; None if a blocker shares the
        name (a country ...)."""
        try:
            return self._names[match.key]
        except KeyError:
            pass
        name: _Name | None = None
        if not any(isinstance(p, Blocker) for p in match.payloads):
            places = tuple(p for p in match.payloads if isinstance(p, Place))
            if places:
                key, home, national = match.key, self._home, self.gazetteer.national_regions
                name = _Name(
                    places,
                    short_uncurated=_short_uncurated(key, places, home),
                    common=self.gazetteer.is_common_word(key),
                    small_abroad=" " not in key and _small_towns_abroad(places, home),
                    wide=all(p.feature in ("region", "governorate") for p in places),
                    national=all(place.key in national for place in places),
                )
        if len(self._names) >= CLUSTER_CACHE_SIZE:
            self._names.clear()
        self._names[match.key] = name
        return name

    # --- choosing the place ---------------------------------------------------------

    def _distinct_candidates(self, mention: _Mention) -> tuple[Place, ...]:
        """The candidate places grouped by place, and the best-ranked of each group, best
        first (by rank, then name)."""
        marker = mention.prefix.marker
        key = (mention.match.key, marker.kind if marker else None)
        found = self._clusters.get(key)
        if found is None:
            if len(self._clusters) >= CLUSTER_CACHE_SIZE:
                self._clusters.clear()
            clusters = _clusters(self._candidates(mention))
            best = [min(cluster, key=lambda p: p.rank) for cluster in clusters]
            # (in the order the suggestion offers them when the context does not tell)
            found = tuple(sorted(best, key=lambda p: (p.rank, p.location)))
            self._clusters[key] = found
        return found

    def _candidates(self, mention: _Mention) -> Sequence[Place]:
        places = mention.places
        marker = mention.prefix.marker
        kind = marker.kind if marker else None
        if kind == "governorate" or all(p.feature == "governorate" for p in places):
            governorates = [p for p in places if p.feature == "governorate"]
            if not governorates:
                governorates = [
                    self.gazetteer.governorates[p.admin1]
                    for p in places
                    if p.admin1 in self.gazetteer.governorates
                ]
            if governorates:
                return governorates
        if kind == "subdistrict":
            subdistricts = [p for p in places if p.feature == "subdistrict"]
            if subdistricts:
                return subdistricts
        if kind == "settlement":
            settlements = [p for p in places if not p.is_admin_unit and p.feature != "region"]
            if settlements:
                return settlements
        named = [p for p in places if not p.is_admin_unit]
        if named:
            return named
        if len({p.admin1 for p in places}) == 1:
            # Nested units sharing a name (ريف دمشق: governorate and district): the largest.
            top = min(_ADMIN_LEVEL[p.feature] for p in places)
            return [p for p in places if _ADMIN_LEVEL[p.feature] == top]
        return places

    def _candidate(self, place: Place) -> dict[str, Any]:
        """``_candidate(place)``, made once per place (a copy: the caller may change it)."""
        cached = self._candidate_values.get(id(place))
        if cached is None:
            if len(self._candidate_values) >= CLUSTER_CACHE_SIZE:
                self._candidate_values.clear()
            cached = self._candidate_values[id(place)] = (place, _candidate(place))
        return dict(cached[1])

    def _suggestion(self, ctx: SuggestContext, mention: _Mention, context: _Context) -> Suggestion:
        ranked = list(mention.distinct)
        resolved_by_context = False
        ambiguous = False
        if len(ranked) > 1:
            scores = context.scores(ranked, mention)
            best = max(scores)
            if min(scores) != best:  # (else they stay in order of rank, then name)
                order = sorted(range(len(ranked)), key=lambda i: -scores[i])  # (stable)
                ranked = [ranked[i] for i in order]
            if best > 0 and scores.count(best) == 1:
                resolved_by_context = True
            else:
                ambiguous = True
        place = ranked[0]
        precision = _precision(place, mention.prefix)
        value: dict[str, Any] = place.value()
        value["geo_precision"] = precision
        value["feature"] = place.feature
        if place.note:
            value["note"] = place.note
        if ambiguous:
            value["candidates"] = [self._candidate(p) for p in ranked]
        confidence = CONFIDENCE_BY_SOURCE_RANK.get(place.source_rank, 0.7)
        if mention.common:
            confidence *= COMMON_WORD_FACTOR
        if resolved_by_context:
            confidence = min(confidence, CONTEXT_CONFIDENCE)
        if ambiguous:
            confidence = AMBIGUOUS_CONFIDENCE
        if mention.national:
            confidence = min(confidence, NATIONAL_CONFIDENCE)
        return ctx.from_normalized(KIND, mention.start, mention.end, value, confidence)


_WORD_BEFORE_NAME = re.compile(r"(\w+)\s+$")
_DEFINITE = ("ال", "وال", "بال", "فال", "لل")
# A dateline stands in the first lines of an article (characters).
_DATELINE_REACH = 400
# ... a mark and a few words after the place, an outlet's name among them (not a
# headline that opens with a place: قامشلو – مقتل شخصين بقصف تركي على المدينة, سراقب –
# انفجار سيارة مفخخة); after a colon only quoted (درعا: «الشرق الأوسط»).
_OUTLET_AFTER = re.compile(r"\s*(?:[-–—ـ/(]+|:\s*[«\"“])\s*(?:\S+\s*){1,5}$")
_SHORT_OUTLET_AFTER = re.compile(r"\s*[-–—ـ/]+\s*[«\"“]?[^\W\d]+(?: [^\W\d]+)?[»\"”]?\s*:?\s*$")


def _datelines_at_their_governorates(
    ctx: SuggestContext, found: list[Suggestion], governorates: Mapping[str, Place]
) -> list[Suggestion]:
    """A town that is the place of a dateline (قامشلو – روناهي, عفرين – يكيتي ميديا) as
    its governorate, coded to its capital at precision 3: a dateline tells where the
    outlet reports from, not where an event was (so the news writers code it)."""
    outlets = [s for s in ctx.earlier if s.kind == "source" and s.start < _DATELINE_REACH]
    coded = []
    for suggestion in found:
        governorate = governorates.get(str(suggestion.value.get("admin1", "")))
        if (
            governorate is not None
            and suggestion.start < _DATELINE_REACH
            and suggestion.value.get("feature") not in ("governorate", "region")
            and "candidates" not in suggestion.value  # (which governorate is not known)
            and _in_a_dateline(ctx.text, suggestion.start, suggestion.end)
            and _an_outlet_on_its_line(ctx.text, suggestion.end, outlets)
        ):
            value = governorate.value()
            value["geo_precision"] = governorate.geo_precision
            value["feature"] = governorate.feature
            coded.append(dataclasses.replace(suggestion, value=value))
        else:
            coded.append(suggestion)
    return coded


def _an_outlet_on_its_line(text: str, end: int, outlets: Sequence[Suggestion]) -> bool:
    """Whether an outlet follows on the place's line, or only a name of one or two words
    no lexicon knows (كفرنبل – راديو فريش; not سراقب – انفجار سيارة مفخخة)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if any(end <= outlet.start and outlet.end <= line_end for outlet in outlets):
        return True
    return _SHORT_OUTLET_AFTER.match(text[end:line_end]) is not None


def _in_a_dateline(text: str, start: int, end: int) -> bool:
    """Whether a place opens a short line of its own with an outlet's name after it."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    line = text[end : len(text) if line_end < 0 else line_end]
    return _OUTLET_AFTER.match(line) is not None and in_a_dateline(text, start, end)


def _sentence_ends(text: str) -> list[int]:
    """Where each run of sentence marks ends, in text order."""
    marks = char_positions(text, _SENTENCE_MARKS)
    # A mark ends its run unless the next character is a mark too.
    return [a + 1 for a, b in itertools.pairwise([*marks, -1]) if b != a + 1]


def _prefix(text: str, tokens: Sequence[Token], index: int, limit: int) -> _Prefix:
    """Area words, directions and place nouns right before the name's token."""
    if index == 0 or _word_form(tokens[index - 1].text) is None:
        return _NO_PREFIX  # (most names: no such word before them)
    words: list[_Word] = []
    previous: str | None = None
    pending_from: _Word | None = None
    position = index - 1
    right = tokens[index].start
    while position >= 0 and len(words) < MAX_PREFIX_WORDS:
        token = tokens[position]
        if token.start < limit:
            break
        word = _word(token)  # (most words are none: the gap is then not looked at)
        if word is None or word.kind not in _MAY_PRECEDE[previous]:
            break
        if not _SEPARATOR.fullmatch(text, token.end, right):
            break
        if word.kind == "from":
            pending_from = word
        else:
            if pending_from is not None:
                words.insert(0, pending_from)
                pending_from = None
            words.insert(0, word)
        previous = word.kind
        right = token.start
        position -= 1
    return _Prefix(words) if words else _NO_PREFIX


# Shared by every name with no word before it (a prefix is not changed once made).
_NO_PREFIX = _Prefix()


# A word of place right before a word (a preposition, ب joined to it, the people of it),
# or a line's start (a dateline, a headline), in normalised text.
_AT_A_PLACE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:في|من|الي|علي|قرب|عند|حول|داخل|نحو|باتجاه|بين|شمال|جنوب|شرق|غرب|شمالي"
    r"|جنوبي|شرقي|غربي|ابناء|اهالي|سكان|اهل) |(?<!\w)[وف]?ب|^|\n[^\S\n]*)$"
)
# ... and not described as a thing (من الباب الخلفي, من الثورة السورية).
_ITS_ADJECTIVE_AFTER = re.compile(r" ال\w+(?:ي|يه)(?!\w)")


def _noun_in_the_name(key: str) -> bool:
    """Whether a name the gazetteer lists begins with its place noun (مدينه الباب, an
    alternate name): the town is named with its noun, as after a prefix."""
    return key.split(" ", 1)[0] in SETTLEMENT_WORDS


def _names_a(name: _Name | None, keys: set[str]) -> bool:
    """Whether a name may be one of the places of ``keys``."""
    return name is not None and any(place.key in keys for place in name.places)


def _is_marked(prefix: _Prefix) -> bool:
    return prefix.marker is not None or prefix.has("area")


def _without_facility_repeats(
    mentions: list[_Mention], names: Sequence[Suggestion]
) -> list[_Mention]:
    """Towns named in a facility's name (مشفى كفرنبل) where the article names them on their
    own too: the coder has the town from those; the facility's name only repeats it. A
    mention inside another name (مركز كفرنبل الإعلامي, a source in ``names``) is none."""
    if not any(mention.in_facility for mention in mentions):
        return mentions
    inside = TakenSpans((name.start, name.end) for name in names if name.kind != "location")
    named = {
        place.key
        for m in mentions
        if not m.in_facility and not inside.overlaps(m.match.start, m.match.end)
        for place in m.places
    }
    return [
        m for m in mentions if not (m.in_facility and named.intersection(p.key for p in m.places))
    ]


def _kind_before(
    text: str, tokens: Sequence[Token], starts: Sequence[int], position: int, limit: int
) -> str | None:
    """``_before_name`` of the word right before ``position``, when only spaces and
    quotes separate them."""
    index = bisect_right(starts, position) - 1
    # ``position`` may fall inside a token after a proclitic (وبادية): look before it.
    if index >= 0 and tokens[index].start < position:
        return None
    index -= 1
    if index < 0 or tokens[index].start < limit:
        return None
    token = tokens[index]
    kind = _before_name(token.text)  # (most words are none: the gap is then not looked at)
    return kind if kind is not None and _SEPARATOR.fullmatch(text, token.end, position) else None


def _suffix_end(text: str, tokens: Sequence[Token], starts: Sequence[int], end: int) -> int:
    """After "ريف حلب" / "بادية الرقة": the direction adjectives that follow (الشمالي ...)."""
    index = bisect_right(starts, end)
    count = 0
    while index < len(tokens) and count < MAX_SUFFIX_WORDS:
        token = tokens[index]
        if not _SEPARATOR.fullmatch(text, end, token.start) or "\n" in text[end : token.start]:
            break
        if not any(form in DIRECTION_ADJECTIVES for _, form in _forms(token.text)):
            break
        end = token.end
        index += 1
        count += 1
    return end


def _inherit_coordinated_markers(mentions: list[_Mention], text: str) -> None:
    """محافظتي حمص ودير الزور, مناطق اعزاز والباب: the second name takes the first one's
    place noun or area word."""
    for previous, mention in itertools.pairwise(mentions):
        if not mention.conjoined or not any(
            word.form in COORDINATING_WORDS for word in previous.prefix.words
        ):
            continue
        name_start = mention.match.normalized_start
        token_start = text.rfind(" ", 0, name_start) + 1
        if text[previous.end : token_start].strip():
            continue
        mention.prefix = _Prefix([w for w in previous.prefix.words if w.kind != "from"])
        mention.start = name_start


def _joined_to_a_town(mentions: list[_Mention], text: str) -> frozenset[int]:
    """The starts of ordinary words joined by و to the name of a place right before them
    in the same governorate (طفس وجاسم: the town of Jasim; not السويداء والحراك مستمر,
    where Hrak is a town of Dar'a, nor after a word of its own: درعا مهد الثوره)."""
    starts = set()
    for previous, mention in itertools.pairwise(mentions):
        if not mention.common or previous.common or not mention.conjoined:
            continue
        token_start = text.rfind(" ", 0, mention.match.normalized_start) + 1
        if text[previous.end : token_start].strip():
            continue
        governorates = {place.admin1 for place in previous.places}
        if any(place.admin1 in governorates for place in mention.places):
            starts.add(mention.match.start)
    return frozenset(starts)


# Tadmor is also "destroys" (تدمر), which a report of fighting writes before what was
# destroyed: وتقضي على عشرات الإرهابيين وتدمر عدداً من آلياتهم.
_DESTROYS = "تدمر"
_DESTROYED = frozenset({
    "عددا", "عدد", "كل", "جميع", "اليات", "الاليات", "اليه", "مواقع", "المواقع", "مقرات",
    "المقرات", "تحصينات", "التحصينات", "دبابه", "دبابات", "عربات", "عربه", "منصات", "منصه",
    "مستودعات", "مستودع", "مخازن", "اهدافا", "البنيه", "ما", "اسلحه",
})  # fmt: skip
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")


def _destroys(text: str, mention: _Mention) -> bool:
    """Whether a mention of Tadmor is the verb "destroys", by the object after it."""
    if (
        mention.prefix.words
        or text[mention.match.normalized_start : mention.match.normalized_end] != _DESTROYS
    ):
        return False
    following = _NEXT_WORD.match(text, mention.match.normalized_end)
    return following is not None and following[1] in _DESTROYED


_CAPITAL = "دمشق"
# The capital named for the government (normalised text): who states, denies, threatens,
# blames, negotiates, wages or holds (نفت دمشق, لم تؤكده دمشق, هجمات نسبتها دمشق, دمشق
# تدين, المفاوضات بين الادارة الذاتية ودمشق, اتفاق مع دمشق, الحملة التي تشنها دمشق, خارج
# سيطرة دمشق, ونددت دمشق, a road between it and another place (الطريق الدولي بين دمشق
# وعمان; not a quarter between it and a town: حي جوبر الواقع بين دمشق والغوطة), تعليق رسمي
# من دمشق, السلطات
# الجديدة في دمشق, حكومة دمشق) or an institution named after it (جامعة دمشق).
_GOVERNMENT_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:نفت|نفته|نفاه|نفتها|تؤكد|اكدت|تنفي|تتهم|اتهمت|طالبت|تطالب|حملت"
    r"|تؤكده|تؤكدها|نسبتها|نسبته|نسبت|تنسب|تحتفظ|يدين|تعليق(?: رسمي)? من"
    r"|دانت|تدين|ادانت|اعلنت|تعلن|تعلق|ردت|قالت|حكومه|لحكومه|جامعه|بين \S+(?: \S+)? و"
    r"|اعتبرت|تعتبر|رفضت|ترفض|حذرت|تحذر|ابلغت|طلبت|مطالبات|مطالبه|تاكيد|انشغال|تشنها|يشنها"
    r"|شنتها|استعاده|سيطره|اتفاق مع|اتفاقا مع|مفاوضات مع|تفاهم مع|بالتنسيق مع|نددت|ندد"
    r"|(?:طريق|الطريق|اوتوستراد|الاوتوستراد)(?: \S+)? بين"
    r"|السلطات(?: الجديده)? في"
    r"|السلطه(?: الجديده)? في|الاداره(?: الجديده)? في))\s*$"
)
_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:تتوعد|تدين|تؤكد|تنفي|ترفض|تتهم|تحمل|تطالب|تعلن|ترد|تندد|تحذر|تعتبر|تستنكر|تسعي"
    r"|وموسكو|وطهران|وانقره)(?!\w)"
)


def _the_government(text: str, mention: _Mention) -> bool:
    """Whether a mention of the capital names its government, not the place."""
    start, end = mention.match.normalized_start, mention.match.normalized_end
    if mention.prefix.words or text[start:end] != _CAPITAL:
        return False
    return bool(
        _GOVERNMENT_BEFORE.search(text, max(start - 30, 0), start)
        or _GOVERNMENT_AFTER.match(text, end)
    )


# What follows a noun of manner is an adjective, never a place: تنفض بشكل سلمي
# (peaceful, not the village of Salma), بصورة مباشرة, بطريقة عشوائية.
_MANNER_BEFORE = re.compile(r"(?<!\w)[وف]?(?:بشكل(?: غير)?|بصوره|بطريقه)\s*$")


def _a_manner(text: str, mention: _Mention) -> bool:
    start = mention.match.normalized_start
    return not mention.prefix.words and bool(_MANNER_BEFORE.search(text, max(start - 16, 0), start))


# A line of a given name and a family name alone (سلمى الاحمد under a headline) is a
# writer's byline, though the given name is also a village's (Salma); a place with its
# adjective or epithet (دوما الشرقيه, حلب الشهباء) is not.
_BYLINE_FAMILY_NAME = re.compile(r"[^\S\n]+ال\w+(?<![يه])(?<!اء)[^\S\n]*(?:\n|$)")


_TOKEN_BEFORE = re.compile(r"\S*$")  # (the run of non-space characters up to the name)
_HASHTAG_REACH = 60  # characters: a hashtag's words before the name


def _in_a_hashtag(ctx: SuggestContext, mention: _Mention) -> bool:
    """Whether the name is inside a hashtag (#أنقذوا_حلب, #حلب_تحترق): a campaign's
    name, no place where something happened."""
    start = ctx.normalized.span(mention.match.normalized_start, mention.match.normalized_end)[0]
    token = _TOKEN_BEFORE.search(ctx.text, max(start - _HASHTAG_REACH, 0), start + 1)
    return token is not None and "#" in token[0]


def _a_byline(text: str, mention: _Mention) -> bool:
    start = mention.match.normalized_start
    return (
        not mention.prefix.words
        and (start == 0 or text[start - 1] == "\n")
        and bool(_BYLINE_FAMILY_NAME.match(text, mention.match.normalized_end))
    )


# الحراك is also "the (protest) movement": so read with its adjectives (الحراك السلمي)
# or after a word of taking part in, facing or starting it (وجوه الحراك, ضد الحراك,
# انطلاق الحراك); the town Hrak is named with a place noun or beside other towns.
_MOVEMENT = "الحراك"
_ANOTHER_TOWN_AFTER = re.compile(r" و(?!ال)\w+")
_MOVEMENT_AFTER = re.compile(r" (?:ال)?(?:سلمي|شعبي|ثوري|مدني|احتجاجي|الشعبي)(?!\w)")
_MOVEMENT_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:وجوه|انطلاق|انطلاقه|عن|ضد|مع|سلميه|دعم|قاده|ناشطي|ناشطو|بعد|منذ"
    r"|استمرار|ساحات)\s*$"
)


def _the_movement(text: str, mention: _Mention) -> bool:
    start, end = mention.match.normalized_start, mention.match.normalized_end
    if mention.prefix.words or not text.startswith(_MOVEMENT, end - len(_MOVEMENT)):
        return False
    if _ANOTHER_TOWN_AFTER.match(text, end):
        return False  # (هجوما ضد الحراك وبصر الحرير: two towns)
    return bool(
        _MOVEMENT_AFTER.match(text, end) or _MOVEMENT_BEFORE.search(text, max(start - 16, 0), start)
    )


# A town's council or municipality speaking, or one of its officials (قال عضو المجلس
# المحلي في عامودا, وقال رئيس بلدية ربيعة, وناشد المجلس المحلي لمدينة دوما): the town
# names who speaks, not where anything happened. (Not a council bombed, met or whose
# member was killed: there the town is the place.)
_COUNCIL_OF = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|افاد|افادت|اوضح|اوضحت|اكد|اكدت|اضاف|اضافت|ذكر|ذكرت|ناشد"
    r"|طالب|دعا|اعلن|اعلنت|حمل|اتهم|نفي|بحسب|حسب|وفق)(?: ما(?: قال| افاد| اكد| ذكر)?)?"
    r" (?:(?:رئيس|رئيسه|عضو|عضوه|اعضاء|امين|مدير) )?(?:ال)?(?:مجلس (?:ال)?(?:محلي|بلدي)"
    r"|مجلس بلديه|بلديه)\s+(?:في\s+|ل(?:مدينه|بلده|قريه)?\s*)?$"
)


_COUNCIL_WORD = "مجلس"
_MUNICIPALITY_WORD = "بلديه"


def _without_speaking_councils(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Without the towns of councils speaking (``_COUNCIL_OF``) where their sentence names
    another place: the town then only says whose council speaks; alone, it is where the
    council tells that something happened (وقال المجلس المحلي في سراقب إن الطائرات قصفت
    المدينة), as a coder reads it."""
    speaking = [m for m in mentions if _COUNCIL_OF.search(text, max(m.start - 40, 0), m.start)]
    if not speaking:
        return mentions
    dropped = {
        id(m)
        for m in speaking
        if any(other.sentence == m.sentence and other is not m for other in mentions)
    }
    return [m for m in mentions if id(m) not in dropped]


# Names that are also feminine adjectives: after a feminine or plural noun with no place
# noun between, they qualify it (وقفة احتجاجية سلمية, peaceful; not As-Salamiyeh).
_ADJECTIVE_NAMES = frozenset({"سلميه"})
# ... nouns of protest and of manner, not a place's own (ساحات سلمية, جامعة سلمية)
_AGREEING_NOUN = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:وقفه|وقفات|احتجاجيه|تظاهره|تظاهرات|مظاهره|مظاهرات|مسيره"
    r"|مسيرات|احتجاجات|اعتصامات|حمله|حملات|تسويه|حلول|طريقه|طرق|وسائل|ثوره|انتفاضه|حركه"
    r"|نشاطات|فعاليات|مطالب|شعارات|هتافات|اجواء|صوره|بصوره|سلطه|اجراءات) $"
)


# القريتين is also "the two villages", named again after a pair (قريتي حاويك ومطربا ...
# طرد المسلحين من القريتين): not the town of Al-Qaryatayn.
_THE_TWO_VILLAGES = "القريتين"
_A_PAIR_OF_VILLAGES = re.compile(r"(?<!\w)[وبل]?قريتي [^\s.،,]+(?: [^\s.،,]+)? و")
_PAIR_REACH = 400  # characters: the pair named in the paragraph before


def _the_two_villages(text: str, mention: _Mention) -> bool:
    """Whether القريتين, with no place noun of its own, names again a pair of villages
    named before it (قريتي حاويك ومطربا ... من القريتين); مدينة القريتين is the town."""
    start, end = mention.match.normalized_start, mention.match.normalized_end
    if not text[start:end].endswith(_THE_TWO_VILLAGES) or mention.prefix.marker is not None:
        return False
    return _A_PAIR_OF_VILLAGES.search(text, max(start - _PAIR_REACH, 0), start) is not None


# A name inside a slogan or a Friday's name in quotation marks (تحت شعار «أطفال الحولة
# مشاعل النصر», في «جمعة أطفال الحولة») names no place where anything happened
# (normalised text: every quotation mark is ").
_SLOGAN_BEFORE = re.compile(
    r"(?<!\w)[وبل]?(?:شعار|شعارات|اسم|هتاف|هتافات|لافته|لافتات|جمعه)\s*$"
)  # (not معركة, عملية: a battle is often named after its place, معركة «مطار أبو الضهور»)
_SLOGAN_HEAD = re.compile(r"\s*جمعه(?!\w)")
# ... and a battle's name of solidarity with a place fought for elsewhere (معركة «نصرة
# لداريا», «لبيك يا حلب», «الثأر لدوما»), which names no place of its own.
_BATTLE_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:معركه|عمليه|معارك)\s*$")
_SOLIDARITY = re.compile(r"(?<!\w)(?:نصره|لبيك|الثار|ثار|وفاء|غضب|فزعه|عاصفه|عيون|فداء|كرمي)(?!\w)")
_SLOGAN_REACH = 60


def _in_a_slogan(text: str, mention: _Mention) -> bool:
    start = mention.start
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind('"', max(line_start, start - _SLOGAN_REACH), start)
    if opening < 0 or text.count('"', line_start, start) % 2 == 0:
        return False  # (not inside quotation marks)
    return bool(
        _SLOGAN_BEFORE.search(text, max(opening - 12, 0), opening)
        or _SLOGAN_HEAD.match(text, opening + 1)
        or (
            _BATTLE_BEFORE.search(text, max(opening - 12, 0), opening)
            and _SOLIDARITY.search(text, opening, start)
        )
    )


# Towns named by a word that is also an adjective and a family name (القصير, "the short"):
# not after a noun with the article it qualifies (المدى القصير, الفيلم القصير) nor after a
# name it is the family name of (محمد القصير, عائلة القصير).
_WORDS_OF_OTHER_SENSES = frozenset({"القصير"})
_DEFINITE_OR_NAME_BEFORE = re.compile(r"(?<!\w)(?:ال\w+|(?P<word>\w+)) $")
_FAMILY_WORDS = frozenset({"عائله", "ال", "اسره", "ابو", "ابن", "بن"})
_PREPOSITIONS = frozenset({"علي", "الي", "في", "من", "حتي", "نحو", "قرب", "عن", "باتجاه"})


def _a_word_s_other_sense(text: str, mention: _Mention) -> bool:
    start, end = mention.match.normalized_start, mention.match.normalized_end
    if mention.prefix.words or text[start:end] not in _WORDS_OF_OTHER_SENSES:
        return False
    before = _DEFINITE_OR_NAME_BEFORE.search(text, max(start - 20, 0), start)
    if before is None:
        return False
    word = before["word"]
    if word in _PREPOSITIONS:
        return False  # (غارات على القصير: علي is also a given name, written على)
    return word is None or word in _FAMILY_WORDS or may_begin_a_name(word)


def _an_adjective(text: str, mention: _Mention) -> bool:
    start, end = mention.match.normalized_start, mention.match.normalized_end
    return (
        not mention.prefix.words
        and text[start:end] in _ADJECTIVE_NAMES
        and bool(_AGREEING_NOUN.search(text, max(start - 14, 0), start))
    )


def _without_route_ends(mentions: list[_Mention], text: str) -> list[_Mention]:
    """طريق دمشق - حمص, الطريق الواصل بين بلدتي طفس والمزيريب name a road by its two
    ends: neither is where the event was (a road to one place, طريق تدمر, is near it);
    nor is a town a street is named after (شارع تل ابيض)."""
    ends: set[int] = set()
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        road = (
            any(word.form in ROAD_WORDS for word in first.prefix.words)
            or bool(_ROAD_BEFORE.search(text, max(first.start - _ROAD_REACH, 0), first.start))
            or (
                index - 1 in ends
                and bool(_NEXT_ROAD.fullmatch(text, mentions[index - 1].end, first.start))
            )
        )
        dashed = road and _ROUTE_JOIN.fullmatch(text, first.end, second.start)
        between = _ROAD_BETWEEN.search(
            text, max(first.start - _ROAD_REACH - _LINKING_WORDS_REACH, 0), first.start
        ) and (_AND_JOIN.fullmatch(text, first.end, second.start))
        if dashed or between:
            ends.update((index, index + 1))
    for index, mention in enumerate(mentions):
        # (طريق سلمية – أثريا: the second end a name only a place noun makes a place)
        if (
            index not in ends
            and _DASH_THEN_WORD.match(text, mention.end)
            and _on_a_road(mention, text)
        ):
            ends.add(index)
        # A street or roundabout named after a town (شارع تل ابيض in Raqqa, شارع راجو in
        # Azaz) is in the city the article names, not that town.
        if (
            not mention.prefix.words
            and not _PLACE_NOUN_FIRST.match(text, mention.start)
            and _STREET_BEFORE.search(text, max(mention.start - 12, 0), mention.start)
        ):
            ends.add(index)  # (not دوار مدينه السويداء: the town's own roundabout)
    return [mention for index, mention in enumerate(mentions) if index not in ends]


_PLACE_NOUN_FIRST = re.compile(r"(?:مدينه|بلده|قريه|ناحيه|منطقه|محافظه|مخيم|حي) ")
_STREET_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:شارع|دوار)[^\S\n]*$")
_DASH_THEN_WORD = re.compile(r"[^\S\n]*[-–—][^\S\n]*(?!و)\w")  # (not - وهي مدينه: an aside)


def _on_a_road(mention: _Mention, text: str) -> bool:
    return any(word.form in ROAD_WORDS for word in mention.prefix.words) or bool(
        _ROAD_BEFORE.search(text, max(mention.start - _ROAD_REACH, 0), mention.start)
    )


def _same_place(a: Place, b: Place) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.is_admin_unit != b.is_admin_unit:
        return False
    if a.is_admin_unit:
        level = _ADMIN_LEVEL[a.feature]
        if a.feature != b.feature:
            return False
        return (a.admin1, a.admin2, a.admin3)[:level] == (b.admin1, b.admin2, b.admin3)[:level]
    if admin_name_key(a.location) == admin_name_key(b.location):
        return True
    distance = distance_km(a, b)
    return distance is not None and distance <= SAME_PLACE_KM


def _clusters(places: Sequence[Place]) -> list[list[Place]]:
    """Places that are the same place described by several sources, grouped."""
    unique = list({p.key or id(p): p for p in places}.values())
    clusters: list[list[Place]] = []
    for place in sorted(unique, key=lambda p: p.rank):
        for cluster in clusters:
            if any(_same_place(place, other) for other in cluster):
                cluster.append(place)
                break
        else:
            clusters.append([place])
    return clusters


class _Context:
    """The places an article names unambiguously, by sentence and by governorate."""

    def __init__(self, mentions: Sequence[_Mention]) -> None:
        self.positions: dict[int, list[int]] = {}
        self.anchors: dict[int, list[Place]] = {}
        self.sentence_admin1: dict[int, Counter[str]] = {}
        self.admin1_counts: Counter[str] = Counter()
        for mention in mentions:  # in text order
            if len(mention.distinct) == 1:
                anchor = mention.distinct[0]
                self.positions.setdefault(mention.sentence, []).append(mention.start)
                self.anchors.setdefault(mention.sentence, []).append(anchor)
                self.sentence_admin1.setdefault(mention.sentence, Counter())[anchor.admin1] += 1
                self.admin1_counts[anchor.admin1] += 1

    def scores(self, places: Sequence[Place], mention: _Mention) -> list[int]:
        """How well the places named around the mention agree with each of ``places``.

        The nearest unambiguous places of the same sentence count most (same governorate
        3, within 60 km 2); each other one of the article in the same governorate 1.
        """
        if not self.positions:
            return [0] * len(places)  # the article names no place unambiguously
        # The anchors and counts around the mention, looked up once for all ``places``.
        positions = self.positions.get(mention.sentence, [])
        anchors = self.anchors.get(mention.sentence, [])
        middle = bisect_right(positions, mention.start)
        low = max(0, middle - CONTEXT_ANCHORS // 2)
        nearby = anchors[low : low + CONTEXT_ANCHORS]
        in_sentence = self.sentence_admin1.get(mention.sentence, _NO_COUNTS)
        in_article = self.admin1_counts
        scores = []
        for place in places:
            score = 0
            for anchor in nearby:
                if place.admin1 and anchor.admin1 == place.admin1:
                    score += 3
                distance = distance_km(place, anchor)
                if distance is not None and distance <= CONTEXT_KM:
                    score += 2
            if place.admin1:
                score += in_article.get(place.admin1, 0) - in_sentence.get(place.admin1, 0)
            scores.append(score)
        return scores


_NO_COUNTS: Counter[str] = Counter()  # (never added to)


def _precision(place: Place, prefix: _Prefix) -> int:
    if place.feature == "governorate":
        return 3
    precision = place.geo_precision
    marker = prefix.marker
    if prefix.lowers_precision or (marker is not None and marker.kind == "subdistrict"):
        precision = max(precision, 2)
    return precision


# --- neighbourhoods ----------------------------------------------------------------------

_NEIGHBOURHOOD_WORD = "حي "
_NEIGHBOURHOODS_WORDS = ("حيي ", "احياء ")
_AREA_WORD = "منطقه "
# حي + its name: one word, or two when the first is a noun that takes a second
# (عين السبيل, باب عمرو, الشيخ مقصود) or both have the article and the second is no
# adjective (الحجر الاسود, not جوبر الدمشقي). The second word is looked at, not taken,
# so that "حي الشعار وحي الصاخور" gives both.
# (منطقة X too, when X is a neighbourhood the gazetteer lists for the city: منطقة الشيخ سعيد)
# Matched at each place ``str.find`` finds the noun (a search over the whole text would
# try the pattern at every character): the proclitic, if any, is looked behind for.
_NEIGHBOURHOOD = re.compile(
    r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)(?:وب|ول)))"
    r"(?P<phrase>(?P<noun>حي|حيي|احياء|منطقه) (?P<first>\w{2,}))(?= (?P<second>\w{2,}))?"
)
# After حيي or احياء, the other names of the list (حيي باب توما والقصاع, احياء درعا البلد
# وطريق السد وسجنه): each one the city lists.
_LIST_NOUNS = frozenset({"حيي", "احياء"})
_JOINED_NAME = re.compile(
    r"(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*|\s+و(?=\w))(?P<first>\w{2,})(?: (?P<second>\w{2,}))?"
)
_NAME_HEADS = frozenset({
    "عين", "باب", "جسر", "بستان", "صلاح", "سيف", "الشيخ", "كرم", "تل", "قاضي", "دير", "بني",
    "ابو", "ابن", "جب", "ساحه", "دوار", "راس", "كفر", "مساكن", "ضاحيه", "عبد", "ام",
})  # fmt: skip
# Words that are no neighbourhood's name (حي سكني, اكثر من حي في, حي يرزق: alive).
_NOT_A_NAME = frozenset({
    "في", "من", "علي", "الي", "عن", "مع", "بين", "او", "ثم", "هو", "هي", "كان", "لا", "قد",
    "سكني", "سكنيه", "مكتظ", "مكتظه", "اخر", "اخري", "يرزق", "يرزقون", "شعبي", "كامل", "كبير",
    "صغير", "قديم", "جديد", "قريب", "بعيد", "مجاور", "واحد", "اخير", "كل", "بكامله", "باكمله",
    "الذي", "التي", "الواقع", "الواقعه", "المحاصر", "السكني", "المدينه", "الشرقي", "الغربي",
    "الشمالي", "الجنوبي", "الاخير", "نفسه", "ذاته", "المجاور", "الشعبي", "القديم", "الجديد",
})  # fmt: skip
# ... nor, for a name the gazetteer does not list, an adjective without the article (حي
# استراتيجي, حي موالٍ للنظام) or a verb with its object (حي تقطنه غالبية علوية).
_DESCRIBING_WORD = re.compile(r"(?!ال)\w+ي$|[يت]\w+(?:ه|ها|هم)$|موال$|معارض$")
NEIGHBOURHOOD_CONFIDENCE = 0.5
# A city's adjective after a neighbourhood names its city (حي جوبر الدمشقي, حي الوعر
# الحمصي): the adjective (normalised, masculine and feminine) -> the city as written.
_CITY_ADJECTIVES = {
    f"{stem}{ending}": city
    for stem, city in (
        ("الدمشق", "مدينة دمشق"), ("الحلب", "مدينة حلب"), ("الحمص", "مدينة حمص"),
        ("الحمو", "مدينة حماة"), ("الادلب", "مدينة إدلب"), ("الدرعاو", "مدينة درعا"),
        ("الرقاو", "مدينة الرقة"), ("الديرزور", "مدينة دير الزور"),
    )
    for ending in ("ي", "يه")
}  # fmt: skip
_WORD_AFTER = re.compile(r" (\w+)")
_CITY_NOUN = "مدينه"
_A_DIRECTION_OF = re.compile(r"[وب]?(?:شرق|غرب|شمال|جنوب)(?:ي|ي غرب|ي شرق)? ")
_CITY_AFTER = 60  # characters after the neighbourhood's name to its city (في مدينة X)
# Between a neighbourhood's name and the town it is said to be in (original text).
_IN_THE_TOWN = re.compile(r"\s*(?:في|ب)\s*(?:(?:مدينة|بلدة|قرية)\s*)?")
_CITY_BEFORE = 150  # or before it (مدينة X ... في حي Y)


def _with_neighbourhoods(
    ctx: SuggestContext,
    mentions: Sequence[_Mention],
    found: list[Suggestion],
    sentence_ends: Sequence[int],
    listed: Mapping[str, Mapping[str, str]],
    *,
    city_named: Callable[[str], Suggestion | None],
) -> list[Suggestion]:
    """``found`` and the neighbourhoods named with حي (or منطقة, for those ``listed``),
    each placed in the city its adjective (حي جوبر الدمشقي) or the same sentence names:
    ACLED's "City - Neighbourhood", at the city's coordinates (geo_precision 2).
    ``city_named`` gives the city of an adjective, as written (مدينة دمشق). A
    neighbourhood ``listed`` for its city takes its English name and wins over a place
    of the same name found inside it (حي طريق الباب is no road to Al Bab); any other
    keeps its name as written, and gives way to a place the gazetteer knows."""
    text = ctx.normalized.text
    cities = [
        (mention, suggestion)
        for mention, suggestion in zip(mentions, found, strict=True)
        if (
            suggestion.value.get("geo_precision") == 1
            # (or named as a city, with a direction: حي المقوس شرقي مدينة السويداء)
            or (
                suggestion.value.get("feature") == "city"
                and _CITY_NOUN in text[mention.start : mention.end]
            )
        )
        and suggestion.value.get("feature") not in ("neighbourhood", "site")
    ]  # (in text order, as the mentions are)
    city_starts = [mention.start for mention, _suggestion in cities]
    # A city named by a direction alone (حي جوبر شرقي دمشق: east of it, or its east),
    # for a name no place the gazetteer knows bears (حي الحجر الأسود جنوب دمشق is the
    # town south of it).
    by_direction = [
        (mention, suggestion)
        for mention, suggestion in zip(mentions, found, strict=True)
        if suggestion.value.get("feature") == "city"
        and _A_DIRECTION_OF.match(text, mention.start) is not None
    ]
    direction_starts = [mention.start for mention, _suggestion in by_direction]
    known = TakenSpans((mention.start, mention.end) for mention in mentions)
    mention_starts = [mention.start for mention in mentions]
    added: list[Suggestion] = []
    named: list[tuple[int, int, dict[str, Any]]] = []  # (name's start, end, value)
    replaced: list[tuple[int, int]] = []
    for match in _neighbourhood_phrases(text):
        start, end = match.start("phrase"), _name_end(match)
        if match["first"] in _NOT_A_NAME:
            continue
        first = ctx.normalized.span(start, end)[0]
        if match["noun"] == "حي" and not ctx.text.startswith("حي", first):
            continue  # لحى: beards (ى is folded to ي), not ل + حي
        city = _city_of_adjective(match, text, city_named)
        if city is None:
            sentence = bisect_right(sentence_ends, start)
            city = _city_of(cities, city_starts, start, end, sentence)
            if city is None and not known.overlaps(start, end):
                city = _city_of(by_direction, direction_starts, start, end, sentence)
            if (
                city is not None
                and city.value.get("feature") != "city"
                and not _lists(listed, city, match)
                and not _IN_THE_TOWN.fullmatch(
                    ctx.text, ctx.normalized.span(start, end)[1], city.start
                )
            ):
                # A town in the sentence that does not list the name, and a city in the
                # article that does (حي التضامن after الحجر الأسود, حي الدويلعة المتاخم
                # لمدينة جرمانا: Damascus's); not a town it is said to be in (حي الميدان
                # في بلدة الحراك).
                city = _listing_city(cities, listed, match, start) or city
        if city is None:
            # No city in the sentence: one named anywhere in the article that lists it;
            # for منطقة X, only where the sentence names no other place (منطقة الحاضر
            # جنوب حلب is the town by Aleppo, whatever city lists a district of the name).
            if match["noun"] == "منطقه" and _another_place_in_sentence(
                mention_starts, start, end, sentence_ends
            ):
                continue
            city = _listing_city(cities, listed, match, start)
        if city is None:
            continue
        names = listed.get(city.value["name"], {})
        english, end = _listed_name(match, names, end)
        if english is not None and _runs_past(mentions, mention_starts, match.start("first"), end):
            english, end = None, _name_end(match)  # منطقه الغوطه الشرقيه: a longer place
        elsewhere = (
            [] if english is not None else _places_elsewhere(mentions, found, start, end, city)
        )
        if english is None and (
            match["noun"] != "حي"
            or (known.overlaps(start, end) and not elsewhere)
            or _DESCRIBING_WORD.match(match["first"])
        ):
            continue  # not a neighbourhood, a place the gazetteer knows, or no name
        replaced.extend(elsewhere)  # (حي الروضة in Damascus: no village of Tartous)
        first, last = ctx.normalized.span(start, end)
        name_start = ctx.normalized.span(match.start("first"), end)[0]
        value = _neighbourhood_value(city, english or ctx.text[name_start:last])
        added.append(ctx.suggestion(KIND, first, last, value, NEIGHBOURHOOD_CONFIDENCE))
        if english is not None:  # (a name the city lists; not حي الشهداء, حي السلام)
            named.append((match.start("first"), end, value))
            replaced.append((first, last))
        if match["noun"] in _LIST_NOUNS:
            for joined_start, joined_end, joined in _joined_names(text, end, names):
                first, last = ctx.normalized.span(joined_start, joined_end)
                value = {**value, "name": f"{city.value['name']} - {joined}"}
                added.append(ctx.suggestion(KIND, first, last, value, NEIGHBOURHOOD_CONFIDENCE))
                named.append((joined_start, joined_end, value))
                replaced.append((first, last))
    if not added:
        return found
    if replaced:  # places found inside a listed neighbourhood (حي طريق الباب: الباب)
        found = [s for s in found if not any(a <= s.start and s.end <= b for a, b in replaced)]
    taken = TakenSpans(
        [*((m.start, m.end) for m in mentions), *((start, end) for start, end, _value in named)]
    )
    added.extend(_named_again(ctx, named, taken))
    return sorted([*found, *added], key=lambda s: (s.start, s.end))


def _neighbourhood_value(city: Suggestion, name: str) -> dict[str, Any]:
    """ACLED's "City - Neighbourhood" of the city's suggestion, at its coordinates."""
    value = {key: item for key, item in city.value.items() if key != "candidates"}
    value.update(
        name=f"{city.value['name']} - {name}",
        geo_precision=2,
        feature="neighbourhood",
        note="a neighbourhood: the coordinates are its city's",
    )
    return value


def _bare_neighbourhoods(
    found: list[Suggestion], listed: Mapping[str, Mapping[str, str]], text: str
) -> list[Suggestion]:
    """``found``, with a bare name its article's city lists as a neighbourhood placed
    there, where the gazetteer found a village of that name in another governorate: in a
    report from Homs, الخالدية alone is the Homs quarter, not a village of Ar-Raqqa."""
    cities = {
        s.value["name"]: s
        for s in found
        if s.value.get("feature") in ("city", "governorate") and s.value["name"] in listed
    }
    for s in found:  # (a city named only in a quarter's name: أحياء حمص القديمة)
        city_name = str(s.value["name"]).split(" - ", 1)[0]
        if s.value.get("feature") == "neighbourhood" and city_name in listed:
            city_value = {**s.value, "name": city_name, "feature": "city"}
            cities.setdefault(city_name, dataclasses.replace(s, value=city_value))
    if not cities:
        return found
    placed: list[Suggestion] = []
    for index, as_found in enumerate(found):
        place = as_found
        key = normalize_key(place.text).removeprefix("و")
        for name, city in cities.items():
            english = listed[name].get(key) or listed[name].get(key[1:] if key[:1] in "بل" else "")
            if english is not None and (
                (
                    place.value.get("feature") in ("village", "town")  # (not the Ghouta)
                    and place.value.get("admin1") != city.value.get("admin1")
                    and not _paired_with_a_neighbour(found, index, text)
                )
                or _joined_to_a_quarter_of(name, placed, place, text)
            ):
                place = dataclasses.replace(place, value=_neighbourhood_value(city, english))
                break
        placed.append(place)
    return placed


# A quarter its city lists, named bare where a place is (في جوبر, a report's list by
# quarter: "القصاع: قذيفة ...", joined to a place found: جوبر وعين ترما), in an article
# that names the city: the city's quarter. Not a name that is also a common word
# (الصناعة, البريد, التضامن), nor one shorter than four letters.
_LIST_HEAD_AFTER = re.compile(r"(?:\s+و\w+(?: \w+)?){0,3}\s*:")
_BULLETS = " -–•*▪◾🔴⚠️\ufe0f"
_SHORTEST_BARE_QUARTER = 4  # letters
_JOINED_GAP = 2  # characters between a place found and the و of the name after it
_PREPOSITION_BEFORE = re.compile(r"(?:في|علي|باتجاه|نحو) $")
_PREPOSITION_REACH = 8  # characters before the name: the preposition and its space
_LINE_HEAD_REACH = 12  # characters: the bullets before a list line's head
# Quarters named after a person or a road (الشيخ سعيد, صلاح الدين, طريق حلب): bare, as
# often the man or the road (التقى بالشيخ سعيد المحمد, على طريق حلب- دمشق), unless
# joined to a quarter found.
_OTHER_SENSE_HEADS = frozenset(
    {"الشيخ", "صلاح", "سيف", "ابو", "ابن", "بني", "هشام", "طريق", "كرم"}  # (an orchard: كرم)
)
_ABROAD_AROUND = 25  # characters around a bare quarter that may name another country's city
# Listed names that are also words or other places (normalised): named bare, they are
# rarely the quarter (في الميدان: in the field; الصناعة: industry; اليرموك: the camp).
_QUARTERS_ALSO_WORDS = frozenset(
    normalize_key(word)
    for word in (
        "الفردوس", "المشهد", "الجديدة", "الإذاعة", "الشهباء", "السبيل", "الفيض", "المعادي",
        "الميدان", "السكري", "المرجة", "الأنصاري", "السليمانية", "الراشدين", "المشارقة",
        "الفرقان", "المغاير", "الهلك", "الشقيف", "تشرين", "اليرموك", "التضامن", "القدم",
        "المهاجرين", "الزاهرة", "المالكي", "الربوة", "الصالحية", "الخالدية", "القصور",
        "الحميدية", "الزهراء", "النزهة", "الغوطة", "الإنشاءات", "البياضة", "المدينة القديمة",
        "الصناعة", "القادسية", "الأندلس", "الثكنة", "المنصور", "النهضة", "الطيار",
        "البريد", "الرومانية", "الدرعية", "الموظفين", "العمال", "النشوة", "العزيزية",
        "الأربعين", "الكاشف", "الحاضر", "الشريعة", "المرابط", "الزراعة", "الأمريكان", "الطي",
        "المحمودية", "الزيدية", "الجميلية", "العامرية", "المزرعة", "الموكامبو", "الجزرة",
        "المنشية", "الحرابش", "الرشدية", "العرضي", "الجبيلة", "الصابونية", "العليليات",
        "الصالحين", "الحمدانية", "الأشرفية", "المحطة", "المخيم", "الوسطى",
        "الشعار", "الجورة", "الحجر الأسود",
    )
)  # fmt: skip


def _bare_listed_quarters(
    ctx: SuggestContext, found: list[Suggestion], listed: Mapping[str, Mapping[str, str]]
) -> list[Suggestion]:
    """``found``, with the quarters a city named in the article lists, named bare where
    a place is named (see ``_bare_quarter_at``): each of the city of the quarter it is
    joined to, else of the nearest city named that lists it."""
    cities = [s for s in found if s.value.get("feature") == "city" and s.value["name"] in listed]
    if not cities:
        return found
    text = ctx.normalized.text
    # Each listed name once, with the cities that list it (a name two cities list is found
    # once and placed by distance).
    by_key: dict[str, dict[str, str]] = {}
    for city_name in dict.fromkeys(str(c.value["name"]) for c in cities):
        for key, english in listed[city_name].items():
            if len(key.replace(" ", "")) >= _SHORTEST_BARE_QUARTER:
                by_key.setdefault(key, {})[city_name] = english
    candidates: list[tuple[int, int, str]] = []  # (start, end, key)
    for key in by_key:
        position = text.find(key)
        while position >= 0:
            after = position + len(key)
            if may_start_a_name(text, position) and not _WORD_CHARACTER.match(text, after):
                candidates.append((position, after, key))
            position = text.find(key, after)
    if not candidates:
        return found
    taken = TakenSpans((s.start, s.end) for s in found)
    quarters = sorted(
        (s.end, str(s.value["name"]).split(" - ", 1)[0])
        for s in found
        if s.value.get("feature") == "neighbourhood"
    )  # (where each quarter found ends, in the original text, and its city)
    added: list[Suggestion] = []
    for start, end, key in sorted(candidates):
        first, last = ctx.normalized.span(start, end)
        if taken.overlaps(first, last):
            continue
        joined = _city_of_the_quarter_before(ctx, start, quarters)
        if joined is not None and joined not in by_key[key]:
            joined = None  # (joined to another city's quarter)
        alone = key not in _QUARTERS_ALSO_WORDS and key.split(" ", 1)[0] not in _OTHER_SENSE_HEADS
        if not (joined or (alone and _bare_quarter_at(text, start, end))) or set_abroad(
            text, max(start - _ABROAD_AROUND, 0), end + _ABROAD_AROUND
        ):
            continue  # (في الأشرفية ببيروت, الحمدانية شرق الموصل: another country's)
        city = min(
            (c for c in cities if c.value["name"] in by_key[key]),
            key=lambda c: (c.value["name"] != joined, abs(c.start - first)),
        )
        value = _neighbourhood_value(city, by_key[key][str(city.value["name"])])
        taken.add(first, last)
        insort(quarters, (last, str(city.value["name"])))
        added.append(ctx.suggestion(KIND, first, last, value, NEIGHBOURHOOD_CONFIDENCE))
    return sorted([*found, *added], key=lambda s: (s.start, s.end)) if added else found


def _city_of_the_quarter_before(
    ctx: SuggestContext, start: int, quarters: Sequence[tuple[int, str]]
) -> str | None:
    """The city of the quarter found right before the name at ``start`` (normalised),
    with و between (المدينة القديمة والبدو; ``quarters``: where each quarter found ends, in
    the original text, and its city), else None."""
    text = ctx.normalized.text
    if start < 2 or text[start - 1] != "و" or text[start - 2] != " ":
        return None
    original = ctx.normalized.span(start - 1, start)[0]
    index = bisect_right(quarters, (original, "\uffff")) - 1
    if index < 0 or original - quarters[index][0] > _JOINED_GAP:
        return None
    return quarters[index][1]


def _bare_quarter_at(text: str, start: int, end: int) -> bool:
    """Whether a bare name at ``start``-``end`` (normalised) stands where a place is
    named: after في, على, باتجاه, نحو or ب, or as the head of a line of a list
    (``القصاع: قذيفة``, ``باب شرقي والعباسيين:``)."""
    line_start = text.rfind("\n", max(start - _LINE_HEAD_REACH, 0), start) + 1
    if (line_start or start <= _LINE_HEAD_REACH) and not text[line_start:start].strip(_BULLETS):
        return _LIST_HEAD_AFTER.match(text, end) is not None
    preposition = _PREPOSITION_BEFORE.search(text, max(start - _PREPOSITION_REACH, 0), start)
    if preposition is not None and (
        preposition.start() == 0 or not text[preposition.start() - 1].isalnum()
    ):
        return True
    return text[start - 1] == "ب" and (start == 1 or not text[start - 2].isalnum())


# The old city named bare (تتقدم داخل المدينة القديمة, أسوار المدينة القديمة): the quarter
# of that name of the city the article names nearest before it (else after it).
_OLD_CITY = "المدينه القديمه"
_CITY_RIGHT_AFTER = 5  # characters: في حلب
_A_PLACE_RIGHT_AFTER = re.compile(
    r"\s*(?:في|ب)\s*(?!الحي|المدينه|حي|الشمال|الجنوب|الشرق|الغرب)\w{3,}"
)
_OLD_CITY_PHRASE = re.compile(r"(?<!\w)[وبل]?(?P<name>المدينه القديمه)(?!\w)")


def _old_city(
    ctx: SuggestContext, found: list[Suggestion], listed: Mapping[str, Mapping[str, str]]
) -> list[Suggestion]:
    """The bare old city: of the city named right after it (في حلب), else the one its
    sentence names nearest before it (else after it), else the one the article named last
    before it; none where that city lists no old city (انتقل القصف إلى دمشق حيث ...
    المدينة القديمة: not an earlier Homs's)."""
    cities = [s for s in found if s.value.get("feature") == "city"]
    if not cities:
        return found
    text = ctx.normalized.text
    taken = TakenSpans((s.start, s.end) for s in found)
    added = []
    for match in _OLD_CITY_PHRASE.finditer(text):
        first, last = ctx.normalized.span(*match.span("name"))
        if taken.overlaps(first, last):
            continue
        around = sentence_around(text, match.start())
        if set_abroad(text, *around):
            continue  # (معارك المدينة القديمة في الموصل)
        sentence_start, sentence_end = ctx.normalized.span(*around)
        before = [c for c in cities if c.start < first]
        right_after = [c for c in cities if last < c.start <= last + _CITY_RIGHT_AFTER]
        if right_after:  # (المدينة القديمة في حلب, بحمص)
            before = right_after
        elif _A_PLACE_RIGHT_AFTER.match(text, match.end()):
            continue  # (another city's, the gazetteer's none: المدينة القديمة في القدس)
        in_sentence = [c for c in before if c.start >= sentence_start] or [
            c for c in cities if last <= c.start < sentence_end
        ][:1]
        city = (in_sentence or before)[-1] if (in_sentence or before) else None
        english = listed.get(city.value["name"], {}).get(_OLD_CITY) if city else None
        if city is None or english is None:
            continue
        value = _neighbourhood_value(city, english)
        added.append(ctx.suggestion(KIND, first, last, value, NEIGHBOURHOOD_CONFIDENCE))
    return sorted([*found, *added], key=lambda s: (s.start, s.end)) if added else found


def _joined_to_a_quarter_of(
    city: str, placed: Sequence[Suggestion], place: Suggestion, text: str
) -> bool:
    """Whether the place follows a quarter of ``city`` with و between (في الشعار وطريق
    الباب): one more quarter of it, not the town the road leads to."""
    if not placed:
        return False
    previous = placed[-1]
    return (
        previous.value.get("feature") == "neighbourhood"
        and str(previous.value["name"]).startswith(f"{city} - ")
        and text[previous.end : place.start].strip() == "و"
    )


def _paired_with_a_neighbour(found: Sequence[Suggestion], index: int, text: str) -> bool:
    """Whether a town is joined by و right after a town of its own governorate (بلدتي نبل
    والزهراء): the pair names the two towns, not a quarter of the article's city."""
    if index == 0:
        return False
    place, previous = found[index], found[index - 1]
    return text[previous.end : place.start].strip() == "و" and previous.value.get(
        "admin1"
    ) == place.value.get("admin1")


def _places_elsewhere(
    mentions: Sequence[_Mention],
    found: Sequence[Suggestion],
    start: int,
    end: int,
    city: Suggestion,
) -> list[tuple[int, int]]:
    """The spans of the places found at a neighbourhood's name (``start``-``end``,
    normalised), where every one of them lies in another governorate than its city: a
    village of the same name far away (حي الروضة in Damascus is no Rawda of Tartous).
    Empty where none is found there, or one is the city's own."""
    at = [
        suggestion
        for mention, suggestion in zip(mentions, found, strict=True)
        if mention.start < end and start < mention.end
    ]
    if not at or any(s.value.get("admin1") == city.value.get("admin1") for s in at):
        return []
    return [(s.start, s.end) for s in at]


def _named_again(
    ctx: SuggestContext, named: Sequence[tuple[int, int, dict[str, Any]]], taken: TakenSpans
) -> Iterator[Suggestion]:
    """The neighbourhoods their city lists named with their noun (``named``: each name's
    span and value), named again without it anywhere in the article (حي الوعر ...
    أهالي الوعر; a headline's الميدان والسليمانية before حيي الميدان والسليمانية): each
    whole word, after a proclitic or none, outside the spans ``taken`` (places found),
    and after no organisation's word (كتيبة الميدان)."""
    text = ctx.normalized.text
    seen: set[str] = set()
    for name_start, name_end, value in named:
        name = text[name_start:name_end]
        if len(name) < _REPEATED_NAME or name in seen:
            continue
        seen.add(name)
        position = text.find(name)
        while position >= 0:
            after = position + len(name)
            if (
                may_start_a_name(text, position)
                and not _WORD_CHARACTER.match(text, after)
                and not taken.overlaps(position, after)
                and not _organisation_before(text, position)
            ):
                taken.add(position, after)
                first, last = ctx.normalized.span(position, after)
                yield ctx.suggestion(KIND, first, last, dict(value), NEIGHBOURHOOD_CONFIDENCE)
            position = text.find(name, after)


_REPEATED_NAME = 4  # characters: shorter names are too often part of other words
_WORD_CHARACTER = re.compile(r"\w")
_WORD_BEFORE_NAME = re.compile(r"(\w+)\s+$")


def _organisation_before(text: str, position: int) -> bool:
    word = _WORD_BEFORE_NAME.search(text, max(position - 30, 0), position)
    return word is not None and _before_name(word[1]) == "blocks"


def _another_place_in_sentence(
    mention_starts: Sequence[int], start: int, end: int, sentence_ends: Sequence[int]
) -> bool:
    """Whether a place mention other than the one at ``start``-``end`` lies in its sentence."""
    sentence = bisect_right(sentence_ends, start)
    sentence_start = sentence_ends[sentence - 1] if sentence else 0
    first = bisect_left(mention_starts, sentence_start)
    if sentence < len(sentence_ends):
        last = bisect_left(mention_starts, sentence_ends[sentence])
    else:
        last = len(mention_starts)  # (the last sentence runs to the end of the text)
    return any(not start <= position < end for position in mention_starts[first:last])


def _joined_names(
    text: str, position: int, names: Mapping[str, str]
) -> Iterator[tuple[int, int, str]]:
    """The names listed after the first one of حيي/احياء that the city lists: (start,
    end, English name) of each, up to the first that it does not."""
    while (joined := _JOINED_NAME.match(text, position)) is not None:
        first, second = joined["first"], joined["second"]
        if second is not None and f"{first} {second}" in names:
            english, position = names[f"{first} {second}"], joined.end("second")
        elif first in names:
            english, position = names[first], joined.end("first")
        else:
            return
        yield joined.start("first"), position, english


def _neighbourhood_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NEIGHBOURHOOD`` in text order, none overlapping the one before
    (as ``finditer`` would find them)."""
    nouns: list[int] = []
    for noun in (_NEIGHBOURHOOD_WORD, *_NEIGHBOURHOODS_WORDS, _AREA_WORD):
        position = text.find(noun)
        while position >= 0:
            nouns.append(position)
            position = text.find(noun, position + 1)
    resume = 0
    for position in sorted(nouns):
        if position < resume:
            continue
        match = _NEIGHBOURHOOD.match(text, position)
        if match is not None:
            yield match
            resume = match.end()


def _listing_city(
    cities: Sequence[tuple[_Mention, Suggestion]],
    listed: Mapping[str, Mapping[str, str]],
    match: re.Match[str],
    start: int,
) -> Suggestion | None:
    """The city named nearest anywhere in the article that lists the neighbourhood: a
    report names its city once, then its districts by name (حي الصالحين paragraphs
    after حلب). Only a listed name is placed so far from its city."""
    listing = [
        (abs(mention.start - start), suggestion)
        for mention, suggestion in cities
        if _lists(listed, suggestion, match)
    ]
    return min(listing, key=lambda pair: pair[0])[1] if listing else None


def _lists(listed: Mapping[str, Mapping[str, str]], city: Suggestion, match: re.Match[str]) -> bool:
    """Whether the city lists the neighbourhood named (see ``_listed_name``)."""
    names = listed.get(city.value["name"], {})
    return _listed_name(match, names, 0)[0] is not None


def _runs_past(mentions: Sequence[_Mention], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a place the gazetteer found covers the name's start and ends after it
    (``mentions`` in text order, ``starts`` theirs: the nearest ones are looked at)."""
    index = bisect_right(starts, start) - 1
    return any(
        mentions[i].end > end and mentions[i].end > start
        for i in range(max(index - 1, 0), min(index + 1, len(mentions)))
    )


_LONGEST_LISTED_NAME = 4  # words
_NAME_WORDS = re.compile(rf"\w+(?: \w+){{0,{_LONGEST_LISTED_NAME - 1}}}")


def _listed_name(
    match: re.Match[str], names: Mapping[str, str], end: int
) -> tuple[str | None, int]:
    """The English name of a listed neighbourhood (up to four words: حي هشام بن عبد
    الملك) and where it ends; else None and ``end`` unchanged."""
    first, second = match["first"], match["second"]
    if second is not None:
        words = _NAME_WORDS.match(match.string, match.start("first"))
        if words is not None:
            for size in range(_LONGEST_LISTED_NAME, 1, -1):
                name = " ".join(words[0].split(" ")[:size])
                if name.count(" ") == size - 1 and (english := names.get(name)) is not None:
                    return english, match.start("first") + len(name)
    if (english := names.get(first)) is not None:
        return english, match.end("first")
    return None, end


def _name_end(match: re.Match[str]) -> int:
    """Where the neighbourhood's name ends: after its first word or its second."""
    first, second = match["first"], match["second"]
    if second is None or second in _NOT_A_NAME or second.startswith("و"):
        return match.end("first")
    second_end = match.end("first") + 1 + len(second)
    if first in _NAME_HEADS:
        return second_end  # حي مساكن برزه, حي دير بعلبه
    if second.startswith(("ب", "ل", "ك")) and not second.startswith("ال"):
        return match.end("first")  # حي الشعار بحلب
    is_adjective = second.endswith(("ي", "يه")) or second in DIRECTIONS
    if first.startswith("ال") and second.startswith("ال") and not is_adjective:
        return second_end
    return match.end("first")


def _city_of_adjective(
    match: re.Match[str], text: str, city_named: Callable[[str], Suggestion | None]
) -> Suggestion | None:
    """The city a city adjective after the neighbourhood's name (one word or two) names."""
    after = match.end("first")
    for _words in range(2):
        word = _WORD_AFTER.match(text, after)
        if word is None:
            return None
        if word[1] in _CITY_ADJECTIVES:
            return city_named(_CITY_ADJECTIVES[word[1]])
        after = word.end()
    return None


def _city_of(
    cities: Sequence[tuple[_Mention, Suggestion]],
    city_starts: Sequence[int],
    start: int,
    end: int,
    sentence: int,
) -> Suggestion | None:
    """The first city right after the neighbourhood, else the last one before it, in its
    sentence."""
    after = bisect_left(city_starts, end)
    if after < len(cities):
        mention, suggestion = cities[after]
        if mention.sentence == sentence and mention.start <= end + _CITY_AFTER:
            return suggestion
    before = after - 1
    while before >= 0 and cities[before][0].end > start:
        before -= 1  # (a city overlapping the neighbourhood is none of its cities)
    if before >= 0:
        mention, suggestion = cities[before]
        if mention.sentence == sentence and mention.end >= start - _CITY_BEFORE:
            return suggestion
    return None


def _candidate(place: Place) -> dict[str, Any]:
    keys = ("name", "admin1", "admin2", "admin3", "latitude", "longitude", "country", "source")
    value = place.value()
    return {key: value[key] for key in keys} | {"feature": place.feature}
