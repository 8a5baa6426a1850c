"""States by the adjectives that name them, shared by the suggesters that read them.

Keys are normalised (``annotator.text.normalize``: ة is ه, أ and إ are ا) and masculine:
the feminine adds ه (روسيه), the definite ال (الروسي).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from annotator.text.normalize import normalize_key

# The masculine adjective -> the state, as ACLED's columns write it (وزارة الخارجية
# الفرنسية: France).
STATE_OF_ADJECTIVE: Mapping[str, str] = {
    "سوري": "Syria", "روسي": "Russia", "تركي": "Turkey", "امريكي": "United States",
    "اميركي": "United States", "فرنسي": "France", "بريطاني": "United Kingdom",
    "الماني": "Germany", "ايراني": "Iran", "اسرائيلي": "Israel", "عراقي": "Iraq",
    "لبناني": "Lebanon", "اردني": "Jordan", "سعودي": "Saudi Arabia", "قطري": "Qatar",
    "اماراتي": "United Arab Emirates", "مصري": "Egypt", "صيني": "China",
    "هولندي": "Netherlands", "بلجيكي": "Belgium", "سويسري": "Switzerland", "كندي": "Canada",
    "ايطالي": "Italy", "اسباني": "Spain", "سويدي": "Sweden", "نرويجي": "Norway",
    "دنماركي": "Denmark", "اوكراني": "Ukraine", "ياباني": "Japan", "نمساوي": "Austria",
    "فلسطيني": "Palestine", "مغربي": "Morocco", "تونسي": "Tunisia", "جزائري": "Algeria",
    "ليبي": "Libya", "سوداني": "Sudan", "يمني": "Yemen", "كويتي": "Kuwait", "بحريني": "Bahrain",
    "افغاني": "Afghanistan", "باكستاني": "Pakistan", "اوزبكي": "Uzbekistan",
    "طاجيكي": "Tajikistan", "اندونيسي": "Indonesia", "كازاخي": "Kazakhstan",
}  # fmt: skip

# Adjectives of people, plural and singular (عسكريين روس, جندي امريكي) -> the masculine one.
PLURAL_ADJECTIVES: Mapping[str, str] = {
    "روس": "روسي", "الروس": "روسي", "روسيين": "روسي", "امريكيين": "امريكي",
    "الامريكيين": "امريكي", "اميركيين": "امريكي", "الاميركيين": "امريكي",
    "امريكيا": "امريكي", "اتراك": "تركي", "الاتراك": "تركي", "اتراكا": "تركي",
    "ايرانيين": "ايراني", "الايرانيين": "ايراني", "اسرائيليين": "اسرائيلي",
    "الاسرائيليين": "اسرائيلي", "اسرائيليون": "اسرائيلي", "الاسرائيليون": "اسرائيلي",
    "امريكيون": "امريكي", "الامريكيون": "امريكي", "اميركيون": "امريكي",
    # ... two soldiers' (جنديان اميركيان)
    "امريكيان": "امريكي", "اميركيان": "امريكي", "روسيان": "روسي", "تركيان": "تركي",
    "اسرائيليان": "اسرائيلي", "ايرانيان": "ايراني", "تركيين": "تركي", "التركيين": "تركي",
    # ... and one soldier's (جندي امريكي, الجندي الاسرائيلي)
    "امريكي": "امريكي", "الامريكي": "امريكي", "اميركي": "امريكي", "الاميركي": "امريكي",
    "روسي": "روسي", "الروسي": "روسي", "تركي": "تركي", "التركي": "تركي",
    "اسرائيلي": "اسرائيلي", "الاسرائيلي": "اسرائيلي", "ايراني": "ايراني", "الايراني": "ايراني",
    # Jordan's soldiers, on the border with smugglers (مقتل جندي أردني, جنديين أردنيين)
    "اردني": "اردني", "الاردني": "اردني", "اردنيين": "اردني", "الاردنيين": "اردني",
    "اردنيان": "اردني", "اردنيون": "اردني", "الاردنيون": "اردني",
    # Palestinians, refugees in Syria's camps (لاجئا فلسطينيا)
    "فلسطينيا": "فلسطيني",
    # ... and Syria's own, named so in a foreign army's statement (جنديين سوريين)
    "سوريين": "سوري", "السوريين": "سوري", "سوريان": "سوري", "سوريون": "سوري",
    "السوريون": "سوري",
}  # fmt: skip
# ... and after a soldier counted in the accusative (جندياً تركياً, عسكرياً روسياً): written
# as the state's name (تركيا, روسيا), so read so only after such a noun.
ACCUSATIVE_ADJECTIVES: Mapping[str, str] = {
    **PLURAL_ADJECTIVES,
    "تركيا": "تركي", "روسيا": "روسي", "ايرانيا": "ايراني", "اسرائيليا": "اسرائيلي",
    "اميركيا": "امريكي", "اردنيا": "اردني",
}  # fmt: skip

# States whose name is also the accusative of their adjective (تركيا, روسيا, ليبيا).
_STATE_NAMES = frozenset({"تركيا", "روسيا", "ليبيا", "اندونيسيا"})
_WORD_AFTER = re.compile(r" +([\w\u064b-\u0652\u0640]+)")  # (with its tashkeel)
# ... or a nationality told after the noun (امرأة تحمل الجنسية العراقية, طفلان من الجنسية
# اللبنانية): the noun alone is the span.
_NATIONALITY_AFTER = re.compile(  # (normalised)
    r"(?:[يت]حمل(?:ون|ان|ن)?|من(?: حمله)?) (?:ال)?جنسيه (\w+)"
)


def state_of_adjective(adjective: str) -> str | None:
    """The state a (normalised) adjective of people names, in any number or gender
    (اتراك, لبنانيه, الايرانيين, عراقيتين, لبنانيان), or None."""
    if adjective in PLURAL_ADJECTIVES:
        return STATE_OF_ADJECTIVE.get(PLURAL_ADJECTIVES[adjective])
    bare = adjective.removeprefix("ال")
    if bare in _STATE_NAMES:
        return None  # (تركيا, روسيا: the state's name, not زائرا عراقيا's accusative)
    for ending in ("تين", "تان", "ين", "ون", "ان", "ه", "ات", "ا", ""):
        stem = bare[: len(bare) - len(ending)]
        if bare.endswith(ending) and stem in STATE_OF_ADJECTIVE:
            return STATE_OF_ADJECTIVE[stem]
    return None


def foreign_state_after(text: str, end: int) -> tuple[str, int] | None:
    """A foreign state named by the adjective right after ``end`` of the original text
    (مواطنين [اتراك]), with where the adjective ends, or by a nationality told after it
    (``_NATIONALITY_AFTER``), with ``end``; None for none or Syria."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return None
    state = state_of_adjective(normalize_key(after[1]))
    if state is not None:
        end = after.end()
    elif (told := _NATIONALITY_AFTER.match(normalize_key(text[end : end + 60]))) is not None:
        state = state_of_adjective(told[1])
    return (state, end) if state is not None and state != "Syria" else None
