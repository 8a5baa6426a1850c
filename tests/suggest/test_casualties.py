"""Casualty suggestions: a number tied to an outcome word, never a unit, time or date."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.casualties import suggest_casualties
from annotator.suggest.pipeline import Pipeline
from annotator.text.normalize import normalize

SEED_ARTICLE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed_article_ar.txt"
)


def casualties(
    text: str, earlier: tuple[Suggestion, ...] = (), published: dt.date | None = None
) -> list[tuple[str, int, str, str]]:
    """(original span, count, outcome, qualifier) of every casualty suggestion."""
    ctx = SuggestContext(text, normalize(text), published, earlier)
    return [
        (s.text, s.value["count"], s.value["outcome"], s.value["qualifier"])
        for s in suggest_casualties(ctx)
    ]


def assert_well_formed(text: str, suggestions: list[Suggestion]) -> None:
    for suggestion in suggestions:
        assert suggestion.kind == "casualty"
        assert 0 <= suggestion.start <= suggestion.end <= len(text)
        assert text[suggestion.start : suggestion.end] == suggestion.text
        assert 0 < suggestion.confidence <= 1
        assert set(suggestion.value) == {"count", "outcome", "qualifier"}


# --- outcomes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل 4 عناصر", ("4", 4, "killed")),
        ("قتل المسلحون 4 مدنيين", ("4", 4, "killed")),
        ("قُتلت 4 نساء", ("4", 4, "killed")),
        ("مقتل ثلاثة عناصر", ("ثلاثة", 3, "killed")),
        ("سقط 4 قتلى", ("4", 4, "killed")),
        ("سقط قتيلان", ("قتيلان", 2, "killed")),
        ("سقط 20 قتيلًا", ("20 قتيلًا", 20, "killed")),
        ("لقي 4 مسلحين حتفهم", ("4", 4, "killed")),
        ("ولقي ثلاثة عناصر من قوات النظام حتفهم", ("ثلاثة", 3, "killed")),
        ("لقوا حتفهم وعددهم سبعة", ("سبعة", 7, "killed")),
        ("فارق 3 أطفال الحياة متأثرين بجراحهم", ("3", 3, "killed")),
        ("فقد 3 أشخاص حياتهم في القصف", ("3", 3, "killed")),
        ("استشهد طفلان", ("طفلان", 2, "killed")),
        ("ارتقى 6 شهداء", ("6", 6, "killed")),
        ("مصرع 3 أشخاص", ("3", 3, "killed")),
        ("أودى الانفجار بحياة 6 مدنيين", ("6", 6, "killed")),
        ("أُصيب 5 مدنيين", ("5", 5, "injured")),
        ("إصابة 5 أشخاص", ("5", 5, "injured")),
        ("جُرح 5 أشخاص", ("5", 5, "injured")),
        ("سقط 5 جرحى", ("5", 5, "injured")),
        ("وقعت 5 إصابات", ("5", 5, "injured")),
        ("اعتقلت القوات 12 شابا", ("12 شابا", 12, "detained")),
        ("حملة اعتقال طالت 9 أشخاص", ("9", 9, "detained")),
        ("احتجزت الدورية 4 رجال", ("4", 4, "detained")),
        ("أوقفت الشرطة 4 رجال", ("4", 4, "detained")),
        ("اختطف مسلحون ثلاثة أشخاص", ("ثلاثة", 3, "abducted")),
        ("خطف 3 أطفال", ("3", 3, "abducted")),
    ],
)
def test_outcome_words(text: str, expected: tuple[str, int, str]) -> None:
    assert [found[:3] for found in casualties(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "span", "count", "qualifier"),
    [
        ("قتل خمسة عناصر", "خمسة", 5, "exact"),
        ("قتلت خمس نساء", "خمس", 5, "exact"),
        ("قتل ثلاثة عشر مدنيا", "ثلاثة عشر مدنيا", 13, "exact"),
        ("قتلت اثنتا عشرة امرأة", "اثنتا عشرة", 12, "exact"),
        ("قتل خمسمئة وثلاثة وعشرون شخصا", "خمسمئة وثلاثة وعشرون شخصا", 523, "exact"),
        ("قتل ثلاث مئة شخص", "ثلاث مئة", 300, "exact"),
        ("قتل ثلاثة آلاف شخص", "ثلاثة آلاف", 3000, "exact"),
        ("قتل عنصرين", "عنصرين", 2, "exact"),
        ("قتلت امرأتان", "امرأتان", 2, "exact"),
        ("قُتل مدنيَّين", "مدنيَّين", 2, "exact"),
        ("قتل جنديين اثنين", "جنديين اثنين", 2, "exact"),
        ("قتل عنصر واحد", "واحد", 1, "exact"),
        ("قتل أحد العناصر", "أحد", 1, "exact"),
        ("قتل ٣ عناصر", "٣", 3, "exact"),
        ("قُتل ١٣ عنصرًا", "١٣ عنصرًا", 13, "exact"),
        ("قتل 20 عنصراً", "20 عنصراً", 20, "exact"),
        ("قتل 1,200 شخص", "1,200", 1200, "exact"),
        ("قتل أكثر من 20 شخصا", "أكثر من 20 شخصا", 20, "at_least"),
        ("قتل ما لا يقل عن عشرة أشخاص", "ما لا يقل عن عشرة", 10, "at_least"),
        ("قتل 5 أشخاص على الأقل", "5", 5, "at_least"),
        ("قتل بين 3 و5 مدنيين", "3 و5", 3, "at_least"),
        ("قتل نحو 30 عنصرا", "نحو 30 عنصرا", 30, "approx"),
        ("قتل حوالي أربعين شخصا", "حوالي أربعين شخصا", 40, "approx"),
        ("قتل قرابة 50 شخصا", "قرابة 50 شخصا", 50, "approx"),
        ("قتل عدة أشخاص", "عدة", 3, "vague"),
        ("قتل بعض العناصر", "بعض", 3, "vague"),
        ("أصيب عدد من المدنيين", "عدد من", 3, "vague"),
        ("قتل العشرات من العناصر", "العشرات", 12, "vague"),
        ("سقوط عشرات القتلى", "عشرات", 12, "vague"),
        ("مقتل مئات المدنيين", "مئات", 100, "vague"),
        ("مقتل آلاف المدنيين", "آلاف", 1000, "vague"),
    ],
)
def test_counts_and_qualifiers(text: str, span: str, count: int, qualifier: str) -> None:
    assert [(found[0], found[1], found[3]) for found in casualties(text)] == [
        (span, count, qualifier)
    ]


def test_unmarked_sound_plural_is_not_a_dual() -> None:
    assert casualties("قتل مدنيين") == []
    assert casualties("اعتقل مقاتلين") == []
    assert casualties("قتل مدنيِّين") == []


# --- order, distance, follow-ons --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 13 عنصرا وجرح 18 آخرون", [("13 عنصرا", 13, "killed"), ("18", 18, "injured")]),
        ("عنصرين قتلا", [("عنصرين", 2, "killed")]),
        (
            "إن عنصرين من “لواء القدس” الفلسطيني الرديف لقوات النظام (غير النظامي) قُتلا",
            [("عنصرين", 2, "killed")],
        ),
        (
            "قُتل جنديان في هجوم للتنظيم على حاجز في البادية، إضافة إلى خمسة بينهم ضابط",
            [("جنديان", 2, "killed"), ("خمسة", 5, "killed")],
        ),
        ("قُتل على إثره 13 عنصرًا", [("13 عنصرًا", 13, "killed")]),
        ("سقط 5 قتلى و10 جرحى", [("5", 5, "killed"), ("10", 10, "injured")]),
        ("أصيب 2 وقتل 3", [("2", 2, "injured"), ("3", 3, "killed")]),
        (
            "أسفر الهجوم عن مقتل 7 عناصر وإصابة 9 آخرين",
            [("7", 7, "killed"), ("9", 9, "injured")],
        ),
        (
            "قُتل ثلاثة مدنيين وأصيب خمسة آخرون بجروح",
            [("ثلاثة", 3, "killed"), ("خمسة", 5, "injured")],
        ),
        ("قتل خمسة ومن ثم اعتقل اثنين", [("خمسة", 5, "killed"), ("اثنين", 2, "detained")]),
        # an outcome after the number that opens a new clause belongs to the next count
        (
            "قُتل بسببه 40 شخصا وجرح 60 آخرين",
            [("40 شخصا", 40, "killed"), ("60", 60, "injured")],
        ),
        ("قتل 5 عناصر و3 مدنيين أصيبوا", [("5", 5, "killed"), ("3", 3, "injured")]),
        ("أسفر عن سقوط أكثر من 9قتلى", [("أكثر من 9", 9, "killed")]),
        ("قتل شخص واحد وأصيب اثنان", [("واحد", 1, "killed"), ("اثنان", 2, "injured")]),
        ("سقط جريح واحد", [("واحد", 1, "injured")]),
    ],
)
def test_either_order_distance_and_follow_ons(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [found[:3] for found in casualties(text)] == expected


def test_a_far_count_without_a_link_is_not_tied() -> None:
    text = "قتل 3 عناصر في هجوم على حاجز للقوات في ريف حمص الشرقي وقال المرصد إن 20 عنصرا"
    assert [found[:2] for found in casualties(text)] == [("3", 3)]
    assert [found[:2] for found in casualties("قتل 3 عناصر في هجوم شنه 20 مسلحا")] == [("3", 3)]
    text = "قتل ثلاثة في هجوم واسع شنه 20 مسلحا"
    assert [found[:2] for found in casualties(text)] == [("ثلاثة", 3)]


def test_outcome_in_another_sentence_does_not_count() -> None:
    for boundary in (".", "!", "?", "؟", "؛", "\n"):
        # (The one person killed is the only casualty; the 5 arrived in another sentence.)
        one = [("شخص", 1, "killed", "exact")]
        assert casualties(f"قتل شخص في المدينة{boundary} وصل 5 عناصر") == one
        assert casualties(f"وصل 5 عناصر{boundary} قتل شخص في المدينة") == one


def test_a_part_of_a_count_is_not_another_count() -> None:
    assert [found[:2] for found in casualties("قتل 6 مدنيين بينهم 2 من الأطفال")] == [("6", 6)]
    assert [found[:2] for found in casualties("سقط تسعة قتلى، أربعة منهم أطفال")] == [("تسعة", 9)]


def test_one_of_people_is_one() -> None:
    assert casualties("قتل أحد العناصر") == [("أحد", 1, "killed", "exact")]
    assert casualties("أصيب أحد المدنيين") == [("أحد", 1, "injured", "exact")]


def test_negated_outcomes_are_not_casualties() -> None:
    assert casualties("لم يصب أحد بأذى") == []
    assert casualties("لم يُقتل أي من العناصر الـ5") == []
    assert casualties("دون وقوع إصابات بين 5 عناصر") == []


# --- never a casualty ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # unit names
        "قتل شخص في هجوم على الفرقة 18",
        "قتل شخص في هجوم على اللواء 47",
        "قتل شخص في هجوم على الفيلق 5",
        "قتل شخص قرب الفرقة الـ 4",
        "قتل شخص في الفرع 215",
        # clock times
        "قُتل شخص حوالي الساعة الواحدة و30 دقيقة",
        "قتل شخص عند الساعة 3 فجرا",
        "قتل شخص في تمام الساعة العاشرة و15 دقيقة",
        # dates and years
        "قتل شخص في 15 من آذار الحالي",
        "قتل شخص في 6 آذار",
        "قتل شخص في 3 أيار 2017",
        "قتل شخص في 2017",
        "قتل شخص في عام 2017",
        "قتل شخص بتاريخ 15/3/2017",
        "قتل شخص يوم 12 نيسان",
        "قتل شخص في 15 من الشهر الجاري",
        # ages
        "قتل طفل عمره 12 عاما",
        "قتل طفل يبلغ من العمر 12 عاما",
        "قتل طفل البالغ من العمر 12 عاما",
        "قتل طفل بعمر 12",
        # counts of things and time
        "قتل شخص في 3 غارات",
        "قتل شخص في غارات شنتها 4 طائرات",
        "قتل شخص بعد إطلاق 10 صواريخ",
        "قتل شخص في انفجار 3 سيارات",
        "قتل شخص خلال 5 أيام",
        "قتل شخص على بعد 20 كيلومترا",
        "قتل شخص على بعد 3 كيلومتر",
        "قتل شخص بعد محاولات عدة",
        "قتل شخص في 3 قذائف",
        "قتل شخص بعد 12 ساعة",
        "قتل 20% من السكان",
        "قتل 20 في المئة من السكان",
        "قتل شخص في قصف 5 مواقع",
        "قتل شخص بعد نشر عدة صور",
        # aircraft models and list markers
        "قتل شخص بغارة من طائرة سو-24",
        "قتل شخص بغارة من طائرة سوخوي 22",
        "قتل شخص في الغارة\n6- معلومات عن الهجوم",
        # واحد/اثنين describing a thing, "one of" a thing
        "قتل شخص في غارة جوية واحدة",
        "قتل شخص قبل يوم واحد",
        "قتل شخص من عائلة واحدة",
        "قتل شخص بعد غارتين اثنتين",
        "قتل شخص قرب إحدى المدارس",
        # a base's number, and how many hours back
        "قتل شخص في هجوم على قاعدة «البرج 22» الأمريكية",
        "قتل شخص خلال الساعات الـ48 الماضية",
    ],
)
def test_never_a_casualty(text: str) -> None:
    # The one person the sentence names (قتل شخص, قتل طفل) is its only casualty.
    person = text.split()[1]
    one = [(person, 1, "killed", "exact")] if person in {"شخص", "طفل"} else []
    assert casualties(text) == one


def test_earlier_date_suggestions_are_not_counts() -> None:
    text = "قتل شخص في 15 آب"
    date = Suggestion("date", 11, 16, text[11:16], {"date": "2017-08-15", "time_precision": 1})
    assert text[11:16] == "15 آب"
    found = casualties(text, earlier=(date,), published=dt.date(2017, 8, 20))
    assert found == [("شخص", 1, "killed", "exact")]


# --- the seed article --------------------------------------------------------------------------


def test_seed_article() -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"{SEED_ARTICLE} is not available (the shared corpus beside the project)")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    suggestions = suggest_casualties(SuggestContext.of(text))
    assert_well_formed(text, suggestions)
    assert casualties(text) == [
        ("عنصرين", 2, "killed", "exact"),
        ("خمسة", 5, "killed", "exact"),
        ("أكثر من 20", 20, "injured", "at_least"),
        ("13 عنصرًا", 13, "killed", "exact"),
        ("18", 18, "injured", "exact"),
    ]


# --- any text ----------------------------------------------------------------------------------

# normalize() recurses without end on presentation-form code points that NFKC leaves as
# they are (﴾ ﴿ U+FD3E/F, ﮲ U+FBB2, noncharacters U+FDD0-FDEF, unassigned ones): see
# test_presentation_forms_that_nfkc_keeps. The property tests leave those out.
NORMALIZE_RECURSES_ON = [
    chr(code)
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]
    if unicodedata.normalize("NFKC", chr(code)) == chr(code)
]
ANY_CHARACTER = st.characters(exclude_categories=(), exclude_characters=NORMALIZE_RECURSES_ON)

ARABIC_PIECES = [
    "قتل", "قُتلا", "أُصيب", "جُرح", "اعتقل", "اختطف", "مقتل", "لقي", "حتفهم", "أودى", "بحياة",
    "عنصرين", "مدنيَّين", "خمسة", "عشر", "ثلاثمئة", "و", "وعشرين", "آلاف", "ألفا", "أكثر",
    "من", "نحو", "على", "الأقل", "عدة", "عدد", "عشرات", "إحدى", "أحد", "الساعة", "الفرقة",
    "آذار", "عاما", "غارات", "13", "١٣", "1,200", "3-5", "15/3", "٫", "٬", "%", "ً", "ّ", "َ",
    "“", "”", ".", "؟", "\n", " ", "  ", "😢", "\u200f", "\x00", "\ud800", "ﻻ", "T4", "ℌ",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ARABIC_PIECES),
            st.text(alphabet=ANY_CHARACTER, max_size=8),
        ),
        max_size=60,
    ).map(" ".join)
)
def test_any_text_gives_well_formed_suggestions(text: str) -> None:
    assert_well_formed(text, suggest_casualties(SuggestContext.of(text)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ANY_CHARACTER))
def test_any_characters_at_all(text: str) -> None:
    assert_well_formed(text, suggest_casualties(SuggestContext.of(text)))


def test_presentation_forms_that_nfkc_keeps() -> None:
    text = "قتل 3 أشخاص ﴿ ﴾ \ufdd7"
    assert_well_formed(text, suggest_casualties(SuggestContext.of(text)))


def hundred_kilobytes_of(pieces: list[str], seed: int) -> str:
    chooser = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < 100_000:
        part = chooser.choice(pieces)
        parts.append(part)
        size += len(part) + 1
    return " ".join(parts)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        hundred_kilobytes_of(ARABIC_PIECES, seed=1),
        hundred_kilobytes_of(["قتل", "3", "و", "أصيب", "5"], seed=2),  # one long sentence
        "9" * 100_000,
        "قتل " + "خمسة و" * 20_000,
    ],
    ids=["empty", "space", "newlines", "100kb-mixed", "100kb-one-sentence", "digits", "wa-chain"],
)
def test_empty_and_large_texts(text: str) -> None:
    assert_well_formed(text, suggest_casualties(SuggestContext.of(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصيب طفل بجروح خطيرة", [("طفل", 1, "injured", "exact")]),
        (
            "مقتل شاب وطفل برصاص قناص",
            [("شاب", 1, "killed", "exact"), ("طفل", 1, "killed", "exact")],
        ),
        ("اعتقال ناشط في المدينة", [("ناشط", 1, "detained", "exact")]),
        ("استشهد 3 أطفال وامرأة", [("3", 3, "killed", "exact"), ("امرأة", 1, "killed", "exact")]),
        # One of a group already counted or described is no count of its own; people
        # still alive are no casualty.
        ("يظهر أحد المدنيين الذين قُتلوا في الغارة الثانية", []),
        ("تخللته شهادة أحد الجرحى، والذي قال", []),
        ("مقتل أحد المدنيين", [("أحد", 1, "killed", "exact")]),
        ("قتل أحد المدنيين الذين كانوا في السوق", [("أحد", 1, "killed", "exact")]),
        # أحياء is also "neighbourhoods": only "still alive" keeps people out of a count.
        ("قتل 5 مدنيين بقصف على أحياء حلب الشرقية.", [("5", 5, "killed", "exact")]),
        (
            "ثلاثة أشخاص لا يزالون أحياء تحت الأنقاض وقتيل واحد",
            [("واحد", 1, "killed", "exact")],
        ),
        # People released are no detention.
        ("أفرجت السلطات عن 5 معتقلين", []),
        ("تم إطلاق سراح 3 مختطفين", []),
        # A vague quantity's own noun, with the article, is its outcome.
        (
            "سقط 3 قتلى وعشرات الجرحى",
            [("3", 3, "killed", "exact"), ("عشرات", 12, "injured", "vague")],
        ),
        # Bodies are the dead; a number may take the article (الـ30) and تجاوز (exceeded).
        ("انتشلت فرق الإنقاذ 5 جثث من تحت الأنقاض", [("5", 5, "killed", "exact")]),
        ("وصلت جثتين إلى المستشفى", [("جثتين", 2, "killed", "exact")]),
        (
            "عدد القتلى الذي تجاوز الـ30 قتيلاً",
            [("تجاوز الـ30 قتيلاً", 30, "killed", "at_least")],
        ),
        (
            "أسفر القصف عن الكثير من القتلى",
            [("الكثير من", 3, "killed", "vague")],
        ),
        # Medical staff are people counted (طاقم, كادر: a team of them).
        ("أصيب عدد من الكادر الطبي", [("عدد من", 3, "injured", "vague")]),
        ("وأدى القصف إلى إصابة 3 من الطاقم الطبي", [("3", 3, "injured", "exact")]),
        ("قتل 4 ممرضات", [("4", 4, "killed", "exact")]),
        (
            "قتل 13 عنصرًا وقيادي",
            [("13 عنصرًا", 13, "killed", "exact"), ("قيادي", 1, "killed", "exact")],
        ),
        # The killer after an active قتل is no casualty; the one in the accusative after
        # the killer is (قتل مسلحون مجهولون مدنيًا).
        ("قتل مسلح مدنيًا", [("مدنيًا", 1, "killed", "exact")]),
        ("قتل مسلحون مجهولون مدنيًا في درعا", [("مدنيًا", 1, "killed", "exact")]),
        ("اختطف مسلحون شابًا من البلدة", [("شابًا", 1, "abducted", "exact")]),
        ("قتل عنصر واحد", [("واحد", 1, "killed", "exact")]),
        ("لم يصب أي شخص", []),
        # Relatives, bare or with a possessive, in every case of the five nouns.
        ("أسفر القصف عن إصابة أخيه", [("أخيه", 1, "injured", "exact")]),
        (
            "قُتلت زوجته وابنته في الغارة",
            [("زوجته", 1, "killed", "exact"), ("ابنته", 1, "killed", "exact")],
        ),
        ("أصيب طفل ووالده", [("طفل", 1, "injured", "exact"), ("والده", 1, "injured", "exact")]),
        ("استشهد أبوهم", [("أبوهم", 1, "killed", "exact")]),
        # ... but أم alone is "or" (and آب, عم, خال other words too).
        ("لا يعرف إن كان قُتل أم اعتقل", []),
        ("قُتل راعٍ وأصيب ابنه", [("راعٍ", 1, "killed", "exact"), ("ابنه", 1, "injured", "exact")]),
    ],
)
def test_people_named_one_by_one(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    assert casualties(text) == expected


def test_victims_thousands_and_a_vague_count_of_two_outcomes() -> None:
    assert casualties("بلغ عدد الضحايا ألفًا وثلاثمئة شخص") == [
        ("ألفًا وثلاثمئة", 1300, "killed", "exact")
    ]
    assert casualties("قُتل ما لا يقل من 1300 شخص") == [
        ("ما لا يقل من 1300", 1300, "killed", "at_least")
    ]
    # ACLED's lowest figure of "dozens" for each outcome of "dozens killed and wounded".
    assert casualties("سقط عشرات القتلى والجرحى في الغارة") == [
        ("عشرات", 12, "killed", "vague"),
        ("عشرات", 12, "injured", "vague"),
    ]
    # An exact count of both together is not split.
    assert casualties("سقط 20 قتيلا وجريحا") == [("20 قتيلا", 20, "killed", "exact")]


def test_a_long_subject_between_the_verb_and_a_count_of_people() -> None:
    text = "اعتقلت دورية تابعة لفرع المخابرات الجوية ١١ شابًا من أبناء البلدة"
    assert casualties(text) == [("١١ شابًا", 11, "detained", "exact")]
    # Not a count of people that far away.
    assert casualties("اعتقلت دورية تابعة لفرع المخابرات الجوية ١١ مرة في الشهر") == []
    # Nor after a noun of an outcome, or across a relative clause.
    text = "أصيب طفل بجروح خلال القصف على المدرسة التي تضم 300 طالب"
    assert casualties(text) == [("طفل", 1, "injured", "exact")]


def test_deaths_are_killed() -> None:
    assert casualties("أدى القصف إلى وفاة طفلين") == [("طفلين", 2, "killed", "exact")]
    assert casualties("كان هناك ثلاثة مرضى وقد توفوا بعد انقطاع الأكسجين") == [
        ("ثلاثة", 3, "killed", "exact")
    ]
    assert casualties("لقي 5 مدنيين مصرعهم") == [("5", 5, "killed", "exact")]


def test_a_dual_after_among_them_is_part_of_the_count() -> None:
    assert casualties("قتل خمسة مدنيين بينهم طفلان") == [("خمسة", 5, "killed", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of a count, listed with و or introduced by بمن فيهم, are no new counts.
        ("القتلى: 45، من بينهم 7 نساء و 10 أطفال", [("45", 45, "killed", "exact")]),
        ("لدينا عشرة إصابات، بمن فيهم ثلاثة أطفال", [("عشرة", 10, "injured", "exact")]),
        # A vague count of things, or one far from the outcome, counts no casualties.
        ("نشرت القناة عدّة فيديوهات لضحايا الغارات", []),
        ("نشر العديد من الناشطين والشبكات الإخبارية صور ضحايا الغارات", []),
        ("أدى القصف إلى إصابة عدة إعلاميين", [("عدة", 3, "injured", "vague")]),
        # What follows a comma is not the counted noun, nor makes the count a part.
        ("ما تسبب بإصابة العشرات، وإلحاق أضرار بالمشفى", [("العشرات", 12, "injured", "vague")]),
        (
            "قتل 3 أشخاص، وأصيب 4، منهم طفلان",
            [("3", 3, "killed", "exact"), ("4", 4, "injured", "exact")],
        ),
        ("قتل تسعة، أربعة منهم أطفال", [("تسعة", 9, "killed", "exact")]),
    ],
)
def test_parts_of_counts_and_vague_counts_of_things(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Fell" before a count of people is killed, against the injured counted after it.
        (
            "فنتج عن ذلك سقوط 17 مدني و34 جريحاً",
            [("17", 17, "killed", "exact"), ("34 جريحاً", 34, "injured", "exact")],
        ),
        ("سقط 5 أشخاص في القصف", [("5", 5, "killed", "exact")]),
        # Shells that fell, or a town, are no outcome.
        ("سقوط 3 قذائف على الحي", []),
        ("بعد سقوط المدينة عاد 40 شخصا إلى منازلهم", []),
        # People who fell wounded or captive are not killed.
        ("سقوط 5 أشخاص جرحى", [("5", 5, "injured", "exact")]),
        ("سقط 3 عناصر من الجيش في الأسر", []),
        ("سقط 12 عنصرا أسرى", []),
    ],
)
def test_fell_before_a_count_of_people_is_killed(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_a_vague_count_of_people_described_before_its_verb() -> None:
    text = "عدد من أعضاء الكادر التمريضي والطبي تعرضوا للإصابات نتيجة للهجوم"
    assert casualties(text) == [("عدد من", 3, "injured", "vague")]
    # What stands between says something else: the outcome is another's.
    assert casualties("نزح عشرات المدنيين من المدينة بعد مقتل رجل") == [
        ("رجل", 1, "killed", "exact")
    ]
    assert casualties("يعيش عشرات الأطفال الأيتام السوريين الذين قتل آباؤهم") == []
    assert casualties("آلاف المدنيين النازحين المحاصرين المعرضين للقتل") == []


def test_many_alone_after_an_outcome_and_one_body() -> None:
    assert casualties("أسفر القصف عن مقتل 7 أشخاص وإصابة العديد.") == [
        ("7", 7, "killed", "exact"),
        ("العديد", 3, "injured", "vague"),
    ]
    assert casualties("ينتشلون جثة ذكر بالغ من تحت الأنقاض") == [("جثة ذكر", 1, "killed", "exact")]
    assert casualties("وانتشلت فرق الإنقاذ جثة طفل") == [("جثة طفل", 1, "killed", "exact")]
    # The body of one already counted, or a word after جثة that is no person, is none.
    assert casualties("استشهد طفل في القصف، وتم انتشال جثة الطفل") == [
        ("طفل", 1, "killed", "exact")
    ]
    assert casualties("وجدت جثة أمام المنزل") == []
    # Bodies counted are a count of their own.
    assert casualties("تم انتشال 5 جثث") == [("5", 5, "killed", "exact")]


def test_fell_and_bodies_after_the_second_review() -> None:
    # Wounded others later in the sentence do not make the fallen wounded.
    assert casualties("سقوط 4 مدنيين بغارة جوية تسببت بإصابة آخرين") == [
        ("4", 4, "killed", "exact"),
    ]
    # أسر is also "families".
    assert casualties("سقوط 6 مدنيين من الأسر النازحة") == [("6", 6, "killed", "exact")]
    # Any one person's body counts, as written without the article.
    assert casualties("عثر الأهالي على جثة مواطن") == [("جثة مواطن", 1, "killed", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('أعلنت القيادة مقتل "العشرات من إرهابيي القاعدة" في الغارة', ("العشرات", 12, "killed")),
        ("قتل 5 إرهابيين في الاشتباك", ("5", 5, "killed")),
        ("قتل ثلاثة من مسلحي التنظيم", ("ثلاثة", 3, "killed")),
    ],
)
def test_fighters_as_each_side_calls_them_are_people(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert [found[:3] for found in casualties(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ومقتل عنصرين وإصابة ثالث إثر انفجار لغم",
            [("عنصرين", 2, "killed"), ("ثالث", 1, "injured")],
        ),
        ("وأصيب آخر بجروح", [("آخر", 1, "injured")]),
        ("وأوقعت عدداً من القتلى في صفوفهم", [("عدداً من", 3, "killed")]),
        ("وإصابة عدد آخر بجروح", [("عدد آخر", 3, "injured")]),
        # The last of the leaders, a resolution's number: no one counted.
        ("أعلن التحالف مقتل آخر قادة التنظيم", []),
        ("مطالبين بتطبيق القرار الأممي 2254 والإفراج عن المعتقلين", []),
    ],
)
def test_one_more_person_and_vague_counts_in_the_accusative(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [found[:3] for found in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finished off, as military reports write it
        ("واشتبكت معها وقضت على عدد من أفرادها.", [("عدد من", 3, "killed", "vague")]),
        ("وتمكنت الوحدات من القضاء على 5 إرهابيين.", [("5", 5, "killed", "exact")]),
        # a group's own people, with the possessive
        ("قُتل 5 من مقاتليه في الاشتباكات.", [("5", 5, "killed", "exact")]),
        ("قتل عدد من عناصره.", [("عدد من", 3, "killed", "vague")]),
        # a court's ruling and a fighter jet are no casualties
        ("قضت المحكمة على المتهم بالسجن.", []),
        ("أسقطت الدفاعات 2 طائرة مقاتلة.", []),
    ],
)
def test_people_finished_off_and_a_group_s_own_people_are_counted(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اغتيال عضو في لجنة المصالحة بمدينة طفس.", [("عضو", 1, "killed", "exact")]),
        ("اغتيل ثلاثة عناصر من الأمن العسكري.", [("ثلاثة", 3, "killed", "exact")]),
        ("اغتال مسلحون مجهولون قيادياً في اللواء.", [("قيادياً", 1, "killed", "exact")]),
        ("واغتال مسلحون مجهولون قيادياً في اللواء.", [("قيادياً", 1, "killed", "exact")]),
        # two verbs before the count: both outcomes
        (
            "وزعم التنظيم قتل وجرح ٢٠ عنصراً من الجيش.",
            [("٢٠ عنصراً", 20, "injured", "exact"), ("٢٠ عنصراً", 20, "killed", "exact")],
        ),
        ("قتل 5 وجرح 10 في القصف.", [("5", 5, "killed", "exact"), ("10", 10, "injured", "exact")]),
        # the killed counted before: only the injured are vague
        (
            "أسفر عن سقوط 7 قتلى وإصابة العديد.",
            [("7", 7, "killed", "exact"), ("العديد", 3, "injured", "vague")],
        ),
        ("ما أدى إلى مقتل سائقها على الفور.", [("سائقها", 1, "killed", "exact")]),
        # an attempt hurts no one by itself
        ("نجا قيادي من محاولة اغتيال في درعا.", []),
        ("أحبطت الشرطة محاولة اختطاف طفل.", []),
    ],
)
def test_the_assassinated_are_killed_and_an_attempt_counts_no_one(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with its noun, then the weapon: the weapon is not what is counted
        (
            "الكمأة القاتلة.. ١٢ قتيلاً بلغم أرضي في بادية حماة",
            [("١٢ قتيلاً", 12, "killed", "exact")],
        ),
        # part of a figure given before, and how some of them are
        (
            "قتل 12 مدنيا. ومن بين القتلى خمسة أطفال وامرأتين، وإن عددا من الجرحى في حالة حرجة",
            [("12 مدنيا", 12, "killed", "exact")],
        ),
        ("وأشارت إلى أن بين القتلى ثلاث نساء وطفلين", []),
        ("وأن بين القتلى امرأة في العقد الرابع من عمرها", []),
        # ... but some of the injured who died are killed
        ("توفي ثلاثة من الجرحى متأثرين بجراحهم", [("ثلاثة", 3, "killed", "exact")]),
        # attackers and captives
        ("صدت القوات الهجوم وقتل عدد من المهاجمين", [("عدد من", 3, "killed", "vague")]),
        ("دمروا دبابتين وأسروا عنصرين", [("عنصرين", 2, "detained", "exact")]),
        ("نزحت 5 أسر من القرية", []),
    ],
)
def test_sub_counts_weapons_after_a_count_attackers_and_captives(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_executions_and_lives_reaped_are_killings_a_sentence_is_not() -> None:
    text = "أعدمت خلايا التنظيم رمياً بالرصاص 16 شخصاً على الأقل"
    assert casualties(text) == [("16 شخصاً", 16, "killed", "at_least")]
    assert casualties("غارات تحصد أرواح 14 مدنياً") == [("14 مدنياً", 14, "killed", "exact")]
    assert casualties("وصدر حكم بالإعدام على 5 متهمين") == []


def test_a_total_broken_down_populations_and_security_branches() -> None:
    # the parts of a total (هم 29 من ... و18 من ... و7) are no new counts
    text = "ارتفعت الحصيلة إلى 54 قتيلاً، هم 29 من مقاتلي العشائر و18 من عناصر قسد و7 مدنيين"
    assert casualties(text) == [("54 قتيلاً", 54, "killed", "exact")]
    # ... but a count with its own outcome after them is
    text = "قتل خمسة بينهم طفلان من عائلة واحدة، وثلاث إصابات من عائلة أخرى"
    assert ("ثلاث", 3, "injured", "exact") in casualties(text)
    # a population is no casualty
    assert casualties("منطقة تؤوي نحو 3 ملايين نسمة قتل فيها") == []
    # an adjective with the article (الأمن العسكري) names no people between verb and count
    text = "اعتقلت دورية تابعة لفرع الأمن العسكري 3 شبان"
    assert casualties(text) == [("3", 3, "detained", "exact")]


def test_figures_restated_contractors_and_a_victim_named_after_his_noun() -> None:
    # the dead named again with their number after them: the figure restated
    assert casualties("استقبل المستشفى جثث القتلى الأربعة") == [("الأربعة", 4, "killed", "exact")]
    assert casualties("استقبل جثامين الشهداء الثلاثة") == [("الثلاثة", 3, "killed", "exact")]
    assert casualties("أدى الهجوم إلى مقتل متعاقد أميركي") == [("متعاقد", 1, "killed", "exact")]
    # after the killers, the one killed named after his noun (الشاب خالد)
    text = "اغتال مسلحون مجهولون الشاب خالد العلي بإطلاق النار عليه"
    assert casualties(text) == [("الشاب", 1, "killed", "exact")]
    assert casualties("قتل مسلحون الشاب في السوق") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective (العسكري, العسكرية) is no person after the agent
        ("اعتقل فرع الأمن العسكري مدنيين", []),
        ("اعتقلت الشرطة العسكرية امرأة", []),
        # a count of its own verb after a breakdown is a new count
        (
            "أصيب 6 عناصر بينهم 2 ضباط، فيما قتل عنصر و3 مدنيين",
            [
                ("6", 6, "injured", "exact"),
                ("عنصر", 1, "killed", "exact"),
                ("3", 3, "killed", "exact"),
            ],
        ),
        (
            "أصيب 6 عناصر بينهم 2 ضباط، وقتل واحد في المعارك",
            [("6", 6, "injured", "exact"), ("واحد", 1, "killed", "exact")],
        ),
        # هم gives the figure itself where no count comes before it
        ("قالت مصادر إن القتلى هم 5 عناصر من قسد", [("5", 5, "killed", "exact")]),
        # a death sentence carried out kills; one pronounced does not
        ("نفذت السلطات حكم الإعدام بحق 5 أشخاص", [("5", 5, "killed", "exact")]),
        # الإثنين after the dead is Monday
        ("شيع الأهالي القتلى الإثنين في درعا", []),
    ],
)
def test_what_the_round_s_review_found(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قُتل سبعة عناصر من الجيش وأُسر نحو 40 آخرين في هجمات",
            [(7, "killed", "exact"), (40, "detained", "approx")],
        ),
        ("وأسر سبعة آخرين بحسب مراسلنا", [(7, "detained", "exact")]),
        # أسر before a noun are families, no outcome
        ("وزار الوفد أسر الضحايا في المدينة", []),
    ],
)
def test_captured_before_a_count_is_detained(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [found[1:] for found in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شخص وأصيب آخر بانفجار لغم أرضي", [(1, "killed", "exact"), (1, "injured", "exact")]),
        ("استشهد شاب وأصيب آخر برصاص قناص", [(1, "killed", "exact"), (1, "injured", "exact")]),
        # "the last of" before a noun counts no one
        ("ثم قتل آخر قادة التنظيم في المنطقة", []),
    ],
)
def test_one_more_hurt_by_what_hurt_him(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [found[1:] for found in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign of arrests reaches the people counted after it
        (
            "شنت قوات الأسد حملة اعتقالات واسعة في بلدة قدسيا، طالت أكثر من ٣٠ شاباً",
            [(30, "detained", "at_least")],
        ),
        # ... not where nothing took people before
        ("قصفت الطائرات البلدة وطالت 5 مدنيين بجروح", [(5, "injured", "exact")]),
        # how some of the injured are is no new figure
        (
            "أصيب 26 شخصاً، وأن حالة أربعة من المصابين خطرة",
            [(26, "injured", "exact")],
        ),
    ],
)
def test_a_campaign_reaching_people_and_the_condition_of_some(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [found[1:] for found in casualties(text)] == expected


def test_a_number_in_an_outlet_s_name_counts_no_one() -> None:
    found = Pipeline().suggest("أفادت شبكة «السويداء 24» المحلية بأن مسلحين خطفوا شابين")
    assert [(s.text, s.value["count"]) for s in found if s.kind == "casualty"] == [("شابين", 2)]


def test_shops_are_things_not_people() -> None:
    assert casualties("انتشلت جثث الضحايا من تحت أنقاض أكثر من 12 محلا تجاريا") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of a group named before, hurt: a figure of its own
        ("هاجم عشرات المسلحين القرية، ما أسفر عن مقتل 3 منهم", [(3, "killed", "exact")]),
        ("ما أدى إلى إصابة ثلاثة منهم بجروح متفاوتة", [(3, "injured", "exact")]),
        # a part of a total just given: no new figure
        ("قتل تسعة مدنيين، أربعة منهم أطفال", [(9, "killed", "exact")]),
    ],
)
def test_of_them_right_after_an_outcome_is_a_figure(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert [found[1:] for found in casualties(text)] == expected


def test_a_time_set_between_the_verb_and_who_it_took_is_not_counted() -> None:
    # (eight words between the verb and the count, three of them the time)
    text = "واعتقلت دورية تابعة لفرع الأمن العسكري، صباح اليوم الخميس، أربعة شبان من إنخل"
    assert casualties(text) == [("أربعة", 4, "detained", "exact")]
    text = "اغتال مسلحون مجهولون، مساء أمس الأربعاء، الشاب خالد المحاميد"
    assert casualties(text) == [("الشاب", 1, "killed", "exact")]
    # Other words between keep the distance: the subject's description is no time.
    text = "واعتقلت دورية تابعة لفرع الأمن العسكري في المدينة التي شهدت احتجاجات أربعة شبان"
    assert casualties(text) == []


def test_died_and_brothers_counted() -> None:
    assert casualties("قضى طفلان شقيقان يوم الإثنين بانفجار لغم") == [
        ("طفلان", 2, "killed", "exact")
    ]
    assert casualties("ما أدى إلى استشهاد شقيقين وإصابة شقيقتين") == [
        ("شقيقين", 2, "killed", "exact"),
        ("شقيقتين", 2, "injured", "exact"),
    ]
    # قضى is also "ruled" (قضى الاتفاق بسحب) and "spent": no one counted there.
    assert casualties("اتفاق قضى بسحب التعزيزات، وقضى 5 سنوات في السجن") == []


def test_who_an_active_verb_took_in_the_dual_or_as_its_object() -> None:
    # The dual is the count, with the verb's subject between (a unit of five words).
    text = "واعتقلت دورية تتبع فرع الأمن العسكري شابين من بلدة الكرك الشرقي"
    assert casualties(text) == [("شابين", 2, "detained", "exact")]
    # The subject in the verb: the one taken right after it.
    assert casualties("واختطفوا عاملاً في مخبز قريب") == [("عاملاً", 1, "abducted", "exact")]
    # Ended the lives of: killed.
    assert casualties("ولغم ينهي حياة طفلين في دير الزور") == [("طفلين", 2, "killed", "exact")]


def test_dozens_hurt_by_strikes_and_a_verb_with_its_own_subject() -> None:
    # بغارات says by what they were hurt, not what the dozens count; قُتلوا has its own
    # subject (counted before), so the dozens are only the injured.
    assert casualties("23 مدنياً قُتلوا وأصيب العشرات بغارات جوية") == [
        ("23 مدنياً", 23, "killed", "exact"),
        ("العشرات", 12, "injured", "vague"),
    ]
    assert casualties("شنت الطائرات عشرات الغارات") == []


def test_a_compound_restated_an_active_hurt_and_a_body_with_whose() -> None:
    text = "قتل 15 عنصراً، وأضاف المصدر أن جثث القتلى الخمسة عشر نُقلت إلى المشفى"
    assert casualties(text)[-1] == ("الخمسة عشر", 15, "killed", "exact")
    assert casualties("وأودى بحياة 6 أشخاص وأصاب 81 آخرين") == [
        ("6", 6, "killed", "exact"),
        ("81", 81, "injured", "exact"),
    ]
    assert casualties("أصابت الغارات ثلاثة منازل") == []
    assert casualties("عُثر صباح اليوم على جثة شاب مقتولاً") == [("جثة شاب", 1, "killed", "exact")]


def test_people_displaced_after_a_toll_are_no_casualty() -> None:
    text = "ما أدى إلى مقتل 15 مدنياً، ونزوح قرابة 38 ألف شخص من أحياء المدينة"
    assert casualties(text) == [("15 مدنياً", 15, "killed", "exact")]


def test_dozens_killed_and_hurt_of_them_an_age_ordinal_and_joined_parts() -> None:
    # Both outcomes, of the enemy named before (منهم): a figure of its own.
    assert casualties("ما أسفر عن مقتل وإصابة العشرات منهم وتدمير آلياتهم") == [
        ("العشرات", 12, "injured", "vague"),
        ("العشرات", 12, "killed", "vague"),
    ]
    # An age said as an ordinal (the twelfth year) counts no one.
    assert casualties("وأصيب طفل في الثانية عشرة من عمره") == [("طفل", 1, "injured", "exact")]
    # A part joined to a part of the total is a part too, in words as in digits.
    text = "قُتل 21 مدنياً، بينهم ثمانية أطفال وخمس نساء"
    assert casualties(text) == [("21 مدنياً", 21, "killed", "exact")]
    # ... but not a count joined to a count of its own verb.
    assert casualties("قتل عنصران وخمسة مدنيين") == [
        ("عنصران", 2, "killed", "exact"),
        ("خمسة", 5, "killed", "exact"),
    ]


def test_firing_is_no_release_and_protesters_and_members_are_counted() -> None:
    # إطلاق is a release only with سراح: firing rockets, then a toll.
    text = "أسفر عن تدمير منصات لإطلاق الصواريخ ومقتل عشرات الإرهابيين"
    assert casualties(text) == [("عشرات", 12, "killed", "vague")]
    assert casualties("وجرى إطلاق سراح 3 معتقلين") == []
    assert casualties("ما أدى إلى استشهاد عضوين من الأسايش وإصابة متظاهر") == [
        ("عضوين", 2, "killed", "exact"),
        ("متظاهر", 1, "injured", "exact"),
    ]
    assert casualties("أصيب عاملان بغارة، وقُتل عدد من المتسللين") == [
        ("عاملان", 2, "injured", "exact"),
        ("عدد من", 3, "killed", "vague"),
    ]


def test_the_protester_counted_is_also_the_actor() -> None:
    found = Pipeline().suggest("ما أدى إلى إصابة متظاهر بجروح في قدمه", None)
    assert [(s.kind, s.text) for s in found if s.kind in ("actor", "casualty")] == [
        ("actor", "متظاهر"),
        ("casualty", "متظاهر"),
    ]


def test_headlines_in_the_present_tense() -> None:
    text = 'عبوة ناسفة تقتل ضابطاً في المزة.. و"الأمن العسكري" يعتقل 11 شاباً في دوما'
    assert casualties(text) == [
        ("ضابطاً", 1, "killed", "exact"),
        ("11 شاباً", 11, "detained", "exact"),
    ]
    # and in the plural (مجهولون يخطفون, مسلحون يعدمون)
    text = "النظام يفرج عن دفعة من الموقوفين.. ومجهولون يخطفون سبعة عمال"
    assert casualties(text) == [("سبعة", 7, "abducted", "exact")]
    assert casualties("مسلحون يعدمون خمسة أسرى") == [("خمسة", 5, "killed", "exact")]


def test_a_toll_and_the_figure_it_reached() -> None:
    # The figure counts the toll's outcome, not the next clause's (nor the nearer one).
    text = "وأشار إلى أن حصيلة القتلى في ريف إدلب ارتفعت إلى 9، وأن عدد المصابين كبير"
    assert casualties(text) == [("9", 9, "killed", "exact")]
    text = "وقال إن عدد الجرحى في المدينة بلغ 14، فيما قتل اثنان"
    assert casualties(text) == [("14", 14, "injured", "exact"), ("اثنان", 2, "killed", "exact")]


def test_who_a_verb_took_after_a_long_subject() -> None:
    # The people right after an active verb are its subject; who it took comes after
    # them and what else the subject says (the unit, where).
    text = "خطف عناصر من فرقة السلطان مراد شقيقين من عائلة كردية"
    assert casualties(text) == [("شقيقين", 2, "abducted", "exact")]
    text = "اختطف مسلحون من فرقة الحمزة مزارعاً سبعينياً من قرية معراتة"
    assert casualties(text) == [("مزارعاً", 1, "abducted", "exact")]
    text = "اعتقل فرع الأمن العسكري على حاجز المسمية طالباً جامعياً من مدينة شهبا"
    assert casualties(text) == [("طالباً", 1, "detained", "exact")]
    # an accusative noun's adjective names no one
    assert casualties("قُتلوا في غارات إسرائيلية استهدفت موقعاً عسكرياً قرب الكسوة") == []


def test_a_dual_joined_to_a_part_of_a_count_is_a_part_too() -> None:
    text = "مقتل 19 مدنياً، بينهم ستة أطفال وامرأتان، وإصابة ما يزيد على 40 آخرين"
    assert casualties(text) == [
        ("19 مدنياً", 19, "killed", "exact"),
        ("ما يزيد على 40", 40, "injured", "at_least"),
    ]
    # joined to a count that is no part, a dual counts on its own
    assert casualties("قتل 5 مدنيين وامرأتان")[-1] == ("امرأتان", 2, "killed", "exact")
    # joined to a person among them: her two children are of the four
    text = "أسفر القصف عن مقتل أربعة مدنيين، بينهم امرأة وطفلاها، وتدمير منازل"
    assert casualties(text) == [("أربعة", 4, "killed", "exact")]
    assert casualties("قتلت امرأة وطفلاها بقصف")[-1] == ("طفلاها", 2, "killed", "exact")
    text = "قتل ستة مدنيين بينهم رجل وزوجته وطفلاهما بغارة على البلدة"
    assert casualties(text) == [("ستة", 6, "killed", "exact")]


def test_a_vague_count_of_another_clause_is_no_count_of_the_outcome_before_it() -> None:
    text = "إضافة إلى نحو أربعين جريحاً، فيما لجأ مئات الأهالي إلى محيط القاعدة"
    assert casualties(text) == [("نحو أربعين جريحاً", 40, "injured", "approx")]
    # the outcome of the clause itself still counts
    assert casualties("قتل ثلاثة، فيما أصيب العشرات")[-1] == ("العشرات", 12, "injured", "vague")


def test_a_vague_count_told_with_its_cause_counts_people() -> None:
    # What follows the vague count is why or where they were hurt, not what it counts.
    text = "قُتل 25 مدنياً، بينهم ستة أطفال، وأصيب العشرات جراء غارات للطائرات الروسية"
    assert casualties(text)[-1] == ("العشرات", 12, "injured", "vague")
    assert casualties("وقُتل العشرات في المجزرة") == [("العشرات", 12, "killed", "vague")]
    # a vague count of things is still no count of people
    assert casualties("أصيب شاب بعد سقوط عشرات القذائف في الحي") == [("شاب", 1, "injured", "exact")]


def test_one_person_as_the_subject_of_a_reported_clause() -> None:
    # ... إن طفلاً قُتل: the person before the verb, after the "that" of reported speech
    text = "قال الدفاع المدني إن طفلاً قُتل وأصيبت شقيقته بجروح"
    assert casualties(text) == [
        ("طفلاً", 1, "killed", "exact"),
        ("شقيقته", 1, "injured", "exact"),
    ]
    text = "وأفاد ناشطون بأن امرأة وطفلها قُتلا بقصف صاروخي"
    assert casualties(text) == [("امرأة", 1, "killed", "exact"), ("طفلها", 1, "killed", "exact")]
    # that subject's verb is not the other outcome's too (خمسة were hurt, not killed)
    text = "قالت الوكالة إن مدنياً قُتل وأصيب خمسة آخرون بقذائف هاون"
    assert casualties(text) == [("مدنياً", 1, "killed", "exact"), ("خمسة", 5, "injured", "exact")]
    # without a person named one by one, nothing new (جدا is no person without its ا)
    assert casualties("وأكد أن الوضع قُتل بحثاً") == []
    assert casualties("وقال إن جداً قُتل") == []


def test_one_person_after_the_pronoun_of_where_it_happened() -> None:
    text = "مستشفى عربين الذي قُتل فيه ممرض وأصيب طبيبان"
    assert casualties(text) == [("ممرض", 1, "killed", "exact"), ("طبيبان", 2, "injured", "exact")]
    # a word after the pronoun that names no one counts no one
    assert casualties("الهجوم الذي قُتل فيه بشكل مباشر") == []


def test_martyrs_who_rose_are_killed() -> None:
    found = Pipeline().suggest("فيما ارتقى جنديان خلال التصدي للهجوم.")
    assert [
        (s.text, s.value["count"], s.value["outcome"]) for s in found if s.kind == "casualty"
    ] == [("جنديان", 2, "killed")]


def test_a_mass_grave_found_is_a_development_whose_dead_are_no_fatalities() -> None:
    # The news coders mark the dead a grave holds; ACLED codes the grave found under
    # Strategic developments without fatalities: they died at an unknown earlier time.
    text = (
        "أعلنت الوزارة العثور على مقبرة جماعية تضم رفات ما لا يقل عن ٢٠ شخصاً، "
        "مرجحة أن يكونوا معتقلين"
    )
    pipeline = Pipeline()
    found = pipeline.suggest(text)
    assert [s.value["sub_event_type"] for s in found if s.kind == "event_type"] == ["Other"]
    assert [(s.value["count"], s.value["outcome"]) for s in found if s.kind == "casualty"] == [
        (20, "killed")
    ]
    assert [draft.fatalities for draft in pipeline.drafts(text, found)] == [0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group the actors name
        ("قسد تعلن مقتل العشرات من داعش", ("العشرات", 12, "killed", "vague")),
        # both sides of a fight, or suspects
        ("فيما أصيب العشرات من الطرفين بجروح", ("العشرات", 12, "injured", "vague")),
        (
            "حملات أمنية اعتقلت خلالها العشرات من المشتبه بانتمائهم للخلايا",
            ("العشرات", 12, "detained", "vague"),
        ),
    ],
)
def test_a_vague_count_of_a_party_counts_its_people(
    text: str, expected: tuple[str, int, str, str]
) -> None:
    found = Pipeline().suggest(text, dt.date(2019, 3, 1))
    counts = [
        (s.text, s.value["count"], s.value["outcome"], s.value["qualifier"])
        for s in found
        if s.kind == "casualty"
    ]
    assert counts == [expected]


def test_a_vague_count_of_things_of_a_party_is_still_none() -> None:
    # (the actor lies after من, but what is counted are its positions)
    text = "دمرت الغارات العشرات من مواقع داعش"
    assert [s for s in Pipeline().suggest(text) if s.kind == "casualty"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال سليمان عيسى، وهو قريب أحد المخطوفين، إن العائلة أبلغت الأمن العام",
        "وقال والد أحد العناصر الذين قتلوا إن ابنه خرج صباحاً",
    ],
)
def test_one_of_a_group_spoken_of_through_a_relative_is_no_count(text: str) -> None:
    assert [s for s in Pipeline().suggest(text) if s.kind == "casualty"] == []
    # one of them, where the outcome comes first, is
    found = Pipeline().suggest("وأسفر القصف عن مقتل أحد العناصر")
    assert [(s.text, s.value["count"]) for s in found if s.kind == "casualty"] == [("أحد", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فيما فقدت قسد أربعة من مقاتليها خلال اشتباكات", [("أربعة", 4, "killed", "exact")]),
        ("وأضاف أن الفصائل خسرت سبعة من مقاتليها في المعارك", [("سبعة", 7, "killed", "exact")]),
        (
            "بينما خسر التنظيم أكثر من عشرين من عناصره",
            [("أكثر من عشرين", 20, "killed", "at_least")],
        ),
        # lost what is no fighter: no casualty
        ("وخسرت الفصائل ثلاث قرى خلال يومين", []),
        # perished, as a party writes its enemy's dead
        ("زاعمة أنه أسفر عن «هلاك» خمسة من عناصر النظام", [("خمسة", 5, "killed", "exact")]),
    ],
)
def test_a_party_that_lost_some_of_its_fighters(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome a few words before "one of": a count of its own
        ("وأعدم تنظيم داعش أحد الأسرى لديه رميا بالرصاص", [("أحد", 1, "killed", "exact")]),
        ("وقتلت قوات النظام شقيق أحد قادة الجيش الحر", [("أحد", 1, "killed", "exact")]),
        # death "snatching" lives is no abduction
        ("البرد يخطف أرواح ثلاثة أطفال في مخيمات عرسال", []),
    ],
)
def test_near_misses_of_one_of_a_group_and_present_verbs(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters lost otherwise than killed: contact lost, captured, wounded, defected
        ("فقدت القوات الحكومية الاتصال مع 5 من عناصرها بعد كمين", []),
        ("فقدت الفصائل 5 من مقاتليها أسرى بيد قوات النظام", []),
        ("خسرت القوات التركية ثلاثة من جنودها جرحى", [("ثلاثة", 3, "injured", "exact")]),
        ("خسرت الحركة 200 من مقاتليها الذين انشقوا", []),
        # one of those the text counted is no second count
        ("قتل 5 أشخاص، وكان أحد القتلى طفلاً", [("5", 5, "killed", "exact")]),
    ],
)
def test_near_misses_of_lost_fighters_and_one_of_the_counted(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # some of those counted, or a few tended: no count of their own
        ("وقال إن المستشفى امتلأ بالجرحى، وأن بعض المصابين نقلوا إلى منازل خاصة", []),
        ("وعملت فرق الصليب الأحمر على نقل عدد من الجرحى إلى مستشفيات الهرمل", []),
        # ... but there were some, or tens were carried
        (
            "وبعد انتهاء الضربة كان هناك بعض القتلى والجرحى",
            [("بعض", 3, "killed", "vague"), ("بعض", 3, "injured", "vague")],
        ),
        ("فيما نقل العشرات من الجرحى إلى المشافي", [("العشرات", 12, "injured", "vague")]),
    ],
)
def test_some_of_those_counted_is_no_count_of_its_own(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert sorted(casualties(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وخلف القصف بعض القتلى والجرحى",
            [("بعض", 3, "killed", "vague"), ("بعض", 3, "injured", "vague")],
        ),
        ("وسقط بعض القتلى في الاشتباكات", [("بعض", 3, "killed", "vague")]),
    ],
)
def test_some_killed_or_hurt_as_the_only_count_is_a_count(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert sorted(casualties(text)) == sorted(expected)


def test_killed_or_injured_is_a_count_of_each_and_the_arrested_gang() -> None:
    # killed or injured, one figure for both: ACLED's coders record it under each
    assert casualties("أعلنت يونيسف أن أكثر من 130 طفلاً قتلوا أو أصيبوا بانفجار ذخائر") == [
        ("أكثر من 130 طفلاً", 130, "killed", "at_least"),
        ("أكثر من 130 طفلاً", 130, "injured", "at_least"),
    ]
    # ... not abducted or killed: where they are is unknown
    assert casualties("واختطف 4 أشخاص أو قتلوا") == [("4", 4, "abducted", "exact")]
    # "or more" is no second outcome
    assert casualties("وقتل 5 أشخاص أو أكثر") == [("5", 5, "killed", "at_least")]
    # a gang of five "whose arrest took place" were detained; those it took, abducted
    text = "أن العصابة تضم خمسة أشخاص جرى توقيفهم جميعاً، وأنها تقف وراء خطف سبعة أشخاص"
    assert casualties(text) == [
        ("خمسة", 5, "detained", "exact"),
        ("سبعة", 7, "abducted", "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline counts one person by the singular outcome noun alone
        (
            "قذائف على وادي خالد: قتيلة وثلاثة جرحى",
            [("قتيلة", 1, "killed", "exact"), ("ثلاثة", 3, "injured", "exact")],
        ),
        (
            "قتيل وجريحان بانفجار لغم في درعا",
            [("قتيل", 1, "killed", "exact"), ("جريحان", 2, "injured", "exact")],
        ),
        ("وأعلنت الوزارة مقتل مطلوب خلال اشتباك مع دورية", [("مطلوب", 1, "killed", "exact")]),
        # ... not where a number counts it, nor any or each one
        ("سقط مئة قتيل في المعارك", [("مئة", 100, "killed", "exact")]),
        ("وذكرت التقارير وقوع قتيل واحد في الغارة", [("واحد", 1, "killed", "exact")]),
        ("ولم يسقط أي قتيل في الهجوم", []),
        # ... nor one of those counted, a death, a family, more than one or a phrase
        ("سقط 12 جريحا بينهم جريح في حالة حرجة", [("12 جريحا", 12, "injured", "exact")]),
        (
            "وارتفع عدد القتلى إلى خمسة بعد وفاة جريح متأثراً بجراحه",
            [("خمسة", 5, "killed", "exact")],
        ),
        ("وسقط العشرات بين قتيل وجريح", []),
        ("وقالت إن أكثر من قتيل سقط في الغارة", []),
        ("وتقدم الجمعية مساعدات لـ300 عائلة شهيد", []),
        ("وتحدث الطفل جريح الحرب عن إصابته", []),
        ("وعثر على جثة القتيل قرب النهر", []),
    ],
)
def test_one_person_by_the_singular_outcome_noun(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suicide bomber who blew himself up is killed, one caught is detained
        ("انتحاري يفجّر نفسه داخل كنيسة في دمشق", [("انتحاري", 1, "killed", "exact")]),
        (
            "انفجرت سيارة مفخخة يقودها انتحاري من النصرة عند حاجز للجيش",
            [("انتحاري", 1, "killed", "exact")],
        ),
        (
            "ألقت الأجهزة الأمنية القبض على انتحاري ثالث قبل أن يفجر نفسه",
            [("انتحاري", 1, "detained", "exact")],
        ),
        # ... not the attack's adjective
        ("وقع انفجار إثر تفجير انتحاري استهدف حاجزًا عسكريًا", []),
        ("تفجير سيارة مفخخة وانتحاري عند مدخل المدينة", []),
        # a politician and her driver, each one
        (
            "مقتل سياسية وسائقها في كمين",
            [("سياسية", 1, "killed", "exact"), ("سائقها", 1, "killed", "exact")],
        ),
    ],
)
def test_suicide_bombers_and_single_victims(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_journalists_and_infants_counted_one_by_one() -> None:
    assert casualties("مقتل صحافي في القصف") == [("صحافي", 1, "killed", "exact")]
    assert casualties("قتل رضيع في القصف") == [("رضيع", 1, "killed", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomber caught near him in his sentence is detained
        (
            "تمكنت قوى الأمن الداخلي فجر اليوم من ضبط انتحاري يرتدي حزاما ناسفا",
            [("انتحاري", 1, "detained", "exact")],
        ),
        # ... not where a car is seized later in his sentence
        (
            "فجر انتحاري حزامه الناسف عند مدخل الحي بعد أن حاصرته دورية للشرطة، فيما ضبطت "
            "الجهات المختصة في وقت لاحق سيارة محملة بالمتفجرات",
            [("انتحاري", 1, "killed", "exact")],
        ),
        # ... a catch only tried leaves him killed; one caught needs no detonation told
        (
            "وحاولت دورية للأسايش توقيف انتحاري، لكنه فجر نفسه وقتل عنصرين",
            [("انتحاري", 1, "killed", "exact"), ("عنصرين", 2, "killed", "exact")],
        ),
        (
            "ألقت القوات الأمنية القبض على انتحاري في حي الحمدانية",
            [("انتحاري", 1, "detained", "exact")],
        ),
        # ... the verb first, a woman, two
        ("فجر انتحاري نفسه بحزام ناسف داخل السوق", [("انتحاري", 1, "killed", "exact")]),
        ("وفجرت انتحارية حزامها الناسف عند مدخل السوق", [("انتحارية", 1, "killed", "exact")]),
        ("فجر انتحاريان نفسيهما عند الحاجز", [("انتحاريان", 2, "killed", "exact")]),
        # ... one who only tried, or whose attack was foiled, is no casualty
        ("حاول انتحاري تفجير نفسه لكن الحزام لم ينفجر", []),
        ("أحبطت القوات هجوما بسيارة مفخخة يقودها انتحاري", []),
        # ... unless killed first
        (
            "قتلت القوى الأمنية انتحارياً خامساً قبل أن يتمكن من تفجير حزامه الناسف",
            [("انتحارياً", 1, "killed", "exact")],
        ),
        # ... nor counted again among those killed, nor an explosion's adjective
        ("قتل أربعة أشخاص بينهم الانتحاري الذي فجر نفسه", [("أربعة", 4, "killed", "exact")]),
        ("استهدف انفجار انتحاري بسيارة مفخخة مقرا للأسايش", []),
    ],
)
def test_suicide_bombers_caught_tried_or_counted_among_others(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_this_round_s_counts_from_a_probe_of_sentences() -> None:
    # None reported, or released: no one counted.
    assert casualties("ألقت المروحيات 14 برميلاً على البلدة دون ورود أنباء عن إصابات") == []
    assert casualties("وصل نحو ٦٠ معتقلاً أُفرج عنهم اليوم إلى حمص") == []
    # Five of one family; an officer by his rank.
    assert casualties("استشهد ستة من عائلة واحدة بقصف") == [("ستة", 6, "killed", "exact")]
    assert casualties("قتل العقيد علي خزام في معارك") == [("العقيد", 1, "killed", "exact")]
    # Families displaced are still no one counted.
    assert casualties("نزحت خمس عائلات من القرية") == []


def test_release_and_family_found_by_a_review() -> None:
    # An arrest before the count happened, whoever was let go after it.
    text = "واعتقلت قوات الأمن 10 أشخاص أفرج عنهم بعد ساعات من التحقيق"
    assert casualties(text) == [("10", 10, "detained", "exact")]
    assert casualties("وقالت المصادر إن 45 معتقلا تم الإفراج عنهم من سجن صيدنايا") == []
    assert casualties("وقتل خمسة من العائلة نفسها بقصف جوي") == [("خمسة", 5, "killed", "exact")]


def test_a_vague_count_of_a_party_named_right_after_its_own_preposition() -> None:
    # عددا من ends the vague count; the protesters after it are the people counted
    text = "فرّقت قوات الأمن تظاهرة في حرستا، واعتقلت عدداً من المشاركين فيها."
    found = [s for s in Pipeline().suggest(text) if s.kind == "casualty"]
    assert [(s.text, s.value["count"], s.value["outcome"]) for s in found] == [
        ("عدداً من", 3, "detained")
    ]
    # a vague count of what no one named as a party counts no one
    text = "واعتقلت عدداً من الملفات"
    assert [s for s in Pipeline().suggest(text) if s.kind == "casualty"] == []


@pytest.mark.parametrize(
    "text",
    [
        "ويستند هذا التقرير إلى 9 مقابلات أجراها الباحث مع ذوي ضحايا وشهود عيان",
        "وجمعت المنظمة 12 شهادة من ذوي القتلى",
    ],
)
def test_the_interviews_and_testimonies_a_report_rests_on_are_no_casualties(text: str) -> None:
    assert casualties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفاة معتقل تحت التعذيب في أحد سجون الهيئة", [("معتقل", 1, "killed", "exact")]),
        ("أعدم التنظيم سجيناً في الساحة العامة", [("سجيناً", 1, "killed", "exact")]),
        # one released is no casualty
        ("وأفرجت السلطات عن معتقل بعد يومين", []),
    ],
)
def test_one_held_who_died_or_was_killed(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_a_gunman_joined_after_a_count_and_its_party_and_passers_by_counted() -> None:
    text = "قُتل عنصران من جهاز الأمن العام السوري ومسلح، وأصيب عدد من المارة، في اشتباكات"
    found = [s for s in Pipeline().suggest(text, dt.date(2025, 4, 10)) if s.kind == "casualty"]
    assert [(s.text, s.value["count"], s.value["outcome"]) for s in found] == [
        ("عنصران", 2, "killed"),
        ("مسلح", 1, "killed"),
        ("عدد من", 3, "injured"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome verb with its object's pronoun, after the people counted
        ("مقابل ثلاثة مدنيين بدو أعدمهم مسلحون", [("ثلاثة", 3, "killed", "exact")]),
        ("عثر على جثث خمسة شبان قتلهم التنظيم", [("خمسة", 5, "killed", "exact")]),
        # ... not a pronoun alone, with no one counted
        ("وكان التنظيم قد اختطفهم قبل أسبوع", []),
        # an active verb's long subject before the people it arrested
        (
            "اعتقلت عناصر حاجز تابع للمخابرات الجوية عند مدخل بلدة زاكية، أمس، سبعة شبان",
            [("سبعة", 7, "detained", "exact")],
        ),
    ],
)
def test_outcome_verbs_with_a_pronoun_and_after_a_long_subject(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_a_toll_set_against_another_has_its_outcome() -> None:
    text = "قُتل 104 مقاتلين من قسد، مقابل 75 مقاتلاً من الفصائل الموالية لتركيا"
    assert casualties(text) == [
        ("104", 104, "killed", "exact"),
        ("75 مقاتلاً", 75, "killed", "exact"),
    ]
    assert casualties("اشترت البلدية 5 سيارات مقابل 20 ألف دولار") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held people whose death is told right before the count or right after the noun
        ("وثّق المركز مقتل 37 معتقلاً تحت التعذيب", [("37 معتقلاً", 37, "killed", "exact")]),
        ("٣٧ معتقلاً قضوا تحت التعذيب في سجون النظام", [("٣٧ معتقلاً", 37, "killed", "exact")]),
        # ... counted as held, they are the arrest's count
        ("مقتل 5 عناصر واعتقال 20 معتقلاً", [("5", 5, "killed", "exact"),
                                           ("20 معتقلاً", 20, "detained", "exact")]),
        # ... and "of them killed" counts a part, not the held
        ("أفرجت عن 20 معتقلاً قتل منهم اثنان تحت التعذيب", []),
    ],
)  # fmt: skip
def test_held_people_who_died_are_killed(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_the_hurt_counted_after_an_active_verb_and_a_name_ending_in_martyrs() -> None:
    text = (
        "قالت المنظمة إن الجنود قتلوا 19 مدنياً بينهم ثلاث نساء، "
        "وأصابوا أكثر من 30 آخرين على طول الحدود"
    )
    assert casualties(text) == [
        ("19 مدنياً", 19, "killed", "exact"),
        ("أكثر من 30", 30, "injured", "at_least"),
    ]
    # the last word of a unit's name is no outcome joined to the verb after it
    text = "قُتل 4 مقاتلين من «كتائب سيد الشهداء» وأصيب ثلاثة آخرون"
    assert casualties(text) == [("4", 4, "killed", "exact"), ("ثلاثة", 3, "injured", "exact")]
    assert casualties("قتل وجرح عدد من المدنيين") == [
        ("عدد من", 3, "injured", "vague"),
        ("عدد من", 3, "killed", "vague"),
    ]


def test_the_number_of_those_who_died_is_no_vague_count() -> None:
    text = "وارتفع عدد من قضوا بسبب الجوع في الغوطة إلى ٢٧ شخصاً"
    assert casualties(text) == [("٢٧ شخصاً", 27, "killed", "exact")]
    assert casualties("وبلغ عدد من استشهدوا في القصف 40") == [("40", 40, "killed", "exact")]
    assert casualties("أصيب عدد من المدنيين") == [("عدد من", 3, "injured", "vague")]


def test_people_dying_told_in_the_present_and_the_old_joined_to_them() -> None:
    text = "الغوطة الشرقية: طفلان ومسنّة يموتون جوعاً"
    assert casualties(text) == [("طفلان", 2, "killed", "exact"), ("مسنّة", 1, "killed", "exact")]
    found = Pipeline().suggest(text, dt.date(2013, 11, 17))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
        ("طفلان", "Civilians (Syria)"),
        ("مسنّة", "Civilians (Syria)"),
    ]


def test_one_person_named_by_his_work() -> None:
    text = "كما وثّق المركز وفاة المهندس خالد الدروبي تحت التعذيب"
    assert casualties(text) == [("المهندس", 1, "killed", "exact")]
    found = Pipeline().suggest(text, dt.date(2012, 8, 4))
    assert ("المهندس", "Civilians (Syria)") in [
        (s.text, s.value["name"]) for s in found if s.kind == "actor"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "إن إرهابيين فجروا سيارة مفخخة بنحو 40 كيلوغراماً من المواد المتفجرة",
        "الضربة الأولى أصابت بناءً سكنياً من أربعة طوابق فسوّته بالأرض",
        "نفذت 59 طلعة قتالية أصابت 212 «هدفاً إرهابياً» في محافظات إدلب",
        "ما أسفر عن تدمير ثلاثة أوكار للتنظيم",
    ],
)
def test_weights_floors_targets_and_dens_are_no_people(text: str) -> None:
    assert casualties(text) == []


def test_a_headline_s_vague_count_ends_at_its_line_and_a_closing_quote_does_not_open_a_noun() -> (
    None
):
    text = "غارات أمريكية على دير الزور.. وقتلى بالعشرات\n\nدمشق - المشهد\n\nشنّت القوات غارات"
    assert casualties(text) == [("العشرات", 12, "killed", "vague")]
    assert casualties("وإن «عشرات» منهم قُتلوا، فيما أُسر آخرون") == [
        ("عشرات", 12, "killed", "vague")
    ]


def test_dying_in_the_body_s_present_is_a_habit() -> None:
    text = "أطفال المخيمات\n\nيموت عشرات الأطفال سنوياً في مخيمات النزوح بسبب البرد."
    assert casualties(text) == []


def test_a_count_before_besides_keeps_the_outcome_before_it() -> None:
    text = (
        "وأسفرت الاشتباكات عن مقتل 14 عنصراً من قوات النظام والمسلحين الموالين لها "
        "و8 مقاتلين من الفصائل، إضافة إلى إصابة العشرات"
    )
    assert casualties(text) == [
        ("14 عنصراً", 14, "killed", "exact"),
        ("8", 8, "killed", "exact"),
        ("العشرات", 12, "injured", "vague"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت اللجان إن عناصر الأمن «اعتقلوا عدداً من الجرحى من داخل مستوصف»",
         [("عدداً من", 3, "detained", "vague")]),
        ("في حين نعى الموالون ثمانية من عناصر الميليشيا",
         [("ثمانية", 8, "killed", "exact")]),
        ("وأقدم مسلحون مجهولون على خطف تاجرين من درعا", [("تاجرين", 2, "abducted", "exact")]),
        ("وأعلنت القيادة إلقاء القبض على شخص في مدينة الحفة", [("شخص", 1, "detained", "exact")]),
        ("ما أدى إلى استشهاد مساعد في الشرطة وإصابة ثلاثة عناصر آخرين",
         [("مساعد", 1, "killed", "exact"), ("ثلاثة", 3, "injured", "exact")]),
    ],
)  # fmt: skip
def test_the_wounded_taken_the_mourned_traders_and_ranks(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مرتزقة «الحمزات» يختطفون مسناً ونجله في ريف عفرين",
         [("مسناً", 1, "abducted", "exact"), ("نجله", 1, "abducted", "exact")]),
        ("كما لقي راعي أغنام حتفه يوم الأحد الماضي إثر انفجار لغم",
         [("راعي", 1, "killed", "exact")]),
        ("ستحيل الوزارة المتورطين إلى القضاء العسكري. ويأتي ذلك بعد أشهر على سقوط النظام", []),
    ],
)  # fmt: skip
def test_a_son_and_one_named_inside_a_two_word_outcome(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأصيب خمسة عشر آخرون، فيما وُصفت إصابات ثلاثة من الجرحى بالخطيرة",
         [("خمسة عشر", 15, "injured", "exact")]),
        ("وكانت عشرات النساء من أمهات المعتقلين قد نفّذن اعتصاماً أمام قصر العدل", []),
        ("اعتقلت القوات عشرات الشبان من أبناء المدينة", [("عشرات", 12, "detained", "vague")]),
    ],
)  # fmt: skip
def test_the_state_of_some_of_the_hurt_and_the_kin_of_the_held_are_no_new_count(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قدمت المحافظة مساعدات لأسر 12 شهيداً", [("12 شهيداً", 12, "killed", "exact")]),
        ("فشلت محاولة إلقاء القبض على شخص مطلوب", []),
        ("قتل رائد شقيقه في خلاف عائلي", []),
    ],
)
def test_families_an_arrest_tried_and_a_given_name_count_no_one_new(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كما قُتل نازحان اثنان وأُصيب خمسة آخرون",
         [("نازحان اثنان", 2, "killed", "exact"), ("خمسة", 5, "injured", "exact")]),
        ("«داعش» يختطف عشرات الآشوريين في ريف الحسكة", [("عشرات", 12, "abducted", "vague")]),
        ("وكانت أنقرة قد خسرت 13 جندياً بقصف لقوات النظام", [("13 جندياً", 13, "killed", "exact")]),
        ("خسر مقاتلو المعارضة 5 مواقع خلال يومين", []),
    ],
)  # fmt: skip
def test_displaced_pairs_communities_counted_and_soldiers_lost(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل ثلاثة عناصر، فجر اليوم الخميس الموافق 26 ربيع الأول 1447 للهجرة",
         [("ثلاثة", 3, "killed", "exact")]),
        ("اعتُقل أربعة شبان في 12 جانفي الماضي", [("أربعة", 4, "detained", "exact")]),
        ("ويقضي بخروج نحو ألفي مسلح إلى ريف حمص الشمالي، مقابل الإفراج عن مخطوفين لدى الفصائل",
         []),
        ("عدا عدد القتلى الذي تجاوز الـ30 قتيلاً",
         [("تجاوز الـ30 قتيلاً", 30, "killed", "at_least")]),
    ],
)  # fmt: skip
def test_hijri_and_maghreb_dates_and_a_party_released_in_exchange_count_no_one(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل طفلان نازحان في غارة على المخيم", [("طفلان", 2, "killed", "exact")]),
        ("وقتل خلال شهر رمضان 85 مدنيا في إدلب", [("85 مدنيا", 85, "killed", "exact")]),
        ("وقال الطبيب محمد رجب: 12 جريحا وصلوا إلى المشفى",
         [("12 جريحا", 12, "injured", "exact")]),
        ("وقتل خلال ساعات من سريان الاتفاق 3 أطفال في قصف", [("3", 3, "killed", "exact")]),
        ("ووثق المرصد 15 مقاتلا من الفصائل مقابل 22 عنصرا من قوات النظام قتلوا في الاشتباكات",
         [("15 مقاتلا", 15, "killed", "exact"), ("22 عنصرا", 22, "killed", "exact")]),
    ],
)  # fmt: skip
def test_an_adjective_dual_a_hijri_month_before_a_count_and_a_shared_outcome(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 26 مدنيا يوم 15 رجب 1434 هـ في قصف", [("26 مدنيا", 26, "killed", "exact")]),
        ("وسلم الجيش الحر 7 أسرى مقابل الإفراج عن 10 معتقلين", []),
    ],
)
def test_a_hijri_year_and_a_swap_count_no_one(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكد مود أن ٩٢ شخصاً على الأقل، بينهم ٣٢ طفلاً دون العاشرة، قُتلوا في بلدة تلدو",
         [("٩٢ شخصاً", 92, "killed", "at_least")]),
        ("وسقطت القذائف على البلدة دون وقوع إصابات", []),
    ],
)  # fmt: skip
def test_children_under_an_age_are_no_negation(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_fighters_a_party_lost_by_the_noun_of_losing() -> None:
    assert ("أربعة", 4, "killed", "exact") in casualties(
        "مؤكداً مقتل 12 عنصراً من داعش، وخسارة أربعة من مقاتليه"
    )
    assert casualties("وقدرت الخسارة بأربعة ملايين دولار") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفاد المراسل بمقتل زائرَين عراقيين وسائق سوري وإصابة سبعة عشر آخرين",
         [("زائرَين", 2, "killed", "exact"), ("سائق", 1, "killed", "exact"),
          ("سبعة عشر", 17, "injured", "exact")]),
        ("قُتل زائر عراقي بانفجار قرب المرقد", [("زائر", 1, "killed", "exact")]),
        ("استقبلت المدينة آلاف الزائرين", []),
        ("قتل أربعة مدنيين سوريين وطفل جريح نقل إلى المشفى",
         [("أربعة", 4, "killed", "exact"), ("جريح", 1, "injured", "exact")]),
        ("قتل ثلاثة جنود سوريين وضابط روسي أصيب بجروح خطيرة", [("ثلاثة", 3, "killed", "exact")]),
    ],
)  # fmt: skip
def test_pilgrims_counted_and_one_joined_after_their_origin(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عثرت الفرق على مقبرة جماعية تضم رفات 19 شخصاً على الأقل",
         [("19 شخصاً", 19, "killed", "at_least")]),
        ("أعلنت الوزارة العثور على مقبرة جماعية تضم رفات ما لا يقل عن ٢٠ شخصاً",
         [("ما لا يقل عن ٢٠ شخصاً", 20, "killed", "at_least")]),
        ("وسلّمت الفرق الرفات إلى الطب الشرعي بعد العثور على 3 مقابر", []),
        ("أعادت روسيا رفات ثلاثة جنود سوفييت عثر عليهم في ريف دمشق إلى موسكو", []),
        ("عثرت البعثة الأثرية على رفات 12 شخصاً في مدفن يعود للعصر البرونزي", []),
    ],
)  # fmt: skip
def test_remains_in_a_mass_grave_are_the_dead(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما أسفر عن مقتل أكثر من 14 شخصاً وإصابة العشرات، في واحدة من أعنف الضربات",
         [("أكثر من 14 شخصاً", 14, "killed", "at_least"), ("العشرات", 12, "injured", "vague")]),
        ("قتل واحد من المدنيين وأصيب آخر",
         [("واحد", 1, "killed", "exact"), ("آخر", 1, "injured", "exact")]),
    ],
)  # fmt: skip
def test_one_of_the_fiercest_counts_no_one(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل واحد من أبرز قادة الهيئة بغارة للتحالف", [("واحد", 1, "killed", "exact")]),
        ("وقتل 7 مدنيين في واحدة من أشد الغارات على المدينة", [("7", 7, "killed", "exact")]),
        ("وانتشلت فرق الدفاع المدني رفات 12 شخصاً من مقبرة جماعية في ريف دمشق",
         [("12 شخصاً", 12, "killed", "exact")]),
        ("وقالت الهيئة إنها وثقت 66 مقبرة جماعية في سوريا", []),
    ],
)  # fmt: skip
def test_one_of_the_leaders_a_hostage_and_graves_counted(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert casualties(text) == expected


def test_the_remains_of_a_grave_are_no_fatalities_of_the_event_beside_them() -> None:
    text = (
        "وقتل 4 عناصر من الأمن العام في كمين، وعثر في اليوم ذاته على مقبرة جماعية تضم "
        "رفات 10 أشخاص قرب تدمر."
    )
    pipeline = Pipeline()
    assert [draft.fatalities for draft in pipeline.drafts(text, pipeline.suggest(text))] == [4]


def test_a_hostage_joined_after_a_party_s_count_is_counted_too() -> None:
    text = "وقتل عنصران من تنظيم الدولة وشاب مختطف لديهما خلال عملية أمنية في ريف دير الزور."
    found = Pipeline().suggest(text)
    assert [(s.text, s.value["count"]) for s in found if s.kind == "casualty"] == [
        ("عنصران", 2),
        ("شاب", 1),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("في حين تجاوز عدد الجرحى ٢٠٠ جريح، وسط عجز الكوادر الطبية", "at_least"),
        ("وفاق عدد القتلى في المدينة 50 قتيلاً", "at_least"),
        ("وبلغ عدد القتلى 50 قتيلاً", "exact"),
        ("وارتفع عدد الجرحى إلى 40", "exact"),
        ("ولم يتجاوز عدد القتلى في الهجوم 3 أشخاص", "exact"),
        ("تجاوزت حصيلة قتلى التفجير الانتحاري في جبلة 70 قتيلاً", "at_least"),
        ("وقال الدفاع المدني إن حصيلة القتلى تجاوزت 40 قتيلاً", "at_least"),
        ("تجاوز عدد القتلى المدنيين 15", "at_least"),
    ],
)  # fmt: skip
def test_a_toll_said_to_go_past_its_figure_is_at_least_that(text: str, qualifier: str) -> None:
    assert [q for *_, q in casualties(text)] == [qualifier]


def test_in_front_of_is_no_imam() -> None:
    text = "وجاري بائع الخضار استشهد أمام عيني. وقتل إمام مسجد القرية برصاص قناص."
    assert [(span, count) for span, count, *_ in casualties(text)] == [("إمام", 1)]


def test_in_front_of_written_without_its_hamza_is_no_imam_either() -> None:
    assert "امام" not in [c[0] for c in casualties("وقتل امام المستشفى الوطني مدني برصاص قناص.")]
    assert casualties("وقتل امام الجامع الكبير برصاص قناص.")[0][:2] == ("امام", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اعتقلت قوة إسرائيلية أربعة شبان، ثم اقتادوا الشبان الأربعة معصوبي الأعين.",
         [("أربعة", 4, "detained"), ("الأربعة", 4, "detained")]),
        ("أدى إطلاق النار إلى إصابة الشبان الثلاثة بطلقات في الأطراف.",
         [("الثلاثة", 3, "injured")]),
        ("فقتلت القذيفة الأم وأصابت أطفالها الثلاثة بشظايا.",
         [("الثلاثة", 3, "injured")]),
        ("وتوزعت الإصابات على الأحياء الثلاثة.", []),
    ],
)  # fmt: skip
def test_people_counted_before_named_again_with_their_number(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [(span, count, outcome) for span, count, outcome, _ in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فيما تجاوز عدد الجرحى الأربعين، بينهم نساء.", [("الأربعين", 40, "at_least")]),
        ("وأن عدد المصابين تجاوز العشرين.", [("العشرين", 20, "at_least")]),
        ("وبلغ عدد القتلى المئة.", [("المئة", 100, "exact")]),
        ("ولم يتجاوز عدد الجرحى العشرين.", []),
        ("ارتفع عدد القتلى في حي العشرين إلى 5.", [("5", 5, "exact")]),
    ],
)  # fmt: skip
def test_a_toll_reaching_a_round_figure_written_with_its_article(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [(span, count, qualifier) for span, count, _, qualifier in casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("قتل خمسة شبان في القصف، وأكدت مصادر طبية لاحقاً مقتل أحد الشبان الخمسة.", "الخمسة"),
        ("أصيب ثلاثة أطفال بجروح، وأكد الدفاع المدني نجاة الأطفال الثلاثة من الموت.", "الثلاثة"),
        ("اعتقلت قوات النظام أربعة شبان، ثم اعتقلت والد الشبان الأربعة.", "الأربعة"),
    ],
)
def test_a_restated_group_is_not_counted_for_one_of_them_their_kin_or_survivors(
    text: str, group: str
) -> None:
    assert group not in [span for span, *_ in casualties(text)]
    restated = text.replace("أحد ", "").replace("نجاة", "إصابة").replace("والد ", "")
    assert group in [span for span, *_ in casualties(restated)]


def test_a_toll_that_will_or_did_not_go_past_its_figure_is_no_at_least() -> None:
    assert [q for *_, q in casualties("انتهت الاشتباكات دون أن يتجاوز عدد الجرحى 12 جريحاً.")] == [
        "exact"
    ]
    assert casualties("بلغ عدد القتلى منذ بداية العام المئة.") == []


def test_a_date_between_the_verb_and_its_count_does_not_part_them() -> None:
    text = (
        "اعتقلت دورية من الأسايش، الجهاز الأمني التابع لحزب الاتحاد الديمقراطي، مساء الأحد "
        "20 كانون الثاني ثلاثة ناشطين مستقلين."
    )
    assert casualties(text) == [("ثلاثة", 3, "detained", "exact")]
    # (the day's number itself is no count of people between them)
    assert casualties("اعتقلت قوات الأمن في 12 آذار الماضي 15 شابا.") == [
        ("15 شابا", 15, "detained", "exact")
    ]


def test_an_outcome_with_its_own_count_right_after_serves_no_count_before() -> None:
    text = (
        "ويقطن في المخيم نحو 18 ألف لاجئ، بعد أن كان يضم أكثر من 160 ألفاً، وتفرض عليه "
        "قوات النظام حصاراً أودى بحياة ما يزيد على 170 شخصاً جوعاً."
    )
    assert casualties(text) == [("ما يزيد على 170 شخصاً", 170, "killed", "at_least")]
    # A dual after it is its own count too; a noun with the article is not.
    assert casualties("وشيع الأهالي أحد أبناء الحي، ما أدى إلى مقتل شابين.") == [
        ("شابين", 2, "killed", "exact")
    ]


def test_a_vague_count_reaches_its_verb_across_quoted_group_names() -> None:
    text = (
        'مشيراً إلى أن العشرات من مسلحي "جبهة فتح الشام" و"حركة نور الدين الزنكي" '
        "قُتلوا خلال المعارك."
    )
    assert casualties(text) == [("العشرات", 12, "killed", "vague")]


def test_pupils_are_counted_people() -> None:
    assert casualties("ما أسفر عن إصابة تلميذين اثنين بجروح طفيفة.") == [
        ("تلميذين اثنين", 2, "injured", "exact")
    ]


def test_the_part_of_a_toll_one_place_had_is_marked() -> None:
    text = "وأحصت اللجان سقوط 68 قتيلاً في عموم سوريا الاثنين، بينهم 31 في محافظة حمص وحدها."
    assert casualties(text) == [
        ("68 قتيلاً", 68, "killed", "exact"),
        ("31", 31, "killed", "exact"),
    ]
    assert casualties("وثقت اللجان 117 شهيداً في سوريا اليوم بينهم 36 في درعا.")[1][:3] == (
        "36",
        36,
        "killed",
    )
    # A part by who they were, or in what state, is not.
    for text, outcome in (
        ("قتل 10 مدنيين بينهم 3 أطفال في ريف إدلب.", "killed"),
        ("أصيب 10 أشخاص بينهم 3 في حالة حرجة.", "injured"),
    ):
        assert [(count, hurt) for _s, count, hurt, _q in casualties(text)] == [(10, outcome)]


def test_she_died_before_the_person_who_died() -> None:
    text = "كما قضت سيدة وطفلاها مساء الجمعة جراء برميلين متفجرين ألقتهما مروحية على المخيم."
    assert [(count, outcome) for _s, count, outcome, _q in casualties(text)] == [
        (1, "killed"),
        (2, "killed"),
    ]
    assert casualties("وقضت المحكمة بسجن ثلاثة أشخاص خمس سنوات.") == []


def test_first_review_s_parts_of_a_toll_and_dates() -> None:
    text = "قتل 30 شخصاً في سوريا، بينهم 10 في حلب و5 في إدلب."
    assert [count for _s, count, _o, _q in casualties(text)] == [30, 10, 5]
    assert [
        count for _s, count, _o, _q in casualties("قتل 12 شخصاً بينهم 4 في الثلاثين من عمرهم.")
    ] == [12]
    # A count in words right after a date's month is no year.
    assert casualties("قتلت قوات النظام يوم الجمعة 15 آذار خمسة مدنيين في درعا.") == [
        ("خمسة", 5, "killed", "exact")
    ]


def test_a_verb_after_an_ending_its_nun_is_an_outcome() -> None:
    text = "قبل أن يطلق العناصر الرصاص في الهواء ويعتقلوا ثلاثة شبان من المحتجين."
    assert [(count, outcome) for _s, count, outcome, _q in casualties(text)] == [(3, "detained")]


def test_second_review_s_lists_of_places_and_latin_datelines() -> None:
    text = "قتل 25 شخصاً في محافظة حلب، بينهم 10 في مدينة الباب و8 في منبج و7 في جرابلس."
    assert [count for _s, count, _o, _q in casualties(text)] == [25, 10, 8, 7]
    dateline = "عنوان\n\nQamishli, 5 December 2012 – اعتقلت قوات الأمن ثلاثة ناشطين في المدينة."
    assert [count for _s, count, _o, _q in casualties(dateline)] == [3]


def test_code_review_s_counts_after_an_outcome_and_parts() -> None:
    # (a count after a comma or a line is not the outcome's own)
    assert [
        c for _s, c, _o, _q in casualties("وقال المرصد ان خمسة مدنيين قتلوا، 3 منهم اطفال.")
    ] == [5]
    lines = "ان عشرة مدنيين قتلوا.\n15 اخرون اصيبوا"
    assert [(c, o) for _s, c, o, _q in casualties(lines)] == [(10, "killed"), (15, "injured")]
    assert [c for _s, c, _o, _q in casualties("اصيب 12 شخصا بينهم 3 في العناية المركزة.")] == [12]
    assert casualties("قضت سيدة عشرين عاماً في سجون النظام قبل الإفراج عنها.") == []


def test_third_review_s_meant_outcomes_time_spent_and_dates() -> None:
    for text in (
        "اتهم ناشطون الشبيحة بأنهم يريدون أن يقتلوا الأهالي ويعتقلوا ثلاثة آلاف شاب.",
        "حاولوا أن يختطفوا طفلين الأسبوع الماضي لكن الأهالي منعوهم.",
        "قضت سيدة سورية ثلاثة أعوام في مخيم الركبان جراء إغلاق الحدود.",
        "قضت سيدة ليلتها في الملجأ مع أطفالها الخمسة جراء القصف المتواصل.",
    ):
        assert casualties(text) == [], text
    assert casualties("قضت سيدة بقصف مدفعي على حي الفردوس في حلب.") == [
        ("سيدة", 1, "killed", "exact")
    ]
    assert casualties("قتل في 18 نيسان 12 شخصاً في قصف على المدينة.") == [
        ("12 شخصاً", 12, "killed", "exact")
    ]


def test_he_spent_time_or_it_ruled_is_no_death() -> None:
    for text in (
        "قضى اللاعب السوري عمر السومة ثلاثة مواسم في الدوري.",
        "قضى الاتفاق بخروج 300 مقاتل من المدينة.",
        "قضى الشاب أحمد خمس سنوات في سجن صيدنايا.",
    ):
        assert casualties(text) == [], text
    died = "قضى طفلان شقيقان يوم الإثنين بانفجار جسم من مخلفات الحرب."
    assert [(c, o) for _s, c, o, _q in casualties(died)] == [(2, "killed")]


def test_the_speaker_described_as_one_of_a_group_is_no_count() -> None:
    text = (
        "عثر أهالٍ على مقبرة جماعية تضم رفات 20 شخصاً. وقال أبو علي، وهو أحد أبناء العشيرة "
        "الذين شاركوا في انتشال الرفات، إن الجثث كانت مكدسة."
    )
    assert [(c, o) for _s, c, o, _q in casualties(text)] == [(20, "killed")]


def test_stopping_a_thing_is_no_arrest() -> None:
    assert casualties("وقال إن الاتفاق أوقف نزيف الدم وجنّب أكثر من خمسين ألف مدني اقتحاماً.") == []
    assert casualties("أوقفت دورية للجيش فجر اليوم ثلاثة أشخاص قرب الحاجز.") == [
        ("ثلاثة", 3, "detained", "exact")
    ]


def test_a_title_of_a_place_after_the_killers_and_the_time_is_one_killed() -> None:
    for text in (
        "اغتال مسلحون مجهولون مساء أمس مختار بلدة اليادودة بإطلاق النار عليه أمام منزله.",
        "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء الأحد، مختار أحد أحياء المدينة.",
    ):
        assert casualties(text) == [("مختار", 1, "killed", "exact")], text
    # A title of no place (مختار as a given name, or an adjective): none.
    assert casualties("اغتال مسلحون مجهولون مساء أمس مختار الحمود في درعا.") == []


def test_one_who_died_described_as_one_of_a_group_is_still_counted() -> None:
    text = "لقي شخص مصرعه وهو أحد عناصر الدفاع الوطني، إثر انفجار لغم في ريف حماة."
    assert [(c, o) for _s, c, o, _q in casualties(text)] == [(1, "killed")]


def test_a_third_taken_and_tens_hurt_after_a_part_of_the_dead() -> None:
    third = "قالت قسد إن وحداتها قتلت اثنين من عناصر التنظيم واعتقلت ثالثاً خلال اشتباك قرب الهول."
    assert [(c, o) for _s, c, o, _q in casualties(third)] == [(2, "killed"), (1, "detained")]
    tens = "سقط 27 قتيلاً، بينهم 9 أطفال، وعشرات الجرحى، إثر سقوط صاروخ على الحي."
    assert [(c, o) for _s, c, o, _q in casualties(tens)] == [(27, "killed"), (12, "injured")]


def test_a_count_joined_after_the_general_security_is_its_own() -> None:
    text = "أسفرت الاشتباكات عن مقتل عنصرين من الأمن العام وثلاثة من المسلحين."
    assert [(c, o) for _s, c, o, _q in casualties(text)] == [(2, "killed"), (3, "killed")]


def test_two_bombers_driving_two_car_bombs_are_two_killed() -> None:
    text = "شنّت الهيئة هجوماً معاكساً استهلته بتفجير عربتين مفخختين يقودهما انتحاريان."
    assert casualties(text) == [("انتحاريان", 2, "killed", "exact")]


def test_a_speaker_she_described_as_one_of_a_group_is_no_count() -> None:
    text = (
        "عثر أهالٍ على مقبرة جماعية تضم رفات 20 شخصاً. وأوضحت أم علي، وهي إحدى بنات العشيرة، "
        "إن الجثث كانت مكدسة."
    )
    assert [(c, o) for _s, c, o, _q in casualties(text)] == [(20, "killed")]


def test_a_third_thing_hit_and_things_joined_after_the_general_security_are_no_counts() -> None:
    for text in (
        "دمر مقاتلو الحزب دبابتين من طراز ميركافا وأصابوا ثالثاً في بلدة مارون الراس.",
        "انتشرت قوات الأمن العام وثلاثة أرتال من الجيش في المدينة بعد اشتباكات قتل فيها 30 شخصاً.",
    ):
        assert [c for _s, c, _o, _q in casualties(text)] in ([], [30]), text
