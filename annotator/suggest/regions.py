"""Whose forces قوى الأمن الداخلي names where it is read: the Kurdish Asayish's own name in
the northeast, the interior ministry's forces' in the rest of Syria, and Lebanon's or
Iraq's police abroad. Shared by the actor and source suggesters (normalised text).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from annotator.suggest.base import SuggestContext
from annotator.suggest.states import state_of_adjective
from annotator.text.tokens import line_around, sentence_around

INTERNAL_SECURITY = "قوي الامن الداخلي"
THE_REGIME_S_FALL = dt.date(2024, 12, 8)  # from then on, the new government's forces


def after_the_fall(published: dt.date | None) -> bool:
    """Whether an article dated ``published`` was written after the regime's fall."""
    return published is not None and published >= THE_REGIME_S_FALL


class Force(Enum):
    ASAYISH = "asayish"
    GOVERNMENT = "government"  # Syria's police, or after the regime's fall its General Security
    ABROAD = "abroad"  # another state's


# Right after the name: the state's own (السورية, التابعة لوزارة الداخلية) or another's.
_THE_STATE_S_AFTER = re.compile(
    r"\s*(?:السوريه|التابعه (?:لوزاره الداخليه|للحكومه|للداخليه))(?!\w)"
)
_ANOTHER_STATE_S_AFTER = re.compile(
    r"\s*(?:اللبنانيه|العراقيه|الاردنيه|التركيه|في (?:لبنان|العراق|الاردن|اقليم كردستان))(?!\w)"
)
# What only an article about the Kurdish northeast names: its forces, its administration,
# its own place names (قامشلو, كوباني) and its outlets.
_THE_NORTHEAST = re.compile(
    r"اسايش|قسد|سوريا الديمقراطيه|اداره الذاتيه|شمال وشرق سوريا|شمال شرق(?:ي)? سوريا"
    r"|وحدات حمايه|قامشلو|كوباني|عين العرب|ديرك|سري كانيه|نورث برس|هاوار|روناهي|روداو"
    r"|الهلال الاحمر الكردي"
)
# ... its towns, named in the sentence or the paragraph (not words like الصور, الطبقة);
# some only until the regime's fall, after which the government held them.
_NORTHEAST_TOWNS = (
    r"الحسكه|القامشلي|عامودا|الدرباسيه|المالكيه|الهول|تل تمر|الشدادي|اليعربيه|الرقه"
    r"|عين عيسي|ذيبان|الشحيل|البصيره|هجين|الشيخ مقصود"
)
_NORTHEAST_TOWNS_UNTIL_THE_FALL = r"|منبج|تل ابيض|ريف دير الزور الشرقي|شرق الفرات"
_TOWNS_UNTIL_THE_FALL = re.compile(
    rf"(?<!\w)[وفبل]?(?:{_NORTHEAST_TOWNS}{_NORTHEAST_TOWNS_UNTIL_THE_FALL})(?!\w)"
)
_TOWNS_AFTER_THE_FALL = re.compile(rf"(?<!\w)[وفبل]?(?:{_NORTHEAST_TOWNS})(?!\w)")
# The rest of Syria's cities and regions, named in the sentence: the government's forces
# there (a round-up's وفي دمشق، اعتقلت قوى الأمن الداخلي).
_ELSEWHERE_IN_SYRIA = re.compile(
    r"(?<!\w)[وفبل]?(?:دمشق|حمص|حماه|اللاذقيه|طرطوس|درعا|السويداء|ادلب|جبله|بانياس|القنيطره"
    r"|القرداحه|تدمر|النبك|يبرود|جرمانا|داريا|دوما|الغوطه|القلمون|السلميه|مصياف|صافيتا"
    r"|طفس|نوي|الصنمين|ازرع|بصري|جسر الشغور|معره النعمان|سراقب|الباب|اعزاز|عفرين|جرابلس)(?!\w)"
)
# Another state's places, named in a sentence that names none of Syria's.
ABROAD_PLACES = (
    r"لبنان|بيروت|البقاع|صيدا|عين الحلوه|طرابلس|عكار|بعلبك|الهرمل|الاوزاعي|عرسال|العراق|بغداد"
    r"|الانبار|ديالي|الموصل|اربيل|الاردن|عمان|اربد|المفرق|الرمثا"
)
_ABROAD = re.compile(rf"(?<!\w)[وفبل]?(?:{ABROAD_PLACES})(?!\w)")
# Words near a force that make it another state's (normalised): Iraq, the Peshmerga, places
# of Iraq's Kurdistan and of the states ABROAD_PLACES lacks.
ABROAD_NEAR = re.compile(
    r"عراق|بيشمرك|سنجار|كركوك|اربيل|الموصل|دهوك|السليمانيه|قنديل|مخمور|زاخو|حلبجه|تلعفر"
    r"|انقره|اسطنبول|غازي عنتاب|القاهره"
)
# A scene abroad in the sentence (normalised): a place of another state, each a whole word
# (not العراقيه of a militia, nor العراقيل).
_FOREIGN_SCENES = re.compile(
    r"(?<!\w)[وفبل]?(?:" + ABROAD_PLACES + r"|غزه|الفلوجه|الرمادي|تكريت|صنعاء|اليمن|ليبيا"
    r"|بنغازي|سيناء|درنه|سرت|مصراته|عدن|الحوثي|الحوثيين|" + ABROAD_NEAR.pattern + r")(?!\w)"
)
# ... or a place named with another state's adjective (العاصمه اليمنيه, مدينه بنغازي
# الليبيه), not the aircraft or forces of one (الطيران الحربي الاردني).
_PLACE_OF_A_STATE = re.compile(
    r"(?<!\w)[وفبل]?(?:مدينه|العاصمه|بلده|قريه|محافظه|ولايه|الاراضي|الجانب|مطار|منطقه)"
    r"(?: [^\s.،,]+){0,2}? (?P<adjective>ال\w+يه)(?!\w)"
)


def set_abroad(text: str, start: int, end: int) -> bool:
    """Whether normalised ``text[start:end]`` (a sentence) is set abroad: it names a place of
    another state (``ABROAD_PLACES``, ``ABROAD_NEAR`` and a few more), or a place with
    another state's adjective, and none of Syria's (قرب الحدود مع لبنان in the Qalamoun is
    Syria)."""
    if _ELSEWHERE_IN_SYRIA.search(text, start, end):
        return False
    if _FOREIGN_SCENES.search(text, start, end):
        return True
    return any(
        (state := state_of_adjective(place["adjective"])) is not None and state != "Syria"
        for place in _PLACE_OF_A_STATE.finditer(text, start, end)
    )


def internal_security_force(context: SuggestContext, start: int, end: int) -> Force:
    """Whose forces قوى الأمن الداخلي named at ``start``-``end`` of the original text are."""
    normalized = context.normalized
    return _internal_security(
        normalized.text,
        normalized.normalized_index(start),
        normalized.normalized_index(end - 1) + 1,
        after_the_fall=after_the_fall(context.published),
    )


def _internal_security(text: str, position: int, end: int, *, after_the_fall: bool) -> Force:
    """Whose forces قوى الأمن الداخلي at normalised ``position`` (ending at ``end``) are."""
    if _THE_STATE_S_AFTER.match(text, end):
        return Force.GOVERNMENT
    if _ANOTHER_STATE_S_AFTER.match(text, end):
        return Force.ABROAD
    towns = _TOWNS_AFTER_THE_FALL if after_the_fall else _TOWNS_UNTIL_THE_FALL
    start, stop = sentence_around(text, position)
    if _THE_NORTHEAST.search(text, start, stop) or towns.search(text, start, stop):
        return Force.ASAYISH
    if _ELSEWHERE_IN_SYRIA.search(text, start, stop):
        return Force.GOVERNMENT
    if _ABROAD.search(text, start, stop):
        return Force.ABROAD
    if _THE_NORTHEAST.search(text) or towns.search(text, *line_around(text, position)):
        return Force.ASAYISH
    return Force.GOVERNMENT


# Another state's adjective right after Syria's army and security named together (الجيش
# والأمن العام اللبنانيان, الأمن العام الأردني): that state's forces.
_ANOTHER_STATE_S_AFTER_FORCES = re.compile(
    r"(?:\s+\S+){0,2}?\s+(?:ال)?(?:لبناني|اردني|اسرائيلي|عراقي)(?:ه|ان|ين|يه|يان)?(?!\w)"
    r"|\s*\(الشاباك\)"
)


def beside_another_state(text: str, position: int, end: int) -> bool:
    """Whether the army named at ``position`` (the pair ending at ``end``) is another
    state's: its adjective follows, or its sentence names another state's places and none
    of Syria's (مخيمات النازحين في البقاع)."""
    if _ANOTHER_STATE_S_AFTER_FORCES.match(text, end):
        return True
    start, stop = sentence_around(text, position)
    return bool(_ABROAD.search(text, start, stop)) and not _ELSEWHERE_IN_SYRIA.search(
        text, start, stop
    )
