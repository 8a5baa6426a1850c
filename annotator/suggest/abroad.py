"""Which country a sentence is set in, for the parties ACLED names by country.

ACLED codes an event in the country where it happened: civilians hurt when rockets from
Syria fall on Hermel are ``Civilians (Lebanon)``, an Islamic State attack in Diyala is
``Islamic State (Iraq)``. News about Syria tells such events in passing, in a sentence
that names the place abroad (على مدينة الهرمل, بلدة قرقميش التركية, وفي الجانب التركي,
وفي محافظة ديالى). The place named nearest before a party in its sentence (else the first
after it) says where that party was; a Syrian place found by the gazetteer keeps it Syria's.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cached_property

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.states import STATE_OF_ADJECTIVE, state_of_adjective
from annotator.text.normalize import normalize_key

SYRIA = "Syria"
# The parties whose ACLED name carries the country of the event -> their name by country.
_CIVILIANS = "Civilians (Syria)"
_PROTESTERS = "Protesters (Syria)"
_BY_COUNTRY = {
    "Civilians (Syria)": "Civilians ({})",
    "Protesters (Syria)": "Protesters ({})",
    "Islamic State (Syria)": "Islamic State ({})",
}
_RENAMED_ONLY_IN = {"Islamic State (Syria)": frozenset({"Iraq"})}

# A sentence's end, or a connective that starts another happening (بينما, فيما, في حين).
_SENTENCE_END = re.compile(r"[.!?؟\n]|(?<!\w)(?:بينما|فيما|في حين)(?!\w)")
# No scene: whither or whence (فروا الى عرسال, الى مستشفيات الريحانيه, انطلاقا من ولايه
# شانلي اورفه, قذائف من داخل الاراضي التركيه, the hospital the wounded reached and its
# director), a landmark across the border (القامشلي المقابله لمدينه نصيبين), where guns
# stand (المتمركزه على الجانب التركي) or what a strike answered (ردا على سقوط قذائف على
# كليس).
_MOTION_BEFORE = re.compile(  # (normalised: الي)
    r"(?:(?:^|\s)(?:من|الي|نحو|باتجاه|صوب)(?: \S+)?(?: داخل)?"
    # (الى مستشفيات لواء الرمثا: where the wounded were taken; مدير مستشفى الرمثا: a title)
    r"|(?:^|\s)(?:الي|مدير|مديره) (?:مستشفي|مستشفيات|مشفي|مشافي)(?: \S+)?"
    r"|(?:المقابله|المحاذيه|المجاوره|قباله|مقابل)(?: \S+)?"
    r"|(?:المتمركزه|المنتشره|المتواجده|المرابطه|عبر)(?: علي| في)?)\s+$"
)
_ANSWERING = re.compile(r"ردا علي[^،,.\n]*$")
# ... nor a zone some state holds or a border of two (قريه خاضعه للسيطره التركيه,
# منطقه الحدود التركيه السوريه)
_HELD_OR_BORDER = re.compile(r"خاضع|سيطر|نفوذ|الحدود|حدود")
# Syria's neighbours, where news about Syria sets what spills across the border.
_NEIGHBOURS = frozenset({"Turkey", "Lebanon", "Iraq", "Jordan"})
_PLACE_NOUNS = "بلده|مدينه|ولايه|قريه|محافظه|قضاء|ناحيه|منطقه|بلدتي|مدينتي|ولايتي|محافظتي|مخيم"
_DUAL_PLACE_NOUNS = "بلدتي|مدينتي|قريتي|ولايتي|محافظتي"


class SceneReader:
    """Finds the places abroad a text names, from the gazetteer's ``places_abroad``."""

    def __init__(self, places_abroad: Mapping[str, Sequence[str]]) -> None:
        self._country_of = {
            normalize_key(name): country
            for country, names in places_abroad.items()
            for name in names
        }

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        names = "|".join(
            re.escape(name) for name in sorted(self._country_of, key=len, reverse=True)
        )
        stems = [stem for stem, state in STATE_OF_ADJECTIVE.items() if state in _NEIGHBOURS]
        adjectives = "|".join(f"ال{stem}(?:ه)?" for stem in stems)
        # (of two places, after a dual noun: بلدتي القصر وحوش السيد علي اللبنانيتين; not
        # the arms named after them: قريتي أم الخير وأم الكيف بالمدفعيه التركيه)
        duals = "|".join(f"ال{stem}(?:تين|ين)" for stem in stems)
        return re.compile(
            # a place abroad the lexicon knows (في الهرمل, وبغداد)
            rf"(?<!\w)[وف]?[بل]?(?P<name>{names})(?!\w)"
            # a place noun, its name and the state's adjective (بلده قرقميش التركيه الحدوديه)
            rf"|(?<!\w)[وف]?[بل]?(?:{_PLACE_NOUNS})(?: [^\s.،,؛:]+){{1,2}}?"
            rf" (?:الحدودي(?:ه)? )?(?P<adjective>{adjectives})(?!\w)"
            rf"|(?<!\w)[وف]?[بل]?(?:{_DUAL_PLACE_NOUNS})(?: [^\s.،,؛:]+){{2,5}}?"
            rf" (?P<dual>{duals})(?!\w)"
            # the side of the border (وفي الجانب التركي من الحدود)
            rf"|(?<!\w)[وف]?[بل]?(?:الجانب|الاراضي) (?P<side>{adjectives})(?!\w)"
        )

    def scenes(self, normalized: str) -> list[tuple[int, str, bool]]:
        """(normalised position, country, whether only a side of the border is named) of
        each place abroad the text names, but a dateline's (بيروت (ا ف ب) -)."""
        if not self._country_of:
            return []
        found = []
        for match in self._pattern.finditer(normalized):
            if (
                _MOTION_BEFORE.search(normalized, max(match.start() - 30, 0), match.start())
                or _ANSWERING.search(normalized, max(match.start() - 40, 0), match.start())
                or _a_dateline(normalized, match.start(), match.end())
            ):
                continue
            if match["adjective"] is not None and (
                _HELD_OR_BORDER.search(match[0]) or normalized.startswith(" السوري", match.end())
            ):
                continue
            if match["name"] is not None:
                country = self._country_of[match["name"]]
            else:
                adjective = match["adjective"] or match["dual"] or match["side"]
                country = state_of_adjective(adjective) or SYRIA
            found.append((match.start(), country, match["side"] is not None))
        return found


_DATELINE_AFTER = re.compile(r"[^\S\n]*[(\-–—]")


def _a_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place opens a line and a dash or an agency's bracket follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _DATELINE_AFTER.match(text, end) is not None


def parties_abroad(
    ctx: SuggestContext,
    actors: list[Suggestion],
    locations: Sequence[Suggestion],
    reader: SceneReader,
) -> list[Suggestion]:
    """``actors``, with the civilians (and the Islamic State in Iraq) of a sentence set
    abroad named by that country."""
    if not any(a.value.get("name") in _BY_COUNTRY for a in actors):
        return actors
    normalized = ctx.normalized
    scenes = reader.scenes(normalized.text)
    if not scenes:
        return actors
    syrian = sorted(
        normalized.normalized_index(place.start)
        for place in locations
        if place.value.get("country", SYRIA) == SYRIA
    )
    scenes += [(position, SYRIA, False) for position in syrian]
    scenes.sort()
    # (a group's fighters are told abroad only by a place, where their sentence names no
    # Syrian one: not وعلى الجانب العراقي ... تجمعات لداعش قبالة البوكمال, nor داعش، الذي
    # سيطر على الموصل عام 2014، هاجم ... في باديه السخنه)
    places = [scene for scene in scenes if not scene[2]]
    renamed = []
    for actor in actors:
        name = actor.value.get("name")
        country = SYRIA
        if name in _BY_COUNTRY:
            start = normalized.normalized_index(actor.start)
            first, last = _sentence_of(normalized.text, start)
            if name in (_CIVILIANS, _PROTESTERS):
                country = _scene_of(start, first, last, scenes)
            elif not any(first <= position < last for position in syrian):
                country = _scene_of(start, first, last, places)
        if country == SYRIA or country not in _RENAMED_ONLY_IN.get(str(name), {country}):
            renamed.append(actor)
            continue
        value = {**actor.value, "name": _BY_COUNTRY[str(name)].format(country)}
        if "country" in value:
            value["country"] = country
        renamed.append(dataclasses.replace(actor, value=value))
    return renamed


# Palestinian refugee camps of Syria (normalised), and Palestinians named as such: the
# civilians of a sentence that names one are Palestine's, as ACLED names civilians by
# their nationality (the news coders of Yarmouk and Khan Eshieh wrote them so).
_PALESTINIANS = re.compile(
    r"(?<!\w)[وفبل]?مخيم (?:اليرموك|خان الشيح|خان دنون|السبينه|سبينه|الحسينيه|جرمانا|النيرب"
    r"|حندرات|عين التل|العائدين|الرمل|قبر الست|الست|الرمدان|فلسطين)(?!\w)"
    r"|(?<!\w)[وفبل]?(?:ال)?(?:لاجئين|لاجئون|لاجئ) (?:ال)?فلسطيني(?:ين|ون)?(?!\w)"
)
_PALESTINE = "Palestine"


def palestinians_in_their_camps(ctx: SuggestContext, actors: list[Suggestion]) -> list[Suggestion]:
    """``actors``, with the Syrian civilians of a sentence that names a Palestinian
    refugee camp (مخيم اليرموك, مخيم خان الشيح) or Palestinian refugees named as
    Palestine's civilians."""
    if not any(a.value.get("name") == _CIVILIANS for a in actors):
        return actors
    normalized = ctx.normalized
    named = [match.start() for match in _PALESTINIANS.finditer(normalized.text)]
    if not named:
        return actors
    renamed = []
    for actor in actors:
        if actor.value.get("name") == _CIVILIANS:
            first, last = _sentence_of(normalized.text, normalized.normalized_index(actor.start))
            index = bisect_right(named, first)
            if index < len(named) and named[index] < last:
                value = {**actor.value, "name": _BY_COUNTRY[_CIVILIANS].format(_PALESTINE)}
                renamed.append(dataclasses.replace(actor, value=value))
                continue
        renamed.append(actor)
    return renamed


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence (or clause after a connective) around ``start``."""
    first = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(start - 400, 0), start)),
        default=max(start - 400, 0),
    )
    end_match = _SENTENCE_END.search(text, start)
    return first, end_match.start() if end_match else len(text)


def _scene_of(start: int, first: int, last: int, scenes: list[tuple[int, str, bool]]) -> str:
    """The country of the place named nearest before ``start`` in its sentence, else of
    the first one after it there; Syria where the sentence names none (``scenes`` sorted
    by position)."""
    index = bisect_right(scenes, start, key=lambda scene: scene[0]) - 1
    if index >= 0 and scenes[index][0] >= first:
        return scenes[index][1]
    if index + 1 < len(scenes) and scenes[index + 1][0] < last:
        return scenes[index + 1][1]
    return SYRIA
