"""Arabic date expressions: where they are in a text and which day they name.

Everything here works on normalised text (``annotator.text.normalize``): offsets are
into ``NormalizedText.text`` and the suggester maps them back. A found expression
carries an ACLED date and ``time_precision``:

- 1, the exact day: "15 من آذار الحالي", "أمس", "أمس الأحد", "مساء الأحد", "15/3/2021";
- 2, a week, a weekend or a few days, dated on the middle of the period: "الأسبوع
  الماضي", "الأسبوع الأول من يناير", "الخامس أو السادس من مايو", "3-5 آذار";
- 3, only the month: its 15th, or its first/last day when the beginning/end of the
  month is stated ("مطلع شباط الماضي", "أواخر الشهر الماضي"); also days spread over
  more than a week ("بين 1 و20 آذار") and the past two or few weeks ("الأسبوعين
  الماضيين", dated a week, or ten days, before published).

Choices (the article's publication date is called *published*):

- Month names of every family (Levantine/Iraqi, Egyptian/Gulf, Maghreb, Moroccan)
  count only with context that makes them a date: a day before them, a period word
  (مطلع, منتصف, ...), the word شهر, a pair ("نيسان/أبريل"), a qualifier (الماضي, ...)
  or a year, or a preposition of time before it ("في تشرين الأول", "خلال نيسان"). A
  bare "مارس" (also a verb) is not a date, nor is "آب" (also "father"), ماي or أوت
  even after a preposition.
- الحالي/الجاري: the month in the published year. الماضي/المنصرم: the latest
  occurrence of that month before the published month (in March, "آذار الماضي" is
  the previous year's). المقبل/القادم: the next one after the published month.
- A day and month without a year or qualifier: the occurrence nearest to published,
  a future day counting six times its distance (news reports what happened).
- Weekdays: the latest such day on or before published; with الماضي, the latest one
  strictly before published; with المقبل, the next one after it. When a weekday is
  followed by an explicit day ("يوم السبت 13 من الشهر الجاري"), the explicit day wins
  and one expression covers both.
- Weeks run Monday to Sunday (ISO weeks, as ACLED's weekly data and every news coder
  of the gold sets count them). A week is dated on its Thursday, its beginning on its
  Tuesday and its weekend (Friday and Saturday) on the Friday, all with precision 2;
  "this week" is never dated after published.
- Relative forms need published: without it they are not returned; absolute dates
  (with a year) still are. Impossible dates ("31 شباط") are never returned.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import ahocorasick

from annotator.text.normalize import normalize, normalize_key

EXACT_DAY = 1
WEEK = 2
MONTH = 3


@dataclass(frozen=True)
class DateExpression:
    """A date expression at normalised ``[start, end)``."""

    start: int
    end: int
    date: dt.date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    confidence: float
    # Resolved from the publication day (اليوم, أمس, a weekday, a week): inside quoted
    # or reported speech such a form speaks of the speaker's day, not the article's.
    day_relative: bool = False
    # A month (and day) with no year nor qualifier, put in the year nearest publication:
    # the article around it may say which year it is (25 مارس after آذار 2017).
    year_guessed: bool = False

    def as_value(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "time_precision": self.precision}


# --- vocabulary, as written; keys are normalised below --------------------------------

MONTH_FAMILIES: Mapping[str, Mapping[str, int]] = {
    "levantine": {
        "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين أول": 10,
        "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الأول": 12, "كانون أول": 12,
    },
    "egyptian": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
        "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
        "نوفمبر": 11, "ديسمبر": 12,
    },
    "maghreb": {
        "جانفي": 1, "فيفري": 2, "مارس": 3, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
        "أوت": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    },
    "moroccan": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ماي": 5, "يونيو": 6, "يوليوز": 7,
        "غشت": 8, "شتنبر": 9, "أكتوبر": 10, "نونبر": 11, "دجنبر": 12,
    },
}  # fmt: skip

WEEKDAYS: Mapping[str, int] = {  # datetime.weekday(): Monday is 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
    "الثلثاء": 1,  # Tuesday as some Levantine and London dailies spell it
}  # fmt: skip

_PAST = ("الماضي", "المنصرم", "الفائت", "المنقضي", "السابق")
_CURRENT = ("الحالي", "الجاري")
_NEXT = ("المقبل", "القادم")

_BEGINNING = ("مطلع", "أوائل", "بداية", "بدايات", "مستهل")
_MIDDLE = ("منتصف", "أواسط")
_END = ("أواخر", "نهاية", "نهايات", "آخر")

# Parts of the day before اليوم, أمس or a weekday ("مساء الأحد", "بعد ظهر اليوم").
_TIMES_OF_DAY = ("صباح", "صبيحة", "مساء", "ظهر", "بعد ظهر", "ظهيرة", "عصر", "فجر", "ضحى",
                 "ليل", "ليلة", "منتصف ليل", "منتصف ليلة")  # fmt: skip

_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع")  # fmt: skip
_NUMBER_WORDS = {"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8,
                 "تسعة": 9, "عشرة": 10}  # fmt: skip
# A number right after one of these is not a day ("الفرقة 18", "الساعة 10").
_NOT_BEFORE_DAY = ("الساعة", "ساعة", "الفرقة", "اللواء", "الفوج", "الكتيبة", "رقم", "العدد",
                   "المادة", "البند", "الفقرة", "القرار", "الطريق", "الجيل", "الدقيقة")  # fmt: skip
# اليوم after these, or before the words after it, is not the publication day.
# (بعد اليوم: from now on, لن يقبلوا بعد اليوم; منذ آذار وحتى اليوم: until now)
_NOT_BEFORE_TODAY = ("ذلك", "ذات", "نفس", "حتى", "وحتى", "إلى", "وإلى", "لغاية", "ولغاية",
                     "لذلك", "بعد")  # fmt: skip
# (The words after اليوم that make it another day are also those of the days named
# from an earlier date, annotator.suggest.dates: اليوم التالي, اليوم الذي تلاه.)
DAY_AFTER_WORDS = ("التالي", "التالية", "اللاحق", "اللاحقة", "السابق", "السابقة", "الذي",
                   "نفسه", "نفسها", "ذاته", "ذاتها", "عينه")  # fmt: skip
# الأمس (yesterday with the article) is a day only after what happened on it (تفجير
# الأمس, مظاهرة الأمس), a time of day or with its weekday; elsewhere it is the past
# (حلفاء الأمس, سوريا الأمس).
_YESTERDAY_WITH_ARTICLE = "الامس"
_EVENTS_OF_YESTERDAY = (
    "تفجير", "تفجيرات", "انفجار", "قصف", "هجوم", "هجمات", "غارة", "غارات", "ضربة", "ضربات",
    "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "احتجاجات", "اشتباكات", "معارك", "مواجهات",
    "حادثة", "حادث", "مجزرة", "كمين", "اعتداء", "اعتداءات", "عملية", "اعتقالات", "حملة",
    "ليلة", "ليل", "ظهر", "فجر", "عصر", "مساء", "صباح", "منذ",
)  # fmt: skip
# (... nor a day's span: في اليوم الواحد, خلال اليوم الماضي, the last 24 hours)
_NOT_AFTER_TODAY = (*DAY_AFTER_WORDS, "الأخير", "العالمي", "الوطني", "الدولي", *_UNITS, "العاشر",
                    "الواحد", "الماضي")  # fmt: skip


def _ordinal_days() -> dict[str, int]:
    days: dict[str, int] = {}
    for number, unit in enumerate(_UNITS, start=1):
        days[unit] = number
        teen = "الحادي" if number == 1 else unit
        days[f"{teen} عشر"] = 10 + number
        for compound in ("الحادي", "الواحد") if number == 1 else (unit,):
            days[f"{compound} والعشرين"] = 20 + number
            days[f"{compound} والعشرون"] = 20 + number
    days.update({"العاشر": 10, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30})
    for compound in ("الحادي", "الواحد"):
        days[f"{compound} والثلاثين"] = 31
        days[f"{compound} والثلاثون"] = 31
    return days


def _keyed(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize_key(word) for word in words))


MONTHS: Mapping[str, int] = {
    normalize_key(name): number
    for family in MONTH_FAMILIES.values()
    for name, number in family.items()
}
ORDINAL_DAYS: Mapping[str, int] = {
    normalize_key(words): day for words, day in _ordinal_days().items()
}
_WEEKDAY_KEYS: Mapping[str, int] = {normalize_key(name): day for name, day in WEEKDAYS.items()}
_NUMBER_KEYS: Mapping[str, int] = {normalize_key(w): n for w, n in _NUMBER_WORDS.items()}


def _with_feminine(words: Iterable[str]) -> tuple[str, ...]:
    """الماضي and الماضية: the qualifier agrees with شهر, الأسبوع, الجمعة or السنة."""
    keys = _keyed(words)
    return keys + tuple(key + "ه" for key in keys)


_QUALIFIER_SHIFT: Mapping[str, int] = {
    **dict.fromkeys(_with_feminine(_PAST), -1),
    **dict.fromkeys(_with_feminine(_CURRENT), 0),
    **dict.fromkeys(_with_feminine(_NEXT), 1),
}
_PERIOD_KIND: Mapping[str, str] = {
    **dict.fromkeys(_keyed(_BEGINNING), "beginning"),
    **dict.fromkeys(_keyed(_MIDDLE), "middle"),
    **dict.fromkeys(_keyed(_END), "end"),
}
_WEEK_PART: Mapping[str, str] = {
    **dict.fromkeys(_keyed(_BEGINNING), "beginning"),
    **dict.fromkeys(_keyed(_MIDDLE), "middle"),
    **dict.fromkeys(_keyed(("نهاية", "أواخر", "عطلة نهاية", "عطلة")), "weekend"),
}
_SHORT_MONTHS = frozenset(key for key in MONTHS if len(key) <= 3)  # اب, ماي, اوت

# --- patterns -------------------------------------------------------------------------

_SP = r"[^\S\n]+"  # spaces, never across a line
_OSP = r"[^\S\n]*"
# A word starts here: at a word boundary or after a proclitic (و ف ب ل, وب ...).
_WSTART = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"
# A day number starts here: also after ال ("الـ15 من آذار"), و/ب ("و15") and a في
# that lost its space ("هوجم سابقًا في25 مارس").
_DSTART = (
    r"(?:(?<!\w)|(?<=(?<!\w)[وفب])|(?<=(?<!\w)ال)|(?<=(?<!\w)[وفبل]ال)"
    r"|(?<=(?<!\w)في)|(?<=(?<!\w)وفي))"
)
_WEND = r"(?!\w)"
# What both starts above imply, checked on one character: not inside a word, unless right
# after و ف ب ل. Put first, it turns most positions of a text away at once.
_CAN_START = r"(?<![^\W\u0648\u0641\u0628\u0644])"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with any run of spaces between words."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(_SP.join(map(re.escape, w.split(" "))) for w in ordered) + ")"


def _ordinal_pattern(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    parts = []
    for word in ordered:
        pieces = [re.escape(piece) for piece in word.split(" ")]
        # "الحادي والعشرين" is also written "الحادي و العشرين"
        joined = _SP.join(p if not p.startswith("و") else "و" + _OSP + p[1:] for p in pieces)
        parts.append(joined)
    return "(?:" + "|".join(parts) + ")"


def _starts_with_one_of(*word_lists: Iterable[str]) -> str:
    """A regex true where the first word of one of the phrases begins (as a lookahead).

    Written as a tree of letters (a phrase is refused at its first wrong letter), where
    a plain alternation would try every word in turn. A first word ``و...`` of an ordinal
    may be written ``و ...``: for it, و is enough.
    """
    tree: dict[str, Any] = {}
    for words in word_lists:
        for word in words:
            first = word.split(" ")[0]
            node = tree
            for char in "و" if first.startswith("و") else first:
                node = node.setdefault(char, {})
            node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        if "" in node:  # a whole word: enough
            return ""
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


def _first_words(*word_lists: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({word.split(" ")[0] for words in word_lists for word in words}))


_MONTH = _alternation(MONTHS) + _WEND
_QUALIFIER = _alternation(_QUALIFIER_SHIFT) + _WEND
_YEAR_WORDS = _alternation(_keyed(("عام", "العام", "سنة", "السنة", "لعام", "لسنة")))

# Where a month expression can begin: a day, a period word, شهر, a month, الشهر or a
# qualifier. Checked first, letter by letter, it spares trying every branch at every
# position.
_MONTH_DATE_START = _starts_with_one_of(
    _PERIOD_KIND, ORDINAL_DAYS, MONTHS, _QUALIFIER_SHIFT, ["شهر", "الشهر"]
)
# Between the first and last day of a few days: "5 أو 6", "3-5", "3 إلى 5", "بين 5 و6".
_DAY_RANGE_JOIN = r"(?:او|الي|حتي|و|[\-–—])"
_DAY_WORDS_JOIN = r"(?:او|الي|حتي)"  # (not و: it joins the parts of one ordinal)
_MONTH_DATE = re.compile(
    rf"(?=\d|{_MONTH_DATE_START})"
    rf"(?:{_CAN_START}|(?<=(?<!\w)في)(?=\d)|(?<=(?<!\w)وفي)(?=\d))"
    # what comes before the month: a period word, a day number or an ordinal day
    rf"(?:{_WSTART}(?P<period>{_alternation(_PERIOD_KIND)}){_SP}(?:(?:من|شهر){_SP})?"
    # (either after a first day: "5 أو 6 أيار", "من 3 إلى 5 آذار", "الخامس أو السادس من")
    rf"|{_DSTART}(?:(?P<dnum0>\d{{1,2}}){_OSP}{_DAY_RANGE_JOIN}{_OSP})?"
    rf"(?P<dnum>\d{{1,2}})(?!\d){_SP}(?:من{_SP})?"
    rf"|{_WSTART}(?:(?P<dword0>{_ordinal_pattern(ORDINAL_DAYS)}){_SP}{_DAY_WORDS_JOIN}{_SP})?"
    rf"(?P<dword>{_ordinal_pattern(ORDINAL_DAYS)}){_SP}من{_SP})?"
    # the month: a name (with شهر, a second family's name, a qualifier, a year) ...
    rf"(?:{_WSTART}(?:(?P<shahr>شهر){_SP})?(?P<m1>{_MONTH})"
    rf"(?:{_OSP}(?:(?P<paren>\()|[/|\-–—]|\\{{1,2}}){_OSP}(?P<m2>{_MONTH})(?(paren){_OSP}\)))?"
    rf"(?:{_SP}(?P<mq>{_QUALIFIER}))?"
    rf"(?:{_OSP}[,،]?{_OSP}(?:(?:من{_SP})?{_YEAR_WORDS}{_SP})?(?P<year>\d{{4}})(?!\d)"
    rf"|{_SP}(?:من{_SP})?(?:(?:العام|السنه|عام){_SP}(?P<yq>{_QUALIFIER})"
    rf"|(?P<ythis>هذا{_SP}العام|هذه{_SP}السنه){_WEND}))?"
    # ... or "الشهر الماضي", "13 الجاري"
    rf"|{_WSTART}(?:(?P<alshahr>الشهر){_SP})?(?P<rq>{_QUALIFIER}))"
)

# The month first, as English writes it and translations keep it: "آذار 16, 2017". Only
# with the comma and the year: "آذار 16" alone may be a count that follows a month. The
# comma and the year are looked for (a comma is found fast, a year after one is rare),
# then the month and the day before them.
_COMMA_YEAR = re.compile(r"[,،][^\S\n]*(?P<year>\d{4})(?!\d)")
_MONTH_AND_DAY_BEFORE = re.compile(
    rf"{_WSTART}(?P<month>{_MONTH}){_SP}(?<!\d)(?P<day>\d{{1,2}}){_OSP}$"
)
_MONTH_AND_DAY_BEFORE_LENGTH = 30  # characters: the longest month name, spaces and a day

_NUMERIC_DATE = re.compile(
    r"(?=\d)(?<![\d/.\-])(?:(?P<d>\d{1,2})(?P<s1>[/.\-٫؍])(?P<m>\d{1,2})(?P=s1)(?P<y>\d{4})"
    r"|(?P<y2>\d{4})(?P<s2>[/.\-٫؍])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d]|[/.\-]\d)"
)

_TOD = rf"(?:(?P<tod>{_alternation(_keyed(_TIMES_OF_DAY))}){_SP})?(?:(?P<yawm>يوم){_SP})?"

_RELATIVE_DAY = re.compile(
    rf"{_CAN_START}{_WSTART}{_TOD}(?:(?P<before>امس{_SP}الاول|اول{_SP}(?:من{_SP})?امس)"
    rf"|(?P<yesterday>بالامس|الامس|امس|البارحه|الليله{_SP}الماضيه)|(?P<today>اليوم)){_WEND}"
    # the weekday of that day, often written after it: امس الاحد, اليوم السبت
    rf"(?:{_SP}(?P<named>{_alternation(_WEEKDAY_KEYS)}){_WEND})?"
)

_WEEKDAY = re.compile(
    rf"{_CAN_START}{_WSTART}{_TOD}(?P<weekday>{_alternation(_WEEKDAY_KEYS)}){_WEND}"
    rf"(?:{_SP}(?P<wq>{_QUALIFIER}))?"
)
# The night between two days, the second right after the first: ليل الاحد-الاثنين.
_NIGHT_PAIR = re.compile(
    rf"{_OSP}(?:[\-–—/]|{_SP}|{_SP}و){_OSP}(?P<next>{_alternation(_WEEKDAY_KEYS)}){_WEND}"
)
# between a weekday and the explicit date that follows it
_WEEKDAY_JOIN = re.compile(rf"{_OSP}[,،]?{_OSP}\(?{_OSP}(?:(?:الموافق|في){_SP})?")

_WEEK = re.compile(
    rf"{_CAN_START}{_WSTART}(?:(?P<part>{_alternation(_WEEK_PART)}){_SP}(?:من{_SP})?)?"
    rf"(?:(?P<this>هذا){_SP})?الاسبوع{_WEND}(?:{_SP}(?P<wq>{_QUALIFIER}))?"
)

# A few weeks back from publication (ACLED: "past 2-3 weeks" is time_precision 3).
_WEEKS = re.compile(
    rf"{_CAN_START}{_WSTART}(?:(?P<two>(?:ال)?اسبوعين)|(?P<some>الاسابيع(?:{_SP}القليله)?))"
    rf"{_SP}(?:الماضيين|الاخيرين|المنصرمين|الماضيه|الاخيره|المنصرمه){_WEND}"
    rf"(?!{_SP}من{_WEND})"  # الاسبوعين الاخيرين من شهر ايار: of that month, not of today
)
# The last few days (اليومين الماضيين, الايام الثلاثه الاخيره): ACLED's precision 2.
_FEW_DAYS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6}
_DAYS = re.compile(
    rf"{_CAN_START}{_WSTART}(?:(?P<two>اليومين)|الايام{_SP}ال(?P<n>{_alternation(_FEW_DAYS)})"
    rf"|ال(?P<n2>{_alternation(_FEW_DAYS)}){_SP}ايام)"
    rf"{_SP}(?:الماضيين|الاخيرين|المنصرمين|الماضيه|الاخيره|المنصرمه){_WEND}"
    rf"(?!{_SP}من{_WEND})"  # الايام الثلاثه الاخيره من الحمله: of that, not of today
)
_AGO = re.compile(
    rf"{_CAN_START}{_WSTART}(?:قبل|(?P<since>منذ)){_SP}(?:(?P<two>يومين)|(?P<one>يوم{_SP}واحد)"
    rf"|(?P<n>\d{{1,2}}|{_alternation(_NUMBER_KEYS)}){_SP}(?:ايام|يوما)"
    rf"|(?P<week>اسبوع)){_WEND}"
    # قبل يومين من الهجوم: from the attack's day, not today's (قبل يومين من الآن is)
    rf"(?!{_SP}من{_SP}(?!الان{_WEND}))"
)

# A month by its ordinal, with its year: الشهر العاشر من عام 2012 (October 2012).
_ORDINAL_MONTHS = {words: day for words, day in ORDINAL_DAYS.items() if day <= 12}
_ORDINAL_MONTH = re.compile(
    rf"{_CAN_START}{_WSTART}(?:ال)?شهر{_SP}(?P<ordinal>{_alternation(_ORDINAL_MONTHS)})"
    # (a word before the year: الشهر الخامس 2000 قتيل counts the dead of the fifth month)
    rf"{_SP}(?:من{_SP}(?:(?:عام|سنه){_SP})?|(?:عام|سنه){_SP})(?P<year>(?:19|20)\d\d){_WEND}"
)
_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")
_WORD_AFTER = re.compile(rf"{_SP}(\w+)")


class _ImpossibleDateError(Exception):
    """A well-formed expression naming a day that does not exist: skip all of it."""


# --- calendar helpers -------------------------------------------------------------------


# The words of matched expressions, keyed again and again (normalize_key is not cached:
# a gazetteer build keys 100,000s of names once each).
_key = lru_cache(maxsize=1024)(normalize_key)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_start(day: dt.date) -> dt.date:
    """The Monday that begins ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def month_number(name: str) -> int | None:
    """The month a name of any family stands for ("آذار", "أفريل", "يوليه")."""
    return MONTHS.get(_key(name))


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(published: dt.date, month: int, day: int) -> dt.date | None:
    """The day-month nearest to published; a future one counts six times its distance."""
    best: tuple[int, dt.date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = _date(year, month, day)
        if candidate is None:
            continue
        distance = (candidate - published).days
        cost = 6 * distance if distance > 0 else -distance
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def _word_before(text: str, index: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, index - 40), index)
    return found.group(1) if found else ""


def _word_after(text: str, index: int) -> str:
    found = _WORD_AFTER.match(text, index)
    return found.group(1) if found else ""


# --- interpretation ---------------------------------------------------------------------


def _month_date(
    text: str, match: re.Match[str], published: dt.date | None
) -> DateExpression | None:
    day: int | None = None
    if match["dnum"] is not None:
        day = int(match["dnum"])
        before = _word_before(text, match.start("dnum"))
        if before in ("ال", "بال", "وال", "فال", "لل"):
            before = _word_before(text, match.start("dnum") - len(before))
        if _key(before) in _NOT_BEFORE_DAY_KEYS:
            return None
    elif match["dword"] is not None:
        day = ORDINAL_DAYS.get(_ordinal_key(match["dword"]))
        if day is None:
            return None
    first_day = _first_day(match, day)
    period = _PERIOD_KIND.get(match["period"]) if match["period"] else None
    has_prefix = day is not None or period is not None
    guessed = False

    if match["rq"] is not None:  # الشهر الماضي, 13 الجاري
        shift = _QUALIFIER_SHIFT[_key(match["rq"])]
        if match["alshahr"] is None and not (day is not None and shift == 0):
            return None
        if match["rq"].endswith("ه"):
            return None  # "الشهر الماضية" is no Arabic (السنة الماضية is a year)
        if published is None:
            return None
        year, month = shift_month(published.year, published.month, shift)
        confidence = 0.9 if day is not None else 0.85
    else:
        month = MONTHS[_key(match["m1"])]
        confidence = 0.95 if day is not None else 0.85
        if match["m2"] is not None and MONTHS[_key(match["m2"])] != month:
            confidence = 0.5  # "نيسان/مايو": two different months
        context = (
            has_prefix
            or match["shahr"]
            or match["m2"]
            or match["mq"]
            or match["year"]
            or match["yq"]
            or match["ythis"]
            or _after_a_time_preposition(text, match)
        )
        if not context:
            return None
        start = match.start("shahr") if match["shahr"] else match.start("m1")
        if (
            not has_prefix
            and _key(match["m1"]) in _SHORT_MONTHS
            and text[start - 1 : start].isalpha()
        ):
            return None  # "باب" is a door, not ب + آب
        resolved = _month_year(match, month, day, published)
        if resolved is None:
            return None
        year, confidence_cap, guessed = resolved
        confidence = min(confidence, confidence_cap)

    week_word = _week_word_before(text, match) if day is not None and day <= 5 else None
    if week_word is not None and day is not None and 1 <= year <= 9999:
        # الاسبوع الاول من يناير: the middle of that week of the month
        date = _date(year, month, min(7 * (day - 1) + 4, last_day(year, month)))
        precision = WEEK
    elif first_day is not None and day is not None:
        # Days in a range: ACLED's middle of the period, a week or less, else the month
        # (when both days exist: "31 أو 32 أيار" is no date).
        date = _date(year, month, (first_day + day) // 2) if _date(year, month, day) else None
        precision = WEEK if day - first_day < 7 else MONTH
    elif day is not None:
        date = _date(year, month, day)
        precision = EXACT_DAY
    else:
        precision = MONTH
        if period == "beginning":
            date = _date(year, month, 1)
        elif period == "end":
            date = _date(year, month, last_day(year, month)) if 1 <= year <= 9999 else None
        else:
            date = _date(year, month, 15)
    if date is None:
        raise _ImpossibleDateError  # "31 شباط 2021" is no date, and "شباط 2021" in it neither
    start = match.start()
    if week_word is not None:
        start = week_word
    elif first_day is None and (match["dnum0"] or match["dword0"]):
        start = match.start("dnum") if match["dnum"] else match.start("dword")
    return DateExpression(start, match.end(), date, precision, confidence, year_guessed=guessed)


def _week_word_before(text: str, match: re.Match[str]) -> int | None:
    """Where الاسبوع stands right before an ordinal day (الاسبوع الاول من يناير), if so."""
    if match["dword"] is None or match["dword0"] is not None:
        return None
    week = _WEEK_BEFORE.search(text, max(match.start("dword") - 12, 0), match.start("dword"))
    return week.start("week") if week else None


def _after_a_time_preposition(text: str, match: re.Match[str]) -> bool:
    """في تشرين الأول, خلال نيسان: a month alone after في, خلال, منذ ..., or joined by و
    to a month before it (خلال أبريل وسبتمبر); not the short names, اب or ماي, which are
    other words too."""
    before = _word_before(text, match.start("m1"))
    if _key(match["m1"]) in _SHORT_MONTHS:
        # (but في آب من العام نفسه: a month of the year told before, no father)
        return before.removeprefix("و") in _TIME_PREPOSITIONS and bool(
            _OF_THE_SAME_YEAR_AFTER.match(text, match.end())
        )
    if before == "و":  # خلال أبريل وسبتمبر: a second month joined to a month
        return _key(_word_before(text, match.start("m1") - 1)) in MONTHS
    return before.removeprefix("و") in _TIME_PREPOSITIONS


def _first_day(match: re.Match[str], day: int | None) -> int | None:
    """The first day of "5 أو 6 أيار", if it comes before the second (else no range)."""
    if match["dnum0"] is not None:
        first = int(match["dnum0"])
    elif match["dword0"] is not None:
        first = ORDINAL_DAYS.get(_ordinal_key(match["dword0"]), 0)
    else:
        return None
    if day is None or not 1 <= first < day:
        return None
    # "3 و15 آذار" are two days, not the days between: و joins a range only with بين, or
    # days close enough to be one spell.
    text = match.string
    joined_by_and = (
        match["dnum0"] is not None and "و" in text[match.end("dnum0") : match.start("dnum")]
    )
    if joined_by_and and day - first >= 7 and not _word_before(text, match.start()).endswith("بين"):
        return None
    return first


def _month_year(
    match: re.Match[str], month: int, day: int | None, published: dt.date | None
) -> tuple[int, float, bool] | None:
    """The year of a named month, the most confidence its resolution allows, and whether
    it is only the year nearest publication (no year nor qualifier written)."""
    if match["year"] is not None:
        year = int(match["year"])
        return (year, 1.0, False) if 1900 <= year <= 2100 else None
    if published is None:
        return None
    if match["yq"] is not None or match["ythis"] is not None:
        shift = _QUALIFIER_SHIFT[_key(match["yq"])] if match["yq"] else 0
        return published.year + shift, 0.9, False
    if match["mq"] is not None:
        shift = _QUALIFIER_SHIFT[_key(match["mq"])]
        if shift < 0:
            year = published.year if month < published.month else published.year - 1
            # "آذار الماضي" in March usually means last year's, but not always
            return year, (0.6 if month == published.month else 0.9), False
        if shift > 0:
            year = published.year if month > published.month else published.year + 1
            return year, 0.8, False
        return published.year, (0.9 if month == published.month else 0.6), False
    nearest = _nearest(published, month, day if day is not None else 15)
    if nearest is None:  # 29 شباط with no leap year around: let the day check refuse it
        return published.year, 0.7, True
    return nearest.year, (0.75 if day is not None else 0.6), True


def _ordinal_key(words: str) -> str:
    collapsed = " ".join(words.split())
    return re.sub(r" و ?", " و", collapsed)


_WEEK_BEFORE = re.compile(rf"(?<!\w)(?:[وفب]|وب)?(?P<week>الاسبوع){_SP}$")
_TIME_PREPOSITIONS = frozenset(_keyed(("في", "خلال", "منذ", "حتى", "طيلة", "طوال")))
_OF_THE_SAME_YEAR_AFTER = re.compile(
    r"\s+(?:من|في)\s+(?:(?:ذلك|ذاك) العام|(?:العام|السنه) (?:نفسه|نفسها|ذاته|ذاتها))(?!\w)"
)
_NOT_BEFORE_DAY_KEYS = frozenset(_keyed(_NOT_BEFORE_DAY))
_NOT_BEFORE_TODAY_KEYS = frozenset(_keyed(_NOT_BEFORE_TODAY))
_NOT_AFTER_TODAY_KEYS = frozenset(_keyed(_NOT_AFTER_TODAY))
_EVENTS_OF_YESTERDAY_KEYS = frozenset(_keyed(_EVENTS_OF_YESTERDAY))


def _ordinal_month(match: re.Match[str]) -> DateExpression | None:
    month = _ORDINAL_MONTHS[match["ordinal"]]
    date = _date(int(match["year"]), month, 15)
    if date is None:
        return None
    return DateExpression(match.start(), match.end(), date, MONTH, 0.8)


def _month_first_date(text: str, match: re.Match[str]) -> DateExpression | None:
    window = max(match.start() - _MONTH_AND_DAY_BEFORE_LENGTH, 0)
    named = _MONTH_AND_DAY_BEFORE.search(text, window, match.start())
    if named is None:
        return None
    month = month_number(named["month"])
    date = None if month is None else _date(int(match["year"]), month, int(named["day"]))
    if date is None:
        raise _ImpossibleDateError
    return DateExpression(named.start("month"), match.end(), date, EXACT_DAY, 0.9)


def _numeric_date(match: re.Match[str]) -> DateExpression | None:
    if match["d"] is not None:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        year, month, day = int(match["y2"]), int(match["m2"]), int(match["d2"])
    if not 1900 <= year <= 2100:
        return None
    date = _date(year, month, day)
    if date is None:
        raise _ImpossibleDateError
    return DateExpression(match.start(), match.end(), date, EXACT_DAY, 0.9)


def _relative_day(text: str, match: re.Match[str], published: dt.date) -> DateExpression | None:
    prefixed = match["tod"] is not None or match["yawm"] is not None
    if match["today"] is not None:
        before = _key(_word_before(text, match.start()))
        if before in _NOT_BEFORE_TODAY_KEYS:
            return None  # (not وحتى فجر اليوم: the dawn the fighting lasted until)
        if before == "في" and _a_rate(text, match.start()):
            return None  # (وجبه واحده في اليوم, ثلاث مرات في اليوم: a day, per day)
        if _word_after(text, match.end()) in _NOT_AFTER_TODAY_KEYS:
            return None
        back, confidence = 0, (0.8 if prefixed else 0.7)
    elif match["yesterday"] is not None:
        if (
            match["yesterday"] == _YESTERDAY_WITH_ARTICLE
            and not prefixed
            and match["named"] is None
            and _key(_word_before(text, match.start())) not in _EVENTS_OF_YESTERDAY_KEYS
        ):
            return None  # (حلفاء الأمس, بين الأمس واليوم: the past, not a day)
        back, confidence = 1, 0.85
    else:
        back, confidence = 2, 0.85
    date = published - dt.timedelta(days=back)
    if match["named"] is not None:
        if _WEEKDAY_KEYS[_key(match["named"])] == date.weekday():
            confidence = max(confidence, 0.9)  # two words agree on the day
        else:
            confidence = min(confidence, 0.5)  # "امس الاحد" on a Tuesday: one is wrong
    return DateExpression(match.start(), match.end(), date, EXACT_DAY, confidence, True)


# What is counted per day before في اليوم (وجبه واحده في اليوم, مرتين في اليوم, ساعتين).
_RATE_WORDS = frozenset(_keyed((
    "واحدة", "واحد", "مرة", "مرتين", "مرات", "ساعة", "ساعتين", "ساعات", "وجبة", "وجبتين",
    "وجبات", "رغيف", "رغيفا", "ربطة", "ربطات", "لترا", "لترات", "ليرة",
)))  # fmt: skip


def _a_rate(text: str, today: int) -> bool:
    """Whether في before اليوم at ``today`` follows what is counted per day."""
    in_start = text.rfind("في", max(0, today - 8), today)
    return in_start > 0 and _key(_word_before(text, in_start)) in _RATE_WORDS


def _weekday(text: str, match: re.Match[str], published: dt.date | None) -> DateExpression | None:
    key = match["weekday"]
    weekday = _WEEKDAY_KEYS[key]
    after = _word_after(text, match.end("weekday"))
    before = _word_before(text, match.start())
    if key == "الاحد" and (after in ("عشر", "عشره") or before == "الواحد"):
        return None  # "الأحد عشر" (the eleven), "الواحد الأحد"
    if key == "الاثنين" and (before in ("كلا", "احد") or after in ("معا", "منهما")):
        return None  # "كلا الاثنين": both
    prefixed = match["tod"] is not None or match["yawm"] is not None

    joined = _WEEKDAY_JOIN.match(text, match.end())
    explicit = _MONTH_DATE.match(text, joined.end()) if joined else None
    if explicit is not None and (explicit["dnum"] or explicit["dword"]):
        named = _month_date(text, explicit, published)  # an impossible day refuses both
        if named is not None:
            agrees = named.date.weekday() == weekday
            confidence = min(0.95, named.confidence + 0.05) if agrees else 0.5
            return DateExpression(
                match.start(), named.end, named.date, EXACT_DAY, confidence, named.day_relative
            )

    if published is None:
        return None
    shift = _QUALIFIER_SHIFT[_key(match["wq"])] if match["wq"] else 0
    if shift > 0:
        ahead = (weekday - published.weekday()) % 7 or 7
        date = published + dt.timedelta(days=ahead)
    else:
        back = (published.weekday() - weekday) % 7
        if shift < 0 and back == 0:
            back = 7
        date = published - dt.timedelta(days=back)
    end = match.end() if match["wq"] else match.end("weekday")
    night = _night_pair(text, match, weekday)
    if night is not None:
        # One night, one date: its first day, or the second after midnight (بعد منتصف
        # ليل الاحد-الاثنين is Monday).
        end = night
        if _word_before(text, match.start()) == "بعد" and _key(match["tod"]).startswith("منتصف"):
            date += dt.timedelta(days=1)
    if prefixed:
        confidence = 0.8
    elif key in ("الاحد", "الاثنين"):
        confidence = 0.5  # also "the one", "the two"
    else:
        confidence = 0.7
    return DateExpression(match.start(), end, date, EXACT_DAY, confidence, True)


def _night_pair(text: str, match: re.Match[str], weekday: int) -> int | None:
    """Where "the night of X-Y" ends, when the weekday follows a night word and the next
    day is named after it; else None."""
    if match["tod"] is None or "ليل" not in match["tod"] or match["wq"] is not None:
        return None
    pair = _NIGHT_PAIR.match(text, match.end("weekday"))
    if pair is None or _WEEKDAY_KEYS[pair["next"]] != (weekday + 1) % 7:
        return None
    return pair.end()


def _week(match: re.Match[str], published: dt.date) -> DateExpression | None:
    part = _WEEK_PART.get(match["part"]) if match["part"] else None
    if match["wq"] is not None:
        shift = _QUALIFIER_SHIFT[_key(match["wq"])]
    elif match["this"] is not None:
        shift = 0
    elif part == "weekend":  # "نهاية الأسبوع": the latest weekend
        shift = 0 if published.weekday() in (4, 5) else -1
    elif part == "beginning":  # "مطلع الأسبوع": this week's
        shift = 0
    else:
        return None
    start = week_start(published) + dt.timedelta(weeks=shift)
    offset = {"beginning": 1, "weekend": 4}.get(part or "", 3)
    date = start + dt.timedelta(days=offset)
    if shift == 0:
        date = min(date, published)
    return DateExpression(match.start(), match.end(), date, WEEK, 0.7, True)


def _weeks(match: re.Match[str], published: dt.date) -> DateExpression:
    """The middle of the last two weeks (or of the last few: three)."""
    days = 7 if match["two"] else 10
    date = published - dt.timedelta(days=days)
    return DateExpression(match.start(), match.end(), date, MONTH, 0.6, True)


def _days(match: re.Match[str], published: dt.date) -> DateExpression:
    """The middle of the last few days (the later of the middle two): the last two days
    are dated yesterday, the last three the day before."""
    days = 2 if match["two"] else _FEW_DAYS[match["n"] or match["n2"]]
    date = published - dt.timedelta(days=(days + 1) // 2)
    return DateExpression(match.start(), match.end(), date, WEEK, 0.6, True)


# A state that lasts, told before "since" and a count of days (يعيشون في الملاجئ منذ
# ثلاثة أيام, كانا مخطوفين منذ ستة أيام): a verb of the present's plural or a word after
# "was" or "still", within a few words; after a past verb (قصفت الطائرات منذ 12 يوما, قتل
# خمسة مدنيين منذ اربعه ايام) it is "ago".
_LASTING_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:ي\w{2,}ون|(?:كان|كانا|كانوا|كانت|ظل|ظلوا|ظلت|يزال|يزالون|زال|زالوا)\s+\S+"
    r"|(?:بلا|بدون))"  # (a state without: المدينة بلا كهرباء ولا ماء منذ ثلاثة أيام)
    r"(?:\s+\S+){0,4}\s*$"
)


def _ago(match: re.Match[str], published: dt.date) -> DateExpression | None:
    if match["week"] is not None:
        date, precision = published - dt.timedelta(days=7), WEEK
    else:
        if match["one"] is not None:
            days = 1
        elif match["two"] is not None:
            days = 2
        elif match["since"] is not None and _LASTING_BEFORE.search(
            match.string, max(match.start() - 40, 0), match.start()
        ):
            return None  # يعيشون في الملاجئ منذ ثلاثة أيام: how long, not when
        elif match["n"].isdigit():
            days = int(match["n"])
        else:
            days = _NUMBER_KEYS[_key(match["n"])]
        if not 1 <= days <= 31:
            return None
        date, precision = published - dt.timedelta(days=days), EXACT_DAY
    return DateExpression(match.start(), match.end(), date, precision, 0.65, True)


_EARLIEST = dt.date(2, 1, 1)
_LATEST = dt.date(9998, 12, 31)
_Interpreter = Callable[[re.Match[str]], DateExpression | None]
# Words of which each expression holds at least one (a month or a qualifier, a weekday,
# أمس or اليوم, الأسبوع, قبل or منذ)...
# (Patterns are named here: hashing a compiled pattern hashes all of its text.)
_NEEDED_WORDS: Mapping[str, tuple[str, ...]] = {
    "month": _first_words(MONTHS, _QUALIFIER_SHIFT),
    "weekday": _first_words(_WEEKDAY_KEYS),
    "relative day": ("امس", "البارحه", "اليوم", "الليله"),
    "week": ("الاسبوع",),
    "weeks": ("اسبوعين", "الاسابيع"),
    "days": ("اليومين", "ايام"),  # (ايام is in الايام too)
    "ago": ("قبل", "منذ"),
    "ordinal month": ("شهر",),
}
# ... and characters none of them holds: a pattern is searched for only between two of
# these, where one of its words stands (the same matches, found without scanning the rest).
_BREAKS = re.compile('[\n.!?؟؛:"]')


def _needed_words_automaton() -> ahocorasick.Automaton:
    patterns: dict[str, list[str]] = {}
    for pattern, words in _NEEDED_WORDS.items():
        for word in words:
            patterns.setdefault(word, []).append(pattern)
    automaton = ahocorasick.Automaton()
    for word, wanted in patterns.items():
        automaton.add_word(word, tuple(wanted))
    automaton.make_automaton()
    return automaton


_NEEDED_WORDS_AUTOMATON = _needed_words_automaton()


def _stretches(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each pattern (by name), the stretches between breaks that hold one of its words."""
    breaks = [match.start() for match in _BREAKS.finditer(text)]
    found: dict[str, dict[int, tuple[int, int]]] = {}
    seen: set[tuple[tuple[str, ...], int]] = set()  # (the word's patterns, its stretch)
    for end_index, patterns in _NEEDED_WORDS_AUTOMATON.iter(text):
        after = bisect_right(breaks, end_index)  # the break after the word
        if (patterns, after) not in seen:
            seen.add((patterns, after))
            begin = breaks[after - 1] + 1 if after else 0
            end = breaks[after] if after < len(breaks) else len(text)
            for pattern in patterns:
                found.setdefault(pattern, {})[after] = (begin, end)
    return {pattern: sorted(spans.values()) for pattern, spans in found.items()}


_FOUR_DIGITS = re.compile(r"\d{4}")


def _with_a_year(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches that hold four digits in a row.

    Without a publication date a month expression is a date only with its year (شباط
    2021): elsewhere every match would be tried and refused.
    """
    years = [match.start() for match in _FOUR_DIGITS.finditer(text)]
    kept = []
    for begin, end in stretches:
        index = bisect_left(years, begin)
        if index < len(years) and years[index] + 4 <= end:
            kept.append((begin, end))
    return kept


def _scan(
    pattern: re.Pattern[str],
    text: str,
    interpret: _Interpreter,
    stretches: Sequence[tuple[int, int]] | None = None,
) -> Iterator[DateExpression]:
    """Every accepted match; after a refused one, the search goes on inside it.

    ``stretches``: where matches may be, in text order (by default the whole text).
    """
    position = 0
    for begin, end in stretches if stretches is not None else [(0, len(text))]:
        position = max(position, begin)
        while position <= end:
            match = pattern.search(text, position, end)
            if match is None:
                break
            try:
                found = interpret(match) if match.end() > match.start() else None
            except _ImpossibleDateError:
                position = match.end()
                continue
            if found is not None:
                yield found
                position = max(match.end(), match.start() + 1)
            else:
                position = match.start() + 1


def find_dates(text: str, published: dt.date | None = None) -> list[DateExpression]:
    """Date expressions in normalised ``text``, longest first where they overlap.

    ``published`` is the article's publication date; relative forms need it (one
    outside the years 2-9998 is ignored: days around it may not exist).
    """
    if published is not None and not _EARLIEST <= published <= _LATEST:
        published = None
    scans: list[tuple[str, re.Pattern[str], _Interpreter]] = [
        ("month", _MONTH_DATE, lambda m: _month_date(text, m, published)),
        ("month first", _COMMA_YEAR, lambda m: _month_first_date(text, m)),
        ("numeric", _NUMERIC_DATE, _numeric_date),
        ("weekday", _WEEKDAY, lambda m: _weekday(text, m, published)),
        ("ordinal month", _ORDINAL_MONTH, _ordinal_month),
    ]
    if published is not None:
        day = published
        scans += [
            ("relative day", _RELATIVE_DAY, lambda m: _relative_day(text, m, day)),
            ("week", _WEEK, lambda m: _week(m, day)),
            ("weeks", _WEEKS, lambda m: _weeks(m, day)),
            ("days", _DAYS, lambda m: _days(m, day)),
            ("ago", _AGO, lambda m: _ago(m, day)),
        ]
    stretches = _stretches(text)
    if published is None and "month" in stretches:
        stretches["month"] = _with_a_year(text, stretches["month"])
    found: list[DateExpression] = []
    for name, pattern, interpret in scans:
        if name not in _NEEDED_WORDS:  # numeric dates need no word: the whole text
            found.extend(_scan(pattern, text, interpret))
        elif name in stretches:
            found.extend(_scan(pattern, text, interpret, stretches[name]))
    return _longest(found + _days_joined(text, found))


# A day written alone and joined by و to a day with its month: في 12 و22 اكتوبر (after a
# word of time: قتل 3 و15 اذار counts three).
_DAY_JOINED = re.compile(r"(?<!\w)(?:[وف]?في|يومي|بتاريخ) (?P<day>\d{1,2})\s*و\s*$")


def _days_joined(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """The first day of "12 و22 اكتوبر", in the month (and year) of the second."""
    joined: list[DateExpression] = []
    for expression in found:
        if expression.precision != EXACT_DAY or not text[expression.start].isdigit():
            continue
        day = _DAY_JOINED.search(text, max(expression.start - 14, 0), expression.start)
        if day is None:
            continue
        first = int(day["day"])
        if not 1 <= first < expression.date.day:
            continue  # (28 و3 تشرين: not two days of one month in order)
        date = expression.date.replace(day=first)
        joined.append(replace(expression, start=day.start("day"), end=day.end("day"), date=date))
    return joined


def parse_date(text: str, published: dt.date | None = None) -> DateExpression | None:
    """The date ``text`` names when all of it is one date expression (what a coder typed).

    ``text`` is raw (it is normalised here); the offsets returned are normalised ones.
    """
    normalized = normalize(text).text
    stripped = normalized.strip(" \n.,،")
    if not stripped:
        return None
    first = normalized.index(stripped)
    for expression in find_dates(normalized, published):
        if expression.start == first and expression.end == first + len(stripped):
            return expression
    return None


def _longest(expressions: list[DateExpression]) -> list[DateExpression]:
    """Keep the longest of overlapping expressions, in text order."""
    ordered = sorted(expressions, key=lambda e: (-(e.end - e.start), e.start, -e.confidence))
    starts: list[int] = []
    kept: list[DateExpression] = []
    for expression in ordered:
        index = bisect_right(starts, expression.start)
        if index and kept[index - 1].end > expression.start:
            continue
        if index < len(kept) and kept[index].start < expression.end:
            continue
        starts.insert(index, expression.start)
        kept.insert(index, expression)
    return kept
