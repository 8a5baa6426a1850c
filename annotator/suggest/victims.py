"""Groups named as the people an attack hurt are civilians (kind ``actor``).

A report of an attack on a hospital names who was hurt by their role: الكادر الطبي,
المرضى, الزوار, عناصر الدفاع المدني. Named in general (the hospital serves its patients,
the staff moved it underground) such a group is no party to an event. Named within a
few words of a casualty count or outcome of the same sentence (إصابة ثلاثة من الكادر
الطبي, أصيب عدد من المرضى), it is the victims: ACLED's civilians, inter 7.

``suggest_victims(ctx)`` reads the casualties and actors of ``ctx.earlier`` (the
casualty suggester runs first) and returns actor suggestions for the victim groups that
no other actor suggestion covers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.matcher import NameMatcher

KIND = "actor"
VICTIMS = {"name": "Civilians (Syria)", "inter": 7}
CONFIDENCE = 0.6
# How far (in characters of the original text) a group may stand from a casualty.
NEAR = 60
_LONGEST_CASUALTY = 200  # characters: a count with its noun and joined people
VICTIM_GROUPS = (
    "الكادر الطبي", "الكوادر الطبية", "الطاقم الطبي", "الطواقم الطبية", "الفريق الطبي",
    "العاملين في المجال الطبي", "العاملون في المجال الطبي", "العاملين في المستشفى",
    "الممرضين", "الممرضات", "الأطباء", "المسعفين", "المسعفون", "مسعفون", "مسعفين",
    "المرضى", "الزوار", "الزائرين", "المراجعين",
    "عناصر الدفاع المدني", "أفراد الدفاع المدني", "متطوعي الدفاع المدني",
    "عمال الإنقاذ", "فرق الإنقاذ",
)  # fmt: skip
_BREAK = re.compile(r"[.!?؟\n]")


@cache
def _matcher() -> NameMatcher[str]:
    return NameMatcher((group, group) for group in VICTIM_GROUPS)


def suggest_victims(ctx: SuggestContext) -> list[Suggestion]:
    casualties = sorted(
        (s.start, s.end) for s in ctx.earlier if s.kind == "casualty"
    )  # (a count and its outcomes may repeat a span)
    if not casualties:
        return []
    taken = TakenSpans((s.start, s.end) for s in ctx.earlier if s.kind == KIND)
    found: list[Suggestion] = []
    starts = [start for start, _end in casualties]
    for match in _matcher().find(ctx.normalized):
        if taken.overlaps(match.start, match.end):
            continue
        # Only the casualties that start near the group (a bisection: a long text has
        # thousands of both).
        lo = bisect_left(starts, match.start - NEAR - _LONGEST_CASUALTY)
        hi = bisect_right(starts, match.end + NEAR)
        if any(_beside(ctx.text, (match.start, match.end), span) for span in casualties[lo:hi]):
            found.append(ctx.suggestion(KIND, match.start, match.end, dict(VICTIMS), CONFIDENCE))
            taken.add(match.start, match.end)
    return found


def _beside(text: str, group: tuple[int, int], casualty: tuple[int, int]) -> bool:
    """Whether a group and a casualty span stand close, with no sentence break between."""
    first, second = sorted((group, casualty))
    gap = second[0] - first[1]
    if gap > NEAR:
        return False
    return gap <= 0 or _BREAK.search(text, first[1], second[0]) is None
