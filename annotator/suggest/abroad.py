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
from annotator.suggest.states import STATE_OF_ADJECTIVE
from annotator.text.normalize import normalize_key

SYRIA = "Syria"
# The parties whose ACLED name carries the country of the event -> their name by country.
_CIVILIANS = "Civilians (Syria)"
_BY_COUNTRY = {
    "Civilians (Syria)": "Civilians ({})",
    "Islamic State (Syria)": "Islamic State ({})",
}
_RENAMED_ONLY_IN = {"Islamic State (Syria)": frozenset({"Iraq"})}

_SENTENCE_END = re.compile(r"[.!?؟\n]")
# Whither or whence is no scene (فروا الى عرسال, قذائف اطلقت من الاراضي التركيه).
_MOTION_BEFORE = re.compile(r"(?:^|\s)(?:من|الي|نحو|باتجاه|صوب)(?: داخل)?\s+$")  # (normalised: الي)
# Syria's neighbours, where news about Syria sets what spills across the border.
_NEIGHBOURS = frozenset({"Turkey", "Lebanon", "Iraq", "Jordan"})
_PLACE_NOUNS = "بلده|مدينه|ولايه|قريه|محافظه|قضاء|ناحيه|منطقه|بلدتي|مدينتي|ولايتي|محافظتي|مخيم"


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
        adjectives = "|".join(
            f"ال{stem}(?:ه)?" for stem, state in STATE_OF_ADJECTIVE.items() if state in _NEIGHBOURS
        )
        return re.compile(
            # a place abroad the lexicon knows (في الهرمل, وبغداد)
            rf"(?<!\w)[وف]?[بل]?(?P<name>{names})(?!\w)"
            # a place noun, its name and the state's adjective (بلده قرقميش التركيه الحدوديه)
            rf"|(?<!\w)[وف]?[بل]?(?:{_PLACE_NOUNS})(?: [^\s.،,؛:]+){{1,2}}?"
            rf" (?:الحدودي(?:ه)? )?(?P<adjective>{adjectives})(?!\w)"
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
            if _MOTION_BEFORE.search(
                normalized, max(match.start() - 12, 0), match.start()
            ) or _a_dateline(normalized, match.start(), match.end()):
                continue
            if match["name"] is not None:
                country = self._country_of[match["name"]]
            else:
                adjective = (match["adjective"] or match["side"]).removeprefix("ال")
                country = STATE_OF_ADJECTIVE[adjective.removesuffix("ه")]
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
    scenes += [
        (normalized.normalized_index(place.start), SYRIA, False)
        for place in locations
        if place.value.get("country", SYRIA) == SYRIA
    ]
    scenes.sort()
    # (a group's fighters by the border are not told abroad by the side named alone:
    # وعلى الجانب العراقي ... تجمعات لداعش قبالة البوكمال)
    places = [(position, country) for position, country, side in scenes if not side]
    everywhere = [(position, country) for position, country, _ in scenes]
    renamed = []
    for actor in actors:
        name = actor.value.get("name")
        country = SYRIA
        if name in _BY_COUNTRY:
            start = normalized.normalized_index(actor.start)
            country = _scene_of(
                normalized.text, start, everywhere if name == _CIVILIANS else places
            )
        if country == SYRIA or country not in _RENAMED_ONLY_IN.get(str(name), {country}):
            renamed.append(actor)
            continue
        value = {**actor.value, "name": _BY_COUNTRY[str(name)].format(country)}
        if "country" in value:
            value["country"] = country
        renamed.append(dataclasses.replace(actor, value=value))
    return renamed


def _scene_of(text: str, start: int, scenes: list[tuple[int, str]]) -> str:
    """The country of the place named nearest before ``start`` in its sentence, else of
    the first one after it there; Syria where the sentence names none."""
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(start - 400, 0), start)),
        default=max(start - 400, 0),
    )
    end_match = _SENTENCE_END.search(text, start)
    sentence_end = end_match.start() if end_match else len(text)
    positions = [position for position, _ in scenes]
    index = bisect_right(positions, start) - 1
    if index >= 0 and positions[index] >= sentence_start:
        return scenes[index][1]
    if index + 1 < len(scenes) and positions[index + 1] < sentence_end:
        return scenes[index + 1][1]
    return SYRIA
