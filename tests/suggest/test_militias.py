"""A town's own armed groups are its communal militia, as ACLED names them."""

from __future__ import annotations

import datetime as dt

import pytest

from annotator.suggest.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str, int]]:
    found = pipeline.suggest(text, dt.date(2022, 10, 18))
    return [(s.text, s.value["name"], s.value["inter"]) for s in found if s.kind == "actor"]


def test_local_gunmen_take_the_name_of_the_town_their_sentence_names(pipeline: Pipeline) -> None:
    text = "قُتل قيادي في تنظيم داعش خلال اشتباكات مع مجموعات محلية مسلحة في مدينة جاسم بريف درعا"
    assert ("مجموعات محلية مسلحة", "Jasim Communal Militia (Syria)", 4) in _actors(pipeline, text)


def test_the_town_may_be_named_before_in_the_paragraph(pipeline: Pipeline) -> None:
    text = "دخلت قوات النظام بلدة طفس فجراً. واشتبك معها مسلحون محليون قبل انسحابها"
    assert _actors(pipeline, text)[-1] == ("مسلحون محليون", "Tafas Communal Militia (Syria)", 4)


def test_with_no_town_named_the_group_is_left_to_the_coder(pipeline: Pipeline) -> None:
    text = "انتشرت عناصر من المجموعات المحلية لحماية المحتجين.\n\nوفي دمشق، ..."
    assert all("Communal" not in name for _text, name, _inter in _actors(pipeline, text))


def test_local_gunmen_anywhere_in_as_sweida_are_the_druze_militia(pipeline: Pipeline) -> None:
    text = (
        "هاجم مسلحو التنظيم قرى الشبكي ورامي، وخاضوا اشتباكات مع مسلحين محليين من أبناء "
        "القرى، قبل أن تتمكن القوات الحكومية ومسلحون محليون من استعادة السيطرة"
    )
    druze = [(t, name) for t, name, inter in _actors(pipeline, text) if inter == 4]
    assert druze == [
        ("مسلحين محليين", "Druze Communal Militia (Syria)"),
        ("مسلحون محليون", "Druze Communal Militia (Syria)"),
    ]
    # the province's countryside is enough, and the community may be named outright
    text = "اندلعت اشتباكات في ريف السويداء الغربي بين مسلحين محليين وقوات الأمن"
    assert ("مسلحين محليين", "Druze Communal Militia (Syria)", 4) in _actors(pipeline, text)
    text = "عمليات خطف متبادلة بين مسلحين دروز وأبناء عشائر بدوية"
    assert ("مسلحين دروز", "Druze Communal Militia (Syria)", 4) in _actors(pipeline, text)
