"""The actor suggester: quotes, descriptors, proclitics, periods, confidence, the seed article."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.store.database import Project
from annotator.store.models import Document, LexiconEntry
from annotator.suggest.actors import ActorSuggester
from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed_article_ar.txt"
IN_2021 = dt.date(2021, 3, 20)
REGIME = "Military Forces of Syria (2000-)"
IS = "Islamic State (Syria)"
SYRIA = "Military Forces of Syria (2000-)"
POLICE = "Police Forces of Syria (2000-)"


@pytest.fixture(scope="module")
def actors() -> ActorSuggester:
    return ActorSuggester()


def _found(
    suggester: ActorSuggester, text: str, published: dt.date | None = IN_2021
) -> list[tuple[str, str, int]]:
    found = suggester(SuggestContext.of(text, published))
    _check_contract(text, found)
    return [(s.text, s.value["name"], s.value["inter"]) for s in found]


def _named(actors: ActorSuggester, text: str, published: dt.date) -> list[tuple[str, str]]:
    """(span, name) of each actor found."""
    return [(s, n) for s, n, _ in _found(actors, text, published)]


def _names(actors: ActorSuggester, text: str, published: dt.date) -> list[str]:
    return [n for _, n, _ in _found(actors, text, published)]


def _check_contract(text: str, suggestions: list[Suggestion]) -> None:
    spans: list[tuple[int, int]] = []
    for suggestion in suggestions:
        assert suggestion.kind == "actor"
        assert 0 <= suggestion.start < suggestion.end <= len(text)
        assert suggestion.text == text[suggestion.start : suggestion.end]
        assert set(suggestion.value) == {"name", "inter"}
        assert isinstance(suggestion.value["name"], str)
        assert suggestion.value["inter"] in range(1, 9)
        assert 0.0 < suggestion.confidence <= 1.0
        spans.append((suggestion.start, suggestion.end))
    # Candidates may share a span; different spans never overlap, and come in text order.
    distinct = sorted(set(spans))
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(distinct):
        assert end <= start


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("written", "name", "inter"),
    [
        ("داعش", IS, 2),
        ("جيش النظام", REGIME, 1),
        ("القوات الحكومية", REGIME, 1),
        ("الطيران الروسي", "Military Forces of Russia (2000-) Air Force", 8),
        ("القوات الروسية", "Military Forces of Russia (2000-)", 8),
        ("طائرات التحالف", "Global Coalition Against Daesh", 8),
        ("التحالف الدولي", "Global Coalition Against Daesh", 8),
        ("مسلحون مجهولون", "Unidentified Armed Group (Syria)", 3),
        ("مدنيين", "Civilians (Syria)", 7),
        ("الفرقة الرابعة", "Military Forces of Syria (2000-) 4th Armored Division", 1),
        ("قسد", "QSD: Syrian Democratic Forces", 2),
        ("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham", 2),
        ("الجيش الوطني السوري", "JWS: Syrian National Army", 2),
        ("حزب الله", "Hezbollah", 3),
        ("الحرس الثوري", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", 8),
        ("الجيش التركي", "Military Forces of Turkey (2016-)", 8),
        ("الطيران الإسرائيلي", "Military Forces of Israel (2009-)", 8),
        ("القوات الأمريكية", "Military Forces of the United States (2017-)", 8),
        ("المتظاهرين", "Protesters (Syria)", 6),
        # Iran's and Hezbollah's media name Israel as the Zionist entity
        ("الكيان الصهيوني", "Military Forces of Israel (2009-)", 8),
        ("العدوان الصهيوني", "Military Forces of Israel (2009-)", 8),
        ("مقاتلتين إسرائيليتين", "Military Forces of Israel (2009-)", 8),
        ("مستشارون إيرانيون", "Military Forces of Iran (1989-)", 8),
        ("حراس الدين", "Hurras al Din", 2),
        ("جيش خالد بن الوليد", IS, 2),
    ],
)
def test_how_reporters_write_the_actors(
    actors: ActorSuggester, written: str, name: str, inter: int
) -> None:
    in_2020 = dt.date(2020, 6, 1)
    assert _found(actors, f"وقالت مصادر إن {written} شاركوا", in_2020) == [(written, name, inter)]


def test_proclitics_stay_outside_the_span(actors: ActorSuggester) -> None:
    assert _found(actors, "وقوات النظام قصفت") == [("قوات النظام", REGIME, 1)]
    assert _found(actors, "التابعين لقوات النظام") == [("قوات النظام", REGIME, 1)]
    assert _found(actors, "بقوات النظام فقوات النظام") == [
        ("قوات النظام", REGIME, 1),
        ("قوات النظام", REGIME, 1),
    ]


def test_a_bare_name_in_quotes_is_the_name_without_its_quotes(actors: ActorSuggester) -> None:
    quds = ("لواء القدس", "LaQ: Quds Brigade", 3)
    assert _found(actors, "عنصرين من “لواء القدس” الفلسطيني الرديف") == [quds]
    assert _found(actors, "«لواء القدس»") == [quds]
    corps = ("الفيلق الخامس", "Military Forces of Syria (2000-) 5th Assault Corps", 1)
    assert _found(actors, "و”الفيلق الخامس” المدعوم روسيًا") == [corps]
    # An odd quotation mark before the name joins the proclitic and stays outside.
    division = ("الفرقة 18", "Military Forces of Syria (2000-) 18th Armored Division", 1)
    assert _found(actors, "و”الفرقة 18″ التابعين") == [division]


def test_a_descriptor_joins_the_span_with_the_quotes(actors: ActorSuggester) -> None:
    assert _found(actors, "من تنظيم “الدولة”، إضافة") == [("تنظيم “الدولة”", IS, 2)]
    assert _found(actors, "خلايا من تنظيم “الدولة الإسلامية” ومقاتلي") == [
        ("تنظيم “الدولة الإسلامية”", IS, 2)
    ]
    ndf = "QDW: National Defense Forces"
    assert _found(actors, "قيادي من ميليشيا “الدفاع الوطني”.") == [
        ("ميليشيا “الدفاع الوطني”", ndf, 3)
    ]
    assert _found(actors, "ومليشيا 'الدفاع الوطني'") == [("مليشيا 'الدفاع الوطني'", ndf, 3)]
    assert _found(actors, "قوات «الدفاع الوطني»") == [("قوات «الدفاع الوطني»", ndf, 3)]
    assert _found(actors, "وتنظيم داعش") == [("تنظيم داعش", IS, 2)]
    # Words that also mean something else do not join the span.
    assert _found(actors, "رصد حركة الطائرات الروسية") == [
        ("الطائرات الروسية", "Military Forces of Russia (2000-) Air Force", 8)
    ]
    # A quote inside a name written with its descriptor: تنظيم “الدولة” الإسلامية.
    assert _found(actors, "تنظيم “الدولة” الإسلامية") == [("تنظيم “الدولة” الإسلامية", IS, 2)]


def test_tashkeel_and_tatweel_do_not_break_names(actors: ActorSuggester) -> None:
    assert _found(actors, "قُوّاتُ النِّظامِ") == [("قُوّاتُ النِّظامِ", REGIME, 1)]
    assert _found(actors, "الطيـــران الحربي الروسي") == [
        ("الطيـــران الحربي الروسي", "Military Forces of Russia (2000-) Air Force", 8)
    ]


def test_longer_names_and_blocked_phrases_win(actors: ActorSuggester) -> None:
    assert _found(actors, "مقاتلو كتائب حزب الله") == [("كتائب حزب الله", "Kataib Hezbollah", 3)]
    assert _found(actors, "وزارة الدفاع الوطني اللبنانية") == []
    assert _found(actors, "الجيش السوري الحر") == [
        ("الجيش السوري الحر", "Opposition Rebels (Syria)", 2)
    ]
    assert _found(actors, "في منطقة نبع السلام") == []


def test_an_abbreviation_in_parentheses_is_a_second_span(actors: ActorSuggester) -> None:
    # as news coders mark it: the name, then its other name in brackets
    assert _found(actors, "سيطرت قوات سوريا الديمقراطية (قسد) على") == [
        ("قوات سوريا الديمقراطية", "QSD: Syrian Democratic Forces", 2),
        ("قسد", "QSD: Syrian Democratic Forces", 2),
    ]


def test_names_inside_longer_words_are_not_found(actors: ActorSuggester) -> None:
    assert _found(actors, "داعشي قسدية") == []
    assert _found(actors, "النظامية") == []


def test_english_names(actors: ActorSuggester) -> None:
    assert _found(actors, "Clashes between SDF and ISIS near Raqqa.") == [
        ("SDF", "QSD: Syrian Democratic Forces", 2),
        ("ISIS", IS, 2),
    ]


def test_generic_words_are_less_certain(actors: ActorSuggester) -> None:
    found = actors(SuggestContext.of("هاجم مجهولون ومسلحون مجهولون", IN_2021))
    assert [(s.text, s.confidence) for s in found] == [
        ("مجهولون", pytest.approx(0.6)),
        ("مسلحون مجهولون", 1.0),
    ]


def test_the_bare_regime_acts_but_is_no_actor_as_patron_jailer_or_holder(
    actors: ActorSuggester,
) -> None:
    found = actors(SuggestContext.of("استهدف النظام المشفى بالبراميل", IN_2021))
    assert [(s.text, s.value["name"], s.confidence) for s in found] == [
        ("النظام", "Military Forces of Syria (2000-)", pytest.approx(0.6))
    ]
    for text in ("في سجون النظام", "في مناطق سيطرة النظام", "انهار النظام الصحي"):
        assert actors(SuggestContext.of(text, IN_2021)) == []
    # A group loyal to the regime is that group alone.
    found = actors(SuggestContext.of("ميليشيا الدفاع الوطني الموالية للنظام", IN_2021))
    assert [s.text for s in found] == ["ميليشيا الدفاع الوطني"]


# --------------------------------------------------------------------------- periods


RUSSIAN_AIR_FORCE = "Military Forces of Russia (2000-) Air Force"


def test_air_forces_and_strikes_carry_their_country(actors: ActorSuggester) -> None:
    assert _found(actors, "استهدفت القوات الجويّة الروسية المشفى") == [
        ("القوات الجويّة الروسية", RUSSIAN_AIR_FORCE, 8)
    ]
    assert _found(actors, "قصف سلاح الجو السوري البلدة") == [("سلاح الجو السوري", REGIME, 1)]
    # A strike with a nationality adjective, in any number, names the air force.
    assert _found(actors, "دُمّر المبنى بغارتين جويتين روسيتين") == [
        ("غارتين جويتين روسيتين", RUSSIAN_AIR_FORCE, 8)
    ]
    assert _found(actors, "بعد الضربات الجوية الروسية على المدينة") == [
        ("الضربات الجوية الروسية", RUSSIAN_AIR_FORCE, 8)
    ]
    assert _found(actors, "قصفتها طائرات يُعتقد أنها روسية") == [
        ("طائرات يُعتقد أنها روسية", RUSSIAN_AIR_FORCE, 8)
    ]
    # So does every kind of aircraft, in either number, with or without a hedge.
    assert _found(actors, "استهدفت مقاتلة روسيّة المستشفى") == [
        ("مقاتلة روسيّة", RUSSIAN_AIR_FORCE, 8)
    ]
    assert _found(actors, "قصفته طيارة عسكرية يعتقد أنها روسية") == [
        ("طيارة عسكرية يعتقد أنها روسية", RUSSIAN_AIR_FORCE, 8)
    ]
    assert _found(actors, "ألقت المروحيات السورية براميل") == [("المروحيات السورية", REGIME, 1)]


def test_a_second_country_given_by_its_adjective_alone(actors: ActorSuggester) -> None:
    assert _found(actors, "الجاني المحتمل: القوات الجويّة الروسية أو السورية\n") == [
        ("القوات الجويّة الروسية", RUSSIAN_AIR_FORCE, 8),
        ("السورية", REGIME, 1),
    ]
    assert _found(actors, "الجاني: سلاح الجو السوري أو الروسي.") == [
        ("سلاح الجو السوري", REGIME, 1),
        ("الروسي", RUSSIAN_AIR_FORCE, 8),
    ]
    assert _found(actors, "استهدفت الطائرات الحربية الروسية / السورية المستشفى")[1:] == [
        ("السورية", REGIME, 1)
    ]
    # The adjective stands for the same kind of name, as of the article's year.
    after_2024 = _found(actors, "القوات التركية والسورية", dt.date(2025, 6, 1))
    assert after_2024 == [
        ("القوات التركية", "Military Forces of Turkey (2016-)", 8),
        ("السورية", "Military Forces of Syria (2024-)", 1),
    ]
    # A word that is no nationality, or a name no country has, gives nothing more.
    assert _found(actors, "القوات الروسية والمدنية") == [
        ("القوات الروسية", "Military Forces of Russia (2000-)", 8)
    ]


def test_names_follow_the_publication_year(actors: ActorSuggester) -> None:
    text = "قصفت قوات النظام وتنظيم الدولة"
    assert _found(actors, text, dt.date(2020, 5, 1)) == [
        ("قوات النظام", REGIME, 1),
        ("تنظيم الدولة", IS, 2),
    ]
    assert _found(actors, text, dt.date(2025, 2, 1)) == [
        ("قوات النظام", "Military Forces of Syria (2000-2024)", 1),
        ("تنظيم الدولة", "Islamic State in Iraq and the Levant (ISIL)", 2),
    ]
    # The same words mean the Assad-era army before 2025 and the new army after.
    assert _found(actors, "الجيش السوري", dt.date(2019, 1, 1)) == [("الجيش السوري", REGIME, 1)]
    assert _found(actors, "الجيش السوري", dt.date(2025, 6, 1)) == [
        ("الجيش السوري", "Military Forces of Syria (2024-)", 1)
    ]


def test_undated_articles_get_every_candidate_sharing_the_confidence(
    actors: ActorSuggester,
) -> None:
    found = actors(SuggestContext.of("قوات النظام"))
    assert [(s.value["name"], s.confidence) for s in found] == [
        (REGIME, 0.5),
        ("Military Forces of Syria (2000-2024)", 0.5),
    ]
    assert {(s.start, s.end) for s in found} == {(0, 11)}


def test_a_name_out_of_its_period_gives_way_to_a_shorter_one() -> None:
    rows = [
        {
            "kind": "actor",
            "surface": "الفرقة الأولى",
            "target": "First Division (1990-2000)",
            "value": {"inter": 1, "active_from": 1990, "active_to": 2000},
        },
        {
            "kind": "actor",
            "surface": "الأولى",
            "target": "Somebody",
            "value": {"inter": 3},
        },
    ]
    suggester = ActorSuggester(rows)
    assert _found(suggester, "الفرقة الأولى", dt.date(1995, 1, 1)) == [
        ("الفرقة الأولى", "First Division (1990-2000)", 1)
    ]
    assert _found(suggester, "الفرقة الأولى", dt.date(2020, 1, 1)) == [("الأولى", "Somebody", 3)]


# --------------------------------------------------------------------------- confidence


def test_rejections_lower_the_confidence_of_a_builtin_name() -> None:
    # What annotator.services.learning keeps after two rejections of تنظيم “الدولة”.
    rejected = LexiconEntry(
        kind="actor",
        surface='تنظيم "الدوله"',
        normalized='تنظيم "الدوله"',
        target=IS,
        value={},
        origin="learned",
        confidence=0.36,
    )
    suggester = ActorSuggester([rejected])
    found = suggester(SuggestContext.of("خلايا تنظيم “الدولة” وتنظيم “الدولة الإسلامية”", IN_2021))
    assert [(s.text, s.value["name"], s.confidence) for s in found] == [
        ("تنظيم “الدولة”", IS, pytest.approx(0.36)),
        ("تنظيم “الدولة الإسلامية”", IS, 1.0),
    ]
    assert suggester.version != ActorSuggester().version


def test_a_rejected_descriptor_span_is_less_certain_than_the_bare_name() -> None:
    rejected = {
        "kind": "actor",
        "surface": "ميليشيا “الدفاع الوطني”",
        "value": {},
        "target": "QDW: National Defense Forces",
        "confidence": 0.6,
    }
    suggester = ActorSuggester([rejected])
    found = suggester(SuggestContext.of("ميليشيا “الدفاع الوطني” و“الدفاع الوطني”", IN_2021))
    assert [(s.text, s.confidence) for s in found] == [
        ("ميليشيا “الدفاع الوطني”", pytest.approx(0.6)),
        ("الدفاع الوطني", 1.0),
    ]


def test_learned_names_are_suggested_with_their_value() -> None:
    learned = LexiconEntry(
        kind="actor",
        surface="عصابات الأسد",
        normalized="عصابات الاسد",
        target=REGIME,
        value={"name": REGIME, "inter": 1},
        origin="learned",
        confidence=1.0,
    )
    found = ActorSuggester([learned])(SuggestContext.of("وعصابات الأسد", IN_2021))
    assert [(s.text, s.value, s.confidence) for s in found] == [
        ("عصابات الأسد", {"name": REGIME, "inter": 1}, 1.0)
    ]


def test_rejections_recorded_by_the_desk_reach_the_suggester(project: Project) -> None:
    learning = pytest.importorskip("annotator.services.learning")
    text = "اشتباكات مع تنظيم “الدولة” في البادية"
    with project.session() as session:
        document = Document(external_id="d1", text=text, sha256="b" * 64, extra={}, language="ar")
        session.add(document)
        session.flush()
        document_id = document.id
    (suggestion,) = ActorSuggester()(SuggestContext.of(text, IN_2021))
    for _ in range(2):
        learning.record_decision(
            project,
            learning.Decision(
                "huda",
                document_id,
                "rejected",
                "actor",
                suggestion.start,
                suggestion.end,
                suggestion.value,
            ),
        )
    with project.session() as session:
        rows = [
            {
                "kind": e.kind,
                "surface": e.surface,
                "target": e.target,
                "value": e.value,
                "confidence": e.confidence,
                "origin": e.origin,
            }
            for e in session.scalars(sa.select(LexiconEntry))
        ]
    (again,) = ActorSuggester(rows)(SuggestContext.of(text, IN_2021))
    assert (again.start, again.end, again.value) == (
        suggestion.start,
        suggestion.end,
        suggestion.value,
    )
    assert again.confidence == pytest.approx(0.36)


# --------------------------------------------------------------------------- any text

# annotator.text.normalize recurses without end on the presentation forms NFKC leaves as
# they are (﴾ ﴿ U+FD3E/F, U+FBB2..., noncharacters): a normalisation bug, not a matching one.
_NORMALIZE_RECURSES_ON = [
    chr(code)
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]
    if unicodedata.normalize("NFKC", chr(code)) == chr(code)
]
_FRAGMENTS = st.sampled_from(
    [
        "قوات النظام",
        "تنظيم",
        "“الدولة”",
        "الدولة",
        "ميليشيا",
        "«الدفاع الوطني»",
        "و",
        "ل",
        "لواء القدس",
        "(قسد)",
        "قسد",
        " ",
        "“",
        "”",
        "″",
        '"',
        "'",
        "(",
        ")",
        "\u0640",
        "\u064f",
        "\u200f",
        "\u202b",
        "\n",
        "😀",
        "👍🏽",
        "\ud800",
        "\udfff",
        "\x00",
        "\x1b",
        "ﻻ",
        "١٨",
        "الفرقة 18",
        "SDF",
        "ISIS",
        "النظام",
    ]
)
_TEXT = st.lists(
    st.one_of(
        _FRAGMENTS, st.characters(exclude_categories=(), exclude_characters=_NORMALIZE_RECURSES_ON)
    ),
    max_size=40,
).map("".join)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXT, year=st.one_of(st.none(), st.integers(2000, 2030)))
def test_any_text_gives_exact_spans(actors: ActorSuggester, text: str, year: int | None) -> None:
    published = None if year is None else dt.date(year, 1, 1)
    _check_contract(text, actors(SuggestContext.of(text, published)))


# --------------------------------------------------------------------------- the seed article


def test_the_seed_article(actors: ActorSuggester) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not available (the shared corpus beside the project)")
    text = SEED.read_text(encoding="utf-8")
    found = actors(SuggestContext.of(text, IN_2021))  # the date is assumed: March 2021
    _check_contract(text, found)
    spans = [(s.text, s.value["name"], s.value["inter"]) for s in found]
    assert ("تنظيم “الدولة الإسلامية”", IS, 2) in spans
    assert spans.count(("تنظيم “الدولة”", IS, 2)) >= 3
    assert spans.count(("قوات النظام", REGIME, 1)) >= 5
    assert spans.count(("لواء القدس", "LaQ: Quds Brigade", 3)) == 2
    assert ("ميليشيا “الدفاع الوطني”", "QDW: National Defense Forces", 3) in spans
    assert ("الفيلق الخامس", "Military Forces of Syria (2000-) 5th Assault Corps", 1) in spans
    assert ("الفرقة 18", "Military Forces of Syria (2000-) 18th Armored Division", 1) in spans
    assert ("الطيران الحربي الروسي", "Military Forces of Russia (2000-) Air Force", 8) in spans
    assert ("ميليشيات موالية لإيران", "Militia (Pro-Iran)", 3) in spans
    # Undated, the same spans come with every candidate name.
    undated = actors(SuggestContext.of(text))
    _check_contract(text, undated)
    assert {(s.start, s.end) for s in undated} == {(s.start, s.end) for s in found}
    assert {s.value["name"] for s in found} <= {s.value["name"] for s in undated}


def test_the_us_led_coalition_under_its_operation_s_names(actors: ActorSuggester) -> None:
    text = (
        "وقالت قوة المهام المشتركة - عملية العزم الصلب إن التحالف الذي تقوده الولايات المتحدة "
        "نفذ الغارة"
    )
    assert [(found, name) for found, name, _inter in _found(actors, text)] == [
        ("قوة المهام المشتركة - عملية العزم الصلب", "Global Coalition Against Daesh"),
        ("التحالف الذي تقوده الولايات المتحدة", "Global Coalition Against Daesh"),
    ]


def test_aviation_without_the_article(actors: ActorSuggester) -> None:
    text = "استهدف طيران روسي البلدة، ثم قصفها طيران حربي سوري"
    assert [(found, name) for found, name, _inter in _found(actors, text, dt.date(2018, 1, 1))] == [
        ("طيران روسي", "Military Forces of Russia (2000-) Air Force"),
        ("طيران حربي سوري", "Military Forces of Syria (2000-)"),
    ]


def test_nusra_is_its_own_group_before_2017_and_hts_from_2017(actors: ActorSuggester) -> None:
    text = "هاجمت جبهة النصرة مواقع جند الأقصى"
    assert [name for _text, name, _inter in _found(actors, text, dt.date(2018, 5, 1))] == [
        "HTS: Hayat Tahrir al Sham"
    ]
    assert [name for _text, name, _inter in _found(actors, text, dt.date(2016, 5, 1))] == [
        "Jabhat al Nusra",
        "Jund al Aqsa",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "كذلك استخدمت القوات الجوية السورية طائرات روسية في بعض الأحيان",
        "حيث تستخدم القوات الجوية السورية الطائرات الروسية أيضًا",
        "ألقت طائرات روسية الصنع براميل متفجرة",
    ],
)
def test_russian_made_aircraft_are_not_the_russian_air_force(
    actors: ActorSuggester, text: str
) -> None:
    names = [name for _text, name, _inter in _found(actors, text, dt.date(2017, 7, 1))]
    assert "Military Forces of Russia (2000-) Air Force" not in names


def test_russian_aircraft_that_strike_are_the_russian_air_force(actors: ActorSuggester) -> None:
    text = "قصفت الطائرات الروسية المدينة بعد أن استخدمت القوات السورية المدفعية"
    assert _found(actors, text, dt.date(2017, 7, 1))[0] == (
        "الطائرات الروسية",
        "Military Forces of Russia (2000-) Air Force",
        8,
    )


def test_citizen_journalists_are_not_civilians(actors: ActorSuggester) -> None:
    text = "نُشرت تقارير من قبل مواطنين صحفيين حول خروج المستشفى عن الخدمة"
    assert _found(actors, text, dt.date(2019, 5, 8)) == []


@pytest.mark.parametrize(
    "text",
    [
        "دعا الوزير جميع الأطراف إلى ضبط النفس وحماية المدنيين",
        "طالبت الشبكة الأطراف كافة بتحييد المدنيين",
        "توقف القصف لإفساح المجال أمام خروج المدنيين",
        "وأكد أنه يتخذ كل الاحتياطات الممكنة لتجنب إيذاء المدنيين",
        "وتقدر الأمم المتحدة عدد المدنيين العالقين داخل المدينة بنحو 25 ألفاً",
    ],
)
def test_civilians_in_calls_and_evacuations_are_no_party(actors: ActorSuggester, text: str) -> None:
    assert _found(actors, text, dt.date(2019, 5, 8)) == []


# ------------------------------------------------------------ attacks attributed to a state

RUSSIA = "Military Forces of Russia (2000-)"
USA = "Military Forces of the United States (2017-)"
TURKEY = "Military Forces of Turkey (2016-)"
JORDAN = "Military Forces of Jordan (1999-)"


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("قتل 5 مدنيين بغارات روسية على ريف إدلب", "غارات روسية", RUSSIAN_AIR_FORCE),
        ("وثقنا أثر الهجمات الروسية على المدنيين", "الهجمات الروسية", RUSSIA),
        ("دمار بسبب هجمات يرجح أنها روسية", "هجمات يرجح أنها روسية", RUSSIA),
        ("صور لطيران حربي يرجح أنه روسي", "طيران حربي يرجح أنه روسي", RUSSIAN_AIR_FORCE),
        ("التأكد من أن الهجمات روسية", "الهجمات روسية", RUSSIA),
        ("قصف تركي على قرى عفرين", "قصف تركي", TURKEY),
        ("غارة جويّة للولايات المتحدّة على مسجد", "للولايات المتحدّة", USA),
        ("تورط الولايات المتحدة في الضربة", "الولايات المتحدة", USA),
        ("ضربات لروسيا على المدينة", "روسيا", RUSSIA),
        ("دمار بسبب هجمات يُزعم بأنها روسية", "هجمات يُزعم بأنها روسية", RUSSIA),
        ("تصاعدت الغارات منذ تدخل روسيا العسكري", "روسيا", RUSSIA),
        ("بدأ التدخل العسكري الروسي في سبتمبر", "التدخل العسكري الروسي", RUSSIA),
        ("العمليات العسكرية الروسية في إدلب", "العمليات العسكرية الروسية", RUSSIA),
        ("شنت روسيا غارات على إدلب", "روسيا", RUSSIA),
        ("واستخدمت روسيا الذخائر العنقودية", "روسيا", RUSSIA),
        ("قصفت تركيا قرى عفرين", "تركيا", TURKEY),
        ("تركيا تواصل هجومها في شمال شرق سوريا", "تركيا", TURKEY),
        ("في اليوم الخامس من الهجوم الذي تشنه تركيا", "تركيا", TURKEY),
        ("الغارات التي نفذتها روسيا على إدلب", "روسيا", RUSSIA),
        # its army and arms, hedged or not, and states with no attack forms of their own
        ("مقاتلات تابعة لسلاح الجو التركي قصفت", "سلاح الجو التركي", TURKEY),
        ("قصفت طائرات حربية يُرجّح أنها روسية البلدة", "طائرات حربية يُرجّح أنها روسية",
         RUSSIAN_AIR_FORCE),
        ("الطائرات الحربية التي يعتقد أنها روسية", "الطائرات الحربية التي يعتقد أنها روسية",
         RUSSIAN_AIR_FORCE),
        ("بغارة يُرجّح أنها أردنية على ريف السويداء", "غارة يُرجّح أنها أردنية", JORDAN),
        ("قصف سلاح الجو الأردني مزرعة", "سلاح الجو الأردني", JORDAN),
        ("اشتبك الجيش الأردني مع مهربين", "الجيش الأردني", JORDAN),
        ("أعلنت القوات المسلحة الأمريكية", "القوات المسلحة الأمريكية", USA),
        ("أطلقت دبابة إسرائيلية قذيفة على الموقع", "دبابة إسرائيلية",
         "Military Forces of Israel (2009-)"),
    ],
)  # fmt: skip
def test_attacks_attributed_to_a_state_name_its_forces(
    actors: ActorSuggester, text: str, span: str, name: str
) -> None:
    found = _found(actors, text, dt.date(2019, 6, 1))
    assert (span, name, 8) in found


def test_a_state_named_without_its_attacks_is_no_actor(actors: ActorSuggester) -> None:
    for text in (
        "رحب الوزير بالتدخل الروسي",
        "زار الوفد روسيا",
        "زار الوفد الروسي دمشق",
        "انتقدت روسيا القرار",  # a state speaking, not attacking
        "روسيا تواصل دعمها السياسي",  # going on with something else than an attack
        "دمرت مدرعات روسية الصنع",  # made there, driven by anyone
    ):
        assert _found(actors, text) == []
    # The lexicon's own longer name wins: one span, not two.
    assert _found(actors, "غارة إسرائيلية على مطار المزة", dt.date(2019, 6, 1)) == [
        ("غارة إسرائيلية", "Military Forces of Israel (2009-)", 8)
    ]


def test_a_state_joined_to_an_armed_actor_names_its_forces(actors: ActorSuggester) -> None:
    found = _found(actors, "تصعيد لقوات الأسد وروسيا على إدلب", dt.date(2023, 1, 1))
    assert found == [
        ("قوات الأسد", "Military Forces of Syria (2000-)", 1),
        ("روسيا", RUSSIA, 8),
    ]
    # joined to strikes or aircraft, its air force
    assert _found(actors, "قتيل مدني بغارات النظام وروسيا", dt.date(2018, 2, 21))[-1] == (
        "روسيا",
        RUSSIAN_AIR_FORCE,
        8,
    )
    # joined to civilians, a state is no fellow attacker
    assert [name for _, name, _ in _found(actors, "قُتل المدنيون وروسيا تتفرج")] == [
        "Civilians (Syria)"
    ]


def test_the_government_s_forces_and_the_terrorist_groups_of_its_media(
    actors: ActorSuggester,
) -> None:
    assert _found(actors, "استخدمت قوات الحكومة غاز الكلور", dt.date(2018, 1, 1)) == [
        ("قوات الحكومة", "Military Forces of Syria (2000-)", 1)
    ]
    found = actors(SuggestContext.of("استهدفت الجماعات الإرهابية الأحياء", dt.date(2018, 1, 1)))
    assert [(s.text, s.value["name"]) for s in found] == [
        ("الجماعات الإرهابية", "Opposition Rebels (Syria)")
    ]
    assert found[0].confidence == 0.5  # the coder names the group
    # ... one group of them, as 2012's state media wrote it, unless the organisation is named
    assert _found(actors, "اشتبكت قوات حفظ النظام مع مجموعة إرهابية مسلحة", dt.date(2012, 7, 1))[
        1:
    ] == [("مجموعة إرهابية مسلحة", "Opposition Rebels (Syria)", 2)]
    assert _found(actors, 'تسلل مجموعة إرهابية من "جبهة النصرة"', dt.date(2015, 1, 1)) == [
        ("جبهة النصرة", "Jabhat al Nusra", 2)
    ]


def test_a_group_named_again_by_its_kind_is_the_one_named_nearest(actors: ActorSuggester) -> None:
    text = (
        'هاجم عناصر تنظيم "الدولة الإسلامية" نقطة. وسقط قتلى في صفوف التنظيم. '
        "وقصف الجيش التركي القرية. وردت وحدات الجيش على مصادر النيران."
    )
    found = [(span, name) for span, name, _ in _found(actors, text)]
    assert found == [
        ('تنظيم "الدولة الإسلامية"', IS),
        ("التنظيم", IS),
        ("الجيش التركي", TURKEY),
        ("الجيش", TURKEY),
    ]
    # Named first in a headline, the group is the one the article names after it.
    assert _found(actors, 'خلايا "التنظيم" تقتل 9. وهاجم تنظيم داعش')[0][:2] == ("التنظيم", IS)
    # A faction called جيش X is no army; nothing named, nothing suggested.
    assert [s for s, _, _ in _found(actors, "هاجم جيش الإسلام مواقع. وقصف الجيش دوما")] == [
        "جيش الإسلام"
    ]
    assert _found(actors, "انسحب الجيش من المدينة") == []
    # Lower confidence than a name: the reporter may mean another one.
    anaphor = actors(SuggestContext.of(text, IN_2021))[1]
    assert anaphor.confidence < 1


def test_government_media_and_agency_words_for_foreign_forces_and_jihadists(
    actors: ActorSuggester,
) -> None:
    text = "غارات على الرقة معقل تنظيم الدولة الإسلامية. واشتباكات مع الجهاديين في حي الصناعة."
    assert [(s, n) for s, n, _ in _found(actors, text)] == [
        ("تنظيم الدولة الإسلامية", IS),
        ("الجهاديين", IS),
    ]
    found = _found(actors, "مروحيات تابعة لقوات الاحتلال الأمريكي", dt.date(2019, 6, 1))
    assert found == [("قوات الاحتلال الأمريكي", USA, 8)]
    assert _found(actors, "قصفت قوات الاحتلال التركي القرية")[0][:2] == (
        "قوات الاحتلال التركي",
        TURKEY,
    )


@pytest.mark.parametrize(
    ("year", "name"),
    [
        (2012, "Military Forces of Syria (2000-)"),
        (2026, "Police Forces of Syria (2024-) General Security"),
    ],
)
def test_security_men_are_the_security_forces_of_their_year(
    actors: ActorSuggester, year: int, name: str
) -> None:
    found = _found(actors, "أطلق عناصر الأمن النار على المحتجين", dt.date(year, 5, 1))
    assert found[0] == ("عناصر الأمن", name, 1)


def test_the_occupation_alone_is_israel_s_army_once_it_is_named(actors: ActorSuggester) -> None:
    text = "توغلت قوة إسرائيلية في القنيطرة.. والاحتلال يعتقل راعيين"
    israel = "Military Forces of Israel (2022-)"
    assert _found(actors, text, dt.date(2025, 5, 1))[:2] == [
        ("قوة إسرائيلية", israel, 8),
        ("الاحتلال", israel, 8),
    ]
    # with no Israeli force named, the occupation is nobody's yet
    assert _found(actors, "والاحتلال يعتقل راعيين", dt.date(2025, 5, 1)) == []


YPG = "YPG: Peoples Protection Units"
PRO_IRAN = "Militia (Pro-Iran)"
US_2021 = "Military Forces of the United States (2021-)"
COALITION = "Global Coalition Against Daesh"
IRI = "Islamic Resistance in Iraq"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # each side's media names: the opposition's, Turkey's, the Kurdish-led administration's
        ("ارتكبت ميليشيا أسد مجزرة جديدة", 2021, [("ميليشيا أسد", SYRIA)]),
        ("شنت طائرات الاحتلال الروسي غارات", 2021, [("طائرات الاحتلال الروسي", RUSSIAN_AIR_FORCE)]),
        ("مسيّرة للاحتلال التركي تستهدف سيارة", 2023, [("للاحتلال التركي", TURKEY)]),
        (
            'هجوم شنه تنظيم "بي كا كا/ واي بي جي" الإرهابي. وقصف الجيش التركي مواقع '
            "التنظيم الإرهابي",
            2022,
            [
                ('تنظيم "بي كا كا/ واي بي جي"', YPG),
                ("الجيش التركي", TURKEY),
                ("التنظيم الإرهابي", YPG),
            ],
        ),
        (
            "منشأتين تستخدمهما جماعات مسلحة مدعومة من إيران",
            2023,
            [("جماعات مسلحة مدعومة من إيران", PRO_IRAN)],
        ),
        (
            "قتل ثمانية من فصائل عراقية موالية لإيران",
            2023,
            [("فصائل عراقية موالية لإيران", PRO_IRAN)],
        ),
        (
            "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها",
            2023,
            [("المقاومة الإسلامية في العراق", IRI)],
        ),
        # a state as a headline's subject, its air cover, its forces without the article
        ("أمريكا تقصف منشأتين في شرق سوريا", 2023, [("أمريكا", US_2021)]),
        (
            "تقدمت قوات النظام بغطاء جوي روسي",
            2020,
            [("قوات النظام", SYRIA), ("غطاء جوي روسي", RUSSIAN_AIR_FORCE)],
        ),
        ("أطلقت صواريخ على قاعدة تضم قوات أمريكية", 2023, [("قوات أمريكية", US_2021)]),
        # the army named again before a noun with the article
        (
            "قرب نقاط الجيش السوري في كفرنبودة التي استعاد الجيش السيطرة عليها",
            2019,
            [("الجيش السوري", SYRIA), ("الجيش", SYRIA)],
        ),
        # ... but not another country's army
        ("هاجم الجيش السوري. وانتشر الجيش اللبناني على الحدود", 2019, [("الجيش السوري", SYRIA)]),
        ("روسيا ترحب بالاتفاق", 2023, []),
    ],
)
def test_names_of_each_side_s_media_and_states_named_as_attackers(
    actors: ActorSuggester, text: str, published: int, expected: list[tuple[str, str]]
) -> None:
    found = _found(actors, text, dt.date(published, 6, 1))
    assert [(span, name) for span, name, _ in found] == expected


def test_each_side_s_generic_enemy_is_a_weak_guess_and_turkey_s_proxies_are_the_sna(
    actors: ActorSuggester,
) -> None:
    found = actors(
        SuggestContext.of("ضربات على مستودعات للإرهابيين في كفرنبل", dt.date(2019, 5, 1))
    )
    assert [(s.text, s.value["name"], s.confidence) for s in found] == [
        ("للإرهابيين", "Opposition Rebels (Syria)", 0.4)
    ]
    text = "تصدت قسد لمحاولة تسلل نفذها مرتزقة الاحتلال التركي"
    assert ("مرتزقة الاحتلال التركي", "JWS: Syrian National Army") in [
        (span, name) for span, name, _ in _found(actors, text, dt.date(2023, 10, 1))
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("ما أدى إلى مقتل ستة جنود", 2019, [("جنود", SYRIA)]),
        ("أسفر العدوان عن استشهاد عسكريين اثنين", 2019, [("عسكريين", SYRIA)]),
        ("أودى بحياة ثلاثة جنود أمريكيين", 2024, [("جنود أمريكيين", US_2021)]),
        ("وأعلن البنتاغون مقتل جنديين أميركيين", 2024, [("جنديين أميركيين", US_2021)]),
        ("قتل جنديان أميركيان وأصيب ثالث", 2024, [("جنديان أميركيان", US_2021)]),
        (
            "ما أسفر عن إصابة ثلاثة عسكريين روس وعدد من العسكريين الأتراك بتفجير",
            2020,
            [("عسكريين روس", RUSSIA), ("العسكريين الأتراك", TURKEY)],
        ),
        # the unit named: the actor is the unit, not the noun
        (
            "مقتل ستة جنود من الفرقة الرابعة",
            2019,
            [("الفرقة الرابعة", "Military Forces of Syria (2000-) 4th Armored Division")],
        ),
        # soldiers not counted by a casualty are no actor of this rule
        ("يخدم الجنود في المنطقة", 2019, []),
        # a dual; one among those counted; soldiers joined to the civilians counted
        ("وفي ريف إدلب، استشهد عسكريان وأصيب ثالث", 2019, [("عسكريان", SYRIA)]),
        ("استشهد خمسة أشخاص، بينهم عسكري، وأصيب 15 آخرون", 2023, [("عسكري", SYRIA)]),
        (
            "ما أدى إلى استشهاد عدد من المدنيين والعسكريين، وإلحاق أضرار",
            2024,
            [("المدنيين", "Civilians (Syria)"), ("العسكريين", SYRIA)],
        ),
        ("قتل ثلاثة أشخاص بينهم عسكريون روس", 2020, [("عسكريون روس", RUSSIA)]),
        # police counted by their noun, or as its members; not the Russian military police
        ("وفي درعا، استشهد شرطيان وأصيب ثالث", 2023, [("شرطيان", POLICE)]),
        ("ما أدى إلى إصابة ثلاثة من عناصر الشرطة", 2021, [("الشرطة", POLICE)]),
        (
            "قتل ثلاثة من الشرطة العسكرية الروسية",
            2020,
            [("الشرطة العسكرية الروسية", "Military Forces of Russia (2000-) Military Police")],
        ),
    ],
)
def test_soldiers_a_casualty_counts_are_their_state_s_forces(
    text: str, published: int, expected: list[tuple[str, str]]
) -> None:
    pipeline = Pipeline()
    found = pipeline.suggest(text, dt.date(published, 6, 1))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == expected


def test_patrols_incursions_and_states_side_by_side(actors: ActorSuggester) -> None:
    found = _found(actors, "لدى مرور دورية عسكرية روسية تركية مشتركة", dt.date(2020, 8, 1))
    assert [(span, name) for span, name, _ in found] == [
        ("دورية عسكرية روسية", RUSSIA),
        ("تركية", TURKEY),
    ]
    found = _found(actors, "تسعة قتلى بتوغل إسرائيلي في ريف درعا", dt.date(2025, 4, 3))
    assert [(span, name) for span, name, _ in found] == [
        ("توغل إسرائيلي", "Military Forces of Israel (2022-)")
    ]
    # a border between two states is no actor
    assert _found(actors, "على الحدود السورية التركية", dt.date(2020, 8, 1)) == []


def test_a_group_named_again_with_lam(actors: ActorSuggester) -> None:
    text = 'هاجم تنظيم "الدولة الإسلامية" نقطة. وقصفت الطائرات مواقع تتبع للتنظيم'
    assert [(span, name) for span, name, _ in _found(actors, text)][-1] == ("للتنظيم", IS)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # who only holds the place is no party to what happens there
        ("ينتشرون في مناطق سيطرة «قوات سوريا الديمقراطية» (قسد)، لمنع عودة", 2023, []),
        ("انفجرت مفخخة في مدينة الباب الخاضعة لسيطرة الجيش الوطني", 2021, []),
        ("قصفت الطائرات أحياء الحميدية والعرضي التي يسيطر عليها التنظيم", 2016, []),
        ("آخر بقعة يتحصن فيها مسلحو التنظيم في سوريا", 2019, []),
        (
            "هاجمت قوات سوريا الديمقراطية (قسد) مواقع",
            2023,
            [
                ("قوات سوريا الديمقراطية", "QSD: Syrian Democratic Forces"),
                ("قسد", "QSD: Syrian Democratic Forces"),
            ],
        ),
        # armed men loyal to the regime are its militias, not the opposition
        (
            "قتل 137 من قوات النظام والمسلحين الموالين لها",
            2024,
            [("قوات النظام", REGIME), ("المسلحين الموالين لها", "Militia (Pro-Government)")],
        ),
        # HTS as «الهيئة» and the coalition as التحالف, after their full names
        (
            "قاتلت «هيئة تحرير الشام» في حلب. وقتل 20 من مقاتلي «الهيئة»",
            2024,
            [
                ("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham"),
                ("الهيئة", "HTS: Hayat Tahrir al Sham"),
            ],
        ),
        (
            "قصفت طائرات التحالف الدولي مواقع. وسقطت صواريخ على قاعدة للتحالف",
            2023,
            [("طائرات التحالف الدولي", COALITION), ("للتحالف", COALITION)],
        ),
        # loyalists of the forces named before them, and air support named by its state
        (
            "قوات النظام والميليشيات المساندة لها، بدعم جوي روسي",
            2017,
            [
                ("قوات النظام", REGIME),
                ("الميليشيات المساندة لها", "Militia (Pro-Government)"),
                ("دعم جوي روسي", "Military Forces of Russia (2000-) Air Force"),
            ],
        ),
        # the security branches, Bedouin clans in arms, moderate factions
        (
            "اعتقالات نفذتها الأفرع الأمنية التابعة للنظام",
            2022,
            [("الأفرع الأمنية التابعة للنظام", REGIME)],
        ),
        (
            "اشتباكات بين مسلحين محليين ومسلحين من عشائر البدو",
            2025,
            [("مسلحين من عشائر البدو", "Tribal and Clan Forces")],
        ),
        (
            "قوات مدعومة بمقاتلين من العشائر البدوية ومقاتلين عشائريين",
            2025,
            [
                ("مقاتلين من العشائر البدوية", "Tribal and Clan Forces"),
                ("مقاتلين عشائريين", "Tribal and Clan Forces"),
            ],
        ),
        # the militia, as the one the article called a militia before
        (
            "اشتباكات مع ميليشيا «قسد» أسفرت عن مقتل 11 عنصراً من الميليشيا",
            2023,
            [
                ("ميليشيا «قسد»", "QSD: Syrian Democratic Forces"),
                ("الميليشيا", "QSD: Syrian Democratic Forces"),
            ],
        ),
        ("قتل عنصر من الميليشيا", 2023, []),
        # ... but not another body or alliance named so
        (
            "قاتلت هيئة تحرير الشام. وأعلنت الهيئة العليا للمفاوضات",
            2024,
            [("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham")],
        ),
        # the transitional government's security service, from 2025 only
        (
            "أفرجت «قسد» عن عناصر من الأمن العام",
            2025,
            [
                ("قسد", "QSD: Syrian Democratic Forces"),
                ("الأمن العام", "Police Forces of Syria (2024-) General Security"),
            ],
        ),
        ("اعتقل الأمن العام اللبناني", 2019, []),
        (
            "اختطفت عصابة مسلحة تاجراً",
            2022,
            [("عصابة مسلحة", "Unidentified Armed Group (Syria)"), ("تاجراً", "Civilians (Syria)")],
        ),
        ("بحسب القيادي في «جيش العزة»", 2019, [("جيش العزة", "Jaysh al Izza")]),
        # opposition media's rebels and the regime's aircraft by its ruler's name
        (
            "مجزرة جديدة لطيران الأسد في دوما.. والثوار يصدّون اقتحاماً",
            2015,
            [("طيران الأسد", REGIME), ("الثوار", "Opposition Rebels (Syria)")],
        ),
        (
            "تصدّى مقاتلو «الحزب الإسلامي التركستاني» لهجوم «الوحدات الكردية»",
            2019,
            [
                ("الحزب الإسلامي التركستاني", "Turkistan Islamic Party"),
                ("الوحدات الكردية", "YPG: Peoples Protection Units"),
            ],
        ),
    ],
)
def test_holders_loyalists_groups_named_again_and_new_names(
    text: str, published: int, expected: list[tuple[str, str]]
) -> None:
    found = Pipeline().suggest(text, dt.date(published, 6, 1))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == expected


def test_the_factions_are_the_rebels_named_before_else_the_opposition() -> None:
    pipeline = Pipeline()
    found = pipeline.suggest("بسطت الفصائل سيطرتها على المدينة", dt.date(2024, 12, 1))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
        ("الفصائل", "Opposition Rebels (Syria)")
    ]
    text = "قصفت القوات التركية والجيش الوطني مواقع. وصدت قسد هجوماً للفصائل على محور البلدة"
    found = pipeline.suggest(text, dt.date(2021, 6, 1))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"][-1] == (
        "للفصائل",
        "JWS: Syrian National Army",
    )
    # another people's factions are named by their adjective
    found = pipeline.suggest("اجتمعت الفصائل الفلسطينية في القاهرة", dt.date(2021, 6, 1))
    assert [s for s in found if s.kind == "actor"] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "العشائر العربية تطرد قسد من ذيبان",
            2023,
            [
                ("العشائر العربية", "Tribal and Clan Forces"),
                ("قسد", "QSD: Syrian Democratic Forces"),
            ],
        ),
        (
            "سقطت قذائف على قاعدة الاحتلال الأميركي في حقل العمر",
            2023,
            [("الاحتلال الأميركي", US_2021)],
        ),
        (
            "نفذ العدو الإسرائيلي عدواناً جوياً",
            2023,
            [("العدو الإسرائيلي", "Military Forces of Israel (2022-)")],
        ),
        # Turkish media's terrorists are the YPG it names its own way; government media's
        # are the opposition
        (
            "أعلنت الوزارة تحييد عناصر من بي كا كا/ واي بي جي. وقصف الإرهابيون مدينة مارع",
            2024,
            [
                ("بي كا كا/ واي بي جي", "YPG: Peoples Protection Units"),
                ("الإرهابيون", "YPG: Peoples Protection Units"),
            ],
        ),
        ("قصف الإرهابيون أحياء حلب", 2019, [("الإرهابيون", "Opposition Rebels (Syria)")]),
    ],
)
def test_tribes_occupiers_enemies_and_each_side_s_terrorists(
    text: str, published: int, expected: list[tuple[str, str]]
) -> None:
    found = Pipeline().suggest(text, dt.date(published, 6, 1))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == expected


def test_the_coalition_named_alone_with_none_named_before() -> None:
    found = Pipeline().suggest("سقطت صواريخ على قاعدة للتحالف في حقل العمر", dt.date(2023, 3, 25))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
        ("للتحالف", "Global Coalition Against Daesh")
    ]
    found = Pipeline().suggest("أعلن التحالف العربي بقيادة السعودية", dt.date(2023, 3, 25))
    assert [s for s in found if s.kind == "actor"] == []


def test_named_again_before_a_relative_pronoun_or_a_preposition() -> None:
    pipeline = Pipeline()
    for text in ("قال التحالف الذي تقوده واشنطن إن", "دعا التحالف إلى وقف القتال"):
        found = pipeline.suggest(text, dt.date(2023, 3, 25))
        assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
            ("التحالف", "Global Coalition Against Daesh")
        ]


TURKEY = "Military Forces of Turkey (2016-)"
SNA = "JWS: Syrian National Army"


def test_kurdish_media_s_occupation_is_turkey_and_its_mercenaries_the_sna(
    actors: ActorSuggester,
) -> None:
    text = (
        "صعّد جيش الاحتلال التركي ومرتزقته قصفهم. وقصف جيش الاحتلال قرى زور مغار، "
        "وأقدم المرتزقة على نهب المنازل، فيما يواصل الاحتلال استهداف القرى. "
        'ونهب مرتزقة ما يسمى "فرقة الحمزة" المنازل.'
    )
    found = [(span, name) for span, name, _ in _found(actors, text)]
    assert ("جيش الاحتلال", TURKEY) in found
    assert ("مرتزقته", SNA) in found and ("المرتزقة", SNA) in found
    assert ("الاحتلال", TURKEY) in found
    assert not any(span == "مرتزقة" for span, _ in found)  # (the faction is named after it)
    # Elsewhere the occupation's army is Israel's, as the lexicon reads it.
    found = _found(actors, "توغل جيش الاحتلال في ريف القنيطرة", dt.date(2023, 5, 1))
    assert [name for _, name, _ in found] == ["Military Forces of Israel (2022-)"]


def test_the_sna_s_corps_and_the_corps_named_again(actors: ActorSuggester) -> None:
    text = 'اشتباكات مع مقاتلي "الفيلق الثالث" في ريف عفرين، ثم عاد مقاتلو الفيلق إلى مقراتهم'
    assert [(span, name) for span, name, _ in _found(actors, text)] == [
        ("الفيلق الثالث", SNA),
        ("الفيلق", SNA),
    ]


def test_soldiers_named_with_their_nationality_are_their_state_s_forces(
    actors: ActorSuggester,
) -> None:
    text = "أفاد المرصد بأن جنوداً إسرائيليين أطلقوا النار على مزارعين"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2025, 3, 1))] == [
        ("جنوداً إسرائيليين", "Military Forces of Israel (2022-)")
    ]


def test_air_defences_are_syria_s_unless_another_state_s(actors: ActorSuggester) -> None:
    found = _found(actors, "تصدت الدفاعات الجوية لعدوان جوي", dt.date(2023, 5, 1))
    assert found[0][:2] == ("الدفاعات الجوية", SYRIA)
    found = _found(actors, "أسقطت منظومات الدفاع الجوي الروسية طائرات مسيرة")
    assert found[0][:2] == ("منظومات الدفاع الجوي الروسية", "Military Forces of Russia (2000-)")


def test_government_media_s_terrorist_groups_unnamed_are_the_opposition(
    actors: ActorSuggester,
) -> None:
    text = "أحبطت وحدات من الجيش محاولة تسلل لمجموعات إرهابية باتجاه نقاط عسكرية"
    assert ("مجموعات إرهابية", "Opposition Rebels (Syria)") in [
        (span, name) for span, name, _ in _found(actors, text)
    ]


def test_the_tiger_forces_are_the_25th_division(actors: ActorSuggester) -> None:
    text = 'مدعومة بـ"الفرقة 25 مهام خاصة" (قوات النمر سابقاً)'
    name = "Military Forces of Syria (2000-) 25th Special Mission Forces Division"
    assert [(span, n) for span, n, _ in _found(actors, text)] == [
        ("الفرقة 25 مهام خاصة", name),
        ("قوات النمر", name),
    ]


def test_councils_corps_and_the_competent_authorities(actors: ActorSuggester) -> None:
    text = "اعتقال قائد «مجلس دير الزور العسكري» أحمد الخبيل"
    assert _found(actors, text)[0][1] == "Deir-ez-Zor Military Council"
    text = "تواصل الاقتتال بين «جيش الإسلام» و«فيلق الرحمن» في الغوطة"
    assert ("فيلق الرحمن", "Al Rahman Corps") in [
        (span, name) for span, name, _ in _found(actors, text, dt.date(2016, 5, 1))
    ]
    text = "ألقت الجهات المختصة القبض على ثلاثة أفراد من خلية"
    assert _found(actors, text, dt.date(2019, 5, 1))[0][:2] == ("الجهات المختصة", SYRIA)


def test_one_soldier_or_soldiers_with_their_nationality_in_any_case(
    actors: ActorSuggester,
) -> None:
    found = _found(actors, "أدى إلى إصابة جندي أمريكي بجروح طفيفة", dt.date(2023, 3, 25))
    assert found[0][:2] == ("جندي أمريكي", "Military Forces of the United States (2021-)")
    found = _found(actors, "أطلق الجنود الإسرائيليون الرصاص الحي", dt.date(2025, 3, 25))
    assert found[0][:2] == ("الجنود الإسرائيليون", "Military Forces of Israel (2022-)")


def test_militias_named_again_and_law_enforcement_forces(actors: ActorSuggester) -> None:
    text = (
        "استهدفت منشآت يستخدمها الحرس الثوري والميليشيات الموالية لإيران. "
        "وبعد ساعات أطلقت الميليشيات رشقة صواريخ"
    )
    assert _found(actors, text)[-1][:2] == ("الميليشيات", "Militia (Pro-Iran)")
    text = "قبل أن تتدخل قوات حفظ النظام وتفرّق مجموعة من المخربين"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2020, 6, 1))] == [
        ("قوات حفظ النظام", "Police Forces of Syria (2000-)"),
        ("المخربين", "Rioters (Syria)"),
    ]


def test_gunmen_tied_to_a_group_are_that_group(actors: ActorSuggester) -> None:
    text = "قُتل 15 شخصاً بهجوم شنّه مسلحون يُعتقد أنهم من تنظيم «داعش» على تجمع"
    assert _found(actors, text)[0][:2] == ("مسلحون", "Islamic State (Syria)")
    text = "اغتال مسلحون مجهولون يرجح أنهم من خلايا تنظيم داعش، الشاب خالد"
    assert _found(actors, text)[0][:2] == ("مسلحون مجهولون", "Islamic State (Syria)")
    # Not tied to any group: unidentified.
    text = "هاجم مسلحون مجهولون الحاجز"
    assert _found(actors, text)[0][:2] == ("مسلحون مجهولون", "Unidentified Armed Group (Syria)")


def test_drones_of_a_state_sponsors_and_names_of_the_2020s(actors: ActorSuggester) -> None:
    found = _found(actors, "مسيّرات تركية تقصف منشآت نفطية ومخابز في الحسكة")
    assert found[0][:2] == ("مسيّرات تركية", "Military Forces of Turkey (2016-)")
    found = _found(actors, "بموجب اتفاق رعته روسيا في تموز", dt.date(2021, 9, 1))
    assert found[0][:2] == ("روسيا", "Military Forces of Russia (2000-)")
    found = _found(actors, "قال أحد الوجهاء إن «الدواعش» دخلوا البيوت", dt.date(2018, 7, 26))
    assert found[0][:2] == ("الدواعش", "Islamic State (Syria)")
    text = "تبنت جماعة تطلق على نفسها اسم «سرايا أنصار السنة» الهجوم"
    assert _found(actors, text, dt.date(2025, 6, 26))[0][1] == "Saraya Ansar al Sunna"
    text = "توصلت اللجنة المركزية في درعا البلد إلى اتفاق"
    assert _found(actors, text, dt.date(2021, 9, 1))[0][1] == "Former Opposition Rebels (Syria)"


def test_mercenaries_are_the_sna_even_where_israel_occupies_too(actors: ActorSuggester) -> None:
    text = "قصفت قوات الاحتلال التركي ومرتزقتها قرى. وشن الاحتلال الإسرائيلي غارة"
    found = [(span, name) for span, name, _ in _found(actors, text)]
    assert ("مرتزقتها", SNA) in found
    # (Israel's occupation keeps the lexicon's reading: Turkey's is not the only one)
    assert any(span == "الاحتلال الإسرائيلي" and "Israel" in name for span, name in found)


def test_militias_named_by_their_brigades_and_the_hisbah(actors: ActorSuggester) -> None:
    text = 'استولت ميليشيا "فاطميون" الأفغانية على منازل، واعتقل عناصر "الحسبة" شباناً'
    assert _found(actors, text, dt.date(2017, 6, 1)) == [
        ('ميليشيا "فاطميون"', "Militia (Pro-Iran)", 3),
        ("الحسبة", "Islamic State (Syria)", 2),
    ]
    text = 'أطلق مسلحون من "كتائب البعث" النار على المحتجين في السويداء'
    assert _found(actors, text, dt.date(2023, 9, 14)) == [
        ("كتائب البعث", "Militia (Pro-Government)", 3),
        ("المحتجين", "Protesters (Syria)", 6),
    ]
    # The militias named again with ل (a base of theirs).
    text = "غارات على مواقع ميليشيات إيران في الميادين، واستهدفت مقراً للميليشيات"
    assert [span for span, _, _ in _found(actors, text)] == ["ميليشيات إيران", "للميليشيات"]


def test_foreign_civilians_and_air_defences_and_missiles_of_a_state(
    actors: ActorSuggester,
) -> None:
    # Civilians named with another state's adjective are that state's.
    text = "سقطت قذائف على كليس ما أدى إلى إصابة ثلاثة مواطنين أتراك"
    assert _found(actors, text)[-1] == ("مواطنين أتراك", "Civilians (Turkey)", 7)
    assert _found(actors, "قتل ثلاثة مدنيين سوريين")[-1][1] == "Civilians (Syria)"
    # Air defences with their state's adjective; bare, the Syrian ones.
    text = "أسقطت الدفاعات الجوية التركية طائرة مسيّرة، وتصدت الدفاعات الجوية لصواريخ إسرائيلية"
    assert _found(actors, text, dt.date(2023, 11, 21)) == [
        ("الدفاعات الجوية التركية", "Military Forces of Turkey (2016-)", 8),
        ("الدفاعات الجوية", "Military Forces of Syria (2000-)", 1),
        ("صواريخ إسرائيلية", "Military Forces of Israel (2022-)", 8),
    ]
    # Missiles made in a state say nothing of who fired them; attacks with لل keep it.
    assert _found(actors, "أطلقت الفصائل صواريخ روسية الصنع") == [
        ("الفصائل", "Opposition Rebels (Syria)", 2)
    ]
    assert _found(actors, "خرج الأهالي رفضاً للهجمات التركية")[-1][0] == "للهجمات التركية"


def test_iraqi_militias_and_american_artillery(actors: ActorSuggester) -> None:
    text = "قُتل أربعة من عناصر الحشد الشعبي بغارات على مقرين لكتائب سيد الشهداء"
    assert [name for _, name, _ in _found(actors, text)] == [
        "PMF: Popular Mobilization Forces",
        "Kataib Sayyid al Shuhada",
    ]
    text = "لتردّ المدفعية الأمريكية بقصف مدفعي على مصادر النيران"
    assert _found(actors, text) == [
        ("المدفعية الأمريكية", "Military Forces of the United States (2021-)", 8)
    ]


def test_the_former_regime_s_remnants_after_its_fall(actors: ActorSuggester) -> None:
    text = "تمكنت فلول النظام من السيطرة على حواجز، قبل أن تطرد القوات الحكومية الفلول"
    found = _found(actors, text, dt.date(2025, 3, 8))
    assert [(span, name) for span, name, _ in found if "فلول" in span] == [
        ("فلول النظام", "Military Forces of Syria (2000-2024)"),
        ("الفلول", "Military Forces of Syria (2000-2024)"),
    ]
    # The Russian side of a settlement's talks.
    assert _found(actors, "بوساطة من الجانب الروسي")[0][1] == "Military Forces of Russia (2000-)"


def test_iraq_s_forces_take_the_name_of_the_government_of_the_year(actors: ActorSuggester) -> None:
    text = "نفذت طائرات عراقية ضربة في هجين، وقصفت المدفعية العراقية مواقع قرب البوكمال"
    assert _found(actors, text, dt.date(2018, 12, 6)) == [
        ("طائرات عراقية", "Military Forces of Iraq (2014-2018) Air Force", 8),
        ("المدفعية العراقية", "Military Forces of Iraq (2014-2018)", 8),
    ]
    assert [name for _, name, _ in _found(actors, text, dt.date(2019, 5, 1))] == [
        "Military Forces of Iraq (2018-2020) Air Force",
        "Military Forces of Iraq (2018-2020)",
    ]
    assert _found(actors, "أعلن الجيش العراقي", dt.date(2024, 1, 1)) == [
        ("الجيش العراقي", "Military Forces of Iraq (2022-)", 8)
    ]


def test_northern_fronts_coalitions_syria_s_artillery_and_rebels_as_fighters(
    actors: ActorSuggester,
) -> None:
    text = (
        "قالت «الجبهة الوطنية للتحرير» إن مقاتليها صدوا الهجوم، بحسب غرفة عمليات «الفتح المبين»، "
        "بينما استهدفت المدفعية السورية بلدة جوسية وسط اشتباكات مع مسلحي المعارضة"
    )
    assert [name for _, name, _ in _found(actors, text, dt.date(2019, 7, 23))] == [
        "NLF: National Front for Liberation",
        "NLF: National Front for Liberation",  # (مقاتليها: its fighters)
        "Al Fateh al Mubin Operations Room",
        "Military Forces of Syria (2000-)",
        "Opposition Rebels (Syria)",
    ]


def test_a_party_speaking_through_someone_or_denying_is_no_party_to_the_event(
    actors: ActorSuggester,
) -> None:
    text = (
        "وقال المتحدث باسم «قسد» فرهاد شامي إن. وأعلن المركز الإعلامي لقوات سوريا الديمقراطية أن. "
        "وقال مصدر في الجيش الإسرائيلي إن. ونفت «قسد» أي علاقة لها، ولم تعلق قسد على الحادثة. "
        "وقصفت «قسد» القرية"
    )
    assert _found(actors, text) == [("قسد", "QSD: Syrian Democratic Forces", 2)]
    # ... nor is one only asked, backed or negotiated with, or withholding comment
    text = (
        "رفع المحتجون لافتات مطالبين الحكومة السورية بموقف حازم. ولم يصدر تعليق من الحكومة "
        "السورية. وتتواصل المفاوضات بين الحكومة السورية والإدارة الذاتية. لم تتوقف روسيا "
        "عن دعم الحكومة السورية."
    )
    assert [span for span, _name, _inter in _found(actors, text, dt.date(2025, 3, 1))] == [
        "المحتجون"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فتحوا النار على الأهالي وأحرقوا سياراتهم", [("الأهالي", "Civilians (Syria)")]),
        ("استهدفت مسيّرة تجمعاً للأهالي عند أطراف البلدة", [("للأهالي", "Civilians (Syria)")]),
        ("تظاهر عشرات من الأهالي أمس، احتجاجاً على الغلاء", [("الأهالي", "Protesters (Syria)")]),
        # who speaks, fears or owns is no party
        ("وقال الأهالي إن القذائف سقطت قرب مدرسة", []),
        ("إلحاق أضرار مادية كبيرة بمنازل الأهالي وممتلكاتهم", []),
        ("ويشكو الأهالي من تدهور الخدمات", []),
        # a protest's word inside another word (موقفه) makes no protest of the sentence
        ("جدد الوزير موقفه الرافض، فيما طالب الأهالي بوقف القصف", []),
    ],
)
def test_the_residents_are_a_party_as_a_target_or_as_protesters(
    actors: ActorSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(written, name) for written, name, _ in _found(actors, text)] == expected


def test_an_operation_named_is_no_actor_but_its_factions_are(actors: ActorSuggester) -> None:
    assert _found(actors, "منذ انطلاق عملية «نبع السلام» مساء الأربعاء") == []
    assert _found(actors, 'هجوماً أطلقت عليه أنقرة اسم "نبع السلام"') == []
    assert _found(actors, "وقصفت فصائل نبع السلام القرية")[0][1] == "Operation Peace Spring"


def test_gunmen_named_again_are_the_gunmen_named_before() -> None:
    text = (
        "قُتل شابان برصاص مسلحين مجهولين قرب دوار البلدة. "
        "وقال شهود إن المسلحين كانوا يستقلون دراجة نارية ولاذوا بالفرار."
    )
    found = [
        (s.text, s.value["name"]) for s in Pipeline().suggest(text, IN_2021) if s.kind == "actor"
    ]
    assert found[-2:] == [
        ("مسلحين مجهولين", "Unidentified Armed Group (Syria)"),
        ("المسلحين", "Unidentified Armed Group (Syria)"),
    ]
    # With no gunmen named before, the word keeps the reading of Syrian news.
    text = "قصف الجيش مواقع المسلحين في ريف إدلب، وقال إن المسلحين تسللوا إلى نقطة."
    names = {s.value["name"] for s in Pipeline().suggest(text, IN_2021) if s.text == "المسلحين"}
    assert names == {"Opposition Rebels (Syria)"}


def test_iraqi_militias_and_aircraft_we_believe_are_russian(actors: ActorSuggester) -> None:
    pmf = "PMF: Popular Mobilization Forces"
    text = "استهدفت الغارات مواقع للحرس الثوري الإيراني والميليشيات العراقية الموالية له"
    assert ("الميليشيات العراقية", pmf, 3) in _found(actors, text)
    # Iraqi factions said to be loyal to Iran are the pro-Iran militia
    text = "قتل ثمانية مقاتلين من فصائل عراقية موالية لإيران"
    assert [name for _, name, _ in _found(actors, text)] == ["Militia (Pro-Iran)"]
    # the hedge in the first person (SNHR's "we believe") names the state as surely
    found = _found(actors, "قُتل 4 مدنيين إثر غارات نرجح أنها روسية على بلدة كفرنبودة")
    russia = "Military Forces of Russia (2000-) Air Force"
    assert ("غارات نرجح أنها روسية", russia, 8) in found


def test_the_parties_to_an_agreement_are_actors(actors: ActorSuggester) -> None:
    text = "رغم اتفاق وقف إطلاق النار الذي توصلت إليه روسيا وتركيا في آذار"
    assert [(written, name) for written, name, _ in _found(actors, text)] == [
        ("روسيا", "Military Forces of Russia (2000-)"),
        ("تركيا", "Military Forces of Turkey (2016-)"),
    ]
    # a state something else points to is none
    assert _found(actors, "حضر المؤتمر الذي دعت إليه روسيا") == []


def test_soldiers_counted_in_the_accusative_or_written_with_lil_are_their_state_s() -> None:
    text = (
        "غارة استهدفت تجمعاً للجنود الأتراك قرب بليون، وأسفرت عن مقتل 33 جندياً تركياً، "
        "وأصيب 32 عسكرياً روسياً"
    )
    found = Pipeline().suggest(text, dt.date(2020, 2, 28))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
        ("للجنود الأتراك", "Military Forces of Turkey (2016-)"),
        ("جندياً تركياً", "Military Forces of Turkey (2016-)"),
        ("عسكرياً روسياً", "Military Forces of Russia (2000-)"),
    ]


def test_former_rebels_are_their_own_actor(actors: ActorSuggester) -> None:
    text = "وهاجم مقاتلون سابقون في فصائل المعارضة حواجز لقوات النظام في ريف درعا الغربي"
    assert _found(actors, text)[0][:2] == (
        "مقاتلون سابقون في فصائل المعارضة",
        "Former Opposition Rebels (Syria)",
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "واصل الجيش التركي وفصائل سورية موالية له هجومهما البري",
            dt.date(2019, 10, 11),
            ("فصائل سورية موالية له", "JWS: Syrian National Army"),
        ),
        (
            "قصفت طائرات مواقع يستخدمها الحرس الثوري الإيراني وفصائل موالية له",
            dt.date(2023, 10, 27),
            ("فصائل موالية له", "Militia (Pro-Iran)"),
        ),
        (
            "أشار التقرير إلى أن القوات الحكومية والفصائل المساندة لها مسؤولة",
            dt.date(2025, 3, 12),
            ("الفصائل المساندة لها", "Military Forces of Syria (2024-)"),
        ),
        # the old government's backers stay its militias; Iraqi ones the PMF
        (
            "سيطرت قوات النظام والميليشيات الموالية لها على البلدة",
            dt.date(2019, 5, 9),
            ("الميليشيات الموالية لها", "Militia (Pro-Government)"),
        ),
    ],
)
def test_groups_named_by_the_force_they_back_are_that_force_s_backers(
    actors: ActorSuggester, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert [(span, name) for span, name, _ in _found(actors, text, published)][-1] == expected


def test_gunmen_named_again_are_the_one_armed_group_named_before() -> None:
    def gunmen(text: str, published: dt.date) -> list[str]:
        found = Pipeline().suggest(text, published)
        return [str(s.value["name"]) for s in found if s.kind == "actor" and "مسلح" in s.text]

    text = (
        "هاجم عناصر من تنظيم داعش نقطة عسكرية في البادية. "
        "وقال مصدر إن المسلحين انسحبوا بعد ساعتين من الاشتباك"
    )
    assert gunmen(text, dt.date(2019, 5, 1)) == ["Islamic State (Syria)"]
    text = "نصبت فلول النظام البائد كميناً لدورية. وأضاف أن المسلحين فروا نحو الجبال"
    assert gunmen(text, dt.date(2025, 3, 7)) == ["Military Forces of Syria (2000-2024)"]
    # several groups named: the generic word of pro-government media, the armed opposition
    text = (
        "تقدم الجيش نحو مواقع جبهة النصرة وجيش العزة في ريف حماة. وأكد المصدر مقتل عشرات المسلحين"
    )
    assert gunmen(text, dt.date(2019, 5, 20)) == ["Opposition Rebels (Syria)"]
    # a militia fighting beside the army is not "the gunmen": its side's word for the rebels
    text = "تقدم مقاتلو حزب الله نحو يبرود. وقال المصدر إن المسلحين انسحبوا من التلال"
    assert gunmen(text, dt.date(2014, 3, 10)) == ["Opposition Rebels (Syria)"]


@pytest.mark.parametrize(
    "text",
    [
        "خرجت مظاهرات تطالب برحيل النظام في ساحة الكرامة",
        "مزّق المحتجون صوراً لرأس النظام في مدينة صلخد",
        "وبثت وسائل إعلام النظام صوراً من المدينة",
    ],
)
def test_the_regime_as_a_political_target_or_speaker_is_no_party(
    actors: ActorSuggester, text: str
) -> None:
    assert "Military Forces of Syria (2000-)" not in [
        name for _span, name, _inter in _found(actors, text, dt.date(2023, 9, 1))
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Nusra under its own name before it joined HTS, and HTS after
        ("بعد معارك عنيفة مع مسلحي جبهة النصرة", dt.date(2014, 3, 10), "Jabhat al Nusra"),
        ("بعد معارك عنيفة مع مسلحي جبهة النصرة", dt.date(2019, 5, 20), "HTS: Hayat Tahrir al Sham"),
        ("أعلنت جبهة فتح الشام فك ارتباطها", dt.date(2016, 8, 1), "Jabhat Fateh al Sham"),
        # the Assad-era security forces; the Kurdish ones are the Asayish
        (
            "لقي ١٢ محتجاً حتفهم برصاص قوات الأمن السورية",
            dt.date(2012, 4, 27),
            "Military Forces of Syria (2000-)",
        ),
        ("استهدف مقراً لقوات الأمن الكردية في القامشلي", dt.date(2016, 7, 28), "Asayish (Syria)"),
        ("وطالب الخاطفون عائلته بفدية", dt.date(2017, 3, 1), "Unidentified Armed Group (Syria)"),
        (
            "نعى حزب الله ثلاثة من مقاتليه، وبذلك نعى الحزب سبعة عشر",
            dt.date(2014, 3, 10),
            "Hezbollah",
        ),
    ],
)
def test_names_by_period_security_forces_kidnappers_and_parties_named_again(
    actors: ActorSuggester, text: str, published: dt.date, expected: str
) -> None:
    assert expected in [name for _span, name, _inter in _found(actors, text, published)]


def test_protesters_counted_in_the_accusative_are_protesters(actors: ActorSuggester) -> None:
    found = _found(actors, "لقي ١٢ محتجاً على الأقل حتفهم", dt.date(2012, 4, 27))
    assert found[0][:2] == ("محتجاً", "Protesters (Syria)")


def test_who_backs_a_group_is_no_party_to_what_it_does(actors: ActorSuggester) -> None:
    text = "على يد قوات سوريا الديمقراطية المدعومة من التحالف الدولي بقيادة واشنطن"
    assert [name for _span, name, _inter in _found(actors, text, dt.date(2021, 6, 1))] == [
        "QSD: Syrian Democratic Forces"
    ]
    # a campaign backed so has its backer in it
    text = "بعد أيام من إطلاق حملتها العسكرية المدعومة من القوات الروسية"
    assert "Military Forces of Russia (2000-)" in [
        name for _span, name, _inter in _found(actors, text, dt.date(2019, 5, 20))
    ]


def test_the_party_named_again_is_hezbollah_named_before(actors: ActorSuggester) -> None:
    text = "نعى حزب الله ثلاثة من مقاتليه، وبذلك نعى الحزب سبعة عشر"
    assert ("الحزب", "Hezbollah") in [
        (span, name) for span, name, _inter in _found(actors, text, dt.date(2014, 3, 10))
    ]
    # another party named between: the word is that party's, not Hezbollah's
    text = "قاتل حزب الله في القصير. وقال حزب الاتحاد الديمقراطي إن الحزب يرفض الاتفاق"
    assert "الحزب" not in [
        span for span, _name, _inter in _found(actors, text, dt.date(2014, 3, 10))
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وناشد المدنيون تركيا فتح الحدود", "Civilians (Turkey)"),
        ("وطالب الأهالي روسيا بوقف الغارات", "Civilians (Russia)"),
    ],
)
def test_a_state_named_after_people_is_not_their_nationality(
    actors: ActorSuggester, text: str, absent: str
) -> None:
    assert absent not in [name for _span, name, _inter in _found(actors, text, dt.date(2020, 2, 1))]


def test_the_group_a_casualty_belonged_to_is_not_the_gunmen_named_after() -> None:
    text = "قتل عنصر من تنظيم داعش في هجوم على حاجز. وقال مصدر إن المسلحين لاذوا بالفرار"
    found = Pipeline().suggest(text, dt.date(2019, 5, 1))
    gunmen = [s.value["name"] for s in found if s.kind == "actor" and "مسلح" in s.text]
    assert gunmen == ["Opposition Rebels (Syria)"]


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # a party that backs an attack takes part in it
        ("قصفت قوات النظام بدعم الطيران الروسي بلدة كفرنبل", 2019, RUSSIAN_AIR_FORCE, None),
        # entrenched fighters assaulted are a party; a headline's present tense takes ground
        ("اقتحمت قوات النظام المباني التي يتحصن فيها مسلحو تنظيم الدولة", 2016, IS, None),
        ("بعد معارك عنيفة، تسيطر قوات النظام على بلدة", 2016, REGIME, None),
        # a state's aircraft and armour in peace are no forces
        ("هبطت طائرة إيرانية في مطار دمشق", 2019, None, "Military Forces of Iran (1989-)"),
        ("تسلمت قسد مدرعات أمريكية", 2019, None, USA),
        # a state joined to an air force of two words is an air force too
        ("شنها سلاح الجو السوري وروسيا", 2019, RUSSIAN_AIR_FORCE, RUSSIA),
        # another state's security men are not Syria's
        ("اعتقل رجال الأمن اللبناني سوريين", 2019, None, REGIME),
    ],
)
def test_parties_the_round_s_rules_keep_and_leave(
    actors: ActorSuggester, text: str, published: int, present: str | None, absent: str | None
) -> None:
    names = [name for _span, name, _inter in _found(actors, text, dt.date(published, 6, 1))]
    assert present is None or present in names
    assert absent is None or absent not in names


def test_the_occupation_s_government_media_and_opponents_are_no_army(
    actors: ActorSuggester,
) -> None:
    text = (
        "توغلت قوة إسرائيلية في القنيطرة. وقال رئيس حكومة الاحتلال إن العملية مستمرة، "
        "وتظاهر العشرات ضد الاحتلال. وأفادت مصادر بأن الاحتلال الإيراني انتهى."
    )
    spans = [span for span, _name, _inter in _found(actors, text, dt.date(2025, 5, 1))]
    assert "قوة إسرائيلية" in spans
    assert "الاحتلال" not in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قالت رئاسة الأركان التركية في بيان إن قواتها حيدت 20 مسلحاً",
            "Military Forces of Turkey (2016-)",
        ),
        ("تصدت الفصائل لعصابات الأسد على محور كفرحلب", "Military Forces of Syria (2000-)"),
        ("اعتقل الجهاز الأمني خلية لخوارج البغدادي في ريف إدلب", "Islamic State (Syria)"),
        ("دخل رتل للقوات الشعبية الموالية لدمشق إلى عفرين", "Militia (Pro-Government)"),
        ("واشتبك المسلحين الأكراد مع القوات التركية", "YPG: Peoples Protection Units"),
    ],
)
def test_names_of_the_studied_set_21(actors: ActorSuggester, text: str, expected: str) -> None:
    names = [name for _span, name, _ in _found(actors, text, dt.date(2018, 2, 21))]
    assert expected in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'وأعلنت وزارة الدفاع التركية، الاثنين، "تحييد" 184 إرهابياً خلال عملية المخلب',
            [("وزارة الدفاع التركية", "Military Forces of Turkey (2016-)")],
        ),
        (
            "وقالت القيادة المركزية الأمريكية (سنتكوم) في بيان إن قواتها استهدفت 85 هدفاً",
            [
                ("القيادة المركزية الأمريكية", "Military Forces of the United States (2021-)"),
                ("سنتكوم", "Military Forces of the United States (2021-)"),
                ("قواتها", "Military Forces of the United States (2021-)"),  # (its forces)
            ],
        ),
        (
            "من جهتها، قالت رئاسة الأركان التركية في بيان إن قواتها «حيّدت» 1780 «إرهابياً»",
            [
                ("رئاسة الأركان التركية", "Military Forces of Turkey (2016-)"),
                ("قواتها", "Military Forces of Turkey (2016-)"),
            ],
        ),
        # a denial, a spokesman, or what others did: no party
        ("ونفت وزارة الدفاع الروسية أن تكون طائراتها قد نفذت أي غارة على المدينة", []),
        ("وقالت وزارة الدفاع الروسية إن أكثر من 2700 مدني غادروا الغوطة عبر الممر", []),
        ("وأعلن الناطق باسم وزارة الدفاع الروسية أن الطائرات نفذت 300 طلعة", []),
    ],
)
def test_a_foreign_command_claiming_its_own_strikes_is_its_forces(
    actors: ActorSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(span, name) for span, name, _ in _found(actors, text, dt.date(2023, 2, 1))]
    commands = [(span, name) for span, name in found if name.startswith("Military Forces")]
    assert commands == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkey's statements: the YPG
        (
            'أعلنت وزارة الدفاع التركية، الاثنين، "تحييد" 184 إرهابياً خلال عملية المخلب',
            ("إرهابياً", "YPG: Peoples Protection Units"),
        ),
        (
            "وأشارت الوزارة إلى أن القوات التركية حيّدت كذلك 4 إرهابيين حاولوا التسلل",
            ("إرهابيين", "YPG: Peoples Protection Units"),
        ),
        # the regime's count of its enemy: the armed opposition; the Islamic State named
        (
            "وأكد مصدر عسكري للإخبارية مقتل ما لا يقل عن 35 إرهابياً خلال المعارك",
            ("إرهابياً", "Opposition Rebels (Syria)"),
        ),
        (
            "وقضت على أكثر من 25 إرهابياً، ودمّرت عربات مفخخة كان داعش يعدها",
            ("إرهابياً", "Islamic State (Syria)"),
        ),
    ],
)
def test_terrorists_counted_are_the_enemy_of_who_counts_them(
    text: str, expected: tuple[str, str]
) -> None:
    found = Pipeline().suggest(text, dt.date(2022, 11, 21))
    assert expected in [(s.text, s.value["name"]) for s in found if s.kind == "actor"]


def test_terrorists_of_a_group_named_after_them_are_that_group() -> None:
    for text in (
        'أعلنت وزارة الدفاع التركية "تحييد" 11 إرهابيا من "بي كا كا/ واي بي جي" في المنطقة',
        "وأكد مصدر عسكري مقتل 35 إرهابياً من جبهة النصرة خلال المعارك",
    ):
        found = Pipeline().suggest(text, dt.date(2019, 5, 1))
        assert not [s for s in found if s.kind == "actor" and s.text.startswith("إرهابي")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكانت تركيا قد أطلقت في التاسع من تشرين الأول عملية عسكرية", ["تركيا"]),
        ("وكانت روسيا بدأت في 30 أيلول حملة غارات على ريف اللاذقية", ["روسيا"]),
        ("منذ إطلاق تركيا وفصائل الجيش الوطني عمليتها العسكرية", ["تركيا", "فصائل الجيش الوطني"]),
        ("متهمة تركيا بـ«استهداف المدنيين العزل بشكل متعمد»", ["تركيا", "المدنيين"]),
        ("تركيا تصعّد شمالي سوريا.. غارات جوية تقتل العشرات", ["تركيا"]),
        ("رغم اتفاق «خفض التصعيد» الذي أعلنت عنه روسيا وتركيا في أستانا", ["روسيا", "تركيا"]),
        # a state that accuses, or a state only named, is no party
        ("واتهمت تركيا الوحدات الكردية بالوقوف وراء التفجير", ["الوحدات الكردية"]),
        ("وكانت تركيا قد أعلنت رفضها للمشروع", []),
    ],
)
def test_states_in_the_background_of_an_article(text: str, expected: list[str]) -> None:
    found = Pipeline().suggest(text, dt.date(2019, 10, 20))
    assert [s.text for s in found if s.kind == "actor"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a command telling what others did, denying, or accusing
        "قالت وزارة الدفاع الروسية إن أربع مقاتلات إسرائيلية نفذت ضربات على مطار التيفور",
        "أعلنت وزارة الدفاع الروسية أن طائرات التحالف الدولي نفذت غارات على قرية هجين",
        "قالت وزارة الدفاع الروسية إن طائراتها لم تنفذ أي غارات على إدلب",
        "اتهمت وزارة الدفاع الروسية الولايات المتحدة بشن غارات على دير الزور",
    ],
)
def test_a_command_not_claiming_its_own_strikes_is_no_party_of_them(text: str) -> None:
    found = Pipeline().suggest(text, dt.date(2019, 5, 1))
    assert not [s for s in found if s.kind == "actor" and s.text.startswith("وزارة الدفاع")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Turkey named as a backer does not make the counted terrorists the YPG
        (
            "قضت وحدات الجيش على 35 إرهابياً في ريف إدلب حيث تنتشر التنظيمات"
            " المدعومة من النظام التركي",
            "YPG: Peoples Protection Units",
        ),
        # neutralised in northern Iraq: the PKK there, no Syrian party
        (
            "أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين في شمال العراق ضمن عملية المخلب",
            "YPG: Peoples Protection Units",
        ),
        # a bare التنظيم is not the Islamic State
        (
            "قتل 12 إرهابياً بينهم متزعم في التنظيم التكفيري خلال عملية للجيش في ريف حماة",
            "Islamic State (Syria)",
        ),
        # a state in the background without an operation of war, or in diplomacy
        ("وكانت الولايات المتحدة قد بدأت سحب قواتها من شمال شرق سوريا", "Military Forces"),
        ("وكانت روسيا قد أطلقت مبادرة لإعادة اللاجئين", "Military Forces"),
        ("روسيا ترد على الاتهامات الأمريكية بشأن استهداف المستشفيات", "Military Forces"),
        ("تركيا تصعد لهجتها ضد الاتحاد الأوروبي بسبب ملف اللاجئين", "Military Forces"),
        # blame in a protest without an attack named
        ("خرج المئات في مظاهرة بمدينة إدلب، محملين روسيا مسؤولية ما يجري", "Military Forces"),
    ],
)
def test_near_misses_of_the_new_state_and_enemy_rules(text: str, absent: str) -> None:
    found = Pipeline().suggest(text, dt.date(2019, 10, 20))
    assert not [s for s in found if s.kind == "actor" and s.value["name"].startswith(absent)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصيب أربعة عناصر من وزارة الدفاع صباح الإثنين جراء انفجار عبوة ناسفة",
            ("عناصر من وزارة الدفاع", "Military Forces of Syria (2024-)"),
        ),
        (
            "كانت هجمات منسقة شنها مسلحون موالون للأسد على مواقع أمنية",
            ("مسلحون موالون للأسد", "Military Forces of Syria (2000-2024)"),
        ),
    ],
)
def test_the_new_army_s_men_and_assad_s_loyalists_in_2025(
    actors: ActorSuggester, text: str, expected: tuple[str, str]
) -> None:
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2025, 5, 1))] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "اشتباكات بين حركة نور الدين الزنكي وهيئة تحرير الشام",
            2018,
            "Nour al Din al Zenki Movement",
        ),
        ("استهدفت مدفعية الجيش التركي مواقع لمجلس منبج العسكري", 2019, "Menbij Military Council"),
        ("هاجم مقاتلو جيش مغاوير الثورة خلية لداعش قرب التنف", 2019, "Revolutionary Commando Army"),
        ("قصفت طائرات مسيرة مقرا لعصائب أهل الحق", 2024, "Militia (Pro-Iran)"),
    ],
)
def test_factions_named_in_full(
    actors: ActorSuggester, text: str, year: int, expected: str
) -> None:
    assert expected in [name for _, name, _ in _found(actors, text, dt.date(year, 6, 1))]


def test_the_ruler_the_zenki_movement_is_named_after_is_no_party(actors: ActorSuggester) -> None:
    text = "وتعرضت قلعة حلب التي رممها السلطان نور الدين الزنكي لقصف"
    assert _found(actors, text, dt.date(2016, 1, 1)) == []


def test_the_army_s_units_with_no_army_named_before_are_syria_s(actors: ActorSuggester) -> None:
    text = "ونقلت الوكالة السورية عن مصدر عسكري أن وحدات الجيش دمرت عربتين مفخختين"
    assert _found(actors, text, dt.date(2019, 5, 1)) == [("الجيش", REGIME, 1)]
    # an institution spoken of is no party
    text = "وأقرت القيادة العامة للجيش بانسحاب القوات من المدينة"
    assert _found(actors, text, dt.date(2019, 5, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش اللبناني مقتل 3 مسلحين في عرسال قرب الحدود السورية، وانتشرت وحدات الجيش",
        "دخلت القوات التركية إلى عفرين السورية، ونصبت وحدات الجيش حواجز",
        "بغداد - وصلت تعزيزات الجيش إلى أطراف الموصل قرب الحدود السورية",
    ],
)
def test_another_country_s_army_is_not_syria_s_by_default(
    actors: ActorSuggester, text: str
) -> None:
    assert REGIME not in [name for _, name, _ in _found(actors, text, dt.date(2019, 5, 1))]


def test_the_army_as_its_own_statements_name_it(actors: ActorSuggester) -> None:
    text = "وأكدت القيادة أن وحدات من قواتنا المسلحة أعادت الأمن إلى البلدة"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2016, 2, 1))] == [
        ("وحدات من قواتنا المسلحة", REGIME)
    ]


def test_the_army_named_again_is_no_faction_called_an_army(actors: ActorSuggester) -> None:
    text = (
        "وتبنى «الجيش السوري الحر» قصف الهرمل. "
        "ونقلت «سانا» عن مصدر عسكري أن وحدات الجيش استعادت قرى في ريف القصير السوري"
    )
    found = _found(actors, text, dt.date(2013, 5, 1))
    assert ("الجيش", REGIME, 1) in found
    assert ("الجيش", "Opposition Rebels (Syria)", 2) not in found


def test_the_fighting_battalions_are_the_opposition(actors: ActorSuggester) -> None:
    text = "وقتل ما لا يقل عن 52 مقاتلاً من الكتائب المقاتلة في ريف القصير"
    assert ("الكتائب المقاتلة", "Opposition Rebels (Syria)", 2) in _found(
        actors, text, dt.date(2013, 5, 1)
    )


def test_the_army_s_units_beside_the_national_army_are_not_syria_s_by_default(
    actors: ActorSuggester,
) -> None:
    text = "وسيطر الجيش الوطني السوري على قرية في ريف عفرين، وقال إن وحدات الجيش تقدمت"
    assert REGIME not in [name for _, name, _ in _found(actors, text, dt.date(2019, 5, 1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties of an agreement between states, each of a list
        (
            "رغم اتفاق وقف إطلاق النار الموقع في موسكو في الخامس من آذار بين روسيا وتركيا",
            [("روسيا", "Military Forces of Russia (2000-)"),
             ("تركيا", "Military Forces of Turkey (2016-)")],
        ),
        (
            "رغم الاتفاق الذي توصلت إليه روسيا وتركيا وإيران في أستانة",
            [("روسيا", "Military Forces of Russia (2000-)"),
             ("تركيا", "Military Forces of Turkey (2016-)"),
             ("إيران", "Military Forces of Iran (1989-)")],
        ),
        # ... not a border or a trade between them
        ("وتمتد الحدود بين روسيا وتركيا عبر البحر", []),
        ("وتراجعت التجارة بين روسيا وتركيا", []),
        ("ووقعت اتفاقية تجارية بين روسيا وتركيا لتوريد الغاز", []),
        # a gang, named again; the state media's armed groups in its quotation marks
        (
            "وأعلنت الوزارة اعتقال عصابة متهمة بخطف مدنيين. وأوضحت أن العصابة تضم خمسة أشخاص",
            [("عصابة", "Unidentified Armed Group (Syria)"),
             ("مدنيين", "Civilians (Syria)"),
             ("العصابة", "Unidentified Armed Group (Syria)")],
        ),
        (
            "ونقلت سانا عن مصدر رسمي قوله إن «مجموعات مسلحة» أطلقت النار على عناصر حفظ النظام",
            [("مجموعات مسلحة", "Opposition Rebels (Syria)"),
             ("عناصر حفظ النظام", "Police Forces of Syria (2000-)")],
        ),
        ("ونقلت رويترز عن سكان أن مجموعات مسلحة اقتحمت الحي", []),
        (
            "وتتهم السلطات «جماعات مسلحة» بقتل عناصر من قوات الأمن",
            [("جماعات مسلحة", "Opposition Rebels (Syria)"),
             ("قوات الأمن", "Military Forces of Syria (2000-)")],
        ),
        ("وتنتشر جماعات مسلحة في المنطقة", []),
        # a gang in words: an insult, a ruling "gang", a faction's nickname
        ("ووصف المتظاهرون الحكومة بأنها عصابة", [("المتظاهرون", "Protesters (Syria)")]),
        ("وهتفوا ضد العصابة الحاكمة", []),
        # the Kurdish National Council, by its short name only in quotation marks, and
        # the youth movement it accuses
        (
            "اعتقلت الأسايش قياديين في «الوطني الكردي». واتهم المجلس الوطني الكردي منظمة "
            "«الشبيبة الثورية» بالوقوف وراء الهجوم",
            [("الأسايش", "Asayish (Syria)"),
             ("الوطني الكردي", "KNC: Kurdish National Council"),
             ("المجلس الوطني الكردي", "KNC: Kurdish National Council"),
             ("منظمة «الشبيبة الثورية»", "Revolutionary Youth Movement")],
        ),
        ("وقال المؤتمر الوطني الكردي إن", []),
    ],
)  # fmt: skip
def test_agreement_parties_gangs_and_the_state_media_s_armed_groups(
    actors: ActorSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _found(actors, text, dt.date(2020, 5, 1))
    assert [(span, name) for span, name, _inter in found] == expected


def test_residents_of_a_place_who_protest_are_protesters(actors: ActorSuggester) -> None:
    text = (
        "نظم العشرات من أهالي حي الوعر وقفة احتجاجية أمام مبنى المحافظة. وخرج أهالي "
        "ذيبان في مظاهرة. ونددوا في المظاهرة بالمجزرة بحق أهالي جبل الزاوية. وقال أهالي "
        "البلدة إن القصف مستمر."
    )
    found = _found(actors, text, dt.date(2021, 5, 1))
    # not those the protest speaks for, nor residents who only speak
    assert [(span, name) for span, name, _inter in found] == [
        ("أهالي", "Protesters (Syria)"),
        ("أهالي", "Protesters (Syria)"),
    ]
    assert [s.start for s in actors(SuggestContext.of(text))][:2] == [
        text.index("أهالي حي"),
        text.index("أهالي ذيبان"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # residents displaced, arrested or speaking, beside someone else's protest
        "ونزح أهالي بلدة كفرنبل باتجاه الحدود، في حين خرجت مظاهرة في إدلب",
        "واعتقلت قوات النظام عدداً من أهالي بلدة الصنمين، وسط احتجاجات في درعا",
        "وقال أهالي بلدة طفس إن قوات النظام اعتقلت شاباً خلال مظاهرة الأمس",
    ],
)
def test_residents_beside_another_s_protest_are_no_protesters(
    actors: ActorSuggester, text: str
) -> None:
    names = [name for _span, name, _inter in _found(actors, text, dt.date(2021, 5, 1))]
    assert "Protesters (Syria)" not in names


def test_an_agreement_between_states_on_another_matter_in_a_sentence_of_war(
    actors: ActorSuggester,
) -> None:
    text = "وبحث الاتفاق بين روسيا وتركيا ملف الطاقة والسياحة، في حين قصفت الطائرات إدلب"
    assert _found(actors, text, dt.date(2020, 5, 1)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # aircraft believed Russian by whoever believes it
        (
            "وشنت طائرات حربية يرجح ناشطون أنها روسية غارات على درعا البلد",
            dt.date(2017, 3, 1),
            [
                (
                    "طائرات حربية يرجح ناشطون أنها روسية",
                    "Military Forces of Russia (2000-) Air Force",
                )
            ],
        ),
        # the Palestinian factions of the Yarmouk camp, and a rebel operations room
        (
            "واشتبك عناصر التنظيم مع كتائب أكناف بيت المقدس، فيما قصفت الجبهة الشعبية لتحرير "
            "فلسطين – القيادة العامة أطراف المخيم",
            dt.date(2015, 4, 5),
            [
                ("كتائب أكناف بيت المقدس", "Aknaf Bait al-Maqdis"),
                (
                    "الجبهة الشعبية لتحرير فلسطين – القيادة العامة",
                    "PFLP-GC: Popular Front for the Liberation of Palestine - General Command",
                ),
            ],
        ),
        (
            "وأعلنت غرفة عمليات البنيان المرصوص صد هجوم على حي المنشية",
            dt.date(2017, 3, 1),
            [("غرفة عمليات البنيان المرصوص", "Al Bunyan al Marsous Operations Room")],
        ),
    ],
)
def test_hedged_aircraft_and_palestinian_factions(
    actors: ActorSuggester, text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _inter in _found(actors, text, published)] == expected


def test_a_solid_structure_in_a_sermon_is_no_operations_room(actors: ActorSuggester) -> None:
    text = "ودعا الخطيب المصلين إلى أن يكونوا كالبنيان المرصوص"
    assert _found(actors, text, dt.date(2017, 3, 1)) == []


def test_security_forces_by_their_bullets_alone(actors: ActorSuggester) -> None:
    text = "درعا: قتلى برصاص الأمن في «الجمعة العظيمة». وأصيب ثلاثة برصاص الأمن العام"
    # (the General Security is a name of its own: the second is not read as bare security)
    assert _found(actors, text, dt.date(2011, 4, 23))[:1] == [
        ("الأمن", "Military Forces of Syria (2000-)", 1)
    ]
    assert [
        name for _span, name, _inter in _found(actors, "قتلى برصاص الأمن", dt.date(2025, 4, 1))
    ] == ["Military Forces of Syria (2024-)"]


def test_jordan_s_soldiers_aircraft_by_their_attack_and_smugglers() -> None:
    pipeline = Pipeline(None)
    text = (
        "ورجحت مصادر محلية أن تكون طائرات أردنية قد نفذتها. وقُتل جندي أردني في "
        "اشتباك مع مهربين، بينما هبطت طائرة إيرانية في مطار دمشق."
    )
    found = pipeline.suggest(text, dt.date(2024, 1, 20))
    actors = [(s.text, s.value["name"]) for s in found if s.kind == "actor"]
    jordan = "Military Forces of Jordan (1999-)"
    assert actors == [
        ("طائرات أردنية", jordan),
        ("جندي أردني", jordan),
        ("مهربين", "Unidentified Armed Group (Syria)"),
    ]
    # The soldier counted by his noun is still a casualty inside the actor's span.
    casualties = [
        (s.text, s.value["count"], s.value["outcome"]) for s in found if s.kind == "casualty"
    ]
    assert casualties == [("جندي", 1, "killed")]


def test_shells_of_a_state_a_declared_truce_and_jordan_s_own_names(actors: ActorSuggester) -> None:
    in_2012, in_2019, in_2024 = dt.date(2012, 9, 13), dt.date(2019, 9, 10), dt.date(2024, 1, 20)
    assert _found(actors, "قذائف سورية تسقط على وادي خالد", in_2012) == [("قذائف سورية", SYRIA, 1)]
    assert _found(actors, "سقطت قذيفة إسرائيلية قرب القنيطرة", in_2019) == [
        ("قذيفة إسرائيلية", "Military Forces of Israel (2009-)", 8)
    ]
    text = "رغم سريان الهدنة التي أعلنتها روسيا من جانب واحد"
    assert _found(actors, text, in_2019) == [("روسيا", "Military Forces of Russia (2000-)", 8)]
    assert _found(actors, "وتوقفت المفاوضات التي أعلنتها روسيا", in_2019) == []
    jordan = ("Military Forces of Jordan (1999-)", 8)
    text = (
        "أعلنت القيادة العامة للقوات المسلحة الأردنية – الجيش العربي أن قوات حرس الحدود "
        "اشتبكت مع مهربين"
    )
    assert [(span, name) for span, name, _ in _found(actors, text, in_2024)] == [
        ("القيادة العامة للقوات المسلحة الأردنية", jordan[0]),
        ("الجيش العربي", jordan[0]),
        ("قوات حرس الحدود", jordan[0]),
        ("مهربين", "Unidentified Armed Group (Syria)"),
    ]
    # ... not where no Jordanian force is named, nor Syria's Arab army
    text = "قال الجيش العربي السوري إن قوات حرس الحدود اشتبكت مع مهربين"
    assert [span for span, _, _ in _found(actors, text, in_2012)] == [
        "الجيش العربي السوري",
        "مهربين",
    ]


def test_near_misses_of_jordan_s_names_smugglers_shells_and_aircraft(
    actors: ActorSuggester,
) -> None:
    in_2018 = dt.date(2018, 7, 10)
    # border guards of the regime, a Syrian Arab army named short, Turkey's gendarmerie
    text = "انتشرت قوات حرس الحدود التابعة لقوات النظام على الحدود بعد اتفاق مع الجيش الأردني"
    assert [span for span, _, _ in _found(actors, text, in_2018)] == [
        "قوات النظام",
        "الجيش الأردني",
    ]
    text = (
        "وقالت سانا إن الجيش العربي السوري انتشر وإن الجيش العربي استعاد المعبر وسط تأهب "
        "القوات الأردنية"
    )
    names = [name for _, name, _ in _found(actors, text, in_2018)]
    assert "Military Forces of Jordan (1999-)" in names
    assert names.count("Military Forces of Jordan (1999-)") == 1
    # smugglers refugees pay, or arrested, are no armed group
    text = "يدفع السوريون مبالغ طائلة لمهربين لنقلهم عبر الحدود إلى لبنان"
    assert _found(actors, text, in_2018) == []
    text = "وألقت الشرطة القبض على ثلاثة مهربين"
    assert _found(actors, text, in_2018) == []
    # shells found or made somewhere, aircraft on flights
    for text in (
        "عثر الأهالي على قذائف روسية غير منفجرة",
        "طائرات إيرانية نفذت رحلات شحن إلى مطار دمشق",
        "طائرات أردنية ألقت مساعدات إنسانية على مخيم الركبان",
    ):
        assert _found(actors, text, in_2018) == []


def test_groups_of_the_war_by_their_names(actors: ActorSuggester) -> None:
    text = "اشتبك مقاتلون من لواء القدس مع عناصر من سرايا القدس"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2019, 6, 15))] == [
        ("لواء القدس", "LaQ: Quds Brigade"),
        ("سرايا القدس", "PIJ: Palestinian Islamic Jihad"),
    ]
    text = "هاجمت فصائل «ردع العدوان» مواقع قوات النظام"
    assert [name for _, name, _ in _found(actors, text, dt.date(2024, 11, 30))] == [
        "Military Operations Command",
        "Military Forces of Syria (2000-)",
    ]
    # ... not the operation, nor Japan's self-defence forces
    text = "وأعلنت غرفة العمليات إطلاق معركة ردع العدوان"
    assert _found(actors, text, dt.date(2024, 11, 27)) == []
    assert _found(actors, "وشاركت قوات الدفاع الذاتي اليابانية في المناورات") == []


def test_three_states_named_by_one_name_and_two_adjectives(actors: ActorSuggester) -> None:
    text = "شنت المقاتلات الأمريكية والبريطانية والفرنسية ضربات على مواقع في دمشق"
    assert _found(actors, text, dt.date(2018, 4, 14)) == [
        ("المقاتلات الأمريكية", "Military Forces of the United States (2017-)", 8),
        ("البريطانية", "Military Forces of the United Kingdom (2010-)", 8),
        ("الفرنسية", "Military Forces of France (2017-)", 8),
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وأعلنت حركة المقاومة الإسلامية النجباء مسؤوليتها", dt.date(2024, 1, 10)),
        ("ونشرت السلطات عناصر الحرس الوطني الأمريكي في المدينة", dt.date(2025, 6, 10)),
        ("وقالت القيادة إن عناصر اللواء الثامن في الجيش انتشروا", dt.date(2025, 6, 10)),
        ("وشاركت قوات الدفاع الذاتي البحرية في المناورات", dt.date(2019, 6, 15)),
        ("وتأسست الجبهة الإسلامية السورية في ريف إدلب", dt.date(2013, 6, 15)),
        ("وحذرت هيئة عمليات التجارة البحرية البريطانية من هجوم", dt.date(2024, 2, 1)),
        ("وتسلمت مصر مقاتلات فرنسية من طراز رافال", dt.date(2019, 6, 15)),
    ],
)
def test_names_of_other_groups_forces_and_deals(
    actors: ActorSuggester, text: str, published: dt.date
) -> None:
    assert _found(actors, text, published) == []


def test_the_kurdish_units_named_again_as_the_units(actors: ActorSuggester) -> None:
    text = "استعادت وحدات حماية الشعب التلة، وقال المتحدث إن الوحدات قتلت عشرين عنصراً"
    assert [span for span, _, _ in _found(actors, text, dt.date(2014, 10, 8))] == [
        "وحدات حماية الشعب",
        "الوحدات",
    ]
    # ... not an army's units, with no Kurdish units named
    assert _found(actors, "فككت الوحدات الهندسية الألغام، وقالت إن الوحدات عملت ليلا") == []


def test_the_terrorists_of_an_article_about_the_islamic_state_alone(actors: ActorSuggester) -> None:
    published = dt.date(2015, 8, 7)
    text = "سيطر تنظيم داعش على بلدة القريتين، وقال مصدر إن الإرهابيين أعدموا أربعة مدنيين"
    found = _found(actors, text, published)
    assert ("الإرهابيين", "Islamic State (Syria)", 2) in found
    # ... not where another rebel group is named too
    text = "اشتبك الجيش مع جبهة النصرة وتنظيم داعش، وقتل عشرات الإرهابيين"
    assert ("الإرهابيين", "Opposition Rebels (Syria)", 2) in _found(actors, text, published)


def test_every_terror_word_of_an_article_about_the_islamic_state_alone() -> None:
    # the state media's groups and counted terrorists, named by terror alone
    text = (
        "أحبط الجيش هجوماً شنه تنظيم «داعش» على المطار. وقال مصدر عسكري إن «مجموعات "
        "إرهابية تسللت باتجاه المواقع»، مؤكداً «مقتل أكثر من 40 إرهابياً»."
    )
    found = Pipeline().suggest(text, dt.date(2016, 5, 16))
    named = {(s.text, s.value["name"]) for s in found if s.kind == "actor"}
    assert ("مجموعات إرهابية", "Islamic State (Syria)") in named
    assert ("إرهابياً", "Islamic State (Syria)") in named
    # ... and the rebels' where another rebel group was named before them
    text = text.replace("تنظيم «داعش»", "تنظيم «داعش» وجبهة النصرة")
    found = Pipeline().suggest(text, dt.date(2016, 5, 16))
    named = {(s.text, s.value["name"]) for s in found if s.kind == "actor"}
    assert ("إرهابياً", "Opposition Rebels (Syria)") in named


def test_near_misses_of_the_units_and_the_islamic_state_s_terrorists(
    actors: ActorSuggester,
) -> None:
    text = "استعادت وحدات حماية الشعب التلة، وقال المتحدث إن الوحدات الخاصة التركية تقدمت"
    assert [span for span, _, _ in _found(actors, text, dt.date(2019, 10, 13))] == [
        "وحدات حماية الشعب"
    ]
    text = "استشهد مدني برصاص الإرهابيين في درعا. وكان الجيش قد قاتل تنظيم داعش في البادية"
    assert ("الإرهابيين", "Opposition Rebels (Syria)", 2) in _found(actors, text)


def test_the_assad_regime_s_forces_and_the_revolutionary_military_councils(
    actors: ActorSuggester,
) -> None:
    text = "قصفت قوات نظام الأسد حي الوعر، بحسب المجلس العسكري الثوري في حمص"
    assert _found(actors, text, dt.date(2016, 5, 1)) == [
        ("قوات نظام الأسد", "Military Forces of Syria (2000-)", 1),
        ("المجلس العسكري الثوري", "Opposition Rebels (Syria)", 2),
    ]
    # The regime alone, in "since its fall", is no party to anything.
    assert _found(actors, "تشهد المنطقة تصعيداً منذ سقوط نظام الأسد", dt.date(2025, 5, 1)) == []


def test_the_armed_opposition_named_as_such(actors: ActorSuggester) -> None:
    text = "سيطرت كتائب من المعارضة السورية المسلحة على المطار"
    assert _found(actors, text, dt.date(2013, 1, 12)) == [
        ("المعارضة السورية المسلحة", "Opposition Rebels (Syria)", 2),
    ]
    # Another country's opposition forces are not Syria's rebels.
    assert _found(actors, "تواصلت الاشتباكات بين قوات المعارضة السودانية والجيش") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "اعتقلت دورية من فرع فلسطين ثلاثة شبان",
            "Military Forces of Syria (2000-) Military Intelligence",
        ),
        ("أطلقت المقاومة اللبنانية صواريخ على المواقع", "Hezbollah"),
        ("قصف حزب الله العراقي مواقع قرب البوكمال", "Kataib Hezbollah"),
        ("هاجمت كتائب المعارضة حاجزا للجيش", "Opposition Rebels (Syria)"),
        ("أقدم مسلح مجهول على إطلاق النار", "Unidentified Armed Group (Syria)"),
    ],
)
def test_more_names_of_parties(actors: ActorSuggester, text: str, name: str) -> None:
    assert name in [
        found_name for _t, found_name, _inter in _found(actors, text, dt.date(2016, 5, 1))
    ]


def test_the_interim_government_is_not_the_state_and_israel_s_name_follows_its_government(
    actors: ActorSuggester,
) -> None:
    assert _found(actors, "اشتبكت قوات الحكومة السورية المؤقتة مع قسد", dt.date(2021, 5, 1)) == [
        ("قسد", "QSD: Syrian Democratic Forces", 2)
    ]
    text = "شنت طائرات حربية إسرائيلية غارة على ريف دمشق"
    names = {
        year: [name for _t, name, _i in _found(actors, text, dt.date(year, 6, 10))]
        for year in (2020, 2022, 2023)
    }
    assert names == {
        2020: ["Military Forces of Israel (2009-)"],
        2022: ["Military Forces of Israel (2021-2022)"],  # one name, not two
        2023: ["Military Forces of Israel (2022-)"],
    }


def test_the_verb_stays_outside_the_arms_a_state_struck_with(actors: ActorSuggester) -> None:
    text = "قصفت المدفعية الإسرائيلية أطراف البلدة، وقصفت مسيرة روسية سيارة"
    assert [t for t, _name, _i in _found(actors, text, dt.date(2023, 5, 1))] == [
        "المدفعية الإسرائيلية",
        "مسيرة روسية",
    ]


def test_names_found_by_a_review(actors: ActorSuggester) -> None:
    # Amal's full name and the interim government's forces in another order.
    text = "وأعلنت حركة أفواج المقاومة اللبنانية مقتل اثنين من عناصرها"
    assert "Hezbollah" not in [n for _t, n, _i in _found(actors, text, dt.date(2016, 5, 1))]
    text = "وداهمت قوات الحكومة المؤقتة السورية منازل في مدينة الباب"
    assert _found(actors, text, dt.date(2021, 5, 1)) == []
    text = "وعثر الأهالي على جثة المسلح المجهول قرب دوار البلدة"
    assert ("المسلح المجهول", "Unidentified Armed Group (Syria)", 3) in _found(
        actors, text, dt.date(2021, 5, 1)
    )


def test_a_clan_s_gunmen_and_the_old_regime_s_remnants(actors: ActorSuggester) -> None:
    text = "اندلعت اشتباكات مع مسلحين من عشيرة الشعيطات، وهاجمت فلول نظام الأسد حاجزا"
    assert [(t, n) for t, n, _i in _found(actors, text, dt.date(2025, 5, 1))] == [
        ("مسلحين من عشيرة", "Tribal and Clan Forces"),
        ("فلول نظام الأسد", "Military Forces of Syria (2000-2024)"),
    ]


def test_forces_named_by_whom_they_serve(actors: ActorSuggester) -> None:
    found = _found(actors, "هاجمت القوات الموالية للحكومة السورية البلدة", dt.date(2016, 5, 1))
    assert found == [("القوات الموالية للحكومة السورية", "Militia (Pro-Government)", 3)]
    found = _found(actors, "اشتبكت الفصائل التابعة لوزارة الدفاع مع مسلحين", dt.date(2025, 5, 1))
    assert found == [("الفصائل التابعة لوزارة الدفاع", "Military Forces of Syria (2024-)", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "فرّقت قوات الأمن تظاهرة في حرستا، واعتقلت عدداً من المشاركين فيها.",
            [
                ("قوات الأمن", "Military Forces of Syria (2000-)"),
                ("المشاركين", "Protesters (Syria)"),
            ],
        ),
        (
            "ورفع المشاركون في الوقفة لافتات تطالب بالإفراج عن المعتقلين",
            [("المشاركون", "Protesters (Syria)")],
        ),
        # one of them who speaks; those taking part in a raid
        ("وقال أحد المشاركين في الاحتجاج إن أحداً لم يُصب", []),
        ("وأكد القائد أن المشاركين في الهجوم عادوا إلى قواعدهم", []),
    ],
)  # fmt: skip
def test_the_participants_of_a_protest_are_protesters(
    actors: ActorSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _found(actors, text, dt.date(2011, 8, 1))
    assert [(span, name) for span, name, _inter in found] == expected


def test_pilgrims_of_another_state_hurt_are_its_civilians(actors: ActorSuggester) -> None:
    published = dt.date(2017, 10, 13)
    text = "قُتل 26 شخصاً، بينهم 14 زائراً عراقياً، بتفجيرين استهدفا زواراً إيرانيين"
    assert _found(actors, text, published) == [
        ("زائراً عراقياً", "Civilians (Iraq)", 7),
        ("زواراً إيرانيين", "Civilians (Iran)", 7),
    ]
    # not those who come every year, nor visitors of a state's own name (زوار تركيا)
    assert _found(actors, "ويقصد آلاف الزوار العراقيين دمشق سنوياً", published) == []
    assert _found(actors, "قُتل شخصان بينهم زوار تركيا", published) == []


def test_the_state_media_s_own_army() -> None:
    found = Pipeline().suggest("جيشنا الباسل يحبط هجوماً في محيط المطار", dt.date(2016, 5, 16))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "actor"] == [
        ("جيشنا الباسل", "Military Forces of Syria (2000-)")
    ]


def test_a_front_and_the_units_named_again_with_or_without_lam(actors: ActorSuggester) -> None:
    published = dt.date(2013, 7, 18)
    text = (
        "سيطرت وحدات حماية الشعب على المعبر بعد معارك مع جبهة النصرة. وانفجرت سيارة مفخخة "
        "قرب حاجز للوحدات، وأفاد سكان بأن مسلحي الجبهة نهبوا منازل القرية"
    )
    assert [(span, name) for span, name, _ in _found(actors, text, published)] == [
        ("وحدات حماية الشعب", "YPG: Peoples Protection Units"),
        ("جبهة النصرة", "Jabhat al Nusra"),
        ("للوحدات", "YPG: Peoples Protection Units"),
        ("الجبهة", "Jabhat al Nusra"),
    ]
    # the front line is no group, nor is a front named by its own adjective
    text = "قتل عنصران من جبهة النصرة، وتستمر المعارك على الجبهة وفي الجبهة الجنوبية"
    assert [span for span, _, _ in _found(actors, text, published)] == ["جبهة النصرة"]


def test_a_division_named_again_is_the_division_named_before(actors: ActorSuggester) -> None:
    published = dt.date(2019, 10, 14)
    text = "سيطرت فرقة الحمزة على القرية، وقال قائد ميداني إن مقاتلي الفرقة دخلوها فجراً"
    assert [(span, name) for span, name, _ in _found(actors, text, published)] == [
        ("فرقة الحمزة", "Hamza Division - Aleppo"),
        ("الفرقة", "Hamza Division - Aleppo"),
    ]
    # one with a word of its own after it is another (الفرقة 25), and none is named bare
    text = "سيطرت فرقة الحمزة على القرية، وقال مصدر إن الفرقة 25 تقدمت"
    assert _found(actors, text, published)[-1][:2] == (
        "الفرقة 25",
        "Military Forces of Syria (2000-) 25th Special Mission Forces Division",
    )
    assert _found(actors, "وقالت مصادر إن الفرقة انسحبت", published) == []


def test_the_general_security_of_tahrir_al_sham_before_the_regime_fell(
    actors: ActorSuggester,
) -> None:
    text = "اعتقلت دورية تابعة لـ«جهاز الأمن العام» في «هيئة تحرير الشام» ناشطاً في سرمدا"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2022, 9, 8))] == [
        ("جهاز الأمن العام", "HTS: Hayat Tahrir al Sham"),
        ("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham"),
    ]
    # after it fell, the government's; another state's, never
    assert _found(actors, text, dt.date(2025, 3, 1))[0][1] == (
        "Police Forces of Syria (2024-) General Security"
    )
    text = "اعتقل الأمن العام اللبناني عناصر من هيئة تحرير الشام"
    assert [name for _, name, _ in _found(actors, text, dt.date(2022, 9, 8))] == [
        "HTS: Hayat Tahrir al Sham"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a protest word inside another word, or what they took part in is no protest
        "وأكد وزير الخارجية موقفه الثابت، فيما شدد المشاركون في المؤتمر على الحل",
        "تظاهر العشرات ضد الهجوم، فيما قتل اثنان من المشاركين في الهجوم",
        "أعلن الفصيل توقفه عن القتال، واعتقلت الهيئة عددا من المشاركين في العملية",
    ],
)
def test_participants_of_what_is_no_protest_are_no_protesters(
    actors: ActorSuggester, text: str
) -> None:
    found = _found(actors, text, dt.date(2022, 9, 8))
    assert "Protesters (Syria)" not in [name for _, name, _ in found]


def test_another_state_s_general_security_is_not_tahrir_al_sham_s(actors: ActorSuggester) -> None:
    published = dt.date(2022, 9, 8)
    for text in (
        "أعلنت مديرية الأمن العام في الأردن ضبط شحنة، فيما قصفت هيئة تحرير الشام مواقع",
        "قال رئيس الحكومة اللبنانية إن الأمن العام سيبدأ ترحيل السوريين. وقصفت هيئة تحرير الشام",
    ):
        assert [name for _, name, _ in _found(actors, text, published)] == [
            "HTS: Hayat Tahrir al Sham"
        ]
    text = "سيّرت هيئة تحرير الشام دورية للأمن العام في مدينة إدلب"
    assert ("دورية للأمن العام", "HTS: Hayat Tahrir al Sham", 2) in _found(actors, text, published)


@pytest.mark.parametrize(
    "text",
    [
        "قتل عنصران من جبهة النصرة، وتشهد الجبهة هدوءا حذرا، واشتعلت الجبهة مجددا",
        "اتهمت فرقة الحمزة جهات بمحاولة زرع الفرقة بين فصائل المنطقة",
    ],
)
def test_the_front_line_and_discord_are_no_front_or_division_named_again(
    actors: ActorSuggester, text: str
) -> None:
    assert len(_found(actors, text, dt.date(2019, 10, 14))) == 1


def test_forces_a_party_calls_its_own(actors: ActorSuggester) -> None:
    published = dt.date(2017, 6, 10)
    text = 'وقال المتحدث باسم «قسد» لـ«باسنيوز» إن "مقاتلينا سيطروا على الحي بالكامل"'
    assert _found(actors, text, published)[-1][:2] == (
        "مقاتلينا",
        "QSD: Syrian Democratic Forces",
    )
    # the state media's army, by its epithets
    text = "جيشنا الباسل يحبط هجوماً، ووحداتنا المسلحة تلاحق فلول الإرهابيين"
    found = [(span, name) for span, name, _ in _found(actors, text, published)]
    assert ("جيشنا الباسل", "Military Forces of Syria (2000-)") in found
    assert ("وحداتنا المسلحة", "Military Forces of Syria (2000-)") in found
    # not the enemy named before the speaker's sentence
    text = 'هاجم تنظيم داعش المطار. وقال مصدر عسكري إن "مقاتلينا صدوا الهجوم"'
    assert [span for span, _, _ in _found(actors, text, published)] == ["تنظيم داعش"]


def test_visitors_who_speak_or_come_are_no_victims(actors: ActorSuggester) -> None:
    published = dt.date(2017, 10, 13)
    for text in (
        "وقال زوار عراقيون إنهم سمعوا أصوات الانفجار",
        "بغداد تتابع أوضاع الزوار العراقيين بعد مقتل جندي في اشتباك على الحدود",
    ):
        assert "Civilians (Iraq)" not in [name for _, name, _ in _found(actors, text, published)]


def test_a_police_patrol_is_syria_s_not_its_command_stations_or_another_state_s(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2020, 2, 18)
    text = "تمكنت دورية من الشرطة في محافظة السويداء من تحرير شابين"
    assert _found(actors, text, published) == [("دورية من الشرطة", POLICE, 1)]
    for text in (
        "أفاد مصدر في قيادة الشرطة لـ«شام برس» بوقوع الانفجار",
        "استهدفت الغارة مبنى الشرطة الحرة في الأتارب",
        "اعتقلت الشرطة التركية ثلاثة سوريين",
        "داهمت الشرطة العسكرية منزلاً في جنديرس",
        # the police alone may be another state's, the Islamic State's or a council's
        "داهمت الشرطة مخيماً للاجئين السوريين في بلدة عرسال اللبنانية",
        "واعتقلت الشرطة الإسلامية عدداً من الشبان في الرقة",
    ):
        assert "Police Forces of Syria (2000-)" not in [
            n for _, n, _ in _found(actors, text, published)
        ]


def test_a_state_s_vehicles_and_the_short_name_of_khalid_s_army(actors: ActorSuggester) -> None:
    text = "فيما جرفت آليات إسرائيلية أراضي زراعية في محيط بلدة حضر"
    assert _found(actors, text, dt.date(2025, 6, 10)) == [
        ("آليات إسرائيلية", "Military Forces of Israel (2022-)", 8)
    ]
    text = "وقذائف «جيش خالد» تلاحق العائدين إلى حيط"
    assert _found(actors, text, dt.date(2016, 10, 23)) == [("جيش خالد", "Islamic State (Syria)", 2)]


def test_a_soldier_a_foreign_army_tells_of_is_its_own() -> None:
    published = dt.date(2025, 6, 10)
    text = (
        "أعلن الجيش الإسرائيلي في بيان أن قواته نفذت عملية في بيت جن، "
        "مشيراً إلى إصابة جندي بجروح طفيفة."
    )
    found = Pipeline().suggest(text, published)
    assert ("جندي", "Military Forces of Israel (2022-)") in [
        (s.text, s.value["name"]) for s in found if s.kind == "actor"
    ]
    # ... the soldier its shells hit is the other side's
    text = "قصف الجيش التركي مواقع للجيش السوري ما أدى إلى مقتل جندي."
    found = Pipeline().suggest(text, published)
    assert ("جندي", "Military Forces of Syria (2024-)") in [
        (s.text, s.value["name"]) for s in found if s.kind == "actor"
    ]


def test_who_besieges_a_place_is_no_party(actors: ActorSuggester) -> None:
    published = dt.date(2013, 11, 17)
    for text in (
        "وتفرض قوات النظام حصاراً خانقاً على الغوطة الشرقية منذ أواخر العام الماضي",
        "في ظل حصار مطبق تفرضه الجماعات المسلحة منذ آذار",
        "ويفرض تنظيم «داعش» منذ مطلع العام الماضي حصاراً خانقاً على الأحياء",
    ):
        assert _found(actors, text, published) == []
    # ... who imposes its control takes the place
    text = "فرضت الفصائل سيطرتها على البلدة"
    assert [span for span, _, _ in _found(actors, text, published)] == ["الفصائل"]


def test_the_competent_authorities_are_a_party_where_they_act(actors: ActorSuggester) -> None:
    published = dt.date(2020, 2, 18)
    for text in (
        "ألقت الجهات المختصة القبض على ثلاثة أشخاص",
        "وذكرت الوكالة أن «الجهات المختصة» اشتبكت مع المسلحين",
    ):
        assert ("الجهات المختصة", SYRIA, 1) in _found(actors, text, published)
    for text in (
        "مؤكدة أن الجهات المختصة تلاحق المتورطين",
        "مهددين بتصفيتهما في حال إبلاغ الجهات المختصة.",
    ):
        assert _found(actors, text, published) == []


def test_a_party_a_charge_or_a_denial_names_is_no_party(actors: ActorSuggester) -> None:
    published = dt.date(2020, 2, 18)
    text = 'اعتقلوا ستة شبان في مدينة الميادين بتهمة التواصل مع "قسد"، وأعدموا اثنين منهم'
    assert "QSD: Syrian Democratic Forces" not in [n for _, n, _ in _found(actors, text, published)]
    assert _found(actors, "سيطرت على قريتين جنوبي سد تشرين، وهو ما نفته قسد.", published) == []
    # ... who makes the arrest is one
    text = "اعتقلت قسد خمسة أشخاص بتهمة التعامل مع داعش"
    assert _found(actors, text, published) == [("قسد", "QSD: Syrian Democratic Forces", 2)]


def test_civilians_in_general_are_no_party(actors: ActorSuggester) -> None:
    published = dt.date(2019, 5, 1)
    for text in (
        "أسفر القصف عن استشهاد عسكري، من دون أن تذكر أي إصابات بين المدنيين.",
        "من دون أن ترد أنباء عن إصابات في صفوف المدنيين حتى ساعة إعداد الخبر",
        "طالبت المنظمة بمحاسبة جميع المتورطين في الانتهاكات بحق المدنيين",
        "أعادت انتشارها خارج المدينة حفاظاً على أرواح المدنيين",
        "محذراً من كارثة إنسانية تهدد آلاف المدنيين المحاصرين داخل المدينة",
    ):
        assert _found(actors, text, published) == []
    text = "ما أدى إلى إصابة عدد من المدنيين بجروح"
    assert ("المدنيين", "Civilians (Syria)", 7) in _found(actors, text, published)


def test_gunmen_by_the_generic_word_since_the_regime_fell(actors: ActorSuggester) -> None:
    text = "انسحب المسلحون باتجاه الأراضي اللبنانية بعد نفاد ذخيرتهم"
    assert _found(actors, text, dt.date(2025, 2, 22)) == [
        ("المسلحون", "Unidentified Armed Group (Syria)", 3)
    ]
    assert _found(actors, text, dt.date(2019, 2, 22)) == [
        ("المسلحون", "Opposition Rebels (Syria)", 2)
    ]


def test_kurdish_led_forces_terrorists_are_is_and_a_second_quote_keeps_the_speaker(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2017, 8, 14)
    text = (
        "أعلنت «قوات سوريا الديمقراطية» سيطرتها على حي النهضة في الرقة، معقل تنظيم «داعش». "
        "وقال المتحدث باسم «قسد» إن «مقاتلينا فكّكوا العبوات التي زرعها الإرهابيون، وقتلوا "
        "37 من عناصر داعش»، مضيفاً أن «ثمانية من مقاتلينا استشهدوا»."
    )
    found = _found(actors, text, published)
    assert ("الإرهابيون", IS, 2) in found
    assert [(span, name) for span, name, _ in found if span == "مقاتلينا"] == [
        ("مقاتلينا", "QSD: Syrian Democratic Forces"),
        ("مقاتلينا", "QSD: Syrian Democratic Forces"),
    ]


def test_the_regime_s_helicopters_by_the_assad_name(actors: ActorSuggester) -> None:
    text = "جراء إلقاء الطيران المروحي التابع لنظام الأسد أربعة براميل متفجرة"
    assert _found(actors, text, dt.date(2014, 4, 29)) == [
        ("الطيران المروحي التابع لنظام الأسد", SYRIA, 1)
    ]


@pytest.mark.parametrize(
    ("text", "published", "party"),
    [
        # a besieger that also strikes in its sentence
        ("فرضت هيئة تحرير الشام حصاراً على بلدة كفرتخاريم واقتحمتها بعد اشتباكات مع أهالي البلدة.",
         dt.date(2021, 4, 10), ("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham", 2)),
        # the authorities acting, by any verb
        ("قامت الجهات المختصة بإلقاء القبض على أفراد العصابة", dt.date(2019, 6, 1),
         ("الجهات المختصة", SYRIA, 1)),
        # the agent after a charge
        ("اعتقل شاب بتهمة السرقة على يد عناصر من الجيش الوطني في مدينة عفرين.",
         dt.date(2020, 6, 1), ("الجيش الوطني", "JWS: Syrian National Army", 2)),
        ("قتل شاب بحجة تهريب البشر برصاص الجندرمة التركية على الحدود.", dt.date(2018, 1, 1),
         ("الجندرمة التركية", "Military Forces of Turkey (2016-) Gendarmerie", 8)),
        # civilians hurt among whom injuries are reported, or a sniper's direct target
        ("أسفر القصف المدفعي على بلدة حمورية عن إصابات في صفوف المدنيين", dt.date(2018, 2, 20),
         ("المدنيين", "Civilians (Syria)", 7)),
        ("استهدف قناصة قوات النظام المدنيين الخارجين من أحياء حلب الشرقية، ما أدى إلى مقتل "
         "ثلاثة منهم.", dt.date(2016, 12, 14), ("المدنيين", "Civilians (Syria)", 7)),
    ],
)  # fmt: skip
def test_a_party_the_round_s_rules_must_keep(
    actors: ActorSuggester, text: str, published: dt.date, party: tuple[str, str, int]
) -> None:
    assert party in _found(actors, text, published)


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        ("وصلت شحنة من الآليات الأمريكية إلى قوات سوريا الديمقراطية في الحسكة",
         dt.date(2019, 5, 1), "Military Forces of the United States (2017-)"),
        ("تدخل الجرافات التركية يوميا لاستكمال بناء الجدار الحدودي", dt.date(2020, 5, 1),
         "Military Forces of Turkey (2016-)"),
        ("قالت سانا إن الغزو التركي يهدف لإحياء داعش، وذكرت أن قسد انسحبت من تل أبيض بينما "
         "قصف الإرهابيون المدعومون من أنقرة القرى.", dt.date(2019, 10, 12), IS),
    ],
)  # fmt: skip
def test_no_party_the_round_s_rules_must_not_make(
    actors: ActorSuggester, text: str, published: dt.date, name: str
) -> None:
    found = _found(actors, text, published)
    if name == IS:
        assert ("الإرهابيون", IS, 2) not in found
    else:
        assert name not in [n for _, n, _ in found]


@pytest.mark.parametrize(
    ("text", "published", "soldiers"),
    [
        ("ذكرت القوات الأمريكية أن التحالف نفذ ضربة قرب التنف، كما قتل جنديين سوريين.",
         dt.date(2017, 5, 1), "جنديين سوريين"),
        ("قالت وزارة الدفاع الروسية إن مسلحي جبهة النصرة هاجموا مواقع الجيش السوري في ريف "
         "اللاذقية ما أسفر عن مقتل ثلاثة جنود.", dt.date(2016, 3, 10), "جنود"),
    ],
)  # fmt: skip
def test_syrian_losses_a_foreign_army_tells_of_stay_syria_s(
    text: str, published: dt.date, soldiers: str
) -> None:
    found = Pipeline().suggest(text, published)
    assert (soldiers, SYRIA) in [(s.text, s.value["name"]) for s in found if s.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "published", "party"),
    [
        ("عندما أطلق عناصر من الأمن السوري الرصاص الحي على المشيعين", dt.date(2012, 2, 19),
         ("عناصر من الأمن السوري", REGIME)),
        ("فجّرت مجموعة مسلحة عبوة ناسفة بدورية لحفظ النظام في حي ركن الدين",
         dt.date(2012, 2, 19), ("دورية لحفظ النظام", POLICE)),
        ("أطلقت وحدات من الأمن العام والجيش العربي السوري عملية تمشيط في جبل الأكراد",
         dt.date(2026, 9, 14), ("الجيش العربي السوري", "Military Forces of Syria (2024-)")),
        ("استهدفت ضربات جوية نُسبت إلى إسرائيل فجر اليوم مستودعات للأسلحة",
         dt.date(2021, 11, 24), ("إسرائيل", "Military Forces of Israel (2021-2022)")),
        ("قتل خمسة عسكريين في غارة نسبتها وسائل الإعلام الرسمية السورية إلى إسرائيل",
         dt.date(2021, 11, 24), ("إسرائيل", "Military Forces of Israel (2021-2022)")),
    ],
)  # fmt: skip
def test_parties_named_by_security_patrols_and_attribution(
    actors: ActorSuggester, text: str, published: dt.date, party: tuple[str, str]
) -> None:
    assert party in [(found, name) for found, name, _ in _found(actors, text, published)]
    if "حفظ النظام" in text:  # (keeping order: not the regime)
        assert ("النظام", REGIME) not in [(f, n) for f, n, _ in _found(actors, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "وامتنع الجيش الإسرائيلي عن التعليق على التقارير",
        "وهو ما لم يعلق عليه الجيش الإسرائيلي حتى الآن",
        "ويرى الخبير في شؤون الجماعات المسلحة أن الضربات لن تغير شيئا",
    ],
)
def test_no_party_that_declines_comment_or_is_an_expert_s_field(
    actors: ActorSuggester, text: str
) -> None:
    assert _found(actors, text, dt.date(2021, 11, 24)) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("مرتزقة «الحمزات» يختطفون مسناً في ريف عفرين", ("الحمزات", "Hamza Division - Aleppo")),
        ("أقدم مسلحو فصيل «السلطان مراد» على قطع أشجار الزيتون",
         ("فصيل «السلطان مراد»", "Sultan Murad Division")),
    ],
)  # fmt: skip
def test_factions_by_their_nicknames_in_quotes(
    actors: ActorSuggester, text: str, party: tuple[str, str]
) -> None:
    assert party in [(found, name) for found, name, _ in _found(actors, text)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("نقلت الصحيفة تصريحات نسبت إلى تركيا", dt.date(2020, 5, 1)),
        ("تنسب إسرائيل إلى إيران نقل أسلحة إلى سوريا", dt.date(2024, 5, 1)),
        ("إن الوجود الأمريكي يهدد الأمن السوري", dt.date(2019, 5, 1)),
        ("اشتبكت قوات سوريا الديمقراطية والمجموعات الرديفة لها مع التنظيم", dt.date(2019, 5, 1)),
    ],
)
def test_no_state_forces_for_words_attributed_nor_a_country_s_security(
    actors: ActorSuggester, text: str, published: dt.date
) -> None:
    names = [name for _, name, _ in _found(actors, text, published)]
    assert not [n for n in names if n.startswith(("Military Forces", "Militia (Pro-Gov"))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("قال الجيش الإسرائيلي في بيان إن قواته استهدفت موقعا للحزب", dt.date(2023, 1, 1),
         ("قواته", "Military Forces of Israel (2022-)")),
        ("فيما أقرّ «حزب الله» بمقتل ثلاثة من عناصره", dt.date(2016, 1, 1),
         ("عناصره", "Hezbollah")),
    ],
)  # fmt: skip
def test_a_party_s_forces_named_by_its_pronoun(
    actors: ActorSuggester, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in [(found, name) for found, name, _ in _found(actors, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "ألقت قوات الأمن القبض على خلية مسلحة واعتقلت عناصرها",
        "قصفت قوات النظام البلدة، بينما نفت وزارة الدفاع الروسية ذلك، مؤكدة أن طائراتها لم تحلق",
        "قالت «قسد» المدعومة من التحالف الدولي إن قواتها صدت الهجوم",
    ],
)
def test_no_pronoun_forces_for_an_unnamed_group_or_another_speaker(
    actors: ActorSuggester, text: str
) -> None:
    found = _found(actors, text, dt.date(2019, 1, 1))
    assert not [span for span, _, _ in found if span in ("عناصرها", "طائراتها")]
    assert ("قواتها", "Global Coalition Against Daesh") not in [(s, n) for s, n, _ in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل 33 جندياً تركياً بغارة جوية في إدلب.. والمعارضة تستعيد سراقب", "المعارضة"),
        ("اتفاق برعاية روسية يُنهي سيطرة المعارضة على ريف القنيطرة", "المعارضة"),
        ("المعارضة السورية تسيطر على مطار تفتناز العسكري", "المعارضة السورية"),
    ],
)
def test_the_opposition_alone_taking_ground_is_its_armed_factions(
    actors: ActorSuggester, text: str, expected: str
) -> None:
    assert (expected, "Opposition Rebels (Syria)", 2) in _found(actors, text, IN_2021)


@pytest.mark.parametrize(
    "text",
    [
        "وسط اتهامات من المعارضة لحزب الله بقيادة العمليات",
        "لإطلاق مفاوضات جنيف بين وفدي الحكومة والمعارضة",
        "وتبدو المعارضة منقسمة حول المشاركة في المؤتمر",
    ],
)
def test_the_opposition_spoken_of_is_no_armed_party(actors: ActorSuggester, text: str) -> None:
    assert "Opposition Rebels (Syria)" not in [name for _, name, _ in _found(actors, text)]


def test_the_protection_units_by_their_short_name_not_civil_protection(
    actors: ActorSuggester,
) -> None:
    assert ("وحدات الحماية", "YPG: Peoples Protection Units", 2) in _found(
        actors, "ووحدات الحماية تسيطر على محيط تل حميس"
    )
    assert _found(actors, "انتشرت وحدات الحماية المدنية في الحي") == []


def test_helicopters_named_again_are_the_ones_named_before(actors: ActorSuggester) -> None:
    text = (
        "قتل 37 مدنياً جراء إلقاء مروحيات النظام براميل متفجرة. "
        "وقال مراسل الشبكة إن المروحيات ألقت 18 برميلاً"
    )
    assert ("المروحيات", "Military Forces of Syria (2000-)", 1) in _found(
        actors, text, dt.date(2013, 12, 17)
    )


def test_fighters_withdrawn_from_the_front_line_are_no_front(actors: ActorSuggester) -> None:
    text = "وسيطرت جبهة النصرة على الحاجز. وسحب حزب الله مقاتلين من الجبهة لتعزيز مواقعه"
    assert "الجبهة" not in [span for span, _, _ in _found(actors, text, dt.date(2014, 4, 15))]


def test_a_state_s_airborne_raid_by_its_adjective(actors: ActorSuggester) -> None:
    text = "هجوم لداعش يقتل ثلاثة في ذيبان.. وإنزال أمريكي في الشحيل"
    assert ("إنزال أمريكي", "Military Forces of the United States (2025-)", 8) in _found(
        actors, text, dt.date(2025, 9, 18)
    )


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر إن المعارضة تقدمت بمقترح جديد في جنيف",
        "المعارضة تشن حملة انتقادات على الحكومة",
        "احتفلت الأحزاب بعد سيطرة المعارضة على بلدية إسطنبول",
    ],
)
def test_the_opposition_in_politics_is_no_armed_party(actors: ActorSuggester, text: str) -> None:
    assert "Opposition Rebels (Syria)" not in [name for _, name, _ in _found(actors, text)]


def test_the_opposition_after_its_verb_of_taking(actors: ActorSuggester) -> None:
    assert ("المعارضة", "Opposition Rebels (Syria)", 2) in _found(
        actors, "وسيطرت المعارضة على بلدة مورك", IN_2021
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأعلنت وحدات الحماية النسائية مقتل مقاتلتين", "YPJ: Womens Protection Units"),
        ("وقال قائد وحدات الحماية الذاتية في السويداء إن الوضع هادئ", None),
    ],
)
def test_other_protection_units(actors: ActorSuggester, text: str, expected: str | None) -> None:
    names = [name for span, name, _ in _found(actors, text) if "وحدات" in span]
    assert names == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text", ["وكانت أنقرة قد خسرت 13 جنديا في القصف", "وخسرت تركيا ثلاثة جنود في الهجوم"]
)
def test_soldiers_a_state_lost_are_its_own(text: str) -> None:
    found = Pipeline(None).suggest(text, IN_2021)
    assert [s.value["name"] for s in found if s.kind == "actor" and s.text.startswith("جن")] == [
        "Military Forces of Turkey (2016-)"
    ]


def test_the_mobilisation_named_again_and_the_kurdish_internal_security(
    actors: ActorSuggester,
) -> None:
    text = (
        "الجيش السوري يكسر حصار دير الزور.. والحشد يقصف «داعش» قرب البوكمال. "
        "وقال المتحدث باسم قيادة عمليات الحشد الشعبي إن «قطعات الحشد قصفت بالمدفعية»"
    )
    found = _found(actors, text, dt.date(2017, 9, 6))
    assert [span for span, name, _ in found if name.startswith("PMF")] == [
        "الحشد",
        "الحشد الشعبي",
        "الحشد",
    ]
    assert "PMF: Popular Mobilization Forces" not in [
        name for _, name, _ in _found(actors, "وتشهد المنطقة الحشد العسكري للجيش التركي")
    ]
    assert ("الأمن الداخلي الكردي", "Asayish (Syria)", 2) in _found(
        actors, "غارات على مواقع للأسايش (الأمن الداخلي الكردي) في الحسكة"
    )


def test_our_forces_are_the_speaker_s_whatever_party_is_named_between(
    actors: ActorSuggester,
) -> None:
    text = (
        "وقال مصدر في قيادة الأسايش إن الغارات، التي تزامنت مع قصف مدفعي من قوات النظام، "
        "أسفرت عن مقتل 12 مدنياً، مؤكداً أن «قواتنا تخوض اشتباكات عنيفة في حي النشوة»."
    )
    assert ("قواتنا", "Asayish (Syria)", 2) in _found(actors, text, dt.date(2016, 8, 19))


@pytest.mark.parametrize(
    ("text", "fighting"),
    [
        ("وسيطرت المعارضة على بلدية إسطنبول للمرة الأولى", False),
        ("وسيطرت المعارضة التركية على بلدية إسطنبول", False),
        ("وتستعيد المعارضة ثقة الشارع", False),
        ("المعارضة تستهدف مطار حماة العسكري", True),
        ("المعارضة تصد هجوما لقوات النظام", True),
        ("واستعادت المعارضة السيطرة على البلدة", True),
    ],
)
def test_the_opposition_by_what_it_does(actors: ActorSuggester, text: str, fighting: bool) -> None:
    names = [name for span, name, _ in _found(actors, text, IN_2021) if span == "المعارضة"]
    assert names == (["Opposition Rebels (Syria)"] if fighting else [])


@pytest.mark.parametrize(
    "text",
    [
        "وتواصل تركيا الحشد على الحدود، فيما أعلن الحشد الشعبي استنفار قواته",
        "ألقت مروحيات النظام براميل على البلدة. وأعلنت واشنطن أنها ستسلم العراق المروحيات",
        "وسيطرت فرقة الحمزة على القرية. وقتل مقاتلون من الفرقة 17 في الهجوم",
        "وشهدت مدينة دير الزور إنزال جوي روسي لمساعدات غذائية",
    ],
)
def test_massing_aircraft_sold_a_numbered_division_and_an_aid_drop_name_no_party(
    actors: ActorSuggester, text: str
) -> None:
    spans = [span for span, _, _ in _found(actors, text, IN_2021)]
    assert not {"الحشد", "المروحيات", "الفرقة", "إنزال جوي روسي"} & set(spans)


def test_our_forces_are_the_spokesman_s_not_a_commander_s_killed(actors: ActorSuggester) -> None:
    text = (
        "وقال المتحدث باسم «قسد» إن الغارة أسفرت عن مقتل قائد في «داعش»، "
        "مضيفا أن «قواتنا تواصل التقدم»"
    )
    assert ("قواتنا", "QSD: Syrian Democratic Forces", 2) in _found(actors, text, IN_2021)


def test_a_pair_of_soldiers_a_state_lost(actors: ActorSuggester) -> None:
    found = Pipeline(None).suggest("وخسرت تركيا جنديين في قصف على نقطة المراقبة", IN_2021)
    assert [s.value["name"] for s in found if s.kind == "actor"] == [
        "Military Forces of Turkey (2016-)"
    ]


IN_2014 = dt.date(2014, 9, 24)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("واصلت الولايات المتحدة وحلفاؤها، اليوم الأربعاء، ولليوم الثاني على التوالي، "
         "شن غارات جوية على مواقع التنظيم", "الولايات المتحدة"),
        ("واشنطن وحلفاؤها يواصلون غاراتهم على مواقع «داعش» في الرقة", "واشنطن"),
        ("وأعلنت القيادة المركزية أن القوات الأمريكية نفذت 14 ضربة جوية", "القوات الأمريكية"),
        ("كما استهدفت ضربات أمريكية منفردة مواقع لجبهة النصرة", "ضربات أمريكية"),
    ],
)  # fmt: skip
def test_the_us_military_under_obama_and_a_state_campaigning_with_its_allies(
    actors: ActorSuggester, text: str, span: str
) -> None:
    assert (span, "Military Forces of the United States (2009-2017)", 8) in _found(
        actors, text, IN_2014
    )


def test_a_state_pressing_over_another_s_strikes_is_no_party(actors: ActorSuggester) -> None:
    text = "واصلت روسيا ضغوطها الدبلوماسية على أنقرة بشأن غارات التحالف على الرقة"
    assert "روسيا" not in [span for span, _, _ in _found(actors, text, IN_2014)]


def test_the_islamic_resistance_is_hezbollah_unless_the_article_names_iraq_s(
    actors: ActorSuggester,
) -> None:
    lebanese = "واصل الجيش العربي السوري ومجاهدو المقاومة الإسلامية عملياتهم في الزبداني"
    assert ("مجاهدو المقاومة الإسلامية", "Hezbollah", 3) in _found(actors, lebanese, IN_2014)
    iraqi = (
        "تبنت المقاومة الإسلامية في العراق هجوماً بمسيرة على قاعدة التنف. "
        "وقالت المقاومة الإسلامية إنها ستواصل هجماتها"
    )
    names = {name for _, name, _ in _found(actors, iraqi, dt.date(2024, 1, 10))}
    assert names == {"Islamic Resistance in Iraq"}


def test_a_brigade_named_again_but_not_a_general_s_rank(actors: ActorSuggester) -> None:
    text = (
        "أعلن «اللواء الثامن» حلّ نفسه. وقال اللواء في بيان مصوّر إن القرار جاء حقناً "
        "للدماء. وتسلمت الوزارة مقرات اللواء، وقال اللواء محمد الأحمد إن الأمر انتهى"
    )
    found = _found(actors, text, dt.date(2025, 4, 13))
    assert [span for span, name, _ in found if name == "Eighth Brigade"] == [
        "اللواء الثامن",
        "اللواء",
        "اللواء",
    ]


def test_a_zionist_attack_is_israel_s(actors: ActorSuggester) -> None:
    text = "عدوان صهيوني جديد يستهدف ميناء اللاذقية بعد أيام من غارات صهيونية على حلب"
    assert [(span, name) for span, name, _ in _found(actors, text, dt.date(2021, 12, 28))] == [
        ("عدوان صهيوني", "Military Forces of Israel (2021-2022)"),
        ("غارات صهيونية", "Military Forces of Israel (2021-2022)"),
    ]


def test_russia_s_aircraft_by_a_pronoun_are_its_air_force(actors: ActorSuggester) -> None:
    text = "فيما قالت وزارة الدفاع الروسية إن طائراتها دمّرت مستودعين للذخيرة"
    assert ("طائراتها", "Military Forces of Russia (2000-) Air Force", 8) in _found(
        actors, text, dt.date(2016, 5, 10)
    )


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("ما دفع العشرات من الجنود السوريين إلى العبور نحو الأراضي العراقية", "الجنود السوريين",
         "Military Forces of Syria (2000-)"),
        ("وقال ناشط إن «كتائب الأسد اقتحمت البلدة من محور بابنا»", "كتائب الأسد",
         "Military Forces of Syria (2000-)"),
        ("تصدى الجنود السوريون لهجوم إرهابي على الحاجز", "الجنود السوريون",
         "Military Forces of Syria (2000-)"),
    ],
)  # fmt: skip
def test_syrian_soldiers_and_assad_s_battalions(
    actors: ActorSuggester, text: str, span: str, name: str
) -> None:
    assert (span, name) in [(s, n) for s, n, _ in _found(actors, text, dt.date(2015, 9, 10))]


@pytest.mark.parametrize(
    "text",
    [
        "واصلت الولايات المتحدة وحلفاؤها انتقاد الغارات على الأحياء الشرقية لمدينة حلب",
        "بدأت الولايات المتحدة التحقيق في الضربات على قافلة المساعدات",
        "تواصل الولايات المتحدة دراسة خيارات الرد على الهجمات على قواتها",
        "واشنطن وحلفاؤها يشنون حملة إعلامية منظمة على موسكو",
        "صعدت روسيا لهجتها تجاه واشنطن بعد الضربات على مطار الشعيرات",
    ],
)
def test_a_state_speaking_of_strikes_or_waging_no_war_is_no_party(
    actors: ActorSuggester, text: str
) -> None:
    states = {"الولايات المتحدة", "واشنطن", "روسيا"}
    assert not states & {span for span, _, _ in _found(actors, text, IN_2014)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تبنت المقاومة الإسلامية في العراق هجوما بمسيرة على قاعدة التنف. وقال بيان "
         "للمقاومة الإسلامية إنها استهدفت القاعدة",
         ["Islamic Resistance in Iraq", "Islamic Resistance in Iraq"]),
        ("أعلنت المقاومة الإسلامية في العراق استهداف عين الأسد، فيما أعلن حزب الله أن "
         "المقاومة الإسلامية استهدفت ثكنة زرعيت",
         ["Islamic Resistance in Iraq", "Hezbollah", "Hezbollah"]),
        ("وقالت جبهة المقاومة الإسلامية في سوريا إنها استهدفت القاعدة", []),
    ],
)  # fmt: skip
def test_the_islamic_resistance_is_the_one_named_nearest_before(
    actors: ActorSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(actors, text, dt.date(2024, 1, 10))] == expected


def test_another_numbered_brigade_and_a_general_named_since_are_not_the_eighth(
    actors: ActorSuggester,
) -> None:
    in_2025 = dt.date(2025, 4, 13)
    assert _found(actors, "وصلت قوة من اللواء الثامن عشر إلى درعا", in_2025) == []
    text = (
        "أعلن «اللواء الثامن» حل نفسه، فيما قال محافظ درعا اللواء أنور الزعبي إن الأمن "
        "مستتب. وأضاف اللواء، في تصريح لـ«سانا»، أن الطرق فتحت"
    )
    assert [span for span, _, _ in _found(actors, text, in_2025)] == ["اللواء الثامن"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("بعد اشتباكات مع حرس الخابور والمجلس العسكري السرياني", "حرس الخابور", "Khabour Guards"),
        ("كما أعلنت هيئة الحشد الشعبي أن قطعاتها قصفت تجمعات للتنظيم", "قطعاتها",
         "PMF: Popular Mobilization Forces"),
        ("وأضافت المصادر أن الجرافات الإسرائيلية هدمت منزلين على أطراف القرية",
         "الجرافات الإسرائيلية", "Military Forces of Israel (2022-)"),
    ],
)  # fmt: skip
def test_the_khabour_guards_the_mobilisation_s_units_and_bulldozers_demolishing(
    actors: ActorSuggester, text: str, span: str, name: str
) -> None:
    assert (span, name) in [(s, n) for s, n, _ in _found(actors, text, dt.date(2023, 3, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "استقبلت تركيا عشرات الجنود السوريين المنشقين عن جيش النظام",
        "تسلمت السلطات رفات جنود سوريين قتلوا في حرب تشرين عام 1973",
        "قرر الوزير ترقية عدد من العمداء إلى رتبة اللواء.",
        "وطاردت الشرطة المصرية البلطجي وشبيحته في حي شبرا",
    ],
)
def test_defectors_remains_a_rank_and_another_land_s_thugs_are_no_party(
    actors: ActorSuggester, text: str
) -> None:
    spans = {span for span, _, _ in _found(actors, text, dt.date(2015, 9, 10))}
    assert not spans & {"الجنود السوريين", "جنود سوريين", "اللواء", "شبيحته"}


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        ("اعتقلت وحدات من قوى الأمن الداخلي 23 مسلحاً في حي جوبر بحمص", dt.date(2012, 3, 5),
         "Police Forces of Syria (2000-)"),
        ("أطلقت قوى الأمن الداخلي حملة تمشيط في قرى ريف جبلة بعد الكمين", dt.date(2025, 3, 9),
         "Police Forces of Syria (2024-) General Security"),
        ("أعلنت قوى الأمن الداخلي (الأسايش) اعتقال خمسة أشخاص في الحسكة", dt.date(2023, 5, 2),
         "Asayish (Syria)"),
        ("قُتل عنصران من قوى الأمن الداخلي بضربة مسيّرة تركية قرب قامشلو", dt.date(2023, 5, 2),
         "Asayish (Syria)"),
    ],
)  # fmt: skip
def test_internal_security_is_the_asayish_only_where_the_article_names_the_northeast(
    actors: ActorSuggester, text: str, published: dt.date, name: str
) -> None:
    assert [n for s, n, _ in _found(actors, text, published) if "الأمن الداخلي" in s] == [name]


def test_gunmen_without_the_article_in_the_regime_s_words_are_the_opposition(
    actors: ActorSuggester,
) -> None:
    text = (
        "أحكمت وحدات من الجيش العربي السوري سيطرتها على الحي. وسقطت قذائف هاون أطلقها "
        "مسلحون على حي الزهراء، واعتقلت الوحدات 23 مسلحاً حاولوا الفرار. وأقلت الحافلات "
        "2100 شخص بينهم 650 مسلحاً. وهاجم مسلحون مجهولون حاجزاً"
    )
    found = _found(actors, text, dt.date(2012, 3, 5))
    assert [s for s, n, _ in found if n == "Opposition Rebels (Syria)"] == ["مسلحون", "مسلحاً"]
    # (not in another voice, nor after the regime's fall)
    elsewhere = "وسقطت قذائف هاون أطلقها مسلحون على حي الزهراء"
    assert [n for s, n, _ in _found(actors, elsewhere, dt.date(2012, 3, 5))] == []
    after = "قال الجيش العربي السوري إن مسلحين هاجموا الحاجز"
    assert "Opposition Rebels (Syria)" not in [
        n for _, n, _ in _found(actors, after, dt.date(2025, 3, 5))
    ]


def test_the_army_beside_the_general_security_after_the_fall_is_the_new_state_s(
    actors: ActorSuggester,
) -> None:
    text = "وأن وحدات من الأمن العام والجيش لاحقت المجموعة. وقتل 18 عنصراً من الجيش والأمن العام"
    found = _found(actors, text, dt.date(2025, 3, 9))
    assert [s for s, n, _ in found if n == "Military Forces of Syria (2024-)"] == [
        "والجيش",
        "الجيش",
    ]
    israeli = "قتل عناصر من الأمن العام والجيش الإسرائيلي"
    assert "Military Forces of Syria (2024-)" not in [
        n for _, n, _ in _found(actors, israeli, dt.date(2025, 3, 9))
    ]


def test_gunmen_loyal_to_the_ousted_president_are_the_old_army(actors: ActorSuggester) -> None:
    text = "حين شنّ مسلحون موالون للرئيس المخلوع بشار الأسد هجمات على حواجز الأمن العام"
    assert (
        "مسلحون موالون للرئيس المخلوع بشار الأسد",
        "Military Forces of Syria (2000-2024)",
        1,
    ) in _found(actors, text, dt.date(2025, 4, 1))


@pytest.mark.parametrize(
    ("text", "published", "names"),
    [
        ("أعلنت قوى الأمن الداخلي في منبج مقتل اثنين من عناصرها", dt.date(2020, 6, 1),
         ["Asayish (Syria)"]),
        ("قالت قوى الأمن الداخلي التابعة للإدارة الذاتية إنها اعتقلت مسؤولاً محلياً",
         dt.date(2020, 6, 1), ["Asayish (Syria)"]),
        ("ضبطت قوى الأمن الداخلي في لبنان شاحنة محملة بالكبتاغون قادمة من سوريا",
         dt.date(2020, 6, 1), []),
        ("أعلنت قوى الأمن الداخلي العراقية إحباط محاولة تسلل من الأراضي السورية",
         dt.date(2020, 6, 1), []),
        ("شنت قوى الأمن الداخلي حملة مداهمات في قرى جبل الأكراد بريف اللاذقية",
         dt.date(2016, 6, 1), ["Police Forces of Syria (2000-)"]),
        ("داهمت قوى الأمن الداخلي مزرعة في مدينة السلمية شمال شرق حماة", dt.date(2024, 12, 20),
         ["Police Forces of Syria (2024-) General Security"]),
    ],
)  # fmt: skip
def test_internal_security_abroad_and_in_the_northeast_s_towns(
    actors: ActorSuggester, text: str, published: dt.date, names: list[str]
) -> None:
    assert [n for s, n, _ in _found(actors, text, published) if "الأمن الداخلي" in s] == names


@pytest.mark.parametrize(
    "text",
    [
        "اشتبكت وحدات من حرس الحدود في الجيش العربي السوري مع مهربين مسلحين حاولوا التسلل",
        "استشهد عنصر من الجيش العربي السوري برصاص مسلحين على دراجة نارية في اليادودة",
        "تجددت الاشتباكات في طرابلس اللبنانية بين مسلحين، فيما واصل الجيش العربي السوري عملياته",
        "خرج 400 مسلحاً مع عائلاتهم من حي الوعر بموجب اتفاق التسوية، وفق الجيش العربي السوري",
    ],
)
def test_gunmen_the_regime_s_words_leave_unnamed(actors: ActorSuggester, text: str) -> None:
    assert "Opposition Rebels (Syria)" not in [
        n for _, n, _ in _found(actors, text, dt.date(2018, 6, 1))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "نفذ الجيش والأمن العام حملة دهم في مخيمات النازحين السوريين في بلدة عرسال اللبنانية",
        "قال الجيش والأمن العام اللبنانيان إنهما أوقفا 40 سورياً",
        "اشتبك مسلحون موالون للرئيس المخلوع عمر البشير مع قوات الدعم السريع في الخرطوم",
    ],
)
def test_another_state_s_army_and_ousted_president_are_not_syria_s(
    actors: ActorSuggester, text: str
) -> None:
    names = [n for _, n, _ in _found(actors, text, dt.date(2025, 4, 1))]
    assert not any(name.startswith("Military Forces of Syria") for name in names)


@pytest.mark.parametrize(
    ("text", "published", "names"),
    [
        # (the northeast's town named beside Iraq: still the Asayish)
        ("أعلنت قوى الأمن الداخلي في الحسكة ترحيل عائلات عراقية من مخيم الهول إلى العراق",
         dt.date(2025, 8, 20), ["Asayish (Syria)"]),
        # (Syria's own, smuggling to Lebanon or said Syrian)
        ("ضبطت قوى الأمن الداخلي في ريف حمص الغربي شحنة أسلحة معدة للتهريب إلى لبنان",
         dt.date(2025, 6, 15), ["Police Forces of Syria (2024-) General Security"]),
        ("سلمت قوى الأمن الداخلي السورية لبنان ثلاثة مطلوبين عند معبر جديدة يابوس",
         dt.date(2025, 6, 15), ["Police Forces of Syria (2024-) General Security"]),
        # (pictures are no town; a round-up's Damascus story; Manbij after the fall)
        ("وأظهرت الصور عناصر من قوى الأمن الداخلي وهم يعتقلون المتهمين في حي المزة بدمشق",
         dt.date(2025, 6, 15), ["Police Forces of Syria (2024-) General Security"]),
        ("وفي الحسكة، قصفت مسيّرة تركية موقعاً لقسد. وفي دمشق، اعتقلت قوى الأمن الداخلي ثلاثة",
         dt.date(2025, 6, 15), ["Police Forces of Syria (2024-) General Security"]),
        ("قالت قوى الأمن الداخلي في منبج إن عبوة ناسفة انفجرت بسيارة مدنية",
         dt.date(2025, 8, 20), ["Police Forces of Syria (2024-) General Security"]),
        # (Aleppo's Sulaymaniyah quarter is no Iraqi city)
        ("اعتقلت قوى الأمن الداخلي مسلحين في حي السليمانية", dt.date(2016, 6, 1),
         ["Police Forces of Syria (2000-)"]),
    ],
)  # fmt: skip
def test_internal_security_read_by_the_sentence_first(
    actors: ActorSuggester, text: str, published: dt.date, names: list[str]
) -> None:
    assert [n for s, n, _ in _found(actors, text, published) if "الأمن الداخلي" in s] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أقدم مسلحون على سرقة محطة وقود في حمص، وفق الجيش العربي السوري", []),
        ("اعتقلت الأجهزة المختصة شاباً مسلحاً حاول اقتحام منزل، وفق الجيش العربي السوري", []),
        ("شن مسلحو داعش هجوماً على مواقع الجيش العربي السوري، وقتل خلال الهجوم مسلحون أجانب",
         []),
        ("واصلت المجموعات المسلحة خرق اتفاق وقف الأعمال القتالية، حيث أطلق مسلحون قذائف على "
         "حلب الجديدة، وفق الجيش العربي السوري", ["مسلحون"]),
        ("وقعت اشتباكات بين مسلحين ووحدات من الجيش العربي السوري في ريف حماة", ["مسلحين"]),
        ("قتل الجيش العربي السوري عشرين مسلحاً في ريف حماة", ["مسلحاً"]),
    ],
)  # fmt: skip
def test_regime_voice_gunmen_in_a_truce_a_clash_or_a_count_but_not_crime_or_a_named_group(
    actors: ActorSuggester, text: str, expected: list[str]
) -> None:
    found = _found(actors, text, dt.date(2016, 4, 20))
    assert [s for s, n, _ in found if n == "Opposition Rebels (Syria)" and "مسلح" in s[:6]] == (
        expected
    )


def test_the_army_beside_the_security_by_the_adjective_or_the_places_named(
    actors: ActorSuggester,
) -> None:
    syrian = "دخلت قوات الجيش والأمن العام إلى مدينة السويداء، وسط قصف إسرائيلي استهدف الأرتال"
    assert ("الجيش", "Military Forces of Syria (2024-)") in [
        (s, n) for s, n, _ in _found(actors, syrian, dt.date(2025, 5, 10))
    ]
    lebanese = "نفذ الجيش والأمن العام مداهمات في بلدة حوش السيد علي بقضاء الهرمل"
    assert "Military Forces of Syria (2024-)" not in [
        n for _, n, _ in _found(actors, lebanese, dt.date(2025, 5, 10))
    ]


def test_kurdish_names_as_kurdish_outlets_spell_them(actors: ActorSuggester) -> None:
    text = "وتعتقل الأسايش أعضاء في المجلس الوطني الكوردي، وتقصف تركيا حزب العمال الكوردستاني"
    names = {n for _, n, _ in _found(actors, text, dt.date(2023, 5, 1))}
    assert {"KNC: Kurdish National Council", "PKK: Kurdistan Workers Party"} <= names


def test_a_former_name_in_brackets_is_the_group_named_before_it(actors: ActorSuggester) -> None:
    text = "وشنّ مقاتلو «جبهة فتح الشام» (النصرة سابقاً) و«حركة أحرار الشام» هجوماً معاكساً"
    found = _found(actors, text, dt.date(2016, 11, 28))
    assert [(s, n) for s, n, _ in found][:2] == [
        ("جبهة فتح الشام", "Jabhat Fateh al Sham"),
        ("النصرة", "Jabhat Fateh al Sham"),
    ]
    now = _found(actors, "وكانت «جبهة النصرة» (فتح الشام حالياً) قد سيطرت", dt.date(2016, 11, 2))
    assert [n for _, n, _ in now] == ["Jabhat Fateh al Sham", "Jabhat Fateh al Sham"]
    alone = _found(actors, "وهاجمت النصرة مواقع الفصائل", dt.date(2016, 3, 2))
    assert alone[0][1] == "Jabhat al Nusra"


def test_weapons_carried_or_stored_are_no_state_s_attack(actors: ActorSuggester) -> None:
    published = dt.date(2019, 5, 21)
    cargo = (
        "وقالت مصادر إسرائيلية إن الغارات طالت شحنات صواريخ إيرانية ومستودعات أسلحة روسية "
        "ومستودعاً للصواريخ الإيرانية"
    )
    assert [n for _, n, _ in _found(actors, cargo, published)] == []
    fired = "وسقطت صواريخ إيرانية على القاعدة"
    assert [n for _, n, _ in _found(actors, fired, published)] == [
        "Military Forces of Iran (1989-)"
    ]


def test_the_turkish_army_s_mercenaries_are_one_name(actors: ActorSuggester) -> None:
    text = "ارتكب مرتزقة جيش الاحتلال التركي، مساء أمس، مجزرة بحق عائلة نازحة"
    found = _found(actors, text, dt.date(2019, 10, 19))
    assert found[0][:2] == (
        "مرتزقة جيش الاحتلال التركي",
        "JWS: Syrian National Army",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرضت القاعدة الأمريكية في حقل العمر، مساء الثلاثاء، لهجوم بطائرات مسيّرة",
         ["القاعدة الأمريكية"]),
        ("إلى جانب هجوم بطائرة مسيرة على القاعدة الأمريكية في حقل العمر", ["القاعدة الأمريكية"]),
        ("وانسحبت القوات من القاعدة الأمريكية في التنف", []),
        ("في هجوم إرهابي استهدف قاعدة عسكرية أمريكية شمالي العراق", []),
        ("منذ بدء هجمات الفصائل على القواعد الأمريكية في سوريا", []),
        ("قصفت فصائل عراقية القاعدة الأمريكية في الشدادي", ["القاعدة الأمريكية"]),
        ("نفت القيادة المركزية تعرض القاعدة الأمريكية في التنف لهجوم", []),
        ("ولم تتعرض القاعدة الأمريكية في التنف لأي هجوم", []),
        ("تعرضت القاعدة الأمريكية في عين الأسد لهجوم صاروخي", []),
        ("تعرضت دورية قرب القاعدة الأمريكية في التنف لهجوم", []),
    ],
)  # fmt: skip
def test_a_state_s_base_is_its_forces_where_attacked_in_syria(
    actors: ActorSuggester, text: str, expected: list[str]
) -> None:
    found = _found(actors, text, dt.date(2021, 7, 8))
    assert [s for s, n, _ in found if n.startswith("Military Forces of the United")] == expected


def test_russian_shelling_is_its_air_force_where_the_article_tells_of_its_aircraft(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2017, 10, 2)
    text = "مجزرة بقصف روسي على سوق معرة مصرين، إذ استهدفت الطائرات الحربية الروسية السوق."
    assert _found(actors, text, published)[0][:2] == (
        "قصف روسي",
        "Military Forces of Russia (2000-) Air Force",
    )
    attacks = "وثّق التقرير الهجمات الروسية على المشافي، والطائرات الحربية الروسية تحلق فوقها."
    assert _found(actors, attacks, published)[0][:2] == (
        "الهجمات الروسية",
        "Military Forces of Russia (2000-)",
    )


def test_a_movement_named_again_as_the_movement_where_it_acts(actors: ActorSuggester) -> None:
    text = (
        "إثر اقتتال مع «حركة أحرار الشام الإسلامية» انتهى باتفاق قضى بانسحاب الحركة من "
        "المعبر، فيما شُلّت الحركة التجارية في المدينة."
    )
    found = _found(actors, text, dt.date(2017, 10, 2))
    assert [s for s, n, _ in found if n == "AAS: Ahrar al Sham"] == ["حركة أحرار الشام", "الحركة"]


def test_russian_artillery_or_naval_fire_stays_its_army_s(actors: ActorSuggester) -> None:
    text = "تعرضت اللطامنة لقصف مدفعي روسي. وقصفت الطائرات الحربية الروسية البلدة."
    found = _found(actors, text, dt.date(2019, 5, 5))
    assert found[0][:2] == ("قصف مدفعي روسي", "Military Forces of Russia (2000-)")


def test_a_threatened_base_and_a_part_of_an_umbrella_are_no_party_or_rename(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2019, 5, 5)
    threat = "هددت فصائل عراقية باستهداف القاعدة الأمريكية في التنف إذا استمر القصف"
    assert "القاعدة الأمريكية" not in [s for s, _, _ in _found(actors, threat, published)]
    part = "وكانت «وحدات حماية الشعب» (قوات سوريا الديمقراطية حالياً) قد سيطرت على البلدة"
    assert _found(actors, part, published)[0][1] == "YPG: Peoples Protection Units"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _pipeline_actors(pipeline: Pipeline, text: str, published: dt.date) -> list[tuple[str, str]]:
    return [
        (s.text, s.value["name"]) for s in pipeline.suggest(text, published) if s.kind == "actor"
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("هاجم مسلحون حاجزاً للأمن العام عند مدخل البلدة، ما أدى إلى مقتل عنصرين وإصابة آخرين.",
         dt.date(2025, 5, 1), ("عنصرين", "Police Forces of Syria (2024-) General Security")),
        ("استهدفت الفصائل تجمعاً لقوات النظام قرب بلدة آفس، ما أدى إلى مقتل 14 عنصراً.",
         dt.date(2019, 5, 1), ("عنصراً", "Military Forces of Syria (2000-)")),
    ],
)  # fmt: skip
def test_members_counted_are_the_force_whose_post_was_struck(
    pipeline: Pipeline, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in _pipeline_actors(pipeline, text, published)


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الهيئة في بيان مقتل ٣ عناصر على الأقل في المعارك.",
        "هاجم مسلحون حاجزاً للأمن العام، إلا أن عناصر الحاجز تمكنوا من صد الهجوم وقتل عنصرين.",
        "استهدف مسلحون حاجزاً للأمن العام في جاسم، فيما قُتل عنصران بانفجار لغم في بادية تدمر.",
        "انفجرت عبوة بسيارة تقل عناصر من الفرقة 25 قرب حاجز للأمن العام، ما أدى لمقتل عنصرين.",
        "وهاجم مسلحون دورية للأمن العام، وأسفرت العملية عن مقتل 4 عناصر مسلحين واعتقال 6.",
    ],
)
def test_members_counted_of_another_side_are_not_the_post_s(pipeline: Pipeline, text: str) -> None:
    found = _pipeline_actors(pipeline, text, dt.date(2025, 5, 1))
    assert not [span for span, _ in found if span.startswith("عنصر") or span == "عناصر"]


def test_citizens_gathering_in_a_protest_and_a_state_s_personnel(actors: ActorSuggester) -> None:
    published = dt.date(2019, 10, 19)
    text = "خرج آلاف المواطنين أمس في تظاهرة حاشدة. وقتل ثلاثة مواطنين في القصف."
    found = [(s, n) for s, n, _ in _found(actors, text, published)]
    assert found == [("المواطنين", "Protesters (Syria)"), ("مواطنين", "Civilians (Syria)")]
    personnel = "هجمات استهدفت منشآت يستخدمها الأفراد الأمريكيون في العراق"
    assert [n for _, n, _ in _found(actors, personnel, dt.date(2021, 7, 8))] == [
        "Military Forces of the United States (2021-)"
    ]


def test_citizens_near_a_protest_they_do_not_hold_and_personnel_not_at_war(
    actors: ActorSuggester,
) -> None:
    donors = "تجمع مئات المواطنين أمام المشفى للتبرع بالدم بعد إطلاق النار على المظاهرة."
    assert [n for _, n, _ in _found(actors, donors, dt.date(2019, 10, 19))] == ["Civilians (Syria)"]
    missing = "وطالبت عائلات الأفراد الأمريكيين المفقودين في سوريا بمعرفة مصيرهم"
    assert _found(actors, missing, dt.date(2021, 7, 8)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("أغارت طائرات F-16 الأردنية على مواقع للمهربين في البادية", dt.date(2022, 1, 27),
         ("طائرات F-16 الأردنية", "Military Forces of Jordan (1999-)")),
        ("وشنت مقاتلات سوخوي الروسية أربع غارات على أطراف البلدة", dt.date(2019, 5, 6),
         ("مقاتلات سوخوي الروسية", "Military Forces of Russia (2000-) Air Force")),
        ("قصفت طائرات إف-16 العراقية مقراً للتنظيم قرب الحدود", dt.date(2023, 2, 3),
         ("طائرات إف-16 العراقية", "Military Forces of Iraq (2022-) Air Force")),
    ],
)  # fmt: skip
def test_an_aircraft_s_model_between_it_and_its_state(
    actors: ActorSuggester, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in [(s, n) for s, n, _ in _found(actors, text, published)]


def test_a_model_is_no_aircraft_where_the_noun_is_no_aircraft(actors: ActorSuggester) -> None:
    text = "عثر الأهالي على قذائف 120 التركية في الحقل"
    assert _found(actors, text, dt.date(2020, 3, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "أبرمت مصر صفقة شراء طائرات سو-35 الروسية",
        "وقصفت طائرات سوخوي الروسية التابعة لسلاح الجو السوري بلدة كفرنبل",
    ],
)
def test_aircraft_sold_or_flown_by_another_are_no_attack_of_their_maker(
    actors: ActorSuggester, text: str
) -> None:
    names = [n for _, n, _ in _found(actors, text, dt.date(2019, 5, 6))]
    assert "Military Forces of Russia (2000-) Air Force" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات بيرقدار التركية مواقع لقوات النظام", "Military Forces of Turkey (2016-)"),
        ("قصفت مروحيات مي-8 الروسية قرى في ريف اللاذقية",
         "Military Forces of Russia (2000-) Air Force"),
        ('قصفت طائرات "سوخوي 25" الروسية بلدة حاس', "Military Forces of Russia (2000-) Air Force"),
    ],
)  # fmt: skip
def test_more_aircraft_models(actors: ActorSuggester, text: str, expected: str) -> None:
    assert expected in [n for _, n, _ in _found(actors, text, dt.date(2020, 2, 27))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الطيران الروسي سوق البلدة، ثم عادت الطائرات بعد ربع ساعة وقصفت المسعفين.",
         ("الطائرات", "Military Forces of Russia (2000-) Air Force")),
        ("استهدفت مسيّرة تركية دراجة نارية قرب عامودا. وقال شاهد إن المسيّرة أطلقت صاروخاً واحداً.",
         ("المسيّرة", "Military Forces of Turkey (2016-)")),
        ("شن الطيران الحربي الروسي غارات على المدينة. وقال مسعف: «الطائرات استهدفت الفرن».",
         ("الطائرات", "Military Forces of Russia (2000-) Air Force")),
        # ... not the air defences that met them
        ("أغارت الطائرات الإسرائيلية على مواقع قرب دمشق، وتصدت الدفاعات الجوية السورية لها. "
         "ثم عادت الطائرات لتستهدف مستودعاً في الكسوة.",
         ("الطائرات", "Military Forces of Israel (2009-)")),
        # ... the aircraft named before their force, or a side's own drones
        ("قصف طيران النظام السوري بلدة كفرزيتا، ثم ألقت المروحيات براميل على الأحياء.",
         ("المروحيات", "Military Forces of Syria (2000-)")),
        ("قتل مدنيان بقصف طائرة مسيرة تابعة للتحالف الدولي. وقال شاهد إن الطائرة المسيرة قصفت "
         "دراجة نارية.", ("الطائرة المسيرة", "Global Coalition Against Daesh")),
        ("قصف الطيران الروسي أطراف إدلب، وردت هيئة تحرير الشام بإطلاق طائرات مسيرة على مواقع "
         "النظام، واستهدفت المسيرات مدفعاً.", ("المسيرات", "HTS: Hayat Tahrir al Sham")),
    ],
)  # fmt: skip
def test_aircraft_named_again_where_they_strike(
    actors: ActorSuggester, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(s, n) for s, n, _ in _found(actors, text, dt.date(2019, 6, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "قصف الطيران الروسي سوق البلدة. وقال أحد السكان إن الطائرات عادت للتحليق فوق المدينة.",
        "قصف الطيران الروسي سوق البلدة. ونسمع هدير الطائرات طوال الليل.",
        "اقتحمت قوات النظام البلدة، ثم عادت الطائرة وقصفت المكان.",
        "أسقطت الدفاعات الطائرة المسيرة فوق المطار.",
        "قصف الطيران الروسي البلدة. وألقت المروحيات مناشير تطالب المسلحين بالاستسلام.",
        "قصف الطيران الروسي البلدة، ثم عادت الطائرة إلى التحليق فوقها دون أن تقصف.",
        "قصف الطيران الروسي البلدة أمس، ولم تستهدف الطائرات أي موقع اليوم.",
        "خرجت مسيرة شعبية في البلدة، ثم عادت المسيرة إلى الساحة التي قصفتها الطائرات الروسية.",
        "قصف الطيران الروسي البلدة، وأعلنت الفصائل أنها استهدفت الطائرة بصاروخ مضاد للطيران.",
    ],
)
def test_aircraft_only_flying_or_of_no_named_force_are_no_actor(
    actors: ActorSuggester, text: str
) -> None:
    found = [s for s, _, _ in _found(actors, text, dt.date(2019, 6, 1))]
    assert not [span for span in found if span in ("الطائرات", "الطائرة", "الطائرة المسيرة")]


def test_the_kurdish_forces_are_the_sdf_from_its_founding(actors: ActorSuggester) -> None:
    text = "وهاجم «داعش» مواقع القوات الكردية–العربية قرب البلدة"
    assert [(s, n) for s, n, _ in _found(actors, text, dt.date(2018, 11, 25))] == [
        ("داعش", "Islamic State (Syria)"),
        ("القوات الكردية–العربية", "QSD: Syrian Democratic Forces"),
    ]
    before = "سيطرت القوات الكردية على مدينة تل أبيض"
    assert [n for _, n, _ in _found(actors, before, dt.date(2015, 6, 15))] == [
        "YPG: Peoples Protection Units"
    ]
    iraq = "شنت قوات البيشمركة والقوات الكردية العراقية هجوماً قرب سنجار"
    assert "QSD: Syrian Democratic Forces" not in [
        n for _, n, _ in _found(actors, iraq, dt.date(2019, 1, 1))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل رجل يحمل الجنسية اللبنانية برصاص مجهولين في القصير",
         ("رجل", "Civilians (Lebanon)")),
        ("وأصيب طفلان من الجنسية العراقية بانفجار لغم قرب المخيم",
         ("طفلان", "Civilians (Iraq)")),
        ("قتل شاب يحمل الجنسية السورية على الحدود", ("شاب", "Civilians (Syria)")),
        ("قُتلت امرأة تحمل الجنسية المغربية في المخيم", ("امرأة", "Civilians (Morocco)")),
        ("قُتِلَت امرأةٌ تحمِلُ الجنسيةَ العراقيةَ في المخيم", ("امرأةٌ", "Civilians (Iraq)")),
    ],
)  # fmt: skip
def test_civilians_of_the_nationality_told_after_them(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _pipeline_actors(pipeline, text, dt.date(2022, 6, 1))


def test_the_free_army_by_its_adjective_in_quotation_marks(actors: ActorSuggester) -> None:
    published = dt.date(2012, 9, 1)
    headline = "«الحر» يسيطر على حاجز في ريف إدلب"
    assert [(s, n) for s, n, _ in _found(actors, headline, published)] == [
        ("الحر", "Opposition Rebels (Syria)")
    ]
    assert _found(actors, "اشتد الحر في الشمال السوري هذا الأسبوع", published) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("أعلنت وزارة الداخلية السورية أن دوريات من الأمن العام داهمت مستودعاً وضبطت أسلحة",
         dt.date(2025, 4, 2),
         ("وزارة الداخلية السورية", "Police Forces of Syria (2024-) General Security")),
        ("وقالت وزارة الداخلية في بيان إن وحداتها ألقت القبض على أفراد العصابة",
         dt.date(2013, 3, 9), ("وزارة الداخلية", "Police Forces of Syria (2000-)")),
    ],
)  # fmt: skip
def test_the_interior_ministry_announcing_what_its_units_did_is_their_force(
    actors: ActorSuggester, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in [(s, n) for s, n, _ in _found(actors, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت وزارة الداخلية السورية إن مسلحين مجهولين هاجموا حاجزاً على طريق حمص",
        "وأعلنت وزارة الداخلية السورية العثور على مقبرة جماعية في ريف دمشق",
        "ونفت وزارة الداخلية السورية أن تكون وحداتها اعتقلت أي صحفي",
    ],
)
def test_the_interior_ministry_telling_of_others_is_no_actor(
    actors: ActorSuggester, text: str
) -> None:
    found = [s for s, _, _ in _found(actors, text, dt.date(2025, 4, 2))]
    assert not [span for span in found if "وزارة الداخلية" in span]


def test_engineering_units_alone_are_the_army(actors: ActorSuggester) -> None:
    text = "وبعد دخول البلدة، باشرت وحدات الهندسة تفكيك الألغام التي زرعها المسلحون."
    assert ("وحدات الهندسة", "Military Forces of Syria (2000-)") in [
        (s, n) for s, n, _ in _found(actors, text, dt.date(2016, 3, 27))
    ]
    turkish = "وفككت وحدات الهندسة في الجيش التركي عشرات الألغام في عفرين."
    assert [(s, n) for s, n, _ in _found(actors, turkish, dt.date(2018, 3, 20))] == [
        ("الجيش التركي", "Military Forces of Turkey (2016-)")
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("أعلنت وزارة الداخلية العراقية أن قواتها اعتقلت خمسة عناصر قرب القائم",
         dt.date(2023, 1, 1)),
        ("أعلنت وزارة الداخلية في حكومة الإنقاذ أن وحداتها ألقت القبض على خلية في سرمدا",
         dt.date(2021, 5, 1)),
        ("بيروت – الوكالة الوطنية: قالت وزارة الداخلية في بيان إن وحداتها اعتقلت 25 شخصاً",
         dt.date(2023, 1, 1)),
    ],
)  # fmt: skip
def test_another_government_s_interior_ministry_is_not_syria_s_police(
    actors: ActorSuggester, text: str, published: dt.date
) -> None:
    names = [n for _, n, _ in _found(actors, text, published)]
    assert not [name for name in names if name.startswith("Police Forces of Syria")]


def test_the_interior_ministry_announcing_an_arrest_or_a_killing(actors: ActorSuggester) -> None:
    published = dt.date(2025, 3, 1)
    for text in (
        "أعلنت وزارة الداخلية السورية القبضَ على ثلاثة متورطين في الهجوم",
        "أعلنت وزارة الداخلية السورية أن وحداتها قتلت قيادياً في خلية للتنظيم",
    ):
        assert ("وزارة الداخلية السورية", "Police Forces of Syria (2024-) General Security") in [
            (s, n) for s, n, _ in _found(actors, text, published)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت هيئة تحرير الشام أن وحدات الهندسة فككت عبوة ناسفة في مدينة إدلب",
        "افتتح المستشفى الجامعي وحدة الهندسة الطبية الجديدة",
        "الموصل – وكالات: فككت وحدات الهندسة عشرات العبوات في المدينة القديمة بالموصل",
    ],
)
def test_engineering_units_of_another_force_or_none_are_not_syria_s_army(
    actors: ActorSuggester, text: str
) -> None:
    names = [n for _, n, _ in _found(actors, text, dt.date(2019, 1, 1))]
    assert "Military Forces of Syria (2000-)" not in names


def test_female_fighters_and_iraq_s_mountains_are_no_aircraft_nor_the_sdf(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2019, 1, 1)
    fighters = (
        "شن الطيران التركي غارات على القرية، وقالت وحدات حماية المرأة إن المقاتلات تمكنّ "
        "من تدمير دبابة."
    )
    assert "المقاتلات" not in [s for s, _, _ in _found(actors, fighters, published)]
    qandil = "قصفت المدفعية التركية مواقع القوات الكردية في جبال قنديل"
    assert "QSD: Syrian Democratic Forces" not in [
        n for _, n, _ in _found(actors, qandil, published)
    ]
    killed = "قصف الطيران التركي القرية، وقتلت المسيرة شخصين في سيارة."
    assert ("المسيرة", "Military Forces of Turkey (2016-)") in [
        (s, n) for s, n, _ in _found(actors, killed, published)
    ]


def test_third_review_s_aircraft_ministries_and_engineering_units(actors: ActorSuggester) -> None:
    published = dt.date(2020, 1, 1)
    downed = (
        "أسقط الجيش التركي طائرة مسيرة تابعة لقوات سوريا الديمقراطية، وكانت المسيرة قد "
        "استهدفت قاعدة قرب مارع."
    )
    assert ("المسيرة", "QSD: Syrian Democratic Forces") in [
        (s, n) for s, n, _ in _found(actors, downed, published)
    ]
    crashed = "سقطت طائرة حربية روسية في ريف اللاذقية، ودمرت الطائرة بالكامل بعد ارتطامها بالأرض."
    assert "الطائرة" not in [s for s, _, _ in _found(actors, crashed, published)]
    for abroad in (
        "أنقرة – أعلنت وزارة الداخلية القبض على عشرين شخصاً يشتبه بانتمائهم لتنظيم داعش.",
        "أعلنت وزارة الداخلية التابعة لحكومة الإنقاذ أن وحداتها ألقت القبض على متهمين.",
        "أعلنت وزارة الداخلية السورية أن وحدات من الجيش ألقت القبض على مهربين.",
        "أعلنت وزارة الداخلية السورية أن وحداتها لم تلق القبض على أي شخص.",
    ):
        names = [n for _, n, _ in _found(actors, abroad, dt.date(2025, 3, 1))]
        assert "Police Forces of Syria (2024-) General Security" not in names, abroad
    iraq = "بغداد – فككت وحدات الهندسة عشرات العبوات الناسفة في قضاء تلعفر."
    assert _found(actors, iraq, published) == []
    sana = "وقامت وحدات الهندسة بتفكيك عبوة ناسفة على طريق درعا."
    assert [(s, n) for s, n, _ in _found(actors, sana, dt.date(2016, 1, 1))] == [
        ("وحدات الهندسة", "Military Forces of Syria (2000-)")
    ]


def test_the_air_force_alone_is_the_regime_s_before_russia_joined(actors: ActorSuggester) -> None:
    in_2013 = dt.date(2013, 1, 22)
    strike = "وكان الطيران الحربي قد شنّ غارات على رأس العين في تشرين الثاني الماضي."
    assert [(s, n) for s, n, _ in _found(actors, strike, in_2013)] == [("الطيران الحربي", SYRIA)]
    barrels = "لافتاً إلى أن الطيران المروحي ألقى أكثر من 20 برميلاً متفجراً على البلدة."
    assert [(s, n) for s, n, _ in _found(actors, barrels, in_2013)] == [("الطيران المروحي", SYRIA)]
    # Helicopters dropping barrels are still the regime's after Russia came; warplanes
    # alone are no longer known to be.
    in_2017 = dt.date(2017, 5, 1)
    assert [n for _, n, _ in _found(actors, barrels, in_2017)] == [SYRIA]
    assert _found(actors, strike, in_2017) == []
    # Not another state's air force, nor aircraft only flying, nor abroad.
    russian = "وشن الطيران الحربي الروسي غارات على حلب."
    assert [n for _, n, _ in _found(actors, russian, in_2013)] == [
        "Military Forces of Russia (2000-) Air Force"
    ]
    assert _found(actors, "وحلق الطيران الحربي فوق المدينة طوال الليل.", in_2013) == []
    assert _found(actors, "وقصف الطيران الحربي مواقع في الموصل.", in_2013) == []
    # Named in the sentence after another's aircraft, not set against them: theirs.
    named = "شنت طائرات حربية روسية غارات على المدينة، ثم عاد الطيران الحربي وقصف مواقع في الريف."
    assert [n for _, n, _ in _found(actors, named, in_2013)] == [
        "Military Forces of Russia (2000-) Air Force"
    ] * 2


def test_a_name_that_begins_before_the_same_actor_s_longer_name_widens_it(
    actors: ActorSuggester,
) -> None:
    text = "في غارات جوية شنّها طيران التحالف الدولي بقيادة الولايات المتحدة أمس."
    assert _found(actors, text, dt.date(2017, 7, 19)) == [
        ("طيران التحالف الدولي بقيادة الولايات المتحدة", "Global Coalition Against Daesh", 8)
    ]


def test_a_state_s_convoy_struck_is_its_forces(actors: ActorSuggester) -> None:
    published = dt.date(2019, 8, 20)
    struck = "استهدفت غارة جوية، يُرجَّح أنها سورية، رتلاً عسكرياً تركياً أمس الاثنين قرب بلدة معرحطاط."
    assert ("رتلاً عسكرياً تركياً", "Military Forces of Turkey (2016-)") in [
        (s, n) for s, n, _ in _found(actors, struck, published)
    ]
    escorted = "استهدفت الطائرات سيارة لمسلحين كانت ترافق رتلاً عسكرياً تركياً دخل ريف إدلب."
    assert "Military Forces of Turkey (2016-)" not in [
        n for _, n, _ in _found(actors, escorted, published)
    ]


def test_armed_factions_alone_are_syria_s_rebels_not_another_state_s(
    actors: ActorSuggester,
) -> None:
    published = dt.date(2019, 8, 20)
    rebels = "بعد معارك عنيفة مع فصائل مسلحة في ريف إدلب الجنوبي."
    assert _found(actors, rebels, published) == [("فصائل مسلحة", "Opposition Rebels (Syria)", 2)]
    for text in (
        "قصفت فصائل مسلحة عراقية قاعدة في حقل العمر.",
        "هاجمت فصائل مسلحة موالية لإيران قاعدة التنف.",
    ):
        assert "Opposition Rebels (Syria)" not in [n for _, n, _ in _found(actors, text, published)]


def test_the_regime_s_security_committee(actors: ActorSuggester) -> None:
    text = "توصلت اللجنة المركزية إلى اتفاق مع اللجنة الأمنية التابعة للنظام برعاية روسية."
    assert ("اللجنة الأمنية التابعة للنظام", SYRIA) in [
        (s, n) for s, n, _ in _found(actors, text, dt.date(2021, 9, 1))
    ]


def test_first_review_s_air_force_alone_and_convoys(actors: ActorSuggester) -> None:
    in_2014 = dt.date(2014, 7, 15)
    for abroad in (
        "شن الطيران الحربي غارات على مدينة بنغازي الليبية.",
        "شن الطيران الحربي غارات على قطاع غزة، ما أدى إلى مقتل عشرة أشخاص.",
        "ألقى الطيران المروحي براميل متفجرة على مدينة الفلوجة.",
        "نفى مصدر عسكري أن يكون الطيران الحربي قد قصف حي بابا عمرو.",
        "ألقى الطيران المروحي مساعدات غذائية على مطار كويرس المحاصر.",
        "شن الطيران الحربي غارات على مدينة الرقة، وقالت مصادر إن الطائرات تابعة للتحالف الدولي.",
    ):
        assert ("الطيران الحربي", SYRIA) not in _named(actors, abroad, in_2014), abroad
        assert ("الطيران المروحي", SYRIA) not in _named(actors, abroad, in_2014), abroad
    # Set against another state's strikes, or dropping barrels: the regime's.
    jordan = (
        "شن الطيران الحربي الأردني غارات على مواقع التنظيم في الرقة، فيما شن الطيران "
        "الحربي غارات على مدينة دوما."
    )
    assert ("الطيران الحربي", SYRIA) in _named(actors, jordan, dt.date(2015, 2, 10))
    barrels = (
        "قال المرصد إن طائرات التحالف قتلت 10 مدنيين في الرقة، فيما ألقى الطيران المروحي "
        "براميل متفجرة على مدينة داريا."
    )
    assert ("الطيران المروحي", SYRIA) in _named(actors, barrels, dt.date(2016, 2, 10))
    # The same strike told again after another's aircraft: theirs.
    again = (
        "شن الطيران الروسي غارات مكثفة على مدينة خان شيخون، ثم عاد الطيران الحربي وشن "
        "غارات جديدة على المدينة."
    )
    assert ("الطيران الحربي", "Military Forces of Russia (2000-) Air Force") in _named(
        actors, again, dt.date(2017, 4, 2)
    )
    passive = "تعرض رتل عسكري تركي لقصف بقذائف الهاون قرب معبر باب الهوى."
    assert ("رتل عسكري تركي", "Military Forces of Turkey (2016-)") in _named(
        actors, passive, dt.date(2019, 7, 20)
    )


def test_helicopters_of_russian_make_are_no_russian_air_force(actors: ActorSuggester) -> None:
    text = "ألقت مروحيات روسية الصنع تابعة للنظام براميل متفجرة على المدينة."
    assert "Military Forces of Russia (2000-) Air Force" not in [
        n for _, n, _ in _found(actors, text, dt.date(2014, 7, 1))
    ]


def test_second_review_s_air_force_alone_and_factions(actors: ActorSuggester) -> None:
    joined = (
        "شن الطيران الأردني غارات على مواقع التنظيم في الرقة، وشن الطيران الحربي غارات على "
        "حي الوعر في حمص."
    )
    assert ("الطيران الحربي", SYRIA) in _named(actors, joined, dt.date(2015, 2, 1))
    later = (
        "ألقى الطيران المروحي براميل متفجرة على بلدة كفرزيتا، بينما استهدف الطيران الروسي "
        "بلدة اللطامنة."
    )
    assert ("الطيران المروحي", SYRIA) in _named(actors, later, dt.date(2016, 5, 3))
    helicopters = "ألقت المروحيات براميل متفجرة على مدينة داريا."
    assert _named(actors, helicopters, dt.date(2013, 5, 1)) == [("المروحيات", SYRIA)]
    iraq = "شنت فصائل مسلحة في العراق هجمات بطائرات مسيرة على أهداف إسرائيلية."
    assert "Opposition Rebels (Syria)" not in [
        n for _, n in _named(actors, iraq, dt.date(2024, 10, 10))
    ]
    backed = "شنت فصائل مسلحة مدعومة من تركيا هجوماً على قرية دابق."
    assert _named(actors, backed, dt.date(2016, 10, 10)) == [
        ("فصائل مسلحة", "Opposition Rebels (Syria)")
    ]


def test_code_review_s_air_force_and_convoys(actors: ActorSuggester) -> None:
    for text in (
        "شن الطيران الحربي غارات على مواقع الميليشيات العراقية في ريف حلب.",
        "شن الطيران الحربي غارات على بلدة في القلمون قرب الحدود مع لبنان.",
        "استهدف الطيران الحربي لليوم الثاني مدينة داريا.",
        "قام الطيران الحربي بقصف مدينة دوما.",
        "شن الطيران الحربي غارات على مستودع اسلحة في ريف دمشق.",
    ):
        assert SYRIA in _names(actors, text, dt.date(2014, 1, 1)), text
    for text in (
        "وعاد الطيران الحربي الى التحليق في سماء دوما.",
        "قام الطيران الحربي بالتحليق فوق دوما.",
        "ألقى الطيران المروحي صناديق ذخيرة للقوات المحاصرة في مطار منغ.",
    ):
        assert SYRIA not in _names(actors, text, dt.date(2014, 1, 1)), text
    turkey = "Military Forces of Turkey (2016-)"
    for text in (
        "غارات روسية على ادلب\nشاهد الاهالي رتلا تركيا يدخل المدينة",
        "رتلا تركيا في ادلب. تعرض المكان لقصف",
        "لم تستهدف الفصائل رتلا تركيا.",
    ):
        assert turkey not in _names(actors, text, dt.date(2019, 7, 20)), text
    american = "استهدف الطيران المسير رتلا اميركيا قرب الشدادي."
    assert "Military Forces of the United States (2017-)" in _names(
        actors, american, dt.date(2019, 7, 20)
    )


def test_third_review_s_air_force_factions_and_convoys(actors: ActorSuggester) -> None:
    israel = (
        "شن الطيران الحربي فجر الأحد غارات على مواقع قرب دمشق، وقال مسؤول إسرائيلي إن "
        "الطائرات الإسرائيلية نفذت الضربة."
    )
    assert SYRIA not in _names(actors, israel, dt.date(2013, 5, 5))
    kobani = "شن الطيران الحربي غارات على مواقع تنظيم الدولة في محيط مدينة عين العرب."
    assert SYRIA not in _names(actors, kobani, dt.date(2014, 10, 10))
    libya = "شن الطيران الحربي المصري غارات على مدينة درنة، فيما شن الطيران الحربي غارات على سرت."
    assert SYRIA not in _names(actors, libya, dt.date(2015, 2, 16))
    rebels = "Opposition Rebels (Syria)"
    for text, published in (
        ("اشتبكت فصائل مسلحة موالية للنظام مع عناصر الشرطة في السقيلبية.", dt.date(2016, 1, 1)),
        ("دخلت فصائل مسلحة تابعة للنظام إلى منطقة عفرين.", dt.date(2018, 2, 20)),
        ("هاجمت فصائل مسلحة قرى في ريف بانياس.", dt.date(2025, 3, 8)),
        ("اشتباكات بين فصائل مسلحة عشائرية وقوات سوريا الديمقراطية.", dt.date(2023, 8, 30)),
    ):
        assert rebels not in _names(actors, text, published), text
    aid = "استهدفت طائرة مسيرة رتلاً روسياً للمساعدات الإنسانية بالقرب من منبج."
    assert "Military Forces of Russia (2000-)" not in _names(actors, aid, dt.date(2019, 1, 1))


def test_the_bare_air_force_is_the_army_s_its_sentence_named_before_it(
    actors: ActorSuggester,
) -> None:
    syrian = (
        "ردّت وحدات الجيش العربي السوري على مصادر القذائف، ونفّذ سلاح الجو غارات مكثفة على "
        "أوكار الإرهابيين في حمورية."
    )
    assert ("سلاح الجو", "Military Forces of Syria (2000-)") in _named(
        actors, syrian, dt.date(2018, 3, 5)
    )
    israeli = "أغار الجيش الإسرائيلي على الجنوب، ونفذت طائرات سلاح الجو غارات على مواقع لحزب الله."
    assert ("سلاح الجو", "Military Forces of Israel (2022-)") in _named(
        actors, israeli, dt.date(2024, 10, 1)
    )
    # No army named before it, its owner told after it, or an army that speaks of it
    # (the enemy's, as a struck army reports): none.
    for text in (
        "تعرضت أربعة مشافٍ إلى هجمات بسلاح الجو، وتشير الأدلة إلى أنه تابع للقوات السورية.",
        "ونفذ سلاح الجو غارات على المدينة.",
        "قال الجيش اللبناني إن سلاح الجو شن أكثر من مئة غارة على الجنوب.",
        "قال الجيش التركي إن 33 جنديا قتلوا بغارة لسلاح الجو على مواقعهم في إدلب.",
    ):
        assert "سلاح الجو" not in [
            span for span, _name in _named(actors, text, dt.date(2018, 3, 5))
        ]


def test_dwellers_who_go_out_in_a_protest_are_protesters(actors: ActorSuggester) -> None:
    text = "خرج المئات من سكان الحيين في تظاهرة للمطالبة بتخفيف القيود على الحواجز."
    assert ("سكان", "Protesters (Syria)") in _named(actors, text, dt.date(2025, 10, 7))
    # Dwellers who fled or were counted: no protesters.
    fled = "نزح المئات من سكان الحيين بعد القصف، فيما خرجت تظاهرة في المدينة."
    assert "Protesters (Syria)" not in _names(actors, fled, dt.date(2025, 10, 7))


def test_a_unit_the_lexicon_does_not_know_is_the_actor_it_belongs_to(
    actors: ActorSuggester,
) -> None:
    text = "أعلنت «كتيبة شهداء دوما» التابعة للجيش السوري الحر أن مقاتليها استهدفوا حاجزاً."
    assert ("«كتيبة شهداء دوما»", "Opposition Rebels (Syria)") in _named(
        actors, text, dt.date(2012, 4, 7)
    )
    faction = "اشتباكات بين الجبهة الشامية، و«الفرقة 32» التابعة لحركة أحرار الشام."
    assert ("«الفرقة 32»", "AAS: Ahrar al Sham") in _named(actors, faction, dt.date(2016, 4, 7))
    # Not a hospital or another body belonging to a ministry.
    hospital = "وقال مدير «مستشفى الأمل» التابع لوزارة الصحة إن الجرحى وصلوا."
    assert [span for span, _name in _named(actors, hospital, dt.date(2016, 4, 7))] == []


def test_dwellers_protesting_abroad_are_no_syrian_protesters(actors: ActorSuggester) -> None:
    text = "خرج المئات من سكان بغداد في تظاهرة ضد الحكومة العراقية."
    assert "Protesters (Syria)" not in _names(actors, text, dt.date(2019, 10, 7))


def test_opposition_factions_former_kurdish_or_after_the_fall_are_no_rebels(
    actors: ActorSuggester,
) -> None:
    assert "Opposition Rebels (Syria)" in _names(
        actors, "انسحب مسلحو الهيئة وفصائل معارضة أخرى من المدينة.", dt.date(2019, 8, 22)
    )
    for text, published in (
        ("اشتبكت فصائل معارضة سابقا مع قوات الأمن العام في ريف حلب.", dt.date(2025, 2, 20)),
        ("شكلت فصائل معارضة كردية مجلسا عسكريا مشتركا في القامشلي.", dt.date(2013, 1, 17)),
        ("قالت مصادر ليبية إن فصائل معارضة اشتبكت مع قوات موالية في طرابلس.", dt.date(2020, 1, 1)),
    ):
        assert "Opposition Rebels (Syria)" not in _names(actors, text, published), text


def test_bashar_al_assad_s_forces(actors: ActorSuggester) -> None:
    text = "اتهم المجلس العسكري قوات بشار الأسد بالإمعان في معاقبة الأحياء."
    assert ("قوات بشار الأسد", "Military Forces of Syria (2000-)") in _named(
        actors, text, dt.date(2013, 4, 11)
    )


def test_residents_who_go_out_past_a_time_set_apart_to_a_sit_in(actors: ActorSuggester) -> None:
    text = "وخرج مئات من أهالي مرمريتا، مساء الأربعاء، في وقفة احتجاجية أمام الكنيسة."
    assert ("أهالي", "Protesters (Syria)") in _named(actors, text, dt.date(2025, 9, 4))


def test_the_opposition_fighters_and_the_army_s_snipers(actors: ActorSuggester) -> None:
    text = (
        "أسفرت الاشتباكات عن مقتل ستة جنود وثلاثة من المقاتلين المعارضين، فيما قُتل أربعة "
        "شبان برصاص قناصة الجيش المتمركزين على حاجز."
    )
    named = _named(actors, text, dt.date(2012, 6, 23))
    assert ("المقاتلين المعارضين", "Opposition Rebels (Syria)") in named
    assert ("قناصة الجيش", "Military Forces of Syria (2000-)") in named


def test_a_unit_s_target_or_a_gathering_belonging_to_another_is_no_unit(
    actors: ActorSuggester,
) -> None:
    for text, wrong in (
        ("قصفت كتيبة المدفعية المواقع التابعة لتنظيم داعش قرب المطار.", "كتيبة المدفعية"),
        ("قصف اللواء 47 المواقع التابعة للمعارضة المسلحة في ريف حماة.", "اللواء 47"),
        ("تجمع العشرات أمام المقر التابع لقوات سوريا الديمقراطية احتجاجا.", "تجمع العشرات"),
        ("أحيت فرقة الإنشاد التابعة لحزب الله حفلا في بيروت.", "فرقة الإنشاد"),
    ):
        spans = [span for span, _name in _named(actors, text, dt.date(2016, 6, 10))]
        assert not any(span.startswith(wrong) for span in spans), text


def test_a_unit_belonging_past_tatweel_and_quotes_and_named_with_any_letters(
    actors: ActorSuggester,
) -> None:
    for text, unit in (
        ("أعلنت كتيبة عمر التابعة لـ«حركة أحرار الشام» الهجوم.", "كتيبة عمر"),
        ("أعلنت كتيبة منصور التابعة لحركة أحرار الشام الهجوم.", "كتيبة منصور"),
    ):
        assert (unit, "AAS: Ahrar al Sham") in _named(actors, text, dt.date(2016, 6, 10)), text
    # A word that begins like a unit's is none (فرقهم: their teams).
    text = "قال إن فرقهم التابعة للحرس الثوري انسحبت."
    assert not any(
        span.startswith("فرقهم")
        for span in [s for s, _ in _named(actors, text, dt.date(2016, 6, 10))]
    )


def test_dwellers_who_fled_beside_another_s_protest_are_no_protesters(
    actors: ActorSuggester,
) -> None:
    text = "خرج المئات من سكان حي الوعر هربا من القصف، وقام ناشطون بتنظيم وقفة احتجاجية."
    assert "Protesters (Syria)" not in _names(actors, text, dt.date(2016, 6, 10))
