"""The date suggester: spans on the original text, reported speech, the seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.dates import FUTURE_CONFIDENCE, REPORTED_CONFIDENCE, suggest_dates

TUESDAY = dt.date(2021, 3, 16)
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed_article_ar.txt"


def _suggest(text: str, published: dt.date | None = TUESDAY) -> list[Suggestion]:
    return suggest_dates(SuggestContext.of(text, published))


def _summary(suggestions: list[Suggestion]) -> list[tuple[str, str, int]]:
    return [(s.text, s.value["date"], s.value["time_precision"]) for s in suggestions]


def _check_contract(text: str, suggestions: list[Suggestion]) -> None:
    previous_end = 0
    for suggestion in suggestions:
        assert suggestion.kind == "date"
        assert 0 <= suggestion.start <= suggestion.end <= len(text)
        assert suggestion.text == text[suggestion.start : suggestion.end]
        assert suggestion.start >= previous_end  # in text order, never overlapping
        previous_end = suggestion.end
        assert set(suggestion.value) == {"date", "time_precision"}
        date = suggestion.value["date"]
        assert isinstance(date, str)
        assert dt.date.fromisoformat(date).isoformat() == date
        assert suggestion.value["time_precision"] in (1, 2, 3)
        assert 0.0 < suggestion.confidence <= 1.0


def test_suggestions_carry_the_contract_value() -> None:
    text = "قتل ثلاثة مدنيين في 15 من آذار الحالي بقصف على القرية."
    [suggestion] = _suggest(text)
    assert suggestion.as_json() == {
        "kind": "date",
        "start": text.index("15"),
        "end": text.index("الحالي") + len("الحالي"),
        "text": "15 من آذار الحالي",
        "value": {"date": "2021-03-15", "time_precision": 1},
        "confidence": suggestion.confidence,
    }
    assert suggestion.confidence >= 0.8


def test_spans_are_on_the_original_text_with_its_marks_emoji_and_digits() -> None:
    text = "😢 هاجم التنظيمُ فِي ١٥ آذَارَ ٢٠٢١\u200f وفِي مَطلَعِ شُبَاطٍ الماضي"
    suggestions = _suggest(text)
    _check_contract(text, suggestions)
    assert _summary(suggestions) == [
        ("١٥ آذَارَ ٢٠٢١", "2021-03-15", 1),
        ("مَطلَعِ شُبَاطٍ الماضي", "2021-02-01", 3),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("قصف مدفعي أمس على الحي", TUESDAY, [("أمس", "2021-03-15", 1)]),
        (
            "خلال كانون الأول الماضي",
            dt.date(2021, 1, 10),
            [("كانون الأول الماضي", "2020-12-15", 3)],
        ),
        ("في 31 شباط 2021", TUESDAY, []),
        ("في ٦ من آذار الحالي", TUESDAY, [("٦ من آذار الحالي", "2021-03-06", 1)]),
        ("في 2 نيسان / أبريل 2017", None, [("2 نيسان / أبريل 2017", "2017-04-02", 1)]),
        ("مساء أمس ومساء الأحد", None, []),
        ("الساعة الواحدة و30 دقيقة", TUESDAY, []),
    ],
)
def test_suggestions(
    text: str, published: dt.date | None, expected: list[tuple[str, str, int]]
) -> None:
    suggestions = _suggest(text, published)
    _check_contract(text, suggestions)
    assert _summary(suggestions) == expected


def test_relative_days_in_quoted_or_reported_speech_have_low_confidence() -> None:
    plain = _suggest("قال المرصد إن الطائرات قصفت صباح اليوم القرية.")
    quoted = _suggest("قال المرصد: «قصفت الطائرات صباح اليوم القرية».")
    reported = _suggest("ونقلت الوكالة حينها أن الطائرات قصفت صباح اليوم القرية.")
    assert [s.text for s in plain + quoted + reported] == ["صباح اليوم"] * 3
    assert plain[0].confidence > 0.5
    assert quoted[0].confidence == REPORTED_CONFIDENCE
    assert reported[0].confidence == REPORTED_CONFIDENCE
    # quotation closed before the date; marker in another sentence
    after_quote = _suggest("قال: “نحن مستعدون” ثم قصفت الطائرات صباح اليوم.")
    other_sentence = _suggest("نقلت الوكالة ذلك حينها. وقصفت الطائرات صباح اليوم.")
    assert after_quote[0].confidence > 0.5
    assert other_sentence[0].confidence > 0.5


def test_absolute_dates_in_quotes_keep_their_confidence() -> None:
    [suggestion] = _suggest("قال: «وقع الهجوم في 6 من آذار الحالي».")
    assert suggestion.confidence > 0.5


def test_future_dates_are_capped() -> None:
    [future] = _suggest("تبدأ المحادثات في نيسان 2021")
    assert future.value["date"] == "2021-04-15"
    assert future.confidence <= FUTURE_CONFIDENCE


def test_a_date_said_to_come_next_is_no_event_s() -> None:
    # A summit planned for next month, talks next April: nothing has happened on them.
    assert _suggest("تعقد القمة مطلع الشهر المقبل، وتبدأ المحادثات في 20 نيسان المقبل") == []
    # A day of this month after publication is a plan too; one written with its year is
    # kept (the publication date may be wrong).
    assert _suggest("ستعقد اللجنة اجتماعها في الخامس والعشرين من الشهر الجاري") == []
    # Last month's is kept.
    assert [s.text for s in _suggest("عقدت القمة مطلع الشهر الماضي")] == ["مطلع الشهر الماضي"]


# --- the seed article -----------------------------------------------------------------------


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not available (the shared corpus beside the project)")
    text = SEED.read_text(encoding="utf-8")
    suggestions = _suggest(text, TUESDAY)
    _check_contract(text, suggestions)
    confident = {s.text: s for s in suggestions if s.confidence > 0.5}
    assert {
        text: (s.value["date"], s.value["time_precision"]) for text, s in confident.items()
    } == {
        "15 من آذار الحالي": ("2021-03-15", 1),
        "6 من آذار الحالي": ("2021-03-06", 1),
        "مطلع شباط الماضي": ("2021-02-01", 3),
        "منتصف شباط الماضي": ("2021-02-15", 3),
    }
    # "من بعد ظهر اليوم" inside the quoted SANA statement is the day of that report
    quoted = [s for s in suggestions if s.confidence <= 0.5]
    assert [s.text for s in quoted] == ["بعد ظهر اليوم"]
    assert quoted[0].confidence == REPORTED_CONFIDENCE
    # clock times, unit numbers and counts are not dates
    covered = "".join(s.text for s in suggestions)
    for not_a_date in ("30 دقيقة", "18", "13 عنصر", "20 آخرين"):
        assert not_a_date not in covered


def test_seed_article_without_publication_date_has_no_dates() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not available (the shared corpus beside the project)")
    assert _suggest(SEED.read_text(encoding="utf-8"), None) == []


# --- any text ---------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "آذار", "شباط", "كانون الأول", "تشرين الثاني", "نيسان / أبريل", "تموز/يوليو", "مارس",
        "جانفي", "أوت", "آب", "ماي", "الحالي", "الماضي", "الماضية", "المقبل", "الجاري", "من",
        "شهر", "الشهر", "العام", "مطلع", "منتصف", "أواخر", "نهاية", "الأسبوع", "عطلة", "يوم",
        "مساء", "بعد ظهر", "اليوم", "أمس", "أول", "البارحة", "الأحد", "الاثنين", "الجمعة",
        "السبت", "الخامس عشر", "الحادي و", "العشرين", "قبل", "يومين", "أيام", "الموافق",
        "15", "31", "29", "6", "0", "2021", "١٥", "٢٠٢١", "9999", "/", "-", "(", ")", "،",
        '"', "«", "»", "حينها", ".", "\n", " ", " ", "  ", "😢", "\x00", "\x1f", "\ud800",
        "\udfff", "\u200f", "\u064e", "\u0651", "ـ", "ﻻ", "A",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=40).map(" ".join) | st.lists(_PIECES, max_size=40).map("".join),
    st.none() | st.dates(),
)
def test_any_mixture_of_date_words_keeps_the_contract(text: str, published: dt.date | None) -> None:
    _check_contract(text, _suggest(text, published))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.none() | st.dates())
def test_any_text_keeps_the_contract(text: str, published: dt.date | None) -> None:
    _check_contract(text, _suggest(text, published))


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_PIECES, min_size=1, max_size=30).map(" ".join), st.none() | st.dates())
def test_100_kb_texts_keep_the_contract(piece: str, published: dt.date | None) -> None:
    text = (piece + "\n") * (100_000 // (len(piece) + 1) + 1)
    text = text[:100_000]
    _check_contract(text, _suggest(text, published))


def test_a_100_kb_article_full_of_dates() -> None:
    sentence = "قتل 3 في 15 من آذار الحالي ومساء أمس ويوم السبت 13 من الشهر الجاري 😢 \ud800\n"
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    suggestions = _suggest(text)
    _check_contract(text, suggestions)
    assert len(suggestions) >= 3 * (100_000 // len(sentence))


def test_a_day_and_month_take_the_year_the_article_wrote_for_that_month() -> None:
    text = "وقعت الضربة الأولى في 24 مارس 2017. وفي حادثة 25 مارس قُتل شخصان."
    assert _summary(_suggest(text, dt.date(2018, 1, 17))) == [
        ("24 مارس 2017", "2017-03-24", 1),
        ("25 مارس", "2017-03-25", 1),
    ]
    # Without a year for that month, the year nearest publication stands, a future day
    # counting six times its distance: last March, not this coming one.
    alone = _suggest("وفي حادثة 25 مارس قُتل شخصان.", dt.date(2018, 1, 17))
    assert _summary(alone) == [("25 مارس", "2017-03-25", 1)]
    soon = _suggest("وفي حادثة 2 شباط قُتل شخصان.", dt.date(2018, 1, 30))
    assert _summary(soon) == []  # (2 February, three days on: a future day, not suggested)


def test_since_long_ago_starts_a_period_not_an_event() -> None:
    published = dt.date(2015, 8, 21)
    assert _suggest("وثّقنا الهجمات منذ آذار 2011 في سوريا", published) == []
    # nor is a recent month a spell runs from (the news writers leave all 38 unmarked) ...
    assert _suggest("تشهد المنطقة منذ مطلع آب الجاري تصعيدًا", published) == []
    # ... unless a campaign was launched then, told before a comma or not
    launched = _suggest("أطلقت القوات حملة لتمشيط البادية، منذ مطلع آب الجاري", published)
    assert _summary(launched) == [("مطلع آب الجاري", "2015-08-01", 3)]
    tried = _suggest("بعد محاولات للبدء بعمليات تمشيط منذ منتصف آب الجاري", published)
    assert _summary(tried) == [("منتصف آب الجاري", "2015-08-15", 3)]
    # since written with its marks; a ceasefire's "firing" launches nothing
    assert _suggest("تشهد المنطقة مُنذُ مَطلَعِ آبٍ الجاري تصعيداً", published) == []
    ceasefire = "خرقت القوات وقف إطلاق النار الساري منذ مطلع آب الجاري"
    assert _suggest(ceasefire, published) == []


def test_a_weekday_or_today_naming_a_written_date_is_that_date() -> None:
    published = dt.date(2018, 11, 26)
    text = "من يوم الأربعاء المصادف 30 أيلول 2015 شن الطيران غارات"
    assert _summary(_suggest(text, published)) == [("30 أيلول 2015", "2015-09-30", 1)]
    text = "اليوم 4 إبريل 2017 الساعة السادسة"
    assert _summary(_suggest(text, published)) == [("4 إبريل 2017", "2017-04-04", 1)]
    text = "تعرض المشفى ليلة البارحة بتاريخ 4/02/2018 لست غارات"
    assert _summary(_suggest(text, published)) == [("4/02/2018", "2018-02-04", 1)]
    # A day relative to publication in another sentence stands on its own.
    text = "قصفت الطائرات المدينة أمس. وفي 3 أيار 2018 قصفتها أيضًا"
    assert _summary(_suggest(text, published)) == [
        ("أمس", "2018-11-25", 1),
        ("3 أيار 2018", "2018-05-03", 1),
    ]


def test_a_month_pair_written_with_backslashes_is_one_date() -> None:
    text = "في يوم 30 أيلول\\\\سبتمبر 2015 تداولت الشبكات"
    assert _summary(_suggest(text, dt.date(2018, 11, 26))) == [
        ("30 أيلول\\\\سبتمبر 2015", "2015-09-30", 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A few days: the middle of the period, time_precision 2 (ACLED).
        (
            "في الخامس أو السادس من مايو/أيار 2019",
            [("الخامس أو السادس من مايو/أيار 2019", "2019-05-05", 2)],
        ),
        ("بين 5 و6 أيار 2019", [("5 و6 أيار 2019", "2019-05-05", 2)]),
        ("من 3 إلى 5 آذار 2019", [("3 إلى 5 آذار 2019", "2019-03-04", 2)]),
        ("في 3-5 آذار 2019", [("3-5 آذار 2019", "2019-03-04", 2)]),
        # More than a week: the month's precision; و without بين joins two days, not a spell.
        ("بين 1 و20 آذار 2019", [("1 و20 آذار 2019", "2019-03-10", 3)]),
        ("قُتل 3 و15 آذار 2019", [("15 آذار 2019", "2019-03-15", 1)]),
        # Days the wrong way round are no range: the second is the date.
        ("في 6 أو 5 آذار 2019", [("5 آذار 2019", "2019-03-05", 1)]),
    ],
)
def test_a_range_of_days(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _summary(_suggest(text, dt.date(2019, 6, 27))) == expected


def test_a_day_named_from_the_date_written_before_it() -> None:
    text = (
        "قصفت الطائرات البلدة في 5 أيار 2019. وفي اليوم نفسه قُتل مدنيان. وفي اليوم التالي"
        " أصيب ثلاثة، وفي الليلة السابقة قصفت القرية"
    )
    assert _summary(_suggest(text, dt.date(2019, 6, 27))) == [
        ("5 أيار 2019", "2019-05-05", 1),
        ("اليوم نفسه", "2019-05-05", 1),
        ("اليوم التالي", "2019-05-06", 1),
        ("الليلة السابقة", "2019-05-04", 1),
    ]
    # A written date right after it names it; a bare weekday may be a family name.
    text = "في 28 أيلول 2016 قصفت الطائرات. في اليوم التالي ،في 29 سبتمبر ،حدد الأرشيف"
    assert _summary(_suggest(text, dt.date(2019, 6, 27))) == [
        ("28 أيلول 2016", "2016-09-28", 1),
        ("29 سبتمبر", "2016-09-29", 1),
    ]
    text = "قُتل شاب أمس. وفي اليوم التالي أصيب ثلاثة"
    assert _summary(_suggest(text, dt.date(2019, 6, 27)))[1] == ("اليوم التالي", "2019-06-27", 1)
    text = "قُتل محمد الجمعة. وفي اليوم ذاته أصيب ثلاثة"
    assert _summary(_suggest(text, dt.date(2019, 6, 27)))[1:] == []
    # Every wording of the next day, and the same day, is the phrase, not today.
    for phrase, day in (("اليوم اللاحق", "06"), ("اليوم الذي تلاه", "06"), ("اليوم عينه", "05")):
        text = f"قصفت الطائرات في 5 أيار 2019، وفي {phrase} قتل 3 مدنيين"
        assert _summary(_suggest(text, dt.date(2019, 6, 27)))[1] == (phrase, f"2019-05-{day}", 1)
    # With no date written before it, it names none. Days counted from an event are
    # not from the last date written, nor from today.
    assert _suggest("وفي اليوم التالي أصيب ثلاثة", dt.date(2019, 6, 27)) == []
    text = "في 25 أبريل 2017 نُشر فيديو يظهر الدمار بعد يوم من الهجوم وقبل يومين من نشره"
    assert _summary(_suggest(text, dt.date(2019, 6, 27))) == [("25 أبريل 2017", "2017-04-25", 1)]
    assert _summary(_suggest("قبل يومين قصفت الطائرات", dt.date(2019, 6, 27))) == [
        ("قبل يومين", "2019-06-25", 1)
    ]
    assert _summary(_suggest("قبل يومين من الآن", dt.date(2019, 6, 27))) == [
        ("قبل يومين", "2019-06-25", 1)
    ]


def test_the_same_day_is_an_event_s_day_not_the_day_a_campaign_runs_from() -> None:
    text = (
        "قتل 11 مدنياً يوم الإثنين 13 أيار، في إطار الحملة المتواصلة منذ 26 نيسان الماضي. "
        "وأصيب عدد من المدنيين ظهر اليوم ذاته."
    )
    assert _summary(_suggest(text, dt.date(2019, 5, 14))) == [
        ("يوم الإثنين 13 أيار", "2019-05-13", 1),
        ("اليوم ذاته", "2019-05-13", 1),
    ]
    # the day a campaign was launched is an event's day, and a day is named from it
    text = "أطلقت القوات حملة منذ يوم الأحد 12 أيار، وفي اليوم التالي قُتل ثلاثة."
    assert _summary(_suggest(text, dt.date(2019, 5, 14)))[-1] == ("اليوم التالي", "2019-05-13", 1)


def test_a_month_of_that_year_takes_the_year_written_last() -> None:
    text = (
        "خرج النظام من المدينة في يوليو 2012، ثم شُكّل مجلس محلي. "
        "في أكتوبر من ذلك العام، وافق المجلس على الخطة، وفي 3 مارس من العام نفسه قُصفت."
    )
    assert _summary(_suggest(text, dt.date(2017, 12, 20))) == [
        ("يوليو 2012", "2012-07-15", 3),
        ("أكتوبر من ذلك العام", "2012-10-15", 3),
        ("3 مارس من العام نفسه", "2012-03-03", 1),
    ]
    # No year written before: the month keeps the year nearest publication.
    assert _summary(_suggest("في أكتوبر من ذلك العام وافق المجلس", dt.date(2017, 12, 20))) == [
        ("أكتوبر", "2017-10-15", 3)
    ]


def test_a_witness_today_is_the_day_written_before_the_quote() -> None:
    text = (
        "في 29 كانون الثاني 2018 قصفت الطائرات السوق. "
        'قال نائب المدير: "اليوم صباحا قُصف سوق البطاطا"، وقال آخر: "أمس قصفوا الطريق".'
    )
    found = _suggest(text, dt.date(2018, 2, 19))
    assert _summary(found) == [
        ("29 كانون الثاني 2018", "2018-01-29", 1),
        ("اليوم", "2018-01-29", 1),
        ("أمس", "2018-01-28", 1),
    ]
    assert [s.confidence for s in found[1:]] == [REPORTED_CONFIDENCE] * 2
    # With no day written before the quote, it is the publication day, doubted.
    only = _suggest('قال المدير: "اليوم صباحا قُصف السوق"', dt.date(2018, 2, 19))
    assert _summary(only) == [("اليوم", "2018-02-19", 1)]


def test_a_witness_counts_days_back_from_the_day_written_not_weekdays() -> None:
    text = (
        "في 5 شباط 2018 قصفت الطائرات المشفى. "
        'قال المدير: "كان الطيران قد أغار قبل يوم واحد على مشفى آخر، ويوم الأحد قصفوا السوق".'
    )
    assert _summary(_suggest(text, dt.date(2018, 2, 19))) == [
        ("5 شباط 2018", "2018-02-05", 1),
        ("قبل يوم واحد", "2018-02-04", 1),
        ("يوم الأحد", "2018-02-18", 1),  # a weekday: as resolved from publication
    ]


def test_that_year_is_a_date_s_year_and_a_witness_day_a_suggested_day() -> None:
    # A count is no year: "that year" needs a date written with its year.
    text = "بلغ عدد القتلى 2015 شخصًا. وفي أكتوبر من ذلك العام قُتل آخرون."
    assert _summary(_suggest(text, dt.date(2017, 12, 20))) == [("أكتوبر", "2017-10-15", 3)]
    # The start of a long period is no day a witness speaks on, nor are weeks moved.
    text = (
        'قال أحد السكان: "منذ 15 آذار 2011 ونحن نعاني، واليوم قصفوا السوق". '
        'وفي 3 آذار 2016 قال آخر: "الأسابيع الماضية قصفوا المدينة".'
    )
    found = _summary(_suggest(text, dt.date(2018, 2, 19)))
    assert found[0] == ("اليوم", "2018-02-19", 1)
    assert found[-1] == ("الأسابيع الماضية", "2018-02-09", 3)


def test_that_year_after_a_year_written_alone() -> None:
    text = "في عام 2013 سيطرت الفصائل على المدينة. وفي أكتوبر من ذلك العام قصفها الطيران."
    assert _summary(_suggest(text, dt.date(2019, 5, 8))) == [
        ("أكتوبر من ذلك العام", "2013-10-15", 3)
    ]


def test_a_month_without_a_year_takes_the_year_written_before_it_in_its_sentence() -> None:
    text = (
        "في عام 2017، زادت وتيرة الغارات ووصلت إلى ذروتها خلال أبريل وسبتمبر.\n"
        "وفي أيار قُتل ثلاثة مدنيين."
    )
    found = _summary(_suggest(text, dt.date(2018, 10, 31)))
    assert found == [
        ("أبريل", "2017-04-15", 3),
        ("سبتمبر", "2017-09-15", 3),  # joined to a month by و: a date too
        ("أيار", "2018-05-15", 3),  # another paragraph: the year nearest publication
    ]


def test_a_year_after_since_gives_no_year_to_the_months_after_it() -> None:
    text = "تشهد المنطقة معارك منذ عام 2012، وفي أيار قُتل ثلاثة مدنيين."
    assert _summary(_suggest(text, dt.date(2018, 10, 31))) == [("أيار", "2018-05-15", 3)]


def test_a_month_after_another_word_and_wa_is_no_date() -> None:
    # مارس is also a verb: joined by و to a word that is not a month it stays one.
    assert _suggest("قاتل ومارس الضغط على السكان.", dt.date(2018, 10, 31)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the years a dataset covers
        ("تضم القاعدة 392 فيديو من تاريخ 01/12/2012 إلى تاريخ 06/09/2016.", []),
        ("عدد الحوادث لكل فئة بين 30 سبتمبر 2015 إلى 09 سبتمبر 2018.", []),
        # a period given by its first and last day, over months
        ("الهجمات في الفترة الواقعة ما بين 29 أيلول 2015 و30 نيسان 2016.", []),
        # a phase of strikes given by its months: the coder dates attacks from it
        (
            "كانت الهجمات متكررة خلال الفترة من سبتمبر 2015 إلى فبراير 2016.",
            [("سبتمبر 2015", "2015-09-15", 3), ("فبراير 2016", "2016-02-15", 3)],
        ),
        # a few days of fighting
        (
            "دارت معارك بين 5 آذار 2016 و9 آذار 2016.",
            [("5 آذار 2016", "2016-03-05", 1), ("9 آذار 2016", "2016-03-09", 1)],
        ),
    ],
)
def test_the_ends_of_a_period_a_report_covers_are_no_event_dates(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _summary(_suggest(text, dt.date(2018, 10, 31))) == expected


def test_a_day_and_month_keep_the_year_nearest_publication_after_a_background_year() -> None:
    text = "صدر القانون عام 2012 ويجرم العمل الطبي، وفي 15 نوفمبر قُصف المشفى."
    assert _summary(_suggest(text, dt.date(2017, 3, 29))) == [("15 نوفمبر", "2016-11-15", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last few days: the middle (the later of the middle two), precision 2
        ("شنت الطائرات 30 غارة خلال اليومين الماضيين", [("اليومين الماضيين", "2021-03-15", 2)]),
        ("قتل 27 مدنياً خلال الأيام الثلاثة الأخيرة", [("الأيام الثلاثة الأخيرة", "2021-03-14", 2)]),
        ("الأيام الثلاثة الأخيرة من الحملة", []),
        # the beginning of the week is its Tuesday (this week's, written alone)
        ("بدأت الحملة مطلع الأسبوع", [("مطلع الأسبوع", "2021-03-16", 2)]),
        # a month a tally of people runs from is no event date; one a campaign began is
        ("وثقت فرقه منذ مطلع آذار الجاري مقتل 47 مدنياً", []),
        ("قدّر الفريق عدد النازحين منذ نهاية شباط الماضي بـ300 ألف", []),
        ("أطلقت حملة لتمشيط البادية منذ مطلع شباط الماضي", [("مطلع شباط الماضي", "2021-02-01", 3)]),
        # ... nor one a spell of fighting runs from
        ("وثّقته الشبكة التي قالت إن المنطقة تشهد منذ مطلع آذار الجاري تصعيداً", []),
        # but not a day a count runs from
        ("قتل 9 منذ يوم الخميس الماضي", []),
    ],
)
def test_few_days_the_week_s_beginning_and_what_a_tally_runs_from(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _summary(_suggest(text)) == expected


def test_a_day_joined_to_a_day_with_its_month_and_today_as_from_now_on() -> None:
    text = "أخرجت الغارات المطارين من الخدمة في ١٢ و٢٢ آذار الجاري"
    assert _summary(_suggest(text, dt.date(2021, 3, 25))) == [
        ("١٢", "2021-03-12", 1),
        ("٢٢ آذار الجاري", "2021-03-22", 1),
    ]
    # بعد اليوم: from now on, no day
    assert _suggest("لن يقبلوا بعد اليوم بسياسات التهميش") == []


def test_a_campaign_s_month_kept_with_a_killing_in_its_sentence() -> None:
    text = "أطلقت قوات النظام حملة منذ مطلع شباط قتل فيها 20 مدنيا"
    assert _summary(_suggest(text)) == [("مطلع شباط", "2021-02-01", 3)]
    # days out of order are no two days of one month
    assert _summary(_suggest("في 28 و3 آذار 2021")) == [("3 آذار 2021", "2021-03-03", 1)]


def test_a_weekday_in_brackets_restating_a_day_is_one_date() -> None:
    thursday = dt.date(2018, 7, 26)
    text = "هجمات نفذها التنظيم أمس (الأربعاء) في مدينة السويداء"
    assert _summary(_suggest(text, thursday)) == [("أمس", "2018-07-25", 1)]
    # Brackets that name another day are a second date.
    text = "هجمات نفذها التنظيم أمس (الثلاثاء) في مدينة السويداء"
    assert len(_suggest(text, thursday)) == 2


def test_a_day_a_toll_has_risen_from_is_no_event_date() -> None:
    thursday = dt.date(2023, 8, 31)
    text = "ارتفع عدد قتلى الاشتباكات منذ الأحد إلى أكثر من 40 شخصاً"
    assert _suggest(text, thursday) == []
    # A day a campaign began is kept.
    text = "أطلقت القوات حملة أمنية منذ الأحد في ريف المدينة"
    assert _summary(_suggest(text, thursday)) == [("الأحد", "2023-08-27", 1)]


def test_the_day_a_period_began_after_since_and_its_beginning_is_no_event_date() -> None:
    published = dt.date(2025, 6, 23)
    text = "وهو أول هجوم على كنيسة منذ سقوط نظام الأسد في كانون الأول/ديسمبر الماضي."
    assert _suggest(text, published) == []
    text = "ارتفعت حصيلة القتلى منذ اندلاع الاشتباكات في 27 أيار الماضي إلى 71 شخصاً"
    assert _suggest(text, published) == []
    text = "وتسبب النزاع منذ اندلاعه في آذار 2011 بمقتل الآلاف"
    assert _suggest(text, published) == []
    # the event's own day, told after the period, stays
    text = "منذ بدء الحملة، وفي 20 حزيران الجاري، قصفت الطائرات البلدة"
    assert [s.value["date"] for s in _suggest(text, published)] == ["2025-06-20"]


def test_a_protest_friday_s_name_and_friday_prayers_are_no_dates() -> None:
    text = (
        "قتلى برصاص الأمن في «الجمعة العظيمة». وأصيب العشرات أمس الجمعة، في يوم أطلق "
        "عليه الناشطون اسم «الجمعة العظيمة»، فور خروجهم من صلاة الجمعة"
    )
    published = dt.date(2011, 4, 23)
    assert _summary(_suggest(text, published)) == [("أمس الجمعة", "2011-04-22", 1)]
    # the prayers of a day named are that day
    text = "خرجت مظاهرة عقب صلاة الجمعة الماضية في درعا البلد"
    assert _summary(_suggest(text, published)) == [("الجمعة الماضية", "2011-04-22", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "تصعيد هو الأعنف منذ توقيع اتفاق سوتشي بين روسيا وتركيا في أيلول 2018",
        "منذ إطلاق تركيا عمليتها العسكرية في التاسع من تشرين الأول الماضي",
    ],
)
def test_the_day_a_period_began_after_since_is_no_event_s_day(text: str) -> None:
    assert _suggest(text, dt.date(2019, 11, 5)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the massacre, the shooting: the event itself, not a period's start
        ("وارتفعت حصيلة القتلى منذ مجزرة السوق يوم الأحد إلى 25 مدنيا", "يوم الأحد"),
        ("ولا يزال الشاب في العناية المشددة منذ إطلاق النار عليه يوم السبت", "يوم السبت"),
        # a protest Friday told as the day
        ('وقتل خمسة متظاهرين يوم "الجمعة العظيمة" في مدينة إزرع', "الجمعة"),
    ],
)
def test_a_day_after_since_an_event_or_a_named_friday_told_as_a_day(
    text: str, expected: str
) -> None:
    assert [s.text for s in _suggest(text, dt.date(2019, 11, 5))] == [expected]


def test_yesterday_with_the_article_is_yesterday_after_what_happened_on_it() -> None:
    text = "وارتفعت حصيلة تفجير الأمس في الرقة إلى خمسة قتلى"
    assert _summary(_suggest(text, dt.date(2026, 10, 21))) == [("الأمس", "2026-10-20", 1)]
    # ... not the past
    for text in ("وقال إن حلفاء الأمس أعداء", "وذكّر بثوار الأمس", "حتى الأمس القريب"):
        assert _suggest(text, dt.date(2026, 10, 21)) == []


def test_since_a_count_of_days_is_how_long_not_when() -> None:
    text = "إن «الأهالي يعيشون في الملاجئ منذ ثلاثة أيام». وقتل شخص قبل ثلاثة أيام."
    assert [s.text for s in _suggest(text)] == ["قبل ثلاثة أيام"]


def test_since_a_count_of_days_after_a_past_verb_is_when() -> None:
    text = "قتل خمسة مدنيين منذ أربعة أيام في قصف جوي. هاجم مسلحون مجهولون منذ ثلاثة أيام حاجزا."
    assert [s.text for s in _suggest(text)] == ["منذ أربعة أيام", "منذ ثلاثة أيام"]


def test_since_a_count_of_days_after_a_state_without_is_how_long() -> None:
    text = "وقال إن «المدينة بلا كهرباء ولا ماء منذ ثلاثة أيام». وقتل شخص قبل ثلاثة أيام."
    assert [s.text for s in _suggest(text)] == ["قبل ثلاثة أيام"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منذ مطلع آذار الماضي، حين شنّ مسلحون، في السادس من الشهر ذاته، هجمات منسقة",
         ("السادس من الشهر ذاته", "2025-03-06", 1)),
        ("قتل ثلاثة في 3 آذار الماضي، وقتل آخر في 16 من الشهر نفسه",
         ("16 من الشهر نفسه", "2025-03-16", 1)),
        ("قتل ثلاثة في 3 آذار، وآخر في 13 من الشهر نفسه، وثالث في 22 من الشهر نفسه",
         ("22 من الشهر نفسه", "2025-03-22", 1)),
    ],
)  # fmt: skip
def test_a_day_of_the_same_month_is_the_month_written_before(
    text: str, expected: tuple[str, str, int]
) -> None:
    assert expected in _summary(_suggest(text, dt.date(2025, 5, 12)))


def test_a_day_of_the_same_month_needs_a_month_before_and_a_day_it_has() -> None:
    assert _summary(_suggest("وفي السادس من الشهر ذاته هاجموا", dt.date(2025, 5, 12))) == []
    for text in (
        "اعتقل الناشط في 3 آذار، ثم أفرج عنه في الأسبوع الثاني من الشهر نفسه",
        "قتل 40 مدنياً في 3 آذار الماضي، مقابل 25 في 15 من الشهر نفسه من عام 2022",
        "غارات في 19 كانون الثاني، ثم في الأول من الشهر التالي، وفي 3 من الشهر نفسه",
    ):
        assert [s for s, _, _ in _summary(_suggest(text, dt.date(2025, 5, 12)))] == [
            s for s, _, _ in _summary(_suggest(text.split("،")[0], dt.date(2025, 5, 12)))
        ]
    text = "قتل ثلاثة في 3 شباط الماضي، وآخر في 30 من الشهر نفسه"
    assert [s for s, _, _ in _summary(_suggest(text, dt.date(2025, 5, 12)))] == ["3 شباط الماضي"]


def test_august_of_the_same_year_is_a_month_but_a_father_is_not() -> None:
    text = "فرض الحصار أواخر عام 2012، بعد أشهر من مجزرة راح ضحيتها 500 مدني في آب من العام نفسه"
    assert ("آب من العام نفسه", "2012-08-15", 3) in _summary(_suggest(text, dt.date(2016, 8, 26)))
    assert _summary(_suggest("وقتل في آب الشاب وأب لثلاثة أطفال", dt.date(2016, 8, 26))) == []


def test_the_same_day_is_not_counted_from_a_date_that_names_an_agreement() -> None:
    text = (
        "اندلعت اشتباكات مساء الإثنين في حلب، واعتُبرت خرقاً لاتفاق العاشر من آذار. "
        "وفي وقت سابق من اليوم نفسه، خرجت تظاهرة في الحي."
    )
    found = _summary(_suggest(text, dt.date(2025, 10, 7)))
    assert ("اليوم نفسه", "2025-10-06", 1) in found


def test_the_same_day_counts_from_a_statement_s_date_and_an_agreement_signed_on_it() -> None:
    statement = (
        "أعلنت الرئاسة في بيان 10 آذار تشكيل لجنة تحقيق. وفي اليوم نفسه، اعتقلت قوات الأمن "
        "خمسة أشخاص."
    )
    assert ("اليوم نفسه", "2025-03-10", 1) in _summary(_suggest(statement, dt.date(2025, 3, 12)))
    signed = "وقع الطرفان اتفاق العاشر من آذار في دمشق، وفي اليوم نفسه انتهت العمليات العسكرية."
    assert ("اليوم نفسه", "2025-03-10", 1) in _summary(_suggest(signed, dt.date(2025, 3, 12)))


def test_the_same_day_counts_from_a_weekday_set_apart_at_its_clause_s_end() -> None:
    text = (
        "اعتقلت الأسايش سبعة أشخاص فجر الإثنين. وقتلت قسد اثنين من عناصر التنظيم قرب الهول، "
        "الأحد.\n\nوفي اليوم نفسه، اغتال مسلحون عضواً في المجلس المحلي."
    )
    assert ("اليوم نفسه", "2020-08-16", 1) in _summary(_suggest(text, dt.date(2020, 8, 20)))


def test_the_day_a_report_was_made_anchors_no_same_day() -> None:
    text = (
        "قتل ثلاثة عناصر في كمين قرب السخنة يوم الخميس الماضي، بحسب ما أعلنه المرصد، الأحد. "
        "وفي اليوم التالي للكمين، قتل راع بانفجار لغم."
    )
    assert ("اليوم التالي", "2022-03-04", 1) in _summary(_suggest(text, dt.date(2022, 3, 7)))
