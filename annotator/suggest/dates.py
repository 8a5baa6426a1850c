"""Date suggestions: every date expression of an article, resolved against its publication.

The expressions and their resolution are ``annotator.text.dates``; this module adds
what depends on the article around them:

- Forms resolved from the publication day (اليوم, أمس, a weekday, a week, "قبل يومين")
  inside quotation marks or in a sentence marked as reported earlier (حينها, آنذاك,
  وقتها, ...) speak of the speaker's day, not the article's: they are still suggested,
  so that the coder sees them, but with confidence ``REPORTED_CONFIDENCE``. In the seed
  article "من بعد ظهر اليوم" inside the quoted SANA statement is such a case.
- A day and month written without a year take the year of the same month written
  with one earlier in the article (``25 مارس`` after ``مارس 2017``), rather than the
  year nearest publication. One followed by "of that year" (في أكتوبر من ذلك العام)
  takes the year written last before it, and the phrase joins its span.
- A day named relative to publication right before a written date (يوم الأربعاء
  المصادف 30 أيلول 2015, اليوم 4 نيسان 2017) is that date's weekday or "today" of the
  writer: only the written date is suggested.
- A day named from the last exact date written before it (في اليوم نفسه, في اليوم
  التالي, الليلة السابقة) is that date moved by its days. It is not suggested with no
  such date before it (a bare weekday, الجمعة, may be a family name; يوم الجمعة and
  أمس count), nor with a written date right after it (في اليوم التالي، 5 فبراير
  2018). Days counted from an event (بعد يوم من الهجوم) are not read: the event need
  not be on the last date written.
- A date more than a year before publication after "since" (منذ آذار 2011) starts a
  long period, and a recent month, part of one or day after it (وثقت منذ مطلع حزيران
  مقتل 47, قتلوا منذ فجر الأحد) the stretch a count or a spell of fighting runs from:
  neither is an event date. The day or month a campaign was launched (أطلقت حملة منذ
  مطلع شباط) is.
- A date after publication is not (yet) an event date: its confidence is capped at
  ``FUTURE_CONFIDENCE``.

Relative forms need ``ctx.published``: without it only dates with a year are suggested.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from itertools import pairwise

from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.text.dates import EXACT_DAY, MONTH, ORDINAL_DAYS, DateExpression, find_dates
from annotator.text.normalize import normalize_key
from annotator.text.tokens import char_positions

REPORTED_CONFIDENCE = 0.3
FUTURE_CONFIDENCE = 0.5
LONG_PERIOD_DAYS = 365
COVERED_PERIOD_DAYS = 540

_SENTENCE_MARKS = ".!?؟\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
# Between a day named relatively (a weekday, اليوم, اليوم التالي) and the written date
# that names it: nothing, a comma, المصادف/الموافق, بتاريخ, في, من.
_NAMES_THE_DATE = re.compile(
    r"[\s,،؛]*(?:(?:(?:ال)?(?:مصادف|موافق)\s*(?:ل\s*)?|ب?تاريخ|في|من|له)\s*)?$"
)
# "Of that year" after a month: the year is the one written last before it.
_OF_THAT_YEAR = re.compile(
    r"\s*(?:من|في)\s+(?:(?:ذلك|ذاك) العام|(?:تلك|ذات) السنه"
    r"|(?:العام|السنه) (?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات) (?:العام|السنه))(?!\w)"
)
# A year written as such: عام 2013, سنة 2013, في 2013 (not a count: 2015 شخصا).
_A_YEAR = re.compile(r"(?<!\w)[وب]?(?:عام|سنه|في|العام)\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_SINCE = re.compile(r"(?<!\w)[وف]?منذ\s*$")
_WHEN = re.compile(r"[\s,،]*حين(?!\w)")
# A campaign launched (اطلقت القوات حمله امنيه منذ الاحد): its first day is an event's.
# (not وقف إطلاق النار, a ceasefire; بدا alone is also "seemed")
_LAUNCHED = re.compile(
    r"(?<!\w)(?:[وف]?(?:اطلق|اطلقت|بدات|بدء|اطلاق(?! (?:ال)?نار))|[وف]?لل?بدء)(?!\w)"
)
# The day a period began, told after since and its beginning (منذ سقوط نظام الاسد في
# كانون الاول الماضي, منذ اندلاع الاشتباكات في 27 اب): the period's start, as most
# coders leave it, not the day of the article's event.
_SINCE_AN_OUTBREAK = re.compile(
    r"(?<!\w)[وف]?منذ\s+(?:بدء|بدا|بدايه|اندلاع|سقوط|انطلاق|انطلاقه|توقيع"
    r"|اطلاق(?! (?:ال)?(?:نار|صواريخ|صاروخ|سراح|قذائف|قذيفه|رصاص))"
    r"|(?:بدايت|اندلاع|انطلاقت)(?:ه|ها))(?!\w)[^.،,؛:\n]*$"
)
_OUTBREAK_REACH = 60  # characters: since, the beginning, what began and في
# Between the two ends of a range, and before its first (الفترة ... بين, من تاريخ).
_RANGE_JOIN = re.compile(r"\s*(?:و|الي|حتي|[-–—])\s*(?:تاريخ\s*)?")
_RANGE_OPENING = re.compile(
    r"(?:(?<!\w)(?P<period>ال?فتره)(?!\w)[^.\n]*)?(?<!\w)(?:ما\s+)?(?:بين|من)\s+(?:تاريخ\s+)?$"
)
ANAPHORIC_CONFIDENCE = 0.7
# annotator.text.dates gives يوم الأحد and أمس this confidence or more, a bare الجمعة less.
SURE_RELATIVE_DAY = 0.8
_ANAPHORIC_DAY = re.compile(
    r"(?<!\w)(?:[وفب]|وب)?(?P<phrase>"
    r"(?P<same>(?:ال)?(?:يوم|ليله) (?:نفسه|ذاته|عينه|نفسها|ذاتها)|(?:نفس|ذات) (?:اليوم|الليله))"
    r"|(?P<next>(?:اليوم|الليله) (?:التالي|التاليه|اللاحق|اللاحقه|الذي (?:تلاه|يليه)))"
    r"|(?P<previous>(?:اليوم|الليله) (?:السابق|السابقه|الذي سبقه))"
    r")(?!\w)"
)
# One of these is in every phrase _ANAPHORIC_DAY finds.
_ANAPHORIC_WORDS = ("نفس", "ذات", "عينه", "التالي", "اللاحق", "السابق", "تلاه", "يليه", "سبقه")
_REPORTED_MARKER = re.compile(
    r"(?<!\w)[وف]?(?:حينها|حينذاك|انذاك|انئذ|وقتها|وقتذاك|يومها|يومذاك)(?!\w)"
)


class _ReportedSpeech:
    """Where a normalised text quotes or reports speech of another day."""

    def __init__(self, text: str) -> None:
        self._quotes = char_positions(text, '"')
        self._lines = char_positions(text, "\n")
        self._ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._markers = [m.start() for m in _REPORTED_MARKER.finditer(text)]

    def covers(self, index: int) -> bool:
        return self._quoted(index) or self._marked(index)

    def _quoted(self, index: int) -> bool:
        """An odd number of quotation marks between the line's start and ``index``."""
        line = bisect_left(self._lines, index)
        line_start = self._lines[line - 1] + 1 if line else 0
        count = bisect_left(self._quotes, index) - bisect_left(self._quotes, line_start)
        return count % 2 == 1

    def _marked(self, index: int) -> bool:
        ending = bisect_left(self._ends, index)
        start = self._ends[ending - 1] + 1 if ending else 0
        end = self._ends[ending] if ending < len(self._ends) else None
        first = bisect_left(self._markers, start)
        if first >= len(self._markers):
            return False
        return end is None or self._markers[first] < end


def suggest_dates(ctx: SuggestContext) -> list[Suggestion]:
    """One "date" suggestion per date expression, in text order.

    value: {"date": "YYYY-MM-DD", "time_precision": 1 | 2 | 3}.
    """
    text = ctx.normalized.text
    expressions = _with_anaphoric_days(
        text,
        _years_from_the_article(
            _years_of_the_sentence(text, _of_that_year(text, find_dates(text, ctx.published)))
        ),
    )
    expressions = _without_covered_periods(text, _with_days_of_the_same_month(text, expressions))
    speech = _ReportedSpeech(text) if any(e.day_relative for e in expressions) else None
    suggestions: list[Suggestion] = []
    last_written: DateExpression | None = None  # the last exact day suggested so far
    for index, expression in enumerate(expressions):
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        if (
            expression.day_relative
            and following is not None
            and not following.day_relative
            and _NAMES_THE_DATE.match(text, expression.end, following.start)
        ):
            continue
        if _starts_a_long_period(text, expression, ctx.published) or _SINCE_AN_OUTBREAK.search(
            text, max(expression.start - _OUTBREAK_REACH, 0), expression.start
        ):
            continue
        if expression.day_relative and _a_named_day(text, expression):
            continue
        if index and _restated_in_brackets(text, expressions[index - 1], expression):
            continue  # امس (الاربعاء): one date, the coder's span is the first
        confidence = expression.confidence
        if speech is not None and expression.day_relative and speech.covers(expression.start):
            confidence = min(confidence, REPORTED_CONFIDENCE)
            shown = _on_the_days_written(text, expression, last_written, ctx.published)
        else:
            shown = expression
            if expression.precision == EXACT_DAY and not expression.day_relative:
                last_written = expression
        if ctx.published is not None and shown.date > ctx.published:
            if (
                shown.precision == EXACT_DAY
                and not _YEAR_WRITTEN.search(text, shown.start, shown.end)
            ) or _NEXT.search(text, shown.start, shown.end):
                # (a day after publication, في الخامس عشر من الشهر الجاري, or one said to
                # come, مطلع الشهر المقبل: a plan, not the date of anything that happened; a
                # day written with its year is kept, the publication date may be wrong)
                continue
            confidence = min(confidence, FUTURE_CONFIDENCE)
        suggestions.append(
            ctx.from_normalized("date", shown.start, shown.end, shown.as_value(), confidence)
        )
    return suggestions


_YEAR_WRITTEN = re.compile(r"\d{4}")
_NEXT = re.compile(r"(?<!\w)(?:المقبل|القادم|المقبله|القادمه)(?!\w)")  # (normalised)


# A Friday alone that names no day: a protest Friday's name in quotation marks («الجمعة
# العظيمة», "جمعة الكرامة"), not one told as last week's («الجمعة العظيمة» الماضية);
# or Friday prayers (بعد صلاة الجمعة: the day is told elsewhere, and the news writers
# leave it), not the prayers of a day named (صلاة الجمعة الماضية).
_FRIDAY = normalize_key("الجمعة")
_DAY_NAMED = re.compile(r' [^\s"]+(?: [^\s"]+)?"(?! (?:الماضيه|الماضي|المقبله|القادمه|الفائته))')
_A_DAY_BEFORE = re.compile(r"(?<!\w)[وفب]?يوم\s*$")  # (يوم «الجمعة العظيمة»: that day)
_PRAYER_BEFORE = re.compile(r"(?<!\w)[وبلف]?(?:صلاه|صلوات|خطبه|خطب|خطيب|امام) $")


def _a_named_day(text: str, expression: DateExpression) -> bool:
    start, end = expression.start, expression.end
    if text[start:end] != _FRIDAY:
        return False
    if (
        start > 0
        and text[start - 1] == '"'
        and _DAY_NAMED.match(text, end) is not None
        and not _A_DAY_BEFORE.search(text, max(start - 8, 0), start - 1)
    ):
        return True
    return _PRAYER_BEFORE.search(text, max(start - 10, 0), start) is not None


def _restated_in_brackets(text: str, before: DateExpression, expression: DateExpression) -> bool:
    """Whether a date in brackets right after another one names the same day."""
    return (
        expression.date == before.date
        and text[before.end : expression.start].strip() == "("
        and text[expression.end : expression.end + 2].strip().startswith(")")
    )


# Days a witness counts from their own day: not weekdays nor weeks, whose resolution
# depends on the day they are counted from (يوم الأحد, الأسبوع الماضي).
_NOT_MOVED = re.compile(
    r"(?<!\w)(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w)|اسبوع|اسابيع"
)


def _on_the_days_written(
    text: str,
    expression: DateExpression,
    written: DateExpression | None,
    published: dt.date | None,
) -> DateExpression:
    """ "اليوم صباحا قصف السوق" quoted after the attack's date: the witness's today is the
    day the report wrote last (the tweet or the testimony of that day), not publication;
    their أمس and قبل يومين count back from it. With no day written before, or for a
    weekday or a week, it stays as resolved from publication."""
    if (
        published is None
        or written is None
        or _NOT_MOVED.search(text, expression.start, expression.end)
    ):
        return expression
    return dataclasses.replace(expression, date=written.date + (expression.date - published))


def _with_anaphoric_days(text: str, expressions: list[DateExpression]) -> list[DateExpression]:
    """``expressions`` and the days named from the exact date written last before them."""
    if not expressions or not any(word in text for word in _ANAPHORIC_WORDS):
        return expressions  # (a look for words in C spares the pattern most articles)
    starts = [expression.start for expression in expressions]
    references = [e for e in expressions if _can_be_named_from(text, e)]
    reference_starts = [reference.start for reference in references]
    added: list[DateExpression] = []
    for match in _ANAPHORIC_DAY.finditer(text):
        start = match.start("phrase")
        after = bisect_left(starts, match.end())
        if after < len(expressions) and _NAMES_THE_DATE.match(
            text, match.end(), expressions[after].start
        ):
            continue  # في اليوم التالي، 5 فبراير 2018: the written date names it
        before = bisect_left(reference_starts, start) - 1
        if before < 0 or references[before].end > start:
            continue
        date = references[before].date + dt.timedelta(days=_days_after(match))
        added.append(DateExpression(start, match.end(), date, EXACT_DAY, ANAPHORIC_CONFIDENCE))
    # (where a relative day overlaps one of these, اليوم of اليوم اللاحق, the phrase wins)
    return _with_added(expressions, added)


def _with_added(
    expressions: list[DateExpression], added: list[DateExpression]
) -> list[DateExpression]:
    """``expressions`` and ``added``, in text order, without those ``added`` overlaps."""
    if not added:
        return expressions
    taken = TakenSpans((e.start, e.end) for e in added)
    kept = [e for e in expressions if not taken.overlaps(e.start, e.end)]
    return sorted([*kept, *added], key=lambda e: e.start)


# A day of the month written last before it (منذ مطلع آذار، حين شنّوا، في السادس من الشهر
# ذاته، هجمات): that month's day.
_SAME_MONTH = re.compile(
    # (not a week or a half of it: في الاسبوع الثاني من الشهر نفسه)
    r"(?<!الاسبوع )(?<!النصف )(?<!الثلث )(?<!العشر )(?<!الربع )"
    r"(?<!\w)(?:[وفب]|وب)?(?P<phrase>(?:(?P<digits>\d{1,2})|(?P<ordinal>"
    + "|".join(sorted((re.escape(w) for w in ORDINAL_DAYS), key=len, reverse=True))
    + r")) من (?:الشهر|شهر) (?:نفسه|ذاته|عينه))(?!\w)"
)


# A month named between that the dates do not read (من الشهر التالي, العاشر من محرم).
_ANOTHER_MONTH_BETWEEN = re.compile(
    r"(?<!\w)(?:(?:الشهر|شهر)(?! (?:نفسه|ذاته|عينه))|محرم|صفر|ربيع|جمادي|رجب|شعبان|رمضان|شوال"
    r"|ذي القعده|ذي الحجه)(?!\w)"
)
_THE_SAME_MONTH_NAMED = re.compile(r"شهر (?:نفسه|ذاته|عينه)")
_A_YEAR_AFTER = re.compile(r" (?:من )?(?:العام|عام|السنه|سنه|هذا العام)(?!\w)")


def _with_days_of_the_same_month(
    text: str, expressions: list[DateExpression]
) -> list[DateExpression]:
    """``expressions`` and the days of "the same month" as the date written last before."""
    if not expressions or not _THE_SAME_MONTH_NAMED.search(text):
        return expressions  # (a plain search first: most articles name no such day)
    added: list[DateExpression] = []
    for match in _SAME_MONTH.finditer(text):
        start = match.start("phrase")
        before = [e for e in expressions if e.end <= start and e.precision in (EXACT_DAY, MONTH)]
        if (
            not before
            or _ANOTHER_MONTH_BETWEEN.search(text, before[-1].end, start)
            or _A_YEAR_AFTER.match(text, match.end())
        ):
            continue  # (الأول من الشهر التالي, وفي 3 من الشهر نفسه; ... من العام الماضي)
        day = int(match["digits"]) if match["digits"] else ORDINAL_DAYS[match["ordinal"]]
        try:
            date = before[-1].date.replace(day=day)
        except ValueError:
            continue  # (a day the month has not)
        added.append(DateExpression(start, match.end(), date, EXACT_DAY, ANAPHORIC_CONFIDENCE))
    return _with_added(expressions, added)


def _can_be_named_from(text: str, expression: DateExpression) -> bool:
    """A day, written or named surely (يوم الأحد, أمس; not a bare الجمعة, also a name),
    of an event: not the day a period runs from (الحملة المتواصلة منذ 26 نيسان), unless
    a campaign was launched on it (أطلقت حملة منذ الأحد، وفي اليوم التالي ...)."""
    if expression.precision != EXACT_DAY or (
        expression.day_relative
        and expression.confidence < SURE_RELATIVE_DAY
        and not _set_apart(text, expression)
    ):
        return False
    named = _AN_AGREEMENT_NAMED_BY_ITS_DATE.search(
        text, max(expression.start - 12, 0), expression.start
    )
    if named is not None and not _SIGNED_BEFORE.search(
        text, max(named.start() - 30, 0), named.start()
    ):
        return False  # (خرق لاتفاق العاشر من آذار. وفي اليوم نفسه: the day of the news)
    return not _after_since(text, expression) or _launched_before(text, expression)


# A bare weekday set apart at its clause's end (في محيط بلدة الهول، الأحد.): the day of
# what the clause told, not a name.
_COMMA_BEFORE = re.compile(r"[،,] $")
_CLAUSE_END_AFTER = re.compile(r" *(?:[.،,\n]|$)")


def _set_apart(text: str, expression: DateExpression) -> bool:
    """Whether the expression is one word between a comma and its clause's end, not the
    day an attribution before it was made (بحسب ما أعلنه المرصد، الأحد.)."""
    comma = expression.start - 2
    return bool(
        " " not in text[expression.start : expression.end]
        and _COMMA_BEFORE.search(text, max(comma, 0), expression.start)
        and _CLAUSE_END_AFTER.match(text, expression.end)
        and not _ATTRIBUTED.search(text, max(comma - _ATTRIBUTION_REACH, 0), comma)
    )


# A report's words right before the comma: the weekday after it is when it was made.
_ATTRIBUTED = re.compile(
    r"(?<!\w)[وف]?(?:بحسب|حسب|حسبما|وفق|وفقا|نقلا|افاد|افادت|اعلن|اعلنت|اعلنه|ذكر|ذكرت"
    r"|قال|قالت|اكد|اكدت|اوضح|اوضحت|المرصد|مصادر|ناشطون|ناشطين)(?!\w)"
)
_ATTRIBUTION_REACH = 45  # characters before the comma


# An agreement named by its date (اتفاق العاشر من آذار): a day long past, told as a
# name, from which no later "same day" is counted (normalised); unless the sentence tells
# it signed there (وقع الطرفان اتفاق العاشر من آذار، وفي اليوم نفسه).
_AN_AGREEMENT_NAMED_BY_ITS_DATE = re.compile(
    r"(?<!\w)[وبل]?(?:ال|لل)?(?:اتفاق|اتفاقيه|تفاهم|تفاهمات)\s+$"
)
_SIGNED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعا|وقعوا|توقيع|ابرم|ابرمت|ابرام)(?!\w)")


def _after_since(text: str, expression: DateExpression) -> bool:
    return _SINCE.search(text, max(expression.start - 8, 0), expression.start) is not None


def _launched_before(text: str, expression: DateExpression) -> bool:
    """Whether a campaign is launched before a date after since: in its clause for a day
    (أطلقت القوات حملة منذ الأحد), in its sentence for a month (أطلقت حملة للتمشيط، منذ
    مطلع شباط)."""
    if expression.precision == EXACT_DAY:
        begin = text.rfind("،", 0, expression.start) + 1
    else:
        begin = 1 + max(text.rfind(mark, 0, expression.start) for mark in _SENTENCE_MARKS)
    return _LAUNCHED.search(text, begin, expression.start) is not None


def _days_after(match: re.Match[str]) -> int:
    if match["same"]:
        return 0
    if match["next"]:
        return 1
    return -1


def _starts_a_long_period(text: str, expression: DateExpression, published: dt.date | None) -> bool:
    """منذ آذار 2011 in a 2015 report: the start of years of conflict, not an event; nor
    is a recent week, month or part of one (وثقت منذ مطلع حزيران مقتل 47, تشهد المنطقة منذ
    مطلع الشهر الجاري توترا: the news writers leave all 38 unmarked), nor a day (قتلوا
    منذ فجر الأحد, تشهد المنطقة منذ الخميس معارك: 22 of 29 unmarked). The day or month a
    campaign was launched is kept (أطلقت القوات حملة منذ الأحد; the seed's أطلقت حملة
    لتمشيط البادية، منذ مطلع شباط), and so is one an event is told after (منذ مطلع تشرين،
    حين قتل)."""
    if not _after_since(text, expression):
        return False
    if published is not None and (published - expression.date).days > LONG_PERIOD_DAYS:
        return True
    if _WHEN.match(text, expression.end):
        return False  # (منذ مطلع تشرين، حين قتل ...: the day of an event told after it)
    # (قتلوا منذ فجر الأحد, تشهد منذ مطلع الشهر الجاري: the day or month a count or a
    # spell runs from)
    return not _launched_before(text, expression)


def _of_that_year(text: str, expressions: list[DateExpression]) -> list[DateExpression]:
    """في أكتوبر من ذلك العام: the month of the year written last before it, with a date
    or as a year (عام 2013, في 2013; not a count, 2015 شخصا)."""
    if "العام" not in text and "السنه" not in text:
        return expressions
    years = [(m.start(), int(m["year"])) for m in _A_YEAR.finditer(text)]
    resolved: list[DateExpression] = []
    year: int | None = None  # the year written last
    next_year = 0  # the first of ``years`` not yet passed
    for expression in expressions:
        while next_year < len(years) and years[next_year][0] < expression.start:
            year = years[next_year][1]
            next_year += 1
        phrase = _OF_THAT_YEAR.match(text, expression.end) if expression.year_guessed else None
        if phrase is not None and year is not None:
            date = _in_year(expression.date, year)
            resolved.append(
                dataclasses.replace(expression, end=phrase.end(), date=date, year_guessed=False)
            )
            continue
        if not expression.year_guessed and not expression.day_relative:
            year = expression.date.year
        resolved.append(expression)
    return resolved


def _in_year(date: dt.date, year: int) -> dt.date:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February of a common year
        return date


def _years_from_the_article(expressions: list[DateExpression]) -> list[DateExpression]:
    """Dates whose year was only guessed take the year written for their month before."""
    written: dict[int, int] = {}  # month -> the year last written with it
    resolved: list[DateExpression] = []
    for expression in expressions:
        month = expression.date.month
        if expression.year_guessed and month in written:
            date = _in_year(expression.date, written[month])
            resolved.append(dataclasses.replace(expression, date=date, year_guessed=False))
            continue
        if not expression.year_guessed and not expression.day_relative:
            written[month] = expression.date.year
        resolved.append(expression)
    return resolved


def _years_of_the_sentence(text: str, expressions: list[DateExpression]) -> list[DateExpression]:
    """A month named alone, whose year was only guessed, takes the year written last
    before it in its sentence (في عام 2017 ... ذروتها خلال أبريل: April 2017), with a
    date or as a year (عام 2017, في 2017); not one after منذ, which starts a long period.
    A day and month keep the year nearest publication: a year written before them in
    the paragraph is as often background (a law of 2012) as theirs."""
    if not any(expression.year_guessed for expression in expressions):
        return expressions
    years = [
        (match.start(), int(match["year"]))
        for match in _A_YEAR.finditer(text)
        if not _SINCE.search(text, max(match.start() - 8, 0), match.start())
    ]
    years += [
        (expression.start, expression.date.year)
        for expression in expressions
        if not expression.year_guessed and not expression.day_relative
    ]
    years.sort()
    starts = [start for start, _year in years]
    resolved: list[DateExpression] = []
    for expression in expressions:
        before = bisect_left(starts, expression.start) - 1
        if expression.year_guessed and expression.precision == MONTH and before >= 0:
            start, year = years[before]
            if _SENTENCE_END.search(text, start, expression.start) is None:
                date = _in_year(expression.date, year)
                resolved.append(dataclasses.replace(expression, date=date, year_guessed=False))
                continue
        resolved.append(expression)
    return resolved


def _without_covered_periods(text: str, expressions: list[DateExpression]) -> list[DateExpression]:
    """The first and last day of a period a report covers are no event dates: a range
    (بين X و Y, من X إلى Y, من تاريخ X إلى تاريخ Y) of more than ``COVERED_PERIOD_DAYS``
    (videos from 01/12/2012 to 06/09/2016), or a period (الفترة) given by its first and
    last day over more than a month (في الفترة الواقعة ما بين 29 أيلول 2015 و30 نيسان
    2016). A few days of fighting (بين 5 و9 آذار) and a phase of strikes given by its
    months (خلال الفترة من سبتمبر 2015 إلى فبراير 2016) are kept: the coder dates its
    attacks from them."""
    dropped: set[int] = set()
    for index, (first, last) in enumerate(pairwise(expressions)):
        if first.day_relative or last.day_relative:
            continue
        if not _RANGE_JOIN.fullmatch(text, first.end, last.start):
            continue
        opening = _RANGE_OPENING.search(text, max(first.start - 40, 0), first.start)
        if opening is None:
            continue
        days = (last.date - first.date).days
        exact_days = first.precision == last.precision == EXACT_DAY
        if days > COVERED_PERIOD_DAYS or (opening["period"] and exact_days and days > 31):
            dropped.update((index, index + 1))
    return [e for index, e in enumerate(expressions) if index not in dropped]


__all__ = ["FUTURE_CONFIDENCE", "REPORTED_CONFIDENCE", "suggest_dates"]
