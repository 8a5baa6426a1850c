"""The source suggester: outlets after cue words, known and unknown outlets, the seed article."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.store.models import LexiconEntry
from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.lexicon import Lexicon
from annotator.suggest.pipeline import Pipeline
from annotator.suggest.sources import UNKNOWN_CONFIDENCE, SourceSuggester

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed_article_ar.txt"
SCALES = {
    "Local partner",
    "Subnational",
    "National",
    "Regional",
    "International",
    "New media",
    "Other",
}


@pytest.fixture(scope="module")
def sources() -> SourceSuggester:
    return SourceSuggester()


def _check_contract(text: str, suggestions: list[Suggestion]) -> None:
    previous_end = 0
    for suggestion in suggestions:
        assert suggestion.kind == "source"
        assert 0 <= suggestion.start < suggestion.end <= len(text)
        assert suggestion.text == text[suggestion.start : suggestion.end]
        assert suggestion.start >= previous_end  # text order, no overlaps
        previous_end = suggestion.end
        assert set(suggestion.value) == {"name", "source_scale"}
        assert suggestion.value["name"]
        assert all(part in SCALES for part in suggestion.value["source_scale"].split("-"))
        assert 0.0 < suggestion.confidence <= 1.0


def _rejected(key: str, target: str) -> LexiconEntry:
    """The entry annotator.services.learning keeps after one rejection."""
    return LexiconEntry(kind="source", surface=key, normalized=key, target=target, value={},
                        origin="learned", confidence=0.6)  # fmt: skip


def _found(suggester: SourceSuggester, text: str) -> list[tuple[str, str, str]]:
    found = suggester(SuggestContext.of(text))
    _check_contract(text, found)
    return [(s.text, s.value["name"], s.value["source_scale"]) for s in found]


def test_an_outlet_word_and_the_quotes_belong_to_the_span(sources: SourceSuggester) -> None:
    assert _found(sources, "وقالت شبكة “الخابور” المحلية، إن") == [
        ("شبكة “الخابور”", "Al-Khabour", "Subnational")
    ]
    assert _found(sources, "قالت شبكة “صبيخان الغد“، الموالية") == [
        ("شبكة “صبيخان الغد“", "Sabikhan al-Ghad", "New media")
    ]
    assert _found(sources, "بحسب شبكة “صوت الشرقية” المحلية") == [
        ("شبكة “صوت الشرقية”", "Sawt al-Sharqiya", "New media")
    ]
    assert _found(sources, "قالت وكالة «الأناضول»") == [
        ("وكالة «الأناضول»", "Anadolu Agency", "International")
    ]


def test_reporting_words_stay_outside_the_span(sources: SourceSuggester) -> None:
    assert _found(sources, "وأفاد المرصد السوري لحقوق الإنسان بأن") == [
        ("المرصد السوري لحقوق الإنسان", "SOHR", "Other")
    ]
    assert _found(sources, "بحسب “عنب بلدي”") == [("عنب بلدي", "Enab Baladi", "National")]
    assert _found(sources, "وذكرت فرات بوست") == [("فرات بوست", "Euphrates Post", "Subnational")]
    assert _found(sources, "نقلاً عن تجمع أحرار حوران والسويداء 24") == [
        ("تجمع أحرار حوران", "Horan Free League", "Subnational"),
        ("السويداء 24", "Suwayda 24", "Subnational"),
    ]
    assert _found(sources, "وفق ما نقلته رويترز") == [("رويترز", "Reuters", "International")]


def test_a_name_and_its_abbreviation_are_two_spans(sources: SourceSuggester) -> None:
    text = "ونقلت الوكالة السورية الرسمية للأنباء (سانا) حينها"
    assert _found(sources, text) == [
        ("الوكالة السورية الرسمية للأنباء", "SANA", "National"),
        ("سانا", "SANA", "National"),
    ]
    assert _found(sources, "بحسب (سانا)") == [("سانا", "SANA", "National")]
    assert _found(sources, "ذكرت سانا") == [("سانا", "SANA", "National")]


def test_ambiguous_names_need_a_cue(sources: SourceSuggester) -> None:
    assert _found(sources, "بحسب الجزيرة") == [("الجزيرة", "Al Jazeera", "Regional")]
    assert _found(sources, "قالت قناة الجزيرة") == [("قناة الجزيرة", "Al Jazeera", "Regional")]
    assert _found(sources, "في منطقة الجزيرة السورية") == []
    assert _found(sources, "وصلت إلى الجزيرة") == []
    assert _found(sources, "في الميادين شرقي دير الزور") == []
    assert _found(sources, "ذكرت قناة الميادين") == [("قناة الميادين", "Al Mayadeen", "Regional")]
    assert _found(sources, "على ضفاف نهر الخابور") == []


def test_an_unknown_outlet_in_quotes_after_an_outlet_word(sources: SourceSuggester) -> None:
    text = "ونقلت شبكة “صدى الوادي” المحلية"
    found = sources(SuggestContext.of(text))
    _check_contract(text, found)
    assert [(s.text, s.value, s.confidence) for s in found] == [
        ("شبكة “صدى الوادي”", {"name": "صدى الوادي", "source_scale": "Other"}, UNKNOWN_CONFIDENCE)
    ]
    assert _found(sources, "قال موقع “المدن”") == [("موقع “المدن”", "Al-Modon", "Regional")]
    assert _found(sources, "شبكة “…”، و شبكة “12”") == []
    assert _found(SourceSuggester(unknown_outlets=False), text) == []


def test_rejections_lower_unknown_and_known_outlets() -> None:
    # What annotator.services.learning keeps when coders reject a span.
    doubt = _rejected('شبكه "صدى الوادي"', "صدى الوادي")
    # The key is the span as shown: the outlet word and the name, quotes normalised.
    khabour = _rejected('شبكه "الخابور"', "Al-Khabour")
    suggester = SourceSuggester([doubt, khabour])
    text = "نقلت شبكة “صدى الوادي” وشبكة “الخابور” وبحسب الخابور"
    found = suggester(SuggestContext.of(text))
    _check_contract(text, found)
    assert [(s.text, s.value["name"], s.confidence) for s in found] == [
        ("شبكة “صدى الوادي”", "صدى الوادي", pytest.approx(UNKNOWN_CONFIDENCE * 0.6)),
        ("شبكة “الخابور”", "Al-Khabour", pytest.approx(0.6)),
        ("الخابور", "Al-Khabour", 1.0),
    ]


def test_learned_outlets_with_their_scale() -> None:
    learned = {
        "kind": "source",
        "surface": "شبكة صدى الوادي",
        "target": "Ayn al-Furat",
        "value": {"name": "Ayn al-Furat", "source_scale": "Local partner-New media"},
        "origin": "learned",
        "confidence": 1.0,
    }
    suggester = SourceSuggester([learned], lexicon=Lexicon.empty("source"))
    assert _found(suggester, "ونقلت شبكة “صدى الوادي” المحلية") == [
        ("شبكة “صدى الوادي”", "Ayn al-Furat", "Local partner-New media")
    ]


# annotator.text.normalize recurses without end on the presentation forms NFKC leaves as
# they are (﴾ ﴿ U+FD3E/F, U+FBB2..., noncharacters): a normalisation bug, not a matching one.
_NORMALIZE_RECURSES_ON = [
    chr(code)
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]
    if unicodedata.normalize("NFKC", chr(code)) == chr(code)
]
_FRAGMENTS = st.sampled_from(
    [
        "شبكة",
        "“الخابور”",
        "الخابور",
        "بحسب",
        "قالت",
        "الجزيرة",
        "(سانا)",
        "سانا",
        " (",
        ")",
        "الوكالة السورية الرسمية للأنباء",
        "موقع",
        '"',
        "“",
        "”",
        "«",
        "»",
        "'",
        " ",
        "و",
        "\u0640",
        "\u064e",
        "\u200f",
        "\n",
        "😀",
        "\ud83d",
        "\udca9",
        "\x07",
        "عنب بلدي",
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
@given(text=_TEXT)
def test_any_text_gives_exact_spans(sources: SourceSuggester, text: str) -> None:
    _check_contract(text, sources(SuggestContext.of(text)))


def test_the_seed_article(sources: SourceSuggester) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not available (the shared corpus beside the project)")
    text = SEED.read_text(encoding="utf-8")
    found = sources(SuggestContext.of(text))
    _check_contract(text, found)
    assert [(s.text, s.value["name"], s.value["source_scale"], s.confidence) for s in found] == [
        ("شبكة “الخابور”", "Al-Khabour", "Subnational", 1.0),
        ("الشبكة", "Al-Khabour", "Subnational", 0.6),  # بحسب الشبكة المحلية: cited again
        ("شبكة “صبيخان الغد“", "Sabikhan al-Ghad", "New media", 1.0),
        ("شبكة “صوت الشرقية”", "Sawt al-Sharqiya", "New media", 1.0),
        ("الوكالة السورية الرسمية للأنباء", "SANA", "National", 1.0),
        ("سانا", "SANA", "National", 1.0),
    ]


def test_an_unknown_outlet_without_quotes_ends_with_an_outlet_name_word(
    sources: SourceSuggester,
) -> None:
    assert _found(sources, "وقالت وكالة صدى الوادي للأنباء إن") == [
        ("وكالة صدى الوادي للأنباء", "صدى الوادي للأنباء", "Other")
    ]
    assert _found(sources, "بحسب موقع حماة نيوز") == [("موقع حماة نيوز", "حماة نيوز", "Other")]
    # An outlet word alone, or one followed by ordinary words, names no outlet.
    assert _found(sources, "أغلقت السلطات وكالة الأنباء في المدينة") == []
    assert _found(sources, "قطعت شبكة الكهرباء عن المستشفى") == []


def test_local_agencies_rescuers_and_rights_groups_are_known(sources: SourceSuggester) -> None:
    text = (
        "وأفادت وكالة ثقة للأنباء بأن فرق الدفاع المدني السوري انتشلت الضحايا، "
        "فيما وثّقت منظمة سوريون من أجل الحقيقة والعدالة الهجوم، ونشر الصحفي هادي العبدالله صوراً"
    )
    assert [(name, scale) for _text, name, scale in _found(sources, text)] == [
        ("Thiqa News Agency", "Subnational"),
        # (the Civil Defence recovering the dead is no source here)
        ("Syrians for Truth and Justice", "Other"),
        ("Hadi al-Abdallah", "New media"),
    ]
    # Names that are ordinary words (ثقة "trust") need an outlet word or a reporting word.
    assert _found(sources, "فقد الأهالي الثقة بالهدنة") == []


def test_media_centres_news_pages_and_journalists_by_name(sources: SourceSuggester) -> None:
    assert _found(sources, "نشر مركز كفرنبل الإعلامي مقطع فيديو") == [
        ("مركز كفرنبل الإعلامي", "مركز كفرنبل الإعلامي", "Other")
    ]
    assert _found(sources, "نشرت قناة أخبار تلبيسة مقطعًا") == [
        ("قناة أخبار تلبيسة", "أخبار تلبيسة", "Other")
    ]
    # A journalist is a new-media source; the title belongs to the span.
    assert _found(sources, "نشر الصحفي المواطن محمد بلعاس صورًا") == [
        ("الصحفي المواطن محمد بلعاس", "Mohammad Bilaas", "New media")
    ]
    # A nationality between title and name stays in the span, out of the name; a title
    # after a definite noun is its adjective (المركز الإعلامي), unless the noun is a person.
    assert _found(sources, "ونشر الصحفي البريطاني اليوت هيغينز") == [
        ("الصحفي البريطاني اليوت هيغينز", "اليوت هيغينز", "New media")
    ]
    assert _found(sources, "وقال المركز الإعلامي العام إن الطائرات") == []
    assert _found(sources, "قال المصور الصحفي أحمد العلي إن") == [
        ("المصور الصحفي أحمد العلي", "Ahmad al-Ali", "New media")
    ]
    assert _found(sources, "قال الزميل الصحفي أحمد العلي إن") == [
        ("الصحفي أحمد العلي", "Ahmad al-Ali", "New media")
    ]
    # An unknown outlet's name ends at the first word that ends names.
    assert _found(sources, "نشر موقع حماة نيوز خبرًا عن الإعلامي") == [
        ("موقع حماة نيوز", "حماة نيوز", "Other")
    ]
    # Activists and photographers too; names with عبد or أبو are one word longer.
    assert _found(sources, "قدّم لنا الناشط طارق عبد الحق صورة") == [
        ("الناشط طارق عبد الحق", "Tariq Abdul Haq", "New media")
    ]
    assert _found(sources, "قالت الناشطة الحقوقية سمر يزبك إن") == [
        ("الناشطة الحقوقية سمر يزبك", "سمر يزبك", "New media")
    ]
    assert _found(sources, "التقط المصور أبو علي المعراوي صورًا") == [
        ("المصور أبو علي المعراوي", "Abu Ali al-Maarawi", "New media")
    ]
    # Words that cannot be a name after the title give nothing: words with the article
    # (no given name has it), time words; nor does a victim of violence.
    for text in (
        "قال الناشط السياسي والحقوقي إن القصف",
        "وقال الناشط الإعلامي أمس الأربعاء إن الطائرات قصفت المدينة",
        "وثّق الناشط الشاب محمد العلي القصف",
        "ووثق الناشط القصف الجوي على المدينة",
        "اعتقلت قوات النظام الناشط محمد العلي",
        "قُتل المصور الصحفي أنس الدياب",
    ):
        assert _found(sources, text) == [], text
    assert _found(sources, "نشر الصحفي معرفة فيما إذا كان") == []
    assert _found(sources, "قال الصحفي أن غارة استهدفت المكان") == []
    assert _found(sources, "وصل الصحفي إلى المدينة") == []
    assert _found(sources, "نقل المصابون إلى مركز المدينة الطبي") == []


def test_taken_spans_tell_overlaps_by_bisection() -> None:
    taken = TakenSpans([(10, 20), (0, 100), (200, 210)])  # overlapping ones are merged
    assert taken.overlaps(50, 60) and taken.overlaps(95, 105) and taken.overlaps(205, 206)
    assert not taken.overlaps(100, 200) and not taken.overlaps(210, 300)
    taken.add(120, 130)
    assert taken.overlaps(125, 126) and not taken.overlaps(130, 200)


def test_a_health_directorate_is_a_source(sources: SourceSuggester) -> None:
    # Each governorate's directorate is known by its ACLED admin1 name ...
    assert _found(sources, "غارتان جويتان وفقًا لمديرية صحّة حماة") == [
        ("مديرية صحّة حماة", "Hama Health Directorate", "Subnational")
    ]
    assert _found(sources, "وأفادت مديرية صحة دير الزور الحرة بأن")[0][1:] == (
        "Deir-ez-Zor Health Directorate",
        "Subnational",
    )
    # ... and one of a smaller place is suggested as written.
    assert _found(sources, "بحسب مديرية صحة منبج") == [
        ("مديرية صحة منبج", "مديرية صحة منبج", "Other")
    ]
    assert _found(sources, "بحسب مديرية صحة إدلب") == [
        ("مديرية صحة إدلب", "Idleb Health Directorate", "Subnational")
    ]


def test_a_local_coordination_committee_is_a_source(sources: SourceSuggester) -> None:
    assert _found(sources, "ونشرت تنسيقية جسر الشغور خبرًا مع بعض الصور") == [
        ("تنسيقية جسر الشغور", "تنسيقية جسر الشغور", "Other")
    ]
    assert _found(sources, "وقالت تنسيقية داريا إن") == [
        ("تنسيقية داريا", "تنسيقية داريا", "Other")
    ]
    assert _found(sources, "وقالت تنسيقية مدينة داريا إن")[0][0] == "تنسيقية مدينة داريا"
    assert _found(sources, "وقالت تنسيقية الثورة إن") == []


def test_a_news_agency_written_out_is_the_agency(sources: SourceSuggester) -> None:
    # "وكالة أنباء X" and "شبكة أخبار X" are the outlet word and a noun of news.
    found = _found(sources, "نشرت وكالة أنباء قاسيون خبرًا، ونقلت شبكة أخبار ثقة صورًا")
    assert [(text, name) for text, name, _scale in found] == [
        ("وكالة أنباء قاسيون", "Qasioun News Agency"),
        ("شبكة أخبار ثقة", "Thiqa News Agency"),
    ]
    assert _found(sources, "بحسب وكالة أنباء سمارت")[0][1] == "SMART News Agency"
    # سمارت alone is an ordinary word unless a cue stands before it.
    assert _found(sources, "اشترى هاتفًا سمارت") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وصرحت وزارة الدفاع الروسية أن مستودعًا تابعًا للمعارضة استُهدف",
            "Ministry of Defence of Russia",
        ),
        (
            "وأعلنت وزارة الدفاع الأمريكية أن طائراتها استهدفت المسجد",
            "US Department of Defense",
        ),
        ("وأوضحت القيادة المركزية الأمريكية (سنتكوم) أن الغارة", "CENTCOM"),
        ("وحُمّلت مقاطع الفيديو من طرف وكالة الثقة", "Thiqa News Agency"),
    ],
)
def test_statements_cite_their_author(sources: SourceSuggester, text: str, name: str) -> None:
    assert {found[1] for found in _found(sources, text)} == {name}


def test_a_ministry_named_without_a_reporting_word_is_no_source(sources: SourceSuggester) -> None:
    assert _found(sources, "اجتماع في مقر وزارة الدفاع الروسية") == []


def test_civil_defence_is_a_source_only_where_it_reports(sources: SourceSuggester) -> None:
    # Rescuers at work, or a centre that was hit, are no source ...
    assert _found(sources, "وصلت فرق الدفاع المدني إلى المكان وانتشلت الضحايا") == []
    assert _found(sources, "استهدفت الغارة مركز الدفاع المدني في المدينة") == []
    # ... the organisation publishing or stating something is.
    for text in (
        "ونشر فريق الدفاع المدني فيديو يظهر عمليات الإنقاذ",
        "قتل 35 مدنيًا بحسب الدفاع المدني السوري",
        "وأعلن الدفاع المدني السوري انتشال الضحايا",
    ):
        assert [name for _text, name, _scale in _found(sources, text)] == ["Syria Civil Defence"]


def test_an_outlet_named_in_latin_letters_keeps_its_name(sources: SourceSuggester) -> None:
    assert _found(sources, "ونشرت وكالة SY Plus مقطعًا مصورًا") == [
        ("وكالة SY Plus", "SY Plus", "Other")
    ]
    assert _found(sources, "بحسب ما نشره موقع Levant Monitor") == [
        ("موقع Levant Monitor", "Levant Monitor", "Other")
    ]
    # A platform in lower case is no outlet's name.
    assert _found(sources, "ونشر عبر حساب twitter الخاص به") == []


def test_a_team_named_in_latin_letters_and_a_title_used_as_an_adjective(
    sources: SourceSuggester,
) -> None:
    assert _found(sources, "ونشر فريق Conflict Intelligence Team تحليلًا") == [
        ("فريق Conflict Intelligence Team", "Conflict Intelligence Team", "Other")
    ]
    # الإعلامية describes الوسائل here: no journalist named غربية.
    assert _found(sources, "نشرت الوسائل الإعلامية غربية خبرًا كاذبًا") == []


def test_journalists_the_lexicon_knows_take_their_english_name(sources: SourceSuggester) -> None:
    assert _found(sources, "ونشر الصحفي معاذ الشامي مقطعًا") == [
        ("معاذ الشامي", "Moaz al-Shami", "New media")
    ]


def test_a_building_named_after_an_outlet_cites_no_one(sources: SourceSuggester) -> None:
    assert _found(sources, "استهدفت الغارات مشفى الأورينت في كفرنبل") == []
    assert [name for _text, name, _scale in _found(sources, "ونقلت قناة أورينت")] == ["Orient News"]


def test_local_media_offices(sources: SourceSuggester) -> None:
    text = "ونشر مركز المعرة الإعلامي والمكتب الإعلامي لقوى الثورة السورية صورًا"
    assert [name for _text, name, _scale in _found(sources, text)] == [
        "Maarat al-Numan Media Center",
        "RFS Media Office",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "صفحة Facebook الخاصة بالمجلس",
        "منصة S-300 للدفاع الجوي",
        "اجتماع مجموعة G7 الدولية",
        "وصل المسلحون إلى القرية قبل الحدث بساعات.",
        "رفع المتظاهرون لافتات باسم الوطن",
    ],
)
def test_platforms_models_and_ordinary_words_cite_no_outlet(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []


def test_a_latin_name_ends_before_its_full_stop(sources: SourceSuggester) -> None:
    assert _found(sources, "وذكرت شبكة ABC. أن") == [("شبكة ABC", "ABC", "Other")]


def test_a_person_cited_is_the_same_source_when_named_again(sources: SourceSuggester) -> None:
    text = (
        "نشر الصحفي جميل الحسن بثًا مباشرًا، ثم نشرت قناة أورينت فيديو لمراسلهم جميل الحسن. "
        "وقال الحسن إن الطائرة حلّقت مرتين. "
        "كما نشر هادي العبدالله مقطعًا، ويقول العبد الله ضمن الفيديو إن القصف استمر."
    )
    assert _found(sources, text) == [
        ("الصحفي جميل الحسن", "Jamil al-Hassan", "New media"),
        ("قناة أورينت", "Orient News", "National"),
        ("جميل الحسن", "Jamil al-Hassan", "New media"),
        ("الحسن", "Jamil al-Hassan", "New media"),
        ("هادي العبدالله", "Hadi al-Abdallah", "New media"),
        ("العبد الله", "Hadi al-Abdallah", "New media"),
    ]


def test_a_family_name_of_abd_and_another_word_named_again(sources: SourceSuggester) -> None:
    text = "وقال مدير المرصد رامي عبد الرحمن إن القصف مستمر. وأضاف عبد الرحمن أن عددهم ارتفع."
    assert [(span, name) for span, name, _scale in _found(sources, text)][-1] == (
        "عبد الرحمن",
        "Rami Abdel Rahman",
    )


def test_a_family_name_without_the_article_named_again(sources: SourceSuggester) -> None:
    text = (
        "وقال المتحدث باسم «قسد» مصطفى بالي في تغريدة إن الهجوم صُدّ.\n\n"
        "وأضاف بالي أن سبعة من المقاتلين قُتلوا."
    )
    assert [(span, name) for span, name, _scale in _found(sources, text)] == [
        ("مصطفى بالي", "Mustafa Bali"),
        ("بالي", "Mustafa Bali"),
    ]
    # a kunya's second word is a son's given name, no family name (أبو محمد ... قال محمد)
    text = "وقال القيادي أبو محمد الحموي إن. وقال الناشط أبو عمر إن القصف مستمر. وقال عمر إن"
    assert "عمر" not in [span for span, _name, _scale in _found(sources, text)]


def test_a_dateline_line_of_a_place_and_the_outlet_in_brackets(sources: SourceSuggester) -> None:
    text = "الجيش يسيطر على اللطامنة\n\nدمشق (فارس)\n\nأعلنت القيادة العامة للجيش السيطرة"
    assert _found(sources, text)[0] == ("فارس", "Fars News Agency", "Regional")
    # a dateline whose date follows a bar may run long
    text = (
        "عنوان الخبر\n\nإباء – إدلب | الأربعاء 12 ذو القعدة 1439هـ"
        " الموافق 25 تموز/يوليو 2018\n\nأعلن"
    )
    assert _found(sources, text) == [("إباء", "Ebaa News Agency", "Subnational")]
    # the rider's name in brackets in running text is no outlet
    assert _found(sources, "وصل الفارس (فارس) إلى القرية") == []


def test_a_family_name_that_introduces_someone_new_is_no_later_mention(
    sources: SourceSuggester,
) -> None:
    text = (
        "وقال المتحدث باسم الفصيل أحمد محمد عبد الله إن القصف مستمر. "
        "وقال عبد الله، وهو من سكان البلدة، إن منزله دُمّر."
    )
    assert [span for span, _name, _scale in _found(sources, text)] == ["أحمد محمد عبد الله"]


def test_an_agency_whose_school_is_hit_is_no_source(sources: SourceSuggester) -> None:
    assert _found(sources, "قصفت قوات النظام مدرسة تابعة للأونروا في المخيم") == []
    assert [n for _s, n, _c in _found(sources, "وقالت الأونروا إن القصف طال مدرسة")] == ["UNRWA"]


def test_a_later_mention_is_no_surer_than_the_first(sources: SourceSuggester) -> None:
    found = sources(SuggestContext.of("قال الناشط جميل الحسن إن القصف مستمر، وأكد الحسن مقتل 3"))
    assert [s.text for s in found] == ["الناشط جميل الحسن", "الحسن"]
    assert found[1].confidence <= found[0].confidence


def test_a_family_name_alone_needs_a_reporting_word(sources: SourceSuggester) -> None:
    text = "نشر الصحفي جميل الحسن صورًا من حي الحسن في المدينة"
    assert _found(sources, text) == [("الصحفي جميل الحسن", "Jamil al-Hassan", "New media")]


def test_no_name_begins_with_a_time_word(sources: SourceSuggester) -> None:
    assert _found(sources, "يقول المصوّر أثناء التقاطه للمقطع إن الطائرة روسية") == []


def test_the_russian_ministry_of_defence_reports_after_a_reporting_word(
    sources: SourceSuggester,
) -> None:
    for text in ("وأعلنت وزارة الدفاع الروسي مقتل عنصرين", "بحسب وزارة الدفاع الروسية"):
        assert [name for _text, name, _scale in _found(sources, text)] == [
            "Ministry of Defence of Russia"
        ]
    assert _found(sources, "اتهمت المعارضة وزارة الدفاع الروسية بقصف المشفى") == []


def test_one_of_an_organisation_s_people_speaking_cites_it(sources: SourceSuggester) -> None:
    for text in (
        "وقال أحد أعضاء الدفاع المدني إن الغارة الأولى استهدفت المركز",
        "وقال عنصر الدفاع المدني: كنا في المركز",
        "أكد أحد عناصر فريق الدفاع المدني أن الطائرات عادت",
    ):
        assert [name for _text, name, _scale in _found(sources, text)] == ["Syria Civil Defence"]
    # Its people at work say nothing, even after a word that reports elsewhere (نقل).
    assert _found(sources, "وصل أحد عناصر الدفاع المدني إلى المكان") == []
    assert _found(sources, "نقل عناصر الدفاع المدني الجرحى إلى المشفى") == []


def test_a_person_conducting_an_interview_is_named_again(sources: SourceSuggester) -> None:
    text = "نشر معاذ الشامي مقطعًا مصورًا. وأجرى الشامي مقابلة مع أحد العاملين بالمستشفى"
    assert _found(sources, text) == [
        ("معاذ الشامي", "Moaz al-Shami", "New media"),
        ("الشامي", "Moaz al-Shami", "New media"),
    ]


def test_a_title_between_the_reporting_word_and_the_family_name(
    sources: SourceSuggester,
) -> None:
    text = "قال الصحفي جميل الحسن إن القصف مستمر. وأضاف د. الحسن أن الطائرات عادت"
    assert [s for s, _name, _scale in _found(sources, text)] == ["الصحفي جميل الحسن", "الحسن"]
    # Not across a comma inside the name.
    text = "نشر هادي العبدالله مقطعًا. وقال العبد، الله أكبر"
    assert [s for s, _name, _scale in _found(sources, text)] == ["هادي العبدالله"]


def test_the_ministry_of_defence_speaking_through_its_spokesman(sources: SourceSuggester) -> None:
    for text in (
        "قال المتحدث الرسمي باسم وزارة الدفاع الروسية إن الطائرات لم تقصف",
        "الصور التي نشرتها وزارة الدفاع الروسية",
        "وأضافت وزارة الدفاع الروسية أن",
    ):
        assert [name for _text, name, _scale in _found(sources, text)] == [
            "Ministry of Defence of Russia"
        ]


def test_a_cue_that_takes_lam_cites_the_outlet_after_it(sources: SourceSuggester) -> None:
    # وفقًا لـ: the name takes ل; with ال merged (للدفاع) the whole word is the span.
    assert _found(sources, "قُتل 38 شخصاً وفقًا للدفاع المدني") == [
        ("للدفاع المدني", "Syria Civil Defence", "Other")
    ]
    assert _found(sources, "وذلك طبقا لوزارة الدفاع الروسية") == [
        ("وزارة الدفاع الروسية", "Ministry of Defence of Russia", "International")
    ]
    # Not after any other word: the Civil Defence is also a rescuer and a building.
    assert _found(sources, "ذهب المصاب للدفاع المدني") == []
    assert _found(sources, "قال لوزارة الدفاع الروسية") == []
    # After who spoke, named between: the outlet told it (أفاد مصدر طبي للمنار).
    assert _found(sources, "وفق ما أفاد مصدر طبي ميداني للمنار.") == [
        ("للمنار", "Al-Manar", "Regional")
    ]
    assert _found(sources, "وصل وفد طبي للمنار.") == []


def test_research_groups_cited_in_reports(sources: SourceSuggester) -> None:
    text = (
        "وثقت هيومن راتس ووتش، وبيللينغ كات، ومركز كارتر، وشبكة أخبار حلب، وForensic Architecture"
    )
    assert [name for _, name, _ in _found(sources, text)] == [
        "Human Rights Watch",
        "Bellingcat",
        "Carter Center",
        "Aleppo News Network",
        "Forensic Architecture",
    ]


def test_an_outlet_cited_again_by_its_kind(sources: SourceSuggester) -> None:
    text = (
        'وذكرت شبكة "فرات بوست" المحلية أن الهجوم بدأ فجرا. وأضافت الشبكة أن عنصرين قتلا. '
        "وقال المرصد السوري لحقوق الإنسان إن. وقال مدير المرصد إن الغارات استهدفت الحي."
    )
    assert _found(sources, text) == [
        ('شبكة "فرات بوست"', "Euphrates Post", "Subnational"),
        ("الشبكة", "Euphrates Post", "Subnational"),
        ("المرصد السوري لحقوق الإنسان", "SOHR", "Other"),
        ("المرصد", "SOHR", "Other"),
    ]
    # Not without a reporting word, nor with no outlet of that kind named before.
    assert _found(sources, 'نشرت شبكة "فرات بوست" صورا. ودخلت الشبكة الكهربائية الخدمة') == [
        ('شبكة "فرات بوست"', "Euphrates Post", "Subnational")
    ]
    assert _found(sources, "وأضافت الشبكة أن عنصرين قتلا") == []


def test_a_quoted_outlet_after_lam_is_cited(sources: SourceSuggester) -> None:
    # الوطن is also "the homeland": only cued, as here, where sources told «Al-Watan».
    assert _found(sources, "وبيّنت مصادر أهلية لـ«الوطن» أن انفجارات سمعت") == [
        ("الوطن", "Al-Watan", "National")
    ]
    assert _found(sources, "ضحى من أجل الوطن") == []
    assert _found(sources, "بحسب ما أفاد به الدفاع المدني السوري") == [
        ("الدفاع المدني السوري", "Syria Civil Defence", "Other")
    ]
    assert _found(sources, "بيروت (أ ف ب) - قتل 21 مدنيا") == [("أ ف ب", "AFP", "International")]


def test_an_outlet_cited_again_mid_sentence(sources: SourceSuggester) -> None:
    # The reporting word right before the kind decides, whatever word stands before it.
    text = 'وذكرت شبكة "فرات بوست" المحلية أن. وقالت مصادر إن عنصرين قتلا وأفادت الشبكة عن اشتباكات'
    assert [(s, n) for s, n, _ in _found(sources, text)][-1] == ("الشبكة", "Euphrates Post")


FRANCE_MFA = "Ministry of Foreign Affairs of France"
SYRIAN_MFA = "Syrian Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عزت وزارة الخارجية الفرنسية خمس هجمات إلى النظام، وادّعت وزارة الخارجية وجود قرائن.",
            [
                ("وزارة الخارجية الفرنسية", FRANCE_MFA, "International"),
                ("وزارة الخارجية", FRANCE_MFA, "International"),  # named again
            ],
        ),
        (
            "أعلنت وزارة الداخلية السورية القبض على خلية. وأضافت الوزارة أن الخلية كانت تخطط.",
            [
                ("وزارة الداخلية السورية", "Syrian Ministry of Interior", "National"),
                ("الوزارة", "Syrian Ministry of Interior", "National"),
            ],
        ),
        (
            "قالت وزارة الخارجية والمغتربين السورية إن الغارة عدوان.",
            [
                (
                    "وزارة الخارجية والمغتربين السورية",
                    "Syrian Ministry of Foreign Affairs",
                    "National",
                )
            ],
        ),
        (
            "مقتل 80 شخصاً بحسب وزارة الصحة في حكومة النظام.",
            [("وزارة الصحة في حكومة النظام", "Syrian Ministry of Health", "National")],
        ),
        # no state named before: a bare ministry cited is Syria's own ...
        ("ادّعت وزارة الخارجية وجود قرائن.", [("وزارة الخارجية", SYRIAN_MFA, "National")]),
        (
            "وكانت وزارة الداخلية قد أعلنت إحباط محاولة تفجير.",
            [("وزارة الداخلية", "Syrian Ministry of Interior", "National")],
        ),
        (
            "وقال ناطق باسم وزارة الداخلية إن الخلية فككت، وفقا لوزارة الدفاع.",
            [
                ("وزارة الداخلية", "Syrian Ministry of Interior", "National"),
                ("وزارة الدفاع", "Syrian Ministry of Defence", "National"),
            ],
        ),
        # ... and one acting, or one only mentioned, is no source
        ("قبل أن تدفع وزارة الدفاع بتعزيزات إلى المنطقة.", []),
        ("تضم الفصائل المنضوية في وزارة الدفاع آلاف المقاتلين.", []),
        # after another state's ministry of that office, the bare one is that one again
        (
            "أعلنت وزارة الداخلية العراقية اعتقال خلية. وقالت وزارة الداخلية إن أفرادها سوريون.",
            [
                ("وزارة الداخلية العراقية", "Ministry of Interior of Iraq", "International"),
                ("وزارة الداخلية", "Ministry of Interior of Iraq", "International"),
            ],
        ),
        # an adjective that names no state
        ("أعلنت وزارة الدفاع الوطنية عن خطة.", []),
    ],
)
def test_a_state_s_ministry_is_a_source(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sources, text) == expected


def test_a_ministry_the_lexicon_lists_keeps_its_own_rule(sources: SourceSuggester) -> None:
    # The Russian ministry is accused too: only cited after a reporting word.
    text = "قالت وزارة الدفاع الروسية إن طائراتها لم تقصف. واتهمت المعارضة وزارة الدفاع الروسية."
    assert _found(sources, text) == [
        ("وزارة الدفاع الروسية", "Ministry of Defence of Russia", "International")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكان تقرير المفوضية السامية للأمم المتحدة لحقوق الإنسان قد نص على ذلك.", "OHCHR"),
        (
            "أصدرت لجنة التحقيق المشتركة بين الأمم المتحدة ومنظمة حظر الأسلحة الكيميائية تقريرا.",
            "OPCW-UN Joint Investigative Mechanism",
        ),
        ("ووثقت منظمة أطباء لحقوق الإنسان الهجوم.", "Physicians for Human Rights"),
    ],
)
def test_un_bodies_and_rights_groups_are_known(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert [found[1] for found in _found(sources, text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet's own dateline, on a short line after a place and a mark
        ("قصف على أعزاز\n\nأعزاز/ الأناضول\n\nقُتل 3 مدنيين", [("الأناضول", "Anadolu Agency")]),
        ("القامشلي – نورث برس\n\nقتل عنصران", [("نورث برس", "North Press Agency")]),
        ("درعا (جنوب سوريا): «الشرق الأوسط»\n\nقتل", [("الشرق الأوسط", "Asharq Al-Awsat")]),
        # the outlet told, then "that"
        ("وقال مسؤول محلي للأناضول، إن فرق الإنقاذ وصلت", [("للأناضول", "Anadolu Agency")]),
        # a second name in brackets needs no cue of its own
        (
            "وقال الدفاع المدني السوري (الخوذ البيضاء) إن",
            [
                ("الدفاع المدني السوري", "Syria Civil Defence"),
                ("الخوذ البيضاء", "Syria Civil Defence"),
            ],
        ),
        # one of its people "in" the organisation speaks for it
        (
            "وقال مسؤول في الدفاع المدني السوري إن",
            [("الدفاع المدني السوري", "Syria Civil Defence")],
        ),
        # a place or rescuers, not an outlet
        ("سافر إلى الأناضول. وعاد", []),
        ("وصلت فرق (الخوذ البيضاء) إلى المكان", []),
    ],
)
def test_datelines_outlets_told_and_second_names_are_cited(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عنوان\n\nالأخبار ــ دير الزور\n\nبعد نحو ثلاث سنوات", [("الأخبار", "Al-Akhbar")]),
        ("ريف دمشق (سمارت) - قُتل 38 مدنيا", [("سمارت", "SMART News Agency")]),
        ("وعلمت «الأخبار» من مصادر ميدانية", [("الأخبار", "Al-Akhbar")]),
        ("آخر الأخبار - عاجل", []),
        (
            "وبحسب الأمم المتحدة، أجبر الهجوم آلافا على النزوح",
            [("الأمم المتحدة", "United Nations")],
        ),
        ("دعت الأمم المتحدة إلى وقف القتال", []),
        ('تبناه التنظيم عبر وكالة "أعماق" التابعة له', [('وكالة "أعماق"', "Amaq News Agency")]),
        (
            "أعلن المركز الروسي للمصالحة",
            [("المركز الروسي للمصالحة", "Ministry of Defence of Russia")],
        ),
        ("وبثّ «الإعلام الحربي المركزي» مشاهد", [("الإعلام الحربي المركزي", "Central War Media")]),
    ],
)
def test_more_datelines_and_outlets(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_outlets_of_datelines_and_cues(sources: SourceSuggester) -> None:
    assert _found(sources, "بيروت - اندبندنت عربية") == [
        ("اندبندنت عربية", "Independent Arabia", "Regional")
    ]
    assert _found(sources, "وقال مراسل كوردستان 24 إن") == [
        ("كوردستان 24", "Kurdistan 24", "Regional")
    ]
    # سوريا على طول is Syria Direct after a cue only: the words also run in a sentence
    assert _found(sources, "قال مصدر طبي لـ«سوريا على طول» إن") == [
        ("سوريا على طول", "Syria Direct", "National")
    ]
    assert _found(sources, "يمتد الجدار في سوريا على طول الحدود") == []


def test_parties_that_state_something_and_more_outlets(sources: SourceSuggester) -> None:
    # an armed party is a source where it states something, and the actor elsewhere
    text = "من جهتها، قالت قوات سوريا الديمقراطية (قسد) في بيان، إن مقاتليها صدّوا هجوماً"
    assert _found(sources, text) == [
        ("قوات سوريا الديمقراطية", "SDF", "Other"),
        ("قسد", "SDF", "Other"),
    ]
    assert _found(sources, "هاجمت قسد مواقع للفصائل") == []
    assert _found(sources, "وقال الجيش الإسرائيلي إنه ضرب مواقع") == [
        ("الجيش الإسرائيلي", "Israel Defense Forces", "Other")
    ]
    assert _found(sources, "دمشق - (أ ش أ): أعلنت") == [
        ("أ ش أ", "Middle East News Agency", "Regional")
    ]
    assert _found(sources, "دبي - العربية.نت") == [("العربية.نت", "Al Arabiya", "Regional")]
    # a platform a statement was posted on is no outlet
    assert _found(sources, 'وكتب في منشور على منصة "إكس" أن') == []


def test_an_outlet_s_own_sources(sources: SourceSuggester) -> None:
    assert _found(sources, "وفق ما أفادت به مصادر الميادين.") == [
        ("الميادين", "Al Mayadeen", "Regional")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline between marks, or before the wires it adds
        ("عنوان\n\nدمشق – الثورة – سانا:\n\nواصلت", [("الثورة", "Al-Thawra"), ("سانا", "SANA")]),
        ('عنوان\n\nالمصدر: "النهار" - دمشق\n\nقُتل', [("النهار", "An-Nahar")]),
        ("عنوان\n\nدمشق - «الخليج»، وكالات:\n\nأعلنت", [("الخليج", "Al-Khaleej")]),
        ("إدلب - المصدر نيوز", [("المصدر نيوز", "Al-Masdar News")]),
        # ... not words of a line that only has a mark
        ("الخليج - أزمة جديدة في المنطقة تتسع كل يوم وتطال الجميع دون استثناء", []),
        ("(أ ف ب، رويترز، د ب أ)", [("أ ف ب", "AFP"), ("رويترز", "Reuters"), ("د ب أ", "dpa")]),
    ],
)
def test_datelines_with_wires_and_more_outlets(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_our_reporter_is_the_outlet_of_the_dateline_or_of_the_first_reporter(
    sources: SourceSuggester,
) -> None:
    text = "عنوان\n\nدير الزور 24 – خاص\n\nقتل عنصران. وأضاف مراسلنا أن القتال مستمر"
    assert _found(sources, text) == [
        ("دير الزور 24", "Deir Ezzor 24", "Subnational"),
        ("مراسلنا", "Deir Ezzor 24", "Subnational"),
    ]
    text = "أفاد مراسل الميادين بأن القتال مستمر. وأوضح مراسلنا أنّ المواجهات امتدت"
    assert [name for _span, name, _scale in _found(sources, text)] == ["Al Mayadeen"] * 2
    # our (woman) reporter, with tashkeel
    text = "أفاد مراسل الميادين بأن القتال مستمر. وأوضحت مراسلتُنا أنّ المواجهات امتدت"
    assert [span for span, _name, _scale in _found(sources, text)] == ["الميادين", "مراسلتُنا"]
    # with no outlet of its own named, "our reporter" is no one known
    assert _found(sources, "وقال الدفاع المدني إن فرقه وصلت. وأضاف مراسلنا أن") == [
        ("الدفاع المدني", "Syria Civil Defence", "Other")
    ]


def test_a_group_claiming_or_announcing_is_a_source(sources: SourceSuggester) -> None:
    assert _found(sources, 'في هجوم تبناه تنظيم "الدولة الإسلامية". ونقل') == [
        ('تنظيم "الدولة الإسلامية"', "Islamic State", "Other")
    ]
    assert _found(sources, "أعلن «جيش العزة» تدمير مدفع") == [
        ("جيش العزة", "Jaysh al Izza", "Other")
    ]
    # the group fighting or hurt is the actor, no source
    assert _found(sources, "قتل 5 من عناصر تنظيم الدولة وجيش الإسلام") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'وقال جاسم المحمد، أحد وجهاء كويا، لـ"النهار" إن القصف طال المنازل',
            [("جاسم المحمد", "Jasim al-Mohammad"), ("النهار", "An-Nahar")],
        ),
        (
            "وقال مدير مشفى الرازي في حلب، الدكتور زياد حجازي، للإخبارية السورية إن",
            [("زياد حجازي", "Ziad Hijazi"), ("للإخبارية السورية", "Al-Ikhbariya")],
        ),
        ("في حين قال المتحدث الإعلامي مصطفى بالي إن مقاتلي", [("مصطفى بالي", "Mustafa Bali")]),
        # a quoted outlet right after the name, a statement "in" a speech, a story told
        (
            'ويقول الباحث في شؤون الجماعات حسن أبو هنية لـ"الشرق" إن التنظيم',
            [("حسن أبو هنية", "Hassan Abu Haniyeh"), ("الشرق", "Asharq News")],
        ),
        ("فيما قال الشيخ حكمت الهجري في كلمة مصورة إن", [("حكمت الهجري", "Hikmat al-Hijri")]),
        ("وروى ياسر الخطيب، وهو بائع خضار، أن السوق", [("ياسر الخطيب", "Yasser al-Khatib")]),
        # a journalist cited takes the English spelling too
        (
            "وقال الناشط الإعلامي أبو عدنان الدوماني إن الطائرات عادت",
            [("الناشط الإعلامي أبو عدنان الدوماني", "Abu Adnan al-Doumani")],
        ),
        # a name of unknown spelling, a given name alone, a name not after speech: none
        ("وقال عصام الشلّي إن القذائف أطلقت", []),
        ("وقال محمد إن الوضع سيئ", []),
        ("قتلت قوات النظام زياد حجازي في المدينة", []),
    ],
)
def test_people_quoted_by_a_name_of_known_spelling(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_a_person_quoted_is_the_source_again_by_the_family_name() -> None:
    text = "وقال أبو سامر الحموي إن القصف استمر. وأكد الحموي أن المشفى خرج من الخدمة"
    found = SourceSuggester()(SuggestContext.of(text))
    assert [(s.text, s.value["name"]) for s in found] == [
        ("أبو سامر الحموي", "Abu Samer al-Hamawi"),
        ("الحموي", "Abu Samer al-Hamawi"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عنوان\n\nلندن، بيروت - «الحياة»، رويترز\n\nسيطرت",
            [("الحياة", "Al-Hayat"), ("رويترز", "Reuters")],
        ),
        ("عنوان\n\nسوريا – الغد (متابعات)\n\nقُتل 20", [("الغد", "Al-Ghad TV")]),
        ('وقال مصدر محلي لـ"الشرق"، إن مسلحين هاجموا', [("الشرق", "Asharq News")]),
        (
            'وقال مدير الدفاع المدني لـ"عربي21"، إن',
            [("الدفاع المدني", "Syria Civil Defence"), ("عربي21", "Arabi21")],
        ),
        (
            'أفاد مراسل "الحدث" في جنوب سوريا. وبحسب المراسل، فإن الاتفاق يشمل',
            [("الحدث", "Al-Hadath"), ("المراسل", "Al-Hadath")],
        ),
        (
            "فيما أعلنت هيئة تحرير الشام أن مقاتليها صدوا",
            [("هيئة تحرير الشام", "Hayat Tahrir al-Sham")],
        ),
        # the east and the morrow are no outlets
        ("تقدمت القوات نحو الشرق. وسيصل الوفد في الغد", []),
    ],
)
def test_pan_arab_outlets_the_reporter_and_hts_stating(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_the_united_states_departments_keep_their_names(sources: SourceSuggester) -> None:
    assert _found(sources, "وقالت وزارة الخارجية الأمريكية في بيان إن") == [
        ("وزارة الخارجية الأمريكية", "US Department of State", "International")
    ]


def test_a_party_named_before_what_it_stated_is_a_source(sources: SourceSuggester) -> None:
    assert _found(sources, "وكانت «قسد» قد أعلنت منتصف الشهر اعتقال خلية") == [
        ("قسد", "SDF", "Other")
    ]
    assert _found(sources, "وكان «جيش الإسلام» قد أعلن سيطرته على كتل") == [
        ("جيش الإسلام", "Jaysh al Islam", "Other")
    ]
    assert _found(sources, "هاجمت قسد القرية وقصفت جيش الإسلام") == []


def test_estimates_and_the_presidency(sources: SourceSuggester) -> None:
    assert _found(sources, "وتشير تقديرات الأمم المتحدة إلى نزوح 320 ألف شخص") == [
        ("الأمم المتحدة", "United Nations", "Other")
    ]
    assert _found(sources, "من جهتها، دانت الرئاسة السورية في بيان التفجير") == [
        ("الرئاسة السورية", "Syrian Presidency", "National")
    ]


def test_outlets_whose_names_are_ordinary_words_need_a_cue(sources: SourceSuggester) -> None:
    # تشرين is a month, البيان a statement, الجسر a bridge: the outlets only when cited.
    text = "طرطوس - تشرين\n\nوأوضح قائد الشرطة لـ«تشرين» أن الانفجار وقع في تشرين الأول."
    assert _found(sources, text) == [
        ("تشرين", "Tishreen", "National"),
        ("تشرين", "Tishreen", "National"),
    ]
    assert _found(sources, "وقال الناشط لـ«البيان» إن الجيش أصدر البيان رقم 1") == [
        ("البيان", "Al-Bayan", "Regional")
    ]
    assert _found(sources, "كما ذكر البيان أن المسجد لم يتضرر") == []
    assert _found(sources, "وقال مراسل الجسر إن القوات عبرت الجسر") == [
        ("الجسر", "Al-Jisr TV", "National")
    ]
    assert _found(sources, "دبي (CNN)-- قالت الخارجية") == [("CNN", "CNN", "International")]


def test_a_source_named_again_by_its_kind_after_a_reporting_word(
    sources: SourceSuggester,
) -> None:
    text = 'وفق ما أفاد به "تجمع أحرار حوران". ولفت التجمع إلى أن قوات الأسد اعتقلت 20 شاباً'
    assert _found(sources, text)[-1] == ("التجمع", "Horan Free League", "Subnational")
    text = "بحسب المرصد السوري لحقوق الإنسان. فيما تشير إحصاءات المرصد إلى مقتل 250"
    assert [name for _, name, _ in _found(sources, text)] == ["SOHR", "SOHR"]
    # Not where no source of that kind was named before.
    assert _found(sources, "ولفت التجمع إلى أن الأهالي غادروا") == []


def test_told_the_channel_is_the_article_s_own_outlet(sources: SourceSuggester) -> None:
    text = 'دبي - الغد\n\nقال أحد المسعفين، في تصريح للقناة: "وصلنا بعد دقائق".'
    assert _found(sources, text) == [
        ("الغد", "Al-Ghad TV", "Regional"),
        ("للقناة", "Al-Ghad TV", "Regional"),
    ]
    # An office that recorded, named again.
    text = "ووثق مكتب توثيق الشهداء في درعا مقتل 20 شخصاً، فيما سجّل المكتب 37 حالة اعتقال"
    assert [span for span, _, _ in _found(sources, text)][-1] == "المكتب"


def test_dailies_and_channels_named_by_ordinary_words(sources: SourceSuggester) -> None:
    text = "حماة – البعث:\n\nوأفاد مراسل «البعث» في حماة. وقصف حزب البعث"
    assert [span for span, _, _ in _found(sources, text)] == ["البعث", "البعث"]
    text = "العالم – سوريا\n\nوذكرت مصادر محلية للعالم أن قسد انسحبت. في العالم العربي"
    assert [(span, name) for span, name, _ in _found(sources, text)] == [
        ("العالم", "Al-Alam"),
        ("للعالم", "Al-Alam"),
    ]
    text = "وأكد مصدر لـ«الاتحاد» أن الحصيلة ارتفعت. وقال الاتحاد الأوروبي إن"
    assert [(span, name) for span, name, _ in _found(sources, text)] == [("الاتحاد", "Al-Ittihad")]
    assert _found(sources, "وقال مصدر محلي لوكالة شفق نيوز، إن")[0][1] == "Shafaq News"


def test_news_sites_of_the_region(sources: SourceSuggester) -> None:
    text = "القامشلي - العين الإخبارية\n\nوقال مصدر لـ«إرم نيوز» إن. وبحسب ما رصده «سناك سوري»"
    assert [name for _, name, _ in _found(sources, text)] == [
        "Al-Ain News",
        "Erem News",
        "Snack Syrian",
    ]
    assert _found(sources, "الحل نت – درعا\n\nتوصلت اللجنة")[0][1] == "Al-Hal Net"


def test_a_speaker_set_off_by_commas_after_a_place_named_like_a_person(
    sources: SourceSuggester,
) -> None:
    # عيسى (of عين عيسى) is a given name that starts no name: the speaker comes after the comma.
    text = "وقال الرئيس المشترك لمجلس ناحية عين عيسى، محمد العلي، لوكالتنا إن القصف تواصل"
    assert ("محمد العلي", "Mohammad al-Ali", "Other") in _found(sources, text)


def test_syrian_sites_whose_short_names_are_words(sources: SourceSuggester) -> None:
    # أثر (a trace), هاشتاغ, روزنة (a skylight) and عكس السير (against the traffic): the
    # outlets only in a dateline or after a word that cites them.
    text = 'دمشق - هاشتاغ\n\nوقال مصدر لـ"أثر" إن الانفجار ترك أثراً. وقال شاهد لروزنة إن'
    assert [name for _, name, _ in _found(sources, text)] == [
        "Hashtag Syria",
        "Athr Press",
        "Radio Rozana",
    ]
    assert _found(sources, "سار الرجل عكس السير فترك أثر الحادث") == []
    text = "وأفاد مراسل الإخبارية في ريف إدلب بأن. وقالت شبكة شام الإخبارية"
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Ikhbariya", "SHAM"]
    # A faction claiming an attack is its source.
    text = 'فيما تبنت "المقاومة الإسلامية في العراق" الهجوم'
    assert _found(sources, text) == [
        ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", "Other")
    ]


def test_outlets_of_iraq_egypt_turkey_kuwait_and_syrian_dailies(sources: SourceSuggester) -> None:
    text = 'أنقرة – يني شفق\n\nوقال مصدر لـ"اليوم السابع" إن. وأفاد مصدر أمني لـالسومرية نيوز'
    assert [name for _, name, _ in _found(sources, text)] == [
        "Yeni Safak",
        "Youm7",
        "Alsumaria News",
    ]
    text = "اللاذقية – الوحدة\n\nوأفاد مراسل الوحدة في جبلة. وأكد على الوحدة الوطنية"
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Wehda", "Al-Wehda"]
    text = "قامشلو – روناهي\n\nبحسب ما أفاد مراسل قناتنا. دمشق (كونا) -- قتل"
    assert [(span, name) for span, name, _ in _found(sources, text)] == [
        ("روناهي", "Ronahi TV"),
        ("قناتنا", "Ronahi TV"),
        ("كونا", "KUNA"),
    ]
    text = "أعلنت القيادة العامة للجيش والقوات المسلحة السورية، اليوم، أن وحداتها استعادت"
    assert _found(sources, text)[0][1] == "Syrian Army General Command"


def test_outlets_of_lebanon_jordan_iraq_and_the_region(sources: SourceSuggester) -> None:
    text = (
        "دمشق ـ «رأي اليوم»\n\nوقال مراسل التلفزيون العربي إن. وأفاد مراسل حرية برس بأن. "
        "وقال مصدر عسكري لموقع العهد إن. وقال شقيقه لرصيف22 إن. وقال ناطق لـ«النهار العربي» إن"
    )
    assert [(span, name) for span, name, _ in _found(sources, text)] == [
        ("رأي اليوم", "Rai al-Youm"),
        ("التلفزيون العربي", "Al-Araby TV"),
        ("حرية برس", "Horrya Press"),
        ("موقع العهد", "Al-Ahed News"),
        ("رصيف22", "Raseef22"),
        ("النهار العربي", "Annahar Al Arabi"),  # (not An-Nahar, the Beirut daily)
    ]
    # Short names that are words (درج stairs, العرب the Arabs, الجمهورية the republic, واع
    # aware, الخبر the news): only where a word cites them, or in a dateline.
    text = '«درج» - خاص\n\nوقالت مصادر محلية لـ"العرب" إن. وقالت وكالة الأنباء العراقية (واع)'
    assert [name for _, name, _ in _found(sources, text)] == [
        "Daraj",
        "Al-Arab",
        "Iraqi News Agency",
        "Iraqi News Agency",
    ]
    text = "صعد الدرج. وقال رئيس الجمهورية إن العرب في الخبر واعون"
    assert _found(sources, text) == []
    assert [name for _, name, _ in _found(sources, "عمون – دمشق\n\nشن الطيران")] == ["Ammon News"]
    assert _found(sources, "وصل الوفد إلى بغداد اليوم")[:1] == []


def test_an_officer_quoted_by_rank_and_name(sources: SourceSuggester) -> None:
    text = "أعلن المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول، اليوم، أن الضربات"
    assert _found(sources, text) == [("يحيى رسول", "Yahya Rasool", "Other")]
    # the name may end at the quotation the officer is quoted in
    text = "أعلنت الوزارة عبر المتحدث باسمها العقيد حسن عبد الغني «استعادة السيطرة»"
    assert ("حسن عبد الغني", "Hassan Abdul Ghani", "Other") in _found(sources, text)


def test_a_claim_in_a_headline_s_present_and_a_jihadist_group_claiming(
    sources: SourceSuggester,
) -> None:
    text = 'انتحاري يفجّر نفسه داخل كنيسة في دمشق.. و"سرايا أنصار السنة" تتبنى'
    assert _found(sources, text) == [("سرايا أنصار السنة", "Saraya Ansar al Sunna", "Other")]
    text = 'تبنّت جماعة "سرايا أنصار السنة" الهجوم في بيان'
    assert [name for _, name, _ in _found(sources, text)] == ["Saraya Ansar al Sunna"]
    # the group acting is no source
    assert _found(sources, "هاجمت سرايا أنصار السنة قرية في ريف حمص") == []


def test_a_party_denying_is_no_source_and_one_blaming_is(sources: SourceSuggester) -> None:
    assert _found(sources, "بينما نفت «قسد» أي علاقة لها بالتفجير") == []
    assert _found(sources, "ونفت وزارة الدفاع الأمريكية أن تكون طائراتها قد استهدفت المسجد") == []
    text = "وكانت «قسد» حمّلت خلايا التنظيم المسؤولية عن التفجير"
    assert _found(sources, text) == [("قسد", "SDF", "Other")]


def test_a_ministry_s_building_and_the_civil_defence_s_teams(sources: SourceSuggester) -> None:
    assert _found(sources, "عقب الهجوم الذي استهدف مبنى وزارة الداخلية التركية") == []
    assert (
        _found(sources, "وقالت وزارة الداخلية التركية إن")[0][1] == "Ministry of Interior of Turkey"
    )
    text = "وفق ما أعلنت فرق الدفاع المدني السوري (الخوذ البيضاء)."
    assert [span for span, _, _ in _found(sources, text)] == [
        "فرق الدفاع المدني السوري",
        "الخوذ البيضاء",
    ]


def test_outlets_of_lebanon_iraq_jordan_egypt_kuwait_and_aleppo(sources: SourceSuggester) -> None:
    # Datelines: a bar after the outlet, a day and month before a bracketed agency.
    text = "بيروت - «النشرة» | الثلاثاء 21 أيار 2013\n\nدمشق 20 تشرين الأول (بترا)- قُتل"
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Nashra", "Petra"]
    text = (
        "وقال مراسل «رؤيا» إن. وقال مصدر لـ«اقتصاد» إن. وأفاد مراسل «حلب 24» بأن. "
        "وقالت الخلية في بيان تلقت المدى. بحسب صحيفة المصري اليوم. وذكرت صحيفة القبس"
    )
    assert [name for _, name, _ in _found(sources, text)] == [
        "Roya News",
        "Eqtisad",
        "Aleppo 24",
        "Al-Masry Al-Youm",
        "Al-Qabas",
    ]
    # Their names are also words: range, a vision, the economy, a spark, a bulletin.
    text = "صواريخ قصيرة المدى ورؤيا الاقتصاد. نشرة الأخبار والقبس"
    assert _found(sources, text) == []
    text = (
        "أعلنت خلية الإعلام الأمني أن. بحسب الوكالة الوطنية للإعلام. "
        "وذكرت «الهيئة العامة للثورة السورية» أن"
    )
    assert [name for _, name, _ in _found(sources, text)] == [
        "Security Media Cell",
        "National News Agency",  # (not SANA, the agency of another state)
        "Syrian Revolution General Commission",  # (not the daily Al-Thawra)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأعلنت «الجبهة الشامية»، كبرى مكونات الفيلق، في بيان أنها سيطرت", ["Levant Front"]),
        (
            "قالت «الجبهة الوطنية للتحرير» المعارضة إن مقاتليها صدّوا",
            ["National Front for Liberation"],
        ),
        ("بحسب غرفة عمليات «الفتح المبين». كما قصفت", ["Al Fateh al Mubin Operations Room"]),
        ('وقال "حزب الله" في بيان إن مقاتليه', ["Hezbollah"]),
        # the group named after ل (what belongs to it) or as whom another accuses: no speaker
        ('ضربت مواقع تابعة لـ"حزب الله" اللبناني. وقال الأهالي', []),
        ("واتهمت «قسد» فصائل الجيش الوطني الموالية لتركيا بالتفجير", ["SDF"]),
        ("واتهمت الجبهة الشامية بالاعتداء", []),
        # the group fighting, without a reporting word, is the actor only
        ("اندلعت اشتباكات بين الجبهة الشامية وأحرار الشام", []),
        # generic names (Opposition Rebels (Syria)) are no source of their own
        ("وقالت فصائل المعارضة إنها صدت الهجوم", []),
    ],
)
def test_an_armed_group_stating_something_is_its_source(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


def test_a_party_a_headline_quotes_with_a_colon_is_its_source(sources: SourceSuggester) -> None:
    text = "مسيّرات تركية تضرب كوباني.. و«قسد»: ١١ قتيلاً مدنياً\n\nوقصفت «قسد» مواقع: منها"
    assert _found(sources, text) == [("قسد", "SDF", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group the source lexicon lists, after the ل of belonging: a party, no speaker
        ("هجوم استهدف دورية لـ«قسد» قرب البلدة، بحسب مصادر", []),
        ('اعتقال عناصر من خلية تابعة لـ"داعش" في ببيلا', []),
        ("استهدفت مسيرة تركية نقطة لقسد قرب الشدادي", []),
        # its media centre speaks for it, and the group that accuses speaks
        ("أعلن المركز الإعلامي لـ«قسد» أن القصف أدى", ["SDF"]),
        ("وأعلنت «قسد» مقتل ١١ مدنياً", ["SDF"]),
    ],
)
def test_a_listed_group_after_the_lam_of_belonging_is_no_source(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


def test_what_speaks_for_a_group_named_after_its_lam_keeps_it_a_source(
    sources: SourceSuggester,
) -> None:
    text = "قتل عنصران بحسب بيان للأسايش. ونشرت معرّفات تابعة لتنظيم الدولة الإسلامية بياناً"
    assert [name for _, name, _ in _found(sources, text)] == ["Asayish", "Islamic State"]


def test_dailies_named_by_common_words_count_in_a_dateline_or_after_a_cue(
    sources: SourceSuggester,
) -> None:
    text = (
        "عنوان الخبر\nبغداد – الصباح | الأحد 3 آذار 2019\n\nوأكد مصدر أمني لـ«الصباح» أن."
        " وبحسب ما أفاد مراسل «الديار» في اللاذقية. في الصباح الباكر تجمع أهالي الديار"
    )
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Sabah", "Al-Sabah", "Al-Diyar"]
    text = "عنوان\nعمان - الدستور - الخميس 26 تموز 2018\n\nوطالبوا بتعديل الدستور"
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Dustour"]


def test_a_force_is_a_source_when_it_states_and_a_party_after_its_lam(
    sources: SourceSuggester,
) -> None:
    text = (
        "وأكد الحرس الثوري الإيراني، في بيان، مقتل سبعة من مستشاريه. "
        'وضربت غارات مواقع تتبع لـ"الحرس الثوري الإيراني" ومستودعاً قيل إنه يتبع للحرس الثوري'
    )
    assert [name for _, name, _ in _found(sources, text)] == ["Islamic Revolutionary Guard Corps"]
    assert _found(sources, "طهران - وكالة مهر للأنباء: الثلاثاء")[0][1] == "Mehr News Agency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مدير المرصد، رامي عبد الرحمن، إن الحصيلة مرشحة", ["Rami Abdel Rahman"]),
        (
            "وأعلن المتحدث باسم وزارة الدفاع السورية، العقيد حسن عبد الغني، اليوم",
            ["Hassan Abdul Ghani"],
        ),
        # the spokesman unnamed: the body he speaks for is the source
        ("وقال المتحدث باسم «قسد» إن قواتها صدت الهجوم", ["SDF"]),
    ],
)
def test_a_spokesman_named_after_his_body_is_the_source_instead_of_it(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "ونفت وزارة الدفاع السورية استهداف المدنيين",
        "لم تعلق وزارة الدفاع السورية على الحادثة",
        "قتل أربعة عناصر من وزارة الدفاع السورية بكمين",
        "غارات على مواقع تابعة لوزارة الدفاع السورية في محيط الكسوة",
    ],
)
def test_a_ministry_denying_withholding_comment_or_owning_is_no_source(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []
    # the same ministry stating something is a source
    assert [name for _, name, _ in _found(sources, "وقالت وزارة الدفاع السورية إن")] == [
        "Syrian Ministry of Defence"
    ]


def test_outlets_sharing_a_short_name_are_told_apart_by_the_dateline_s_city(
    sources: SourceSuggester,
) -> None:
    text = "الدوحة - الشرق - وكالات\n\nسيطرت القوات على الحي، وقال مراسل الشرق إن المعارك مستمرة"
    assert {name for _, name, _ in _found(sources, text)} == {"Al-Sharq"}
    text = 'دبي - الشرق\n\nقُتل ستة مدنيين، وقال مصدر محلي لـ"الشرق" إن المسلحين فرّوا'
    assert {name for _, name, _ in _found(sources, text)} == {"Asharq News"}
    # with no dateline to tell, the surer one
    names = {name for _, name, _ in _found(sources, 'وقال مصدر محلي لـ"الشرق" إن المسلحين فرّوا')}
    assert names == {"Asharq News"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دمشق - المشهد\n\nشنّت القوات غارات", [("المشهد", "Al-Mashhad")]),
        ("اللاذقية - دنيا الوطن\n\nدارت اشتباكات", [("دنيا الوطن", "Al-Watan Voice")]),
        ("حلب - الاتحاد برس\n\nاستولى عناصر", [("الاتحاد برس", "Al-Etihad Press")]),
        (
            "وقال المرصد الأورومتوسطي لحقوق الإنسان في بيان إن",
            [("المرصد الأورومتوسطي لحقوق الإنسان", "Euro-Med Human Rights Monitor")],
        ),
        # a common word as an outlet's name counts only with a cue or in a dateline
        ("ويتابع المشهد السياسي في المنطقة", []),
        ("ونقل نبأ مقتله إلى ذويه", []),  # (نبأ alone is "the news")
    ],
)
def test_the_seventeenth_round_s_outlets(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet the lexicon lacks, in quotes or by its outlet-like name, with its wires
        ("عنوان الخبر\n\nبيروت - «الضياء»\n\nقُتل خمسة", [("الضياء", "الضياء")]),
        ("عنوان الخبر\n\nالقامشلي – بلدنا نيوز\n\nقُتل خمسة", [("بلدنا نيوز", "بلدنا نيوز")]),
        ("عنوان\n\nدمشق – «الضياء» – وكالات\n\nقُتل خمسة", [("الضياء", "الضياء")]),
        # a reporter's byline, a weekday, or a known outlet before the place: no new outlet
        ("عنوان\n\nإدلب - محمد العلي\n\nقُتل خمسة", []),
        ("عنوان\n\nدمشق - الأحد\n\nقُتل خمسة", []),
        ("عنوان\n\nشفق نيوز - الحسكة\n\nقُتل خمسة", [("شفق نيوز", "Shafaq News")]),
        # after blank lines, a subheading and a date; a place written with its marks
        (
            "عنوان\n\nعنوان فرعي\n\nالأحد 5 أيار\n\nدِمَشق – بلدنا نيوز\n\nقُتل خمسة",
            [("بلدنا نيوز", "بلدنا نيوز")],
        ),
        ("عنوان\n\nدرعا: «الضياء»\n\nقُتل خمسة", [("الضياء", "الضياء")]),
        # an outlet's noun before its name, an outlet's ending joined to it
        ("عنوان\n\nحماة - قناة النور الجديدة\n\nقُتل خمسة", [("قناة النور الجديدة",) * 2]),
        ("عنوان\n\nالرقة - بلدنانيوز\n\nقُتل خمسة", [("بلدنانيوز", "بلدنانيوز")]),
        # the headline is no dateline, nor a date or a position after a place
        ("إدلب – الأهالي يحتجون\n\nقُتل خمسة", []),
        ("عنوان\n\nالحسكة - 2024\n\nقُتل خمسة", []),
        ("عنوان\n\nحلب: موقع عسكري جديد\n\nقُتل خمسة", []),
    ],
)
def test_the_outlet_of_a_dateline_is_suggested_though_the_lexicon_lacks_it(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_a_place_in_a_dateline_is_no_outlet_the_lexicon_lacks() -> None:
    # The outlet first and the place after the mark: the place stays a place.
    text = "عنوان\n\nآرا نيوز – الحسكة\n\nقُتل خمسة مدنيين بحسب المراسل"
    found = Pipeline().suggest(text)
    # the outlet by its ending, "the reporter" its reporter, the place a place
    assert [(s.kind, s.text) for s in found if s.kind in ("source", "location")] == [
        ("source", "آرا نيوز"),
        ("location", "الحسكة"),
        ("source", "المراسل"),
    ]
    # without an outlet's ending, a place after the mark is read as no outlet either
    text = "عنوان\n\nأيام سوريا - الحسكة\n\nقُتل خمسة مدنيين بحسب المراسل"
    found = Pipeline().suggest(text)
    assert [(s.kind, s.text) for s in found if s.kind in ("source", "location")] == [
        ("location", "الحسكة")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outlets named after a city or a common word: in a dateline or after a cue
        ("عنوان\n\nبيروت - «الرياض»، وكالات\n\nقُتل خمسة", [("الرياض", "Al-Riyadh")]),
        ("وقال الناشط لـ«الرياض» إن القصف مستمر", [("الرياض", "Al-Riyadh")]),
        ("وصل الوفد إلى الرياض أمس", []),
        ("قالت مصادر محلية لـ«الجريدة» إن موجة نزوح بدأت", [("الجريدة", "Al-Jarida")]),
        ("عنوان\n\nإسطنبول - الاستقلال\n\nقُتل عنصران", [("الاستقلال", "Al-Estiklal")]),
        ("احتفلت البلاد بعيد الاستقلال", []),
        ("عنوان\n\nالشروق أونلاين - وكالات\n\nقُتل 44", [("الشروق أونلاين", "Echorouk")]),
        ("وفق ما أفاد مراسل راديو الكل", [("راديو الكل", "Radio Al-Kul")]),
        ("عنوان\n\nنينار برس - السويداء\n\nأصيب ثلاثة", [("نينار برس", "Ninar Press")]),
        (
            "وفق ما نقلته شبكة «اللاذقية الآن» المحلية",
            [("شبكة «اللاذقية الآن»", "Lattakia Now")],
        ),
        # the coalition speaking for itself, after a cue only
        ("من جهته، قال التحالف في بيان إنه نفّذ 31 ضربة", [("التحالف", "CJTF-OIR")]),
        ("وقصفت طائرات التحالف مواقع التنظيم", []),
        ("وأعلن التحالف العربي اعتراض صاروخ", []),
        # an estimate is a statement: قدّرت الأمم المتحدة
        (
            "فيما قدّرت الأمم المتحدة عدد العالقين بنحو 100 ألف",
            [("الأمم المتحدة", "United Nations")],
        ),
    ],
)
def test_outlets_named_by_a_city_or_a_common_word_and_the_coalition(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_a_subheading_quoting_a_monitor_cites_it() -> None:
    text = "قوات النظام تسيطر على عرجون\n«المرصد»: 52 قتيلاً في معارك ريف حمص\n\nشهدت المدينة"
    assert [(s.text, s.value["name"]) for s in Pipeline().suggest(text) if s.kind == "source"] == [
        ("المرصد", "SOHR")
    ]
    # below the blank line that ends the headline, a colon after a name is no headline's
    text = "عنوان\n\nوصلت الرسالة إلى «المرصد»: بيان مقتضب"
    assert [s for s in Pipeline().suggest(text) if s.kind == "source"] == []
    # ... unless what stands above that line is a masthead of date and section
    for masthead, expected in (("الثلاثاء ٢١ مايو ٢٠١٣ | الشؤون العربية", ["SDF"]),
                               ("عنوان بلا تاريخ", [])):  # fmt: skip
        text = f"{masthead}\n\nمسيرات تضرب كوباني.. و«قسد»: ١١ قتيلاً\n\nشهدت المدينة"
        found = Pipeline().suggest(text)
        assert [s.value["name"] for s in found if s.kind == "source"] == expected


def test_the_reporter_speaking_again_is_the_outlet_whose_reporter_was_cited() -> None:
    text = (
        "تقدمت القوات على محور الحي، بحسب ما أفاد مراسل راديو الكل. "
        "وأوضح المراسل أن أكثر من 15 قذيفة سقطت على الأحياء."
    )
    found = [(s.text, s.value["name"]) for s in Pipeline().suggest(text) if s.kind == "source"]
    assert found == [("راديو الكل", "Radio Al-Kul"), ("المراسل", "Radio Al-Kul")]
    # no reporter cited before: the reporter is nobody's; one named after the title is himself
    assert not [s for s in Pipeline().suggest("وأوضح المراسل أن القصف مستمر") if s.kind == "source"]
    text = "بحسب مراسل شبكة شام. وسجّل المراسل معاذ الشامي مقطعاً مصوراً"
    names = [s.value["name"] for s in Pipeline().suggest(text) if s.kind == "source"]
    assert "SHAM" in names and names.count("SHAM") == 1


def test_the_monitor_alone_is_the_observatory_unless_another_monitor_was_named() -> None:
    def monitors(text: str) -> list[tuple[str, object]]:
        return [(s.text, s.value["name"]) for s in Pipeline().suggest(text) if s.kind == "source"]

    assert monitors("وقال المرصد إن 12 مدنياً قتلوا") == [("المرصد", "SOHR")]
    text = "وثّق المرصد الأورومتوسطي مقتل 12 مدنياً. وقال المرصد إن القصف استهدف منازل"
    assert monitors(text) == [
        ("المرصد الأورومتوسطي", "Euro-Med Human Rights Monitor"),
        ("المرصد", "Euro-Med Human Rights Monitor"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the press the Arabic news cites most, abroad and in the region
        ("ذكرت صحيفة نيويورك تايمز أن الضربة استهدفت مستودعاً", "The New York Times"),
        ("وقالت صحيفة هآرتس إن الغارة نُفذت ليلاً", "Haaretz"),
        ("وأفادت القناة 12 الإسرائيلية بأن الطائرات عادت", "Channel 12 (Israel)"),
        ("نقلت وكالة الأنباء السعودية (واس) عن مصدر", "SPA"),
        ("قالت وكالة وفا إن ثلاثة شبان أصيبوا", "WAFA"),
        ("ونقلت وكالة ريا نوفوستي عن مصدر عسكري", "RIA Novosti"),
        ("بحسب صحيفة حرييت التركية", "Hurriyet"),
        ("وقالت الأهرام إن الوفد وصل", "Al-Ahram"),
    ],
)
def test_the_press_cited_from_abroad_and_the_region(
    sources: SourceSuggester, text: str, expected: str
) -> None:
    assert expected in [name for _span, name, _scale in _found(sources, text)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال السفير الروسي في دمشق إن المحادثات مستمرة",  # the ambassador, not As-Safir
        "وأعلنت إسرائيل اليوم الأحد إغلاق المعبر",  # Israel today, not Israel Hayom
        "رفع المقاتلون الراية البيضاء",  # the white flag, not Al-Raya
        "زار الوفد منطقة الأهرام",  # the pyramids, not Al-Ahram
        "وعملوا معا على إخلاء الجرحى",  # together, not Maan
    ],
)
def test_outlets_named_by_a_common_word_need_a_cue(sources: SourceSuggester, text: str) -> None:
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a common word, only in quotation marks or a dateline
        ("عنوان\n\nدمشق ـ «السفير»\n\nأحكم الجيش سيطرته", [("السفير", "As-Safir")]),
        ("بحسب ما أحصته «السفير».", [("السفير", "As-Safir")]),
        ("وقال السفير إن المحادثات مستمرة", []),
        ("عنوان\n\nعمّان - المملكة\n\nتوغلت قوة", [("المملكة", "Al-Mamlaka")]),
        ("وأعلنت المملكة دعمها للاتفاق", []),
        ("وقال مصدر عسكري لـ«البناء» إن الوحدات تتقدم", [("البناء", "Al-Binaa")]),
        ("وتوقفت أعمال البناء في المخيم", []),
        ('وقال الناشط في تصريح لـ"قدس برس" إن', [("قدس برس", "Quds Press")]),
        # a bracketed wire after places joined by a slash and a date with two month names
        ("عنوان\n\nدمشق/بيروت، 27 أبريل/نيسان (إفي)- لقي ١٢ محتجاً", [("إفي", "EFE")]),
        ("وذكر مراسل «الفداء» في ريف حماة", [("الفداء", "Al-Fida")]),
        (
            "وفقاً لما أفادت به لجان التنسيق المحلية",
            [("لجان التنسيق المحلية", "Local Coordination Committees")],
        ),
        ("وقالت «التنسيقيات» إن 61 شخصاً قتلوا", [("التنسيقيات", "Local Coordination Committees")]),
        # the Beirut daily, whose name is also the future
        ("عنوان\n\nدمشق ـ «المستقبل»\n\nشنت قوات النظام", [("المستقبل", "Al-Mustaqbal")]),
        ("وقال الناشط لـ«المستقبل» إن القصف مستمر", [("المستقبل", "Al-Mustaqbal")]),
        ("وقال الوزير إن المستقبل سيحمل حلاً", []),
        ("ونقل مراسل «نون بوست» عن مصدر", [("نون بوست", "Noon Post")]),
        ("وأكد مصدر عسكري لـ«عربي بوست» أن الكمين", [("عربي بوست", "Arabi Post")]),
        ("وأفاد مراسل «دام برس» في حماة", [("دام برس", "Dam Press")]),
    ],
)
def test_quoted_names_bracketed_wires_and_local_networks(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(span, name) for span, name, _scale in _found(sources, text)] == expected


def test_an_outlet_whose_name_holds_another_s_is_its_own() -> None:
    found = Pipeline().suggest("عنوان\n\nبيروت - نداء الوطن\n\nقتل")
    assert [s.value["name"] for s in found if s.kind == "source"] == ["Nidaa al-Watan"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المصدر: «السفير الأمريكي غادر دمشق»",  # a quotation the name opens
        "وأعلنت الرياض دعمها للاتفاق",  # the Saudi government, not the daily
        "رحبت الخارجية العمانية بالاتفاق",
        "في اليوم 24 من الحصار",
        "ونشرت الجريدة الرسمية المرسوم",
        "قال إنهم خرجوا ليقولوا للعالم إن المدينة ليست وكراً للإرهاب",
    ],
)
def test_common_words_and_quotations_name_no_outlet(sources: SourceSuggester, text: str) -> None:
    assert _found(sources, text) == []


def test_a_body_s_account_or_toll_cues_it(sources: SourceSuggester) -> None:
    text = "وبحسب رواية وزارة الداخلية، فإن مسلحاً دخل الكنيسة أثناء القداس"
    assert _found(sources, text) == [("وزارة الداخلية", "Syrian Ministry of Interior", "National")]
    # (not a declaration: إعلان is a cue no more, as it is mostly a past one or a notice)
    assert _found(sources, "رغم إعلان الأمم المتحدة بدء الهدنة، قصفت الطائرات مدينة داريا") == []


def test_a_family_name_without_the_article_followed_by_a_name_is_another_man(
    sources: SourceSuggester,
) -> None:
    text = (
        "وقال الناشط الإعلامي أحمد حسن لعنب بلدي إن القصف مستمر. "
        "وقال حسن الزعبوطي، من سكان البلدة، إن عائلته نزحت"
    )
    assert "حسن" not in [span for span, _name, _scale in _found(sources, text)]


def test_a_section_heading_in_brackets_is_no_dateline(sources: SourceSuggester) -> None:
    lead = "عنوان الخبر\n\n" + "نص طويل عن الأحداث في المنطقة الشرقية. " * 10
    text = lead + "\n\nشرق الفرات (قسد)\n\nتواصل العمليات في المنطقة"
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "again", "name"),
    [
        (
            "أفاد المرصد السوري لحقوق الإنسان بأن الغارات أوقعت قتلى. "
            "وبحسب حصيلة أوردها المرصد، ارتفع عدد القتلى إلى 89",
            "المرصد",
            "SOHR",
        ),
        (
            "أفاد مركز حمص الإعلامي بمقتل ثلاثة مدنيين. "
            "واعتقل عناصر الحاجز شابين، وفق ما وثقه ناشطو المركز",
            "المركز",
            "Homs Media Center",
        ),
        (
            "أعلنت القيادة العامة للجيش والقوات المسلحة استعادة المدينة. "
            "وقالت القيادة في بيان إن وحداتها تلاحق المسلحين",
            "القيادة",
            "Syrian Army General Command",
        ),
    ],
)
def test_a_body_named_again_by_its_kind_after_a_toll_or_its_people(
    sources: SourceSuggester, text: str, again: str, name: str
) -> None:
    found = _found(sources, text)
    assert (again, name) in [(span, found_name) for span, found_name, _ in found]
    # (not a bulletin: إعداد ... للنشرة العربية names no outlet)
    assert _found(sources, "إعداد منى عادل للنشرة العربية") == []


def test_who_an_outlet_passed_on_is_cited_too(sources: SourceSuggester) -> None:
    text = "ونقلت وكالة «فرانس برس» عن الأمم المتحدة أن أكثر من 18 ألف شخص نزحوا"
    assert [name for _, name, _ in _found(sources, text)] == ["AFP", "United Nations"]
    # عن without a verb of passing on before it: the UN spoken of
    assert _found(sources, "وقال الوزير في حديثه عن الأمم المتحدة إن دورها تراجع") == []


def test_a_body_stating_after_its_short_name_in_brackets(sources: SourceSuggester) -> None:
    text = "غير أن قوى الأمن الداخلي (الأسايش) حمّلت خلايا تنظيم الدولة المسؤولية"
    assert [(span, name) for span, name, _ in _found(sources, text)] == [
        ("قوى الأمن الداخلي", "Asayish"),
        ("الأسايش", "Asayish"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقتل مصلون في كنيسة بدمشق، في رواية سورية تناقض ما أعلنته الداخلية",
            ["Syrian Ministry of Interior"],
        ),
        # Interior alone abroad, or as another noun's adjective
        ("بغداد - أعلنت الداخلية أن 12 شخصاً قتلوا", []),
        ("وكانت الجبهة الداخلية الإسرائيلية قد أعلنت", []),
        ("وقالت هيئة الاستخبارات الخارجية الروسية", []),
        ("وكانت الداخلية السورية قد أعلنت اعتقال خلية", ["Syrian Ministry of Interior"]),
        ("وقالت الخارجية الروسية في بيان إن", ["Ministry of Foreign Affairs of Russia"]),
        # not cited, or other words
        ("وتطرق الاجتماع إلى الشؤون الداخلية للبلاد", []),
        ("وانتقدت الصحيفة السياسة الخارجية للحكومة", []),
        ("وقالت الدفاع إن", []),
    ],
)
def test_a_ministry_cited_by_its_office_alone(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'وقالت روسيا إنها ستستخدم "فيتو" ضد أي قرار',  # the veto, in quotes
        'وحيّت "الجماهير" التي احتشدت في الساحة',
        "وحضر الحفل صاحبة الجلالة الملكة",
        "وتقع منطقة الخليج الجديد في البصرة",
    ],
)
def test_new_outlets_whose_names_are_words_need_a_cue(sources: SourceSuggester, text: str) -> None:
    assert _found(sources, text) == []


def test_a_dateline_s_outlet_with_the_wires_after_it(sources: SourceSuggester) -> None:
    text = "عنوان\n\nدمشق ـ «المستقبل» والوكالات\n\nواصلت قوات النظام قصفها"
    assert [name for _, name, _ in _found(sources, text)] == ["Al-Mustaqbal"]


@pytest.mark.parametrize(
    "text",
    [
        # the kind word with an adjective or a name after it: another body
        "أفاد مركز حلب الإعلامي بمقتل 3 مدنيين. وبحسب المركز الصحي في البلدة فإن بين القتلى طفلين",
        "أعلنت القيادة المركزية الأمريكية تنفيذ الضربة. وبحسب القيادة الروسية فإن المدنيين خرجوا",
        # carried and deployed, not reported
        "أسعف طفل جريح نقله الدفاع المدني إلى مشفى مدينة أريحا",
        "انتشرت الحواجز التي نشرها التحالف الدولي حول منبج",
        # a report about a group, fighters who left it
        "نقلت قناة الجزيرة تقريراً مطولاً عن تنظيم الدولة",
        "نقلت مصادر محلية أن عشرات العناصر انشقوا عن تنظيم الدولة",
        # brackets: a convoy that carried food, and another subject's verb
        "قافلة مساعدات تابعة للأمم المتحدة (20 شاحنة) حملت مواد غذائية",
        "قتل 3 عناصر من تنظيم الدولة (داعش) قالت مصادر محلية إنهم من العراق",
    ],
)
def test_near_misses_of_bodies_named_again_passed_on_or_stating(
    sources: SourceSuggester, text: str
) -> None:
    found = [name for _, name, _ in _found(sources, text)]
    assert not {"Islamic State", "Syria Civil Defence", "Global Coalition Against Daesh"} & set(
        found
    )
    assert found.count("Aleppo Media Center") <= 1
    assert found.count("CENTCOM") <= 1
    assert "United Nations" not in found[1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أفادت مندوبة «الوكالة الوطنية للإعلام» في الهرمل بسقوط صواريخ. "
            "وأفادت المندوبة بأن الجرحى نقلوا إلى المستشفى",
            ["National News Agency", "National News Agency"],
        ),
        ("عنوان\n\nسبق – القنيطرة:\n\nتوغلت قوة إسرائيلية", ["Sabq"]),
        ("وقال ناشطون لمراسل «سوريتنا» إن القوات اقتحمت المدينة", ["Souriatna"]),
        ("بحسب ما أفاد مراسل «يكيتي ميديا» في عفرين", ["Yekiti Media"]),
        ("وفق ما أفادت به لجان التنسيق في المدينة", ["Local Coordination Committees"]),
        # (what came before, the words' other senses, keeps no outlet)
        ("وكان قد سبق للجيش أن اقتحم المدينة", []),
        ("ورفعت الأعلام الوطنية في الساحة", []),
        ("وفي سوريتنا الحبيبة لا صوت يعلو فوق صوت المعركة", []),
        ("وبحث الاجتماع تشكيل لجان التنسيق الأمني المشتركة على الحدود", []),
        # a state's delegate is no agency's envoy (he speaks for himself)
        (
            "أفاد مراسل «الجزيرة» بوقوع غارات. وقال المندوب السوري بشار الجعفري إن",
            ["Al Jazeera", "Bashar al-Jaafari"],
        ),
    ],
)
def test_outlets_of_news_set_25(sources: SourceSuggester, text: str, expected: list[str]) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call or an interview with the outlet names it as the one told
        ("وقال أحد السكان في اتصال هاتفي مع «السبيل»، إن القصف استمر", ["Al-Sabeel"]),
        ("وأكد القيادي في حديث خاص مع «الجديد» أن الهجوم فشل", ["Al-Jadeed"]),
        # ... a walk or a meeting with it names no outlet
        ("وسار السكان مع الجديد من المهجرين نحو المخيم", []),
        # ... nor a dialogue, a meeting or a call with a party
        ("ودعا المجلس إلى حوار مع الإدارة الذاتية", []),
        ("وأجرى القائد اتصالا هاتفيا مع التحالف الدولي", []),
        ("وأجرى المبعوث الأممي اتصالاً هاتفياً مع «قسد» لبحث الوضع", []),
        # the outlets whose names are words, only in quotation marks
        ("وأعلن الجديد من المقاتلين انضمامهم", []),
        ("وأكد السبيل الوحيد لإنهاء الحرب هو الحل السياسي", []),
        ("ولا يسلك المهربون السبيل ذاته مع الجديد", []),
        # the outlet's woman reporter
        ("وفق ما أفادت مراسلة «الجديد» على الحدود", ["Al-Jadeed"]),
        # outlets the lexicon lacked, and names spelt without the article
        ("قامشلو – روج آفا نيوز\n\nاعتقلت قوات الأسايش", ["Rojava News"]),
        ("وقال مراسل «أنا برس» إن الغارات استمرت", ["ANA Press"]),
        ("وقالت منظمة يونيسف إن ثلاثة أطفال قتلوا", ["UNICEF"]),
        ("وبحسب منظمة هالو ترست فإن الألغام قتلت 250 شخصاً", ["HALO Trust"]),
        # the Moroccan site's name, only where it is cited: not "today 24 were killed"
        ("عنوان\n\nاليوم 24 – وكالات\n\nانفجر لغم", ["Alyaoum24"]),
        ("قتل اليوم 24 مدنياً في القصف", []),
    ],
)
def test_outlets_told_in_an_interview_and_outlets_of_a_studied_set(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people quoted by names the romanizer now knows: a nisba of Qusayr, al-Sayyed
        (
            "وقال أبو عمر القصيراوي، وهو ناشط إعلامي داخل المدينة، إن المقاتلين صامدون",
            ["Abu Omar al-Qusayrawi"],
        ),
        ("وقال الطبيب عمار السيد، من المستشفى الوطني، إن الأطفال وصلوا", ["Ammar al-Sayyed"]),
        # a nisba of a name whose word is a particle is still a name (al-Bini)
        (
            "ويعتبر المحامي أنور البني، في تصريح لـ«العربي الجديد»، أن المحاكمة عادلة",
            ["Anwar al-Bini", "Al-Araby Al-Jadeed"],
        ),
        # an analyst's view given to an outlet quotes him...
        (
            "ويرى الباحث في الشؤون السورية محمد حامد، في تصريحات لـ«صدى البلد»، أن ما يجري خطير",
            ["Mohammad Hamed", "Sada El Balad"],
        ),
        # ... a view told in passing does not
        ("ويرى الباحث العسكري ماهر العلي أن انهيار الخطوط سريع", []),
        ("واعتبر القاضي أحمد الخطيب في تصريحاته السابقة أن الحكم عادل", []),
    ],
)
def test_people_quoted_with_new_names_and_an_analyst_s_view_told_to_an_outlet(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("درعا – جيرون\n\nوقال مصدر لـ«جيرون» إن البراميل سقطت", ["Geiroon", "Geiroon"]),
        # ... not the gate of the Umayyad Mosque
        ("وتجمع المصلون عند باب جيرون في دمشق القديمة", []),
        # a working group of anything is no outlet, nor the subject after a present verb
        ("قالت مجموعة العمل المالي إن سوريا على القائمة", []),
        ("وبعد انسحاب قسد تعلن الحكومة السورية السيطرة على البلدة", []),
    ],
)
def test_geiroon_and_words_that_name_no_outlet(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outlets whose short names are words: after a reporter, a reporting word or ل
        ("وقال مصدر لمراسل قناة سما إن الوحدات فككت الألغام", ["Sama TV"]),
        # ... not a woman named so
        ("وقالت سما، وهي نازحة من ريف إدلب، إن منزلها دُمّر", []),
        ("بحسب ما أفاد به مراسل زيتون نقلاً عن مصادر محلية", ["Zaitoun"]),
        ("وقال نازح لـ«زيتون» إن منزله أُحرق", ["Zaitoun"]),
        (
            "الغوطة الشرقية – راديو ألوان\n\nقال مراسل راديو ألوان إن الحصار مستمر",
            ["Radio Alwan", "Radio Alwan"],
        ),
        ("وقال مصدر عسكري لـ«جو 24» إن الاشتباك استمر ساعتين", ["Jo24"]),
        (
            "أعلنت القيادة العامة للقوات المسلحة الأردنية أن قواتها اشتبكت مع مهربين",
            ["Jordanian Armed Forces"],
        ),
        # ... not the words themselves
        ("تطل القرية على أشجار الزيتون وسما المدينة صافية", []),
        ("وتحمل اللافتات ألوان العلم", []),
    ],
)
def test_outlets_of_news_set_29(sources: SourceSuggester, text: str, expected: list[str]) -> None:
    assert [name for _span, name, _scale in _found(sources, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # names of new outlets that are also phrases, chants, idioms or people's names
        "وتزداد معاناة الشعب اليومية مع انقطاع الكهرباء",
        "وأكد أن قناة الحوار مع دمشق لا تزال مفتوحة",
        "وسجلت شبكة رصد الزلازل هزة أرضية",
        "انسحبت الفصائل تاركة الجمل بما حمل",
        'وهتف المتظاهرون "طلعنا عالحرية"',
        "وقالت نينا، وهي نازحة من ريف إدلب، إن منزلها دُمّر",
        "واستهدفت المدفعية موقع المنصة الصاروخية",
        "وتقدمت القوات على «المحور» الشرقي",
        # ... nor an outlet at the end of a headline that opens with a place
        "درعا – اجتماع مع اللجنة المركزية",
        "دمشق – الشرع يزور الإمارات اليوم",
    ],
)
def test_phrases_that_name_no_new_outlet(sources: SourceSuggester, text: str) -> None:
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد الهلال الأحمر الكردي بمقتل امرأة وطفلها", ["Kurdish Red Crescent"]),
        ("وقالت المفوضية العليا للاجئين إن 18 ألف سوري عبروا إلى لبنان", ["UNHCR"]),
        # ... not their teams and convoys at work
        ("أشرفت فرق الهلال الأحمر العربي السوري على نقل الجثامين", []),
        ("ودخلت قافلة لبرنامج الأغذية العالمي إلى المدينة", []),
    ],
)
def test_humanitarian_bodies_as_they_report(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _span, name, _scale in _found(sources, text)] == expected


def test_outlets_under_their_own_spellings(sources: SourceSuggester) -> None:
    text = (
        'حلب - سيريانيوز\n\nوقال مصدر طبي لسيريانيوز إن القذائف سقطت. وقال الطبيب لـ"سرايا" '
        "إن المستشفى استقبل جرحى، وقالت المسؤولة لأخبار الأمم المتحدة إن الألغام قتلت طفلين."
    )
    assert [(found, name) for found, name, _scale in _found(sources, text)] == [
        ("سيريانيوز", "Syria News"),
        ("سيريانيوز", "Syria News"),
        ("سرايا", "Saraya News"),
        ("أخبار الأمم المتحدة", "UN News"),
    ]
    # Bare, سرايا is a group's companies, not the outlet.
    assert _found(sources, "وأعلنت سرايا المقاومة مسؤوليتها عن الهجوم") == []


def test_a_city_before_a_quoted_outlet_in_a_dateline_is_the_place(
    sources: SourceSuggester,
) -> None:
    # Riyadh is a daily's name too; before «الجزيرة» it is where the report was filed,
    # and the dateline's city tells the Riyadh daily from the Doha channel.
    text = "عنوان الخبر\n\nالرياض – «الجزيرة» – وكالات:\n\nحمّلت واشنطن موسكو المسؤولية"
    assert [(found, name) for found, name, _scale in _found(sources, text)] == [
        ("الجزيرة", "Al-Jazirah")
    ]
    text = "عنوان الخبر\n\nالدوحة – «الجزيرة»:\n\nحمّلت واشنطن موسكو المسؤولية"
    assert [name for _found_text, name, _scale in _found(sources, text)] == ["Al Jazeera"]


def test_outlets_named_by_common_words_count_in_quotes_or_a_dateline(
    sources: SourceSuggester,
) -> None:
    text = (
        "عنوان الخبر\n\nمكان - القدس\n\n"
        "وقال المرصد لـ«المصريون» إن المصريون يتابعون الأمر في كل مكان"
    )
    assert [(found, name) for found, name, _scale in _found(sources, text)] == [
        ("مكان", "Makan"),
        ("المرصد", "SOHR"),
        ("المصريون", "Al-Mesryoon"),
    ]


def test_near_misses_of_this_round_s_outlets_and_people(sources: SourceSuggester) -> None:
    # Another outlet's Riyadh dateline leaves Al Jazeera named in the body Al Jazeera.
    text = "عنوان\n\nالرياض – «الشرق الأوسط»\n\nوبثت «الجزيرة» مشاهد من موقع القصف"
    assert [name for _t, name, _s in _found(sources, text)] == ["Asharq Al-Awsat", "Al Jazeera"]
    # Common words in quotation marks with no word of reporting are no outlets.
    assert _found(sources, "لم يحدد «مكان» الاجتماع بعد") == []
    assert _found(sources, "ورفع المتظاهرون شعار «صوت العراق» خلال الاحتجاجات") == []
    # The person a source tells of after أن is not the one who speaks.
    text = "وأفادت مصادر محلية أن سالم الأحمد، وهو قيادي في الفصيل، قتل بانفجار عبوة"
    assert _found(sources, text) == []
    text = "وقال سالم الأحمد، وهو ناشط في البلدة، إن القصف استمر"
    assert [name for _t, name, _s in _found(sources, text)] == ["Salem al-Ahmad"]


def test_outlets_named_like_people_and_words_from_a_probe(sources: SourceSuggester) -> None:
    # A resident whose given name is an outlet's, named or described.
    text = "قال فارس الحمدان، أحد سكان حي الفردوس، إن القصف استمر"
    assert [name for _t, name, _s in _found(sources, text)] == ["Fares al-Hamdan"]
    assert _found(sources, "وقالت صفا، وهي نازحة، إن القصف استمر") == []
    assert [name for _t, name, _s in _found(sources, "ونقلت «صفا» عن مصادر أن")] == [
        "Safa News Agency"
    ]
    # The news, the world and a month are no outlets.
    assert _found(sources, "نشرت الخبر صفحات موالية") == []
    assert _found(sources, "أعلن في تشرين الأول أنه انسحب") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المرصد العراقي لحقوق الإنسان إن", "Iraqi Observatory for Human Rights"),
        ("ذكرت الفرات نيوز أن", "Alforat News"),
        ("أعلنت قوات اليونيفيل أن", "UNIFIL"),
        ("قال الجيش اللبناني في بيان إن", "Lebanese Armed Forces"),
        ("وقال الدفاع المدني اللبناني إن", "Lebanese Civil Defence"),
        ("وأفادت المنظمة الدولية للهجرة بأن", "IOM"),
    ],
)
def test_bodies_and_outlets_of_the_region_added(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert [found_name for _t, found_name, _s in _found(sources, text)] == [name]


def test_given_name_outlets_found_by_a_review(sources: SourceSuggester) -> None:
    # The outlet with its adjective stays the outlet; a person by age or family name not.
    assert [n for _t, n, _s in _found(sources, "وذكرت فارس الإيرانية أن مستشارا قتل")] == [
        "Fars News Agency"
    ]
    assert _found(sources, "وقال شهاب، 40 عاما، إن الغارة دمرت منزل جاره") == []
    text = "وقال فارس محمود، أحد سكان البلدة، إن القصف استمر"
    assert [n for _t, n, _s in _found(sources, text)] == ["Fares Mahmoud"]
    # Bodies at work are cited only after a reporting word.
    assert _found(sources, "وسيرت قوات اليونيفيل دورية مشتركة قرب الناقورة") == []
    assert _found(sources, "وصل النازحون إلى مركز تديره المنظمة الدولية للهجرة") == []
    assert _found(sources, "وقال أحد المسؤولين لصحيفة الأسبوع الماضي إن") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت صحيفة غلف نيوز إن", "Gulf News"),
        ("ذكرت وكالة ميزوبوتاميا أن", "Mezopotamya Agency"),
        ("أفاد موقع ساسة بوست بأن", "Sasa Post"),
        ("بحسب مركز الميزان لحقوق الإنسان", "Al Mezan"),
    ],
)
def test_outlets_of_the_round_s_lists(sources: SourceSuggester, text: str, name: str) -> None:
    assert [found_name for _t, found_name, _s in _found(sources, text)] == [name]


def test_bodies_of_the_round_s_lists_only_after_a_reporting_word(sources: SourceSuggester) -> None:
    # UN missions and rights bodies are also parties to what is reported.
    assert _found(sources, "دخلت دورية لقوة الأمم المتحدة لمراقبة فض الاشتباك إلى البلدة") == []
    assert [n for _t, n, _s in _found(sources, "وقالت الأندوف في بيان إن")] == ["UNDOF"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الخبير الاقتصادي السوري كرم شعار إن العقوبات لم تمنع القصف",
        "وصرح السفير العربي لدى دمشق بأن قصفاً استهدف محيط المطار",
        "اندلعت الثورة السورية ضد بشار الأسد في آذار 2011",
    ],
)
def test_phrases_that_name_outlets_of_the_lists_only_as_outlets(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []


def test_a_river_s_name_is_its_outlet_only_quoted_after_a_cue_or_in_a_dateline(
    sources: SourceSuggester,
) -> None:
    text = "دير الزور – الفرات\n\nأحبط الجيش الهجوم، بحسب ما أفاد مراسل «الفرات»."
    assert [name for _text, name, _scale in _found(sources, text)] == ["Al-Furat", "Al-Furat"]
    assert _found(sources, "عبر مقاتلو التنظيم نهر الفرات باتجاه الضفة الشرقية") == []


def test_the_tigris_is_its_channel_only_quoted_after_a_cue_or_in_a_dateline(
    sources: SourceSuggester,
) -> None:
    text = 'دمشق – دجلة\n\nوقال المتحدث في تصريح خاص لـ"دجلة" إن الوزارة تتابع'
    assert [name for _text, name, _scale in _found(sources, text)] == ["Dijlah TV", "Dijlah TV"]
    assert _found(sources, "عبر النازحون نهر دجلة إلى العراق") == []


def test_a_group_or_society_cited_again_by_its_kind(sources: SourceSuggester) -> None:
    text = (
        "بحسب ما وثقته «مجموعة العمل من أجل فلسطينيي سورية». وارتفع عدد البراميل إلى "
        "عشرين، وفق المجموعة. وقالت المجموعة المسلحة إنها انسحبت"
    )
    assert [(span, name) for span, name, _ in _found(sources, text)] == [
        ("مجموعة العمل من أجل فلسطينيي سورية", "Action Group for Palestinians of Syria"),
        ("المجموعة", "Action Group for Palestinians of Syria"),
    ]


def test_a_centre_named_again_before_ila_is_that_centre(sources: SourceSuggester) -> None:
    text = (
        "وثّق مركز توثيق الانتهاكات في سوريا مقتل 37 معتقلاً. "
        "وأشار المركز إلى أن معظمهم قضوا في أفرع المخابرات."
    )
    assert [name for _, name, _ in _found(sources, text)] == ["Violations Documentation Center"] * 2
    text = "وثّق مركز توثيق الانتهاكات في سوريا مقتل 37 معتقلاً. وأشار المركز الطبي إلى أن"
    assert [name for _, name, _ in _found(sources, text)] == ["Violations Documentation Center"]


def test_a_kunya_with_a_town_s_nisba_and_the_kunya_alone_later(sources: SourceSuggester) -> None:
    text = (
        "وقال ناشط إعلامي من داريا يُدعى أبو كنان الدراني لـ«الرؤية»، عبر الإنترنت، إن "
        "«الطائرات لم تغادر السماء». فيما أكد أبو كنان أن «آلاف العائلات نزحت»."
    )
    assert _found(sources, text) == [
        ("أبو كنان الدراني", "Abu Kinan al-Darani", "Other"),
        ("الرؤية", "Al-Roeya", "Regional"),
        ("أبو كنان", "Abu Kinan al-Darani", "Other"),
    ]


def test_the_committees_named_again_by_their_kind(sources: SourceSuggester) -> None:
    text = "وذكرت لجان التنسيق المحلية أن القصف طال المدينة. وأحصت اللجان مقتل 142 شخصاً."
    assert [name for _, name, _ in _found(sources, text)] == ["Local Coordination Committees"] * 2
    # the vision of a plan is no outlet
    assert _found(sources, "قال الوزير إن الرؤية الجديدة للحكومة تقوم على") == []


def test_a_body_that_stated_after_where_it_sits(sources: SourceSuggester) -> None:
    text = "وكان مركز المصالحة الروسي في حميميم قد أعلن أمس رصد 14 عملية قصف"
    assert _found(sources, text) == [
        ("مركز المصالحة الروسي", "Ministry of Defence of Russia", "International")
    ]


def test_the_round_s_source_rules_near_misses(sources: SourceSuggester) -> None:
    # a seat does not run across a comma
    text = "شنت قوات النظام هجوماً على مواقع جيش العزة في اللطامنة، قالت وكالة سانا إنه"
    assert [name for _, name, _ in _found(sources, text)] == ["SANA"]
    # a kunya described anew is another man
    text = (
        "قال القائد العسكري أبو محمد الجولاني إن المعركة مستمرة. "
        "وقال أبو محمد، أحد سكان إدلب، إن القصف لم يتوقف."
    )
    assert [name for _, name, _ in _found(sources, text)][-1] == "Abu Mohammad"
    # «الرؤية» quoted as a word
    assert _found(sources, "وطرحت الإدارة الذاتية ما سمته «الرؤية» السياسية لحل الأزمة") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مازن الدقر، أحد سكان الحي، في اتصال هاتفي مع «حبر»، إن «المشيعين خرجوا»",
         [("مازن الدقر", "Mazen al-Daqqar"), ("حبر", "Hibr Press")]),
        ("ريف حماة – حبر\n\nقُتل تسعة عناصر، بحسب ما أفاد مراسل «حبر» في المنطقة",
         [("حبر", "Hibr Press"), ("حبر", "Hibr Press")]),
        ("ضد حكم الرئيس بشار الأسد، تقول الأمم المتحدة إنها خلّفت أكثر من 5400 قتيل",
         [("الأمم المتحدة", "United Nations")]),
        ("إذ أعلنت قيادة التحالف في بيان أن مقاتلاتها نفذت سبع غارات",
         [("قيادة التحالف", "CJTF-OIR")]),
        ("وفق ما أكدته حملة «الرقة تذبح بصمت». وأضافت الحملة أن عناصر الحسبة اعتقلوا شبانا",
         [("حملة «الرقة تذبح بصمت»", "Raqqa is Being Slaughtered Silently"),
          ("الحملة", "Raqqa is Being Slaughtered Silently")]),
    ],
)  # fmt: skip
def test_outlets_named_as_words_bodies_and_people_of_known_family_names(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(found, name) for found, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "صلينا «الفجر» في المسجد",
        "بدأت الحملة العسكرية على البلدة",
        "وفق ما أكدته حملة «الرقة تذبح بصمت». وبلغت حصيلة الحملة الأمنية 30 معتقلاً",
        "رفضت «المركزية» في درعا شروط الوفد الروسي",
        "كما يقول العرب، الحرب خدعة",
    ],
)
def test_the_words_those_outlets_are_named_by_stay_words(
    sources: SourceSuggester, text: str
) -> None:
    words = {"الفجر", "الحملة", "المركزية", "العرب"}
    assert [found for found, _, _ in _found(sources, text) if found in words] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("حماة – جهينة نيوز:\n\nتمكنت وحدات من الجيش من السيطرة على القرية", "Jouhina News"),
        ("بحسب ما أفاد مراسل ميكرو سيريا في إدلب", "Micro Syria"),
        ("وقال مصطفى حمو، من أهالي الشيخ عيسى، لبوير برس إن القذائف سقطت", "Buyer Press"),
        ("دير الزور – «الحوار»\n\nقُتل أربعة أشخاص", "Al-Hiwar TV"),
    ],
)
def test_syrian_and_regional_outlets_added_this_round(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert name in [found_name for _, found_name, _ in _found(sources, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقلت الشبكة عن المسعف أبو محمود الحلبي قوله: «انتشلنا جثث سبعة»",
         ("أبو محمود الحلبي", "Abu Mahmoud al-Halabi")),
        ("بحسب ما أعلنه المتحدث باسم حملة «غضب الفرات» طلال سلو.", ("طلال سلو", "Talal Silo")),
        ("بحسب ما أعلنه والي ولاية هاتاي التركية رحمي دوغان.", ("رحمي دوغان", "Rahmi Dogan")),
        ("وقال عضو المكتب السياسي في المنظمة، سركون يوخنا، لـ«إن آر تي» إن الخاطفين نقلوهم",
         ("سركون يوخنا", "Sargon Youkhana")),
    ],
)  # fmt: skip
def test_a_person_passed_on_with_his_saying_or_named_at_a_sentence_s_end(
    sources: SourceSuggester, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(found, name) for found, name, _ in _found(sources, text)]


def test_what_was_moved_is_no_person_passed_on(sources: SourceSuggester) -> None:
    text = "ونقلت الإدارة طلاب المدرسة إلى حي صلاح الدين. وتعود الدراسة الشهر المقبل"
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("حلب – شبكة حلب نيوز\n\nقُتل 37 مدنياً", "Halab News Network"),
        ("وقال القيادي أبو عمر لـ«مكة» إن مقاتليه صدّوا الهجوم", "Makkah Newspaper"),
        ("وأفاد مراسل الشرقية بأن قوات حرس الحدود اعتقلت أربعة", "Al-Sharqiya (Iraq)"),
        ("أعلن «الجيش السوري الحر» في بيان أن مقاتليه نصبوا كميناً", "Free Syrian Army"),
        ("وأعلنت القيادة العامة لوحدات حماية الشعب، في بيان، مقتل مقاتلين", "YPG"),
        ("راح ضحيتها 108 أشخاص، وفق أرقام الأمم المتحدة", "United Nations"),
    ],
)
def test_outlets_and_groups_of_the_thirty_seventh_set(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert name in [found_name for _, found_name, _ in _found(sources, text)]


@pytest.mark.parametrize(
    "text",
    [
        "الغوطة الشرقية: طفلان يموتون جوعاً",
        "زار وفد مكة لأداء العمرة وقال إن الرحلة طويلة",
        "قال إن وحدات حماية الشعب تقدمت نحو القرية",  # (who advanced, not who said)
    ],
)
def test_places_and_actors_behind_those_names_are_no_sources(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "بحسب مصادر محلية، قتل القيادي في الفصيل أحمد الحسن.",
        "وبحسب ناشطين، اعتقلت قوات النظام الشاب محمد الخطيب.",
        "لم يقتصر القصف على الأحياء السكنية فحسب، بل طال منزل القيادي أحمد الحسن.",
        "تقدمت القوات حسب الخطة التي وضعها العميد سهيل الحسن.",
        "وهو ما أكده مقتل القيادي محمد الخطيب.",
        "بحسب ما أعلنه الجيش عن مقتل القيادي أحمد الحسن.",
        "نقلت الصحيفة عن والد الطفل محمد الخطيب قوله إن القصف استمر",
    ],
)
def test_a_man_told_of_is_no_source(sources: SourceSuggester, text: str) -> None:
    assert [found for found, _, _ in _found(sources, text) if "ال" in found[2:]] == []


def test_a_speaker_by_his_role_after_according_to(sources: SourceSuggester) -> None:
    text = "وذلك وفقا لما صرح به قائد الفصيل محمد الخطيب."
    assert ("محمد الخطيب", "Mohammad al-Khatib") in [
        (found, name) for found, name, _ in _found(sources, text)
    ]


def test_a_group_s_numbers_are_not_its_figures(sources: SourceSuggester) -> None:
    assert _found(sources, "وتضاعفت أرقام الجيش الحر من المقاتلين خلال عام") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال شقيقه فادي الحلبي لرصيف22 إن الرصاص جاء من سطح المبنى", "Fadi al-Halabi"),
        ("بحسب الناطق باسم غرفة العمليات، الرائد عبد الرحمن الأحمد.", "Abdul Rahman al-Ahmad"),
    ],
)
def test_a_brother_speaking_and_a_spokesman_by_his_rank(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert name in [found_name for _, found_name, _ in _found(sources, text)]


@pytest.mark.parametrize(
    "text",
    [
        "ونشر الجيش الحر عناصره على الحواجز",
        "ونشرت «قسد» حواجز في المدينة",
        "ونقل الجيش الحر الجرحى إلى المشفى",
        "ورصد الجيش الحر رتلا للنظام",
    ],
)
def test_a_group_deploying_carrying_or_spotting_reports_nothing(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []
    assert _found(sources, "ونشرت قسد بيانا قالت فيه إن مقاتليها تقدموا") != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("عشرات القتلى في قصف على حمص\n\nدمشق 15 ربيع الأول 1433 هـ الموافق 07 فبراير 2012 م واس\n"
         "قُتل ٥٠ شخصاً", "SPA"),
        ("اتفاق في السويداء\n\nدمشق - واج\n\nأعلنت الوزارة التوصل إلى اتفاق", "APS"),
        ("وقال مراسل «مصر العربية» في إدلب إن المقاتلين دخلوا المدينة", "Masr Al Arabia"),
        ("وقال مراسل «حارة إف إم» في ريف حلب الشمالي إن أرتالاً دخلت", "Hara FM"),
        ("وقال مصدر في قيادة الأسايش لـ PUKmedia إن الغارات استمرت", "PUKmedia"),
        ("وأكد مسؤول كنسي لـ«التيار» أن الأمان عاد إلى البلدة", "Tayyar.org"),
        ("بحسب ما أفادت الهيئة العامة للثورة السورية. وأوضحت الهيئة في بيان أن القصف طال منازل",
         "Syrian Revolution General Commission"),
    ],
)  # fmt: skip
def test_outlets_and_bodies_of_the_thirty_eighth_set(
    sources: SourceSuggester, text: str, name: str
) -> None:
    assert [n for _, n, _ in _found(sources, text)].count(name) >= (2 if "الهيئة في" in text else 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بحسب ما أفادت الهيئة العامة للثورة السورية. وقالت الهيئة الشرعية في حلب إنها رفضت",
         ["Syrian Revolution General Commission"]),
        ("بحسب ما قاله القائد العسكري أبو محمد الحلبي.", ["Abu Mohammad al-Halabi"]),
        ("بحسب ما نقلته الوكالة عن مدير المشفى محمد الخطيب.", ["Mohammad al-Khatib"]),
        ("وقال أحد ذوي المعتقلين محمد الخطيب لـ«سمارت» إن ابنه اعتقل",
         ["Mohammad al-Khatib", "SMART News Agency"]),
        ("وأعلن «التيار» الصدري انسحابه من الحكومة", []),
    ],
)  # fmt: skip
def test_another_body_a_titled_speaker_a_relative_speaking_and_a_party(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a daily whose name is "the city", only quoted after a cue or in a dateline
        ("عواصم - وكالات، «المدينة»\n\nأكد رئيس البعثة أن", ["Al-Madina"]),
        ("وقال ناشط من البلدة لـ«المدينة» عبر الهاتف إن البيوت أبيدت", ["Al-Madina"]),
        ("وسيطرت قوات النظام على «المدينة» بعد معارك", []),
        # the Moroccan agency by its initials in a dateline
        ("واشنطن - 24 شتنبر 2014 (و م ع)\n\nواصلت الطائرات غاراتها", ["MAP"]),
        # a body named again raising its toll, not lifting a ban
        ("وبحسب الهيئة العامة للثورة السورية، قصفت القوات البلدة. ورفعت الهيئة حصيلة "
         "الضحايا إلى 110 قتلى.",
         ["Syrian Revolution General Commission", "Syrian Revolution General Commission"]),
        ("وبحسب الهيئة العامة للثورة السورية، قصفت القوات البلدة. ورفعت الهيئة الحظر.",
         ["Syrian Revolution General Commission"]),
        # a statement a command issued
        ("وأسرت نحو 80 عنصراً، وفق بيان أصدرته القيادة العامة للأسايش.", ["Asayish"]),
        # the saying after a clause on the speaker, and a public figure by his name
        ("ونقلت إرنا عن السفير الإيراني حسين أكبري، الذي نجا من الهجوم، قوله إن الطائرات "
         "أطلقت ستة صواريخ", ["IRNA", "Hossein Akbari"]),
        ("ونقلت الوكالة عن حسين الأحمد، الذي قتل شقيقه، أن الطائرات أطلقت صواريخ", []),
        ("أكد رئيس بعثة المراقبين الجنرال روبرت مود أن 92 شخصاً قتلوا. وقال مود إن الظروف "
         "غامضة.", ["Robert Mood", "Robert Mood"]),
    ],
)  # fmt: skip
def test_outlets_bodies_and_people_of_the_forty_first_set(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


def test_a_brigade_s_statement(sources: SourceSuggester) -> None:
    text = "أعلن «اللواء الثامن»، أكبر الفصائل المحلية في ريف درعا الشرقي، حلّ نفسه"
    assert [name for _, name, _ in _found(sources, text)] == ["Eighth Brigade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("القامشلي - مراسل التآخي\n\nاستعادت الوحدات القرية", ["Al-Taakhi"]),
        ("من جهتها، أعلنت قوات الأسايش في بيان اعتقال ٧ أشخاص", ["Asayish"]),
        ("وقال مصدر أمني لـ«الأسبوع» إن الأجهزة تلاحق شبكة", ["El Aosboa"]),
        ("وأعلنت الوزارة الأسبوع الماضي أن الأجهزة تلاحق شبكة", []),
        ("بحسب ما أعلنه وزير الصحة السوري حسن الغباش، بعدما", ["Hassan al-Ghabbash"]),
    ],
)  # fmt: skip
def test_outlets_bodies_and_people_of_the_forty_second_set(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "دعا المشاركون إلى نشر التآخي والعيش المشترك في الحسكة",
        "وبحسب المرصد السوري، قصفت القوات البلدة. ورفع المرصد عدد نقاطه الميدانية",
        "ونقلت الوكالة عن مصدر مقرب من القيادي أحمد الحسن، الذي اغتيل أمس، قوله إن التحقيق مستمر",
    ],
)
def test_brotherhood_a_number_raised_and_a_man_killed_are_no_sources(
    sources: SourceSuggester, text: str
) -> None:
    assert [n for _, n, _ in _found(sources, text)] in ([], ["SOHR"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقل المركز عن أحد سكان البلدة، ويدعى أبو خالد الحموي (52 عاماً)، قوله إن الجنود "
         "أخرجوا جاره", ["Abu Khaled al-Hamawi"]),
        ("وقال أحد أبناء عرسال، ويدعى محمد الحجيري، لإذاعة صوت لبنان إن البرميل سقط",
         ["Mohammad al-Hujeiri", "Voice of Lebanon"]),
        ("أعلنت خلية الإعلام الأمني أن الطائرات نفذت ضربة. وأوضحت الخلية في بيانها أن "
         "الضربة جاءت بناءً على معلومات", ["Security Media Cell", "Security Media Cell"]),
    ],
)  # fmt: skip
def test_people_by_their_age_and_a_cell_named_again(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأسرت نحو 80 عنصراً، وفق بيان رسمي أصدرته القيادة العامة للأسايش", ["Asayish"]),
        ("تنفيذا للقرار الذي أصدرته هيئة تحرير الشام بمنع التدخين", []),
    ],
)
def test_a_statement_issued_not_a_decree(
    sources: SourceSuggester, text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == expected


def test_an_iraqi_agency_s_name_between_slashes_is_quoted(sources: SourceSuggester) -> None:
    text = (
        "مقتل زائرين قرب دمشق\n\nدمشق / نينا / أفاد مراسل الوكالة الوطنية العراقية للأنباء "
        "/نينا/ في دمشق بمقتل زائرين. وتلقت نينا ابنة الضحية العزاء"
    )
    assert [span for span, name, _ in _found(sources, text)] == [
        "نينا",
        "الوكالة الوطنية العراقية للأنباء",
        "نينا",
    ]


def test_a_name_it_is_known_by_is_the_same_source(sources: SourceSuggester) -> None:
    text = "وفق ما أفاد الدفاع المدني السوري المعروف بـ«الخوذ البيضاء»."
    assert _found(sources, text) == [
        ("الدفاع المدني السوري", "Syria Civil Defence", "Other"),
        ("الخوذ البيضاء", "Syria Civil Defence", "Other"),
    ]
    assert _found(sources, "عناصر من الفصائل المعروفة بـ«الخوذ البيضاء» في البلدة") == []


def test_a_saudi_daily_named_like_concord_only_quoted_or_in_its_byline(
    sources: SourceSuggester,
) -> None:
    text = (
        "مقتل تسعة مدنيين بغارات على إدلب\n\nالوئام – وكالات\n\nقُتل تسعة مدنيين أمس. وقال "
        "بائع لـ«الوئام»: «كانت السوق مكتظة». ودعا الشيخ إلى الوئام الوطني بين السوريين"
    )
    assert [span for span, name, _ in _found(sources, text) if name == "Al-Weeam"] == [
        "الوئام",
        "الوئام",
    ]


def test_a_party_admitting_its_losses_is_a_source(sources: SourceSuggester) -> None:
    text = "زعمت وكالة أعماق مقتل 11 عنصراً، فيما أقرّت «قسد» بمقتل أربعة من مقاتليها."
    assert ("قسد", "SDF", "Other") in _found(sources, text)
    assert ("حزب الله", "Hezbollah", "Other") in _found(sources, "وأقرّ «حزب الله» بأنه فقد ثلاثة")
    # (not a body passing a law or approving a plan)
    assert _found(sources, "أقرت الإدارة الذاتية قانوناً جديداً لواجب الدفاع الذاتي") == []
    assert _found(sources, "وأقرت وزارة الداخلية آلية جديدة لمنح جوازات السفر") == []


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت مؤسسة الطيران السورية تسيير رحلات أسبوعية على خط دمشق/ الرياض/ دمشق.",
        "وصل الوزير إلى العاصمة السعودية (الرياض) في زيارة رسمية.",
    ],
)
def test_slashes_and_brackets_quote_no_other_outlet_s_common_word(
    sources: SourceSuggester, text: str
) -> None:
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس جمعية حنان الخيرية أحمد العلي لـ«سانا» إن الجمعية وزعت سلالاً",
         "Ahmad al-Ali"),
        ("وقال مصدر طبي في مستشفى رفيق الحريري، إن الجرحى نقلوا إلى الطوارئ", None),
        ("وأعلنت وزارة الدفاع مقتل العقيد جعفر الحسن، في هجوم على بادية حمص", None),
        ("وقال الوزير بعد لقائه رئيس مجلس النواب اللبناني نبيه بري، إن العلاقات أخوية", None),
    ],
)  # fmt: skip
def test_a_man_named_after_a_word_of_stating_but_not_speaking(
    sources: SourceSuggester, text: str, speaker: str | None
) -> None:
    people = [name for _, name, scale in _found(sources, text) if " " in name and scale == "Other"]
    assert people == ([speaker] if speaker else [])


def test_a_short_name_in_brackets_after_a_quoted_name_is_the_same_source(
    sources: SourceSuggester,
) -> None:
    text = "أعلنت «قوات سوريا الديمقراطية» (قسد)، اليوم الإثنين، سيطرتها على حي النهضة"
    assert _found(sources, text) == [
        ("قوات سوريا الديمقراطية", "SDF", "Other"),
        ("قسد", "SDF", "Other"),
    ]


def test_an_agency_s_short_name_in_brackets_is_quoted(sources: SourceSuggester) -> None:
    text = (
        "وروى أحد السكان لمراسل (نينا) عبر الهاتف أن الطائرات لم تغادر. "
        "وذكر مصدر أمني لـ(الزمان) أن القوات رفعت حالة التأهب"
    )
    assert [name for _, name, _ in _found(sources, text)] == [
        "National Iraqi News Agency",
        "Azzaman",
    ]


def test_a_second_source_joined_to_a_cued_one_is_cued_too(sources: SourceSuggester) -> None:
    text = "وفق ما أفاد به المرصد السوري لحقوق الإنسان والدفاع المدني السوري."
    assert [name for _, name, _ in _found(sources, text)] == ["SOHR", "Syria Civil Defence"]
    # (not one joined to a name after the ل of belonging)
    text = 'مقار لـ"الحرس الثوري" الإيراني و"حزب الله" اللبناني'
    assert _found(sources, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وأكد الرئيس خلال زيارته لـ(الرياض) أن سوريا لن تكون منطلقاً لتهديد جيرانها.", []),
        ("ودعت الهيئة الأطراف إلى الاحتكام لـ(الحوار) بدلاً من السلاح.", []),
        ("وقال مصدر عسكري لـ(الوطن) إن الهجوم صُد.", ["Al-Watan"]),
        ("وقال محافظ نينوى لمراسل (واع) إن الحدود مؤمنة.", ["Iraqi News Agency"]),
        ("وأقرت الإدارة الذاتية قراراً يقضي بأن يُلزم الشبان بأداء واجب الدفاع الذاتي.", []),
        ("وأقرت قوات سوريا الديمقراطية، في بيان نشرته مساء الأحد، بمقتل ثلاثة من عناصرها.",
         ["SDF"]),
        ("وتدور اشتباكات بين قوات النظام بحسب المرصد وهيئة تحرير الشام في محيط كفرنبودة.",
         ["SOHR"]),
        ("ونقل الهلال الأحمر العربي السوري والدفاع المدني الجرحى إلى مستشفيات المدينة.", []),
    ],
)  # fmt: skip
def test_brackets_admissions_and_joined_names_in_their_senses(
    sources: SourceSuggester, text: str, names: list[str]
) -> None:
    assert [name for _, name, _ in _found(sources, text)] == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس لجنة التحقيق في مقتل الشاب، القاضي محمد الحسن، إن اللجنة ستنشر نتائجها",
         "Mohammad al-Hassan"),
        ("وقال مسؤول ملف أسر الشهداء في المحافظة، محمد العلي، إن المساعدات توزع شهرياً",
         "Mohammad al-Ali"),
        ("وأعلنت الوزارة إلقاء القبض على جعفر الموسوي، المتورط في التفجير", None),
        ("وأفادت الشبكة بوفاة الشابة هند المحاميد، متأثرة بجراحها", None),
        ("وأفاد مصدر طبي بمستشفى رفيق الحريري، بأن الجرحى نقلوا إلى الطوارئ", None),
    ],
)  # fmt: skip
def test_a_speaker_s_role_may_tell_of_a_death_but_a_victim_or_a_hospital_is_no_speaker(
    sources: SourceSuggester, text: str, speaker: str | None
) -> None:
    people = [name for _, name, scale in _found(sources, text) if " " in name and scale == "Other"]
    assert people == ([speaker] if speaker else [])


def test_an_outlet_named_like_a_word_after_its_reporter(sources: SourceSuggester) -> None:
    text = "وفق ما أفاد به مراسل زاكروس. وقال مدير المشفى لمراسل تلاقي إن الجرحى بالعشرات."
    assert [name for _, name, _ in _found(sources, text)] == ["Zagros TV", "Talaqi TV"]
    assert _found(sources, "وتمتد سلسلة جبال زاكروس على الحدود بين العراق وإيران.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت عبوة في حي المزة، بحسب قيادة شرطة دمشق، من دون أن تتبنى أي جهة التفجير.",
         [("قيادة شرطة دمشق", "Damascus Police Command")]),
        ("وأعلنت قيادة الأمن الداخلي في محافظة القنيطرة أن عنصرين أصيبا",
         [("قيادة الأمن الداخلي في محافظة القنيطرة", "Quneitra Internal Security Command")]),
        # (its source speaking to the article: the command; relayed by an agency: none)
        ("وقال مصدر في قيادة شرطة حمص إن القذائف سقطت على حي عكرمة",
         [("قيادة شرطة حمص", "Homs Police Command")]),
        ("ونقلت وكالة سانا عن مصدر في قيادة شرطة حمص أن القذائف سقطت على حي عكرمة",
         [("وكالة سانا", "SANA")]),
        ("وقال مصدر في قيادة شرطة حماة لوكالة سانا إن القذائف سقطت على المدينة",
         [("وكالة سانا", "SANA")]),
        ("ويأتي ذلك بعد افتتاح مقر جديد لقيادة الأمن الداخلي في مدينة بانياس", []),
        ("وفقاً لقيادة شرطة ريف دمشق، فإن الانفجار نجم عن عبوة",
         [("قيادة شرطة ريف دمشق", "Rural Damascus Police Command")]),
        ("وأعلنت قيادة شرطة حلب الحرة أن دورية تعرضت لإطلاق نار", []),
        ("وقالت قيادة الأمن الداخلي في الحسكة إن خلايا التنظيم هاجمت حاجزاً", []),
    ],
)  # fmt: skip
def test_a_governorate_s_police_or_security_command_when_cited(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, n) for s, n, _ in _found(sources, text)] == expected


def test_a_group_s_command_speaks_for_it(sources: SourceSuggester) -> None:
    text = "وأكدت القيادة العامة لـ«قسد» في بيان أن مقاتليها تصدّوا لهجوم واسع"
    assert [(s, n) for s, n, _ in _found(sources, text)] == [("قسد", "SDF")]
    command = "وأكدت قيادة «قسد» في بيان أن مقاتليها تصدّوا لهجوم واسع"
    assert [(s, n) for s, n, _ in _found(sources, command)] == [("قسد", "SDF")]
    struck = "واستهدفت الغارات مقر القيادة العامة لـ«قسد» في الحسكة"
    assert _found(sources, struck) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دمشق - «بلدنا»\n\nارتفعت حصيلة التفجير.", [("بلدنا", "Baladna")]),
        ("وقال مصدر في الشرطة لـ«بلدنا» إن السيارة انفجرت.", [("بلدنا", "Baladna")]),
        ("وقالت شبكة روج نيوز إن القصف طال القرية.", [("شبكة روج نيوز", "Roj News")]),
        ("وتساءل مراقبون عن «اليوم التالي» لسقوط النظام.", []),
        ("ورفع المحتجون لافتة كتب عليها \"بلدنا\" ليس للبيع.", []),
        ("واندلعت اشتباكات في محيط الإذاعة السودانية بأم درمان.", []),
        ("وبحسب الموجز الأسبوعي للأمم المتحدة، نزح الآلاف.", [("للأمم المتحدة", "United Nations")]),
    ],
)  # fmt: skip
def test_outlets_named_like_words_only_where_cited(
    sources: SourceSuggester, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, n) for s, n, _ in _found(sources, text)] == expected


def test_syriana_by_its_bare_name_and_now_lebanon_by_its_quoted_short_name(
    sources: SourceSuggester,
) -> None:
    text = "حمص – سيريانا\n\nوقال أحد الأهالي لسيريانا إن الحاجز أُغلق، بحسب مصدر لـ«ناو»."
    assert [name for _text, name, _scale in _found(sources, text)] == [
        "Syriana FM",
        "Syriana FM",
        "NOW Lebanon",
    ]
    kirkuk = _found(sources, "وقال مصدر أمني لموقع كركوك ناو إن الطريق أُغلق")
    assert [name for _text, name, _scale in kirkuk] == ["Kirkuk Now"]


def test_a_coordination_committee_cited_again_as_the_committee(sources: SourceSuggester) -> None:
    text = (
        "أفادت تنسيقية تدمر بمقتل ثلاثة مدنيين. وأعدم التنظيم شاباً في الساحة العامة، "
        "بحسب ما وثقته التنسيقية."
    )
    assert [(t, name) for t, name, _scale in _found(sources, text)] == [
        ("تنسيقية تدمر", "Palmyra Coordination"),
        ("التنسيقية", "Palmyra Coordination"),
    ]
    # ... alone only: with a name after it, it is another body
    other = "أفادت تنسيقية تدمر بمقتل ثلاثة. وقالت التنسيقية المحلية في السخنة إن الطريق أغلق."
    assert [t for t, _name, _scale in _found(sources, other)] == ["تنسيقية تدمر"]


def test_a_group_claiming_through_its_agency_is_no_source_beside_it(
    sources: SourceSuggester,
) -> None:
    text = "وتبنى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق» التابعة له."
    assert [name for _text, name, _scale in _found(sources, text)] == ["Amaq News Agency"]
    own = "وتبنى تنظيم «داعش» الهجوم عبر معرفاته الرسمية."
    assert [name for _text, name, _scale in _found(sources, own)] == ["Islamic State"]


def test_a_group_an_independent_agency_reports_stays_a_source(sources: SourceSuggester) -> None:
    text = "أعلنت هيئة تحرير الشام مقتل خمسة من عناصرها، وفق ما نشرته وكالة الأناضول."
    assert [name for _text, name, _scale in _found(sources, text)] == [
        "Hayat Tahrir al-Sham",
        "Anadolu Agency",
    ]
    text = "وتبنّى تنظيم «داعش»، في بيان نشرته وكالة «أعماق» التابعة له، الهجوم."
    assert [name for _text, name, _scale in _found(sources, text)] == ["Amaq News Agency"]


def test_a_latin_outlet_s_dateline_with_its_date_is_the_outlet(sources: SourceSuggester) -> None:
    text = "عنوان الخبر\n\nKurdWatch، 22 كانون الثاني 2013 – تجددت الاشتباكات في المدينة."
    assert _found(sources, text) == [("KurdWatch", "KurdWatch", "Other")]
    # (a person described by an age after a given name stays a person)
    assert _found(sources, "وقال شهاب، 40 عاما، إن الغارة دمرت منزل جاره") == []


def test_an_outlet_that_could_not_verify_is_no_source(sources: SourceSuggester) -> None:
    for text in (
        "ولم يتسنَّ لـ KurdWatch التحقق من هذه الأرقام بشكل مستقل.",
        "ولم يتسن لرويترز التحقق من صحة الرواية.",
    ):
        assert _found(sources, text) == [], text
    assert _found(sources, "وقالت رويترز إن خمسة قتلوا.") == [
        ("رويترز", "Reuters", "International")
    ]


def test_a_dateline_s_bare_name_of_an_outlet_listed_with_its_outlet_word(
    sources: SourceSuggester,
) -> None:
    text = "عصابات داعش تختطف عشرات العوائل\n\nبغداد - الغدير\n\nشن التنظيم هجوما على المخيم."
    assert _found(sources, text) == [("الغدير", "Al-Ghadeer TV", "Regional")]
    # (not outside a dateline: the feast of the name)
    assert _found(sources, "واحتفل الأهالي بعيد الغدير في المدينة.") == []


def test_a_state_outlet_described_before_its_name_in_brackets(sources: SourceSuggester) -> None:
    text = (
        "ونقلت وكالة الأنباء الرسمية (سانا) عن مصدر مسؤول أن الجهات المختصة اشتبكت مع "
        "مجموعة. وأضافت الوكالة أن مسلحين فجروا عبوة."
    )
    assert _found(sources, text) == [
        ("وكالة الأنباء الرسمية", "SANA", "National"),
        ("سانا", "SANA", "National"),
        ("الوكالة", "SANA", "National"),
    ]
    coalition = "من جانبه، أعلن التحالف الدولي بقيادة واشنطن أنه نفذ 20 ضربة."
    assert _found(sources, coalition) == [
        ("التحالف الدولي بقيادة واشنطن", "CJTF-OIR", "International")
    ]


def test_an_agency_that_could_not_verify_is_not_read_as_an_unknown_outlet(
    sources: SourceSuggester,
) -> None:
    text = "وقال المرصد إن 14 مدنياً قتلوا، ولم يتسن لوكالة فرانس برس التأكد من هذه الحصيلة."
    assert [name for _s, name, _scale in _found(sources, text)] == ["SOHR"]


def test_second_review_s_police_relayed_by_a_newspaper_and_unable_with_the_article(
    sources: SourceSuggester,
) -> None:
    relayed = "وقال مصدر في قيادة شرطة دمشق لصحيفة الوطن إن قذيفة سقطت على حي باب توما."
    assert "Damascus Police Command" not in [n for _, n, _ in _found(sources, relayed)]
    unable = "لم يتسن للمرصد السوري التحقق من حصيلة القتلى التي أعلنتها وكالة سانا."
    assert [n for _, n, _ in _found(sources, unable)] == ["SANA"]


def test_code_review_s_sources(sources: SourceSuggester) -> None:
    quoted = "ونقلت وكالة الأنباء الرسمية («سانا») عن مصدر مسؤول أن قذيفة سقطت."
    assert [s for s, _n, _sc in _found(sources, quoted)] == ["وكالة الأنباء الرسمية", "سانا"]
    unable = "ولم يتسن للمرصد السوري لحقوق الانسان التأكد من العدد."
    assert _found(sources, unable) == []
    relayed = "ذكرت سانا أن قذيفة سقطت، وقال مصدر في قيادة شرطة حمص للوكالة إن."
    assert [n for _s, n, _sc in _found(sources, relayed)] == ["SANA"]
    plural = "وأفادت مصادر في قيادة شرطة حمص بأن قذيفة سقطت."
    assert [n for _s, n, _sc in _found(sources, plural)] == ["Homs Police Command"]


def test_the_salvation_government_s_police_is_not_the_state_s(sources: SourceSuggester) -> None:
    text = "بحسب ما أفاد مصدر في قيادة شرطة إدلب التابعة لحكومة الإنقاذ بأن اللص اعتقل."
    assert _found(sources, text) == []


def test_a_page_written_as_a_hashtag(sources: SourceSuggester) -> None:
    text = "#يوميات_قذيفة_هاون_في_دمشق\nحصيلة يوم الإثنين ٥ آذار ٢٠١٨"
    assert _found(sources, text) == [
        ("يوميات_قذيفة_هاون_في_دمشق", "Diary of a Mortar Shell in Damascus", "New media")
    ]


def test_the_quoted_news_is_the_algiers_daily_under_its_dateline(sources: SourceSuggester) -> None:
    algiers = "الجيش يستعيد المدينة\n\nالجزائر: «الخبر» والوكالات\n\nأعلن الجيش استعادة المدينة."
    assert [name for _s, name, _scale in _found(sources, algiers)] == ["El Khabar"]
    damascus = "الجيش يستعيد المدينة\n\nدمشق - «الخبر»\n\nأعلن الجيش استعادة المدينة."
    assert [name for _s, name, _scale in _found(sources, damascus)] == ["Al-Khabar TV"]


def test_the_qamishli_magazine_and_the_cairo_daily_by_their_quoted_names(
    sources: SourceSuggester,
) -> None:
    text = "قال مراسل «شار» إن القصف استمر. وروى أحد السكان لـ«التحرير» ما جرى."
    assert [name for _s, name, _scale in _found(sources, text)] == ["Shar Magazine", "Al-Tahrir"]
    assert _found(sources, "سيطرت هيئة التحرير على المدينة وشارك فيها مئات.") == []


def test_the_syriac_agency_in_its_dateline(sources: SourceSuggester) -> None:
    text = "عنوان\n\nسيرياك برس – حمص\n\nقُتل شابان في وادي النصارى."
    assert _found(sources, text) == [("سيرياك برس", "Syriac Press", "Subnational")]


def test_the_tunisian_channel_by_its_quoted_name(sources: SourceSuggester) -> None:
    text = "وقال الناشط لـ«نسمة» عبر الهاتف إن القصف مستمر."
    assert _found(sources, text) == [("نسمة", "Nessma TV", "Regional")]
    # The word alone (a breeze) is no outlet.
    assert _found(sources, "هبت نسمة باردة على المخيم، وقال الناشط إن القصف مستمر.") == []


def test_the_sharjah_news_site(sources: SourceSuggester) -> None:
    text = "وقال مصدر ميداني لموقع «الشارقة 24» إن المعارك مستمرة."
    assert [name for _s, name, _scale in _found(sources, text)] == ["Sharjah 24"]
