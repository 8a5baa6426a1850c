"""Local armed groups named by their town (kind ``actor``).

A town's own gunmen who fight an army or a cell (مجموعات محلية مسلحة في جاسم, اشتبك
مسلحون محليون من أبناء البلدة مع قوة إسرائيلية) are, in ACLED's naming, the communal
militia of that town: ``Jasim Communal Militia (Syria)``, inter 4 (identity militia).
The words say "local"; the town is the place the sentence names (else the paragraph, the
nearest before); in As-Sweida, any place there names the Druze Communal Militia (Syria),
as ACLED codes it: ``suggest_local_militias(ctx)`` reads the location suggestions of
``ctx.earlier`` and returns an actor suggestion for each local group whose town it finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.text.tokens import sentence_around

KIND = "actor"
CONFIDENCE = 0.5
INTER = 4
# A group, "local", and perhaps "armed": مجموعات محلية مسلحة, المسلحين المحليين, الفصائل
# المحلية (normalised: ة is ه).
_LOCAL_GROUP = re.compile(
    r"(?<!\w)(?:[وفبل]|ول|لل)?(?P<phrase>(?:ال)?(?:مجموعات|مجموعه|فصائل|مسلحين|مسلحون|"
    r"مقاتلين|مقاتلون)(?: (?:ال)?مسلح(?:ه|ين|ون))? (?:ال)?محلي(?:ه|ين|ون)"
    r"(?: (?:ال)?مسلح(?:ه|ين|ون))?)(?!\w)"
)
_LOCAL = "محلي"
_BEFORE_LOCAL = 20  # characters: the group's noun and "armed" before "local"
_AFTER_LOCAL = 20  # ... and its ending and "armed" after
_TOWNS = frozenset({"town", "city", "village"})
_DRUZE_GOVERNORATE = "As-Sweida"
DRUZE_MILITIA = "Druze Communal Militia (Syria)"
_PARAGRAPH = "\n"


def suggest_local_militias(ctx: SuggestContext) -> list[Suggestion]:
    text = ctx.normalized.text
    if "محلي" not in text:
        return []
    towns = sorted(
        (s for s in ctx.earlier if s.kind == "location" and _a_town(s)), key=lambda s: s.start
    )
    if not towns:
        return []
    starts = [town.start for town in towns]
    found: list[Suggestion] = []
    for match in _local_groups(text):
        first, last = ctx.normalized.span(*match.span("phrase"))
        town = _town_of(ctx.text, towns, starts, first)
        if town is None:
            continue
        value = {"name": _militia_of(town), "inter": INTER}
        found.append(ctx.suggestion(KIND, first, last, value, CONFIDENCE))
    return found


def _local_groups(text: str) -> list[re.Match[str]]:
    """The matches of ``_LOCAL_GROUP``, looked for only around the word "local" (a search
    of the whole text would try the pattern at every character)."""
    matches: list[re.Match[str]] = []
    resume = 0
    position = text.find(_LOCAL)
    while position >= 0:
        window_start = max(position - _BEFORE_LOCAL, resume)
        match = _LOCAL_GROUP.search(text, window_start, position + _AFTER_LOCAL)
        if match is not None and match.start("phrase") <= position < match.end():
            matches.append(match)
            resume = match.end()
        position = text.find(_LOCAL, max(position + 1, resume))
    return matches


def _militia_of(place: Suggestion) -> str:
    """ACLED's name for the local gunmen of ``place``: the Druze militia anywhere in As-Sweida
    (ACLED names it by community, not by town), else the town's own."""
    if place.value.get("admin1") == _DRUZE_GOVERNORATE:
        return DRUZE_MILITIA
    return f"{place.value['name']} Communal Militia (Syria)"


def _a_town(place: Suggestion) -> bool:
    if place.value.get("admin1") == _DRUZE_GOVERNORATE:
        return True  # (any place of As-Sweida, ريف السويداء too: the militia is one)
    return place.value.get("feature") in _TOWNS and place.value.get("geo_precision") == 1


def _town_of(
    text: str, towns: list[Suggestion], starts: list[int], first: int
) -> Suggestion | None:
    """The town named in the group's sentence (nearest), else the last one named before
    it in its paragraph."""
    sentence_start, sentence_end = sentence_around(text, first)
    # (the towns are in text order: only those starting in the sentence are looked at)
    lo, hi = bisect_left(starts, sentence_start), bisect_left(starts, sentence_end)
    in_sentence = [t for t in towns[lo:hi] if t.end <= sentence_end]
    if in_sentence:
        return min(in_sentence, key=lambda t: abs(t.start - first))
    paragraph_start = text.rfind(_PARAGRAPH, 0, first)
    before = bisect_right(starts, first) - 1
    if before >= 0 and towns[before].start > paragraph_start:
        return towns[before]
    return None
