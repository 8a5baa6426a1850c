"""Civilians hurt across the border, and the Islamic State in Iraq, are named by the
country where the sentence sets them."""

from __future__ import annotations

import datetime as dt

import pytest

from annotator.suggest.abroad import SceneReader
from annotator.suggest.pipeline import Pipeline
from annotator.text.normalize import normalize


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    found = pipeline.suggest(text, dt.date(2018, 2, 21))
    return [(s.text, s.value["name"]) for s in found if s.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a town abroad the gazetteer lists, before the count
        ("سقطت قذائف على مدينة الهرمل، ما أدى إلى إصابة ثلاثة مدنيين بجروح", "Lebanon"),
        # a place noun, a name and the state's adjective, after the count
        ("قتل مدنيان جراء سقوط قذائف على بلدة قرقميش التركية الحدودية", "Turkey"),
        # the side of the border
        ("وفي الجانب التركي من الحدود، قُتل مدنيان جراء قذائف صاروخية", "Turkey"),
        ("وفي محافظة ديالى، قُتل ثلاثة مدنيين بانفجار عبوة ناسفة", "Iraq"),
    ],
)
def test_civilians_hurt_abroad_are_that_country_s(
    pipeline: Pipeline, text: str, country: str
) -> None:
    names = [name for _, name in _actors(pipeline, text) if name.startswith("Civilians")]
    assert names == [f"Civilians ({country})"]


def test_a_syrian_place_nearer_keeps_them_syria_s(pipeline: Pipeline) -> None:
    text = (
        "سقطت صواريخ على مدينة الهرمل، فيما قصفت المدفعية بلدة القصير، ما أدى إلى مقتل ثلاثة مدنيين"
    )
    assert ("مدنيين", "Civilians (Syria)") in _actors(pipeline, text)


def test_another_sentence_abroad_leaves_them_syria_s(pipeline: Pipeline) -> None:
    text = "سقطت قذائف على مدينة الهرمل. وقتل ثلاثة مدنيين بغارة على بلدة كفرنبل"
    assert ("مدنيين", "Civilians (Syria)") in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's city is where the article was filed, not where people were hurt
        "بيروت (أ ف ب) - قتل 21 مدنياً على الأقل في غارات على أحياء مدينة الرقة",
        # whither or whence is no scene
        "فر ثلاثة مدنيين إلى عرسال بعد قصف قريتهم",
        # a word of the list's spelling inside ordinary speech (حديثة الولادة)
        "أسفر القصف عن مقتل خمسة مدنيين بينهم طفلة حديثة الولادة",
        # a landmark across the border, a destination, where the shells came from
        "أدى القصف على مدينة القامشلي المقابلة لمدينة نصيبين التركية إلى مقتل مدنيين اثنين",
        "وصل جرحى مدنيون إلى مستشفيات الريحانية بعد قصف طال مدينة إدلب",
        "أصيب خمسة مدنيين بقصف انطلاقاً من ولاية شانلي أورفة على مدينة تل أبيض",
        # what a strike answered, where the guns stand, a zone held, a border of two
        "قصفت القوات التركية مدينة عفرين رداً على سقوط قذائف على كليس، ما أدى إلى مقتل 4 مدنيين",
        "قتل مدنيان بقصف مدفعي للقوات المتمركزة على الجانب التركي من الحدود استهدف قرية تل حلف",
        "قتل مدني بانفجار لغم في قرية خاضعة للسيطرة التركية بريف رأس العين",
        "قتل شاب برصاص حرس الحدود في منطقة الحدود التركية السورية بريف إدلب",
        # a town of Dar'a of the same name as one abroad
        "قتل مدنيان في قصف على بلدة صيدا في ريف درعا",
    ],
)
def test_no_scene_abroad(pipeline: Pipeline, text: str) -> None:
    names = {name for _, name in _actors(pipeline, text) if name.startswith("Civilians")}
    assert names == {"Civilians (Syria)"}


def test_the_islamic_state_in_iraq_by_a_place_not_by_a_side(pipeline: Pipeline) -> None:
    in_iraq = "وفي محافظة صلاح الدين، شن عناصر داعش هجوماً على ربيئة للجيش العراقي"
    assert ("داعش", "Islamic State (Iraq)") in _actors(pipeline, in_iraq)
    # fighters by the border told from the Iraqi side are still Syria's
    by_the_border = (
        "وعلى الجانب العراقي من الحدود، قصفت المدفعية تجمعات لعناصر داعش "
        "قبالة مدينة البوكمال السورية"
    )
    assert ("داعش", "Islamic State (Syria)") in _actors(pipeline, by_the_border)


def test_offsets_hold_with_marks_emoji_and_eastern_digits(pipeline: Pipeline) -> None:
    text = "🚨 وفي الجانبِ التركيّ، قُتل ٣ مدنيين 🙏 بسقوط قذائف"
    found = pipeline.suggest(text, dt.date(2019, 10, 14))
    civilians = [s for s in found if s.kind == "actor"]
    assert [(s.text, s.value["name"]) for s in civilians] == [("مدنيين", "Civilians (Turkey)")]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_the_reader_names_the_country_of_each_scene() -> None:
    reader = SceneReader({"Lebanon": ["الهرمل"], "Iraq": ["محافظة ديالى"]})
    text = normalize("قذائف على الهرمل ثم في محافظة ديالى وفي بلدة كليس التركية").text
    assert [country for _, country, _ in reader.scenes(text)] == ["Lebanon", "Iraq", "Turkey"]


def test_inside_a_neighbour_s_territory_is_a_scene_but_from_it_is_not(
    pipeline: Pipeline,
) -> None:
    inside = "قتل مدنيان داخل الأراضي التركية بقذائف أطلقت من ريف حلب"
    assert ("مدنيان", "Civilians (Turkey)") in _actors(pipeline, inside)
    whence = "أطلقت قذائف من داخل الأراضي التركية فقتل مدنيان"
    assert ("مدنيان", "Civilians (Syria)") in _actors(pipeline, whence)


def test_a_connective_starts_another_scene(pipeline: Pipeline) -> None:
    text = (
        "قتل ثلاثة مدنيين بقصف على مدينة البوكمال، بينما أعلنت السلطات العراقية "
        "مقتل مدنيين في ديالى"
    )
    civilians = [name for _, name in _actors(pipeline, text) if name.startswith("Civilians")]
    assert civilians == ["Civilians (Syria)", "Civilians (Iraq)"]


def test_two_lebanese_citizens_by_their_dual_adjective(pipeline: Pipeline) -> None:
    text = "أصيب مواطنان لبنانيان بجروح جراء سقوط قذيفة في بلدة القصر"
    assert ("مواطنان لبنانيان", "Civilians (Lebanon)") in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل قيادي في تنظيم داعش كان يشغل منصب والي نينوى بغارة للتحالف في ريف دير الزور",
        "هاجم تنظيم داعش، الذي سيطر على مدينة الموصل عام 2014، مواقع للنظام في بادية السخنة",
    ],
)
def test_the_islamic_state_in_a_sentence_with_a_syrian_place_stays_syria_s(
    pipeline: Pipeline, text: str
) -> None:
    names = [name for _, name in _actors(pipeline, text) if name.startswith("Islamic State")]
    assert names == ["Islamic State (Syria)"]


def test_the_hospital_abroad_the_wounded_reached_is_no_scene(pipeline: Pipeline) -> None:
    # Syrians hurt in Dar'a and treated in a Jordanian town are Syria's civilians.
    text = (
        "وصل عشرات الجرحى، معظمهم من النساء والأطفال، إلى مستشفيات لواء الرمثا. وقال مدير "
        "مستشفى الرمثا الحكومي إن المستشفى استقبل 37 جريحاً بينهم 11 طفلاً."
    )
    civilians = [(t, name) for t, name in _actors(pipeline, text) if name.startswith("Civ")]
    assert civilians == [
        ("النساء", "Civilians (Syria)"),
        ("الأطفال", "Civilians (Syria)"),
        ("طفلاً", "Civilians (Syria)"),
    ]
    # Civilians hurt in the town itself are still Jordan's.
    text = "سقطت قذائف على مدينة الرمثا، ما أدى إلى إصابة ثلاثة مدنيين بجروح"
    assert ("مدنيين", "Civilians (Jordan)") in _actors(pipeline, text)


def test_palestinian_refugees_and_the_civilians_of_their_camps_are_palestine_s(
    pipeline: Pipeline,
) -> None:
    text = "قضى ثلاثة عشر لاجئاً فلسطينياً من أبناء المخيم جراء القصف"
    assert ("لاجئاً فلسطينياً", "Civilians (Palestine)") in _actors(pipeline, text)
    text = "استشهد أربعة مدنيين بينهم طفلان بالبراميل المتفجرة على مخيم خان الشيح"
    assert [name for _t, name in _actors(pipeline, text)] == ["Civilians (Palestine)"] * 2
    # Refugees counted without a nationality, in another sentence, stay Syria's.
    text = "قصفت الطائرات مخيم اليرموك. وفي حي الميدان، أصيب لاجئان برصاص قناص"
    assert ("لاجئان", "Civilians (Syria)") in _actors(pipeline, text)


def test_two_towns_named_with_the_state_s_dual_adjective(pipeline: Pipeline) -> None:
    text = (
        "سقطت قذائف صاروخية أُطلقت من الجانب السوري على بلدتي القصر وحوش السيد علي "
        "اللبنانيتين، ما أدى إلى إصابة خمسة مدنيين بينهم طفل"
    )
    assert ("مدنيين", "Civilians (Lebanon)") in _actors(pipeline, text)


def test_two_villages_hit_by_a_state_s_guns_stay_syria_s(pipeline: Pipeline) -> None:
    text = "أصيب طفلان بقصف استهدف قريتي أم الخير وأم الكيف بالمدفعية التركية في ريف تل تمر."
    assert ("طفلان", "Civilians (Syria)") in _actors(pipeline, text)
