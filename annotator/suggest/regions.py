"""Where a name several forces bear is read: قوى الأمن الداخلي is the Kurdish Asayish's own
name in the northeast, the interior ministry's forces' in the rest of Syria, and Lebanon's
or Iraq's police abroad. Shared by the actor and source suggesters (normalised text).
"""

from __future__ import annotations

import re

from annotator.text.tokens import line_around, sentence_around

INTERNAL_SECURITY = "قوي الامن الداخلي"
# What only an article about the Kurdish northeast names, anywhere in it: its forces, its
# administration, its own place names (قامشلو, كوباني) and its outlets.
_THE_NORTHEAST = re.compile(
    r"اسايش|قسد|سوريا الديمقراطيه|اداره الذاتيه|شمال وشرق سوريا|شمال شرق(?:ي)? سوريا"
    r"|وحدات حمايه|قامشلو|كوباني|عين العرب|ديرك|سري كانيه|نورث برس|هاوار|روناهي|روداو"
    r"|الهلال الاحمر الكردي"
)
# ... and what names it in the paragraph itself: its towns, its people (not جبل الأكراد,
# حي الأكراد, Kurdish places elsewhere; nor a round-up's other story, told apart).
_THE_NORTHEAST_NEARBY = re.compile(
    r"(?<!جبل )(?<!حي )(?:الاكراد|الكرد)|كردي|كرديه|الحسكه|القامشلي|الرقه|الطبقه|منبج"
    r"|عامودا|الدرباسيه|المالكيه|الهول|تل تمر|راس العين|الشدادي|اليعربيه|تل ابيض|الشيخ مقصود"
    r"|ذيبان|الشحيل|البصيره|هجين|الصور|عين عيسي|ريف دير الزور الشرقي|شرق الفرات"
)
# Another state's places named in the sentence: its police, not Syria's (قوى الأمن الداخلي
# في طرابلس شمالي لبنان, بيروت - أعلنت المديرية العامة لقوى الأمن الداخلي).
_ABROAD = re.compile(
    r"(?<!\w)(?:[وفبل]|في )?(?:لبنان|بيروت|عرسال|العراق|بغداد|الانبار|الاردن|عمان)(?!\w)"
)
# ... and the other states beside Syria's army and security (الجيش والأمن العام اللبنانيان).
_ABROAD_OR_ITS_PEOPLE = re.compile(
    r"(?<!\w)(?:[وفبل]|في )?(?:لبنان|بيروت|عرسال|العراق|بغداد|الانبار|الاردن|عمان|اسرائيل"
    r"|الشاباك|فلسطين|رام الله)(?!\w)|لبناني|اردني|اسرائيلي"
)


def internal_security_is_the_asayish(text: str, position: int) -> bool:
    """Whether قوى الأمن الداخلي at ``position`` is the Asayish: the article names the
    northeast, or its paragraph one of the northeast's towns."""
    if _THE_NORTHEAST.search(text):
        return True
    return _THE_NORTHEAST_NEARBY.search(text, *line_around(text, position)) is not None


def internal_security_abroad(text: str, position: int) -> bool:
    """Whether قوى الأمن الداخلي at ``position`` is another state's: its sentence, or the
    dateline of an article that names nothing of the northeast, names another state's
    place."""
    start, end = sentence_around(text, position)
    if _THE_NORTHEAST.search(text, start, end):
        return False  # (قوى الأمن الداخلي (الأسايش) ... امرأة عراقية)
    if _ABROAD.search(text, start, end):
        return True
    return not _THE_NORTHEAST.search(text) and _ABROAD.match(text, 0) is not None


def beside_another_state(text: str, position: int) -> bool:
    """Whether the sentence around ``position`` names another state, its places or people."""
    return _ABROAD_OR_ITS_PEOPLE.search(text, *sentence_around(text, position)) is not None
