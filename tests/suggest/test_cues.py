"""Event-type cues: the lexicon is valid data, the hierarchy decides, spans are exact."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.bundled import resources_dir, schemas_dir
from annotator.codebook import default_codebook
from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.cues import (
    SHOWN_CONFIDENCE,
    CueLexiconError,
    cue_lexicon_from_data,
    default_event_cues,
    hierarchy_rank,
    inter_code,
    load_event_cues,
    sentences,
    suggest_event_types,
)
from annotator.suggest.pipeline import Pipeline
from tests.conftest import shared_file

LEXICON = resources_dir() / "lexicon" / "event_cues.json"
SCHEMA = schemas_dir() / "event_cues.schema.json"

BATTLE = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")
CHANGE = ("Strategic developments", "Change to group/activity")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
RIOT = ("Riots", "Violent demonstration")
GOVERNMENT = ("Battles", "Government regains territory")
NON_STATE = ("Battles", "Non-state actor overtakes territory")
LOOTING = ("Strategic developments", "Looting/property destruction")


def _pair(suggestion: Suggestion) -> tuple[str, str]:
    return suggestion.value["event_type"], suggestion.value["sub_event_type"]


def _suggest(text: str, earlier: tuple[Suggestion, ...] = ()) -> list[Suggestion]:
    ctx = SuggestContext.of(text)
    if earlier:
        ctx = SuggestContext(ctx.text, ctx.normalized, earlier=earlier)
    found = suggest_event_types(ctx)
    for suggestion in found:
        assert text[suggestion.start : suggestion.end] == suggestion.text
    return found


def _found(text: str, earlier: tuple[Suggestion, ...] = ()) -> list[tuple[str, tuple[str, str]]]:
    """(span text, pair), strongest first."""
    ranked = sorted(_suggest(text, earlier), key=lambda s: -s.confidence)
    return [(s.text, _pair(s)) for s in ranked]


def _best(text: str, earlier: tuple[Suggestion, ...] = ()) -> Suggestion:
    return max(_suggest(text, earlier), key=lambda s: s.confidence)


def _actor(text: str, phrase: str, inter: int, name: str = "X") -> Suggestion:
    start = text.index(phrase)
    return Suggestion("actor", start, start + len(phrase), phrase, {"name": name, "inter": inter})


# --------------------------------------------------------------------------- the data


def _lexicon_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LEXICON.read_text(encoding="utf-8"))
    return data


def test_lexicon_follows_its_schema_and_the_codebook() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(_lexicon_data())
    lexicon = default_event_cues()
    codebook = default_codebook()
    for cue in lexicon.cues:
        assert cue.sub_event_type in codebook.choices("sub_event_type", cue.event_type)
    assert len(hierarchy_rank()) == 25


def test_every_sub_event_type_has_cues() -> None:
    covered = {(cue.event_type, cue.sub_event_type) for cue in default_event_cues().cues}
    # Territory cues are filed under one sub-type and resolved by actors.
    covered.add(GOVERNMENT)
    assert set(hierarchy_rank()) <= covered


def test_every_cue_phrase_is_found_by_itself() -> None:
    lexicon = default_event_cues()
    for cue in lexicon.cues:
        for phrase in cue.phrases:
            matches = lexicon.cue_matcher.find(SuggestContext.of(phrase).normalized)
            assert matches, phrase


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["cues"][0].update(sub_event_type="Armed clash", event_type="Riots"), "Riots"),
        (lambda d: d["cues"][0].update(requires="weather"), "weather"),
        (lambda d: d["cues"][0].update(overrides=["Skirmish"]), "Skirmish"),
        (lambda d: d["cues"][0].update(converts=["Sit-in"]), "Sit-in"),
        (lambda d: d["cues"][0]["phrases"].append("ـًـ"), "two letters"),
        (lambda d: d["cues"][0].pop("weight"), "weight"),
        (lambda d: d["cues"][0].update(weight=1.5), "weight"),
        (lambda d: d["contexts"].pop("civilians"), "civilians"),
        (lambda d: d["negation"].update(window=0), "window"),
    ],
)
def test_broken_lexicons_are_refused_with_a_reason(change: Any, message: str) -> None:
    data = copy.deepcopy(_lexicon_data())
    change(data)
    with pytest.raises(CueLexiconError, match=message):
        cue_lexicon_from_data(data, source="broken.json")


def test_unreadable_lexicon_files(tmp_path: Path) -> None:
    with pytest.raises(CueLexiconError, match="Cannot read"):
        load_event_cues(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(CueLexiconError, match="not valid JSON"):
        load_event_cues(bad)
    good = tmp_path / "good.json"
    good.write_text(LEXICON.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(load_event_cues(good).cues) == len(default_event_cues().cues)


def test_inter_codes_from_numbers_digits_and_codebook_text() -> None:
    assert inter_code({"inter": 1}) == 1
    assert inter_code({"inter": "7"}) == 7
    assert inter_code({"inter": "Rebel group"}) == 2
    assert inter_code({"inter": 9}) is None
    assert inter_code({"inter": True}) is None
    assert inter_code({"inter": "army"}) is None
    assert inter_code({}) is None


# --------------------------------------------------------------------------- sentences


def test_sentences_split_at_end_marks_and_lines_not_inside_numbers() -> None:
    text = "  قتل 3.5 شخص. هل انتهى؟ نعم!\nسطر ثان بلا نقطة\r\n\nموقع sana.sy مغلق…  "
    found = [text[s.start : s.end] for s in sentences(text)]
    assert found == [
        "قتل 3.5 شخص.",
        "هل انتهى؟",
        "نعم!",
        "سطر ثان بلا نقطة",
        "موقع sana.sy مغلق…",
    ]
    assert [s.paragraph for s in sentences(text)] == [0, 0, 0, 1, 2]
    assert sentences("") == [] and sentences(" \n\n ") == []
    quoted = "قال: “انتهى.” ثم غادر"
    assert [quoted[s.start : s.end] for s in sentences(quoted)] == [
        "قال: “انتهى.”",
        "ثم غادر",
    ]


# --------------------------------------------------------------------------- the seed article


def _seed() -> str:
    return shared_file("corpus", "seed_article_ar.txt").read_text(encoding="utf-8")


def _in_sentence_with(text: str, phrase: str, found: list[Suggestion]) -> list[Suggestion]:
    at = text.index(phrase)
    sentence = next(s for s in sentences(text) if s.start <= at < s.end)
    return [s for s in found if sentence.start <= s.start < sentence.end]


def test_seed_article_cues() -> None:
    text = _seed()
    found = _suggest(text)
    clashes = [s for s in found if s.text == "اشتباكات"]
    assert len(clashes) >= 3 and all(_pair(s) == BATTLE for s in clashes)
    assert [_pair(s) for s in found if s.text == "معارك"] == [BATTLE]

    strikes = [s for s in found if s.text == "غارات جوية"]
    assert [_pair(s) for s in strikes] == [AIR]
    # The clashes of that sentence are told in another clause (بالتزامن مع) and hedged
    # (الحديث عن): the air strikes are the sentence's strongest suggestion.
    same_sentence = _in_sentence_with(text, "غارات جوية", found)
    assert max(same_sentence, key=lambda s: s.confidence) is strikes[0]

    # Reinforcements brought in are no event a coder codes (the three events and the
    # older attack are: corpus README), nor does any news coder mark troop movements.
    assert [s for s in found if s.text == "تعزيزات عسكرية"] == []
    # The attack on the military bus: Battles / Armed clash, span on هجوم without its ل.
    bus = _in_sentence_with(text, "باص", found)
    assert [(s.text, _pair(s)) for s in bus] == [("هجوم", BATTLE)]
    # A sweep campaign alone is no event; neither is editing this report (تحرير).
    assert _in_sentence_with(text, "حملة لتمشيط", found) == []
    assert _in_sentence_with(text, "تحرير هذا الخبر", found) == []
    assert {_pair(s) for s in found} == {BATTLE, AIR}


# --------------------------------------------------------------------------- the hierarchy


def test_a_battle_with_air_strikes_is_battles() -> None:
    found = _found("اندلعت اشتباكات عنيفة بين الجيش ومسلحين وشنت طائرات حربية غارات على مواقعهم.")
    assert found[0] == ("اشتباكات", BATTLE)
    assert ("غارات", AIR) in found[1:]
    strongest = _suggest("اندلعت اشتباكات عنيفة وشنت طائرات حربية غارات على مواقعهم.")
    assert sorted(s.confidence for s in strongest) == pytest.approx([0.425, 0.85])


def test_air_strikes_with_shelling_are_air_strikes() -> None:
    assert _found("تعرضت البلدة لقصف مدفعي وغارات جوية أمس.")[0] == ("غارات جوية", AIR)
    # Plain shelling is a fallback: the air strike wins even though it comes later.
    assert _found("قصفت القوات البلدة ثم نفذت غارة على أطرافها.")[0] == ("غارة", AIR)
    assert _found("قصفت القوات البلدة وأطرافها.") == [("قصفت", SHELLING)]


def test_air_attacks_and_air_to_surface_missiles_are_air_strikes() -> None:
    assert _found("نفذت الطائرات هجوم جو-أرض على المشفى") == [("هجوم جو-أرض", AIR)]
    assert _found("استهدف هجوم جوي المدينة") == [("هجوم جوي", AIR)]
    # A missile fired from an aircraft is the strike, not shelling.
    assert _found("قصفت المدفعية البلدة وأطلقت طائرة صاروخ جو أرض")[0] == ("صاروخ جو أرض", AIR)


def test_warplanes_in_a_report_of_strikes_are_its_actor() -> None:
    text = "استهدفت غارة جوية المشفى صباحًا. وحلق الطيران الحربي فوق المدينة طوال اليوم."
    assert _found(text) == [("غارة جوية", AIR)]
    # Named alone, warplanes are weak evidence of a strike.
    assert [(s.text, _pair(s)) for s in _suggest("حلق الطيران الحربي فوق المدينة.")] == [
        ("الطيران الحربي", AIR)
    ]


def test_a_list_of_kinds_of_violence_is_no_event() -> None:
    text = (
        "ترتكب الحكومة انتهاكات بحق المدنيين، كالقصف العشوائي، استعمال البراميل المتفجّرة،"
        " الاختفاء القسري، التعذيب الجسدي والنفسي، العنف الجنسي"
    )
    assert _found(text) == []
    # The few kinds of one day's events are events, named or not.
    assert [pair for _text, pair in _found("شهدت المدينة الاشتباكات والغارات الجوية")] == [
        BATTLE,
        AIR,
    ]
    found = _found("اندلعت اشتباكات عنيفة، وقصف مدفعي، وغارات جوية، وتفجير عبوة ناسفة")
    assert len(found) == 4
    # A day's events listed with the article, no word of kinds before them, are events.
    text = "وأسفرت الاشتباكات والقصف المدفعي والغارات الجوية والتفجير الانتحاري عن مقتل 20"
    assert len(_found(text)) == 4
    assert _found("وثقت الشبكة انتهاكات منها القصف والاعتقال والتعذيب والإعدام الميداني") == []


def test_abduction_then_killing_is_an_attack() -> None:
    found = _found("اختطف مسلحون رجلا من القرية ثم أعدموا الرجل في اليوم التالي.")
    assert found[0] == ("أعدموا", ATTACK)
    assert found[1][1] == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_protest_that_turns_violent_is_a_riot() -> None:
    assert _found("خرجت مظاهرة في المدينة وتحولت إلى أعمال شغب.")[0] == ("أعمال شغب", RIOT)
    assert _found("وقعت مواجهات بين المتظاهرين والشرطة.")[0] == ("مواجهات", RIOT)
    assert _found("وقعت مواجهات بين الجيش والمسلحين.") == [("مواجهات", BATTLE)]


def test_protests_with_intervention_and_excessive_force() -> None:
    assert _found("خرجت مظاهرة سلمية في الساحة.") == [("مظاهرة", PEACEFUL)]
    found = _found("فرقت الشرطة المظاهرة بالغاز المسيل للدموع.")
    assert ("الغاز المسيل للدموع", INTERVENTION) in found
    assert ("فرقت", INTERVENTION) in found
    assert _found("قتل ثلاثة أشخاص إثر إطلاق النار على المتظاهرين أمام المبنى.")[0] == (
        "إطلاق النار على المتظاهرين",
        EXCESSIVE,
    )
    # Arrests are Arrests, at a protest too (coders mark the arrest word so 20 times to 1);
    # the protest they were made at was one with intervention.
    assert _found("اعتقلت قوات الأمن خمسة شبان في حي الشيخ.") == [("اعتقلت", ARRESTS)]
    found = _found("اعتقلت الشرطة عشرات الشبان خلال وقفة احتجاجية.")
    assert sorted(found) == [("اعتقلت", ARRESTS), ("وقفة احتجاجية", INTERVENTION)]
    found = _found("خرجت مظاهرة في المدينة، واعتقلت قوات الأمن ١٥ متظاهراً.")
    assert sorted(found) == [("اعتقلت", ARRESTS), ("مظاهرة", INTERVENTION)]
    # ... not a protest someone took part in before
    found = _found("اعتقلت قوات الأمن ناشطاً شارك في مظاهرة الأسبوع الماضي.")
    assert sorted(found) == [("اعتقلت", ARRESTS), ("مظاهرة", PEACEFUL)]


def test_territory_is_decided_by_the_acting_actor() -> None:
    text = "سيطرت قوات النظام على قرية التل بعد اشتباكات مع الفصائل."
    army = _actor(text, "قوات النظام", 1)
    rebels = _actor(text, "الفصائل", 2)
    assert _found(text, (army, rebels))[0] == ("سيطرت", GOVERNMENT)
    assert _found(text, (_actor(text, "قوات النظام", 2), rebels))[0] == ("سيطرت", NON_STATE)
    assert ("اشتباكات", BATTLE) in _found(text, (army, rebels))
    # Without actors: a battle, at no more than 0.5 (who took the ground is for the coder).
    assert _found(text) == [("اشتباكات", BATTLE)]
    alone = _suggest("سيطرت على قرية التل.")
    assert [(s.text, _pair(s), s.confidence) for s in alone] == [("سيطرت", BATTLE, 0.5)]
    # A verbal noun: the actor written before it acts.
    text = "تمكن مقاتلو الفصائل من السيطرة على التلة وطرد قوات النظام منها."
    actors = (_actor(text, "مقاتلو الفصائل", 2), _actor(text, "قوات النظام", 1))
    assert _found(text, actors)[0] == ("السيطرة على", NON_STATE)


def test_missiles_only_when_launched() -> None:
    assert _found("عثرت الشرطة على صواريخ في مستودع مهجور.") == []
    assert _found("أطلقت الفصائل صواريخ على أحياء المدينة.")[0] == ("صواريخ", SHELLING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تنظيم الدولة يسيطر على المخيم.. وبراميل النظام تنهال على المحاصرين", ("براميل", AIR)),
        ("أهالي نوى يتظاهرون رفضاً للتوغل", ("يتظاهرون", PEACEFUL)),
        ("كما جرّفت آليات الاحتلال مساحات من الأراضي الزراعية", ("جرّفت آليات", LOOTING)),
        ("ضبطت الجهات المختصة مستودعاً للأسلحة والذخائر", ("ضبطت", DISRUPTED)),
    ],
)
def test_barrels_pouring_down_protesters_in_the_present_and_bulldozed_land(
    text: str, expected: tuple[str, tuple[str, str]]
) -> None:
    assert _found(text)[0] == expected


def test_defused_weapons_were_not_used() -> None:
    # a bomb car foiled and arms seized: no explosion; restraint is no seizure
    text = "قتلت الوحدات ثلاثة كانوا يعدّون لتفجير سيارة مفخخة، وضبطت بحوزتهم أسلحة فردية."
    assert [pair for _span, pair in _found(text)] == [DISRUPTED]
    assert _found("دعا الوزير إلى ضبط النفس وعدم اللجوء إلى السلاح") == []
    # drugs in a store, borders kept: no weapons seized
    assert _found("ضبطت إدارة مكافحة المخدرات شحنة كبتاغون مخبأة في مستودع") == []
    assert _found("دعا الوزير إلى ضبط الحدود ومنع تهريب الأسلحة") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("جرى التوصل إلى الاتفاق بعد مفاوضات قادها ضباط من مركز المصالحة الروسي.", "المصالحة"),
        ("وقّع الطرفان اتفاقاً يشمل تسوية أوضاع المطلوبين.", "تسوية"),
    ],
)
def test_names_and_idioms_holding_a_cue_s_word_are_no_cue(text: str, word: str) -> None:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    without = cue_lexicon_from_data({key: data[key] for key in data if key != "not_cues"})
    assert word in [s.text for s in suggest_event_types(SuggestContext.of(text), without)]
    assert word not in [s.text for s in suggest_event_types(SuggestContext.of(text))]
    with pytest.raises(CueLexiconError, match="not_cues"):
        cue_lexicon_from_data({**data, "not_cues": ["ي"]})
    # the device defused names no second event, not even a secondary one
    assert _found("أعلنت الشرطة إبطال مفعول عبوة ناسفة زرعت قرب السوق.") == [
        ("إبطال مفعول", DISRUPTED)
    ]
    assert _found("تعمل وحدات الهندسة على تفكيك العبوات الناسفة والألغام.") == [
        ("تفكيك العبوات الناسفة", DISRUPTED)
    ]
    # drones shot down, however many
    assert _found("تمكنت الدفاعات من إسقاط 6 طائرات مسيرة أطلقها المسلحون.") == [
        ("إسقاط", DISRUPTED)
    ]
    # أسقطت is also "dropped": without a drone it is no cue
    assert _found("أسقطت مروحية برميلا متفجرا على البلدة.") == [("برميلا متفجرا", AIR)]
    assert _found("تمكنت فرق الهندسة من تفكيك عبوة ناسفة على الطريق.") == [
        ("تفكيك عبوة ناسفة", DISRUPTED)
    ]


def test_an_attack_is_a_battle_unless_civilians_are_its_target() -> None:
    assert _found("قتل جنديان في هجوم على حاجز للجيش.") == [("هجوم", BATTLE)]
    assert _found("قتل رجلان في هجوم لمسلحين على مدنيين في السوق.")[0] == ("هجوم", ATTACK)
    text = "قتل رجلان في هجوم على سيارة تقل عائلة."
    family = _actor(text, "عائلة", 7, "Civilians (Syria)")
    assert _found(text, (family,)) == [("هجوم", ATTACK)]
    # A named weapon outranks the general word.
    assert _found("قتل جندي في هجوم بعبوة ناسفة على دورية.")[0] == ("عبوة ناسفة", IED)


def test_negation_and_hedges_lower_confidence() -> None:
    denied = _best("نفت وزارة الدفاع وقوع اشتباكات في المنطقة.")
    assert _pair(denied) == BATTLE and denied.confidence == pytest.approx(0.85 * 0.4)
    rumoured = _best("يدور الحديث عن غارات على الريف الشرقي.")
    assert _pair(rumoured) == AIR and rumoured.confidence == pytest.approx(0.85 * 0.6)
    # Far from the negation, or in another sentence, the cue keeps its weight.
    assert _best("لم يصدر أي بيان رسمي حتى الآن عن اشتباكات الأمس.").confidence == 0.85
    assert _best("لم يعلق أحد. اشتباكات في الريف.").confidence == 0.85
    # An attempt, or a failure, to take ground is no change of territory (yet).
    for text in (
        "قصفت القوات البلدة عند محاولتها التقدم للسيطرة على مناطق جديدة.",
        "عجزت قواته عن السيطرة على البلدة.",
    ):
        assert not [s for s in _suggest(text) if "سيطرة" in s.text and s.confidence >= 0.5]
    # An attempted assassination is an event all the same (ACLED codes attempts).
    assert _best("نجا قيادي من محاولة اغتيال بعبوة ناسفة.").confidence == 0.85


def test_a_denied_cue_yields_to_a_reported_one() -> None:
    text = "نفى الجيش وقوع اشتباكات لكنه أكد اعتقال عشرة أشخاص."
    assert _found(text)[0] == ("اعتقال", ARRESTS)


def test_clause_breaks_keep_two_events_apart() -> None:
    found = _suggest("قصفت طائرات مسيرة موقعا عسكريا، في حين اعتقلت الشرطة ثلاثة أشخاص.")
    # (قصفت beside the drone is the drone's strike: a bare shelling word yields to it.)
    assert {_pair(s): s.confidence for s in found} == {AIR: 0.9, ARRESTS: 0.75}
    found = _suggest("اشتباكات في الريف؛ واعتقالات في المدينة.")
    assert {_pair(s): s.confidence for s in found} == {BATTLE: 0.85, ARRESTS: 0.75}
    # a second blast some minutes later is another event: the bomb of the first stays
    found = _found(
        "نجم التفجير الأول عن عبوة ناسفة في حافلة، وبعد دقائق فجّر انتحاري نفسه وسط المسعفين."
    )
    assert {sub for _text, (_type, sub) in found} == {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
    }


def test_every_plain_mention_of_a_type_is_suggested() -> None:
    found = _found("اشتباكات ثم اشتباكات أخرى. واشتباكات في الريف.")
    assert found == [("اشتباكات", BATTLE)] * 3
    # A general word only once per sentence, where it is the strongest of its type.
    assert _found("تعرضت البلدة لهجوم ثم لهجوم آخر.") == [("هجوم", BATTLE)]
    # Words of one type side by side are one span.
    assert _found("استهدفت قوات النظام البلدة بقذائف المدفعية الثقيلة.") == [
        ("قذائف المدفعية", SHELLING)
    ]


def test_spans_after_proclitics_and_with_tashkeel() -> None:
    assert _found("وباشتباكاتٍ عنيفة") == [("اشتباكاتٍ", BATTLE)]
    assert _found("قُتل بالغاراتِ الجويةِ") == [("الغاراتِ الجويةِ", AIR)]
    assert _found("😢😢 الطائرة المسيّرة") == [("الطائرة المسيّرة", AIR)]
    assert _found("تعرض لهجوم") == [("هجوم", BATTLE)]
    # ل merged with the article (للقصف): the whole word, as coders mark it.
    assert _found("تعرضت البلدة للقصف المدفعي") == [("للقصف المدفعي", SHELLING)]


def test_no_cues_no_suggestions() -> None:
    assert _suggest("") == []
    assert _suggest("أطلق الجيش حملة تمشيط واسعة في الريف.") == []
    assert _suggest("المناطق التي تسيطر عليها الفصائل.") == []
    assert _suggest("اشتباكاتية مقاتلين") == []


# --------------------------------------------------------------------------- any text

_PIECES = [
    "اشتباكات", "غارات جوية", "صواريخ", "أطلق", "لم", "في حين", "مظاهرة", "سيطرت",
    "هجوم", "مدنيين", "أعمال شغب", "تفكيك عبوة ناسفة", "الحديث عن", "وبال", "لل",
    " ", " ", "\n", "\r\n", "\u2029", ".", "؟", "؛", "…", "3.5",
    "\u064b", "\u0651", "\u0640", "\u200f", "\u202b", "\ufeff", "\x00", "\x1c",
    "😢", "ﻻ", "\ud800", "\udfff", "“", "”", "A",
]  # fmt: skip


@st.composite
def _texts_and_actors(draw: st.DrawFn) -> tuple[str, tuple[Suggestion, ...]]:
    parts = st.one_of(st.sampled_from(_PIECES), st.text(max_size=4))
    text = "".join(draw(st.lists(parts, max_size=40)))
    actors = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        inter = draw(st.one_of(st.integers(0, 9), st.sampled_from(["State forces", "x"])))
        actors.append(Suggestion("actor", start, end, text[start:end], {"inter": inter}))
    return text, tuple(actors)


def _check(text: str, found: list[Suggestion]) -> None:
    rank = hierarchy_rank()
    spans = sentences(text)
    ends: dict[tuple[str, str], int] = {}  # type -> end of its latest span
    for suggestion in sorted(found, key=lambda s: s.start):
        assert suggestion.kind == "event_type"
        assert 0 <= suggestion.start < suggestion.end <= len(text)
        assert text[suggestion.start : suggestion.end] == suggestion.text
        assert _pair(suggestion) in rank
        assert 0 < suggestion.confidence <= 1
        assert any(s.start <= suggestion.start < s.end for s in spans)
        # Mentions of one type never overlap (nor touch: those are joined).
        assert ends.get(_pair(suggestion), -1) < suggestion.start
        ends[_pair(suggestion)] = suggestion.end


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_texts_and_actors())
def test_any_text_gives_exact_spans(case: tuple[str, tuple[Suggestion, ...]]) -> None:
    text, actors = case
    ctx = SuggestContext.of(text)
    ctx = SuggestContext(ctx.text, ctx.normalized, earlier=actors)
    _check(text, suggest_event_types(ctx))


@given(st.text())
def test_any_unicode_text(text: str) -> None:
    _check(text, suggest_event_types(SuggestContext.of(text)))


def _big_text() -> str:
    paragraphs = [
        "اندلعت اشتباكات عنيفة بين الجيش ومسلحين قرب القرية، وشنت طائرات حربية غارات.",
        "خرجت مظاهرة في المدينة وفرقتها الشرطة بالغاز المسيل للدموع 😢.",
        "نفت الوزارة وقوع انفجار؛ في حين أطلقت الفصائل صواريخ على الأحياء\u200f.",
        "اختطف مسلحون رجلا ثم أعدموا الرجل\ud800، واعتقلت الشرطة خمسة.",
        "نص عادي بلا أي حدث يذكر \x00 ولا أرقام 3.5 ولا أسماء.",
    ]
    text = ""
    n = 0
    while len(text) < 100_000:
        text += paragraphs[n % len(paragraphs)] + ("\n" if n % 3 else " ")
        n += 1
    return text


def test_a_100_kb_article_gives_exact_spans() -> None:
    text = _big_text()
    found = suggest_event_types(SuggestContext.of(text))
    _check(text, found)
    assert len(found) > 1000


def test_the_syrian_archive_documents() -> None:
    path = shared_file("corpus", "syrian_archive", "syrian_archive_ar.jsonl")
    kinds: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        found = suggest_event_types(SuggestContext.of(text))
        _check(text, found)
        kinds.update(_pair(s) for s in found if s.confidence >= 0.7)
    assert {AIR, ("Explosions/Remote violence", "Chemical weapon")} <= kinds


def test_bare_attack_and_weapon_words_yield_to_the_article_s_strikes() -> None:
    text = (
        "استهدفت غارتان جويتان المستشفى فجر اليوم.\n"
        "وأدى الهجوم إلى خروج المستشفى عن الخدمة، وسُمع دوي انفجار قبل سقوط صاروخ ثانٍ."
    )
    assert _found(text) == [("غارتان جويتان", AIR)]
    # With fighting named in the article, and nothing nearer, the attack word keeps its
    # own reading.
    apart = (
        "استهدفت غارتان جويتان المستشفى فجر اليوم.\n"
        "وأدى الهجوم إلى خروج المستشفى عن الخدمة.\n"
        "واندلعت اشتباكات عنيفة في محيط البلدة."
    )
    assert ("اشتباكات", BATTLE) in _found(apart)
    assert ("الهجوم", BATTLE) in _found(apart)
    # A denied clash is no fighting: the attack words still yield.
    far = text + "\nيقع المستشفى بعيدًا عن الاشتباكات."
    assert ("الهجوم", BATTLE) not in _found(far)


def test_a_bare_attack_word_means_the_attack_named_nearest_to_it() -> None:
    # The strikes are in the attack word's paragraph, a clash only in another one.
    text = (
        "استهدفت غارتان جويتان المستشفى فجر اليوم. وأدى الهجوم إلى خروجه عن الخدمة.\n"
        "وكانت اشتباكات عنيفة قد اندلعت في محيط البلدة الشهر الماضي."
    )
    assert _found(text) == [("غارتان جويتان", AIR), ("اشتباكات", BATTLE)]


def test_across_the_article_the_type_named_most_decides() -> None:
    strikes = "استهدفت غارة جوية المستشفى.\nوأعقبتها غارة جوية ثانية على المكان.\n"
    attack = "وأدى الهجوم إلى خروج المستشفى عن الخدمة.\n"
    clash = "وقالت الوزارة إن اشتباكات دارت في المنطقة.\n"
    # Two strikes against one clash: the bare attack is the strikes'.
    assert ("الهجوم", BATTLE) not in _found(strikes + attack + clash)
    # One against one: the clash keeps its own reading for it.
    assert ("الهجوم", BATTLE) in _found(strikes.split("\n", maxsplit=1)[0] + "\n" + attack + clash)


CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")


@pytest.mark.parametrize(
    "text",
    [
        "سقط صاروخ كيميائي على البلدة صباح اليوم.",
        "تعرضت البلدة لهجوم بالغاز فجر اليوم.",
        "أسقطت المروحيات براميل كيميائية على الحي.",
        "ظهرت على المصابين أعراض التعرض للغازات الكيميائية.",
        "أدى القصف الكيميائي إلى اختناق العشرات.",
    ],
)
def test_chemical_weapons_are_named_in_both_spellings_and_every_kind_of_munition(
    text: str,
) -> None:
    assert CHEMICAL in [pair for _phrase, pair in _found(text)]


def test_clashes_a_place_has_nothing_to_do_with_are_no_event() -> None:
    text = (
        "استهدفت غارة جوية المستشفى، الذي لا علاقة له بالاشتباكات الدائرة في الريف.\n"
        "وأدى الهجوم إلى خروجه عن الخدمة."
    )
    found = _found(text)
    assert ("غارة جوية", AIR) in found
    assert BATTLE not in [pair for _phrase, pair in found if _phrase != "الاشتباكات"]


def test_the_present_taqaddam_providing_services_is_no_advance() -> None:
    assert _found("تقدّم المنشأة خدماتها الطبية لنحو 50 ألف شخص.") == []
    advance = _found("تقدم مقاتلو الفصائل باتجاه القرية بعد منتصف الليل.")
    assert advance and advance[0][1][0] == "Battles"


def test_raiding_verbs_are_air_strikes_and_changing_is_not() -> None:
    assert _found("أغارت الطائرات الروسية على المدينة") == [("أغارت", AIR)]
    assert _found("تغير الوضع في المدينة") == []


def test_only_an_attack_named_nearby_decides_what_a_bare_attack_word_means() -> None:
    strikes = "شنت الطائرات الحربية غارات جوية على المدينة.\n\n"
    for after in (
        "وبعد الهجوم خرجت مظاهرة تندد بالقصف.",  # a protest in its sentence
        "وبعد الهجوم اعتقلت الشرطة شخصين.",  # an arrest
        "وقال المدير إن الهجوم أدى إلى حالة من الهلع سيطرت على المرضى.",  # no territory
    ):
        assert ("الهجوم", BATTLE) not in _found(strikes + after)


def test_joined_mentions_stay_on_their_line_and_short() -> None:
    assert _found("قتلى بغارات جوية\nغارات جوية روسية على البلدة") == [
        ("غارات جوية", AIR),
        ("غارات جوية", AIR),
    ]
    assert all(len(found) <= 60 for found, _pair in _found("غارة " * 200))


def test_two_missiles_or_shells_are_shelling() -> None:
    assert _found("سقط صاروخان على الحي") == [("صاروخان", SHELLING)]
    assert _found("سقطت قذيفتان على المدرسة") == [("قذيفتان", SHELLING)]


def test_a_shell_in_a_report_of_air_strikes_is_the_aircraft_s() -> None:
    text = (
        "استهدفت غارة جوية المستشفى صباح اليوم.\n"
        "سقطت القذيفة أمام مبنى المستشفى، وجاء القصف على مسار واحد."
    )
    types = {pair for _text, pair in _found(text)}
    assert types == {AIR}
    # In a report of ground fire a shell is shelling.
    assert _found("سقطت قذيفة على الحي وجاء القصف من مواقع قوات النظام") == [
        ("قذيفة", SHELLING),
    ]


def test_a_rocket_launcher_names_shelling() -> None:
    text = "تشير بقايا الصاروخ إلى أنه أُطلق من قاذفة الصواريخ المتعددة"
    assert ("قاذفة الصواريخ", SHELLING) in _found(text)


def test_attacks_in_general_are_no_event_where_nothing_places_them() -> None:
    # A report on a dataset speaks of attacks in general: no place, date or casualty.
    assert _found("يهدف المشروع إلى توثيق أثر الهجمات على المدنيين") == []
    # The same words where the sentence names a place are the attack reported there.
    text = "تواصلت الهجمات على بلدة سراقب"
    start = text.index("سراقب")
    place = Suggestion("location", start, start + 5, "سراقب", {"name": "Saraqab"})
    assert [span for span, _ in _found(text, (place,))] == ["الهجمات"]
    # A single attack is reported whatever else the sentence says.
    assert [span for span, _ in _found("وبدأ الهجوم فجرا")] == ["الهجوم"]


CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات هجومًا كيماويًا على البلدة.", [("هجومًا كيماويًا", CHEMICAL)]),
        ("نفذت قوات النظام قصفاً مدفعياً على القرية.", [("قصفاً مدفعياً", SHELLING)]),
        ("ألقت مروحية برميلاً متفجراً على الحي.", [("برميلاً متفجراً", AIR)]),
        # a word ending in ة takes no alef: the phrase is found as it is listed
        ("شنت الطائرات غارةً جويةً على البلدة.", [("غارةً جويةً", AIR)]),
    ],
)
def test_a_cue_written_as_the_object_of_a_verb_is_found(
    text: str, expected: list[tuple[str, tuple[str, str]]]
) -> None:
    assert _found(text) == expected


def test_gunmen_shooting_at_a_person_is_an_attack_and_in_fighting_the_clash() -> None:
    text = "أطلق مسلحون مجهولون النار. وقال المصدر إن مسلحين أطلقوا النار على الكفري فقتلوه."
    assert _found(text)[0] == ("أطلقوا النار", ATTACK)
    assert _found("اندلعت اشتباكات وتبادل الطرفان إطلاق النار.")[0][1] == BATTLE
    assert _found("أعلن وقف إطلاق النار في إدلب.") == [
        ("وقف إطلاق النار", ("Strategic developments", "Agreement"))
    ]


@pytest.mark.parametrize(
    ("victim", "expected"),
    [("مدني", [BATTLE, ATTACK]), ("عنصر من الفصائل", [BATTLE])],
)
def test_shots_at_civilians_beside_a_clash_are_an_attack(
    victim: str, expected: list[tuple[str, str]]
) -> None:
    text = f"اندلعت اشتباكات بين الفصائل وقوات النظام في البلدة. وقُتل {victim} برصاص قناص في الحي."
    found = Pipeline().suggest(text, dt.date(2016, 1, 1))
    assert [_pair(s) for s in found if s.kind == "event_type"] == expected
    # stray bullets belong to the clash they flew from; pretending is no protest
    found = Pipeline().suggest("قتل مدني برصاص طائش خلال اشتباكات في البلدة.", dt.date(2016, 1, 1))
    assert [_pair(s) for s in found if s.kind == "event_type"] == [BATTLE]
    assert _found("كان المسلح يتظاهر بأنه مدني") == []
    # at civilians who protest, the shots are the protest's
    text = "أطلقت القوات النار لتفريق عشرات من الأهالي تجمعوا احتجاجاً على الاعتقالات."
    found = Pipeline().suggest(text, dt.date(2025, 1, 1))
    assert ATTACK not in [_pair(s) for s in found if s.kind == "event_type"]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # the subject written first, its supporters after it
        (
            "قالت المصادر إن قوات النظام، مدعومة بميليشيات موالية لإيران، سيطرت على بلدة معرزيتا.",
            [("قوات النظام", 1), ("ميليشيات موالية لإيران", 3)],
            GOVERNMENT,
        ),
        # the side the ground was taken from, after the verb
        (
            'وحدات من الجيش السوري استعادت، اليوم، السيطرة على البلدة من مسلحي "الهيئة".',
            [("الجيش السوري", 1), ("الهيئة", 2)],
            GOVERNMENT,
        ),
        # the side fought, after the ground
        (
            "سيطرت قوات النظام على بلدة معرزيتا بعد معارك عنيفة مع فصائل المعارضة.",
            [("قوات النظام", 1), ("فصائل المعارضة", 2)],
            GOVERNMENT,
        ),
        # the subject after the verb
        (
            "سيطرت هيئة تحرير الشام على قرية الحويز بعد معارك مع قوات النظام.",
            [("هيئة تحرير الشام", 2), ("قوات النظام", 1)],
            NON_STATE,
        ),
    ],
)
def test_the_side_that_took_the_ground_is_the_verb_s_subject(
    text: str, actors: list[tuple[str, int]], expected: tuple[str, str]
) -> None:
    earlier = tuple(_actor(text, phrase, inter) for phrase, inter in actors)
    territory = [pair for _span, pair in _found(text, earlier) if pair[0] == "Battles"]
    assert territory[0] == expected


def test_sieges_broken_agreements_reached_and_advances_repelled() -> None:
    text = "تمكن الجيش من فك الحصار عن المطار."
    assert _found(text, (_actor(text, "الجيش", 1),))[0][1] == GOVERNMENT
    assert _found("وكانت واشنطن وأنقرة قد توصلتا إلى اتفاق يقضي بتعليق العمليات.")[0][1] == (
        "Strategic developments",
        "Agreement",
    )
    assert _found("وقال الفيلق إنه صدّ محاولة تقدم جديدة لقوات النظام.")[0] == (
        "محاولة تقدم",
        BATTLE,
    )
    assert _found("أطلق عناصر الأمن الرصاص الحي على محتجين تجمعوا أمام المبنى.")[0][1] == (
        "Protests",
        "Excessive force against protesters",
    )


def test_weapons_stored_or_made_are_no_attack() -> None:
    text = "شنت المقاتلات غارات جوية على مستودعات صواريخ وطائرات مسيرة في البوكمال."
    assert _found(text) == [("غارات جوية", AIR)]  # the strike, not what it hit
    assert _found("دمرت القوات ورشة لتجهيز طائرات مسيّرة.") == []
    assert _found("شنت طائرات مسيرة غارات على البلدة.")[0][1] == AIR


def test_a_battle_being_prepared_is_weak_and_a_siege_broken_in_a_headline_counts() -> None:
    prepared = _suggest("تصل تعزيزات إلى المطار، تمهيداً لمعركة طرد التنظيم.")
    battle = [s for s in prepared if _pair(s) == BATTLE]
    assert battle and battle[0].confidence < 0.5
    text = "دير الزور: الجيش يكسر الحصار عن المدينة"
    assert _found(text, (_actor(text, "الجيش", 1),))[0] == ("يكسر الحصار", GOVERNMENT)


def test_ground_liberated_barrels_dropped_land_razed_and_air_landings() -> None:
    text = "حررت وحدات الجيش العربي السوري مدينة معرة النعمان"
    army = _actor(text, "الجيش العربي السوري", 1)
    assert _found(text, (army,)) == [("حررت", GOVERNMENT)]
    # the noun is mostly editing, and the verb needs a place taken
    assert _found("لحظة تحرير هذا الخبر") == []
    assert _found("حرر الكاتب مقالته") == []
    # the actor right before the verb is its subject, not the clause's first one
    text = "فر الإرهابيون، مشيراً إلى أن الجيش سيطر على قرى"
    earlier = (_actor(text, "الإرهابيون", 2), _actor(text, "الجيش", 1))
    assert _found(text, earlier) == [("سيطر", GOVERNMENT)]
    text = "ألقت المروحيات برميلين متفجرين على كفرنبل، وأربعة براميل على بلدة حاس"
    assert _found(text) == [("برميلين متفجرين", AIR), ("براميل", AIR)]
    assert _found("ارتفعت أسعار براميل النفط") == []
    looting = ("Strategic developments", "Looting/property destruction")
    assert _found("جرفت أراضي زراعية وهدمت عدداً من المنازل") == [
        ("جرفت أراضي", looting),
        ("هدمت عدداً من المنازل", looting),
    ]
    assert _found("نفذت قوات التحالف إنزالاً جوياً في بلدة الصور") == [("إنزالاً جوياً", BATTLE)]


def test_protesters_troop_movements_and_war_remnants_name_no_second_event() -> None:
    # the protest is marked on its word, not on the people named after it
    assert _found("خرجت مظاهرة في المدينة، ورفع المحتجون لافتات") == [("مظاهرة", PEACEFUL)]
    assert _found("ورفع المحتجون لافتات") == []
    # no news coder marks reinforcements, convoys or withdrawals
    assert _found("استقدمت قوات النظام تعزيزات عسكرية إلى المنطقة") == []
    assert _found("انسحبت القوات من مواقعها") == []
    # the mine is marked, not the war it is left from; alone, the remnant says it
    assert _found("أصيب طفلان بانفجار لغم أرضي من مخلفات الحرب") == [("لغم أرضي", IED)]
    assert _found("أصيب طفلان بانفجار من مخلفات الحرب") == [("مخلفات الحرب", IED)]


def test_protests_two_or_massed_shots_at_them_strikes_by_drones_and_air_defences() -> None:
    excessive = ("Protests", "Excessive force against protesters")
    assert _found("خرجت مظاهرتان في بلدة طفس") == [("مظاهرتان", PEACEFUL)]
    assert _found("نظم الأهالي تجمعاً حاشداً في الساحة") == [("تجمعاً حاشداً", PEACEFUL)]
    # shots where the sentence names the protest or its people are at them
    text = "انسحب المحتجون من محيط المبنى بعد إطلاق النار"
    assert _found(text) == [("إطلاق النار", excessive)]
    # a civilian killed is said by the casualty; the shots are the attack's word
    assert _found("قُتل مدني برصاص مسلحين مجهولين") == [("برصاص", ATTACK)]
    assert _found("نفذت مسيرة تركية ضربة على سيارة") == [("مسيرة تركية ضربة", AIR)]
    assert _found("قتل خمسة بقصف للطائرات الحربية الروسية") == [("قصف للطائرات الحربية", AIR)]
    assert _found("تصدت الدفاعات الجوية لطائرات مسيرة") == [("تصدت الدفاعات الجوية", DISRUPTED)]


def test_the_present_tense_takes_ground_in_a_headline_only() -> None:
    text = "مقاتلو العشائر يسيطرون على ذيبان\n\nتسيطر قوات سوريا الديمقراطية على المنطقة منذ 2017."
    tribes = _actor(text, "مقاتلو العشائر", 4)
    sdf = _actor(text, "قوات سوريا الديمقراطية", 2)
    assert _found(text, (tribes, sdf)) == [("يسيطرون على", NON_STATE)]
    text = "الجيش السوري يستعيد قلعة المضيق\n\nنص"
    assert _found(text, (_actor(text, "الجيش السوري", 1),)) == [("يستعيد", GOVERNMENT)]
    # two of one side, the army first, with the dual of the verb
    text = 'الجيش السوري و"حزب الله" يستعيدان فليطة\n\nنص'
    partners = (_actor(text, "الجيش السوري", 1), _actor(text, "حزب الله", 3))
    assert _found(text, partners) == [("يستعيدان", GOVERNMENT)]


def test_who_managed_to_drive_out_took_the_ground() -> None:
    text = "تمكنت الفصائل من طرد قوات النظام والميليشيات الإيرانية من بلدة كفرنبودة"
    rebels = _actor(text, "الفصائل", 2)
    army = _actor(text, "قوات النظام", 1)
    assert _found(text, (rebels, army)) == [("من طرد", NON_STATE)]
    text = "تمكنت قوات النظام من طرد الفصائل من بلدة كفرنبودة"
    army, rebels = _actor(text, "قوات النظام", 1), _actor(text, "الفصائل", 2)
    assert _found(text, (army, rebels)) == [("من طرد", GOVERNMENT)]


def test_control_taken_back_is_marked_on_its_verb_alone() -> None:
    text = "استعادت وحدات الجيش العربي السوري، اليوم السبت، السيطرة على بلدات تلمنس"
    army = _actor(text, "الجيش العربي السوري", 1)
    assert _found(text, (army,)) == [("استعادت", GOVERNMENT)]
    # an advance and then control are two words of what happened
    text = "ما سمح لمسلحي التنظيم بالتقدّم والسيطرة على التلال"
    found = _found(text, (_actor(text, "التنظيم", 2),))
    assert ("السيطرة على", NON_STATE) in found


def test_two_suicide_bombers_drive_a_suicide_bomb() -> None:
    text = "استخدمت فيه عربتين مفخختين يقودهما انتحاريان، انفجرت إحداهما عند أطراف البلدة"
    assert ("Explosions/Remote violence", "Suicide bomb") in [pair for _, pair in _found(text)]


def test_what_happened_since_an_event_is_no_cue_of_it() -> None:
    assert _found("تشهد درعا الفلتان الأمني منذ توقيع اتفاق التسوية صيف 2018") == []
    assert _found("في أكثر الأيام دموية منذ تصاعد القتال في الشمال") == []
    # a named drone or a state's strikes are air strikes
    assert _found("مسيّرة تركية تستهدف سيارة في ريف قامشلو") == [("مسيّرة تركية", AIR)]
    assert _found("وأكد أن الضربات الأمريكية طالت مستودعاً") == [("الضربات الأمريكية", AIR)]


def test_disengagement_no_clash_agreement_headlines_and_more_verb_forms() -> None:
    assert _found("تنتشر دوريات في المنطقة المحاذية لخط فض الاشتباك في الجولان") == []
    agreement = ("Strategic developments", "Agreement")
    assert _found("اتفاق برعاية روسية يُنهي سيطرة الفصائل على ريف القنيطرة\n\nنص الخبر") == [
        ("اتفاق", agreement)
    ]
    abduction = ("Violence against civilians", "Abduction/forced disappearance")
    found = _found("اعترض مسلحون سائقاً واختطفوه قرب البلدة")
    assert [pair for _, pair in found] == [abduction]
    looting = ("Strategic developments", "Looting/property destruction")
    assert looting in [pair for _, pair in _found("اختطفوه وسلب حمولته وسيارته")]


def test_shots_at_protesters_a_drone_attack_a_device_defused_and_ground_taken() -> None:
    assert _found("إطلاق نار على محتجين في السويداء") == [("نار على محتجين", EXCESSIVE)]
    assert _found("أصيب ثلاثة محتجين إثر إطلاق نار من مقر الحزب") == [("إطلاق نار", EXCESSIVE)]
    assert _found("استشهاد ثلاثة مواطنين بهجوم مسيّرة في ريف قامشلو")[0][1] == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert _found("وحدات الهندسة فككت عبوة ثالثة عُثر عليها") == [("فككت عبوة", DISRUPTED)]
    # Drove out, where the sentence names a place; the noun (معركة طرد) is no event.
    text = "ودخل مقاتلو العشائر الذين طردوا عناصر قسد من البلدة"
    earlier = (_actor(text, "مقاتلو العشائر", 4),)
    assert _found(text, earlier) == [("طردوا", NON_STATE)]
    found = _found("تمهيداً لمعركة طرد «داعش» من الأحياء الشرقية")
    assert not any(span.startswith("طرد") for span, _ in found)


def test_fighting_going_on_for_days_is_no_time_told_against() -> None:
    # منذ أيام ends what منذ governs: the battles are going on now.
    assert _found("وفي ريف درعا الغربي، تدور منذ أيام معارك عنيفة") == [
        ("معارك", ("Battles", "Armed clash"))
    ]
    # An event "since" which others are told, and a pattern of years, are no cue.
    assert _found("الأعنف منذ توقيع اتفاق التسوية") == []
    assert _found("تشهد المحافظة منذ سنوات عمليات اغتيال") == []


def test_two_car_bombs_and_control_made_complete() -> None:
    assert _found("هجوم مباغت استخدم فيه سيارتين مفخختين")[0] == ("سيارتين مفخختين", IED)
    text = "أن قوات النظام أحكمت سيطرتها الكاملة على بلدة سلمى"
    earlier = (_actor(text, "قوات النظام", 1),)
    assert _found(text, earlier) == [("أحكمت سيطرتها الكاملة على", GOVERNMENT)]


def test_units_of_an_army_take_ground_and_a_partner_does_not() -> None:
    # من after a unit is partitive: the army's units are the verb's subject.
    text = "حررت وحدات من الجيش العربي السوري أمس بلدة قلعة المضيق"
    earlier = (_actor(text, "الجيش العربي السوري", 1),)
    assert _found(text, earlier) == [("حررت", GOVERNMENT)]
    # A partner named with مع before a verbal noun is not who took the ground.
    text = "قوات النظام بالتعاون مع قوات الدفاع الوطني أحكمت سيطرتها الكاملة على بلدة سلمى"
    earlier = (_actor(text, "قوات النظام", 1), _actor(text, "قوات الدفاع الوطني", 3))
    assert _found(text, earlier) == [("أحكمت سيطرتها الكاملة على", GOVERNMENT)]


def test_infighting_missile_strikes_a_gunshot_seizing_homes_and_a_beating() -> None:
    assert _found("تواصل أمس الاقتتال بين «جيش الإسلام» و«فيلق الرحمن»") == [
        ("الاقتتال بين", ("Battles", "Armed clash"))
    ]
    assert _found("لتجنيب المدنيين ويلات الاقتتال") == []
    assert _found("استهدفت وحدات الجيش بضربات صاروخية مركزة مقرات")[0][1] == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert _found("عثر على جثة امرأة مقتولة بطلق ناري") == [("بطلق ناري", ATTACK)]
    assert _found("عناصر من فصيل «أحرار الشرقية» استولوا على منازل ثلاث عائلات") == [
        ("استولوا على منازل", ("Strategic developments", "Looting/property destruction"))
    ]
    assert ("اعتدت بالضرب", ATTACK) in _found("هاجمت المخيم واعتدت بالضرب على قاطنيه")


def test_shots_at_a_person_are_an_attack() -> None:
    text = "أقدم مسلحون مجهولون على إطلاق النار على شاب يعمل في محل، ما أدى إلى مقتله"
    assert _found(text) == [("النار على شاب", ATTACK)]


def test_a_state_s_strikes_two_drones_and_a_salvo_of_rockets() -> None:
    assert _found("وتأتي الضربات التركية عقب هجوم")[0] == ("الضربات التركية", AIR)
    assert _found("استهدفت قاعدة أخرى بطائرتين مسيّرتين")[0][1] == AIR
    text = "وبعد ساعات من الضربات، أطلقت الميليشيات رشقة صواريخ على قاعدة التحالف"
    assert ("رشقة صواريخ", ("Explosions/Remote violence", "Shelling/artillery/missile attack")) in (
        _found(text)
    )


def test_a_bomber_s_own_belt_explosives_seized_and_a_drone_that_shelled() -> None:
    assert ("حزامه الناسف", ("Explosions/Remote violence", "Suicide bomb")) in _found(
        "قبل أن يفجر انتحاري ثانٍ حزامه الناسف بين المسعفين"
    )
    # Explosives seized were not used: no explosion in that clause.
    assert _found("كما ضبطت عبوات ناسفة ودراجة نارية مفخخة كانت معدّة") == [
        ("ضبطت عبوات ناسفة", DISRUPTED)
    ]
    assert _found("كما قصفت مسيّرة أخرى مخبزاً")[0] == ("قصفت مسيّرة", AIR)
    assert _found("دخل الكنيسة وأطلق النار على المصلين") == [("النار على المصلين", ATTACK)]


def test_two_marches_are_no_drones() -> None:
    assert all(pair != AIR for _, pair in _found("خرجت مسيرتان احتجاجيتان في المدينة"))


def test_arrests_in_a_headline_s_present_tense() -> None:
    found = Pipeline().suggest('و"الأمن العسكري" يعتقل 11 شاباً في دوما', None)
    assert [(s.text, s.value["sub_event_type"]) for s in found if s.kind == "event_type"] == [
        ("يعتقل", "Arrests")
    ]


def test_acts_with_the_pronoun_of_whose_they_are() -> None:
    assert _found("واصلت الطائرات الحربية الروسية غاراتها على بلدات القطاع الأوسط") == [
        ("غاراتها", ("Explosions/Remote violence", "Air/drone strike"))
    ]
    # ground held (سيطرتهم) is no taking of it
    assert _found("عاد الأهالي إلى القرى الخاضعة لسيطرتهم") == []


def test_the_strikes_named_again_after_air_strikes_are_those_strikes() -> None:
    text = (
        "شنت طائرات أمريكية غارات جوية على مواقع قرب البوكمال. "
        "وقال الوزير في بيان إن الضربات استهدفت منشأة تدريب."
    )
    assert ("الضربات", ("Explosions/Remote violence", "Air/drone strike")) in _found(text)
    # Not without strikes from the air before them (blows, matches), nor the strike's site.
    assert _found("وقال المدرب إن الضربات الترجيحية حسمت المباراة.") == []
    text = "شنت طائرات حربية غارة على البلدة. وتظهر الصور موقع الضربة قرب الجامع."
    assert [span for span, _pair in _found(text)] == ["غارة"]


def test_the_explosion_named_again_is_no_second_event() -> None:
    text = (
        "قتل خمسة مدنيين بانفجار سيارة مفخخة في سوق المدينة.\n\n"
        "وقال مسعف إنه وصل بعد دقائق من الانفجار. ونفت «قسد» أي علاقة لها بالتفجير."
    )
    found = [(s.text, s.value["sub_event_type"]) for s in _suggest(text)]
    assert found == [("سيارة مفخخة", "Remote explosive/landmine/IED")]
    # a first mention with the article is the event
    text = "أسفر التفجير عن مقتل خمسة أشخاص في سوق المدينة"
    assert [s.text for s in _suggest(text)] == ["التفجير"]
    # two bombs by their dual
    found = _suggest("قتل 14 عسكرياً بتفجير عبوتين ناسفتين استهدف حافلة")
    assert [(s.text, s.confidence) for s in found] == [("عبوتين ناسفتين", 0.85)]


def test_devices_dismantled_with_their_object_further_on() -> None:
    disrupted = ("Strategic developments", "Disrupted weapons use")
    text = "وقالت سانا إن وحدات الهندسة فككت أمس عدداً من العبوات الناسفة التي زرعها المسلحون."
    assert _found(text) == [("فككت", disrupted)]  # and the defused bombs are no IED event
    text = "وقتل المقاتلون 14 عنصراً من التنظيم، وفككوا عشرات الألغام في القرية."
    assert ("فككوا", disrupted) in _found(text)
    # without explosives in the sentence, the verb takes other things apart
    assert _found("قالت الحكومة إنها فككت شبكة لتهريب الآثار.") == []


def test_ground_taken_told_as_the_time_since_which_something_holds() -> None:
    text = "تشهد المحافظة عمليات اغتيال متكررة منذ سيطرة القوات الحكومية عليها صيف عام 2018."
    state = _actor(text, "القوات الحكومية", 1)
    assert ("سيطرة", ("Battles", "Government regains territory")) in _found(text, (state,))
    text = "وهو الهجوم الأعنف منذ سيطرة الفصائل على المدينة."
    rebels = _actor(text, "الفصائل", 2)
    assert ("سيطرة", ("Battles", "Non-state actor overtakes territory")) in _found(text, (rebels,))
    # who holds ground is no taking of it
    assert _found("عاد الأهالي إلى مناطق سيطرة قسد على ضفة النهر الشرقية.") == []


def test_looting_abduction_and_dispersal_in_every_tense() -> None:
    looting = ("Strategic developments", "Looting/property destruction")
    text = "فصائل الجيش الوطني تنهب محاصيل الزيتون وتختطف مدنيين في جنديرس"
    assert sorted(_found(text)) == [
        ("تختطف", ("Violence against civilians", "Abduction/forced disappearance")),
        ("تنهب", looting),
    ]
    assert _found("استولى عناصر من الفرقة على محصول الزيتون") == [("استولى", looting)]
    assert _found("اقتادوا الرعاة إلى نقطة عسكرية، وصادروا نحو 40 رأساً من الأغنام") == [
        ("صادروا", looting)
    ]
    text = "خرج الأهالي في مظاهرة للمطالبة بالإفراج عن المعتقلين، ففرّقتها عناصر الأمن"
    assert ("فرّقتها", ("Protests", "Protest with intervention")) in _found(text)
    # without a protest, dispersing is no intervention
    assert _found("فرّقت الرياح الغيوم") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign army beside the group it backs: the group took the ground
        (
            "أعلن أردوغان أن القوات التركية و«الجيش السوري الحر» سيطرت على مركز مدينة عفرين",
            ("سيطرت", "Non-state actor overtakes territory"),
        ),
        # seizing explosives stops their use; mines in the accusative; a sit-in as a verb
        (
            "أعلنت الوزارة ضبط مستودع يحوي أسلحة متوسطة وعبوات ناسفة معدّة للتفجير",
            ("ضبط مستودع", "Disrupted weapons use"),
        ),
        (
            "وأضاف المرصد أن ألغاماً زرعها التنظيم قرب القرية أودت بحياة أربعة مدنيين",
            ("ألغاماً", "Remote explosive/landmine/IED"),
        ),
        ("واعتصم المئات عقب الحادثة في ساحة السير وسط المدينة", ("اعتصم", "Peaceful protest")),
    ],
)
def test_backed_groups_ground_seized_explosives_mines_and_sit_ins(
    text: str, expected: tuple[str, str]
) -> None:
    found = [s for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert [(s.text, s.value["sub_event_type"]) for s in found][:1] == [expected]


def test_restraint_is_no_seizure() -> None:
    text = "ودعت الخارجية جميع الأطراف إلى ضبط النفس بعد تفجير عبوة ناسفة في المدينة"
    subs = [s.value["sub_event_type"] for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert "Disrupted weapons use" not in subs


def test_an_agreement_sponsored_or_reached_in_the_passive_is_one() -> None:
    for text in (
        "وجرى الاتفاق على خفض التصعيد وفتح ممرات آمنة للمدنيين",
        "وانتهت الأزمة باتفاق رعاه وجهاء من المحافظتين يوم الأحد",
    ):
        found = [s for s in Pipeline().suggest(text) if s.kind == "event_type"]
        assert [s.value["sub_event_type"] for s in found] == ["Agreement"], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اعترضوا طريق تاجر وسلبوه سيارته", "Looting/property destruction"),
        ("اقتحم مسلحون المحل ونهبوه قبل أن يلوذوا بالفرار", "Looting/property destruction"),
        ("وأظهر تسجيل مصور عناصر التنظيم وهم يعدمون شاباً", "Attack"),
        ("اصطدمت دورية للأمن العام بمسلحين محليين قرب البلدة", "Armed clash"),
    ],
)
def test_looting_executions_and_clashes_in_more_forms(text: str, expected: str) -> None:
    subs = [s.value["sub_event_type"] for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert expected in subs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a seizure after a bomb that went off leaves the bomb an explosion
        ("انفجرت عبوة ناسفة في سوق المدينة، وضبطت الشرطة سيارة المنفذ", "Disrupted weapons use"),
        # a breach, or a mention, of an agreement concludes none
        ("جرى ذلك رغم اتفاق التهدئة بين الطرفين", "Agreement"),
        # floods sweep homes away: no looting
        ("جرفت السيول عشرات المنازل في مخيمات أطمة", "Looting/property destruction"),
        # keeping silent is no sit-in
        ("واعتصمت الوزارة بالصمت حيال ما جرى", "Peaceful protest"),
    ],
)
def test_words_with_another_meaning_are_no_cue(text: str, absent: str) -> None:
    subs = [s.value["sub_event_type"] for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert absent not in subs


def test_a_subject_inside_a_phrase_before_the_verb_is_not_its_agent() -> None:
    text = "وبحسب مصادر في قوات النظام سيطرت الفصائل على التلة"
    subs = [s.value["sub_event_type"] for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert subs == ["Non-state actor overtakes territory"]
    text = "يُذكر أن قوات النظام كانت قد استعادت بلدة سلمى، أكبر معاقل المسلحين"
    subs = [s.value["sub_event_type"] for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert subs == ["Government regains territory"]


def test_a_foreign_state_s_forces_taking_ground_overtake_it() -> None:
    text = "وقالت رئاسة الأركان التركية إن قواتها سيطرت على خمس قرى جديدة في ناحية راجو"
    pairs = [_pair(s) for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert NON_STATE in pairs
    # an advance beside the air force of another state is not told as ground taken
    text = "وحدات الجيش تقدمت بإسناد ناري كثيف من سلاح الجو الروسي باتجاه البلدة"
    earlier = (_actor(text, "سلاح الجو الروسي", 8),)
    assert NON_STATE not in [pair for _, pair in _found(text, earlier)]


@pytest.mark.parametrize(
    "text",
    [
        "اشتبك الطرفان ساعات قبل أن يتوصل الطرفان إلى اتفاق يقضي بخروج المسلحين",
        "انضم إلى صفوف الأمن العسكري عقب اتفاق «التسوية» الذي رعته روسيا في تموز",
    ],
)
def test_an_agreement_reached_sponsored_or_signed(text: str) -> None:
    pairs = [_pair(s) for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert ("Strategic developments", "Agreement") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "وأسقطت الدفاعات الجوية طائرتين مسيرتين قرب قاعدة حميميم",
        "رصدت الدفاعات الجوية طائرتين مسيرتين قادمتين من إدلب وأسقطتهما",
    ],
)
def test_two_drones_shot_down_are_disrupted_weapons_use(text: str) -> None:
    pairs = [_pair(s) for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert DISRUPTED in pairs
    assert ("Explosions/Remote violence", "Air/drone strike") not in pairs


def test_ground_taken_told_with_a_pronoun_of_it() -> None:
    text = "وقالت الفصائل إن مقاتليها دخلوا القرى التي انتزعتها من الوحدات الكردية"
    pairs = [_pair(s) for s in Pipeline().suggest(text) if s.kind == "event_type"]
    assert NON_STATE in pairs
    headline = "تدمر.. الجيش السوري يستعيدها بعد معارك عنيفة\n\nنص الخبر"
    pairs = [_pair(s) for s in Pipeline().suggest(headline) if s.kind == "event_type"]
    assert GOVERNMENT in pairs


def test_an_agreement_hoped_for_or_a_base_handed_over_is_neither() -> None:
    hoped = "يأمل الأهالي أن يتوصل الطرفان إلى اتفاق ينهي الحصار"
    pairs = [_pair(s) for s in Pipeline().suggest(hoped) if s.kind == "event_type"]
    assert ("Strategic developments", "Agreement") not in pairs
    handed = "سيطرت القوات الروسية على مطار القامشلي بعد انسحاب القوات الأمريكية منه"
    pairs = [_pair(s) for s in Pipeline().suggest(handed) if s.kind == "event_type"]
    assert NON_STATE not in pairs


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("قتل عنصران فيما استهدفت مسيّرة أخرى محطة للغاز في ريف ديرك", "مسيّرة"),
        ("وقال المصدر إن المسيّرة أطلقت صاروخين على السيارة", "المسيّرة"),
        ("مسيّرات الاحتلال التركي تستهدف محطات الطاقة", "مسيّرات"),
    ],
)
def test_a_drone_named_alone_beside_its_strike(text: str, span: str) -> None:
    assert (span, AIR) in _found(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("خرجت مسيرة حاشدة في القامشلي", PEACEFUL),
        ("نظم الأهالي مسيرة في وسط المدينة", PEACEFUL),
        # a drone and a march a few words apart are each what their own verb says
        ("استهدفت مسيرة تركية مسيرة احتجاجية", AIR),
    ],
)
def test_a_march_is_not_a_drone(text: str, pair: tuple[str, str]) -> None:
    assert pair in [found for _, found in _found(text)]
    assert ("مسيرة", AIR) not in _found("شارك المئات في مسيرة وسط المدينة")


def test_barrels_that_fell_or_beside_raids_but_not_barrels_of_oil() -> None:
    assert ("برميل", AIR) in _found("أمس سقط برميل على بيت جيراننا")
    assert ("البراميل", AIR) in _found("تحولت البلدة إلى ركام بفعل مئات الغارات والبراميل")
    assert _found("ارتفع سعر برميل النفط بعد الغارات على المصافي") == [("الغارات", AIR)]


def test_strikes_counted_beside_aircraft() -> None:
    text = "نفذت الطائرات التركية ما لا يقل عن 27 ضربة في أرياف القامشلي"
    assert ("ضربة", AIR) in _found(text)
    assert _found("وجه الرئيس ضربة قوية لخصومه في الانتخابات") == []


def test_air_defences_confronting_a_strike_a_few_words_on() -> None:
    text = "أفاد مصدر عسكري بأن وسائط دفاعنا الجوي تصدت فجر اليوم لعدوان جوي إسرائيلي"
    found = _found(text)
    assert ("تصدت", DISRUPTED) in found
    assert any(pair == AIR for _, pair in found)  # the strike was still made
    # a ground attack repelled is no weapon disrupted
    repelled = _found("تصدت قوات النظام لهجوم واسع شنته الفصائل على القرية")
    assert DISRUPTED not in [pair for _, pair in repelled]


def test_a_town_liberated_as_a_verbal_noun() -> None:
    text = "وتمكنت وحدات الجيش فجر اليوم من تحرير بلدة قلعة المضيق"
    earlier = (_actor(text, "وحدات الجيش", 1),)
    assert ("من تحرير بلدة", GOVERNMENT) in _found(text, earlier)


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت القوات عملية عسكرية واسعة لتحرير ريفي إدلب الجنوبي",  # a purpose
        "وبعد عامين من تحرير مدينة الرقة من داعش لا تزال الألغام تقتل المدنيين",  # a past one
        "وتمكنت الشرطة من تحرير مخالفات بحق 50 محلا في مدينة حلب",  # fines written out
        "وتمكنت قوات الأمن من تحرير المختطفين في منطقة اللجاة",  # hostages freed
        "ومنع عناصر من تحرير الشام مدنيين من دخول منطقة حزانو",  # a name
    ],
)
def test_liberation_that_is_no_ground_taken(text: str) -> None:
    assert [pair for _, pair in _found(text) if pair[0] == "Battles"] == []


def test_the_agreement_named_again_a_little_after_it_was_reached() -> None:
    text = (
        "توصلت اللجنة المركزية إلى اتفاق مع الجانب الروسي. "
        "وقال المتحدث باسم اللجنة إن الاتفاق ينص على دخول الشرطة العسكرية إلى الأحياء."
    )
    agreement = ("Strategic developments", "Agreement")
    assert ("الاتفاق", agreement) in _found(text)
    alone = "وقال المتحدث باسم اللجنة إن الاتفاق ينص على دخول الشرطة العسكرية إلى الأحياء."
    assert _found(alone) == []


def test_ground_taken_by_the_army_and_the_state_backing_it_is_the_government_s() -> None:
    text = "أنهى الاتفاق حملة واسعة لقوات النظام وروسيا، تمكنت خلالها من السيطرة على مدن"
    earlier = (_actor(text, "قوات النظام", 1), _actor(text, "روسيا", 8))
    assert ("السيطرة على", GOVERNMENT) in _found(text, earlier)


def test_sorties_are_air_strikes() -> None:
    text = "نفذت الطائرات الحربية أكثر من 40 طلعة جوية استهدفت تحصينات المسلحين"
    assert ("طلعة جوية", AIR) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a march its verb struck, drones only built or able to strike, sorties that did not
        "قتل ثلاثة أشخاص بانفجار عبوة ناسفة استهدفت مسيرة لأنصار مجلس سوريا الديمقراطية",
        "وقال إن الخبراء يصنعون المسيرات التي تستهدف مواقع النظام",
        "وتستطيع المسيرة التي طورتها الهيئة أن تضرب أهدافا بعيدة",
        "ونفذت الطائرات 25 طلعة جوية دون أن تقصف أي هدف",
        "وتوقفت الطلعات الجوية التي تستهدف عادة ريف إدلب منذ بدء الهدنة",
        # a blow in words, and women fighters (مقاتلات) who are no aircraft
        "وشكل إغلاق المطارات ضربة قاسية لقطاع الطيران المدني",
        "ووجهت مقاتلات وحدات حماية المرأة ضربة قوية لمرتزقة داعش",
        # barrels of water, oil and fuel
        "وتحولت براميل المياه في المخيم إلى جليد بعد تساقط الثلوج",
        "وضبطت الجمارك 20 برميلا من المازوت المهرب بعد سقوط شاحنة",
    ],
)
def test_near_misses_of_drones_sorties_blows_and_barrels(text: str) -> None:
    assert AIR not in [pair for _, pair in _found(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a journey or a drone taking off is no march
        ("وانطلقت مسيرة الحوار الوطني في دمشق", PEACEFUL),
        ("وقالت المصادر إن المسيرة انطلقت من قاعدة حميميم", PEACEFUL),
        # confronting a ground attack or a march is no weapon disrupted
        ("وتصدى مقاتلو الفصائل لعدوان قوات النظام والميليشيات الإيرانية على محور ملح", DISRUPTED),
        ("تصدت قوات الأمن لمسيرة سلمية في وسط المدينة", DISRUPTED),
        ("وتصدى مقاتلو حزب الله لعدوان إسرائيلي بري على بلدة الخيام", DISRUPTED),
        # missiles dropped, or able to be shot down, are none shot down
        ("وأسقطت طائرات التحالف صواريخ على مواقع لتنظيم داعش", DISRUPTED),
        ("وقال إن المنظومة قادرة على إسقاط الصواريخ الباليستية", DISRUPTED),
    ],
)
def test_near_misses_of_marches_and_of_confronting(text: str, absent: tuple[str, str]) -> None:
    assert absent not in [pair for _, pair in _found(text)]


def test_the_agreement_after_an_announcement_of_something_else_is_none() -> None:
    text = (
        "أعلن المرصد السوري مقتل 5 عناصر في ريف إدلب. "
        "وقال مسؤول تركي إن الاتفاق مع واشنطن لم يطبق بعد."
    )
    assert ("Strategic developments", "Agreement") not in [pair for _, pair in _found(text)]


def test_two_sides_or_a_repelled_attack_are_no_army_with_its_backer() -> None:
    text = "وقالت الفصائل إنها صدت هجوما لقوات النظام والقوات الروسية، قبل السيطرة على التلة"
    earlier = (
        _actor(text, "الفصائل", 2),
        _actor(text, "قوات النظام", 1),
        _actor(text, "القوات الروسية", 8),
    )
    assert GOVERNMENT not in [pair for _, pair in _found(text, earlier)]
    text = "معارك بين الجيش السوري والجيش التركي انتهت بالسيطرة على تلة النبي أيوب"
    earlier = (_actor(text, "الجيش السوري", 1), _actor(text, "الجيش التركي", 8))
    assert GOVERNMENT not in [pair for _, pair in _found(text, earlier)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وقد تصدت وسائط دفاعنا الجوي لصواريخ العدوان وأسقطت معظمها", "وأسقطت"),
        ("فيما تمكنت الدفاعات الجوية السورية من إسقاط معظم الصواريخ المعادية", "إسقاط"),
    ],
)
def test_missiles_shot_down_are_disrupted_weapons_use(text: str, span: str) -> None:
    found = _found(text)
    assert any(pair == DISRUPTED and span.endswith(found_span) for found_span, pair in found)


def test_full_control_established_is_ground_taken() -> None:
    text = "أحكمت وحدات من الجيش العربي السوري سيطرتها الكاملة أمس الجمعة على بلدة كنسبا"
    earlier = (_actor(text, "وحدات من الجيش العربي السوري", 1),)
    assert ("سيطرتها الكاملة", GOVERNMENT) in _found(text, earlier)


def test_combat_sorties_that_struck() -> None:
    text = "نفذت الطائرات الروسية أكثر من 60 طلعة قتالية استهدفت مواقع المسلحين"
    assert ("طلعة قتالية", AIR) in _found(text)


def test_held_under_full_control_is_no_ground_taken() -> None:
    text = "وتخضع المدينة لسيطرتها الكاملة منذ عام 2013"
    assert [pair for _, pair in _found(text) if pair[0] == "Battles"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protest dispersed is itself one with intervention, as is its dispersal
        (
            "وفي مدينة عامودا، فرّقت عناصر الأسايش بالقوة وقفة احتجاجية نظمها أنصار المجلس",
            {"فرّقت": "Protest with intervention", "وقفة احتجاجية": "Protest with intervention"},
        ),
        (
            "وشهدت بلدات الحراك تظاهرات مماثلة استخدمت قوات الأمن في تفريقها الغاز المسيل للدموع",
            {"تظاهرات": "Protest with intervention",
             "تفريقها الغاز المسيل للدموع": "Protest with intervention"},
        ),
        # ... not a protest of another clause, nor one that ended with no one stepping in
        (
            "وخرجت مظاهرة في درعا، فيما فرقت قوات الأمن تظاهرة في حرستا",
            {"مظاهرة": "Peaceful protest", "فرقت": "Protest with intervention",
             "تظاهرة": "Protest with intervention"},
        ),
        ("وخرجت تظاهرة سلمية وانفضت من دون تدخل", {"تظاهرة": "Peaceful protest"}),
        # ... nor one against repression, or of another event the same day
        (
            "وخرجت تظاهرة سلمية تنديدا بقمع النظام للمعتقلين",
            {"تظاهرة": "Peaceful protest", "قمع": "Protest with intervention"},
        ),
        (
            "وخرجت مسيرة مؤيدة في ساحة الأمويين، وفي اليوم ذاته قمعت قوات الأمن مظاهرة في دوما",
            {"مسيرة": "Peaceful protest", "قمعت": "Protest with intervention",
             "مظاهرة": "Protest with intervention"},
        ),
        (
            "وأغلق التجار محالهم احتجاجاً على قمع المتظاهرين في درعا",
            {"احتجاجاً": "Peaceful protest", "قمع": "Protest with intervention"},
        ),
        # a sit-in in the accusative is a protest its dispersal needs
        (
            "وفضت عناصر الشرطة العسكرية اعتصاماً للأهالي أمام المبنى",
            {"فضت": "Protest with intervention", "اعتصاماً": "Protest with intervention"},
        ),
        # a verbal noun with the protesters after it is their dispersal
        (
            "نظموا وقفة احتجاجية قبل أن يعمد عناصر الأمن إلى تفريق المحتجين",
            {"وقفة احتجاجية": "Protest with intervention", "تفريق": "Protest with intervention"},
        ),
        # beating protesters is an intervention too
        (
            "وانهالوا بالضرب على المحتجين في الوقفة الاحتجاجية",
            {"انهالوا بالضرب": "Protest with intervention",
             "الوقفة الاحتجاجية": "Protest with intervention"},
        ),
    ],
)  # fmt: skip
def test_a_dispersed_protest_is_a_protest_with_intervention(
    text: str, expected: dict[str, str]
) -> None:
    found = {s.text: _pair(s)[1] for s in _suggest(text) if _pair(s)[0] == "Protests"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rebels' improvised artillery is shelling
        (
            "وقصفت الفصائل الحي بمدفع جهنم",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        # a cell dismantled is an arrest, not a bomb made safe
        (
            "وأعلنت قوى الأمن أنها فككت خلية للتنظيم في الطبقة",
            ("Strategic developments", "Arrests"),
        ),
        (
            "وفككت وحدات الهندسة عبوة ناسفة في الطريق",
            ("Strategic developments", "Disrupted weapons use"),
        ),
    ],
)
def test_hell_cannons_and_cells_dismantled(text: str, expected: tuple[str, str]) -> None:
    assert _pair(_best(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الحكومة تفكيك خلية الأزمة بعد انتهاء مهامها",
        "وعرضت الفصائل مدفع جهنم في ساحة البلدة",
    ],
)
def test_a_crisis_cell_and_a_cannon_on_show_are_no_events(text: str) -> None:
    assert _suggest(text) == []


def test_a_denied_reading_that_is_not_its_clause_s_first_is_shown_to_no_one() -> None:
    text = "تظاهر العشرات ورفعوا لافتات دون أن تسجل أي مواجهات مع القوى الأمنية."
    assert [(s.text, _pair(s)[1]) for s in _suggest(text)] == [("تظاهر", "Peaceful protest")]
    # ... denied alone, it is still shown, weaker
    denied = _best("نفت وزارة الدفاع وقوع اشتباكات في المنطقة.")
    assert denied.confidence >= SHOWN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arson where property is named
        (
            "أقدم مسلحون على إضرام النار في عشرات المنازل والمحال التجارية",
            [("إضرام النار", "Looting/property destruction")],
        ),
        # a charge names no event, nor the context of one
        ("ألقت الشرطة القبض على ثلاثة أشخاص بتهمة سرقة محتويات منازل", [("القبض على", "Arrests")]),
        ("اعتقلت قوات الأمن شاباً بتهمة المشاركة في الاحتجاجات", [("اعتقلت", "Arrests")]),
        # remnants of fighting, front lines and a precaution against any attempt
        (
            "قُتل راعٍ بانفجار لغم أرضي من مخلفات المعارك",
            [("لغم أرضي", "Remote explosive/landmine/IED")],
        ),
        ("وأعلنت القيادة استنفار قطعاتها تحسباً لأي محاولة تسلل", []),
        # ... but a death on a front line is one of its fighting
        ("قتل عنصر من قوات النظام على جبهة القتال في ريف اللاذقية", [("القتال", "Armed clash")]),
        # fires a shelling starts are no arson
        (
            "قصفت قوات النظام الأراضي بالقذائف الحارقة، ما أدى إلى إضرام النيران في المحاصيل",
            [("القذائف", "Shelling/artillery/missile attack")],
        ),
    ],
)
def test_arson_charges_remnants_and_precautions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, _pair(s)[1]) for s in _suggest(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest dispersed, in a headline's verbal noun
        (
            "حملة أمنية في ريف طرطوس.. وتفريق احتجاج في الشيخ بدر",
            [("تفريق احتجاج", "Protest with intervention")],
        ),
        # a depot of arms seized
        (
            "وضبطت الدورية مستودعاً للأسلحة والذخائر في محيط بلدة القدموس.",
            [("ضبطت", "Disrupted weapons use")],
        ),
        (
            "وضبطت مستودعاً للأسلحة والذخائر في محيط بلدة القدموس.",
            [("ضبطت مستودعاً للأسلحة", "Disrupted weapons use")],
        ),
        # bodies found with bullet wounds
        (
            "وعثر الأهالي على جثتين لشابين وعليهما آثار طلقات نارية.",
            [("آثار طلقات نارية", "Attack")],
        ),
    ],
)
def test_dispersal_seized_depots_and_bodies_shot(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.text, _pair(s)[1]) for s in _suggest(text)] == expected


def test_a_general_word_with_the_article_names_again_the_fighting_told_before() -> None:
    text = (
        "اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام على أطراف البلدة.\n\n"
        "ولم يتوقف القتال حتى المساء."
    )
    assert [(s.text, _pair(s)[1]) for s in _suggest(text)] == [("اشتباكات", "Armed clash")]
    # ... alone, it is still shown (weaker: denied)
    assert [s.text for s in _suggest("ولم يتوقف القتال حتى المساء.")] == ["القتال"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces entering a place handed over
        (
            "الجيش يدخل الهامة وقدسيا بعد خروج المسلحين",
            [("الجيش يدخل", "Non-violent transfer of territory")],
        ),
        (
            "وتأتي عمليات التمشيط بعد دخول وحدات الجيش إلى القنيطرة بموجب اتفاق التسوية",
            [("دخول وحدات", "Non-violent transfer of territory")],
        ),
        # ... not an agreement entering into force, nor an entry alone
        (
            "دخلت الهدنة حيز التنفيذ بموجب اتفاق التسوية",
            [("الهدنة", "Agreement"), ("اتفاق التسوية", "Agreement")],
        ),
        ("دخل الشامي المستشفى وقال إن الوضع صعب", []),
    ],
)
def test_forces_entering_a_place_handed_over(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, _pair(s)[1]) for s in _suggest(text)] == expected


def test_car_bombs_stopped_are_disrupted_weapons_use() -> None:
    text = "وأضاف أن وحدات الجيش تصدّت صباح الخميس لثلاث عربات مفخخة يقودها انتحاريون"
    best = _best(text)
    assert (best.text, _pair(best)[1]) == ("تصدّت", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        # what enters is no force, or it is an agreement entering into force
        "دخلت قافلة مساعدات أممية إلى دوما بموجب اتفاق",
        "دخل وفد من الأمم المتحدة إلى مخيم الركبان بعد خروج مئات العائلات",
        "حذرت أنقرة من أي تدخل عسكري بعد انسحاب القوات الأمريكية",
        "دخل اتفاق التسوية في ريف درعا الغربي حيز التنفيذ",
    ],
)
def test_entries_that_are_no_handover(text: str) -> None:
    assert "Non-violent transfer of territory" not in [_pair(s)[1] for s in _suggest(text)]


def test_lifting_a_siege_demanded_or_traded_is_no_battle() -> None:
    text = "خرجت مظاهرة تطالب بفك الحصار عن الحي، وينص الاتفاق على خروج المقاتلين مقابل فك الحصار"
    assert [pair for _text, pair in _found(text)] == [PEACEFUL]
    # Lifted by fighting, it is a change of ground.
    assert _found("تمكنت القوات من فك الحصار عن المدينة")[0][0] == "فك الحصار عن"


def test_barrels_and_ground_to_ground_missiles_name_their_attack() -> None:
    assert _found("قصف بالبراميل على حي الوعر") == [("قصف بالبراميل", AIR)]
    text = "قتل سبعة مدنيين جراء قصف بالبراميل المتفجرة وصواريخ أرض – أرض شنته قوات النظام"
    assert ("صواريخ أرض – أرض", SHELLING) in _found(text)


def test_the_army_that_took_ground_with_a_partner_regains_it() -> None:
    text = (
        "قال مصدر عسكري إن وحدات من الجيش العربي السوري بالتعاون مع الدفاع الوطني استعادت "
        "السيطرة على قرية صبورة بعد القضاء على أعداد من إرهابيي داعش"
    )
    found = Pipeline().suggest(text, dt.date(2016, 1, 1))
    assert [_pair(s) for s in found if s.kind == "event_type"] == [GOVERNMENT]


def test_unexploded_ordnance_that_went_off_or_killed_is_an_explosion() -> None:
    assert _found("قتل أربعة أطفال عندما انفجر جسم غريب كانوا يلعبون به") == [("جسم غريب", IED)]
    text = "أفاد المكتب بأن حوادث الذخائر المتفجرة أودت بحياة 249 شخصاً"
    assert _found(text) == [("الذخائر المتفجرة", IED)]
    # A call to report such objects, or their clearing, names no event.
    assert _found("دعا المحافظ المواطنين إلى الإبلاغ عن أي أجسام غريبة") == []
    assert _found("تواصل الفرق إزالة الذخائر غير المنفجرة من الحقول") == []


def test_sorties_and_air_operations_carried_out_and_unknown_aircraft() -> None:
    text = "ذكرت الوزارة أن طائراتها نفذت خلال الأيام الثلاثة الماضية أكثر من 120 طلعة قتالية"
    assert _found(text) == [("طلعة قتالية", AIR)]
    assert _found("أعلنت الوزارة أن طائراتها نفذت عملية جوية تحت اسم المخلب") == [
        ("عملية جوية", AIR)
    ]
    assert _found("استهدفت طائرات مجهولة الهوية مواقع للفصائل") == [("طائرات مجهولة الهوية", AIR)]
    # Flights seen, or an operation that may come, are no strike.
    assert _found("رصدت المراصد عدة طلعات جوية فوق المنطقة") == []
    assert _found("يقول مسؤولون إن العملية الجوية قد تتبعها عملية برية") == []


def test_a_town_that_fell_into_a_side_s_hands_changed_hands() -> None:
    text = "شن الطيران غارات على بلدة السخنة، التي سقطت بيد مسلحي داعش في أيار"
    found = Pipeline().suggest(text, dt.date(2015, 5, 21))
    assert ("سقطت بيد", NON_STATE) in [(s.text, _pair(s)) for s in found if s.kind == "event_type"]
    # Shells that fell, and a regime's fall, are no change of ground.
    assert _found("سقطت قذائف على حي الأربعين") == [("قذائف", SHELLING)]
    assert _found("تصاعدت الهجمات منذ سقوط نظام الأسد") == []


@pytest.mark.parametrize(
    "text",
    [
        "يخشى الأهالي سقوط البلدة بيد تنظيم داعش في حال انسحاب الفصائل",  # feared
        "حلقت طائرات مجهولة الهوية في سماء مدينة البوكمال",  # flew over
        "لم تستبعد مصادر أن تنفذ روسيا عملية جوية واسعة في إدلب",  # may come
        "أجرت المقاتلات طلعات قتالية تدريبية فوق البحر",  # training
        "ناشد أهالي الغوطة المنظمات الدولية وهم يطالبون بفك الحصار عن مدنهم",  # a demand
        "نظم الدفاع المدني حملة لإزالة الذخائر غير المنفجرة التي أودت بحياة العشرات",  # clearing
    ],
)
def test_near_misses_of_this_round_s_cues(text: str) -> None:
    assert _found(text) == []


def test_fighter_jets_that_struck_and_fire_exchanged_apart_from_its_verb() -> None:
    assert _found("قصفت مقاتلات إسرائيلية مواقع في ريف دمشق") == [("مقاتلات إسرائيلية", AIR)]
    assert _found("حلقت المقاتلات فوق المدينة") == []
    text = "تبادلت قوات الأمن العام ومجموعات مسلحة إطلاق النار في حي الوعر"
    assert _found(text) == [("إطلاق النار", BATTLE)]


@pytest.mark.parametrize(
    "text", ["شن الإعلام الرسمي قصف إعلامي على المعارضة", "تسببت الحرب في انفجار الأسعار"]
)
def test_metaphors_of_war_name_no_event(text: str) -> None:
    assert _found(text) == []


def test_warnings_and_fears_weaken_a_cue() -> None:
    plain = _best("اندلعت اشتباكات عنيفة في البلدة")
    feared = _best("يخشى السكان اشتباكات عنيفة في البلدة")
    assert feared.confidence < plain.confidence


def test_near_misses_of_fighters_and_fire_found_by_a_review() -> None:
    # Women fighters (مقاتلات) are no jets; flames and prisoners exchanged are no clash.
    assert _found("واستهدفت مقاتلات وحدات حماية المرأة مواقع للتنظيم") == []
    text = "واندلعت النيران بعد أن تبادل المحتجون وقوات الأمن الرشق بالحجارة"
    assert BATTLE not in [pair for _t, pair in _found(text)]
    text = "وتبادل الطرفان الأسرى بعد أيام من إطلاق النار المتقطع"
    assert BATTLE not in [pair for _t, pair in _found(text)]
    assert _found("وشن الإعلام الرسمي قصفا إعلاميا على المعارضة") == []


def test_killings_told_by_their_means() -> None:
    assert _found("قتل شاب ذبحاً بالسكاكين في ريف درعا") == [("ذبحاً بالسكاكين", ATTACK)]
    assert _found("قتل رجل ضرباً حتى الموت على حاجز") == [("ضرباً حتى الموت", ATTACK)]
    # Alone, the means is as often an appeal, a road accident, a fire or a gas leak.
    assert _found("توفي ثلاثة أشخاص خنقاً بسبب تسرب الغاز من مدفأة") == []
    assert _found("قدم المحامي طعناً بالحكم أمام محكمة النقض") == []
    assert _found("عثر الأهالي على جثة رجل مقطوعة الرأس") == [("مقطوعة الرأس", ATTACK)]
    # An execution's manner is the execution's, named once.
    assert _found("أعدم التنظيم شابين رمياً بالرصاص في ساحة عامة") == [("أعدم", ATTACK)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("أضرمت قوات النظام النيران في منازل المدنيين في القرية", LOOTING),
        ("أشعل محتجون الإطارات وأغلقوا الطرق في المدينة", RIOT),
        ("اعترضت الدفاعات الجوية صاروخين أطلقا باتجاه المطار", DISRUPTED),
        (
            "أعلن الرئيسان التوصل إلى وقف لإطلاق النار في إدلب",
            ("Strategic developments", "Agreement"),
        ),
    ],
)
def test_events_a_probe_found_told_in_other_words(text: str, pair: tuple[str, str]) -> None:
    assert [found_pair for _t, found_pair in _found(text)] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "وأشعلوا الإطارات المستعملة لتدفئة خيامهم في المخيم",  # warmth, no riot
        "اعترضت مسيرة من الأهالي طريق الرتل العسكري",  # a march, no drone
        "نظم الأهالي وقفة صامتة على أرواح ضحايا الزلزال",  # a commemoration
        "نظمت ورشة عمل حول اندماجهم في المجتمع الألماني",  # refugees' integration
        "تسعى الحكومة إلى بسط السيطرة الأمنية في المدن",  # a plan
    ],
)
def test_near_misses_of_the_second_probe_s_cues(text: str) -> None:
    assert _found(text) == []


def test_one_bullet_and_the_present_of_opening_fire_and_a_kidnap_gang_s_name() -> None:
    text = "أصيبت طفلة تبلغ من العمر 12 عاماً برصاصة في قدمها"
    assert _found(text) == [("برصاصة", ("Violence against civilians", "Attack"))]
    text = "أوقف المسلحون السيارة قبل أن يطلقوا النار على المارة"
    assert _found(text) == [("يطلقوا النار", ("Violence against civilians", "Attack"))]
    # ... a threat to fire is none
    assert _found("هدد الضابط بأن يطلق النار على المعتصمين إذا لم يغادروا الساحة") == []
    assert _found("قتل شاب برصاصة طائشة") == []
    # a gang named by what it does is no abduction; the abductions it makes are
    assert _found("الأهالي يطالبون بوضع حد لعصابات الخطف") == []
    text = "وتشهد المحافظة تصاعداً في عمليات الخطف"
    assert _found(text) == [
        ("الخطف", ("Violence against civilians", "Abduction/forced disappearance"))
    ]


def test_an_arrest_told_with_its_object_s_pronoun_but_not_one_feared() -> None:
    arrest = ("Strategic developments", "Arrests")
    text = "الشاب من بلدة داعل، الذي اعتقله عناصر حاجز للأمن العسكري"
    assert _found(text) == [("اعتقله", arrest)]
    text = "توفي تحت التعذيب بعد نحو شهرين من اعتقاله على يد قوات الأمن"
    assert ("اعتقاله", arrest) in _found(text)
    text = "نقل الجرحى إلى منازل خاصة خوفاً من اعتقالهم في المستشفيات"
    assert _found(text) == []


def test_a_car_bomb_destroyed_before_it_arrived_and_conscription_name_no_explosion_or_change() -> (
    None
):
    text = "فيما تمكن طيران التحالف من تدمير عربة مفخخة ثانية قبل وصولها إلى هدفها"
    assert _found(text) == [
        ("تدمير عربة مفخخة", ("Strategic developments", "Disrupted weapons use"))
    ]
    assert _found("انفجرت سيارة مفخخة قرب حاجز") == [
        ("سيارة مفخخة", ("Explosions/Remote violence", "Remote explosive/landmine/IED"))
    ]
    assert _found("نظّم الأهالي وقفة أمام مركز التجنيد في عامودا")[1:] == []
    assert "التجنيد" not in [span for span, _ in _found("حملات التجنيد الإجباري في المدينة")]


def test_a_protest_dispersed_in_the_present_and_a_call_to_stop_an_attack() -> None:
    text = (
        "نظّم عشرات الأهالي وقفة احتجاجية أمام مركز التجنيد، طالبوا فيها بالإفراج عن أبنائهم "
        "ووقف «الاعتقالات العشوائية»، قبل أن يفرّقهم عناصر من الأسايش"
    )
    intervention = ("Protests", "Protest with intervention")
    assert sorted(_found(text)) == [("وقفة احتجاجية", intervention), ("يفرّقهم", intervention)]
    assert _found("خرجوا مطالبين بوقف القصف الروسي وفتح ممرات آمنة") == []
    assert _found("أعلنت الأطراف وقف إطلاق النار في المدينة") == [
        ("وقف إطلاق النار", ("Strategic developments", "Agreement"))
    ]


def test_ground_only_sought_is_no_change_of_territory() -> None:
    text = "وتحاول القوات الحكومية منذ أسابيع استعادة السيطرة على البلدات المحيطة بالعاصمة"
    assert _found(text) == []
    # (without the actors, the ground taken back is read as a clash: the cue stays)
    assert [span for span, _ in _found("استعادت القوات الحكومية السيطرة على البلدة")] == ["استعادت"]


def test_a_car_bomb_that_destroyed_shops_went_off() -> None:
    text = "دمرت سيارة مفخخة انفجرت في سوق بلدة أعزاز عدداً من المحال التجارية"
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in [
        pair for _, pair in _found(text)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "pair"),
    [
        ("سيطر التنظيم على حاجزين، قبل أن تستعيدهما قوات النظام مساء اليوم نفسه",
         "قبل أن تستعيدهما",
         ("Battles", "Government regains territory")),
        ("خرجوا بموجب اتفاق أبرمته فصائل المعارضة مع الجانب الروسي", "اتفاق",
         ("Strategic developments", "Agreement")),
        ("وكانت الحكومة قد تسلمت إدارة مدينة الرقة في كانون الثاني", "تسلمت",
         ("Strategic developments", "Non-violent transfer of territory")),
    ],
)  # fmt: skip
def test_ground_retaken_in_a_narrative_and_agreements_concluded(
    text: str, cue: str, pair: tuple[str, str]
) -> None:
    found = Pipeline().suggest(text, dt.date(2016, 10, 20))
    assert (cue, pair) in [(s.text, _pair(s)) for s in found if s.kind == "event_type"]


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب الاتفاق تسلّم الفصائل العاملة في الرحيبة سلاحها الثقيل إلى الجيش",
        "إن استهداف المؤسسات يمثل تهديدا مباشرا لجهود استعادة الاستقرار في المنطقة",
        "وتسلمت عائلة الشاب جثته من المشفى العسكري",
    ],
)
def test_weapons_handed_over_and_stability_restored_are_no_ground(text: str) -> None:
    assert not [
        found for found, pair in _found(text) if pair[1] in (
            "Non-violent transfer of territory", "Government regains territory",
            "Non-state actor overtakes territory", "Armed clash",
        )
    ]  # fmt: skip


def test_a_device_defused_after_adding_leaves_the_blast_told_before() -> None:
    text = (
        "ذكرت سانا أن مجموعة مسلحة فجّرت عبوة ناسفة بدورية في حي ركن الدين، ما أدى إلى "
        "استشهاد شرطي، مضيفة أن عناصر الهندسة فككوا عبوة ثانية زُرعت في الشارع نفسه."
    )
    pairs = [pair for _, pair in _found(text)]
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in pairs
    assert ("Strategic developments", "Disrupted weapons use") in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("اللاذقية: ثلاثة قتلى بانفجار مستودع ذخيرة قرب جبلة", ("Strategic developments", "Other")),
        ("أقدم مسلحو الفصيل على قطع أكثر من 200 شجرة زيتون معمرة",
         ("Strategic developments", "Looting/property destruction")),
    ],
)  # fmt: skip
def test_a_depot_blowing_up_and_trees_cut_down(text: str, pair: tuple[str, str]) -> None:
    assert pair in [found for _, found in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت غارة إسرائيلية مستودعا للذخيرة ما أدى إلى انفجار مستودع الأسلحة",
        "قطع المسلحون الطريق الدولي أمام المارة",
        "أسقطت الدفاعات طائرة مسيرة اقتربت من خط وقف إطلاق النار في الجولان",
    ],
)
def test_no_accident_cuts_or_truce_where_a_strike_a_road_or_a_line_is_told(text: str) -> None:
    pairs = [pair for _, pair in _found(text)]
    assert ("Strategic developments", "Other") not in pairs
    assert ("Strategic developments", "Looting/property destruction") not in pairs
    assert ("Strategic developments", "Agreement") not in pairs


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("حمص: أربعة شهداء برصاص الأمن في تشييع بحي باب السباع", True),
        ("قتل شابان برصاص قناصة الأمن أثناء عودتهما من تشييع أحد القتلى", False),
    ],
)
def test_shots_at_a_funeral_are_force_against_protesters(text: str, protest: bool) -> None:
    excessive = ("Protests", "Excessive force against protesters")
    assert (excessive in [pair for _, pair in _found(text)]) is protest


@pytest.mark.parametrize(
    "text",
    [
        "نقل إلى المستشفى قبل أن يستعيد وعيه",
        "تراجعت الليرة قبل أن تستعيد جزءاً من قيمتها",
        "اشتعلت النيران في الأحراج قبل أن تسيطر عليها فرق الإطفاء",
    ],
)
def test_before_a_present_verb_without_a_force_is_no_ground(text: str) -> None:
    assert [pair for _, pair in _found(text) if pair[0] == "Battles"] == []


def test_a_clause_between_a_try_and_ground_taken_keeps_the_ground() -> None:
    text = "حاولت الفصائل التصدي للهجوم، لكن قوات النظام سيطرت على البلدة"
    found = Pipeline().suggest(text, dt.date(2016, 5, 5))
    assert ("سيطرت", ("Battles", "Government regains territory")) in [
        (s.text, _pair(s)) for s in found if s.kind == "event_type"
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("أن عناصر من الهيئة أوقفوا عصر الأربعاء القيادي في أحرار الشام",
         ("Strategic developments", "Arrests")),
        ("رداً على سقوط قذيفتي هاون أُطلقتا من الأراضي السورية",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ],
)  # fmt: skip
def test_a_person_stopped_and_two_mortar_shells(text: str, pair: tuple[str, str]) -> None:
    assert pair in [found for _, found in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "أوقفت القوات تقدمها نحو البلدة",
        "وستواصل التمسك باتفاقية فض الاشتباك الموقعة عام 1974",
        "أغارت الطائرات على موقع مدفعية تابع للجيش",
    ],
)
def test_a_halt_the_1974_agreement_and_an_artillery_post_are_no_event_of_their_own(
    text: str,
) -> None:
    pairs = [pair[1] for _, pair in _found(text)]
    assert not {"Arrests", "Agreement", "Shelling/artillery/missile attack"} & set(pairs)


def test_arms_found_on_the_people_held_were_not_used() -> None:
    text = (
        "ألقت وحدات الأمن العام القبض على خمسة أشخاص كانوا يخططون لاستهداف مقرات حكومية، "
        "وضبطت بحوزتهم عبوات ناسفة وقذائف «آر بي جي»."
    )
    subtypes = {pair[1] for _, pair in _found(text)}
    assert "Disrupted weapons use" in subtypes
    assert not {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack"} & subtypes
    assert "Disrupted weapons use" not in {
        pair[1] for _, pair in _found("وضبطت بحوزتهم مواد مخدرة ومبالغ مالية")
    }


def test_two_missiles_fired_and_fallen_in_the_dual() -> None:
    text = "وكان صاروخان أُطلقا من الأراضي السورية قد سقطا على أطراف مدينة الهرمل"
    assert ("صاروخان", ("Explosions/Remote violence", "Shelling/artillery/missile attack")) in (
        _found(text)
    )


def test_clashes_since_whose_outbreak_a_toll_counts() -> None:
    text = "ارتفعت حصيلة القتلى منذ اندلاع المواجهات بين الطرفين يوم الثلاثاء إلى 58 شخصاً"
    assert ("المواجهات", ("Battles", "Armed clash")) in _found(text)
    assert _found("ارتفعت الحصيلة منذ بدء الهجوم على البلدة إلى 20 قتيلاً") == []


def test_the_ceasefire_an_agreement_is_for_is_that_agreement() -> None:
    text = "أعلنت الوزارة التوصل إلى اتفاق لوقف إطلاق النار في السويداء"
    assert _found(text) == [("اتفاق", ("Strategic developments", "Agreement"))]
    construct = "وتخضع إدلب لاتفاق وقف إطلاق النار الذي توصلت إليه روسيا وتركيا"
    assert [span for span, _ in _found(construct)] == ["اتفاق وقف إطلاق النار"]


def test_an_outbreak_told_as_background_is_no_clash() -> None:
    assert _found("ونزح آلاف السكان منذ اندلاع المعارك في ريف حماة قبل عامين") == []
    found = _found("ووثق المرصد مقتل 54 شخصاً منذ اندلاع القتال في 27 آب الماضي")
    assert ("القتال", ("Battles", "Armed clash")) in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("الجيش العربي السوري يبسط سيطرته الكاملة على خان شيخون", "يبسط سيطرته الكاملة على"),
        ("أحكمت أمس الثلاثاء سيطرتها على التلال", "أحكمت أمس الثلاثاء سيطرتها على"),
        ("وذلك بعد إحكام السيطرة على البلدة", "إحكام السيطرة على"),
        ("وأعلنت الفصائل سيطرتها على البلدة", "سيطرتها على"),
    ],
)  # fmt: skip
def test_control_spread_or_tightened_takes_its_verb(text: str, span: str) -> None:
    assert any(s.text == span for s in _suggest(text))


@pytest.mark.parametrize(
    ("text", "span", "pair"),
    [
        ("أقدم مجهولون على إضرام النار في محل تجاري يعود لمواطن كردي", "إضرام النار",
         ("Strategic developments", "Looting/property destruction")),
        ("وتنفذ عمليات قتل جماعي بالسكاكين والرصاص داخل المنازل", "عمليات قتل جماعي",
         ("Violence against civilians", "Attack")),
    ],
)  # fmt: skip
def test_a_shop_set_on_fire_and_mass_killings(text: str, span: str, pair: tuple[str, str]) -> None:
    assert (span, pair) in _found(text)


def test_control_spread_by_a_party_named_between_keeps_the_noun() -> None:
    text = "بسطت وحدات من الجيش السوري سيطرتها الكاملة على مدينة خان شيخون"
    earlier = (_actor(text, "وحدات من الجيش السوري", 1),)
    assert [s.text for s in _suggest(text, earlier)] == ["سيطرتها الكاملة على"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مؤكدة تضامن مصر مع الشعب السوري في مواجهة الإرهاب", []),
        ("وقتل ثلاثة عناصر في مواجهة مع مسلحي التنظيم قرب البلدة",
         [("Battles", "Armed clash")]),
        ("استهدفت المجموعات الحفل بمسيّرات محمّلة بالذخائر المتفجرة",
         [("Explosions/Remote violence", "Air/drone strike")]),
        ("«اللواء الثامن» يعلن حلّ نفسه", [("Strategic developments", "Change to group/activity")]),
        ("ودعت الحكومة الجديدة إلى حلّ الفصائل ودمجها في جيش موحد", []),
    ],
)  # fmt: skip
def test_in_the_face_of_loaded_drones_and_a_group_dissolving_itself(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [pair for _, pair in _found(text)] == expected


def test_forces_entering_a_town_after_days_of_shelling_took_it() -> None:
    text = "دخلت قوات النظام السوري بلدة الحفة بعد ثمانية أيام من القصف"
    earlier = (_actor(text, "قوات النظام السوري", 1),)
    assert ("دخلت قوات", GOVERNMENT) in _found(text, earlier)
    settled = "ودخلت وحدات الجيش بلدتي الهامة وقدسيا بعد خروج المسلحين منهما"
    assert _found(settled)[0] == (
        "دخلت وحدات",
        ("Strategic developments", "Non-violent transfer of territory"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "يحكم القضاء العسكري على المتهمين بعد السيطرة على المدينة",
        "بسط الأمن وفرض السيطرة على الأسواق",
    ],
)
def test_other_verbs_before_control_stay_out_of_its_span(text: str) -> None:
    assert [s.text for s in _suggest(text)] == ["السيطرة على"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن البرلمان حل نفسه تمهيدا لانتخابات مبكرة",
        "ضبط حرس الحدود مسيرة محملة بمادة الكريستال",
        "وحذرت الأمم المتحدة من خطر وقوع قتل جماعي في حال اقتحام المدينة",
    ],
)
def test_a_parliament_dissolving_a_drone_of_drugs_and_a_warning_are_no_events(text: str) -> None:
    assert [pair for _, pair in _found(text) if pair[0] != "Battles"] == []


def test_a_clash_in_the_face_of_a_party_is_still_a_clash() -> None:
    text = "قتل قيادي في الفصائل في مواجهة عنيفة مع قوات النظام"
    assert ("Battles", "Armed clash") in [pair for _, pair in _found(text)]


def test_security_restored_by_the_army_is_ground_retaken_and_a_church_burnt_is_property() -> None:
    text = "وقال المصدر إن وحدات من جيشنا الباسل أعادت الأمن والاستقرار إلى بلدة رنكوس"
    earlier = (_actor(text, "وحدات من جيشنا الباسل", 1),)
    assert ("أعادت الأمن والاستقرار", GOVERNMENT) in _found(text, earlier)
    assert _found("وتعمل القوات على إعادة الأمن والاستقرار إلى المنطقة") == []
    church = "وأضرم التنظيم النار في كنيسة السيدة العذراء في تل هرمز"
    assert ("Strategic developments", "Looting/property destruction") in [
        pair for _, pair in _found(church)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "دخلت الهدنة حيز التنفيذ منتصف الليل بعد أيام من القصف المتواصل على الغوطة",
        "دخلت قافلة مساعدات أممية مدينة دوما بعد حصار استمر سنوات",
        "تدخل الجيش التركي عسكريا في شمال سوريا بعد هجوم على مخفر حدودي",
        "دخل نحو ألفي شخص الأراضي اللبنانية هربا من القصف",
    ],
)
def test_a_truce_a_convoy_an_intervention_and_refugees_entering_take_no_ground(text: str) -> None:
    assert [pair for _, pair in _found(text) if "territory" in pair[1]] == []


def test_an_entry_under_a_settlement_is_its_transfer_only() -> None:
    text = "دخلت قوات النظام إلى مدينة درعا البلد بموجب اتفاق التسوية بعد حصار دام شهرين"
    assert [pair for _, pair in _found(text) if "territory" in pair[1]] == [
        ("Strategic developments", "Non-violent transfer of territory")
    ]


def _pipeline_types(text: str) -> list[tuple[str, tuple[str, str]]]:
    return [(s.text, _pair(s)) for s in Pipeline().suggest(text) if s.kind == "event_type"]


def test_a_headline_s_present_of_wresting_takes_ground() -> None:
    text = "«قسد» تنتزع حي نزلة شحادة من «داعش»\n\nالرقة - تواصل القوات معاركها"
    assert ("تنتزع حي", ("Battles", "Non-state actor overtakes territory")) in _pipeline_types(text)
    assert _pipeline_types("الرقة - تنتزع الأمهات لقمة العيش من الركام") == []
    for headline in (
        "المنتخب السوري ينتزع فوزا ثمينا من نظيره اللبناني\n\nنص",
        "قسد تنتزع تعهدا أمريكيا بعدم الانسحاب من شرق الفرات\n\nنص",
    ):
        assert _pipeline_types(headline) == []


def test_the_backing_named_after_a_verb_of_taking_is_not_who_took_the_ground() -> None:
    text = (
        "أعلنت سانا أن وحدات من الجيش العربي السوري «حررت» بلدتي كفربطيخ وداديخ، في إطار "
        "الحملة التي تشنها دمشق بدعم جوي روسي على آخر معقل للمعارضة"
    )
    assert ("حررت", ("Battles", "Government regains territory")) in _pipeline_types(text)


def test_a_protest_met_with_live_fire_is_one_met_with_excessive_force() -> None:
    text = (
        "أصيب شابان برصاص حي أطلقه جنود إسرائيليون، ظهر الثلاثاء، خلال وقفة احتجاجية "
        "نظمها عشرات الأهالي رفضاً لتوغل دورية إسرائيلية."
    )
    found = dict(_found(text))
    assert found["وقفة احتجاجية"] == ("Protests", "Excessive force against protesters")
    against = "وشاركت نساء في وقفة احتجاجية رفضاً لإطلاق الرصاص الحي على المحتجين."
    assert dict(_found(against))["وقفة احتجاجية"] == ("Protests", "Peaceful protest")
    # (a dispersal told too keeps the protest one with intervention, as coders mark it)
    elsewhere = (
        "خرجت مظاهرة في بلدة جاسم، وفي وقت لاحق أطلق عناصر حاجز الرصاص الحي على سيارة مدنية."
    )
    assert dict(_found(elsewhere))["مظاهرة"] == ("Protests", "Peaceful protest")
    denied = "نفى مصدر أمني إطلاق الرصاص الحي على المتظاهرين، مؤكداً أن المظاهرة انتهت بسلام."
    assert dict(_found(denied))["المظاهرة"] == ("Protests", "Peaceful protest")
    dispersed = "خرجت مظاهرة في المدينة، وأطلقت قوات الأمن الرصاص الحي لتفريقها."
    assert dict(_found(dispersed))["مظاهرة"] == INTERVENTION


def test_in_protest_after_a_protest_is_what_it_was_against() -> None:
    text = "خرج مئات الأهالي في تظاهرة أمام مقر المجلس احتجاجاً على حملات الدهم."
    assert [span for span, _ in _found(text)] == ["تظاهرة"]
    two = "تظاهر أهالي الرقة أمام المجلس، فيما أغلق تجار الطبقة محالهم احتجاجاً على الأسعار."
    assert [span for span, _ in _found(two)] == ["تظاهر", "احتجاجاً"]
    alone = "وقطع محتجون الطريق الرئيسي لساعات احتجاجاً على إطلاق النار."
    found = _found(alone)
    assert ("احتجاجاً", ("Protests", "Peaceful protest")) in found
    assert ("Protests", "Excessive force against protesters") not in [pair for _, pair in found]


def test_ground_taken_as_an_aim_is_no_change_of_territory() -> None:
    text = (
        "وكان الجيش أطلق منتصف الشهر حملة عسكرية واسعة لاستعادة الأحياء الشرقية، "
        "وشنّت الفصائل هجوماً بهدف السيطرة على التلة."
    )
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    assert not [span for span, (_, sub) in _found(text) if sub in territory]
    taken = "واصلت قوات الجيش تقدمها بعد أقل من 24 ساعة على استعادة حي مساكن هنانو"
    army = (_actor(taken, "قوات الجيش", 1),)
    assert ("استعادة", ("Battles", "Government regains territory")) in _found(taken, army)


def test_rockets_only_fired_from_the_ground_are_shelling_beside_air_strikes() -> None:
    text = (
        "سقط صاروخان من نوع «غراد» على أطراف البلدة. وطالت الغارات الجوية مواقع عسكرية، "
        "وأصابت الصواريخ مبنى البلدية."
    )
    found = _found(text)
    assert ("صاروخان", ("Explosions/Remote violence", "Shelling/artillery/missile attack")) in found
    assert "الصواريخ" not in [span for span, _ in found]


def test_what_a_protest_is_against_is_no_event_of_its_own() -> None:
    text = (
        "وتظاهر المئات تنديداً بالغارات. ونظموا وقفة احتجاجية رفضاً لحملات الاعتقال. "
        "واعتصم العشرات احتجاجاً على عمليات الاغتيال."
    )
    assert {pair[0] for _, pair in _found(text)} == {"Protests"}
    struck = "وشنّت الطائرات غارات على البلدة."
    assert _found(struck)[0][1] == ("Explosions/Remote violence", "Air/drone strike")


def test_taking_ground_as_the_aim_of_an_offensive_is_no_change_yet() -> None:
    text = "أطلقت الفصائل معركة «ردع العدوان» للسيطرة على مدينة حلب."
    assert [pair for _, pair in _found(text)] == [("Battles", "Armed clash")]


def test_a_campaign_of_raids_and_arrests_is_one_span() -> None:
    text = "وشنّت قوات الأمن حملة دهم واعتقالات طالت نحو 40 شاباً، وسط غارات جوية وبراميل متفجرة."
    spans = [span for span, _ in _found(text)]
    assert "حملة دهم واعتقالات" in spans
    assert "غارات جوية وبراميل متفجرة" not in spans


def test_a_statement_condemning_strikes_keeps_them_a_protest_s_grievance_does_not() -> None:
    statement = "أصدرت الوزارة بياناً تنديداً بالغارات التي استهدفت محيط المطار فجر اليوم."
    assert ("الغارات", ("Explosions/Remote violence", "Air/drone strike")) in _found(statement)
    protest = "وتظاهر الأهالي رفضاً للقصف المتواصل على البلدة."
    assert [pair[0] for _, pair in _found(protest)] == ["Protests"]


def test_hand_grenades_seized_are_no_grenade_attack() -> None:
    text = "وضبطت الدورية خلال التفتيش بنادق آلية وقنابل يدوية داخل مستودع مهجور."
    assert [pair for _span, pair in _found(text)] == [DISRUPTED]
    assert _found("ضبط عناصر الأمن قنابل يدوية في سيارة عند الحاجز") == [("ضبط", DISRUPTED)]
    # ... a grenade thrown is still one, beside a car seized in another clause
    thrown = "ألقى مجهول قنبلة يدوية على المحل، وضبطت الشرطة السيارة التي استقلها."
    assert [span for span, _pair in _found(thrown)] == ["قنبلة يدوية"]


def test_live_fire_at_the_protest_itself_and_a_raid_campaign_at_a_protest() -> None:
    text = (
        "أطلق عناصر الأمن الرصاص الحي على تظاهرة خرجت في الحي، ما أدى إلى إصابة شابين، "
        "قبل أن يشنوا حملة دهم واعتقالات في الحي المجاور."
    )
    assert sorted(_found(text)) == [
        ("الرصاص الحي", EXCESSIVE),
        ("تظاهرة", EXCESSIVE),
        ("حملة دهم واعتقالات", ARRESTS),
    ]


def test_ground_out_of_someone_s_control_and_the_disengagement_line_are_no_events() -> None:
    text = "تسعى القوات إلى استعادة القرى التي خرجت عن سيطرتها على طول الطريق الدولي."
    assert not [span for span, _pair in _found(text) if "سيطرتها" in span]
    line = "نظم الأهالي وقفة احتجاجية طالبوا فيها بالانسحاب إلى ما وراء خط فض الاشتباك."
    assert [pair for _span, pair in _found(line)] == [PEACEFUL]


def test_shelling_by_the_air_force_is_an_air_strike() -> None:
    assert _found("قصف الطيران الروسي سوقاً شعبياً في البلدة.") == [("قصف الطيران", AIR)]
    assert _found("وتعرضت القرية لقصف طيران النظام فجراً.") == [("قصف طيران", AIR)]
    # ... but aircraft shelled on the ground are its target, no air strike
    parked = "وتبنت الكتائب قصف المروحيات الرابضة في مطار منغ بقذائف الهاون."
    assert AIR not in [pair for _span, pair in _found(parked)]


def test_fire_opened_on_a_protest_and_live_fire_denied() -> None:
    opened = "أطلقت قوات الأمن النار على مظاهرة حاشدة في درعا، فقتلت أربعة متظاهرين."
    assert ("النار على مظاهرة", EXCESSIVE) in _found(opened)
    denied = "ونفت قيادة الشرطة أن تكون قوات الأمن أطلقت الرصاص الحي على وقفة احتجاجية أمام المبنى."
    assert ("وقفة احتجاجية", PEACEFUL) in _found(denied)


def test_arrests_at_a_march_and_arrests_threatened_or_denied() -> None:
    march = "واعتقلت قوات الأمن عشرات الطلاب خلال مسيرة احتجاجية في الجامعة."
    assert ("مسيرة احتجاجية", INTERVENTION) in _found(march)
    for text in (
        "هدد المحافظ باعتقال كل من يشارك في المظاهرات المقررة يوم الجمعة.",
        "أكدت الوزارة أن وحداتها لم تعتقل أحداً خلال الوقفة الاحتجاجية.",
    ):
        assert INTERVENTION not in [pair for _span, pair in _found(text)]


def test_a_denied_air_strike_is_none() -> None:
    assert _found("ونفت وزارة الدفاع الروسية قصف الطيران الروسي لمستشفى في المدينة") == []


def test_the_subject_after_kana_took_the_ground() -> None:
    text = (
        "وكانت القوات النظامية قد استعادت في الأول من آذار حي بابا عمرو بعد انسحاب مقاتلي "
        "المعارضة منه."
    )
    state = _actor(text, "القوات النظامية", 1)
    rebels = _actor(text, "مقاتلي المعارضة", 2)
    assert ("استعادت", GOVERNMENT) in _found(text, (state, rebels))


def test_ground_regained_is_no_calm_trust_or_bodies_regained() -> None:
    for text in (
        "وكانت مدينة دوما قد استعادت الهدوء بعد أسابيع من القصف.",
        "وكانت القوات النظامية قد استعادت الثقة بعد سلسلة انتصارات.",
        "وكانت القوات النظامية قد استعادت جثث ثلاثة من جنودها.",
    ):
        assert [pair for word, pair in _found(text) if word.endswith("استعادت")] == [], text


def test_units_of_the_army_entering_took_the_ground() -> None:
    text = (
        "دخلت وحدات من الجيش السوري الأحياء الشمالية من مدينة خان شيخون، بعد معارك مع "
        "فصائل مسلحة تقودها هيئة تحرير الشام."
    )
    army = _actor(text, "الجيش السوري", 1)
    hts = _actor(text, "هيئة تحرير الشام", 2)
    assert ("دخلت وحدات", GOVERNMENT) in _found(text, (army, hts))


def test_bullets_fired_on_a_protest_are_excessive_force() -> None:
    text = "أطلقت قوات الأمن الرصاص على مظاهرة خرجت في مدينة حماة."
    assert _found(text)[0] == (
        "الرصاص على مظاهرة",
        ("Protests", "Excessive force against protesters"),
    )


def test_a_headline_s_bare_shelling_is_no_cue_the_body_s_is() -> None:
    text = "قصف على أحياء حمص ومقتل 11 مدنياً في الرستن\n\nوقصفت القوات النظامية أحياء المدينة."
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert [(word, pair) for word, pair in _found(text) if pair == shelling] == [
        ("وقصفت", shelling)
    ] or [(word, pair) for word, pair in _found(text) if pair == shelling] == [("قصفت", shelling)]


def test_a_raid_campaign_is_the_arrest_its_sentence_tells_by_its_verb() -> None:
    arrests = ("Strategic developments", "Arrests")
    told = "شنت عناصر الأمن العسكري حملة دهم في مدينة القصير اعتقلت خلالها نحو عشرين شاباً."
    assert [word for word, pair in _found(told) if pair == arrests] == ["اعتقلت"]
    alone = "شنت قوات النظام حملة دهم في مدينة جاسم.\nواعتقلت دورية أخرى شابين في نوى."
    assert "حملة دهم" in [word for word, pair in _found(alone) if pair == arrests]
    joined = "شنت قوات النظام حملة دهم واعتقالات في مدينة جاسم."
    assert [word for word, pair in _found(joined) if pair == arrests] == ["حملة دهم واعتقالات"]


def test_the_army_and_its_militia_s_members_took_the_ground_as_one_side() -> None:
    text = (
        "قال إن الحزب دفع بمقاتليه إلى المدينة، وإن القوات النظامية وعناصر الحزب تمكنوا "
        "يوم الإثنين من السيطرة على قرية عرجون."
    )
    army = _actor(text, "القوات النظامية", 1)
    militia = [
        Suggestion("actor", at, at + len("الحزب"), "الحزب", {"name": "Hezbollah", "inter": 3})
        for at in (text.index("الحزب"), text.rindex("الحزب"))
    ]
    found = dict(_found(text, (militia[0], army, militia[1])))
    assert found["السيطرة على"] == GOVERNMENT


def test_two_sides_that_agreed_and_a_ceasefire_that_is_no_shooting() -> None:
    agreement = ("Strategic developments", "Agreement")
    text = "أبو قصرة وعبدي يتفقان على وقف شامل لإطلاق النار في جميع المحاور."
    assert _found(text) == [("يتفقان على", agreement)]
    assert _found("وأكد أن الطرفين اتفقا على تفعيل اللجان المشتركة.") == [("اتفقا على", agreement)]
    # A shared view, a wedding or a denial: no agreement.
    for text in (
        "اتفق الطرفان على أن الوضع في إدلب مقلق.",
        "اتفقا على الزواج في الربيع بعد أن فرقتهما الحرب لسنوات.",
        "قال المبعوث إن الوفدين لا يتفقان على وقف القتال.",
        "خرقت القوات وقفاً شاملاً لإطلاق النار في حلب.",
    ):
        assert agreement not in [pair for _word, pair in _found(text)], text
        assert ("Violence against civilians", "Attack") not in [p for _w, p in _found(text)], text


def test_executed_with_its_object_s_pronoun_is_an_attack() -> None:
    text = "عثر الأهالي على رفات 230 شخصاً يُعتقد أنهم من أبناء العشيرة الذين أعدمهم التنظيم."
    assert ("أعدمهم", ("Violence against civilians", "Attack")) in _found(text)


def test_the_protest_named_again_is_the_one_met_with_fire() -> None:
    text = (
        "قُتل ثلاثة متظاهرين عندما أطلقت عناصر الأمن الرصاص الحي على مظاهرة خرجت من الجامع "
        "الكبير في دوما.\n\nويروي أبو راتب، أحد منظمي المظاهرة، ما جرى."
    )
    found = [(s.text, _pair(s)) for s in _suggest(text)]
    assert ("المظاهرة", ("Protests", "Excessive force against protesters")) in found
    # Another protest named between: the later one is its own.
    other = text.replace("\n\nويروي", "\n\nوخرجت مظاهرات مماثلة في حرستا.\n\nويروي")
    found = [(s.text, _pair(s)) for s in _suggest(other)]
    assert ("المظاهرة", ("Protests", "Peaceful protest")) in found


def test_what_protesters_burn_is_their_riot_not_looting() -> None:
    found = _found("أحرق متظاهرون محلين تجاريين وسط المدينة خلال الاحتجاجات على الضرائب.")
    assert ("Strategic developments", "Looting/property destruction") not in [p for _w, p in found]
    assert ("Riots", "Violent demonstration") in [p for _w, p in found]


def test_the_sides_fought_joined_after_with_are_not_who_took_the_ground() -> None:
    text = (
        "وسيطرت القوات الحكومية على بلدة جرجناز بعد معارك مع «هيئة تحرير الشام» وفصائل "
        "معارضة أخرى، ليرتفع عدد البلدات التي استعادتها إلى ثلاثين."
    )
    army = _actor(text, "القوات الحكومية", 1)
    hts = _actor(text, "هيئة تحرير الشام", 2)
    rebels = _actor(text, "فصائل معارضة", 2)
    assert dict(_found(text, (army, hts, rebels)))["استعادتها"] == GOVERNMENT


def test_a_protest_described_anew_or_told_of_is_its_own() -> None:
    for text in (
        "أطلقت قوات الأمن النار على متظاهرين في حي القابون. وقال التلفزيون الرسمي إن المظاهرة "
        "المؤيدة للرئيس ضمت مئات الآلاف.",
        "نفت الوزارة أن تكون قوات الأمن أطلقت النار على متظاهرين، وقالت إن المظاهرة انتهت بسلام.",
    ):
        assert ("المظاهرة", ("Protests", "Peaceful protest")) in [
            (s.text, _pair(s)) for s in _suggest(text)
        ], text


def test_the_abducted_named_are_no_abduction_and_air_defence_is_no_shelling() -> None:
    for text in (
        "طالب المجلس بالإفراج الفوري عن جميع المختطفين.",
        "قال المتحدث إن الدفاع الجوي والمدفعي تصدى لطائرة مسيرة فوق القرداحة.",
    ):
        pairs = [pair for _word, pair in _found(text)]
        assert ("Violence against civilians", "Abduction/forced disappearance") not in pairs
        assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in pairs


def test_agreeing_on_a_need_or_a_view_is_no_agreement() -> None:
    for text in ("واتفقا على ضرورة وقف التصعيد.", "بعد وقف القتال اتفقا على أن الوضع مقلق."):
        assert ("Strategic developments", "Agreement") not in [p for _w, p in _found(text)], text


def test_the_headline_s_car_bomb_is_the_body_s_suicide_bombing() -> None:
    text = (
        "«النصرة» تفجّر مفخخة قرب مطار منغ\n\n"
        "فجّر انتحاري من «جبهة النصرة» سيارة مفخخة عند حاجز على الطريق إلى المطار."
    )
    headline = [(s.text, _pair(s)) for s in _suggest(text) if s.end <= text.index("\n")]
    assert headline == [("مفخخة", ("Explosions/Remote violence", "Suicide bomb"))]
    # A suicide bombing in the body with no car bomb (an earlier one): the headline's stays.
    other = (
        "11 قتيلاً بتفجير سيارة مفخخة في جرمانا\n\n"
        "انفجرت سيارة مفخخة قرب السوق. وكانت حرستا قد شهدت تفجيراً انتحارياً، إذ فجّر "
        "انتحاري سيارة محمّلة بالمتفجرات عند حاجز."
    )
    headline = [_pair(s) for s in _suggest(other) if s.end <= other.index("\n")]
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in headline
