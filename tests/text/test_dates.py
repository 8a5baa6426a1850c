"""Arabic date expressions: every month family, relative forms, periods, and what is no date."""

from __future__ import annotations

import datetime as dt
import re
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text import dates
from annotator.text.dates import (
    MONTH_FAMILIES,
    MONTHS,
    find_dates,
    last_day,
    month_number,
    parse_date,
    shift_month,
    week_start,
)
from annotator.text.normalize import normalize

TUESDAY = dt.date(2021, 3, 16)  # the seed article's publication day


def _found(text: str, published: dt.date | None = TUESDAY) -> list[tuple[str, str, int]]:
    """(original text of the span, ISO date, time_precision) of each expression."""
    normalized = normalize(text)
    found = []
    for expression in find_dates(normalized.text, published):
        start, end = normalized.span(expression.start, expression.end)
        found.append((text[start:end], expression.date.isoformat(), expression.precision))
    return found


def _one(text: str, published: dt.date | None = TUESDAY) -> tuple[str, str, int]:
    found = _found(text, published)
    assert len(found) == 1, found
    return found[0]


# --- month names of every family ---------------------------------------------------------

_FAMILY_CASES = [
    (family, name, number)
    for family, names in MONTH_FAMILIES.items()
    for name, number in names.items()
]


@pytest.mark.parametrize(("family", "name", "number"), _FAMILY_CASES)
def test_day_month_year_in_every_family(family: str, name: str, number: int) -> None:
    text = f"وقع الانفجار في 3 {name} 2019 قرب السوق."
    assert _one(text) == (f"3 {name} 2019", f"2019-{number:02d}-03", 1), family


@pytest.mark.parametrize(("family", "name", "number"), _FAMILY_CASES)
def test_month_and_year_alone_is_the_month_midpoint(family: str, name: str, number: int) -> None:
    text = f"تصاعدت المعارك خلال {name} 2018 في الريف الشرقي"
    assert _one(text) == (f"{name} 2018", f"2018-{number:02d}-15", 3), family


@pytest.mark.parametrize(
    ("spelling", "number"),
    [
        ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7),
        ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("جويلية", 7), ("أوت", 8), ("أفريل", 4),
        ("آذار", 3), ("اذار", 3), ("أذار", 3), ("تشرين الأول", 10), ("تشرين اول", 10),
        ("كانون الثانى", 1), ("ماي", 5), ("جوان", 6), ("دجنبر", 12), ("غشت", 8),
    ],
)  # fmt: skip
def test_month_spellings(spelling: str, number: int) -> None:
    assert month_number(spelling) == number


def test_every_family_covers_all_twelve_months() -> None:
    for names in MONTH_FAMILIES.values():
        assert sorted(set(names.values())) == list(range(1, 13))
    assert set(MONTHS.values()) == set(range(1, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 2 نيسان / أبريل 2017 قصفت الطائرات", ("2 نيسان / أبريل 2017", "2017-04-02", 1)),
        ("صباح 21 تموز/يوليو 2023 اندلعت", ("21 تموز/يوليو 2023", "2023-07-21", 1)),
        ("منذ كانون الثاني (يناير) 2020", ("كانون الثاني (يناير) 2020", "2020-01-15", 3)),
        ("في أيلول-سبتمبر 2018", ("أيلول-سبتمبر 2018", "2018-09-15", 3)),
        ("يوم 9 أكتوبر/تشرين الأول 2022", ("9 أكتوبر/تشرين الأول 2022", "2022-10-09", 1)),
    ],
)
def test_month_pairs_of_two_families(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


# --- day and month -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلت تعزيزات في 15 من آذار الحالي إلى", ("15 من آذار الحالي", "2021-03-15", 1)),
        ("وصلت تعزيزات في 15 آذار 2021 إلى", ("15 آذار 2021", "2021-03-15", 1)),
        ("في 15 من شهر آذار الجاري", ("15 من شهر آذار الجاري", "2021-03-15", 1)),
        ("في الخامس عشر من آذار الحالي", ("الخامس عشر من آذار الحالي", "2021-03-15", 1)),
        ("في الخامس عشر من آذار", ("الخامس عشر من آذار", "2021-03-15", 1)),
        ("في الأول من آذار الحالي", ("الأول من آذار الحالي", "2021-03-01", 1)),
        ("في الحادي والعشرين من أيلول 2019", ("الحادي والعشرين من أيلول 2019", "2019-09-21", 1)),
        ("في الحادي و العشرين من أيلول 2019", ("الحادي و العشرين من أيلول 2019", "2019-09-21", 1)),
        ("في الثلاثين من نيسان 2019", ("الثلاثين من نيسان 2019", "2019-04-30", 1)),
        ("في الـ7 من تموز الماضي", ("7 من تموز الماضي", "2020-07-07", 1)),
        ("في 13 الجاري", ("13 الجاري", "2021-03-13", 1)),
        ("في 13 من الشهر الجاري", ("13 من الشهر الجاري", "2021-03-13", 1)),
        ("في 27 من الشهر الماضي", ("27 من الشهر الماضي", "2021-02-27", 1)),
        ("في 5 آذار من العام الماضي", ("5 آذار من العام الماضي", "2020-03-05", 1)),
        ("في 10 أيار من هذا العام", ("10 أيار من هذا العام", "2021-05-10", 1)),
        ("في 4 شباط عام 2020", ("4 شباط عام 2020", "2020-02-04", 1)),
        ("في 4 شباط، 2020", ("4 شباط، 2020", "2020-02-04", 1)),
        ("في 09 مارس 2020", ("09 مارس 2020", "2020-03-09", 1)),
        ("في ١٥ آذار ٢٠٢١", ("١٥ آذار ٢٠٢١", "2021-03-15", 1)),
        ("في ٦ من آذار الحالي", ("٦ من آذار الحالي", "2021-03-06", 1)),
        ("في ۱۵ مارس ۲۰۲۱", ("۱۵ مارس ۲۰۲۱", "2021-03-15", 1)),
        ("في ١٥ آذَار ٢٠٢١م", ("١٥ آذَار ٢٠٢١", "2021-03-15", 1)),
        ("وفي 3 شباط الماضي", ("3 شباط الماضي", "2021-02-03", 1)),
    ],
)
def test_day_and_month(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بتاريخ 15/3/2021 أعلن", ("15/3/2021", "2021-03-15", 1)),
        ("بتاريخ 15-03-2021 أعلن", ("15-03-2021", "2021-03-15", 1)),
        ("بتاريخ 2021-03-15 أعلن", ("2021-03-15", "2021-03-15", 1)),
        ("بتاريخ ١٥/٣/٢٠٢١ أعلن", ("١٥/٣/٢٠٢١", "2021-03-15", 1)),
    ],
)
def test_numeric_dates_are_day_month_year(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text, None) == expected


# --- relative months -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("خلال آذار الحالي", TUESDAY, "2021-03-15"),
        ("خلال آذار الجاري", TUESDAY, "2021-03-15"),
        ("خلال شباط الماضي", TUESDAY, "2021-02-15"),
        ("خلال شباط المنصرم", TUESDAY, "2021-02-15"),
        ("خلال نيسان المقبل", TUESDAY, "2021-04-15"),
        ("خلال نيسان القادم", TUESDAY, "2021-04-15"),
        ("خلال حزيران الماضي", TUESDAY, "2020-06-15"),
        ("خلال شباط المقبل", TUESDAY, "2022-02-15"),
        ("خلال الشهر الماضي", TUESDAY, "2021-02-15"),
        ("خلال الشهر الجاري", TUESDAY, "2021-03-15"),
        ("خلال الشهر المقبل", TUESDAY, "2021-04-15"),
        # across the year boundary
        ("خلال كانون الأول الماضي", dt.date(2021, 1, 10), "2020-12-15"),
        ("خلال ديسمبر المنصرم", dt.date(2021, 1, 10), "2020-12-15"),
        ("خلال الشهر الماضي", dt.date(2021, 1, 10), "2020-12-15"),
        ("في 28 كانون الأول الماضي", dt.date(2021, 1, 10), "2020-12-28"),
        ("في 28 كانون الأول", dt.date(2021, 1, 10), "2020-12-28"),
        ("خلال الشهر المقبل", dt.date(2021, 12, 10), "2022-01-15"),
        ("خلال شباط المقبل", dt.date(2021, 12, 10), "2022-02-15"),
        ("في 5 كانون الثاني", dt.date(2021, 12, 20), "2022-01-05"),
        # "آذار الماضي" written in March is the previous year's March
        ("خلال آذار الماضي", TUESDAY, "2020-03-15"),
        ("خلال آذار من العام الماضي", TUESDAY, "2020-03-15"),
        ("خلال شهر آب", TUESDAY, "2020-08-15"),
    ],
)
def test_relative_months(text: str, published: dt.date, expected: str) -> None:
    assert _one(text, published)[1] == expected


def test_a_day_without_year_is_the_nearest_one_preferring_the_past() -> None:
    assert _one("في 20 آذار")[1] == "2021-03-20"  # four days ahead
    assert _one("في 20 حزيران")[1] == "2020-06-20"  # not three months ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منذ مطلع شباط الماضي", ("مطلع شباط الماضي", "2021-02-01", 3)),
        ("منذ أوائل شباط الماضي", ("أوائل شباط الماضي", "2021-02-01", 3)),
        ("منذ بداية شباط الماضي", ("بداية شباط الماضي", "2021-02-01", 3)),
        ("منذ بداية شهر شباط الماضي", ("بداية شهر شباط الماضي", "2021-02-01", 3)),
        ("منذ منتصف شباط الماضي", ("منتصف شباط الماضي", "2021-02-15", 3)),
        ("منذ أواسط شباط الماضي", ("أواسط شباط الماضي", "2021-02-15", 3)),
        ("منذ أواخر شباط الماضي", ("أواخر شباط الماضي", "2021-02-28", 3)),
        ("حتى نهاية شباط 2020", ("نهاية شباط 2020", "2020-02-29", 3)),
        ("حتى نهاية نيسان 2019", ("نهاية نيسان 2019", "2019-04-30", 3)),
        ("في مطلع الشهر الجاري", ("مطلع الشهر الجاري", "2021-03-01", 3)),
        ("في أواخر الشهر الماضي", ("أواخر الشهر الماضي", "2021-02-28", 3)),
        # A week of a month: the middle of that week.
        ("خلال الأسبوع الأول من يناير 2019", ("الأسبوع الأول من يناير 2019", "2019-01-04", 2)),
        ("في الأسبوع الثالث من شباط الماضي", ("الأسبوع الثالث من شباط الماضي", "2021-02-18", 2)),
        ("وبمنتصف الشهر الماضي", ("منتصف الشهر الماضي", "2021-02-15", 3)),
    ],
)
def test_periods_of_a_month(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم في تشرين الأول", ("تشرين الأول", "2020-10-15", 3)),
        ("وخلال كانون الثاني قُتل", ("كانون الثاني", "2021-01-15", 3)),
        ("منذ شباط", ("شباط", "2021-02-15", 3)),
    ],
)
def test_a_month_alone_after_a_time_preposition(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


def test_a_short_month_name_alone_is_no_date() -> None:
    # آب is also "father", ماي "my water": alone they need more than a preposition.
    assert _found("في آب") == []
    assert _found("في ماي") == []


# --- relative days and weeks ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات أمس القرية", ("أمس", "2021-03-15", 1)),
        ("قصفت الطائرات يوم أمس القرية", ("يوم أمس", "2021-03-15", 1)),
        ("قصفت الطائرات مساء أمس القرية", ("مساء أمس", "2021-03-15", 1)),
        ("قصفت الطائرات بالأمس القرية", ("بالأمس", "2021-03-15", 1)),
        ("قصفت الطائرات البارحة القرية", ("البارحة", "2021-03-15", 1)),
        ("قصفت الطائرات ليلة البارحة القرية", ("ليلة البارحة", "2021-03-15", 1)),
        ("قصفت الطائرات الليلة الماضية القرية", ("الليلة الماضية", "2021-03-15", 1)),
        ("قصفت الطائرات اليوم القرية", ("اليوم", "2021-03-16", 1)),
        ("قصفت الطائرات صباح اليوم القرية", ("صباح اليوم", "2021-03-16", 1)),
        ("قصفت الطائرات أول أمس القرية", ("أول أمس", "2021-03-14", 1)),
        ("قصفت الطائرات أول من أمس القرية", ("أول من أمس", "2021-03-14", 1)),
        ("قصفت الطائرات أمس الأول القرية", ("أمس الأول", "2021-03-14", 1)),
        ("قصفت الطائرات قبل يومين القرية", ("قبل يومين", "2021-03-14", 1)),
        ("قصفت الطائرات قبل ثلاثة أيام القرية", ("قبل ثلاثة أيام", "2021-03-13", 1)),
        ("قصفت الطائرات منذ 12 يوما القرية", ("منذ 12 يوما", "2021-03-04", 1)),
    ],
)
def test_relative_days(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


def test_yesterday_or_today_with_its_weekday_is_one_date() -> None:
    # The seed's publication day, 16 March 2021, is a Tuesday.
    assert _found("قُتل شاب أمس الاثنين، جراء غارة") == [("أمس الاثنين", "2021-03-15", 1)]
    assert _found("ظهر اليوم الثلاثاء، إثر تفجير") == [("ظهر اليوم الثلاثاء", "2021-03-16", 1)]
    expressions = find_dates(normalize("أمس الأحد").text, TUESDAY)
    assert [e.confidence for e in expressions] == [0.5]  # the weekday disagrees


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("الأحد", "2021-03-14"), ("الاثنين", "2021-03-15"), ("الإثنين", "2021-03-15"),
        ("الثلاثاء", "2021-03-16"), ("الأربعاء", "2021-03-10"), ("الخميس", "2021-03-11"),
        ("الجمعة", "2021-03-12"), ("السبت", "2021-03-13"),
    ],
)  # fmt: skip
def test_weekdays_are_the_latest_on_or_before_publication(weekday: str, expected: str) -> None:
    assert _one(f"اندلعت اشتباكات يوم {weekday} في المدينة") == (f"يوم {weekday}", expected, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مساء الأحد", ("مساء الأحد", "2021-03-14", 1)),
        ("فجر الجمعة", ("فجر الجمعة", "2021-03-12", 1)),
        ("الثلاثاء الماضي", ("الثلاثاء الماضي", "2021-03-09", 1)),
        ("الأحد الماضي", ("الأحد الماضي", "2021-03-14", 1)),
        ("الجمعة الماضية", ("الجمعة الماضية", "2021-03-12", 1)),
        ("السبت المقبل", ("السبت المقبل", "2021-03-20", 1)),
        ("الثلاثاء القادم", ("الثلاثاء القادم", "2021-03-23", 1)),
        ("قالت الوزارة السبت إن", ("السبت", "2021-03-13", 1)),
    ],
)
def test_weekday_forms(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


def test_weekdays_across_the_year_boundary() -> None:
    assert _one("مساء الخميس", dt.date(2021, 1, 1))[1] == "2020-12-31"  # published a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يوم السبت 13 من الشهر الجاري", ("يوم السبت 13 من الشهر الجاري", "2021-03-13", 1)),
        ("الأحد، 14 آذار 2021", ("الأحد، 14 آذار 2021", "2021-03-14", 1)),
        ("يوم الخميس الموافق 4 آذار", ("يوم الخميس الموافق 4 آذار", "2021-03-04", 1)),
        # the explicit day wins even when the weekday does not agree with it
        ("يوم الأحد 13 من الشهر الجاري", ("يوم الأحد 13 من الشهر الجاري", "2021-03-13", 1)),
    ],
)
def test_a_weekday_with_an_explicit_day_is_one_expression(
    text: str, expected: tuple[str, str, int]
) -> None:
    assert _one(text) == expected


def test_a_weekday_that_disagrees_with_its_day_has_low_confidence() -> None:
    agreeing = find_dates(normalize("يوم السبت 13 من الشهر الجاري").text, TUESDAY)[0]
    disagreeing = find_dates(normalize("يوم الأحد 13 من الشهر الجاري").text, TUESDAY)[0]
    assert agreeing.confidence > disagreeing.confidence
    assert disagreeing.confidence <= 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weeks run Monday-Sunday; the previous one is 8-14 March 2021, dated its Thursday
        ("خلال الأسبوع الماضي", ("الأسبوع الماضي", "2021-03-11", 2)),
        ("خلال الأسبوع المنصرم", ("الأسبوع المنصرم", "2021-03-11", 2)),
        ("في نهاية الأسبوع الماضي", ("نهاية الأسبوع الماضي", "2021-03-12", 2)),
        ("في عطلة نهاية الأسبوع الماضي", ("عطلة نهاية الأسبوع الماضي", "2021-03-12", 2)),
        ("في مطلع الأسبوع الماضي", ("مطلع الأسبوع الماضي", "2021-03-09", 2)),
        ("في منتصف الأسبوع الماضي", ("منتصف الأسبوع الماضي", "2021-03-11", 2)),
        ("في نهاية الأسبوع", ("نهاية الأسبوع", "2021-03-12", 2)),
        # this week's Thursday is after publication: dated on publication
        ("خلال الأسبوع الجاري", ("الأسبوع الجاري", "2021-03-16", 2)),
        ("خلال هذا الأسبوع", ("هذا الأسبوع", "2021-03-16", 2)),
        ("خلال الأسبوع المقبل", ("الأسبوع المقبل", "2021-03-25", 2)),
        ("منذ أسبوع", ("منذ أسبوع", "2021-03-09", 2)),
        # The past two or few weeks: ACLED's time_precision 3, the middle of the period.
        ("خلال الأسبوعين الماضيين", ("الأسبوعين الماضيين", "2021-03-09", 3)),
        ("في الأسابيع القليلة الماضية", ("الأسابيع القليلة الماضية", "2021-03-06", 3)),
        # ... of a month named after them, that month.
        ("خلال الأسبوعين الأخيرين من شهر شباط", ("شهر شباط", "2021-02-15", 3)),
    ],
)
def test_weeks(text: str, expected: tuple[str, str, int]) -> None:
    assert _one(text) == expected


def test_this_weekend_once_it_has_begun() -> None:
    saturday = dt.date(2021, 3, 13)
    assert _one("في نهاية الأسبوع", saturday)[1] == "2021-03-12"
    assert _one("في الأسبوع الماضي", saturday)[1] == "2021-03-04"


# --- without a publication date ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "15 من آذار الحالي", "مطلع شباط الماضي", "الشهر الماضي", "أمس", "اليوم", "أول أمس",
        "مساء الأحد", "الأسبوع الماضي", "قبل يومين", "15 آذار", "شهر آب", "13 الجاري",
        "يوم السبت 13 من الشهر الجاري",
    ],
)  # fmt: skip
def test_relative_forms_need_a_publication_date(text: str) -> None:
    assert _found(text, None) == []


def test_absolute_dates_need_no_publication_date() -> None:
    assert _found("في 15 آذار 2021 ومطلع نيسان 2020 ويوم السبت 13 آذار 2021", None) == [
        ("15 آذار 2021", "2021-03-15", 1),
        ("مطلع نيسان 2020", "2020-04-01", 3),
        ("يوم السبت 13 آذار 2021", "2021-03-13", 1),
    ]


# --- not dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "حوالي الساعة الواحدة و30 دقيقة من بعد الظهر",
        "الساعة 10 و15 دقيقة",
        "مقاتلو الفرقة 18 التابعة للجيش",
        "الفرقة 18 آذار",
        "طفل يبلغ من العمر 15 عاما",
        "قتل 30 شخصا وأصيب 12 آخرون",
        "مارس الجيش ضغوطا كبيرة على السكان",
        "ذكرى حرب تموز ونكسة حزيران",
        "قتل أب لثلاثة أطفال عند الباب",
        "في اليوم التالي للهجوم",
        "منذ ذلك اليوم",
        "لا يزال القتال مستمرا حتى اليوم",
        "اليوم الأول من المعارك",
        "كلا الاثنين قتلا",
        "قرار مجلس الأمن 2254",
        "في عام 2020",
        "الأسبوع",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "31 شباط 2021", "30 شباط", "29 شباط 2021", "31 نيسان 2020", "31 من الشهر الماضي",
        "0 آذار 2021", "32 آذار 2021", "15/13/2021", "31/4/2021", "2021-02-30",
        "يوم السبت 31 شباط 2021", "الحادي والثلاثين من حزيران 2020", "31 أو 32 أيار 2019",
        "30 أو 31 نيسان 2019",
    ],
)  # fmt: skip
def test_impossible_dates_are_not_suggested(text: str) -> None:
    assert _found(text) == []


def test_a_leap_day_is_a_date() -> None:
    assert _one("في 29 شباط 2020") == ("29 شباط 2020", "2020-02-29", 1)


def test_several_dates_in_one_text_in_order() -> None:
    text = "قتل مدنيان أمس، بعد هجوم في 6 من آذار الحالي، وحملة منذ مطلع شباط الماضي."
    assert [found[0] for found in _found(text)] == [
        "أمس",
        "6 من آذار الحالي",
        "مطلع شباط الماضي",
    ]


# --- parse_date and helpers -------------------------------------------------------------------


def test_parse_date_reads_one_whole_expression() -> None:
    parsed = parse_date(" 15 من آذار الحالي ", TUESDAY)
    assert parsed is not None
    assert (parsed.date, parsed.precision) == (dt.date(2021, 3, 15), 1)
    assert parsed.as_value() == {"date": "2021-03-15", "time_precision": 1}
    assert parse_date("قتل 15 شخصا في آذار 2021", TUESDAY) is None
    assert parse_date("", TUESDAY) is None
    assert parse_date("أمس", None) is None


def test_calendar_helpers() -> None:
    assert last_day(2020, 2) == 29
    assert last_day(2021, 2) == 28
    assert shift_month(2021, 1, -1) == (2020, 12)
    assert shift_month(2021, 12, 1) == (2022, 1)
    assert week_start(TUESDAY) == dt.date(2021, 3, 15)
    assert week_start(dt.date(2021, 3, 14)) == dt.date(2021, 3, 8)  # a Sunday ends its week


def test_publication_dates_at_the_calendar_edges_do_not_crash() -> None:
    text = "أمس والأسبوع الماضي ومساء الأحد و15 آذار والشهر الماضي وقبل يومين"
    for published in (dt.date.min, dt.date.max, dt.date(1, 1, 8), dt.date(9999, 12, 25)):
        for expression in find_dates(normalize(text).text, published):
            assert dt.date.min <= expression.date <= dt.date.max


_DATE_PIECES = st.sampled_from(
    ["آذار", "اذار", "أيار", "آب", "باب", "مايو", "أكتوبر", "شهر", "الشهر", "الماضي",
     "الحالي", "الجاري", "المقبل", "منتصف", "مطلع", "أواخر", "الخامس", "الحادي", "والعشرين",
     "عشر", "من", "15", "١٥", "2021", "عام", "العام", "/", "(", ")", "،", " ", " ", "  ",
     "\n", ".", "و", "ب", "ال", "x", "الأول"]
)  # fmt: skip


@given(st.lists(_DATE_PIECES, max_size=30).map("".join))
def test_month_pattern_start_check_changes_no_match(text: str) -> None:
    """The letter tree put first in the month pattern only spares work: at every position
    the pattern finds what it finds without it."""
    guard = f"(?=\\d|{dates._MONTH_DATE_START})"
    assert dates._MONTH_DATE.pattern.startswith(guard)
    unguarded = re.compile(dates._MONTH_DATE.pattern[len(guard) :])
    normalized = normalize(text).text
    for position in range(len(normalized) + 1):
        with_check = dates._MONTH_DATE.search(normalized, position)
        without = unguarded.search(normalized, position)
        assert (with_check and with_check.groupdict(), with_check and with_check.span()) == (
            without and without.groupdict(),
            without and without.span(),
        )


@given(st.lists(_DATE_PIECES, max_size=30).map("".join))
def test_skipping_stretches_without_a_year_changes_nothing_without_a_publication_date(
    text: str,
) -> None:
    """Without a publication date, month stretches without four digits are not searched:
    searched anyway, they give the same expressions."""
    normalized = normalize(text).text
    with mock.patch.object(dates, "_with_a_year", lambda _text, stretches: stretches):
        unfiltered = find_dates(normalized, None)
    assert find_dates(normalized, None) == unfiltered


def test_a_day_glued_to_fi_is_still_the_day() -> None:
    # Reports lose spaces (هوجم سابقًا في25 مارس - آذار 2017): the day is not dropped.
    assert _one("وكان المستشفى قد هوجم سابقًا في25 مارس - آذار 2017 للمرة الأولى") == (
        "25 مارس - آذار 2017",
        "2017-03-25",
        1,
    )
    # Only في: a day number glued to other letters is no date.
    assert _one("وفي26 آذار 2017 قصفت الطائرات البلدة")[1] == "2017-03-26"
    assert not [span for span, _date, _precision in _found("الرمز كي25 آذار") if "25" in span]


def test_a_month_named_by_its_ordinal_with_its_year() -> None:
    found = find_dates(normalize("سيطر الجيش الحر على المدينة في الشهر العاشر من عام 2012").text)
    assert [(e.date, e.precision) for e in found] == [(dt.date(2012, 10, 15), 3)]
    # Without a year it is no date (الشهر الثاني of what?), nor before a count.
    assert find_dates(normalize("في الشهر الثاني من الحصار").text, dt.date(2018, 2, 19)) == []
    assert find_dates(normalize("خلال الشهر الخامس 2000 قتيل").text) == []


def test_one_day_ago() -> None:
    found = find_dates(normalize("أغار الطيران قبل يوم واحد على المشفى").text, dt.date(2018, 2, 19))
    assert [(e.date, e.precision) for e in found] == [(dt.date(2018, 2, 18), 1)]
    # Counted from an event, or a bare يوم (a day named after it), it is not read.
    for text in ("قبل يوم من الهجوم", "قبل يوم واحد من الهجوم", "وصل الوفد قبل يوم الانتخابات"):
        assert find_dates(normalize(text).text, dt.date(2018, 2, 19)) == []


def test_the_month_first_as_english_writes_it() -> None:
    # Translated reports keep "March 16, 2017"; without the comma and the year a number
    # after a month is no day.
    assert _one("صُوّر في آذار 16, 2017 قرب المسجد") == ("آذار 16, 2017", "2017-03-16", 1)
    assert _one("وفي مارس ٥، ٢٠١٦ قتل") == ("مارس ٥، ٢٠١٦", "2016-03-05", 1)
    assert ("آذار 16", "2021-03-16", 1) not in _found("في آذار 16 قتيلا")
    # An impossible day is no day (the month alone may still be read).
    assert [found[0] for found in _found("شباط 31, 2017")] in ([], ["شباط"])


def test_the_night_between_two_days_is_one_date() -> None:
    # Published on a Tuesday: the night of Sunday to Monday is Sunday's, or Monday's
    # after midnight.
    assert _found("غارات ليل الأحد الإثنين على أحياء") == [("ليل الأحد الإثنين", "2021-03-14", 1)]
    assert _found("هجوم بعد منتصف ليل الأحد-الاثنين على مواقع") == [
        ("منتصف ليل الأحد-الاثنين", "2021-03-15", 1)
    ]
    # Two days that do not follow each other are two dates.
    assert len(_found("ليل الأحد الأربعاء")) == 2


def test_tuesday_spelt_the_levantine_way() -> None:
    found = find_dates(normalize("دخلت القوات البلدة صباح الثلثاء").text, dt.date(2016, 1, 13))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2016, 1, 12), 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until today" and a day's span are no day of an event
        (
            "وبلغت الحصيلة منذ 24 آذار 2019 وحتى اليوم 1374 قتيلاً",
            [("24 آذار 2019", "2019-03-24", 1)],
        ),
        ("بلغت كثافة الطيران أكثر من 100 رحلة في اليوم الواحد", []),
        ("وخرق المسلحون الهدنة 17 مرة خلال اليوم الماضي", []),
        # ... today itself is
        ("قُتل ثلاثة مدنيين اليوم في درعا", [("اليوم", "2021-03-16", 1)]),
    ],
)
def test_until_today_and_a_day_s_span(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _found(text) == expected


def test_until_today_with_its_weekday_is_no_day_but_until_its_dawn_is() -> None:
    found = _found("استمرت الحملة منذ مساء الأحد وحتى اليوم")
    spans = [span for span, _date, _precision in found]
    assert "اليوم" not in spans
    # ... the dawn that fighting lasted until is a day of the fighting
    assert _found("اندلعت المعارك مساء الأحد واستمرت حتى فجر اليوم")[-1][1:] == ("2021-03-16", 1)


def test_today_of_a_rate_is_no_day() -> None:
    assert _found("باتت العائلات تكتفي بوجبة واحدة في اليوم من الأعشاب") == []
    assert _found("يوزع الخبز ثلاث مرات في اليوم") == []
    assert _found("قتل ثلاثة مدنيين في اليوم الأحد") == [("اليوم الأحد", "2021-03-16", 1)]
