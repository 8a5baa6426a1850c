"""Location suggestions: places, precision from area words, spans, namesakes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.store.lexicon import LexiconItem
from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.gazetteer import Gazetteer, build_gazetteer
from annotator.suggest.locations import LocationSuggester
from annotator.suggest.pipeline import Pipeline
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer()


@pytest.fixture(scope="module")
def suggester(gazetteer: Gazetteer) -> LocationSuggester:
    return LocationSuggester(gazetteer)


def _suggest(suggester: LocationSuggester, text: str) -> list[Suggestion]:
    found = suggester.suggest(SuggestContext.of(text))
    for suggestion in found:
        assert text[suggestion.start : suggestion.end] == suggestion.text
        assert suggestion.kind == "location"
    return found


def _brief(suggestions: list[Suggestion]) -> list[tuple[str, str, str, int]]:
    return [
        (s.text, s.value["name"], s.value["admin1"], s.value["geo_precision"]) for s in suggestions
    ]


def test_seed_article(suggester: LocationSuggester) -> None:
    text = shared_file("corpus", "seed_article_ar.txt").read_text(encoding="utf-8")
    found = _suggest(suggester, text)
    by_text: dict[str, list[dict[str, Any]]] = {}
    for suggestion in found:
        by_text.setdefault(suggestion.text, []).append(suggestion.value)

    raqqa_desert = by_text["بادية الرقة"][0]
    assert raqqa_desert["admin1"] == "Ar-Raqqa" and raqqa_desert["geo_precision"] in (2, 3)
    rasafa = by_text["بادية الرصافة"][0]
    assert (rasafa["name"], rasafa["admin1"], rasafa["admin2"], rasafa["geo_precision"]) == (
        "Rasafa",
        "Ar-Raqqa",
        "Ath-Thawrah",
        2,
    )
    governorate = by_text["جنوب شرقي محافظة الرقة"][0]
    assert (governorate["name"], governorate["geo_precision"]) == ("Ar-Raqqa", 3)
    mukman = by_text["جنوب قرية خربة المكمان"][0]
    assert (mukman["name"], mukman["admin1"], mukman["geo_precision"]) == (
        "Khirbet al Mukman",
        "Ar-Raqqa",
        2,
    )
    city = by_text["جنوب شرق مدينة الرقة"][0]
    assert (city["name"], city["feature"], city["geo_precision"]) == ("Ar-Raqqa", "city", 2)
    for t3 in by_text["شرق المحطة الثالثة"]:
        assert (t3["name"], t3["admin1"], t3["admin2"], t3["geo_precision"]) == (
            "T3 Station",
            "Homs",
            "Tadmor",
            2,
        )
    for tadmor_desert in by_text["بادية تدمر"]:
        assert (tadmor_desert["name"], tadmor_desert["admin2"]) == ("Tadmor", "Tadmor")
        assert tadmor_desert["geo_precision"] == 2
    # The Syrian desert as a whole is coded at Tadmor, precision 3, less surely.
    desert = [v for text, values in by_text.items() if "البادية" in text for v in values]
    assert desert and all(
        (v["name"], v["geo_precision"]) == ("Tadmor", 3) for v in desert if v["feature"] == "region"
    )
    homs, deir = by_text["محافظتي حمص"][0], by_text["دير الزور"][0]
    assert (homs["admin1"], homs["geo_precision"]) == ("Homs", 3)
    assert (deir["admin1"], deir["geo_precision"]) == ("Deir-ez-Zor", 3)
    # Countries, the Quds Brigade, the Khabour network and Iran are not locations.
    assert not any("سوريا" in s.text or "القدس" in s.text or "الخابور" in s.text for s in found)
    assert not any("candidates" in s.value for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف على مدينة تدمر", [("مدينة تدمر", "Tadmor", "Homs", 1)]),
        ("قصف على تدمر", [("تدمر", "Tadmor", "Homs", 1)]),
        ("اشتباكات في ريف حلب الشمالي", [("ريف حلب الشمالي", "Aleppo", "Aleppo", 2)]),
        ("غارات على محيط تدمر", [("محيط تدمر", "Tadmor", "Homs", 2)]),
        ("اشتباكات على أطراف مدينة الباب", [("أطراف مدينة الباب", "Al Bab", "Aleppo", 2)]),
        ("انفجار بالقرب من مدينة منبج", [("القرب من مدينة منبج", "Menbij", "Aleppo", 2)]),
        ("انفجار قرب منبج", [("قرب منبج", "Menbij", "Aleppo", 2)]),
        ("هجوم جنوبي سراقب", [("جنوبي سراقب", "Saraqab", "Idleb", 2)]),
        ("الريف الشرقي لدير الزور", [("الريف الشرقي لدير الزور", "Deir-ez-Zor", "Deir-ez-Zor", 2)]),
        ("في محافظة إدلب", [("محافظة إدلب", "Idleb", "Idleb", 3)]),
        ("شمال غربي محافظة حماة", [("شمال غربي محافظة حماة", "Hama", "Hama", 3)]),
        ("في بادية الرقة", [("بادية الرقة", "Ar-Raqqa", "Ar-Raqqa", 3)]),
        ("قصف بريف إدلب", [("ريف إدلب", "Idleb", "Idleb", 2)]),
        ("في ناحية معدان", [("ناحية معدان", "Maadan", "Ar-Raqqa", 2)]),
        ("مخيم الهول", [("مخيم الهول", "Hole Camp", "Al-Hasakeh", 1)]),
    ],
)
def test_precision_follows_area_words(
    suggester: LocationSuggester, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert _brief(_suggest(suggester, text)) == expected


def test_coordinated_names_share_the_place_noun(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "بين محافظتي حماة وإدلب")
    assert _brief(found) == [("محافظتي حماة", "Hama", "Hama", 3), ("إدلب", "Idleb", "Idleb", 3)]
    found = _suggest(suggester, "في مدينتي الرستن وتلبيسة")
    assert [s.value["feature"] for s in found] == ["town", "town"]


@pytest.mark.parametrize(
    "text",
    [
        "شمال شرقي سوريا",  # a country is not an ACLED location
        "الدعم من روسيا وإيران ولبنان",  # لبنان must not be read as ل + بنان (Banan)
        "مقاتلون من “لواء القدس” الفلسطيني",
        "بحسب شبكة “الخابور” المحلية وشبكة “صوت الشرقية”",
        "قال مركز حلب الإعلامي",
        "الثورة السورية والكرامة",  # place names that are ordinary words
        "على المدى القصير",
        "وثقنا الصور والتوثيق البصري",
    ],
)
def test_not_locations(suggester: LocationSuggester, text: str) -> None:
    assert _suggest(suggester, text) == []


def test_ordinary_words_need_a_place_noun(suggester: LocationSuggester) -> None:
    assert _brief(_suggest(suggester, "في مدينة الثورة")) == [
        ("مدينة الثورة", "Al Tabqa", "Ar-Raqqa", 1)
    ]
    [karama] = _suggest(suggester, "في بلدة الكرامة")
    assert karama.value["name"] == "Karama"
    assert karama.confidence < 0.85


def test_proclitics_stay_outside_the_span(suggester: LocationSuggester) -> None:
    assert [s.text for s in _suggest(suggester, "وبريف حلب وبادية الرقة")] == [
        "ريف حلب",
        "بادية الرقة",
    ]


def test_a_namesake_is_offered_with_all_candidates(suggester: LocationSuggester) -> None:
    [suran] = _suggest(suggester, "قصفت قوات النظام بلدة صوران.")
    assert {c["admin1"] for c in suran.value["candidates"]} == {"Aleppo", "Hama"}
    assert suran.confidence < 0.5


def test_a_namesake_is_resolved_by_the_sentence(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "قصفت قوات النظام بلدة صوران في ريف حماة الشمالي.")
    assert (found[0].value["admin1"], "candidates" in found[0].value) == ("Hama", False)
    found = _suggest(suggester, "سيطرت فصائل على صوران شمال حلب قرب أعزاز.")
    assert found[0].value["admin1"] == "Aleppo"
    assert found[0].confidence <= 0.6


def test_a_namesake_is_resolved_by_the_article(suggester: LocationSuggester) -> None:
    text = "قصف على ريف حماة الشمالي. وفي اليوم نفسه قصفت قوات النظام بلدة صوران."
    found = _suggest(suggester, text)
    assert found[-1].value["name"] == "Suran" and found[-1].value["admin1"] == "Hama"


def test_learned_places_win_over_builtin_ones() -> None:
    value = {
        "location": "Tadmor - Castle",
        "admin1": "Homs",
        "admin2": "Tadmor",
        "admin3": "Tadmor",
        "country": "Syria",
        "latitude": 34.5631,
        "longitude": 38.2661,
    }
    item = LexiconItem("place", "قلعة تدمر", "قلعه تدمر", "castle", "learned", value)
    suggester = LocationSuggester(build_gazetteer(lexicon=[item]))
    [found] = _suggest(suggester, "استهداف قلعة تدمر")
    assert (found.value["name"], found.value["source"], found.confidence) == (
        "Tadmor - Castle",
        "learned",
        0.9,
    )


def test_a_text_without_places(suggester: LocationSuggester) -> None:
    assert _suggest(suggester, "") == []
    assert _suggest(suggester, "no Arabic here at all") == []


PIECES = (
    "بادية", "الرقة", "ريف", "حلب", "جنوب", "شرقي", "محافظة", "مدينة", "صوران", "و", "من",
    "بالقرب", "تدمر", "الثورة", "سوريا", "الشمالي", "والشرقية", "لواء", "القدس",
    "\u064e", "\u0640", "“", "”", " ", "\n", ".", "\ud800", "😀", "\u200f",
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec=None, categories=None, exclude_categories=()), max_size=300))
def test_any_text_gives_spans_of_the_text(suggester: LocationSuggester, text: str) -> None:
    _suggest(suggester, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_arabic_like_text_gives_spans_of_the_text(suggester: LocationSuggester, text: str) -> None:
    _suggest(suggester, text)


def _hundred_kb(piece: str) -> str:
    return (piece * (100_000 // max(1, len(piece)) + 1))[:100_000] if piece else ""


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join).map(_hundred_kb))
def test_hundred_kilobyte_texts_give_spans_of_the_text(
    suggester: LocationSuggester, text: str
) -> None:
    assert len(text) in (0, 100_000)
    _suggest(suggester, text)


def test_a_100_kb_text(suggester: LocationSuggester) -> None:
    piece = "اشتباكات في بادية الرصافة جنوب شرقي محافظة الرقة 😀\x00\ud800 وقرب تدمر، "
    text = (piece * (100_000 // len(piece) + 1))[:100_000]
    found = _suggest(suggester, text)
    assert len(found) > 1000


@pytest.mark.parametrize(
    "text",
    ["في البادية السورية", "تمشيط بادية الشام", "في عمق البادية", "منطقة البادية شرقي سوريا"],
)
def test_the_syrian_desert_as_a_whole_is_coded_at_tadmor_less_surely(
    suggester: LocationSuggester, text: str
) -> None:
    # As every news coder who met it codes it: Tadmor, the desert's town, precision 3.
    found = _suggest(suggester, text)
    assert [(s.value["name"], s.value["geo_precision"]) for s in found] == [("Tadmor", 3)]
    assert found[0].confidence <= 0.5


def test_a_nearer_place_beside_the_syrian_desert_is_surer(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "في البادية السورية قرب تدمر")
    assert [(s.text, s.value["geo_precision"]) for s in found] == [
        ("البادية السورية", 3),
        ("قرب تدمر", 2),
    ]
    assert found[0].confidence < found[1].confidence


@pytest.mark.parametrize(
    "text",
    [
        "كمين على طريق دير الزور - تدمر",
        "حاجز على أوتوستراد دمشق – حمص",
        "قرب قرية خربة المكمان على طريق الرقة/دير الزور",
    ],
)
def test_a_road_named_by_its_two_ends_gives_neither(
    suggester: LocationSuggester, text: str
) -> None:
    found = _brief(_suggest(suggester, text))
    assert all("طريق" not in t and "أوتوستراد" not in t for t, *_rest in found)
    assert [t for t, *_rest in found] in ([], ["قرب قرية خربة المكمان"])


def test_a_road_to_one_place_is_near_that_place(suggester: LocationSuggester) -> None:
    assert _brief(_suggest(suggester, "كمين على طريق تدمر")) == [("طريق تدمر", "Tadmor", "Homs", 2)]
    # Without a road word, places on either side of a dash stay two places.
    assert len(_suggest(suggester, "قصف على حمص - تدمر")) == 2


def test_ash_shula_is_a_village_of_deir_ez_zor(suggester: LocationSuggester) -> None:
    assert _brief(_suggest(suggester, "كمين قرب قرية الشولا")) == [
        ("قرب قرية الشولا", "Ash Shula", "Deir-ez-Zor", 2)
    ]


def test_kafr_names_are_found_joined_or_apart(suggester: LocationSuggester) -> None:
    # The gazetteer spells كفر نبل joined and كفر زيتا apart; reporters write either.
    assert _brief(_suggest(suggester, "في بلدة كفر نبل وقرية كفرزيتا")) == [
        ("بلدة كفر نبل", "Kafr Nobol", "Idleb", 1),
        ("قرية كفرزيتا", "Kafr Zeita", "Hama", 1),
    ]
    # Only كفر itself joins: a name that merely begins with its letters is not split.
    assert _suggest(suggester, "كفرت الجماعة عن ذنبها") == []


def test_clock_times_and_words_ending_in_a_short_place_name_are_no_places(
    suggester: LocationSuggester,
) -> None:
    assert _suggest(suggester, "الساعة 04:15 صباحًا بتوقيت دمشق") == []
    assert _suggest(suggester, "الساعة 21:05 بالتوقيت المحلي لدمشق") == []
    # A city named in an organisation (the health directorate) is no place of an event.
    assert _suggest(suggester, "وفقًا لمديرية صحّة حماة") == []
    # لتدمر is "to destroy" (لتدمّر), not ل + Palmyra.
    assert _suggest(suggester, "ما أدى لتدمر أجزاء واسعة من المبنى") == []
    assert _brief(_suggest(suggester, "وصل الرتل إلى تدمر")) == [("تدمر", "Tadmor", "Homs", 1)]
    # فرقه ("his team") is not ف + a GeoNames spelling of Raqqa; بحمص is ب + Homs.
    assert _suggest(suggester, "وقال إن فرقه انتشلت الضحايا") == []
    assert _brief(_suggest(suggester, "وصلت التعزيزات بحمص")) == [("حمص", "Homs", "Homs", 1)]


def test_acled_spellings_win_over_geonames_ones(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "استهدفت الغارة بلدة حيش جنوبي إدلب")
    assert [(s.value["name"], s.value["admin3"]) for s in found[:1]] == [("Heish", "Heish")]


def test_a_neighbourhood_is_placed_in_the_city_its_sentence_names(
    suggester: LocationSuggester,
) -> None:
    found = _suggest(suggester, "استهدف الطيران جامعًا في حي عين السبيل في مدينة جسر الشغور")
    neighbourhood = found[0]
    assert neighbourhood.text == "حي عين السبيل"
    assert neighbourhood.value["name"] == "Jisr-Ash-Shugur - عين السبيل"
    assert neighbourhood.value["geo_precision"] == 2
    assert (neighbourhood.value["latitude"], neighbourhood.value["admin2"]) == (
        found[1].value["latitude"],
        "Jisr-Ash-Shugur",
    )
    # The city may come first; an adjective after the name stays out of it.
    found = _suggest(suggester, "في مدينة حلب، قصف الطيران حي الشيخ فارس")
    assert [(s.text, s.value["name"]) for s in found] == [
        ("مدينة حلب", "Aleppo"),
        ("حي الشيخ فارس", "Aleppo - الشيخ فارس"),
    ]
    found = _suggest(suggester, "قصفت قوات النظام حي المحطة المحاصر في حمص")
    assert [s.value["name"] for s in found] == ["Homs - المحطة", "Homs"]
    # A neighbourhood nobody lists needs its city in its own sentence; a known one is
    # the gazetteer's place.
    found = _suggest(suggester, "سقطت قذائف على حي النصر. ثم هدأت حمص")
    assert [s.text for s in found] == ["حمص"]
    found = _suggest(suggester, "قصف حي الحجر الأسود جنوب دمشق")
    assert found[0].value["name"] == "Hajar Aswad"  # (the sub-district's seat, OCHA's spelling)
    # Two in a row; a name of two words after a noun that takes one.
    found = _suggest(suggester, "قصفت الطائرات حي الزهور وحي الأصيلة في مدينة حلب")
    assert [s.value["name"] for s in found] == ["Aleppo - الزهور", "Aleppo - الأصيلة", "Aleppo"]
    found = _suggest(suggester, "قصف حي مساكن الحرس في دمشق")
    assert found[0].value["name"] == "Damascus - مساكن الحرس"
    # Descriptions, prepositions and beards (لحى) are no neighbourhood.
    for text in (
        "قصف حي سكني في مدينة درعا",
        "استهدف أكثر من حي في مدينة درعا",
        "إطلاق لحى طويلة في مدينة الرقة",
    ):
        assert [s.value["name"] for s in _suggest(suggester, text)] in (["Dar'a"], ["Ar-Raqqa"])


def test_a_known_name_at_the_end_of_an_unknown_longer_one_is_no_mention(
    suggester: LocationSuggester,
) -> None:
    # داعل is a town of Dar'a; in كفر داعل (unknown here) it is the tail of a village's name.
    unknown_village = "قصفت المدفعية قرية كفر دواعل وبلدة تل داعل شمال حلب"
    assert [name for _text, name, *_ in _brief(_suggest(suggester, unknown_village))] == ["Aleppo"]
    # Alone, or after a place noun, the town is still found.
    assert _brief(_suggest(suggester, "في بلدة داعل بريف درعا"))[0][:2] == ("بلدة داعل", "Da'el")


def test_villages_west_and_north_of_aleppo_are_known(suggester: LocationSuggester) -> None:
    text = "قصفت الطائرات كفر داعل وكفرناها وحيّان وعندان ومنطقة حريتان وقرية الجينة"
    assert [name for _text, name, admin1, _precision in _brief(_suggest(suggester, text))] == [
        "Kafr Dael",
        "Kafr Naha",
        "Hayyan",
        "Anadan",
        "Haritan",
        "Al Jineh",
    ]


def test_a_listed_neighbourhood_takes_its_english_name(suggester: LocationSuggester) -> None:
    text = "استهدفت الغارات حيّ الشعار وحي طريق الباب ومنطقة الشيخ سعيد في مدينة حلب"
    assert [
        (found, name) for found, name, _admin1, _precision in _brief(_suggest(suggester, text))
    ] == [
        ("حيّ الشعار", "Aleppo - Al Shaar"),
        ("حي طريق الباب", "Aleppo - Tariq al-Bab"),  # not the road to Al Bab
        ("منطقة الشيخ سعيد", "Aleppo - Sheikh Saeed"),
        ("مدينة حلب", "Aleppo"),
    ]
    # The list is the city's: حي الخالدية is Homs's or Aleppo's, by the city named.
    assert _brief(_suggest(suggester, "قصف حي الخالدية في حمص"))[0][1] == "Homs - Al Khalidiyeh"
    # منطقة with a name not listed is no neighbourhood (an area of any kind).
    assert _brief(_suggest(suggester, "منطقة خفض التصعيد في حلب")) == [
        ("حلب", "Aleppo", "Aleppo", 1)
    ]


def test_zardana_under_acled_s_spelling(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "استهدفت الغارات بلدة زردنا وخان السبل ومعصران قرب معبر باب الهوى")
    assert [s.value["name"] for s in found] == [
        "Zardana Mashehad",
        "Khan al-Subul",
        "Maasaran",
        "Bab al-Hawa Crossing",
    ]
    assert (found[0].value["admin3"], found[0].value["latitude"]) == ("Maaret Tamsrin", 36.0457)


def test_a_listed_neighbourhood_is_placed_in_its_city_named_anywhere_in_the_article(
    suggester: LocationSuggester,
) -> None:
    # A report names its city once, then its districts paragraph after paragraph.
    text = "تقع مدينة حلب في شمال سوريا.\n\nقصفت الطائرات منطقة الصالحين ثم حيّ المشهد."
    found = _suggest(suggester, text)
    assert [(s.text, s.value["name"]) for s in found] == [
        ("مدينة حلب", "Aleppo"),
        ("منطقة الصالحين", "Aleppo - Salheen"),
        ("حيّ المشهد", "Aleppo - Al Mashhad"),
    ]
    assert all(text[s.start : s.end] == s.text for s in found)
    # The nearest city that lists the name: الوعر is a district of Homs, not of Aleppo.
    found = _suggest(suggester, "زار الوفد حلب. وفي حمص قصفت قوات النظام حي الوعر.")
    assert [s.value["name"] for s in found] == ["Aleppo", "Homs", "Homs - Al Waer"]
    # With no city named at all, no neighbourhood.
    assert _suggest(suggester, "قصفت الطائرات منطقة الصالحين") == []
    # As-Salamiyeh named bare after a preposition is still the town
    assert [s.value["name"] for s in _suggest(suggester, "قتل شخص برصاص مجهولين في سلمية")] == [
        "As-Salamiyeh"
    ]
    # a neighbourhood placed in its town by name stays there
    text = "دمشق - وكالات\n\nقتل شاب في حي الميدان في بلدة الحراك. وخرجت مظاهرات في دمشق."
    names = [s.value["name"] for s in _suggest(suggester, text)]
    assert "Damascus - Al Midan" not in names
    # A town in the sentence that does not list the name gives way to the city that does.
    text = "دمشق - وكالات\n\nتقدم المسلحون من الحجر الأسود نحو الأطراف المتاخمة لحي التضامن."
    assert [s.value["name"] for s in _suggest(suggester, text)][-1] == "Damascus - Al Tadamon"


def test_a_listed_neighbourhood_gives_way_to_a_longer_place(suggester: LocationSuggester) -> None:
    text = "نزح آلاف المدنيين من منطقة الغوطة الشرقية إلى مدينة حمص."
    assert [name for _text, name, _admin1, _precision in _brief(_suggest(suggester, text))] == [
        "Duma",
        "Homs",
    ]
    # A citadel or a palace names its city's place: no toponym head.
    assert _brief(_suggest(suggester, "سقطت قذائف على محيط قلعة حلب"))[0][1] == "Aleppo"


def test_a_town_in_a_facility_name_only_when_not_named_on_its_own(
    suggester: LocationSuggester,
) -> None:
    text = (
        "استهدفت غارة مشفى كفرنبل الجراحي شمال مدينة كفرنبل. "
        "وخرج مشفى كفرنبل عن الخدمة، كما قصف سوق الأتارب."
    )
    # Kafr Nobol is named on its own: its mentions inside the hospital's name repeat it.
    # Atareb is named only in the market's name: that mention is the coder's evidence.
    assert [(s.text, s.value["name"]) for s in _suggest(suggester, text)] == [
        ("شمال مدينة كفرنبل", "Kafr Nobol"),
        ("الأتارب", "Atareb"),
    ]
    # A town given its place noun after a facility's noun is where the facilities are.
    text = "نقل الجرحى إلى أحد مشافي مدينة القامشلي، في ريف القامشلي."
    assert [(s.text, s.value["name"]) for s in _suggest(suggester, text)] == [
        ("مدينة القامشلي", "Quamishli"),
        ("ريف القامشلي", "Quamishli"),
    ]


def test_pages_and_police_named_after_a_town_are_no_places(
    suggester: LocationSuggester,
) -> None:
    text = "نشرت صفحة زردنا الحدث منشورًا، وسمّت شرطة الجينة الحرة المسجد."
    assert _suggest(suggester, text) == []
    # The Civil Defence in a town or a governorate is where it was hit or works.
    text = "استهدفت الغارات النقطة الطبية ومركز الدفاع المدني في خان شيخون"
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Khan Shaykhun"]
    text = "قتل عنصر من الدفاع المدني في إدلب جراء القصف"
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Idleb"]


def test_a_town_named_only_inside_another_name_keeps_its_facility_mention() -> None:
    from annotator.suggest.pipeline import Pipeline

    text = "قصفت الطائرات مشفى كفرنبل الجراحي بحسب مركز كفرنبل الإعلامي"
    found = Pipeline().suggest(text)
    assert [(s.text, s.value["name"]) for s in found if s.kind == "location"] == [
        ("كفرنبل", "Kafr Nobol")
    ]


def test_hass_is_known(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "خروج مستشفى نبض الحياة في بلدة حاس عن الخدمة")
    assert [(s.text, s.value["name"], s.value["admin3"]) for s in found] == [
        ("بلدة حاس", "Hass", "Kafr Nobol")
    ]


def test_syrian_places_geonames_knows_under_ordinary_words_or_short_names(
    suggester: LocationSuggester,
) -> None:
    # نبل is a common word of the curated file: a Syrian town after a place noun.
    found = _suggest(suggester, "قصفت الطائرات بلدة نبل شمال حلب")
    assert [s.value["name"] for s in found][:1] == [
        "Nabul"
    ]  # (GeoNames' Nubl, seat of OCHA's Nabul)
    # A short Syrian name after و is the village, not the rest of a word.
    found = _suggest(suggester, "قصف مدفعي على بلدة حسيا وسعسع")
    assert [s.value["name"] for s in found] == ["Hasyaa", "Sa'sa'"]


def test_the_neighbourhoods_of_raqqa_deir_ez_zor_and_daraa_are_listed(
    suggester: LocationSuggester,
) -> None:
    text = "سيطرت القوات على حي المشلب في مدينة الرقة. وقصف حي الجورة في دير الزور."
    found = [s.value["name"] for s in _suggest(suggester, text)]
    assert found == [
        "Ar-Raqqa - Al Mishlab",
        "Ar-Raqqa",
        "Deir-ez-Zor - Al Joura",
        "Deir-ez-Zor",
    ]
    assert _suggest(suggester, "انفجار في حي درعا البلد بمدينة درعا")[0].value["name"] == (
        "Dar'a - Daraa al-Balad"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت قوات النظام حي جوبر الدمشقي.", [("حي جوبر", "Damascus - Jobar", "Damascus", 2)]),
        ("اقتحام حي الوعر الحمصي.", [("حي الوعر", "Homs - Al Waer", "Homs", 2)]),
        # a two-word name, then the adjective
        ("قصف حي طريق الباب الحلبي.", [("حي طريق الباب", "Aleppo - Tariq al-Bab", "Aleppo", 2)]),
        # the adjective wins over another city in the sentence
        (
            "نزح أهالي حي الوعر الحمصي إلى مدينة إدلب.",
            [
                ("حي الوعر", "Homs - Al Waer", "Homs", 2),
                ("مدينة إدلب", "Idleb", "Idleb", 1),
            ],
        ),
        # no neighbourhood's name: nothing
        ("بني حي جديد الدمشقي.", []),
    ],
)
def test_a_neighbourhood_is_placed_in_the_city_its_adjective_names(
    suggester: LocationSuggester, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert _brief(_suggest(suggester, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area word over a list of places, a common-word town among them
        (
            "هجمات على المدنيين في مناطق أعزاز والباب وعفرين.",
            [
                ("مناطق أعزاز", "Azaz", "Aleppo", 2),
                ("الباب", "Al Bab", "Aleppo", 2),
                ("عفرين", "Afrin", "Aleppo", 2),
            ],
        ),
        # the dual of ريف
        (
            "في ريفي حماة وحمص الشرقيين.",
            [("ريفي حماة", "Hama", "Hama", 2), ("حمص", "Homs", "Homs", 2)],
        ),
        # Kurdish names the north-east's media use
        (
            "في قامشلو وعامودا وديرك.",
            [
                ("قامشلو", "Quamishli", "Al-Hasakeh", 1),
                ("عامودا", "Amuda", "Al-Hasakeh", 1),
                ("ديرك", "Al-Malikeyyeh", "Al-Hasakeh", 1),
            ],
        ),
        # a quarter named with its city's name
        (
            "وفي درعا البلد، نظّم الأهالي وقفة.",
            [("درعا البلد", "Dar'a - Daraa al-Balad", "Dar'a", 2)],
        ),
    ],
)
def test_lists_under_one_area_word_kurdish_names_and_quarters_named_with_the_city(
    suggester: LocationSuggester, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert _brief(_suggest(suggester, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "على الطريق الدولي حلب - اللاذقية قرب الحاجز",  # a road word with its adjective
        "على طريق تدمر ــ دير الزور",  # a dash of tatweel
        "على الطريق الواصل بين بلدتي طفس والمزيريب",  # the two places it runs between
        "على الطريق بين إزرع والشيخ مسكين",
        "فتح الطريقين الدوليين حلب - دمشق وحلب - اللاذقية",  # two roads, one noun
        "السيطرة على الطريق الدولي الذي يربط حلب بدمشق",  # the two places it links
        "افتتاح الطريق الدولي الواصل بين حلب ودمشق",
    ],
)
def test_the_ends_of_a_road_are_not_where_the_event_was(
    suggester: LocationSuggester, text: str
) -> None:
    assert _suggest(suggester, text) == []


def test_the_bare_ghouta_is_the_eastern_ghouta(suggester: LocationSuggester) -> None:
    assert _brief(_suggest(suggester, "وقال مراسل سمارت في الغوطة إن الطائرات قصفت")) == [
        ("الغوطة", "Duma", "Rural Damascus", 2)
    ]


def test_two_or_more_neighbourhoods_listed_after_one_noun(suggester: LocationSuggester) -> None:
    text = "سقطت قذائف على حيي باب توما والقصاع في دمشق"
    assert [name for _found, name, _admin1, _precision in _brief(_suggest(suggester, text))] == [
        "Damascus - Bab Touma",
        "Damascus - Al Qassaa",
        "Damascus",
    ]
    text = "قصفت الفرقة الرابعة أحياء درعا البلد وطريق السد، وسجنة في مدينة درعا"
    assert [found for found, _name, _admin1, _precision in _brief(_suggest(suggester, text))][
        1:3
    ] == ["طريق السد", "سجنة"]
    # the list stops at a name the city does not list
    text = "استهدف القصف حيي الشعار والمدرسة في حلب"
    assert [name for _found, name, _a, _p in _brief(_suggest(suggester, text))] == [
        "Aleppo - Al Shaar",
        "Aleppo",
    ]


def test_an_ordinary_word_is_the_town_the_article_names_with_a_place_noun(
    suggester: LocationSuggester,
) -> None:
    text = "جاسم: مقتل قيادي\n\nقتل قيادي في مدينة جاسم بريف درعا. وأفاد مراسل في جاسم بأن"
    found = [(s.text, s.value["name"]) for s in _suggest(suggester, text)]
    assert found == [
        ("جاسم", "Jasim"),
        ("مدينة جاسم", "Jasim"),
        ("ريف درعا", "Dar'a"),
        ("جاسم", "Jasim"),
    ]
    # not where it is only a man's name, nor a prison near which someone stood
    assert _suggest(suggester, "وقال جاسم إن القصف استمر") == []
    found_texts = [s.text for s in _suggest(suggester, "اشتباكات في محيط السجن. ثم هدأ السجن")]
    assert "السجن" not in found_texts


def test_named_areas_are_coded_near_their_main_town(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "تحصن عناصر التنظيم في منطقة حوض اليرموك غربي درعا")
    assert (found[0].value["name"], found[0].value["geo_precision"]) == ("Ash-Shajara", 2)
    found = _suggest(suggester, "سيطرت القوات على بلدة سلمى في جبل الأكراد")
    assert [(s.value["name"], s.value["geo_precision"]) for s in found] == [
        ("Salma", 1),
        ("Salma", 2),
    ]


def test_a_quarter_named_after_its_gate_is_no_town(suggester: LocationSuggester) -> None:
    text = "شن الطيران غارات على أحياء الكلاسة وباب النيرب في مدينة حلب، وسقط في حي الشعار 27 قتيلاً"
    names = [s.value["name"] for s in _suggest(suggester, text)]
    assert "Nayrab" not in names
    assert "Aleppo - Al Shaar" in names


def test_tadmor_as_the_verb_destroys_is_no_place(suggester: LocationSuggester) -> None:
    text = "قبل أن تقتحمها وتقضي على عشرات الإرهابيين وتدمر عدداً من آلياتهم، ثم انسحبت إلى تدمر"
    assert [s.text for s in _suggest(suggester, text)] == ["تدمر"]
    assert _suggest(suggester, text)[0].start == text.rindex("تدمر")


def test_military_airports_koya_and_new_towns(suggester: LocationSuggester) -> None:
    found = _brief(_suggest(suggester, "غارات على مطار تدمر وعلى مطار دير الزور العسكري"))
    assert [name for _text, name, _admin1, _precision in found] == [
        "Tadmor - Airbase",
        "Deir-ez-Zor - Airbase",
    ]
    assert _brief(_suggest(suggester, "قصف إسرائيلي على بلدة كويا"))[0][1] == "Koya"
    # "New towns" name no place (جديدة alone is GeoNames' name of Judaydat Yabus).
    assert _suggest(suggester, "الجيش يستعيد بلدات جديدة") == []
    assert _brief(_suggest(suggester, "في جديدة يابوس"))[0][1] == "Judaydat Yabus"


def test_villages_of_the_fronts_news_names(suggester: LocationSuggester) -> None:
    text = "استعاد الجيش بلدات معرشمشة وتلمنس والغدفة، وقُتل شاب من بلدة اليادودة"
    found = _suggest(suggester, text)
    assert [(s.text, s.value["name"], s.value["admin3"]) for s in found] == [
        ("بلدات معرشمشة", "Maarshamsheh", "Ma'arrat An Nu'man"),
        ("تلمنس", "Talmenes", "Ma'arrat An Nu'man"),
        ("الغدفة", "Ghadfa", "Ma'arrat An Nu'man"),
        ("بلدة اليادودة", "Yadudeh", "Mzeireb"),
    ]
    assert all(s.value["approximate"] for s in found)
    found = _brief(_suggest(suggester, "قرب قرية الكسرات، وعند مدخل بلدة الطيانة"))
    assert [(name, admin1) for _text, name, admin1, _precision in found] == [
        ("Kasrat", "Ar-Raqqa"),
        ("Tayyana", "Deir-ez-Zor"),
    ]


def test_towns_of_the_ghouta_and_villages_of_the_south_and_the_border(
    suggester: LocationSuggester,
) -> None:
    text = "غارات على زملكا وحمورية، وتفجير في بلدة السيدة زينب، ووقفة في عرى"
    found = _suggest(suggester, text)
    assert [(s.text, s.value["name"], s.value["admin3"]) for s in found] == [
        ("زملكا", "Zamalka", "Kafr Batna"),
        ("حمورية", "Hamouriyeh", "Kafr Batna"),
        ("بلدة السيدة زينب", "Sayyida Zeinab", "Babella"),
        ("عرى", "Ara", "As-Sweida"),
    ]
    # Ara is where ACLED's own rows put it; the others are placed by hand.
    assert [bool(s.value.get("approximate")) for s in found] == [True, True, True, False]
    text = "قرب قرية الهري الحدودية، وفي جباتا الخشب وتل هواش وأبو حمام وعرمان"
    assert [name for _t, name, _a, _p in _brief(_suggest(suggester, text))] == [
        "Hari",
        "Jubata al-Khashab",
        "Tal Hawash",
        "Abu Hamam",
        "Arman",
    ]


def test_a_place_after_a_definite_group_word_written_with_lam(
    suggester: LocationSuggester,
) -> None:
    # للتنظيم is ل + التنظيم: the word ends there; what follows names no organisation.
    found = _brief(_suggest(suggester, "استهدفت الغارات مقراً للتنظيم قرب بلدة صرين"))
    assert [(name, precision) for _text, name, _admin1, precision in found] == [("Sarin", 2)]
    # An organisation's word without the article still starts its name.
    assert _suggest(suggester, "قالت شبكة حلب اليوم") == []


def test_villages_of_qusayr_al_bab_hajin_and_the_hama_front(suggester: LocationSuggester) -> None:
    text = (
        "استهدفت المدفعية بلدة جوسية ومحيط قرية الضبعة، وتقدمت القوات نحو الشعفة. "
        "واندلعت اشتباكات في قرية عبلة وعولان وسوسيان، وعلى محور تل ملح"
    )
    found = _suggest(suggester, text)
    assert [(s.text, s.value["name"], s.value["admin3"]) for s in found] == [
        ("بلدة جوسية", "Jousieh", "Al-Qusayr"),
        ("محيط قرية الضبعة", "Dabaa", "Al-Qusayr"),
        ("الشعفة", "Shaafa", "Hajin"),
        ("قرية عبلة", "Abla", "Al Bab"),
        ("عولان", "Awlan", "Al Bab"),
        ("سوسيان", "Susyan", "Al Bab"),
        ("تل ملح", "Tal Malah", "Madiq Castle"),
    ]
    assert all(s.value["approximate"] for s in found)
    # Names that are words (a hyena, a forehead, a lake) or a given name need a place noun.
    assert _suggest(suggester, "أصاب الجبين ورأت الضبعة ماء البحرة وقالت عبلة") == []


def test_a_neighbourhood_of_a_city_named_with_a_direction(suggester: LocationSuggester) -> None:
    text = "اشتباكات عنيفة في حي المقوس شرقي مدينة السويداء، وفي حي الصفا شرقي مدينة السويداء"
    assert [s.value["name"] for s in _suggest(suggester, text)] == [
        "As-Sweida - Al Maqwas",  # (the city lists it: its English name)
        "As-Sweida",
        "As-Sweida - الصفا",  # (not listed: as written, for the coder to spell)
        "As-Sweida",
    ]
    # The countryside is no city a neighbourhood lies in.
    assert [s.value["name"] for s in _suggest(suggester, "في حي الصفا في ريف حلب")] == ["Aleppo"]


def test_villages_of_the_sweida_countryside_and_the_coast_are_known(
    suggester: LocationSuggester,
) -> None:
    text = "هاجم التنظيم قرى الشبكي والشريحي ورامي وطربا وغيضة حمايل والمتونة"
    assert [name for _text, name, *_ in _brief(_suggest(suggester, text))] == [
        "Shabki",
        "Shreihi",
        "Rami",
        "Tarba",
        "Ghaydat Hamayel",
        "Al Matuna",
    ]
    text = "قرب قرية بيت عانا وفي قرية المختارية وبلدة معرة حرمة"
    assert [name for _text, name, *_ in _brief(_suggest(suggester, text))] == [
        "Beit Ana",
        "Al-Mukhtariyeh",
        "Ma'arrat Hurmah",
    ]
    # A given name and a word of joy are no places without a place noun.
    assert _suggest(suggester, "قال رامي عبد الرحمن إن الأهالي رقصوا طربا") == []


@pytest.mark.parametrize(
    "text",
    [
        "في المقابل، نفت دمشق الاتهامات",
        "وهو ما نفته دمشق وطهران في حينه",
        "تبادل للأسرى بين «قسد» ودمشق",
        "دفعت السلطات الجديدة في دمشق بتعزيزات نحو الساحل",
        "اعتقل طالباً أثناء توجهه إلى جامعة دمشق",
        "انفجار في منبج.. ودمشق تتوعد بملاحقة المتورطين",
        "قتل ثلاثة مدنيين في الغارة، وهو ما لم تؤكده دمشق.",
        "ولم يصدر أي تعليق رسمي من دمشق على ما يجري في المحافظة",
        "تتواصل المفاوضات بين الإدارة الذاتية ودمشق لاستكمال تطبيق الاتفاق",
        "انسحبت «قسد» من البلدة بموجب اتفاق مع دمشق",
        "في إطار الحملة التي تشنها دمشق بدعم جوي روسي على المحافظة",
        "بقيت البلدة خارج سيطرة دمشق حتى الصيف",
        "وتقع البلدة على الطريق الدولي بين دمشق وعمّان",
        "توغل إسرائيلي جديد في الجنوب.. ودمشق تندد",
        "رغم تأكيد دمشق المتكرر أنها لا تسعى إلى المواجهة",
        "ونددت دمشق بالغارات الإسرائيلية الأخيرة",
    ],
)
def test_the_capital_named_for_its_government_is_no_place(
    suggester: LocationSuggester, text: str
) -> None:
    assert [s.value["name"] for s in _suggest(suggester, text)] in ([], ["Menbij"])


def test_the_capital_where_something_happened_is_a_place(suggester: LocationSuggester) -> None:
    for text in ("قصفت الطائرات دمشق وريفها", "وصل الوفد إلى دمشق أمس"):
        assert _suggest(suggester, text)[0].value["name"] == "Damascus"
    # ... and a quarter between it and a town is its quarter
    text = "اندلعت اشتباكات في حي جوبر الواقع بين دمشق والغوطة الشرقية"
    assert _suggest(suggester, text)[0].value["name"] == "Damascus - Jobar"


def test_an_adjective_of_manner_is_no_place(suggester: LocationSuggester) -> None:
    # سلمي is "peaceful" after بشكل, and the village of Salma (سلمى) where a place is meant
    found = [s.text for s in _suggest(suggester, "تجمع المحتجون ثم انفضوا بشكل سلمي")]
    assert found == []
    found = [s.value["name"] for s in _suggest(suggester, "قصفت المدفعية سلمى بريف اللاذقية")]
    assert found[0] == "Salma"


def test_places_of_the_seventeenth_round(suggester: LocationSuggester) -> None:
    # A name two governorates share goes to the one the sentence names.
    text = "توغلت القوات الإسرائيلية في قرية الحميدية بريف القنيطرة"
    assert _brief(_suggest(suggester, text))[0][1:3] == ("Hamidiyah", "Quneitra")
    text = "قصفت المدفعية قرية الحميدية في ريف طرطوس"
    assert _brief(_suggest(suggester, text))[0][1:3] == ("Hameidiyyeh", "Tartous")
    assert _brief(_suggest(suggester, "في سقبا"))[0][1:3] == ("Saqba", "Rural Damascus")
    assert _brief(_suggest(suggester, "قرية قباسين"))[0][1:3] == ("Qabasin", "Aleppo")
    assert _brief(_suggest(suggester, "قرية الشيخ عيسى"))[0][1:3] == ("Sheikh Issa", "Aleppo")
    # two places joined without a road between them stay two places
    assert len(_suggest(suggester, "قصفت بلدتي تل رفعت ومنغ")) == 2


def test_the_prison_s_surroundings_are_no_village(suggester: LocationSuggester) -> None:
    # السجن is also a village's old name: around the prison is no place, the village is.
    assert _suggest(suggester, "تحصّن المهاجمون في محيط السجن") == []
    assert _brief(_suggest(suggester, "في قرية السجن"))[0][1] == "Mazra'a"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("نزح الآلاف نحو المخيمات الحدودية في سرمدا وأطمة", "Atmeh"),
        ("استهدفت غارة تجمعاً قرب بلدة بليون في جبل الزاوية", "Balyun"),
        ("استهدفت قوات النظام بقذائف الهاون بلدة النعيمة شرقي درعا", "Naima"),
        ("تقدمت القوات نحو خان العسل وخان طومان في ريف حلب", "Khan al-Asal"),
        ("سيطرت الفصائل على قرية عرب حسن شمال منبج", "Arab Hassan"),
        ("قصفت الطائرات بلدة بصر الحرير شرقي درعا", "Busr Al Harir"),
        ("وسقطت القذائف على كباجب في بادية دير الزور", "Kabajeb"),
        ("انسحب المسلحون نحو بلدتي رنكوس وفليطة", "Flita"),
        ("أعلن عن اتفاق مصالحة في ببيلا وبيت سحم ويلدا", "Beit Sahm"),
        ("قصفت الطائرات قرى جبل التركمان", "Rabee'a"),
        ("اندلعت اشتباكات في محيط مطار الثعلة العسكري غرب السويداء", "Ath-Tha'la - Airbase"),
        ("سقطت قذائف على قرية البغيلية", "Baghaliyeh"),
    ],
)
def test_villages_towns_and_sites_the_gazetteer_lacked(text: str, name: str) -> None:
    names = [s.value["name"] for s in Pipeline().suggest(text) if s.kind == "location"]
    assert name in names


def test_a_mountain_is_coded_to_the_town_beside_it() -> None:
    found = Pipeline().suggest("استهدفت الغارات مواقع في منطقة جبل المانع جنوب دمشق")
    place = next(s for s in found if s.kind == "location")
    assert (place.value["name"], place.value["geo_precision"]) == ("Al Kiswah", 2)


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة في حي موالٍ وسط مدينة حمص",
        "سيطرت الفصائل على حي استراتيجي في مدينة حلب",
        "وقع التفجير في حي تقطنه غالبية علوية في مدينة حمص",
    ],
)
def test_a_neighbourhood_described_not_named_is_none(text: str) -> None:
    names = [s.value["name"] for s in Pipeline().suggest(text) if s.kind == "location"]
    assert not any(" - " in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "قدرت الخسائر بنحو 400 بليون دولار",
        "تعرض الشاب للسحل في الشارع",
        "وكان المحتجون يرددون شعارات سلمية",  # peaceful, not As-Salamiyeh
        "خرجت مظاهرات سلمية في المدينة",
        "نشر التنظيم العدد الأخير من مجلة دابق",  # IS's magazine, not the town
    ],
)
def test_place_names_that_are_common_words_need_a_place_noun(text: str) -> None:
    assert [s for s in Pipeline().suggest(text) if s.kind == "location"] == []


def test_a_common_word_town_joined_to_a_town_before_it_is_a_place(
    suggester: LocationSuggester,
) -> None:
    found = _brief(_suggest(suggester, "ثلاثة قتلى في طفس وجاسم خلال 48 ساعة"))
    assert [(name, admin1) for _, name, admin1, _ in found] == [
        ("Tafas", "Dar'a"),
        ("Jasim", "Dar'a"),
    ]
    # the same word after a word of its own is a person's name
    assert [s.text for s in _suggest(suggester, "قال جاسم إن طفس تعرضت للقصف")] == ["طفس"]
    assert [s.text for s in _suggest(suggester, "زار طفس أمس وجاسم معه")] == ["طفس"]


def test_zahraa_beside_nubl_but_not_a_homs_neighbourhood(suggester: LocationSuggester) -> None:
    found = _brief(_suggest(suggester, "وصلت التعزيزات إلى عفرين عبر بلدتي نبل والزهراء"))
    assert ("الزهراء", "Zahraa", "Aleppo", 1) in found
    homs = _brief(_suggest(suggester, "قصفت قوات النظام حي الزهراء في مدينة حمص"))
    assert [name for _, name, _, _ in homs] == ["Homs - Al Zahraa", "Homs"]
    assert _suggest(suggester, "زار مشفى الزهراء أمس") == []


def test_a_common_word_joined_to_a_town_of_another_governorate_is_no_place(
    suggester: LocationSuggester,
) -> None:
    text = "اجتمع وجهاء من دير الزور والحراك الشعبي في المدينة"
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Deir-ez-Zor"]


def test_the_neighbourhoods_of_hama_lattakia_idleb_and_qamishli_are_listed(
    suggester: LocationSuggester,
) -> None:
    text = "وفي مدينة حماة، خرجت تظاهرات في أحياء الحاضر وطريق حلب والقصور."
    found = [s.value["name"] for s in _suggest(suggester, text)]
    assert found == ["Hama", "Hama - Al Hader", "Hama - Tariq Halab", "Hama - Al Qusour"]
    text = "سقطت قذائف على حي الزراعة في مدينة اللاذقية"
    assert _suggest(suggester, text)[0].value["name"] == "Lattakia - Al Ziraa"
    # the same name in another city is that city's (القصور of Idleb, not of Hama)
    text = "استهدفت مسيرة سيارة في حي القصور بمدينة إدلب"
    assert _suggest(suggester, text)[0].value["name"] == "Idleb - Al Qusour"
    text = "مداهمات في أحياء قامشلو، أبرزها حي الهلالية وحي قدوربك"
    names = [s.value["name"] for s in _suggest(suggester, text)]
    assert "Quamishli - Al Hilaliyeh" in names and "Quamishli - Qudurbek" in names


def test_an_area_named_like_a_district_of_a_city_named_elsewhere_is_its_own_place(
    suggester: LocationSuggester,
) -> None:
    # (Hama lists a district الحاضر, but this sentence names Aleppo: the town by it)
    text = "وقال إن سكان حماة يعانون. وفي منطقة الحاضر جنوب حلب تدور اشتباكات"
    names = [s.value["name"] for s in _suggest(suggester, text)]
    assert "Hama - Al Hader" not in names
    assert "Hadher" in names


def test_aleppo_s_airport_is_a_site_of_its_own(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "وأدى العدوان إلى خروج مطار حلب الدولي عن الخدمة")
    assert [(s.text, s.value["name"]) for s in found] == [("مطار حلب الدولي", "Aleppo - Airport")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "peaceful" agreeing with a feminine noun, not As-Salamiyeh
        ("نظم العشرات وقفة احتجاجية سلمية أمام مبنى المحافظة", []),
        ("وقصفت قوات النظام مدينة سلمية", ["مدينة سلمية"]),
        ("وقتل رجل في سلمية", ["سلمية"]),
        # the town of a council speaking, where its sentence names the place of the event,
        # says whose council it is
        (
            "وقال عضو المجلس المحلي في عامودا إن الأسايش اعتقلت خمسة في الدرباسية",
            ["الدرباسية"],
        ),
        ("وناشد المجلس المحلي لمدينة دوما إدخال الخبز إلى حرستا", ["حرستا"]),
        ("وقال رئيس بلدية ربيعة إن فرق الهندسة وصلت إلى كنسبا", ["كنسبا"]),
        # ... alone, it is where the council says it happened
        ("وأعلن المجلس المحلي في بلدة معرشمارين عن مقتل مدنيين اثنين", ["بلدة معرشمارين"]),
        # ... and a neighbourhood of it is still placed in it
        (
            "وقالت بلدية الرقة إن لغماً انفجر بعمال النظافة في حي الرميلة",
            ["الرقة", "حي الرميلة"],
        ),
        ("وقصفت الطائرات عامودا ومدينة دوما", ["عامودا", "مدينة دوما"]),
        # ... but the town of a council bombed, met or whose member was killed is the place
        ("واستهدفت غارة مبنى المجلس المحلي لمدينة معرة النعمان", ["مدينة معرة النعمان"]),
        ("واغتال مجهولون عضو المجلس المحلي في بلدة تل شهاب", ["بلدة تل شهاب"]),
        ("وخرجت مظاهرة أمام بلدية دوما", ["دوما"]),
        # the town after a noun of its own is the town
        ("وقصفت الطائرات ساحات سلمية ومستشفيات سلمية", ["سلمية", "سلمية"]),
        # the Hula valley is Israel's
        ("سقطت صواريخ في سهل الحولة شمال إسرائيل", []),
    ],
)
def test_adjectives_and_councils_named_like_towns(
    suggester: LocationSuggester, text: str, expected: list[str]
) -> None:
    assert [s.text for s in _suggest(suggester, text)] == expected


def test_the_houla_plain_and_villages_of_homs_and_deir_ez_zor(suggester: LocationSuggester) -> None:
    text = (
        "خلال عملية أمنية في منطقة الحولة. وسيطرت العشائر على بلدة الصبحة. "
        "وقصفت الطائرات قرية تل النبي مندو"
    )
    found = [(s.text, s.value["name"], s.value["admin3"], s.value["geo_precision"])
             for s in _suggest(suggester, text)]  # fmt: skip
    assert found == [
        ("منطقة الحولة", "Taldu", "Taldu", 2),  # a plain, coded to its sub-district seat
        ("بلدة الصبحة", "Sabha", "Basira", 1),
        ("قرية تل النبي مندو", "Tell Nabi Mando", "Al-Qusayr", 1),
    ]


def test_qara_of_the_qalamoun_as_acled_spells_it(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "سيطر الجيش على بلدة قارة في القلمون")
    assert [(s.text, s.value["name"], s.value["admin2"]) for s in found] == [
        ("بلدة قارة", "Qara", "An Nabk")
    ]


def test_villages_of_idleb_dar_a_and_western_aleppo(suggester: LocationSuggester) -> None:
    text = (
        "سيطر الجيش على قرية أورم الصغرى. وقصفت الطائرات بلدة رام حمدان. وسيطر التنظيم على بلدة حيط"
    )
    found = [(s.value["name"], s.value["admin3"]) for s in _suggest(suggester, text)]
    assert found == [
        ("Urum al-Sughra", "Atareb"),
        ("Ram Hamdan", "Maaret Tamsrin"),
        ("Heet", "Ash-Shajara"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سقطت قذائف على بلدة الحصن في ريف تلكلخ",
            [
                ("بلدة الحصن", "Al-Hosn", "Hawash"),
                ("ريف تلكلخ", "Tall Kalakh", "Tall Kalakh"),
            ],
        ),
        (
            "ألقت المروحيات براميل على مخيم خان الشيح",
            [("مخيم خان الشيح", "Khan Elshih Camp", "Qatana")],
        ),
        (
            "والطريق يمر عبر زاكية نحو دمشق",
            [("زاكية", "Zakiyeh", "Kisweh"), ("دمشق", "Damascus", "Damascus")],
        ),
        # the fortress of a phrase is no village
        ("وتبقى المدينة الحصن المنيع للثورة", []),
    ],
)
def test_a_village_of_tall_kalakh_and_the_west_of_damascus(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = Pipeline(None).suggest(text, dt.date(2014, 11, 12))
    places = [(s.text, s.value["name"], s.value["admin3"]) for s in found if s.kind == "location"]
    assert places == expected


def test_a_town_in_a_dateline_is_coded_at_its_governorate() -> None:
    pipeline = Pipeline(None)
    text = (
        "مسيرة تركية تستهدف سيارة\n\nقامشلو – روناهي\n\n"
        "استهدفت مسيرة تركية سيارة في مدينة القامشلي."
    )
    places = [
        (s.text, s.value["name"], s.value["geo_precision"])
        for s in pipeline.suggest(text, dt.date(2022, 11, 20))
        if s.kind == "location"
    ]
    assert places == [("قامشلو", "Al-Hasakeh", 3), ("مدينة القامشلي", "Quamishli", 1)]
    # ... not a headline that opens with the town
    text = "قامشلو – مقتل شخصين بقصف تركي على المدينة اليوم"
    places = [
        (s.text, s.value["name"]) for s in pipeline.suggest(text, dt.date(2022, 11, 20))
        if s.kind in ("location", "source")
    ]  # fmt: skip
    assert places == [("قامشلو", "Quamishli")]


@pytest.mark.parametrize(
    "text",
    [
        # a headline that opens with a town is no dateline
        "سراقب – انفجار سيارة مفخخة في السوق",
        "طفس: «لن نسلم السلاح الفردي»",
        "درعا البلد – اغتيال عنصر سابق في المعارضة",
    ],
)
def test_a_headline_opening_with_a_town_keeps_the_town(text: str) -> None:
    found = Pipeline(None).suggest(text, dt.date(2022, 11, 20))
    first = next(s for s in found if s.kind == "location")
    assert first.value["feature"] != "governorate"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary word joined to a town of its governorate after it is a town too
        (
            "الجيش يدخل الهامة وقدسيا بعد خروج المسلحين",
            [("الهامة", "Al Hameh"), ("قدسيا", "Qudsiya")],
        ),
        ("سيطر التنظيم على حوارين", [("حوارين", "Hawarin")]),
        ("استعادت الوحدات تلة مشتة نور", [("تلة مشتة نور", "Ain al Arab")]),
        # ... not the adjective (important) alone, nor before a town of another governorate
        ("وأكد أن المعلومات الهامة وصلت", []),
        ("وقال إن المعلومات الهامة ودمشق", [("دمشق", "Damascus")]),
    ],
)
def test_places_of_news_set_36(text: str, expected: list[tuple[str, str]]) -> None:
    found = Pipeline(None).suggest(text, dt.date(2016, 10, 14))
    assert [(s.text, s.value["name"]) for s in found if s.kind == "location"] == expected


def test_an_adjective_before_a_town_is_no_town_of_its_name() -> None:
    found = Pipeline(None).suggest(
        "سيطرت قوات النظام على المنطقة الهامة وداريا", dt.date(2016, 8, 1)
    )
    assert [s.text for s in found if s.kind == "location"] == ["داريا"]


def test_a_neighbourhood_named_with_its_noun_is_found_again_without_it(
    suggester: LocationSuggester,
) -> None:
    # The headline names the districts bare; the body names them with حي.
    text = (
        "قتلى بقذائف على الميدان والسليمانية في حلب\n\n"
        "سقطت قذائف على حيّي الميدان والسليمانية في مدينة حلب. وخرج أهالي الميدان "
        "في مظاهرة، وقال قائد كتيبة الميدان إن الفرق الميدانية وصلت."
    )
    found = [(s.text, s.value["name"]) for s in _suggest(suggester, text)]
    assert found.count(("الميدان", "Aleppo - Al Midan")) == 2  # the headline's, the residents'
    assert ("السليمانية", "Aleppo - Al Sulaymaniyeh") in found
    # Not a battalion's name, nor a longer word (الميدانية).
    assert [t for t, _name in found if "الميدان" in t] == ["الميدان", "حيّي الميدان", "الميدان"]
    # Without a neighbourhood named with its noun, a bare word is nothing.
    assert _suggest(suggester, "وصل القادة إلى الميدان") == []


def test_a_town_after_front_is_the_front_at_that_town(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "قتل عنصران بقصف على جبهة الرستن وجبهة خان شيخون")
    assert [(s.text, s.value["name"]) for s in found] == [
        ("الرستن", "Ar-Rastan"),
        ("خان شيخون", "Khan Shaykhun"),
    ]


def test_towns_placed_by_hand(suggester: LocationSuggester) -> None:
    found = _suggest(suggester, "اشتباكات في أشرفية صحنايا وقرية قمحانة")
    assert [(s.text, s.value["name"], s.value["admin3"]) for s in found] == [
        ("أشرفية صحنايا", "Ashrafiyet Sahnaya", "Sahnaya"),  # not Sahnaya itself
        ("قرية قمحانة", "Qamhana", "Hama"),
    ]
    assert all(s.value["approximate"] for s in found)


def test_near_misses_of_neighbourhoods_and_towns(suggester: LocationSuggester) -> None:
    # A name the city does not list is not looked for again (the martyrs, peace).
    text = "قتل ثلاثة مدنيين بقصف على حي الشهداء في مدينة حمص، وشيع الأهالي الشهداء"
    assert [s.text for s in _suggest(suggester, text)] == ["حي الشهداء", "مدينة حمص"]
    # A town in a group's name is no place; a neighbourhood east of its city is placed.
    assert _suggest(suggester, "قال قائد «مجموعات قمحانة» إن عناصره صدوا الهجوم") == []
    found = _suggest(suggester, "قصفت الطائرات حي جوبر شرقي دمشق")
    assert found[0].value["name"] == "Damascus - Jobar"


def test_two_qalamoun_villages_joined_by_and(suggester: LocationSuggester) -> None:
    text = "استعاد الجيش السيطرة على بلدتي فليطة ورأس المعرة في القلمون"
    assert [(s.text, s.value["name"]) for s in _suggest(suggester, text)] == [
        ("بلدتي فليطة", "Flita"),
        ("رأس المعرة", "Ras al-Maarra"),
    ]


def test_a_neighbourhood_is_no_village_of_the_same_name_in_another_governorate(
    suggester: LocationSuggester,
) -> None:
    found = _suggest(suggester, "قصفت قوات النظام حي الروضة في مدينة دمشق")
    assert [(s.text, s.value["name"]) for s in found] == [
        ("حي الروضة", "Damascus - الروضة"),
        ("مدينة دمشق", "Damascus"),
    ]
    # ... where it names the village, its own
    found = _suggest(suggester, "قصفت قوات النظام بلدة الروضة في ريف بانياس")
    assert found[0].value["admin1"] == "Tartous"


def test_a_direction_ending_a_line_is_no_direction_of_the_next_line_s_place(
    suggester: LocationSuggester,
) -> None:
    text = "قتلى في اللاذقية في حي الرمل الجنوبي\n\nدمشق – أ ش أ"
    found = _suggest(suggester, text)
    assert ("دمشق", "Damascus") in [(s.text, s.value["name"]) for s in found]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("قصفت الطائرات قرية كفرسجنة جنوبي إدلب", "Kafr Sajna", "Idleb"),
        ("مجزرة في بلدة التريمسة بريف حماة", "Tremseh", "Hama"),
        ("انفجرت سيارة مفخخة في بلدة تل براك", "Tal Brak", "Al-Hasakeh"),
        ("اشتباكات في قرية جديد عكيدات شرقي دير الزور", "Jdid Ekeidat", "Deir-ez-Zor"),
        ("سقطت قذائف على بلدة حجيرة جنوب دمشق", "Hujeira", "Rural Damascus"),
        ("قصف حي الشيخ نجار في مدينة حلب", "Aleppo - Sheikh Najjar", "Aleppo"),
        ("اشتباكات عنيفة في قرية قرقور بسهل الغاب", "Qarqur", "Hama"),
        ("سيطر التنظيم على قرية تل شميرام على نهر الخابور", "Tal Shamiram", "Al-Hasakeh"),
    ],
)
def test_front_line_villages_and_quarters_of_every_region(
    suggester: LocationSuggester, text: str, name: str, admin1: str
) -> None:
    place = _suggest(suggester, text)[0]
    assert (place.value["name"], place.value["admin1"]) == (name, admin1)


def test_a_common_word_spelt_like_a_village_is_no_place(suggester: LocationSuggester) -> None:
    # معرباً (expressing), في حينه (at the time)
    assert _suggest(suggester, "قال إن الافتتاح خطوة مطمئنة، معرباً عن أمله في الهدوء") == []
    assert _suggest(suggester, "ولم يعلن عن الحادثة في حينه") == []


def test_a_quarter_named_bare_in_a_report_from_its_city(suggester: LocationSuggester) -> None:
    text = "وحداتنا تلاحق فلولهم في الخالدية\n\nحمص – «العروبة»\n\nسقطت قذائف على مدينة حمص"
    assert _suggest(suggester, text)[0].value["name"] == "Homs - Al Khalidiyeh"
    # ... not where the article names no such city, nor a region of another
    found = _suggest(suggester, "اشتباكات في الخالدية بريف الرقة")
    assert found[0].value["admin1"] == "Ar-Raqqa"
    found = _suggest(suggester, "قصف على الغوطة، وفي حمص سقطت قذائف")
    assert found[0].value["admin1"] == "Rural Damascus"


def test_new_places_spelt_like_common_words_need_a_place_noun(
    suggester: LocationSuggester,
) -> None:
    assert _suggest(suggester, "دمرت الطائرات جسرين رئيسيين على النهر") == []
    assert _suggest(suggester, "عين اللواء مديرا لإدارة المخابرات") == []
    # a vaccine (لقاح), "far" (بعيدون), a family name, a Lebanese namesake
    assert _suggest(suggester, "وصول دفعة جديدة من لقاح كورونا") == []
    assert _suggest(suggester, "ما زلنا بعيدون عن أي اتفاق") == []
    assert _suggest(suggester, "وقال الشيخ محمد الفدغمي إن الوضع هادئ") == []
    assert _suggest(suggester, "غارة على بلدة كفركيلا") == []
    found = _suggest(suggester, "سقطت قذائف على بلدة حجيرة")
    assert [s.value["name"] for s in found] == ["Hujeira"]


def test_a_known_name_after_a_split_head_word_is_the_tail_of_another(
    suggester: LocationSuggester,
) -> None:
    # معر شمارين is Maar Shamarin written in two words, not the village Shamarin
    assert _suggest(suggester, "صورة لطفلة حديثة الولادة من معر شمارين") == []


def test_the_two_villages_named_again_are_no_town() -> None:
    text = (
        "سيطرت القوات على قريتي حاويك ومطربا في ريف القصير. وقالت الوزارة إن «وحداتنا "
        "تمكنت من طرد عصابات التهريب من القريتين»"
    )
    names = [s.value["name"] for s in Pipeline().suggest(text) if s.kind == "location"]
    assert names == ["Hawik", "Matraba", "Al-Qusayr"]
    found = Pipeline().suggest("اشتباكات في مدينة القريتين بريف حمص")
    assert [s.value["name"] for s in found if s.kind == "location"] == ["Al-Qaryatayn", "Homs"]


def test_al_qaryatayn_after_two_villages_not_named_as_a_pair() -> None:
    text = (
        "سيطرت قوات النظام على قريتين في ريف حمص الشرقي، وتواصل تقدمها نحو مدينة القريتين "
        "الخاضعة لسيطرة تنظيم الدولة."
    )
    found = Pipeline().suggest(text, dt.date(2016, 4, 3))
    assert "Al-Qaryatayn" in [s.value["name"] for s in found if s.kind == "location"]
    text = "«خرجت من قريتي قبل أسبوع». ويحتجز التنظيم عشرات المسيحيين في القريتين."
    found = Pipeline().suggest(text, dt.date(2015, 8, 6))
    assert "Al-Qaryatayn" in [s.value["name"] for s in found if s.kind == "location"]


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت الغارات حي المشلب وشارع تل أبيض في الرقة",  # a street named after a town
        "قرب الحواجز على طريق سلمية – أثريا في ريف حماة",  # a road by its two ends
        "بلدة الحراك بريف درعا، وقال أحد وجوه الحراك في السويداء",  # the movement
        "الرحيبة.. أيام القلمون\nسلمى الأحمد\nلم يكن أبو عدنان يتوقع",  # a byline's name
    ],
)
def test_streets_road_ends_the_movement_and_a_byline_are_no_places(
    suggester: LocationSuggester, text: str
) -> None:
    names = [s.value["name"] for s in _suggest(suggester, text)]
    assert not {"Tell Abiad", "As-Salamiyeh", "Salma"} & set(names)
    assert names.count("Hrak") == text.count("بلدة الحراك")


def test_the_eastern_qalamoun_is_coded_at_its_main_town(suggester: LocationSuggester) -> None:
    found = _brief(_suggest(suggester, "غادروا بلدات القلمون الشرقي باتجاه جرابلس"))
    assert ("بلدات القلمون الشرقي", "Raheiba", "Rural Damascus", 2) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("تجمع المحتجون عند دوار مدينة السويداء", "As-Sweida"),  # the town's own roundabout
        ("شنت القوات هجوماً واسعاً ضد الحراك وبصر الحرير", "Hrak"),  # two towns
        ("حلب الشهباء\nقتل شخصان في قصف على الأحياء الشرقية", "Aleppo"),  # an epithet
        ("على طريق معرة النعمان - وهي مدينة كبيرة - قتل شخصان", "Ma'arrat An Nu'man"),
    ],
)
def test_a_town_beside_a_street_word_a_movement_word_an_epithet_or_an_aside_stays(
    suggester: LocationSuggester, text: str, name: str
) -> None:
    assert name in [s.value["name"] for s in _suggest(suggester, text)]


@pytest.mark.parametrize(
    "text",
    [
        "خرجت مظاهرات في الناصرية بجنوب لبنان",
        "قال الشيخ هلال الحمود، أحد وجهاء العشيرة، إن الوضع هادئ",
    ],
)
def test_namesakes_of_new_places_need_their_place_noun(
    suggester: LocationSuggester, text: str
) -> None:
    assert not {"Nasriyeh", "Sheikh Hilal"} & {s.value["name"] for s in _suggest(suggester, text)}


def test_an_ordinary_word_is_the_town_an_alternate_name_with_its_noun_names(
    suggester: LocationSuggester,
) -> None:
    text = "غارتان على سوق في الباب\n\nقصفت الطائرات سوق الهال في مدينة الباب ظهر اليوم"
    assert [s.text for s in _suggest(suggester, text) if s.value["name"] == "Al Bab"] == [
        "الباب",
        "مدينة الباب",
    ]
    assert "الباب" in [s.text for s in _suggest(suggester, "الباب – شهبا برس\nقصف مدينة الباب")]
    assert _suggest(suggester, "فتح الباب أمام المفاوضات في الباب الثاني من الاتفاق") == []


@pytest.mark.parametrize(
    "text",
    [
        "قتلى برصاص الأمن في «جمعة أطفال الحولة» بمدينة حماة",
        "خرجت مظاهرات تحت شعار «أطفال الحولة مشاعل النصر» في مدينة حماة",
        "ورفع المتظاهرون لافتات باسم «داريا» في مدينة حماة",
    ],
)
def test_a_town_inside_a_slogan_or_a_friday_s_name_is_no_place(
    suggester: LocationSuggester, text: str
) -> None:
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Hama"]


def test_a_video_s_title_still_names_its_place(suggester: LocationSuggester) -> None:
    text = 'نشر مقطعاً بعنوان "انتشال امرأة من تحت الأنقاض في بلدة سرمدا"'
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Sarmada"]


def test_a_town_paired_with_its_neighbour_is_not_the_city_s_quarter(
    suggester: LocationSuggester,
) -> None:
    text = (
        "حمص: انفجار في حي الزهراء بمدينة حمص. وإدخال المساعدات إلى بلدتي نبل والزهراء المحاصرتين."
    )
    names = [(s.text, s.value["name"]) for s in _suggest(suggester, text)]
    assert ("حي الزهراء", "Homs - Al Zahraa") in names
    assert ("الزهراء", "Zahraa") in names


def test_a_battle_named_after_its_place_keeps_the_place(suggester: LocationSuggester) -> None:
    text = "وتستمر معركة «مطار أبو الضهور» العسكري منذ أشهر"
    assert [s.value["name"] for s in _suggest(suggester, text)] != []


@pytest.mark.parametrize(
    "text",
    [
        "قصف الطيران الروسي مدينة الباب. وقال ناشطون إن الاتفاق فتح الباب أمام عودة النازحين",
        "سيطرت قسد على مدينة الطبقة، وسط احتفالات في ذكرى الثورة السورية",
    ],
)
def test_an_ordinary_word_after_no_word_of_place_stays_a_word(
    suggester: LocationSuggester, text: str
) -> None:
    assert len(_suggest(suggester, text)) == 1


def test_old_homs_and_a_quarter_beside_it(suggester: LocationSuggester) -> None:
    text = "سقطت قذائف على الخالدية وأحياء حمص القديمة"
    assert [s.value["name"] for s in _suggest(suggester, text)] == [
        "Homs - Al Khalidiyeh",
        "Homs - Old City",
    ]


def test_quarters_of_hasakeh_and_sarkha_by_its_noun(suggester: LocationSuggester) -> None:
    text = "غارات على مواقع الأسايش في حيي النشوة وغويران بمدينة الحسكة"
    assert "Al-Hasakeh - Nashwa" in [s.value["name"] for s in _suggest(suggester, text)]
    names = [s.value["name"] for s in _suggest(suggester, "استعاد الجيش بلدة الصرخة")]
    assert names == ["Bakhaa"]


def test_a_battle_for_a_place_fought_elsewhere_names_only_where_it_is_fought(
    suggester: LocationSuggester,
) -> None:
    text = "وأطلقت الفصائل معركة «نصرة لداريا» في ريف القنيطرة"
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Quneitra"]
    text = "قصفت الطائرات مدينة الباب. ودخل المسلحون من الباب الخلفي للمبنى"
    assert [s.text for s in _suggest(suggester, text)] == ["مدينة الباب"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("وخطف أربعة مواطنين في شيه بريف عفرين", "شيه", "Sheikh al-Hadid"),
        ("وقطع مسلحون أشجار الزيتون في قرية ماراتة قرب مدينة عفرين", "قرية ماراتة", "Maarrata"),
        ("وأحرق مجهولون محلاً في حي المحمودية بمدينة عفرين", "حي المحمودية",
         "Afrin - Al Mahmoudiyeh"),
        ("وبقي السجن المركزي في حي علايا بالقامشلي تحت سيطرة الأسايش", "حي علايا",
         "Quamishli - Allaya"),
    ],
)  # fmt: skip
def test_afrin_s_villages_and_quarters_and_a_qamishli_quarter(
    suggester: LocationSuggester, text: str, span: str, name: str
) -> None:
    assert (span, name) in [(s.text, s.value["name"]) for s in _suggest(suggester, text)]


def test_damascus_rabweh(suggester: LocationSuggester) -> None:
    text = "فجّر انتحاري نفسه داخل مطعم في منطقة الربوة غربي دمشق"
    assert "Damascus - Rabweh" in [s.value["name"] for s in _suggest(suggester, text)]


def test_abu_al_duhur_s_airbase(suggester: LocationSuggester) -> None:
    text = "سيطر «جيش الفتح» على مطار أبو الظهور العسكري في ريف إدلب الشرقي"
    assert "Abu al Duhur - Airbase" in [s.value["name"] for s in _suggest(suggester, text)]


def test_qusayr_alone_is_the_town_but_not_a_short_range_or_term(
    suggester: LocationSuggester,
) -> None:
    text = "إسرائيل تلاحق خطوط الإمداد حتى القصير: غارات جديدة على ريف القصير"
    assert [s.text for s in _suggest(suggester, text)] == ["القصير", "ريف القصير"]
    assert _suggest(suggester, "وقال إن الهدنة صامدة على المدى القصير") == []


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت دورية الشاب محمد القصير من أهالي بلدة الحراك",
        "على المديين القصير والمتوسط، وفي الإطار الزمني القصير",
        "وداهمت دورية منزل عائلة القصير",
    ],
)
def test_qusayr_as_a_family_name_or_an_adjective_is_no_place(
    suggester: LocationSuggester, text: str
) -> None:
    assert "Al-Qusayr" not in [s.value["name"] for s in _suggest(suggester, text)]


def test_a_quarter_joined_to_a_quarter_is_one_too(suggester: LocationSuggester) -> None:
    text = (
        "قُتل مدنيون في غارات على حيي الشعار والسكري بحلب، وقال مسعف إن الجثث لا تزال تحت "
        "الأنقاض في الشعار وطريق الباب. وسيطرت الفصائل لاحقاً على مدينة الباب."
    )
    names = [(s.text, s.value["name"]) for s in _suggest(suggester, text)]
    assert ("طريق الباب", "Aleppo - Tariq al-Bab") in names
    assert ("مدينة الباب", "Al Bab") in names


def test_a_listed_quarter_of_four_words_and_the_old_city(suggester: LocationSuggester) -> None:
    text = "وأعلنت قسد سيطرتها على حي الدرعية ومعظم حي هشام بن عبد الملك غربي مدينة الرقة."
    assert ("حي هشام بن عبد الملك", "Ar-Raqqa - Hisham bin Abd al-Malik", "Ar-Raqqa", 2) in (
        _brief(_suggest(suggester, text))
    )
    old = "شنت الطائرات غارات على مدينة الرقة، وتركزت على محيط الجامع الكبير في المدينة القديمة."
    assert ("المدينة القديمة", "Ar-Raqqa - Old City", "Ar-Raqqa", 2) in _brief(
        _suggest(suggester, old)
    )
    homs = "حمص: بدء تنفيذ اتفاق المدينة القديمة وخروج المسلحين منها"
    assert ("المدينة القديمة", "Homs - Old City", "Homs", 2) in _brief(_suggest(suggester, homs))
    # No city of the article lists it: no place.
    assert _suggest(suggester, "وتجول السياح في المدينة القديمة.") == []


def test_the_old_city_of_the_city_named_right_after_or_in_its_sentence(
    suggester: LocationSuggester,
) -> None:
    text = "تم إخراج 600 مدني من أحياء حمص القديمة، فيما استمر القصف على المدينة القديمة في حلب."
    assert ("المدينة القديمة", "Aleppo - Old City", "Aleppo", 2) in _brief(
        _suggest(suggester, text)
    )
    # A city of the sentence that lists no old city: none (not an earlier city's).
    damascus = (
        "قصفت قوات النظام أحياء حمص، ثم انتقل القصف إلى دمشق حيث سقطت قذائف على المدينة القديمة."
    )
    assert "Homs - Old City" not in [s.value["name"] for s in _suggest(suggester, damascus)]


def test_a_four_word_quarter_is_placed_in_the_city_named_before_its_sentence(
    suggester: LocationSuggester,
) -> None:
    text = "قصفت طائرات التحالف مدينة الرقة. وقتل مدني في حي هشام بن عبد الملك."
    assert ("حي هشام بن عبد الملك", "Ar-Raqqa - Hisham bin Abd al-Malik", "Ar-Raqqa", 2) in (
        _brief(_suggest(suggester, text))
    )


def test_an_old_city_abroad_is_no_syrian_city_s(suggester: LocationSuggester) -> None:
    for text in (
        "خرجت مظاهرة في مدينة حلب تضامناً مع الفلسطينيين بعد اقتحام المدينة القديمة في القدس.",
        "قال القائد إن معركة الرقة ستكون أصعب من معارك المدينة القديمة في الموصل.",
    ):
        assert "المدينة القديمة" not in [s.text for s in _suggest(suggester, text)], text


def test_a_bare_quarter_where_a_place_is_named_in_an_article_naming_its_city(
    suggester: LocationSuggester,
) -> None:
    text = (
        "سقطت قذائف على أحياء دمشق أطلقها مسلحون متحصنون في جوبر.\n\n"
        "🔴 القصاع: قذيفة أصابت حافلة.\n"
        "🔴 باب شرقي والعباسيين: ست قذائف."
    )
    assert [(s.text, s.value["name"]) for s in _suggest(suggester, text)][1:] == [
        ("جوبر", "Damascus - Jobar"),
        ("القصاع", "Damascus - Al Qassaa"),
        ("باب شرقي", "Damascus - Bab Sharqi"),
        ("العباسيين", "Damascus - Al Abbasiyyin"),
    ]
    # Joined to a quarter found, a name that is also a word is the quarter too.
    raqqa = "قصفت الطائرات مدينة الرقة، وتركز القصف على أحياء المدينة القديمة والبدو والرميلة."
    assert [s.value["name"] for s in _suggest(suggester, raqqa)][-2:] == [
        "Ar-Raqqa - Al Badu",
        "Ar-Raqqa - Al Rumeileh",
    ]


def test_a_bare_quarter_needs_its_city_a_place_s_position_and_no_other_sense(
    suggester: LocationSuggester,
) -> None:
    # No city that lists it, no place's position, or a word of its own: none.
    for text in (
        "سقطت قذائف أطلقها مسلحون متحصنون في جوبر.",
        "قال مسؤول في دمشق إن القصاع تعرض لأضرار بحسب الأهالي.",
        "قال مسؤول في دمشق إن العمل في الميدان مستمر.",
        "عاد البدو إلى ريف الرقة بعد انسحاب التنظيم من مدينة الرقة.",
    ):
        assert " - " not in " ".join(str(s.value["name"]) for s in _suggest(suggester, text)), text


def test_jamraya_of_the_research_centre(suggester: LocationSuggester) -> None:
    text = "استهدفت الغارات مركز البحوث العلمية في جمرايا بريف دمشق."
    assert ("جمرايا", "Jamraya", "Rural Damascus", 1) in _brief(_suggest(suggester, text))


def test_a_bare_quarter_abroad_or_a_man_of_its_name_is_none(suggester: LocationSuggester) -> None:
    for text in (
        "تضرر منزل السفير السوري في الأشرفية ببيروت، فيما أعلنت حلب الحداد تضامنا مع لبنان.",
        "التقى وفد من المعارضة في حلب بالشيخ سعيد المحمد، أحد وجهاء المدينة.",
        "قال مسؤول في دير الزور إنه التقى بالشيخ ياسين الجاسم شيخ عشيرة البوكمال.",
    ):
        assert " - " not in " ".join(str(s.value["name"]) for s in _suggest(suggester, text)), text
    fell = "قتل خمسة مدنيين بقذائف سقطت على القصاع وباب توما في دمشق."
    assert ("القصاع", "Damascus - Al Qassaa") in [
        (s.text, s.value["name"]) for s in _suggest(suggester, fell)
    ]


def test_menagh_s_airbase_is_no_village(suggester: LocationSuggester) -> None:
    text = "فجّر انتحاري سيارة مفخخة على الطريق المؤدي إلى مطار منغ العسكري المحاصر."
    assert [s.value["name"] for s in _suggest(suggester, text)] == ["Menagh Airbase"]


def test_the_valley_of_the_christians_is_nasra_s(suggester: LocationSuggester) -> None:
    text = "قُتل شابان من أبناء بلدة الحواش في وادي النصارى بريف حمص الغربي."
    assert ("وادي النصارى", "Nasra", "Homs", 2) in _brief(_suggest(suggester, text))


def test_tal_masharah_is_the_hill_not_the_village(suggester: LocationSuggester) -> None:
    text = "أعادت وحدات الجيش الأمن إلى مسحرة وتل مسحرة في ريف القنيطرة."
    assert [s.value["name"] for s in _suggest(suggester, text)][:2] == ["Masharah", "Tal Masharah"]


def test_no_place_in_a_hashtag_nor_a_quarter_that_is_a_slogan_or_an_orchard(
    suggester: LocationSuggester,
) -> None:
    assert _suggest(suggester, "انتشر وسم #أنقذوا_حلب على مواقع التواصل تضامنا مع المحاصرين.") == []
    for text in (
        "خرجت مظاهرات في حلب، وأصر المتظاهرون على الشعار الذي رفعته الثورة منذ بدايتها.",
        "تحدث مزارعون في حمص عن موسم جيد في كرم الزيتون الذي يملكونه.",
    ):
        assert " - " not in " ".join(str(s.value["name"]) for s in _suggest(suggester, text)), text


def test_a_quarter_joined_to_another_is_of_that_one_s_city(suggester: LocationSuggester) -> None:
    text = "قصفت قوات النظام حي جورة الشياح والقصور في مدينة حمص، كما قصفت مدينة حماة."
    assert ("القصور", "Homs - Al Qusour") in [
        (s.text, s.value["name"]) for s in _suggest(suggester, text)
    ]
