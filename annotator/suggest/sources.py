"""Source suggestions: the outlets an article cites (شبكة “الخابور”, سانا, بحسب المرصد...).

``SourceSuggester(entries)`` takes the project's lexicon rows (``LexiconEntry`` or plain
items with ``kind, surface, target, value, confidence, origin``; rows of other kinds are
ignored) and lays them over the built-in lexicon (resources/lexicon/sources.json). Build
it once and use it for many articles.

What each suggestion says:

- ``value`` is ``{"name": the outlet as ACLED's source column writes it,
  "source_scale": one of Local partner, Subnational, National, Regional,
  International, New media, Other}``;
- known outlets are found wherever they are named. Names that are also ordinary words
  or places (الجزيرة, الخابور, الميادين) only after a cue: an outlet word (شبكة, وكالة,
  موقع, قناة, صحيفة, جريدة, إذاعة, صفحة, منصة, حساب) or a reporting word (بحسب, وفق,
  قال/قالت, ذكر/ذكرت, نقل/نقلت, أفاد/أفادت, أورد, نشر, أكد, أعلن, بث, مراسل);
- an outlet's own dateline (a short line: a place, a mark, the outlet: ``أعزاز/
  الأناضول``) and an outlet told something (``قال مسؤول للأناضول، إن``) count as cues;
  so does a first name for a second one in brackets (``الدفاع المدني (الخوذ البيضاء)``);
- the span covers the outlet word and the name with its quotation marks
  (``شبكة “الخابور”``), not the reporting word; an abbreviation in parentheses after
  a name is a second span (``الوكالة السورية الرسمية للأنباء (سانا)``);
- an outlet the lexicon does not know, written in quotes after an outlet word
  (``شبكة “...”``, ``موقع “...”``), or without quotes between an outlet word and a
  word that ends an outlet's name (``وكالة ... للأنباء``, ``شبكة ... الإخبارية``,
  ``موقع ... نيوز``) or in Latin letters (``وكالة SY Plus``), is suggested with the
  name as written, source_scale
  ``Other`` (nothing is known about its scale; the coder corrects it and the
  correction is learned) and confidence 0.4, lowered further when coders rejected
  that span before. So are a health directorate (``مديرية صحة حماة``), a local
  coordination committee (``تنسيقية داريا``) and a journalist cited by name
  (``الصحفي X Y``, scale New media), under the English spelling of the name where
  ``annotator.text.romanize`` knows every word of it.
- a person quoted by a name of known spelling after a word of speech (``وقال جاسم
  المحمد، أحد وجهاء كويا، لـ"النهار"``, ``قال ... الدكتور زياد حجازي، للإخبارية``) is
  a source under that spelling (``Jasim al-Mohammad``), scale Other, at confidence
  ``PERSON_CONFIDENCE``;
- an article writing of itself (``مراسلنا``, ``وكالتنا``) cites its own outlet: that of
  its dateline, else the first whose reporter it cites;
- a state's ministry named with its country's adjective (``وزارة الخارجية الفرنسية``)
  is ``Ministry of Foreign Affairs of France`` (International; a Syrian one National)
  at confidence ``MINISTRY_CONFIDENCE``, and so is the same office named again without
  it (``وزارة الخارجية``) or as ``الوزارة`` after a reporting word;
- an armed group of the actor lexicon, named after a reporting word (``أعلنت «الجبهة
  الشامية»``, ``قالت «الجبهة الوطنية للتحرير»``), states what it did: it is a source
  under its ACLED name without the abbreviation (``Levant Front``), scale Other, where
  the source lexicon has no entry for it (see ``groups_as_sources``);
- a person cited (a journalist by title, a person quoted, or a person of the lexicon) is
  the same source where the article names them again by the full name alone (لمراسلهم
  جميل الحسن) or, after a reporting word, by the family name with its article (قال
  الفرج, نشر العبدالله), at confidence ``LATER_MENTION_CONFIDENCE`` at most (no surer than the
  first mention).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cached_property
from itertools import islice, pairwise
from typing import Any

from annotator.suggest.base import ARMED_FORCES, SuggestContext, Suggestion, TakenSpans
from annotator.suggest.lexicon import (
    DATELINE_MARKS,
    Lexicon,
    LexiconHit,
    LexiconMatcher,
    LexiconRecord,
    a_statement_issued,
    builtin_lexicon,
    fingerprint,
    in_a_dateline,
    interviewed_before,
    match_key,
    merge_records,
    split_doubts,
    stated_after_pattern,
    suggestions_of,
)
from annotator.suggest.matcher import may_start_a_name
from annotator.suggest.regions import (
    INTERNAL_SECURITY,
    Force,
    after_the_fall,
    internal_security_force,
)
from annotator.suggest.states import STATE_OF_ADJECTIVE, state_of_adjective
from annotator.text.dates import WEEKDAYS
from annotator.text.romanize import may_begin_a_name, romanize_name
from annotator.text.tokens import QUOTE_CLASS, QUOTE_MARKS

KIND = "source"
OUTLET_WORDS = (
    "شبكة", "وكالة", "موقع", "قناة", "صحيفة", "جريدة", "إذاعة", "صفحة", "منصة", "حساب",
    "راديو",
)  # fmt: skip
# "News agency X", "news network X": the outlet word and a noun of news before a name.
TWO_WORD_OUTLET_WORDS = ("وكالة أنباء", "وكالة الأنباء", "شبكة أخبار", "موقع أخبار", "قناة أخبار")
CUE_WORDS = (
    "بحسب", "حسب", "وفق", "وفقا", "قال", "قالت", "ذكر", "ذكرت", "نقل", "نقلت", "نقلا",
    "أفاد", "أفادت", "أورد", "أوردت", "نشر", "نشرت", "أكد", "أكدت", "أعلن", "أعلنت", "بث",
    "بثت", "مراسل", "مراسلة", "تقرير", "صرح", "صرحت", "أوضح", "أوضحت", "أشار", "أشارت", "زعم",
    "زعمت", "ادعى", "ادعت", "أصدر", "أصدرت", "بيان", "وثق", "وثقت", "رصد", "رصدت",
    "اتهم", "اتهمت", "مدير", "مديرة",  # مدير X: its director speaking
    # (not نفى, نفت: a party denying is no source of the event, as news coders mark it;
    # nor حمّلت: the name after it may be who blames or who is blamed)
    "أضاف", "أضافت", "نشرته", "نشرتها", "عرضت", "المتحدث", "متحدث", "الناطق", "ناطق",
    "علمت", "أحصى", "أحصت",  # علمت «الأخبار» من مصادر, أحصى الدفاع المدني
    "مصادر",  # مصادر الميادين: the outlet's own sources
    "تقديرات", "تقدر", "يقدر", "قدرت", "إحصائية", "إحصائيات",  # its estimates
    "تبنى", "تبنت", "تبناه", "تبنته", "تبناها", "تبنتها",  # a claim (هجوم تبناه التنظيم)
    "أعلنه", "أعلنته", "ذكره", "ذكرته", "أورده", "أوردته",  # بحسب ما أعلنه المركز الروسي
    # بحسب حصيلة أوردها المرصد (not نقله, نشرها: carried, deployed)
    "أعلنها", "ذكرها", "أوردها", "وثقه", "وثقها", "وثقته", "رصده", "رصدها", "أحصاها", "بثه",
    "بثها",
    "تقول",  # تقول الأمم المتحدة إنها خلفت (not يقول: كما يقول العرب)
    "رواية", "حصيلة",  # بحسب رواية وزارة الداخلية, حصيلة الدفاع المدني
)  # fmt: skip
# Past verbs of stating that make the name right before them a source (وكانت «قسد» قد
# أعلنت, جيش الإسلام أعلن): a party's claim told with its name first.
STATED_AFTER = (
    "أعلن", "أعلنت", "أعلنوا", "قال", "قالت", "ذكر", "ذكرت", "أكد", "أكدت", "تبنى", "تبنت",
    "حملت",  # «قسد» حمّلت خلايا التنظيم المسؤولية: who blames reports
    "تتبنى", "يتبنى",  # a headline's claim: و"سرايا أنصار السنة" تتبنى
)  # fmt: skip
# Cues after which the outlet takes ل: "وفقًا للدفاع المدني", "طبقا لوزارة الدفاع".
LAM_CUE_WORDS = ("وفقا", "وفق", "طبقا", "استنادا")
# Words that end an outlet's name: "وكالة X للأنباء" names an outlet even without quotes
# (and so does مركز X الإعلامي, a media centre).
NAME_ENDINGS = (
    "للأنباء", "الإخبارية", "الإخباري", "الإعلامية", "الإعلامي", "نيوز", "برس", "الفضائية",
)  # fmt: skip
_CENTRE = "مركز"
UNQUOTED_OUTLET_WORDS = (*OUTLET_WORDS, _CENTRE)
# A journalist cited by name (الصحفي هادي العبدالله): the title, then two words of a name
# (with عبد or أبو, three: طارق عبد الحق).
JOURNALIST_TITLES = (
    "الصحفي المواطن", "الصحفي", "الصحافي", "الإعلامي", "الناشط الإعلامي", "الصحفية",
    "الإعلامية", "الناشطة الإعلامية", "المصور الصحفي", "المصور", "المصورة", "الناشط",
    "الناشطة",
)  # fmt: skip
JOURNALIST_SCALE = "New media"
# Words that cannot begin or end a person's name after a title (الصحفي أن ...).
_NOT_NAMES = frozenset(
    match_key(word)
    for word in (
        "أن", "إن", "أنه", "بأن", "في", "من", "على", "عن", "إلى", "الذي", "التي", "قال",
        "ذكر", "أكد", "مقطع", "مقاطع", "صور", "صورة", "صورا", "فيديو", "شريط", "لا", "لم",
        "كان", "هو", "أيضا", "المحلي", "الميداني", "حيث", "خلال", "بعد", "قبل", "عبر",
        "منشورا", "تسجيلا", "لقطات", "مع", "و", "أو", "ثم", "فيما", "إذا", "ما", "لأن", "بأنه",
        "أمس", "اليوم", "صباح", "مساء", "ظهر", "فجر", "ليلة", "غدا", "الآن", "يوم", "السبت",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أثناء", "لحظة",
        "عند", "عقب", "حين", "داخل", "قرب", "أمام", "نفسه", "ذاته",
    )
)  # fmt: skip
# One of an organisation's people, between a reporting word and its name (قال احد
# عناصر فريق الدفاع المدني): the organisation speaks through them.
MEMBER_WORDS = (
    "أحد", "عنصر", "عناصر", "عضو", "أعضاء", "متطوع", "متطوعي", "فريق", "مسؤول", "مدير",
    "متحدث", "المتحدث", "الناطق", "باسم", "الرسمي", "في",  # قال مسؤول في الدفاع المدني
    "به", "بها",  # (not people: what was reported, بحسب ما أفاد به الدفاع المدني)
    "ناشطو", "ناشطي", "باحثو", "باحثي", "مراسلو", "مراسلي",  # وفق ما وثقه ناشطو المركز
    "أرقام",  # وفق أرقام الأمم المتحدة (not تضاعفت أرقام الجيش الحر: its numbers)
    "قيادة", "القيادة", "العامة",  # وأكدت قيادة «قسد», قالت القيادة العامة لـ«قسد»
)  # fmt: skip
# Words of speech: one of an organisation's people after them speaks for it.
SPEECH_WORDS = (
    "قال", "قالت", "ذكر", "ذكرت", "أفاد", "أفادت", "أكد", "أكدت", "صرح", "صرحت", "أوضح",
    "أوضحت", "أشار", "أشارت", "زعم", "زعمت", "يقول", "تقول", "بحسب", "حسب",
    "وفق", "وفقا", "أعلن", "أعلنت", "نشر", "نشرت", "أضاف", "أضافت", "أورد", "أوردت",
    "المتحدث", "متحدث", "الناطق", "ناطق",  # المتحدث الرسمي باسم X: X speaking
)  # fmt: skip
UNKNOWN_SCALE = "Other"
LATER_MENTION_CONFIDENCE = 0.5
# Before a family name alone: a reporting word (قال الفرج), with و/ف and a title (د.).
_SAYS = frozenset(
    match_key(word)
    for word in (
        *CUE_WORDS, *SPEECH_WORDS, "تابع", "تابعت", "يضيف", "يشير", "يؤكد", "يوضح", "ينشر",
        "نشره", "نشرها", "بثه", "صوره", "صورها", "أجرى", "أجرت", "يجري", "تجري",
        "ذكره", "ذكرته", "أورده", "أوردته", "لفت", "لفتت", "إحصاءات", "تقارير", "سجل", "سجلت",
        "قدر",
    )
)  # fmt: skip
_ABD = ("عبد", "العبد")  # the first word of a two-word family name: العبد الله


def _a_saying(word: str) -> bool:
    """Whether a (normalised) word is a reporting word, bare or after و/ف (وقال, فأضاف)."""
    return word in _SAYS or (word[:1] in "وف" and word[1:] in _SAYS)


UNKNOWN_CONFIDENCE = 0.4
# A pattern's word starts a word or follows a proclitic (checked by may_start_a_name:
# the patterns begin with their word, which the regex engine scans for quickly, where a
# look-behind first would be tried at every position).
_UNKNOWN = re.compile(
    r"(?P<word>"
    + "|".join(match_key(word) for word in OUTLET_WORDS)
    + r') ?"(?P<name>[^"\n.,،:;؛!?؟()]{2,60})"'
)
_UNQUOTED = re.compile(
    r"(?P<word>"
    + "|".join(match_key(word) for word in UNQUOTED_OUTLET_WORDS)
    + r") (?P<name>\w{2,}(?: \w{2,}){0,2}? (?:"
    + "|".join(match_key(word) for word in NAME_ENDINGS)
    + r")|"
    + match_key("أخبار")
    + r" \w{2,})(?!\w)"
)
# An outlet named in Latin letters after its outlet word (وكالة SY Plus, شبكة OGN): the
# name as written is the one ACLED's source column uses. (The normalised text is in lower
# case: the original must begin the name with a capital or a digit, see _latin_name.)
_LATIN_WORD = r"[a-z0-9](?:[a-z0-9.&'+-]*[a-z0-9])?"  # (no trailing full stop: CNN.)
_LATIN_NAMED = re.compile(
    r"(?P<word>"
    + "|".join(match_key(word) for word in (*OUTLET_WORDS, "فريق", "مجموعة", "منظمة", "مؤسسة"))
    + rf") (?P<name>{_LATIN_WORD}(?: {_LATIN_WORD}){{0,4}})(?![a-z0-9])"
)
# Where outlets publish, not outlets (lower case: the normalised text is).
_PLATFORMS = frozenset({
    "twitter", "x", "facebook", "youtube", "telegram", "instagram", "whatsapp", "tiktok",
    "vk", "patreon", "google", "skype", "snapchat", "linkedin", "reddit", "flickr",
    *(match_key(name) for name in ("إكس", "اكس", "تويتر", "فيسبوك", "فيس بوك", "يوتيوب",
                                   "تلغرام", "تيليغرام", "تليغرام", "إنستغرام", "واتساب",
                                   "تيك توك")),
})  # fmt: skip
_MODEL_OR_CODE = re.compile(r"[a-z]{1,3}-?\d+[a-z]?|\d+")  # S-300, G7, Su-24, T4
# A health directorate reports casualties and attacks on hospitals: مديرية صحة حماة.
_HEALTH_DIRECTORATE = re.compile(
    r"(?P<word>(?P<name>" + match_key("مديرية صحة") + r" \w{2,}))(?!\w)"
)
# A local coordination committee reports on its town: تنسيقية جسر الشغور, تنسيقية داريا.
# The town is one word, or two when the second has the article (جسر الشغور).
_COORDINATION_COMMITTEE = re.compile(
    r"(?P<word>(?P<name>"
    + match_key("تنسيقية")
    + r" (?:(?:مدينه|بلده|قريه|حي|مخيم) )?(?!(?:في|من|علي|عن|الي|مع|الثوره|المدينه)(?!\w))"
    + r"\w{2,}(?: ال\w{2,})?))(?!\w)"
)
# A word of a person's name, with the word before it when that word is عبد or ابو
# (طارق عبد الحق, ابو علي المعراوي).
_COMPOUND_NAME = r"(?:(?:عبد|ابو|ام) )?\w{2,}"
_JOURNALIST = re.compile(
    r"(?P<word>"
    + "|".join(match_key(word) for word in JOURNALIST_TITLES)
    # (a nationality or city adjective may come between: الصحفي البريطاني اليوت هيغينز)
    + r")(?: (?P<nisba>ال\w{2,}يه?))? (?P<name>(?P<first>"
    + _COMPOUND_NAME
    + r") (?P<last>"
    + _COMPOUND_NAME
    + r"))(?!\w)"
)
# Given names that begin like the article (إلياس, إلهام, Eliot, Alexander).
_NAMES_LIKE_THE_ARTICLE = frozenset(
    match_key(word)
    for word in (
        "إلياس", "الياس", "إلهام", "الهام", "إليان", "اليوت", "إليوت", "اليسا", "إليسا",
        "اليزابيث", "ألكسندر", "الكسندر", "ألبرت", "البرت", "ألفريد", "الفريد", "إلينا",
    )
)  # fmt: skip
# A title after one of these names a victim (اعتقلت قوات النظام الناشط X Y).
_VICTIM_WORDS = frozenset(
    match_key(word)
    for word in (
        "قتل", "قتلت", "مقتل", "اغتيال", "اغتالت", "اعتقال", "اعتقل", "اعتقلت", "اختطاف",
        "اختطف", "اختطفت", "خطف", "استهداف", "استهدف", "استهدفت", "إصابة", "أصيب", "أصيبت",
        "استشهاد", "استشهد", "إعدام", "أعدم", "أعدمت", "تعذيب", "احتجاز", "احتجزت", "اعتقلوا",
    )
)  # fmt: skip
# After these nouns a title is their adjective (المركز الإعلامي العام, المكتب الإعلامي).
_NOUNS_BEFORE_TITLES = frozenset(
    match_key(word)
    for word in (
        "المركز", "مركز", "المكتب", "مكتب", "الفريق", "فريق", "القسم", "قسم", "الجهاز",
        "المجلس", "التجمع", "الاتحاد", "الموقع", "الناطق", "المتحدث", "العمل", "النشاط",
        "الكادر", "الملف", "الإعلام", "المؤتمر", "التقرير", "المنسق", "الرابطة",
        "الوسائل", "وسائل", "الجهات", "المنصات", "المؤسسات", "الحملة", "الذراع",
    )
)  # fmt: skip
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# Buildings and places named after an outlet or a group: its name there cites no one.
_NAMED_PLACES = frozenset(
    match_key(word)
    for word in (
        "مشفى", "المشفى", "مستشفى", "المستشفى", "مستوصف", "مدرسة", "المدرسة", "جامع",
        "مسجد", "شارع", "ساحة", "مخيم", "سوق", "فرن", "مبنى",
        # an outlet's building, a place or target (اشتباكات في محيط الإذاعة السودانية)
        "محيط", "أمام", "مقر", "مقار", "قرب",  # (not مكتب: مدير مكتب الجزيرة speaks)
    )
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[.,،؛:!?؟\n]")
_CLAUSE_BREAK_OR_END = re.compile(r"[.؛!?؟\n]")  # (a comma may set off the speaker's role)

# A state's ministry cited (عزت وزارة الخارجية الفرنسية, وزارة الدفاع التركية): the
# ministry by the name ACLED's source column gives it, its country by the adjective.
MINISTRY_CONFIDENCE = 0.6
_MINISTRY_OFFICES = {
    "الخارجيه": "Foreign Affairs", "الدفاع": "Defence", "الداخليه": "Interior",
    "الاعلام": "Information", "الصحه": "Health", "العدل": "Justice",
}  # fmt: skip
# Offices news names without the word ministry, where it cites them (وقالت الداخلية
# السورية, ما أعلنته الداخلية): not the others, whose words are common (الدفاع, الصحة).
# Foreign Affairs alone goes with its state (الخارجية الروسية): a bare الخارجية is the
# ministry of the dateline's state as often as Syria's (دبي (CNN)-- قالت الخارجية).
_OFFICES_NAMED_ALONE = frozenset({"الداخليه", "الخارجيه"})
_DEFINITE_NOUN_BEFORE = re.compile(r"(?<!\w)[وفبل]?ال\w+ $")
# The offices a state names otherwise than "Ministry of X" (the United States' departments).
_OWN_NAMES = {
    ("United States", "Foreign Affairs"): "US Department of State",
    ("United States", "Defence"): "US Department of Defense",
}
_MINISTRY = re.compile(
    r"(?P<word>(?P<name>(?P<ministry>وزاره )?(?P<office>"
    + "|".join(_MINISTRY_OFFICES)
    + r")(?: (?:والمغتربين|الوطني))?(?: ال(?P<state>\w{2,}ي)ه"
    # the government's, named by its seat or its head (في حكومة النظام, التابعة للنظام)
    + r"|(?P<regime> (?:في |ب|التابعه ل)?حكومه (?:النظام|دمشق|الاسد)| التابعه للنظام))?))(?!\w)"
)


# The armed groups whose statements are cited as sources: rebel groups and political
# militias of the actor lexicon, named (ACLED writes its generic actors with a bracket:
# Opposition Rebels (Syria), Militia (Pro-Government)).
_STATING_GROUPS = frozenset({2, 3})
_ABBREVIATION = re.compile(r"^[\w'-]+: ")  # "JaS: Levant Front"
GROUP_SCALE = "Other"
# Before a group's name, a verb of accusing whose object it is (اتهمت فصائل الجيش
# الوطني): no speaker, as after the ل of belonging (see ``_belonging_to``).
_ACCUSED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اتهم|اتهمت|تتهم|يتهم)[\s" + QUOTE_CLASS + r"]*$")


# A group that deploys, carries or spots its men and arms (ونشرت «قسد» حواجز, ونقل الجيش
# الحر الجرحى, ورصد الجيش الحر رتلا): نشر, نقل and رصد there report nothing.
_DEPLOYING_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:نشر|نشرت|نقل|نقلت|رصد|رصدت)[\s" + QUOTE_CLASS + r"]*$"
)
_TROOPS_AFTER = re.compile(
    r"[\s" + QUOTE_CLASS + r"]*[وبل]?(?:عناصر\w*|قوات\w*|حواجز|حاجزا|تعزيزات|مقاتلي\w*|رتل\w*"
    r"|ارتال|دوريات|دورية|الجرحى|جرحى|جثث|جثامين|المصابين|آليات|اليات|مدافع|قناصة|قناصين"
    r"|مسلحي\w*|نقاط|نقطة|تحركات|تحشدات|طائرة|مسيرة)(?!\w)"
)


def _deploying(text: str, hit: LexiconHit) -> bool:
    return bool(
        _DEPLOYING_BEFORE.search(text, max(hit.start - 12, 0), hit.start)
        and _TROOPS_AFTER.match(text, hit.end)
    )


def _named_groups(actors: Lexicon) -> list[LexiconRecord]:
    """The actor lexicon's records of named armed groups (not generic names)."""
    return [
        record
        for record in actors.records
        if record.value.get("inter") in _STATING_GROUPS
        and "(" not in record.target
        and record.confidence >= 0.8
        and not record.blocked
    ]


_LAM_BEFORE = re.compile(r"(?<!\w)[وف]?لـ?[\s" + QUOTE_CLASS + r"]*$")
# What speaks for the group named after its ل: its media centre, its statement, its
# accounts (المركز الإعلامي لـ«قسد», بيان للأسايش, معرفات تابعة لتنظيم الدولة).
_VOICE_OF_GROUP = re.compile(
    r"(?:مركز\s+ال[إا]علامي|بيانا?|تصريحا?|معرفات(?:\s+تابعة)?"
    # (its command, when it speaks: وأكدت القيادة العامة لـ«قسد»; not مقر القيادة العامة)
    r"|(?<!\w)[وف]?(?:قالت?|[أا]علنت?|[أا]كدت?|ذكرت?|[أا]فادت?|بحسب|وفق|حسب|[أا]صدرت?)"
    r"\s+(?:ال)?قياد[ةه](?:\s+العامة)?)\s+لـ?[\s" + QUOTE_CLASS + r"]*$"
)
_MARKS = re.compile("[\u064b-\u0652\u0640]")  # tashkeel and tatweel


def groups_as_sources(actors: Lexicon, sources: Iterable[LexiconRecord]) -> list[LexiconRecord]:
    """The actor lexicon's named armed groups as cue-only source records (found after a
    reporting word only: elsewhere the name is the actor), for the groups the source
    lexicon does not list under any of their names."""
    listed = {record.key for record in sources}
    by_target: dict[str, list[LexiconRecord]] = {}
    for record in _named_groups(actors):
        by_target.setdefault(record.target, []).append(record)
    found: list[LexiconRecord] = []
    for target, records in by_target.items():
        if any(record.key in listed for record in records):
            continue  # (the source lexicon names it: جيش الإسلام, هيئة تحرير الشام)
        name = _ABBREVIATION.sub("", target)
        value = {
            "name": name,
            "source_scale": GROUP_SCALE,
            "country": records[0].value.get("country"),
        }
        found += [
            LexiconRecord(KIND, r.surface, r.key, name, value, r.confidence, r.origin, cue=True)
            for r in records
        ]
    return found


class SourceSuggester:
    """Suggests the outlets an article cites (kind ``source``).

    ``entries``: the project's lexicon rows, laid over ``lexicon`` (by default the
    built-in one) and the armed groups of ``actors`` (by default the built-in actor
    lexicon; see ``groups_as_sources``). ``unknown_outlets``: also suggest outlets the
    lexicon does not know.
    """

    kind = KIND

    def __init__(
        self,
        entries: Iterable[object] = (),
        *,
        lexicon: Lexicon | None = None,
        actors: Lexicon | None = None,
        unknown_outlets: bool = True,
    ) -> None:
        base = lexicon if lexicon is not None else builtin_lexicon(KIND)
        actors = actors if actors is not None else builtin_lexicon("actor")
        groups = groups_as_sources(actors, base.records)
        records = merge_records(KIND, (*base.records, *groups), entries)
        # The source lexicon's own armed groups and forces (قسد, داعش, الحرس الثوري):
        # after the ل of belonging each is a party, not a speaker.
        group_keys = {
            record.key
            for record in actors.records
            if record.value.get("inter") in ARMED_FORCES and not record.blocked
        }
        self._groups = frozenset(record.target for record in groups)
        self._listed_groups = frozenset(
            record.target for record in base.records if record.key in group_keys
        )
        names, self._doubts = split_doubts(records)
        self._matcher = LexiconMatcher(
            names,
            descriptors=(*OUTLET_WORDS, *TWO_WORD_OUTLET_WORDS),
            cues=CUE_WORDS,
            members=MEMBER_WORDS,
            speech=SPEECH_WORDS,
            lam_cues=LAM_CUE_WORDS,
            datelines=True,
            stated_after=STATED_AFTER,
        )
        self._unknown_outlets = unknown_outlets
        # (the lexicon's own ministries are found by its rules: some only after a cue)
        self._listed = frozenset(str(r.value.get("name")) for r in names)
        self._base_version = base.version
        self._records = records
        self._bare_names = _bare_outlet_names(names)

    @cached_property
    def version(self) -> str:
        """Changes whenever the lexicon or the project's entries change."""
        return f"sources-{self._base_version}-{fingerprint(self._base_version, self._records)}"

    def __len__(self) -> int:
        return len(self._matcher)

    def __call__(self, context: SuggestContext) -> list[Suggestion]:
        return self.suggest(context)

    def suggest(self, context: SuggestContext) -> list[Suggestion]:
        hits = [
            hit
            for hit in self._matcher.find(context)
            # مشفى الأورينت: a hospital named after the outlet cites no one.
            if not _after_a_word_of(context.text, hit.start, _NAMED_PLACES, quotes=QUOTE_MARKS)
            and not _a_statement(context.text, hit)
            and not _a_persons_given_name(context.text, hit)
            and not self._a_party(context, hit)
            and not _another_force_s_internal_security(context, hit)
            and not self._a_group_joined(context, hit)
            and not _unable_to_verify(context, hit)
        ]
        found = _kind_words_of_others(
            suggestions_of(context, KIND, _by_home(context.text, hits), ("name", "source_scale"))
        )
        people = [
            (context.text[hit.start : hit.end], hit.records[0].value, hit.records[0].confidence)
            for hit in hits
            if hit.records and hit.records[0].value.get("person")
        ]
        if self._unknown_outlets:
            unknown, journalists = self._unknown(context, hits)
            found.extend(unknown)
            people += journalists
        found.extend(_ministries(context, found, self._listed))
        if "قياده" in context.normalized.text:
            found.extend(_governorate_commands(context, found))
        quoted = _people_quoted(context, found)
        found.extend(suggestion for suggestion, _written in quoted)
        people += [(written, s.value, s.confidence) for s, written in quoted]
        if people:
            found.extend(_later_mentions(context, people, found))
        found.extend(_described_before_brackets(context, found))
        found.extend(_named_again(context, found))
        found.extend(_dateline_outlet(context, found, self._bare_names))
        found.extend(_own_outlet(context, found))
        found = _without_bodies_of_named_spokesmen(context.text, found)
        found.sort(key=lambda s: (s.start, -s.confidence))
        return found

    def _a_group_joined(self, context: SuggestContext, hit: LexiconHit) -> bool:
        """Whether an armed group's name follows و: the other side of a fight a source
        tells of (بين قوات النظام بحسب المرصد وهيئة تحرير الشام), not a second speaker."""
        target = hit.records[0].target
        return (target in self._groups or target in self._listed_groups) and context.text[
            max(hit.start - 2, 0) : hit.start
        ] == " و"

    def _a_party(self, context: SuggestContext, hit: LexiconHit) -> bool:
        """Whether an armed group's name stands for the group as a party, not a speaker.

        A group the source lexicon lists (قسد, داعش) is a speaker after اتهمت (اتهمت
        «قسد» ... مقاتلين), so for it only the ل of belonging counts (دورية لـ«قسد»). A
        call with a group (اتصالا هاتفيا مع «قسد») is a party's, not an outlet's interview.
        """
        target = hit.records[0].target
        if target not in self._groups and target not in self._listed_groups:
            return False
        normalized = context.normalized
        if interviewed_before(normalized.text, normalized.normalized_index(hit.start)):
            return True
        if _deploying(context.text, hit):
            return True
        if _claiming_through_its_agency(normalized.text, normalized.normalized_index(hit.end - 1)):
            return True
        if target in self._groups:
            return _not_speaking(context.text, hit)
        return _belonging_to(context.text, hit)

    def _unknown(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> tuple[list[Suggestion], list[_Person]]:
        """The outlets the lexicon lacks, and the journalists among them."""
        normalized = context.normalized
        found: list[Suggestion] = []
        journalists: list[_Person] = []
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        text = normalized.text
        matches = list(_words_found(_UNKNOWN, text)) if '"' in text else []
        matches += _words_found(_UNQUOTED, text)
        matches += (m for m in _words_found(_LATIN_NAMED, text) if _latin_name(context, m))
        matches += _words_found(_HEALTH_DIRECTORATE, text)
        matches += _words_found(_COORDINATION_COMMITTEE, text)
        matches += (
            m
            for m in _words_found(_JOURNALIST, text)
            if _a_name(m)
            and not _after_a_word_of(text, m.start(), _NOUNS_BEFORE_TITLES)
            and not _a_victim(text, m.start())
        )
        for match in matches:
            if not any(char.isalpha() for char in match["name"]):
                continue
            if _unable_before(text, match.start()):
                continue  # (ولم يتسن لوكالة فرانس برس التأكد)
            if match["name"].strip(' "') in _PLATFORMS:  # (منصة "إكس": where, not who)
                continue
            start, end = normalized.span(match.start("word"), match.end())
            if taken.overlaps(start, end):
                continue
            taken.add(start, end)
            first, last = normalized.span(match.start("name"), match.end("name"))
            if match.re is _UNQUOTED and match["word"] == _CENTRE:
                first = start  # (a media centre's name holds its noun: مركز حمص الإعلامي)
            written = " ".join(context.text[first:last].split())
            name = romanize_name(written) if match.re is _JOURNALIST else None
            name = name or written
            doubt = self._doubts.get((match_key(context.text[start:end]), name), 1.0)
            scale = JOURNALIST_SCALE if match.re is _JOURNALIST else UNKNOWN_SCALE
            value = {"name": name, "source_scale": scale}
            confidence = UNKNOWN_CONFIDENCE * doubt
            found.append(context.suggestion(KIND, start, end, value, confidence))
            if match.re is _JOURNALIST:
                journalists.append((written, value, confidence))
        return found, journalists


# Verbs of an analyst's view, which quote a named person as surely (ويرى الباحث محمد حامد
# في تصريحات لـ«صدى البلد» أن): only before a name of known spelling.
_OPINING = ("يرى", "ترى", "راى", "رات", "اعتبر", "اعتبرت", "يعتبر", "تعتبر")
_OPINING_KEYS = frozenset(match_key(word) for word in _OPINING)
# ... given to an outlet: في تصريحات لـ«X», في حديث مع X, لـ«X» (normalised: ل")
_TOLD_AFTER = re.compile(
    r'[\s،,]*(?:في (?:تصريح|تصريحات|حديث|مقابله|اتصال)\w*(?: \w+)? (?:ل|مع)|ل")'
)


# People quoted by name (وقال جاسم المحمد، أحد وجهاء البلدة، لـ«النهار» إن; قال مدير
# المشفى، الطبيب زياد حجازي، للإخبارية): after a word of speech, within its clause, a
# name of two to four words that ends at a mark or before what a speaker's name is
# followed by (إن, لـ + an outlet, في بيان, في كلمة). Only a name whose every word has a known
# English spelling (annotator.text.romanize) is suggested: ACLED's source column writes
# it in English, and a word unknown is more often not a name at all.
_SPEECH_KEYS = frozenset(
    match_key(word)
    for word in (
        *SPEECH_WORDS,
        "حسبما",
        "اكده",
        "افاده",
        "اعلنه",
        "روى",
        "روت",
        "نقل",
        "نقلت",
        "يروي",
        *_OPINING,
    )
)
_SPOKE = re.compile(  # (not فحسب, "only")
    r"(?<!\w)(?!فحسب(?!\w))[وف]?(?:" + "|".join(sorted(_SPEECH_KEYS)) + r")(?!\w)"
)
_QUOTED_REACH = 90  # characters after the word of speech: a title and a role may come between
_NAME_WORDS = (4, 3, 2)
_AFTER_A_NAME = re.compile(r'\s*(?:[،,:("]|ل"|(?:ان|انه|بان|في|قوله|قولها|لوكاله|لـ|ل\w+)(?!\w))')
# After a word of attributing (بحسب ما أعلنه المتحدث X.), the name may end the sentence.
_ATTRIBUTING = frozenset(
    match_key(word) for word in ("بحسب", "حسب", "حسبما", "وفق", "وفقا", "أعلنه", "أفاده", "أكده")
)
_SENTENCE_END = re.compile(r"\s*\.")
# ... and then only as one named by a role (المتحدث باسم الحملة X., والي هاتاي X.), with
# no clause and no other man between (not مقتل القيادي X., حسب الخطة التي وضعها العميد X.).
_SPEAKER_ROLE = re.compile(
    r"(?<!\w)(?:ال)?(?:متحدث|ناطق|مدير|رئيس|قائد|والي|محافظ|وزير|مسؤول|عضو|طبيب|مسعف|ناشط"
    r"|مراسل|منسق|نائب|امين|قائممقام|قائمقام|عقيد|رائد|نقيب|عميد|مقدم|لواء|دكتور|شيخ|محامي"
    r"|مختار)ه?(?!\w)"
)
_COMMA = re.compile("[،,]")
_NO_SPEAKER_BETWEEN = re.compile(
    r"(?<!\w)(?:مقتل|اغتيال|اعتقال|اصابه|استهداف|منزل|سياره|التي|الذي|الخطه)(?!\w)"
)
# Kin before a name (والد الطفل X, شقيق القتيل X): the name is who they are kin of.
_KIN_OF_THE_NAMED = re.compile(
    r"(?<!\w)(?<!احد )(?<!احدي )[وبل]?(?:والد|والده|شقيق|شقيقه|زوج|زوجه|ابن|ابنه)"
    r" ال\w+[^،,]*$"  # (kin of someone named with ال; not شقيقه X: his brother, X)
)
_KUNYA_START = re.compile(r"(?:ابو|ام) ")  # (زوجة المعتقل أم محمد: the wife, by her kunya)
PERSON_CONFIDENCE = 0.45
_PASSING_ON = frozenset({"نقل", "نقلت"})
# (the saying may come after a clause on the speaker: عن السفير X، الذي نجا من الهجوم، قوله)
_SAYING_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?"  # (his age: ويدعى أبو خالد (52 عاما)، قوله)
    r"(?:\s*[،,]\s*(?:الذي|التي|وهو|وهي)(?!\w)"
    r"(?:(?!قتل|اغتيل|استشهد|توفي|اعتقل|اختطف|خطف)[^،,.\n]){1,60}[،,])?"
    r"\s*[،,]?\s*(?:قوله|قولها)(?!\w)"
)
_THAT_BEFORE = re.compile(r"(?<!\w)(?:ان|بان|انه|بانه)(?!\w)")  # (normalised: أن, إن)
_ABD_WORD = "عبد"


_ASAYISH = "Asayish"


def _another_force_s_internal_security(context: SuggestContext, hit: LexiconHit) -> bool:
    """قوى الأمن الداخلي read as the Asayish where the article is not about the Kurdish
    northeast (Syria's police speaking), or about another state: not the Asayish."""
    name = context.text[hit.start : hit.end]
    if hit.records[0].value.get("name") != _ASAYISH or not match_key(name).endswith(
        INTERNAL_SECURITY
    ):
        return False
    return internal_security_force(context, hit.start, hit.end) is not Force.ASAYISH


def _by_home(text: str, hits: list[LexiconHit]) -> list[LexiconHit]:
    """Outlets that share a short name (الشرق: Asharq News of Dubai, Al-Sharq of Doha):
    the one whose home city heads the article's dateline (الدوحة - الشرق - وكالات), else
    the surer one."""
    if not any(len(hit.records) > 1 for hit in hits):
        return hits
    dateline = next((hit for hit in hits if in_a_dateline(text, hit.start, hit.end)), None)
    place = ""
    if dateline is not None:
        place = match_key(text[text.rfind("\n", 0, dateline.start) + 1 : dateline.start])
    chosen = []
    for hit in hits:
        if len(hit.records) < 2 or not all("home" in r.value for r in hit.records):
            chosen.append(hit)
            continue
        # (the dateline's city tells only its own outlet, and the same name again: not
        # Al Jazeera named in a Riyadh daily's report)
        same = dateline is not None and hit.records == dateline.records
        home = [r for r in hit.records if same and any(c in place for c in r.value["home"])]
        chosen.append(replace(hit, records=tuple(home[:1] or hit.records[:1])))
    return chosen


# A group claiming an attack through its own agency (وتبنى تنظيم «داعش» الهجوم في بيان نشرته
# وكالة «أعماق» التابعة له): the agency is the source. Not a group an independent agency
# reports (وفق ما نشرته وكالة الأناضول), nor one speaking beyond its clause.
_THROUGH_ITS_AGENCY = re.compile(
    r"[\s«»\"،,]{0,4}[^.،,\n]{0,60}?(?<!\w)(?:نشرته|نشرتها|بثته|بثتها|اصدرته|عبر)"
    r" (?:ال)?وكاله\W{0,3}"
    r"(?:اعماق|اباء|\S+\W{0,3} التابعه (?:له|لها))(?!\w)"
)


def _claiming_through_its_agency(text: str, last: int) -> bool:
    """Whether the group whose name ends at ``last`` (normalised) speaks through its
    agency in the words after it (``_THROUGH_ITS_AGENCY``)."""
    return _THROUGH_ITS_AGENCY.match(text, last + 1) is not None


def _not_speaking(text: str, hit: LexiconHit) -> bool:
    """Whether an armed group's name follows the ل of belonging or a verb accusing it."""
    return (
        _belonging_to(text, hit)
        or _ACCUSED_BEFORE.search(text, max(hit.start - 16, 0), hit.start) is not None
    )


def _belonging_to(text: str, hit: LexiconHit) -> bool:
    """Whether a group's name follows the ل of belonging (نقاط تابعة لـ«قسد»), not after
    what speaks for it (see ``_VOICE_OF_GROUP``)."""
    before = _MARKS.sub("", text[max(hit.start - 30, 0) : hit.start])
    if text.startswith("لل", hit.start):
        before += "ل"  # (the name's span took the ل it merged with: للأسايش)
    return _LAM_BEFORE.search(before) is not None and _VOICE_OF_GROUP.search(before) is None


def _people_quoted(
    context: SuggestContext, found: list[Suggestion]
) -> list[tuple[Suggestion, str]]:
    """People quoted by a known name, with the name as written (for later mentions)."""
    normalized = context.normalized
    text = normalized.text
    taken = TakenSpans((s.start, s.end) for s in found)
    quoted: list[tuple[Suggestion, str]] = []
    kunyas: dict[tuple[str, ...], dict[str, Any]] = {}
    for speech in _SPOKE.finditer(text):
        reach = _CLAUSE_BREAK_OR_END.search(text, speech.end(), speech.end() + _QUOTED_REACH)
        end = reach.start() if reach is not None else speech.end() + _QUOTED_REACH
        words = list(_WORD.finditer(text, speech.end(), end + 1))
        said = _speech_key(speech[0])
        person = _first_name_known(text, words, said in _ATTRIBUTING)
        if person is None:
            continue
        if _THAT_BEFORE.search(text, speech.end(), person[0]) or _told_of(
            text, speech.end(), person[0]
        ):
            continue  # (افادت مصادر ان سالم الاحمد، وهو قيادي، قتل; اعلنت مقتل X: told of)
        if context.text[normalized.span(*person)[0] :].startswith("على"):
            continue  # (القبض على جعفر الموسوي: the preposition, not the given name Ali)
        if _KIN_OF_THE_NAMED.search(text, speech.end(), person[0]) and not (
            _KUNYA_START.match(text, person[0])
        ):
            continue  # (نقلت القناة عن والد الطفل X قوله: the father speaks, unnamed)
        if said in _PASSING_ON and not _SAYING_AFTER.match(text, person[1]):
            continue  # (نقلت الشبكة عن المسعف X قوله; not what was moved: نقل الطلاب)
        if said in _OPINING_KEYS and not _TOLD_AFTER.match(text, person[1]):
            continue  # (ويرى الباحث X أن: a view, where not given to an outlet)
        first, last = normalized.span(*person)
        if taken.overlaps(first, last):
            continue
        written = " ".join(context.text[first:last].split())
        name_words = tuple(match_key(written).split())
        # (أبو كنان after أبو كنان الدراني: the kunya alone is the man named in full,
        # not one described anew: وقال أبو محمد، أحد سكان إدلب)
        known = None if _DESCRIBED_AFTER.match(text, person[1]) else kunyas.get(name_words)
        value = known or {
            "name": romanize_name(written),
            "source_scale": UNKNOWN_SCALE,
        }
        if name_words[0] in _KUNYA and len(name_words) >= 3:
            kunyas.setdefault(name_words[:2], value)
        taken.add(first, last)
        quoted.append((context.suggestion(KIND, first, last, value, PERSON_CONFIDENCE), written))
    return quoted


def _speech_key(word: str) -> str:
    """A word of speech without the و or ف before it (وفق keeps its own و)."""
    return word[1:] if word[:1] in "وف" and match_key(word) not in _SPEECH_KEYS else word


def _a_speaker_s_role(text: str, start: int, end: int) -> bool:
    """Whether a role stands between an attributing word and a name, before any clause
    (الناطق باسم غرفة العمليات، الرائد X; not بحسب مصادر، قتل القيادي X)."""
    role = _SPEAKER_ROLE.search(text, start, end)
    comma = _COMMA.search(text, start, end)
    return (
        role is not None
        and (comma is None or role.start() < comma.start())
        and not _NO_SPEAKER_BETWEEN.search(text, start, end)
    )


# What is named after a person (a place, a body, a shrine) or describes a manner (بكل
# صفاء ضمير), before a given name (normalised).
_NAMED_AFTER_A_PERSON = frozenset({
    "حي", "شارع", "ساحه", "دوار", "جسر", "مطار", "مستشفي", "مشفي", "مستوصف", "مدرسه",
    "جامع", "مسجد", "مرقد", "مقام", "ضريح", "الامام", "جمعيه", "منظمه", "مؤسسه", "مركز",
    "مكتب", "مشروع", "حمله", "تجمع", "فوج", "كتيبه", "لواء", "قريه", "بلده", "تل", "بكل",
    "حكومه", "كتله", "تيار", "انصار", "عهد", "نظام", "جائزه", "قصيده", "مخيم", "سجن",
})  # fmt: skip
# ... and what makes the man named after a word of stating no speaker: told of, met or
# visited (اعلنت الوزارة مقتل العقيد X، ; خلال لقائه وزير الخارجية X، ; مقربة من X،).
_TOLD_OF = re.compile(
    r"(?<!\w)[وبل]?(?:مقتل|اغتيال|لاغتيال|اعتقال|انتشال|جثه|جثمان|رفات|استعاده|لقائه|لقائها"
    r"|زيارته|زيارتها|ذكري|مقربه|مقربون|مقرب|المدعو|المدعوه|عنصره|عنصرها|نعي|نعت|تشييع"
    r"|محاكمه|اعدام|تصفيه|محاضره|بقصيده|اصابه|اختطاف|خطف|تسليم|الافراج|سراح|وفاه"
    r"|مصرع|استشهاد|تعيين|انشقاق|صوره|صورا|منزل|سقوط|القبض)(?!\w)"
)
_TOLD_OF_REACH = 5  # words before the name (مقتل العقيد X; لقائه رئيس مجلس النواب X)


def _told_of(text: str, start: int, end: int) -> bool:
    """Whether a word telling of someone stands right before a name (اعلنت مقتل العقيد X،,
    خلال لقائه الوزير X،): the man is told of, not speaking. Only in the name's own part of
    the clause: a role set off by commas (رئيس لجنة التحقيق في مقتل الشاب، القاضي X)
    speaks."""
    part = text[start:end]
    part = part[max(part.rfind("،"), part.rfind(","), -1) + 1 :]
    return _TOLD_OF.search(" ".join(part.split()[-_TOLD_OF_REACH:])) is not None


def _named_after_a_person(word: str) -> bool:
    """A place or body noun, with or without its proclitic (بمستشفى, لجمعية, بحي)."""
    return word in _NAMED_AFTER_A_PERSON or (
        word[:1] in "وبلف" and word[1:] in _NAMED_AFTER_A_PERSON
    )


def _first_name_known(
    text: str, words: list[re.Match[str]], may_end_a_sentence: bool
) -> tuple[int, int] | None:
    """The first run of words that is a whole name of known spelling, followed by a mark
    or by what follows a speaker's name (normalised positions); where ``may_end_a_sentence``
    (after a word of attributing), also one that ends the sentence after a role (بحسب ما
    أعلنه المتحدث باسم الحملة X.; not بحسب مصادر محلية، قتل القيادي X.)."""
    index = 0
    while index < len(words):
        word = words[index]
        if not may_begin_a_name(word[0]):
            index += 1
            continue
        if index and _named_after_a_person(words[index - 1][0]):
            index += 1  # (جمعية حنان الخيرية أحمد العلي, مستشفى رفيق الحريري: not the speaker)
            continue
        for size in _NAME_WORDS:
            if index + size > len(words):
                continue
            last = words[index + size - 1]
            if (
                not _AFTER_A_NAME.match(text, last.end())
                and not (
                    may_end_a_sentence
                    and _SENTENCE_END.match(text, last.end())
                    and _a_speaker_s_role(text, words[0].start(), word.start())
                )
                and last.end() < len(text)
            ):
                continue
            if size == 2 and word[0] == _ABD_WORD:
                continue  # عبد السلام: a given name alone, said again after the full name
            if romanize_name(text[word.start() : last.end()]) is not None:
                return word.start(), last.end()
        # A given name that starts no known name is no speaker's name; the speaker may
        # still come after the next comma (ناحية عين عيسى، محمد العلي، لوكالتنا).
        index = next(
            (i for i in range(index + 1, len(words)) if "،" in text[word.end() : words[i].start()]),
            len(words),
        )
    return None


# Outlets named by a word of stating: ذكر البيان is what a statement said; the daily is
# written in quotation marks (لـ«البيان») or after an outlet word (صحيفة البيان).
_STATEMENT_NAMES = frozenset({"البيان", "الاتحاد"})  # (and a union: الاتحاد الأوروبي)


# After an outlet's name that is also a given name (فارس, صفا, شهاب), what makes it a
# person's: a family name with the article (قال فارس الحمدان) or a description (وقالت
# صفا، وهي نازحة, شهاب، أحد سكان الحي).
_WORD_AFTER_NAME = re.compile(r"\s+(\w+)")
# (an age, not the date of a dateline: KurdWatch، 22 كانون الثاني 2013 –)
_A_PERSON_DESCRIBED = re.compile(
    r"\s*[،,]\s*(?:(?:وهو|وهي|أحد|احد|إحدى|احدى)(?!\w)|\d+\s*(?:عام|سن))|\s*\(\s*\d"
)
# What follows an outlet's name and is not a family name (فارس الايرانيه, صفا الاخباريه).
_OUTLET_WORDS_AFTER = frozenset({
    "الاخباريه", "الاخباري", "للانباء", "نيوز", "الرسميه", "الرسمي", "الحكوميه", "المحليه",
    "المعارضه", "المواليه", "المقربه", "التابعه", "الايرانيه", "الفلسطينيه", "الكرديه",
})  # fmt: skip


# An outlet that could not verify what others said (ولم يتسن لـ KurdWatch التحقق من
# هذه الارقام, لم يتسن لرويترز التاكد) reports nothing by it (normalised).
_UNABLE_BEFORE = re.compile(r"(?<!\w)يتسن(?:ي)?\s+(?:ل\s*\"?\s*)?$")


def _unable_to_verify(context: SuggestContext, hit: LexiconHit) -> bool:
    normalized = context.normalized
    start = normalized.normalized_index(hit.start)
    if normalized.text.startswith("لل", start):
        start += 1  # (للمرصد: the ل of the phrase begins the hit)
    return _unable_before(normalized.text, start)


def _unable_before(text: str, start: int) -> bool:
    """Whether "could not verify" stands right before ``start`` of normalised text."""
    before = text[max(start - 20, 0) : start]
    if before.endswith("ل") and not before.endswith(" ل"):
        before = before[:-1] + " ل"  # (لرويترز: the ل joined to the name)
    return _UNABLE_BEFORE.search(before) is not None


def _a_persons_given_name(text: str, hit: LexiconHit) -> bool:
    """Whether an outlet's name of one word, unquoted, is the given name of a person
    described or named right after it (وقالت صفا، وهي نازحة; شهاب، 40 عاما; قال فارس
    الحمدان, فارس محمود): not the outlet with its adjective (فارس الايرانيه)."""
    name = text[hit.start : hit.end]
    if text[hit.start - 1 : hit.start] in QUOTE_MARKS or " " in name.strip():
        return False
    if _A_PERSON_DESCRIBED.match(text, hit.end):
        return True
    key = match_key(name)
    after = _WORD_AFTER_NAME.match(text, hit.end)
    if not may_begin_a_name(key) or after is None:
        return False
    word = match_key(after[1])
    if word in _OUTLET_WORDS_AFTER or state_of_adjective(word) is not None:
        return False
    return word.startswith("ال") or romanize_name(f"{key} {word}") is not None


def _a_statement(text: str, hit: LexiconHit) -> bool:
    if match_key(text[hit.start : hit.end]) not in _STATEMENT_NAMES:
        return False
    before = text[max(0, hit.start - 1) : hit.start]
    return not (before and before in QUOTE_MARKS) and not in_a_dateline(text, hit.start, hit.end)


def _ministry_name(state: str, office: str) -> str:
    # Syria's own ministries go by the adjective (Syrian Ministry of Interior), as four of
    # the six news coders who met one wrote them; other states' as the lexicon's Russian
    # and Turkish ones (Ministry of Defence of Russia).
    return (
        f"Syrian Ministry of {office}" if state == "Syria" else f"Ministry of {office} of {state}"
    )


# A ministry's building or premises (مبنى وزارة الداخلية, أمام مقر وزارة الدفاع): a place.
_PLACE_OF_A_MINISTRY = _NAMED_PLACES | frozenset(
    match_key(word) for word in ("مباني", "مقر", "مقار", "مجمع", "أمام", "مدخل")
)


# Before a ministry (in normalised text), what makes it no source: a denial or a
# withheld comment, its members, or the ل of what belongs to it.
_NO_STATEMENT_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:نفت|نفي|تعلق|يعلق)|(?<!\w)[وف]?(?:عناصر|عنصرا|عنصر|مقاتلي|جنود)\s+من"
    r"|(?<!\w)(?:ال)?تابعه?\s+)\s*$|(?<!\w)(?:ال)?تابعه?\s+ل$"
)


def _ministries(
    context: SuggestContext, found: list[Suggestion], listed: AbstractSet[str]
) -> list[Suggestion]:
    """States' ministries: named with their country's adjective, then again without it
    (ادّعت وزارة الخارجية after وزارة الخارجية الفرنسية) as the last one of that office
    named before. A Syrian ministry is a National source, another state's International.
    Those the lexicon lists (``listed`` names) are left to its entries and their cues."""
    text = context.normalized.text
    if "وزاره" not in text and "الداخليه" not in text and "الخارجيه" not in text:
        return []
    taken = TakenSpans((s.start, s.end) for s in found)
    # (Interior alone is Syria's only in an article about Syria: not بغداد - أعلنت الداخلية)
    syrian = "سوري" in text
    named: dict[str, dict[str, str]] = {}  # office -> the value of the last one named
    ministries: list[Suggestion] = []
    for match in _words_found(_MINISTRY, text):
        if match["ministry"] is None and not (
            match["office"] in _OFFICES_NAMED_ALONE
            and (match["state"] is not None or (match["office"] == "الداخليه" and syrian))
            and not _DEFINITE_NOUN_BEFORE.search(text, max(match.start() - 20, 0), match.start())
            and _cited_bare(text, match)
        ):
            # (الدفاع, الصحة alone are other words; the others only when cited, and not
            # as another noun's adjective: الجبهة الداخلية, الاستخبارات الخارجية الروسية)
            continue
        if _after_a_word_of(text, match.start(), _PLACE_OF_A_MINISTRY):
            continue  # استهدف مبنى وزارة الداخلية: its building, no statement
        if _NO_STATEMENT_BEFORE.search(text, max(match.start() - 20, 0), match.start()):
            continue  # نفت وزارة الدفاع, عناصر من وزارة الدفاع, مواقع تابعة لوزارة الدفاع
        state = "Syria" if match["regime"] else STATE_OF_ADJECTIVE.get(match["state"] or "")
        if match["state"] is not None and state is None:
            continue  # an adjective of no state: وزارة الدفاع الوطنية
        office = _MINISTRY_OFFICES[match["office"]]
        if state is not None:
            scale = "National" if state == "Syria" else "International"
            name = _OWN_NAMES.get((state, office)) or _ministry_name(state, office)
            value = {"name": name, "source_scale": scale}
            named[office] = value
            if value["name"] in listed:
                continue
        elif office in named:
            value = dict(named[office])
        elif _cited_bare(text, match):
            # (a ministry cited by its office alone, no state named before: Syria's own,
            # as Syrian news writes وقالت وزارة الداخلية)
            value = {"name": _ministry_name("Syria", office), "source_scale": "National"}
            named[office] = value
        else:
            continue
        first, last = context.normalized.span(match.start("word"), match.end())
        if not taken.overlaps(first, last):
            taken.add(first, last)
            ministries.append(
                context.suggestion(KIND, first, last, dict(value), MINISTRY_CONFIDENCE)
            )
    return ministries


# A governorate's police or internal security command cited by name (بحسب قيادة شرطة
# دمشق, أعلنت قيادة الأمن الداخلي في محافظة درعا): named as ACLED's notes name it.
_GOVERNORATES = {
    match_key(arabic): english
    for arabic, english in (
        ("دمشق", "Damascus"), ("ريف دمشق", "Rural Damascus"), ("درعا", "Dar'a"),
        ("حمص", "Homs"), ("حماة", "Hama"), ("حلب", "Aleppo"), ("إدلب", "Idleb"),
        ("اللاذقية", "Lattakia"), ("طرطوس", "Tartous"), ("السويداء", "As-Sweida"),
        ("القنيطرة", "Quneitra"), ("دير الزور", "Deir-ez-Zor"), ("الرقة", "Ar-Raqqa"),
        ("الحسكة", "Al-Hasakeh"),
    )
}  # fmt: skip
_GOVERNORATE_COMMAND = re.compile(
    r"(?<!\w)[وف]?[لب]?(?P<word>قياده (?:(?P<police>الشرطه|شرطه)|الامن الداخلي)"
    r"(?: (?:في|ب))?(?: ?(?:ب?محافظه|ب?مدينه))? (?P<place>"
    + "|".join(sorted(map(re.escape, _GOVERNORATES), key=len, reverse=True))
    + r"))(?!\w)(?! الحره)"  # (not شرطة حلب الحرة: the opposition's police)
)
# Passed on from the command (نقلت سانا عن قيادة شرطة حماة), or as it has it (وفقا لقيادة).
_FROM_A_COMMAND_BEFORE = re.compile(r"(?<!\w)(?:عن|وفقا|طبقا|تبعا)\s*$")
# ... or a source of theirs who speaks to the article's outlet (بحسب ما افاد مصدر في قيادة
# شرطة حلب, قال مصدر في قيادة شرطة ريف دمشق لـ«بلدنا»); not one another agency relays
# (نقلت سانا عن مصدر في ..., ... لوكالة سانا).
_ITS_SOURCE_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:افاد|افادت|قال|اكد|ذكر|ذكره|افاده|اوضح|اشار)(?: به)? (?:ال)?"
    r"|(?<!\w)[وف]?(?:وفقا|طبقا|بحسب|حسب) ل?)(?:مصدر|مصادر)"
    r"(?: مسؤول| امني| رسمي)? في $"
)
_ANOTHER_GOVERNMENT_S = re.compile(
    r"\s*(?:ال)?تابع\w* (?:ل|لل)(?:حكومه|الحكومه) (?:ال)?(?:انقاذ|مؤقته|السوريه المؤقته)"
)
_TO_AN_AGENCY_AFTER = re.compile(
    r"[^.\n]{0,30}?(?:(?<!\w)ل(?:ل?وكاله|صحيفه|جريده| ?\"?سانا)"
    r"|(?<!\w)(?:نقلت|نقلته|اوردته|اوردت))"
)


def _its_source_speaking(text: str, match: re.Match[str]) -> bool:
    start = match.start("word")
    return _ITS_SOURCE_BEFORE.search(text, max(start - 40, 0), start) is not None and (
        _TO_AN_AGENCY_AFTER.match(text, match.end()) is None
    )


# The internal security of the north-east is the Asayish, cited by its own name: Hasakeh's
# and Raqqa's, and Deir ez-Zor's before the regime's fall.
_ASAYISH_GOVERNORATES = frozenset({match_key("الحسكة"), match_key("الرقة")})
_ASAYISH_GOVERNORATES_BEFORE_THE_FALL = frozenset({match_key("دير الزور")})


def _the_asayish_s(place: str, published: dt.date | None) -> bool:
    if place in _ASAYISH_GOVERNORATES:
        return True
    return place in _ASAYISH_GOVERNORATES_BEFORE_THE_FALL and not after_the_fall(published)


def _governorate_commands(context: SuggestContext, found: list[Suggestion]) -> list[Suggestion]:
    """The commands of a governorate's police or internal security that an article
    cites (بحسب ما ذكرته قيادة شرطة درعا), or whose source speaks to the article (بحسب
    ما افاد مصدر في قيادة شرطة حلب); not those it tells of (مقر لقيادة الشرطة), nor one
    whose source another agency relays (نقلت سانا عن مصدر في قيادة شرطة حمص)."""
    text = context.normalized.text
    taken = TakenSpans((s.start, s.end) for s in found)
    commands = []
    for match in _GOVERNORATE_COMMAND.finditer(text):
        # (cited as a ministry is, or passed on from: نقلت سانا عن قيادة, وفقا لقيادة)
        if (
            not _cited_bare(text, match)
            and not _FROM_A_COMMAND_BEFORE.search(
                text, max(match.start() - 10, 0), match.start("word")
            )
            and not _its_source_speaking(text, match)
        ):
            continue
        if not match["police"] and _the_asayish_s(match["place"], context.published):
            continue
        if _ANOTHER_GOVERNMENT_S.match(text, match.end()):
            continue  # (قيادة شرطة إدلب التابعة لحكومة الإنقاذ: not the state's)
        first, last = context.normalized.span(match.start("word"), match.end())
        if taken.overlaps(first, last):
            continue
        taken.add(first, last)
        office = "Police" if match["police"] else "Internal Security"
        name = f"{_GOVERNORATES[match['place']]} {office} Command"
        value = {"name": name, "source_scale": "Subnational"}
        commands.append(context.suggestion(KIND, first, last, value, MINISTRY_CONFIDENCE))
    return commands


_STATED_LATER = stated_after_pattern(STATED_AFTER)
_SPEAKING_FOR = frozenset({*_SAYS, match_key("باسم")})  # ناطق باسم وزارة الداخلية


def _cited_bare(text: str, match: re.Match[str]) -> bool:
    """Whether a ministry named by its office alone is cited: after a reporting word
    (بحسب وزارة الدفاع, وفقا لوزارة الداخلية, ناطق باسم) or before a past verb of stating
    (وكانت وزارة الداخلية قد أعلنت); not a party acting (تدفع وزارة الدفاع بتعزيزات)."""
    start = match.start("word")
    if start and text[start - 1].isalpha():
        start -= 1  # (a proclitic: لوزارة)
    stated = _STATED_LATER is not None and _STATED_LATER.match(text, match.end()) is not None
    return stated or _after_a_word_of(text, start, _SPEAKING_FOR)


def _later_mentions(
    context: SuggestContext, people: list[_Person], found: list[Suggestion]
) -> list[Suggestion]:
    """The people cited, named again: by the full name alone anywhere, by the family name
    (with its article: الحسن, العبد الله) right after a reporting word, no surer than
    the first mention. One pass over the text's words, whatever the number of people."""
    index = _PeopleIndex(people)
    if not index.names:
        return []
    normalized = context.normalized
    text = normalized.text
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    taken = TakenSpans((s.start, s.end) for s in found)
    later: list[Suggestion] = []
    at = 0
    while at < len(tokens):
        size, person = index.full_name_at(text, tokens, at)
        if person is None:
            size, person = index.family_name_at(text, tokens, at)
        if person is None:
            at += 1
            continue
        start, end = normalized.span(tokens[at][0], tokens[at + size - 1][1])
        if not taken.overlaps(start, end):
            taken.add(start, end)
            value, confidence = person
            later.append(context.suggestion(KIND, start, end, value, confidence))
        at += size
    return later


_WORD = re.compile(r"\w+")
_TITLES = frozenset({"د", "الدكتور", "الطبيب"})
_Tokens = list[tuple[int, int, str]]  # (start, end, word) of a normalised text's words
_Person = tuple[str, Any, float]  # a person cited: the name, the value, the confidence
_Named = tuple[dict[str, Any], float]  # what a later mention suggests: value, confidence
_NOT_FOUND: tuple[int, _Named | None] = (0, None)


class _PeopleIndex:
    """The people cited in an article, by their names' words and their family names."""

    def __init__(self, people: list[_Person]) -> None:
        self.names: dict[tuple[str, ...], _Named] = {}
        self.family_names: dict[str, _Named] = {}
        for name, value, confidence in people:
            words = tuple(match_key(name).split())
            if len(words) < 2 or words in self.names:
                continue
            kept = (
                {"name": value["name"], "source_scale": value["source_scale"]},
                min(confidence, LATER_MENTION_CONFIDENCE),
            )
            self.names[words] = kept
            family = _family_name(words)
            if family:
                self.family_names.setdefault(family, kept)
        self.first_words = {words[0] for words in self.names}
        self.longest = max(map(len, self.names), default=0)

    def full_name_at(self, text: str, tokens: _Tokens, at: int) -> tuple[int, _Named | None]:
        """(words, what to suggest) of a full name starting at word ``at``, its words
        apart by spaces only."""
        if tokens[at][2] not in self.first_words:
            return _NOT_FOUND
        for size in range(min(self.longest, len(tokens) - at), 1, -1):
            value = self.names.get(tuple(token[2] for token in tokens[at : at + size]))
            if value is not None and all(
                text[left[1] : right[0]].isspace()
                for left, right in pairwise(tokens[at : at + size])
            ):
                return size, value
        return _NOT_FOUND

    def family_name_at(self, text: str, tokens: _Tokens, at: int) -> tuple[int, _Named | None]:
        """(words, what to suggest) of a family name at word ``at`` (الفرج; العبد الله in
        two words) right after a reporting word (قال الفرج, وأضاف د. الفرج)."""
        word = tokens[at][2]
        size, value = 1, self.family_names.get(word)
        if (
            value is None
            and word in _ABD
            and at + 1 < len(tokens)
            and text[tokens[at][1] : tokens[at + 1][0]].isspace()
        ):
            size, value = 2, self.family_names.get(word + tokens[at + 1][2])
        if value is None:
            return _NOT_FOUND
        before = at - 1  # the reporting word, over a title (د. الفرج)
        if before >= 0 and tokens[before][2] in _TITLES:
            if text[tokens[before][1] : tokens[at][0]].strip(" .\t"):
                return _NOT_FOUND
            before -= 1
        if before < 0 or not text[tokens[before][1] : tokens[before + 1][0]].isspace():
            return _NOT_FOUND
        if _A_NEW_PERSON.match(text, tokens[at + size - 1][1]):
            return _NOT_FOUND  # وقال عبد الله، وهو من سكان البلدة: another man of that name
        if (
            not word.startswith("ال")
            and word not in self.first_words  # (the full name is read after, جميل الحسن)
            and not _AFTER_A_FAMILY_NAME.match(text, tokens[at + size - 1][1])
        ):
            return _NOT_FOUND  # وقال حسن الزعبوطي: a given name, another man's
        cue = tokens[before][2]
        said = _a_saying(cue)
        return (size, value) if said else _NOT_FOUND


# ... and after a kunya (وقال أبو أحمد وهو نازح, أبو محمد، أحد سكان إدلب).
_DESCRIBED_AFTER = re.compile(r"\s*[،,]?\s*(?:وهو|وهي|احد|احدي)(?!\w)")
# What introduces someone not met before, right after his name (، وهو من سكان, ، أحد).
_A_NEW_PERSON = re.compile(r"\s*[،,]\s*(?:وهو|وهي|احد|احدي|من)(?!\w)")
# What follows a family name said alone (وأضاف بالي أن, قال بالي لـ, بالي في تغريدة,
# a mark): not a word of a longer name (وقال حسن الزعبوطي).
_AFTER_A_FAMILY_NAME = re.compile(
    r"\s*(?:$|[^\w\s]|(?:ان|انه|انها|بان|في|خلال|عبر|علي|امس|اليوم|ايضا|ل\w*)(?!\w))"
)


_KUNYA = frozenset({"ابو", "ام"})


def _family_name(words: tuple[str, ...]) -> str:
    """The family name of a name's words, written without spaces, or "" when it has none
    to use: the last word, with its article (الفرج) or not (بالي), or with عبد before it
    after a given name (العبدالله, عبدالرحمن)."""
    if len(words) >= 3 and words[-2] in _ABD:
        return words[-2] + words[-1]  # (after a given name: رامي عبد الرحمن)
    last = words[-1]
    # (one with the article, or a plain one of a person's two or more words: مصطفى بالي,
    # but not ابو محمد, whose second word is a son's given name)
    if last.startswith("ال"):
        return last if len(last) >= 5 else ""
    return last if len(last) >= 3 and words[0] not in _KUNYA else ""


# An outlet cited again by its kind alone (وأضافت الشبكة, وقال مدير المرصد): the nearest
# one of that kind named before, where a reporting word (or one of its people) precedes.
# The kind word with its article -> the name's first word, with or without one (شبكه X,
# الوكاله السوريه ...): the outlet words, an observatory (المرصد السوري), an organisation
# and a ministry (وأضافت الوزارة).
_KIND_WORDS = {
    f"ال{key}": key
    for key in map(
        match_key,
        (
            *OUTLET_WORDS,
            "مرصد",
            "منظمة",
            "وزارة",
            "تجمع",
            "مكتب",
            "رابطة",
            "لجنة",
            "لجان",  # (وأحصت اللجان: the Local Coordination Committees)
            "حملة",  # (وأضافت الحملة: حملة «الرقة تذبح بصمت»)
            "مركز",
            "قيادة",
            "مجموعة",
            "جمعية",
            "هيئة",  # (وأوضحت الهيئة: الهيئة العامة للثورة السورية, هيئة تحرير الشام)
            "خلية",  # (وأوضحت الخلية في بيانها: خلية الإعلام الأمني)
            "تنسيقية",  # (بحسب ما وثقته التنسيقية: تنسيقية تدمر)
        ),
    )
}
# (the kind word first: the scan looks for ال only; the words before are read after)
_KIND_HEADS = frozenset(_KIND_WORDS.values())
_KIND_WORD = re.compile(r"(?:" + "|".join(_KIND_WORDS) + r")(?!\w)")
# ... a centre, a command, an organisation or a campaign only alone: with an adjective or
# a name after it, it is another body (المركز الطبي, القيادة الروسية, المنظمة الدولية
# للهجرة) or a military campaign (الحملة الأمنية).
_ALONE_ONLY = frozenset(
    match_key(word)
    for word in (
        "المركز",
        "القيادة",
        "المنظمة",
        "المجموعة",
        "الجمعية",
        "الحملة",
        "الهيئة",
        "الخلية",
        "التنسيقية",
    )
)
_ANOTHER_BODY_AFTER = re.compile(r" (?!الي(?!\w))(?:ال|لل|ل)\w")  # (not إلى: أشار المركز إلى)
_TWO_WORDS_BEFORE = re.compile(r"(?:(?<!\w)(\w+) )?(?<!\w)(\w+) $")
_MEMBER_KEYS = frozenset(match_key(word) for word in MEMBER_WORDS)
NAMED_AGAIN_CONFIDENCE = 0.6


# Who speaks for a body, before its name (المتحدث باسم «قسد», مدير المرصد, مدير المركز
# الإعلامي لـ«قسد»), and what may stand between the body and the speaker's name (a comma,
# a rank: وزارة الدفاع، العقيد حسن عبد الغني).
_SPOKESMAN_OF = re.compile(
    r"(?:(?:المتحدث|المتحدثة|الناطق|الناطقة)\s+(?:الرسمي\s+)?باسم|مديرة?"
    r"(?:\s+(?:ال)?مركز\s+ال[إا]علامي\s+لـ?)?)[\s" + QUOTE_CLASS + r"]*$"
)
_BEFORE_THE_SPEAKER = re.compile(
    r"[\s،,"
    + QUOTE_CLASS
    + r"]*(?:(?:العقيد|العميد|اللواء|الرائد|النقيب|المقدم|الدكتور|الشيخ)\s+)?"
)
_SPEAKER_REACH = 30  # characters from the body's name to its speaker's


def _without_bodies_of_named_spokesmen(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Drop a body its spokesman or director speaks for, when he is named and cited right
    after it (مدير المرصد، رامي عبد الرحمن): the person is the source, as coders mark it."""
    starts = {s.start for s in found}
    dropped: set[int] = set()
    for index, body in enumerate(found):
        before = _MARKS.sub("", text[max(body.start - 40, 0) : body.start])
        if _SPOKESMAN_OF.search(before) is None:
            continue
        between = _BEFORE_THE_SPEAKER.match(text, body.end, body.end + _SPEAKER_REACH)
        if between is not None and between.end() in starts and between.end() > body.end:
            dropped.add(index)
    return [s for index, s in enumerate(found) if index not in dropped]


_CONJUNCTION_BEFORE_ARTICLE = re.compile(r"^[وف](?=ال)")  # (والمرصد; not وكالة's و)


def _kind_key(name: str) -> str:
    """A name's key as its kind word is looked for in it: without a conjunction before
    its article (والمرصد السوري as المرصد السوري)."""
    return _CONJUNCTION_BEFORE_ARTICLE.sub("", match_key(name))


def _kind_words_of_others(found: list[Suggestion]) -> list[Suggestion]:
    """Without the lexicon's outlets named by their kind word alone (المرصد: SOHR) where
    another of that kind was named before (المرصد الأورومتوسطي): the word is then that
    one's, as ``_named_again`` reads it."""
    kept: list[Suggestion] = []
    named: dict[str, set[str]] = {}  # kind word -> the names of that kind so far
    for suggestion in sorted(found, key=lambda s: s.start):
        key = _kind_key(suggestion.text)
        name = str(suggestion.value["name"])
        if key in _KIND_WORDS:
            if named.get(_KIND_WORDS[key], set()) - {name}:
                continue
        else:
            bare = key.removeprefix("ال")
            head = next((h for h in _KIND_HEADS if bare.startswith(h)), None)
            if head is not None:
                named.setdefault(head, set()).add(name)
        kept.append(suggestion)
    return kept


# A state outlet described, its name in brackets right after (وكالة الأنباء الرسمية
# (سانا), التلفزيون الرسمي (الإخبارية)): the description names it too (normalised).
_DESCRIBED_BEFORE_BRACKETS = re.compile(
    r"(?<!\w)[وفبل]?(?P<name>(?:وكاله (?:ال)?انباء|وكاله|الوكاله|التلفزيون|القناه)"
    r"(?: \w+)? (?:ال)?(?:رسميه|حكوميه|رسمي|حكومي)(?: \w+)?)\s*\(\s*\"?\s*$"
)


def _described_before_brackets(
    context: SuggestContext, found: list[Suggestion]
) -> list[Suggestion]:
    text = context.normalized.text
    taken = TakenSpans((s.start, s.end) for s in found)
    described = []
    for named in found:
        start = context.normalized.normalized_index(named.start)
        if not text[max(start - 4, 0) : start].rstrip(' "').endswith("("):
            continue
        match = _DESCRIBED_BEFORE_BRACKETS.search(text, max(start - 50, 0), start)
        if match is None:
            continue
        first, last = context.normalized.span(*match.span("name"))
        if not taken.overlaps(first, last):
            described.append(
                context.suggestion(KIND, first, last, dict(named.value), named.confidence)
            )
            taken.add(first, last)
    return described


def _named_again(context: SuggestContext, found: list[Suggestion]) -> list[Suggestion]:
    """Outlets cited again by their kind alone, after a reporting word."""
    text = context.normalized.text
    if not found or not any(word in text for word in _KIND_WORDS):
        return []
    named = sorted(found, key=lambda s: s.start)
    keys = [_kind_key(s.text).removeprefix("ال") for s in named]
    taken = TakenSpans((s.start, s.end) for s in named)
    # The names of each kind (their key starts with its head), in text order.
    of_kind: dict[str, tuple[list[Suggestion], list[int]]] = {}
    again: list[Suggestion] = []
    for match in _KIND_WORD.finditer(text):
        words = _TWO_WORDS_BEFORE.search(text, max(match.start() - 40, 0), match.start())
        if words is None or not (
            _cites(words[2], words[1])
            or _raises_a_toll(words[2], text, match.end())
            or a_statement_issued((words.start(2), words[2]), text)
        ):
            continue
        if match[0] in _ALONE_ONLY and _ANOTHER_BODY_AFTER.match(text, match.end()):
            continue
        first, last = context.normalized.span(*match.span())
        if taken.overlaps(first, last):
            continue
        head = _KIND_WORDS[match[0]]
        if head not in of_kind:
            kind = [n for n, key in zip(named, keys, strict=True) if key.startswith(head)]
            of_kind[head] = (kind, [n.start for n in kind])
        kind, starts = of_kind[head]
        index = bisect_left(starts, first) - 1
        while index >= 0 and kind[index].end > first:
            index -= 1
        if index < 0:
            continue
        antecedent = kind[index]
        confidence = min(antecedent.confidence, NAMED_AGAIN_CONFIDENCE)
        again.append(context.suggestion(KIND, first, last, dict(antecedent.value), confidence))
    return again


# The outlet writing of itself: "our reporter", "our agency" (وأضاف مراسلنا, لوكالتنا),
# "according to the reporter" (بحسب المراسل) and "told the channel" (في تصريح للقناة).
_OWN_OUTLET = re.compile(  # (normalised text)
    r"(?<!\w)(?:[وف]?ل?)(?P<word>(?:مراسل|مراسلت|مراسلي|وكالت|شبكت|صحيفت|قنات|موقع)نا"
    r"|(?<=بحسب )المراسل|(?<=وفق )المراسل|للقناه|للصحيفه)(?!\w)"  # (told the channel)
)
# "The reporter" as the one who speaks (وأوضح المراسل أن): the reporter last cited by
# outlet (بحسب ما أفاد مراسل «عين الفرات»), if any.
# (the envoy only where what he said follows: not a state's delegate, المندوب السوري,
# المندوب الدائم, المندوبة البريطانية, or one named after the word)
_THE_REPORTER = re.compile(
    r"(?<= )(?P<word>المراسل|(?:المندوب|المندوبه)(?= (?:بان|ان|انه|انها|الي|في)(?!\w)))(?!\w)"
)
_VERB_BEFORE = re.compile(r"(?<!\w)(\w+) $")
_OWN_OUTLET_CONFIDENCE = 0.5
# (Lebanese agencies' envoy, مندوبة «الوكالة الوطنية للإعلام», is their reporter)
_REPORTER = frozenset(match_key(word) for word in ("مراسل", "مراسلة", "مندوب", "مندوبة"))


# A dateline of its own line near the article's top: a place (a word or three, marks
# allowed), a mark, and the outlet, in quotes or not, with the wires it adds (دمشق -
# «الوسط» - وكالات, درعا: «الأنباء»).
_PLACE_WORD = r"(?:[^\W\d]|[\u064b-\u0652\u0640])+"
_MARK = "[" + re.escape(DATELINE_MARKS) + "]"
_DATELINE = re.compile(
    rf"[^\S\n]*(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})[^\S\n]*{_MARK}+[^\S\n]*"
    r"(?P<open>[«\"“])?(?P<name>[^«»\"“”،,.\n" + re.escape(DATELINE_MARKS) + r"]{2,30}?)"
    r"(?(open)[»\"”])"
    r"(?:[^\S\n]*[-–—،,][^\S\n]*(?:وكالات|خاص))?[^\S\n]*"
)
_DATELINE_LINES = 5  # lines of text after the headline: a subheading, a date, the dateline
_DATELINE_REACH = 2000  # characters from the article's start
_TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line that is not blank
# What an unquoted outlet's name looks like: the article, an outlet's ending (joined or
# not: آرا نيوز, باسنيوز), or an outlet's noun before its name (قناة الدنيا).
# (a name of letters: الحسكة - 2024 is a date)
_OUTLET_ENDING = r"[^\W\d]\w* ?(?:نيوز|برس|بوست|اف ام|تي في|اونلاين)|[^\W\d]\w* 24"
# (not موقع, also a position: حلب: موقع عسكري جديد)
_OUTLET_NOUN = r"(?:قناه|صحيفه|جريده|وكاله|شبكه|اذاعه|راديو|تلفزيون) \w+(?: \w+)?"
_OUTLET_LIKE = re.compile(rf"^(?:ال\w+|{_OUTLET_ENDING}|{_OUTLET_NOUN}|[a-z][\w .-]*)$")
# ... and what only an outlet's name looks like, written before the place (آرا نيوز -
# الحسكة): its ending.
_OUTLET_FIRST = re.compile(rf"^{_OUTLET_ENDING}$")
_NOT_OUTLETS = frozenset(
    match_key(word) for word in ("وكالات", "خاص", "المراسل", "اليوم", "أمس", *WEEKDAYS)
)
_DATELINE_OUTLET_CONFIDENCE = 0.5
_LISTED_DATELINE_CONFIDENCE = 0.8  # (a listed outlet by its bare name, in its dateline)


_OUTLET_WORD_FIRST = re.compile(
    "^(?:" + "|".join(match_key(word) for word in (*OUTLET_WORDS, "تلفزيون")) + ") (.+)$"
)


def _bare_outlet_names(records: Iterable[LexiconRecord]) -> dict[str, dict[str, Any]]:
    """The outlets the lexicon lists only with their outlet word (قناة الغدير), by the
    key of the name without it: a dateline writes the bare name (بغداد - الغدير). A name
    two outlets share is left out."""
    by_name: dict[str, dict[str, Any]] = {}
    shared: set[str] = set()
    for record in records:
        bare = _OUTLET_WORD_FIRST.match(match_key(record.surface))
        name, scale = record.value.get("name"), record.value.get("source_scale")
        if bare is None or record.blocked or name is None or scale is None:
            continue
        value = {"name": name, "source_scale": scale}
        known = by_name.setdefault(bare[1], value)
        if known["name"] != value["name"]:
            shared.add(bare[1])
    return {name: value for name, value in by_name.items() if name not in shared}


def _dateline_outlet(
    context: SuggestContext, found: list[Suggestion], bare_names: Mapping[str, dict[str, Any]]
) -> list[Suggestion]:
    """The outlet of a dateline the lexicon does not know by that name (بيروت -
    «الأنباء», القامشلي – آرا نيوز), with its name as written: the article's own source,
    for the coder to name (and the project to learn). One the lexicon lists only with its
    outlet word (قناة الغدير) is named as listed. The first line is the headline."""
    text = context.text
    for line in islice(_TEXT_LINE.finditer(text, 0, _DATELINE_REACH), 1, 1 + _DATELINE_LINES):
        match = _DATELINE.fullmatch(text, line.start(), line.end())
        if match is None:
            continue
        group = "name"
        if match["open"] is None and _OUTLET_FIRST.match(match_key(match["place"])):
            group = "place"  # (the outlet before the place: آرا نيوز - الحسكة)
        name = " ".join(match[group].split())
        key = match_key(name)
        if key in _NOT_OUTLETS or (match["open"] is None and not _OUTLET_LIKE.match(key)):
            continue
        if any(s.start < line.end() and line.start() < s.end for s in found):
            return []  # (the lexicon knows its outlet: شفق نيوز - الحسكة)
        start, end = match.span(group)
        listed = bare_names.get(key)
        if listed is not None:
            value = dict(listed)
            return [context.suggestion(KIND, start, end, value, _LISTED_DATELINE_CONFIDENCE)]
        value = {"name": name, "source_scale": UNKNOWN_SCALE}
        return [context.suggestion(KIND, start, end, value, _DATELINE_OUTLET_CONFIDENCE)]
    return []


def _own_outlet(context: SuggestContext, found: list[Suggestion]) -> list[Suggestion]:
    """The article's own outlet where it writes of itself as "we" (وأضاف مراسلنا) or of
    "the reporter" (بحسب المراسل): the outlet of its dateline, else the first one whose
    reporter it cites (مراسل الميادين). "The reporter" speaking again after a word of
    speech (وأوضح المراسل أن) is the reporter cited last before it (بحسب ما أفاد مراسل
    «عين الفرات»), if any: not the dateline's."""
    normalized = context.normalized
    if not found or not any(word in normalized.text for word in ("نا", "المراسل", "المندوب")):
        return []
    ordered = sorted(found, key=lambda s: s.start)
    text = context.text
    reporters = [
        s for s in ordered if _after_a_word_of(text, s.start, _REPORTER, quotes=QUOTE_MARKS)
    ]
    own = next((s for s in ordered if in_a_dateline(text, s.start, s.end)), None) or next(
        iter(reporters), None
    )
    taken = TakenSpans((s.start, s.end) for s in found)
    again: list[Suggestion] = []

    def add(match: re.Match[str], outlet: Suggestion | None) -> None:
        first, last = normalized.span(*match.span("word"))
        if outlet is not None and not taken.overlaps(first, last):
            taken.add(first, last)
            confidence = min(outlet.confidence, _OWN_OUTLET_CONFIDENCE)
            again.append(context.suggestion(KIND, first, last, dict(outlet.value), confidence))

    for match in _OWN_OUTLET.finditer(normalized.text):
        add(match, own)
    for match in _THE_REPORTER.finditer(normalized.text) if reporters else ():
        verb = _VERB_BEFORE.search(normalized.text, max(match.start() - 20, 0), match.start())
        start, end = normalized.span(*match.span("word"))
        if verb and _a_saying(verb[1]) and not any(0 <= s.start - end <= 1 for s in found):
            # (not the title of a reporter named after it: سجّل المراسل معاذ الشامي)
            add(match, next((s for s in reversed(reporters) if s.end < start), None))
    return again


_RAISING = frozenset({"رفع", "رفعت", "ورفع", "ورفعت"})
_TOLL_AFTER = re.compile(
    r" (?:حصيله|عدد (?:ال)?(?:قتلي|ضحايا|شهداء|جرحي|مصابين|وفيات|معتقلين|مفقودين))(?!\w)"
)


def _raises_a_toll(word: str, text: str, end: int) -> bool:
    """Whether a body named again raises its own toll (ورفعت الهيئة حصيلة الضحايا): it
    reports the count, not a ban or prices it lifts (رفعت الوزارة الحظر)."""
    return word in _RAISING and _TOLL_AFTER.match(text, end) is not None


def _cites(word: str, before: str | None) -> bool:
    """Whether the word before an outlet's kind reports (وأضافت الشبكة), or names one of
    its people after a reporting word (وقال مدير المرصد)."""
    if word in _SAYS or word[1:] in _SAYS:
        return True
    return word in _MEMBER_KEYS and before is not None and (before in _SAYS or before[1:] in _SAYS)


def _after_a_word_of(text: str, start: int, nouns: frozenset[str], *, quotes: str = "") -> bool:
    """Whether the word right before ``start`` (normalised, with or without a proclitic
    of one or two letters) is one of ``nouns``, with only spaces and ``quotes`` between:
    مشفى الأورينت (a building named after an outlet), المركز الإعلامي (a title used as
    the noun's adjective)."""
    before = _WORD_BEFORE.search(text, max(start - 40, 0), start)
    if before is None or text[before.end(1) : start].strip(" " + quotes):
        return False  # nothing, or punctuation, before the name
    word = match_key(before[1])
    return any(form in nouns for form in (word, word[1:], word[2:]) if form)


def _words_found(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, keeping only matches whose word starts a word of the
    text or follows a proclitic that does."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if may_start_a_name(text, match.start()):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1


def _latin_name(context: SuggestContext, match: re.Match[str]) -> bool:
    """Whether a Latin name after an outlet word is written as an outlet's name: its first
    and last words begin with a capital or a digit in the original (not حساب twitter),
    it is no platform (صفحة Facebook) and no model or code (منصة S-300, مجموعة G7)."""
    name = match["name"]
    if len(name) < 2 or name in _PLATFORMS or _MODEL_OR_CODE.fullmatch(name):
        return False
    first, last = context.normalized.span(match.start("name"), match.end("name"))
    words = context.text[first:last].split()
    return bool(words) and all(
        word[0].isupper() or word[0].isdigit() for word in (words[0], words[-1])
    )


def _a_name(match: re.Match[str]) -> bool:
    """Whether the two words after a journalist's title can be a person's name: a given
    name takes no article (الناشط الشاب محمد, ووصف الناشط الوضع), and no time word is
    one (قال الناشط الإعلامي أمس الأربعاء)."""
    first = match["first"]
    return (
        first not in _NOT_NAMES
        and match["last"] not in _NOT_NAMES
        and (not first.startswith(("ال", "وال")) or first in _NAMES_LIKE_THE_ARTICLE)
        and not any(char.isdigit() for char in match["name"])
    )


def _a_victim(text: str, start: int) -> bool:
    """Whether the title follows a word of violence within three words of its clause
    (مقتل المصور X Y, اعتقلت قوات النظام الناشط X Y): the person is its victim, not a
    source."""
    clause = _CLAUSE_BREAK.split(text[max(start - 60, 0) : start])[-1]
    return any(word in _VICTIM_WORDS or word[1:] in _VICTIM_WORDS for word in clause.split()[-3:])
