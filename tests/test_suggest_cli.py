"""`annotator suggest` and `annotator evaluate` as a user runs them."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.suggest.pipeline import Pipeline
from tests.conftest import SHARED

GOLD = Path(__file__).parent / "data" / "gold"
KINDS = {"actor", "location", "casualty", "date", "source", "event_type"}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_suggest_prints_the_contract_for_standard_input() -> None:
    text = "قُتل عنصرين من قوات النظام في بادية الرصافة أمس، بحسب شبكة “الخابور”. 😢"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "suggest", "--published", "2021-03-16"],
        input=text.encode("utf-8"), capture_output=True, check=True,
    )  # fmt: skip
    found = json.loads(result.stdout)["suggestions"]
    assert {item["kind"] for item in found} == KINDS - {"event_type"}
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]
    by_kind = {item["kind"]: item["value"] for item in found}
    assert by_kind["casualty"] == {"count": 2, "outcome": "killed", "qualifier": "exact"}
    assert by_kind["date"] == {"date": "2021-03-15", "time_precision": 1}
    assert by_kind["actor"] == {"name": "Military Forces of Syria (2000-)", "inter": 1}


def _suggest_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, published: str
) -> list[dict[str, Any]]:
    """``annotator suggest FILE --published DATE`` on an article: its suggestions, each
    checked to cover its own text."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assert main(["suggest", str(article), "--published", published]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["suggestions"]
    assert all(text[item["start"] : item["end"]] == item["text"] for item in found)
    return found


def _values_by_kind_and_text(found: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
    """Each suggestion's value, by its kind and the text it covers."""
    return {(item["kind"], item["text"]): item["value"] for item in found}


def test_suggest_reads_a_file_and_refuses_what_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("اشتباكات في تدمر", encoding="utf-8")
    assert main(["suggest", str(good), "--drafts"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert [item["kind"] for item in output["suggestions"]] == ["event_type", "location"]
    assert output["drafts"][0]["event_type"] == "Battles"
    bad = tmp_path / "b.txt"
    bad.write_bytes("اشتباكات".encode("cp1256"))
    assert main(["suggest", str(bad)]) == 1
    assert "is not UTF-8 text" in capsys.readouterr().err


def test_suggest_gives_this_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "استهدفت غارتان جويتان مستشفى في حي الشعار بمدينة حلب، ما أدى إلى إصابة ثلاثة من "
        "الكادر الطبي. وأدى الهجوم إلى خروج المستشفى عن الخدمة، وشوهدت الغارات من بعيد."
    )
    found = _suggest_article(tmp_path, capsys, text, "2017-05-01")
    pairs = [(item["kind"], item["text"], item["value"].get("name")) for item in found]
    # The victims named beside their count are civilians; the listed neighbourhood has its
    # English name; every mention of the strikes is highlighted, and the bare attack word
    # is the strikes', no battle.
    assert ("actor", "الكادر الطبي", "Civilians (Syria)") in pairs
    assert ("location", "حي الشعار", "Aleppo - Al Shaar") in pairs
    events = [(item["text"], item["value"]["sub_event_type"]) for item in found
              if item["kind"] == "event_type"]  # fmt: skip
    assert events == [("غارتان جويتان", "Air/drone strike"), ("الغارات", "Air/drone strike")]


def test_suggest_gives_the_sixth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "في 29 كانون الثاني 2018 استهدفت غارة جوية سوق البطاطا في مدينة سراقب، ما أسفر عن "
        "سقوط 11 مدني و34 جريحاً.\n"
        'وقال الصحفي جميل الحسن: "اليوم صباحاً قُصف السوق". وأضاف الحسن أن ثلاثة من '
        "أعضاء الكادر الطبي أصيبوا."
    )
    found = _suggest_article(tmp_path, capsys, text, "2018-02-19")
    values = _values_by_kind_and_text(found)
    # Fell before a count is killed; the singular counted is its victims.
    assert values["casualty", "11"]["outcome"] == "killed"
    assert values["actor", "مدني"]["name"] == "Civilians (Syria)"
    assert values["actor", "أعضاء الكادر الطبي"]["name"] == "Civilians (Syria)"
    # The witness's today is the attack's day; the journalist is named again.
    assert values["date", "اليوم"]["date"] == "2018-01-29"
    assert values["source", "الحسن"]["name"] == "Jamil al-Hassan"


def test_suggest_gives_the_fifteenth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "قتل خمسة مدنيين بانفجار سيارة مفخخة في بلدة تل شهاب.\n"
        "وقال مدير المرصد، رامي عبد الرحمن، إن المسلحين هاجموا دورية لـ«قسد» قبل ذلك، "
        "فيما نفت دمشق الاتهامات. وقال الأهالي إنهم هرعوا بعد دقائق من الانفجار."
    )
    found = _suggest_article(tmp_path, capsys, text, "2023-06-15")
    pairs = {(item["kind"], item["text"]) for item in found}
    # The spokesman named after his body is the source, not the body; the group after
    # its ل is no source; the capital for its government is no place; the residents who
    # speak are no party; the explosion named again is no second event.
    assert ("source", "رامي عبد الرحمن") in pairs
    assert not {("source", "المرصد"), ("source", "قسد"), ("location", "دمشق")} & pairs
    assert ("actor", "الأهالي") not in pairs
    events = [item["text"] for item in found if item["kind"] == "event_type"]
    assert events == ["سيارة مفخخة"]


def test_suggest_gives_the_sixteenth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "قُتل شابان برصاص مسلحين مجهولين في مدينة طفس، التي تشهد اغتيالات منذ سيطرة "
        "القوات الحكومية عليها. وقال شهود إن المسلحين فروا، وإن الأهالي تجمعوا بشكل سلمي.\n"
        "وقالت وكالة سانا إن وحدات الهندسة فككت أمس عدداً من العبوات الناسفة في المنطقة."
    )
    found = _suggest_article(tmp_path, capsys, text, "2021-03-24")
    values = _values_by_kind_and_text(found)
    # The gunmen named again are those named before; ground taken told as a time since
    # is a territory change; a word after a noun of manner is no place; a dismantling
    # verb with its object further on is disrupted weapons use, with no IED beside it.
    assert values["actor", "المسلحين"]["name"] == "Unidentified Armed Group (Syria)"
    assert values["event_type", "سيطرة"]["sub_event_type"] == "Government regains territory"
    assert ("location", "سلمي") not in values
    events = [item["text"] for item in found if item["kind"] == "event_type"]
    assert "فككت" in events and "العبوات الناسفة" not in events


def test_suggest_gives_the_seventeenth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "الفصائل تنهب محاصيل الزيتون\n\n"
        "الدوحة - الشرق - وكالات\n\n"
        "قال الدفاع المدني إن طفلاً قُتل وأصيب العشرات جراء قصف على الطريق الواصل بين "
        "بلدتي طفس والمزيريب، في المنطقة التي تشهد توتراً منذ مطلع الشهر الجاري."
    )
    found = _suggest_article(tmp_path, capsys, text, "2021-03-24")
    values = _values_by_kind_and_text(found)
    # Looting in the present tense; the Doha daily by its dateline's city; one person
    # as a reported clause's subject; a vague count told with its cause; the two ends
    # of a road are no places; a recent month after since is no event date.
    assert values["event_type", "تنهب"]["sub_event_type"] == "Looting/property destruction"
    assert values["source", "الشرق"]["name"] == "Al-Sharq"
    assert values["casualty", "طفلاً"] == {"count": 1, "outcome": "killed", "qualifier": "exact"}
    assert values["casualty", "العشرات"]["outcome"] == "injured"
    assert not [item for item in found if item["kind"] == "location"]
    assert not [item for item in found if item["kind"] == "date"]


def test_suggest_reads_backers_soldiers_and_quoted_outlets_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "تركيا تقصف مواقع النظام\n\n"
        "دمشق ـ «السفير»\n\n"
        "واصل الجيش التركي وفصائل سورية موالية له هجومهما، وأسفرت غارة عن مقتل 33 جندياً "
        "تركياً. وقال السفير الروسي إن المحادثات مستمرة، فيما قالت «قسد» المدعومة من "
        "التحالف الدولي إن قواتها صدت الهجوم."
    )
    found = _suggest_article(tmp_path, capsys, text, "2020-02-28")
    values = _values_by_kind_and_text(found)
    # The groups a force backs are its backers; a soldier counted in the accusative is
    # his state's; an outlet named by a common word only where quoted or a dateline's;
    # a group's backer is no party to what the group does.
    assert values["actor", "فصائل سورية موالية له"]["name"] == "JWS: Syrian National Army"
    assert values["actor", "جندياً تركياً"]["name"] == "Military Forces of Turkey (2016-)"
    sources = [(item["text"], item["value"]["name"]) for item in found if item["kind"] == "source"]
    assert ("السفير", "As-Safir") in sources and len([s for s in sources if s[0] == "السفير"]) == 1
    actors = [item["value"]["name"] for item in found if item["kind"] == "actor"]
    assert "Global Coalition Against Daesh" not in actors


def test_suggest_reads_the_twentieth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "تركيا تصعّد شمالي سوريا.. غارات جوية تقتل العشرات\n\n"
        "دمشق (فارس)\n\n"
        "سقطت قذائف على مدينة الهرمل، ما أدى إلى إصابة ثلاثة مدنيين بجروح. وأعلنت وزارة "
        "الدفاع التركية «تحييد» 184 إرهابياً خلال العملية."
    )
    found = _suggest_article(tmp_path, capsys, text, "2022-11-21")
    values = _values_by_kind_and_text(found)
    # Civilians hurt across the border are that country's; a command claiming its own
    # strikes is its forces and the terrorists it neutralises the YPG; a headline's
    # escalation names the state; an agency in brackets on a dateline's line.
    assert values["actor", "مدنيين"]["name"] == "Civilians (Lebanon)"
    assert values["actor", "وزارة الدفاع التركية"]["name"] == "Military Forces of Turkey (2016-)"
    assert values["actor", "إرهابياً"]["name"] == "YPG: Peoples Protection Units"
    assert values["actor", "تركيا"]["name"] == "Military Forces of Turkey (2016-)"
    assert values["source", "فارس"]["name"] == "Fars News Agency"


def test_suggest_reads_the_twenty_first_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "مسيّرات تركية تضرب ريف القامشلي\n\n"
        "دمشق ـ «المستقبل» والوكالات\n\n"
        "قتل عنصران فيما استهدفت مسيّرة أخرى محطة للغاز في حي الهلالية بمدينة القامشلي. "
        "وأفاد المرصد السوري لحقوق الإنسان بسقوط قتلى، وبحسب حصيلة أوردها المرصد فإن "
        "قسد فقدت أربعة من مقاتليها. ونقلت وكالة «فرانس برس» عن الأمم المتحدة أن "
        "النازحين بالآلاف."
    )
    found = _suggest_article(tmp_path, capsys, text, "2023-01-20")
    values = _values_by_kind_and_text(found)
    # A dateline's outlet with the wires after it; the monitor named again after its toll;
    # who an outlet passed on
    assert values["source", "المستقبل"]["name"] == "Al-Mustaqbal"
    assert values["source", "المرصد"]["name"] == "SOHR"
    assert values["source", "الأمم المتحدة"]["name"] == "United Nations"
    # A drone named alone beside its strike; Qamishli's neighbourhood in English; the
    # fighters a party lost, killed
    assert values["event_type", "مسيّرة"]["sub_event_type"] == "Air/drone strike"
    assert values["location", "حي الهلالية"]["name"] == "Quamishli - Al Hilaliyeh"
    assert values["casualty", "أربعة"] == {"count": 4, "outcome": "killed", "qualifier": "exact"}


def test_a_learned_name_is_suggested_in_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    learned = tmp_path / "learned.jsonl"
    learned.write_text(
        json.dumps({"kind": "actor", "surface": "كتيبة الصقور", "target": "Suqur Battalion",
                    "value": {"inter": 2}}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    text = tmp_path / "t.txt"
    text.write_text("هاجمت كتيبة الصقور موقعا", encoding="utf-8")

    def actors() -> list[dict[str, object]]:
        found = json.loads(capsys.readouterr().out)["suggestions"]
        return [item for item in found if item["kind"] == "actor"]

    assert main(["suggest", "--db", str(db), str(text)]) == 0
    assert actors() == []
    assert main(["lexicon", "import", "--db", str(db), str(learned)]) == 0
    capsys.readouterr()
    assert main(["suggest", "--db", str(db), str(text)]) == 0
    (found,) = actors()
    assert (found["text"], found["value"]) == (
        "كتيبة الصقور",
        {"name": "Suqur Battalion", "inter": 2},
    )


def test_evaluate_scores_each_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "قتل 3 عناصر من قوات النظام في تدمر"
    gold = tmp_path / "gold.jsonl"
    regime = {"name": "Military Forces of Syria (2000-)", "inter": 1}
    spans = [
        {"kind": "casualty", "start": 4, "end": 11, "value": {"count": 3, "outcome": "killed"}},
        {"kind": "actor", "start": 15, "end": 26, "value": regime},
        {"kind": "location", "start": 30, "end": 34, "value": {"name": "Palmyra"}},  # wrong name
    ]
    record = {"id": "t", "text": text, "published": "2021-03-16", "spans": spans}
    gold.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(gold), "--format", "json"]) == 0
    kinds = json.loads(capsys.readouterr().out)["kinds"]
    assert kinds["casualty"]["f1"] == 1.0
    assert kinds["actor"]["f1"] == 1.0
    assert (kinds["location"]["gold"], kinds["location"]["matched"]) == (1, 0)
    assert kinds["all"]["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_evaluate_refuses_a_malformed_gold_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "t", "text": "نص", "spans": [{"kind": "weapon"}]}\n', encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 1
    assert f"{gold}:1:" in capsys.readouterr().err


def test_the_shipped_gold_files_evaluate(capsys: pytest.CaptureFixture[str]) -> None:
    files = [GOLD / "demo.gold.jsonl"]
    if (SHARED / "corpus" / "seed_article_ar.txt").exists():
        files.append(GOLD / "seed.gold.jsonl")
    for path in files:
        assert main(["evaluate", str(path)]) == 0
        table = capsys.readouterr().out
        assert all(f"\n{kind}" in table for kind in ("actor", "location", "casualty", "date"))


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("قتل ٣ عناصر من قوات النظام في بادية الرقة أمس “الدولة” 15 آذار\n")),
        st.sampled_from(["😢", "\u200f", "\u202b", "\x00", "\ud800", "ﻻ", "﴿", "A", "é"]),
        st.characters(),
    ),
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(_ANY_TEXT)
def test_any_text_gives_exact_spans(pipeline: Pipeline, text: str) -> None:
    for item in pipeline.suggest(text):
        assert item.text == text[item.start : item.end]
        assert 0 <= item.start < item.end <= len(text)


def test_empty_and_non_arabic_texts(pipeline: Pipeline) -> None:
    assert pipeline.suggest("") == []
    assert pipeline.suggest("Clashes in Palmyra killed 3 soldiers, 2021-03-15.") is not None


def test_a_large_text_gives_exact_spans(pipeline: Pipeline) -> None:
    paragraph = (GOLD / "demo.gold.jsonl").read_text(encoding="utf-8")
    text = "".join(json.loads(line)["text"] for line in io.StringIO(paragraph)) * 60
    found = pipeline.suggest(text)
    assert len(text) > 100_000 and len(found) > 1000
    assert all(item.text == text[item.start : item.end] for item in found)


@pytest.mark.slow
def test_ten_megabytes_of_text_give_exact_spans(pipeline: Pipeline) -> None:
    demo = (GOLD / "demo.gold.jsonl").read_text(encoding="utf-8").splitlines()
    base = "".join(json.loads(line)["text"] + "\n" for line in demo)
    text = (base * (10_000_000 // len(base) + 1))[:10_000_000]
    found = pipeline.suggest(text)
    assert len(found) > 200_000
    assert all(item.text == text[item.start : item.end] for item in found)


def test_a_place_inside_an_outlet_or_a_group_name_is_no_location(pipeline: Pipeline) -> None:
    text = "ونقلت شبكة المعرة الآن أن الطائرات قصفت معرة النعمان"
    found = [(s.kind, s.text) for s in pipeline.suggest(text) if s.kind in {"source", "location"}]
    assert found == [("source", "شبكة المعرة الآن"), ("location", "معرة النعمان")]


def test_today_in_an_outlet_name_is_no_date(pipeline: Pipeline) -> None:
    text = "نشرت قناة حلب اليوم مقطعًا، وقالت روسيا اليوم إن الطائرات قصفت المدينة"
    kinds = [(s.kind, s.text) for s in pipeline.suggest(text, dt.date(2019, 6, 27))]
    assert ("source", "قناة حلب اليوم") in kinds and ("source", "روسيا اليوم") in kinds
    assert not [text for kind, text in kinds if kind == "date"]


def test_the_town_of_a_coordination_committee_is_no_location(pipeline: Pipeline) -> None:
    text = "ونشرت تنسيقية جسر الشغور صورًا للجامع في مدينة جسر الشغور"
    found = [(s.kind, s.text) for s in pipeline.suggest(text) if s.kind in {"source", "location"}]
    assert found == [("source", "تنسيقية جسر الشغور"), ("location", "مدينة جسر الشغور")]


def test_a_cue_inside_an_outlet_name_is_no_event(pipeline: Pipeline) -> None:
    text = "أكدت منظمة حظر الأسلحة الكيميائية أن الطائرات قصفت البلدة بغاز السارين"
    found = [(s.kind, s.text) for s in pipeline.suggest(text) if s.kind in {"source", "event_type"}]
    assert found == [
        ("source", "منظمة حظر الأسلحة الكيميائية"),
        ("event_type", "غاز السارين"),
    ]


def test_suggest_gives_the_seventh_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        'وذكرت شبكة "فرات بوست" أن غارات روسية استهدفت مواقع تنظيم "الدولة" في حي المشلب '
        "في مدينة الرقة بعد منتصف "
        "ليل الأحد-الاثنين، ما أدى إلى مقتل عنصرين وإصابة ثالث. وأضافت الشبكة أن عناصر "
        "التنظيم انسحبوا للرقة."
    )
    found = _suggest_article(tmp_path, capsys, text, "2021-03-16")
    values = _values_by_kind_and_text(found)
    # Strikes attributed to Russia name its air force; the outlet and the group named
    # again are the ones named before; one more person after an outcome is one.
    assert values["actor", "غارات روسية"]["name"] == "Military Forces of Russia (2000-) Air Force"
    assert values["source", "الشبكة"]["name"] == "Euphrates Post"
    assert values["actor", "التنظيم"]["name"] == "Islamic State (Syria)"
    assert values["casualty", "ثالث"] == {"count": 1, "outcome": "injured", "qualifier": "exact"}
    # Raqqa's neighbourhood in English; ل merged with the article: the whole word.
    assert values["location", "حي المشلب"]["name"] == "Ar-Raqqa - Al Mishlab"
    assert values["location", "للرقة"]["name"] == "Ar-Raqqa"
    # After midnight of Sunday to Monday: Monday (published on Tuesday 16 March 2021).
    assert values["date", "منتصف ليل الأحد-الاثنين"]["date"] == "2021-03-15"


def test_suggest_gives_the_eighth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "مقتل جنديين بقصف على أعزاز\n\n"
        "أعزاز/ الأناضول\n\n"
        "أعلنت وزارة الدفاع التركية، الأحد الماضي، مقتل ستة جنود وإصابة ثلاثة عسكريين روس "
        "بتفجير استهدف دورية عسكرية روسية تركية مشتركة. وقال الدفاع المدني السوري "
        "(الخوذ البيضاء) إن قوات النظام، مدعومة بميليشيات موالية لإيران، سيطرت على بلدة "
        "في حي جوبر الدمشقي. واغتال مسلحون مجهولون قيادياً، وقتل وجرح 20 آخرون."
    )
    found = _suggest_article(tmp_path, capsys, text, "2022-11-23")
    values = _values_by_kind_and_text(found)
    # The outlet's dateline, the second name in brackets: sources
    assert values["source", "الأناضول"]["name"] == "Anadolu Agency"
    assert values["source", "الخوذ البيضاء"]["name"] == "Syria Civil Defence"
    # Soldiers counted are their state's forces: the ministry that tells of them names
    # its own; a patrol of two states, one span each
    assert values["actor", "جنود"]["name"] == "Military Forces of Turkey (2016-)"
    assert values["actor", "عسكريين روس"]["name"] == "Military Forces of Russia (2000-)"
    assert values["actor", "تركية"]["name"] == "Military Forces of Turkey (2016-)"
    # The army took the ground, not the militias that backed it
    assert values["event_type", "سيطرت"]["sub_event_type"] == "Government regains territory"
    # A neighbourhood by its city's adjective; the week before, on its Thursday
    assert values["location", "حي جوبر"]["name"] == "Damascus - Jobar"
    assert values["date", "الأحد الماضي"]["date"] == "2022-11-20"
    # One person assassinated; two outcome verbs give both outcomes
    assert values["casualty", "قيادياً"] == {"count": 1, "outcome": "killed", "qualifier": "exact"}
    twenty = sorted(
        i["value"]["outcome"] for i in found if i["kind"] == "casualty" and i["text"] == "20"
    )
    assert twenty == ["injured", "killed"]


def test_suggest_gives_the_ninth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "غارات روسية تحصد أرواح 14 مدنياً... والفصائل تستعيد كفرنبودة\n\n"
        "بيروت - اندبندنت عربية\n\n"
        "بسطت الفصائل سيطرتها على بلدة كفرنبودة، وقالت قسد في بيان إن مقاتليها صدوا "
        "هجوماً قرب مناطق سيطرة «هيئة تحرير الشام». واستقدمت قوات النظام تعزيزات عسكرية. "
        "ووثق المرصد منذ مطلع آذار الجاري مقتل 54 قتيلاً، هم 29 من مقاتلي العشائر "
        "و18 من عناصر قسد، واستقبل المستشفى جثث القتلى الأربعة خلال اليومين الماضيين."
    )
    found = _suggest_article(tmp_path, capsys, text, "2023-03-20")
    values = _values_by_kind_and_text(found)
    # Lives reaped are killings; bare الفصائل are the opposition; the dateline's outlet
    assert values["casualty", "14 مدنياً"]["outcome"] == "killed"
    assert values["actor", "الفصائل"]["name"] == "Opposition Rebels (Syria)"
    assert values["source", "اندبندنت عربية"]["name"] == "Independent Arabia"
    # A party that states something is a source too; the holder of the area no party
    assert values["source", "قسد"]["name"] == "SDF"
    assert ("actor", "هيئة تحرير الشام") not in values
    # Troop movements name no event
    assert ("event_type", "تعزيزات عسكرية") not in values
    # A total broken down gives one count; a figure restated; the last two days
    counts = [item["value"]["count"] for item in found if item["kind"] == "casualty"]
    assert 29 not in counts and 18 not in counts
    assert values["casualty", "الأربعة"] == {"count": 4, "outcome": "killed", "qualifier": "exact"}
    assert values["date", "اليومين الماضيين"] == {"date": "2023-03-19", "time_precision": 2}
    # A month a tally runs from is no event date
    assert ("date", "مطلع آذار الجاري") not in values


def test_suggest_gives_the_tenth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "مقاتلو العشائر يسيطرون على بلدة\n\n"
        'المصدر: "النهار" - دمشق\n\n'
        "قُتل ستة أشخاص، بينهم امرأتان وطفل، بقصف على حيي باب توما والقصاع في دمشق. "
        'وقال جاسم المحمد، أحد وجهاء الحي، لـ"النهار" إن القصف طال المنازل. '
        "واشتبكت مجموعات محلية مسلحة في مدينة جاسم مع خلية للتنظيم، ما أسفر عن مقتل 3 منهم. "
        "وتشهد المنطقة توتراً منذ توقيع اتفاق التسوية."
    )
    found = _suggest_article(tmp_path, capsys, text, "2022-10-18")
    values = _values_by_kind_and_text(found)
    # The headline's present tense takes ground; the outlet of the dateline
    assert values["event_type", "يسيطرون على"]["sub_event_type"] == (
        "Non-state actor overtakes territory"
    )
    assert values["source", "النهار"]["name"] == "An-Nahar"
    # Civilians among the total; each neighbourhood of the list in English
    assert values["actor", "امرأتان"]["name"] == "Civilians (Syria)"
    assert values["actor", "طفل"]["name"] == "Civilians (Syria)"
    assert values["location", "القصاع"]["name"] == "Damascus - Al Qassaa"
    # A person quoted under the English spelling news gives his name
    assert values["source", "جاسم المحمد"]["name"] == "Jasim al-Mohammad"
    # The town's own armed groups are its communal militia; "3 of them" killed
    assert values["actor", "مجموعات محلية مسلحة"]["name"] == "Jasim Communal Militia (Syria)"
    assert values["casualty", "3"] == {"count": 3, "outcome": "killed", "qualifier": "exact"}
    # What happened "since" an agreement is no agreement reported
    agreements = [
        text for (kind, text), value in values.items()
        if kind == "event_type" and value["sub_event_type"] == "Agreement"
    ]  # fmt: skip
    assert agreements == []


def test_suggest_reads_the_twenty_second_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "قتلى برصاص الأمن في درعا\n\n"
        "عمّان – «السبيل»\n\n"
        "ونظم العشرات من أهالي حي الوعر وقفة احتجاجية سلمية ففرّقتها قوات الأمن بالقوة. "
        "وقال أحد السكان في اتصال هاتفي مع «السبيل» إن أكثر من 30 شخصاً قتلوا أو أصيبوا، "
        "رغم اتفاق وقف إطلاق النار الموقع بين روسيا وتركيا."
    )
    found = _suggest_article(tmp_path, capsys, text, "2019-05-03")
    values = _values_by_kind_and_text(found)
    # the security forces by their bullets; the residents who gathered; the parties
    # of a truce between states
    assert values["actor", "الأمن"]["name"] == "Military Forces of Syria (2000-)"
    assert values["actor", "أهالي"]["name"] == "Protesters (Syria)"
    assert values["actor", "تركيا"]["name"] == "Military Forces of Turkey (2016-)"
    # the protest dispersed is one with intervention, and "peaceful" is no town
    assert values["event_type", "وقفة احتجاجية"]["sub_event_type"] == "Protest with intervention"
    assert not [item for item in found if item["kind"] == "location" and item["text"] == "سلمية"]
    # an outlet whose name is a word, in its dateline and interviewed
    assert [item["text"] for item in found if item["kind"] == "source"] == ["السبيل", "السبيل"]
    # killed or injured: a count of each
    outcomes = sorted(
        item["value"]["outcome"]
        for item in found
        if item["kind"] == "casualty" and item["value"]["count"] == 30
    )
    assert outcomes == ["injured", "killed"]


def test_suggest_reads_the_thirty_third_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "قصف على أحياء حمص القديمة\n\n"
        "بغداد - الغدير\n\n"
        "وكان الطيران الحربي قد شنّ غارات على مدينة الرستن، فيما أطلقت قوات الأمن النار على "
        "تظاهرة في حي الوعر، ما أدى إلى مقتل شابين. ونقلت وكالة الأنباء الرسمية (سانا) عن "
        "مصدر أن 68 شخصاً قتلوا في عموم سوريا، بينهم 31 في محافظة حمص."
    )
    found = _suggest_article(tmp_path, capsys, text, "2012-06-12")
    values = _values_by_kind_and_text(found)
    # the air force alone before Russia joined; people shot at a protest
    assert values["actor", "الطيران الحربي"]["name"] == "Military Forces of Syria (2000-)"
    assert values["actor", "شابين"]["name"] == "Protesters (Syria)"
    # an outlet by its bare name in its dateline; a state outlet described before its name
    assert values["source", "الغدير"]["name"] == "Al-Ghadeer TV"
    assert values["source", "وكالة الأنباء الرسمية"]["name"] == "SANA"
    # the part of the toll one governorate had
    assert values["casualty", "31"]["count"] == 31
    # a headline's bare shelling is no event of its own
    assert not [i for i in found if i["kind"] == "event_type" and i["text"] == "قصف"]


def test_suggest_reads_the_thirty_fourth_round_s_readings_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "#يوميات_قذيفة_هاون_في_دمشق\n\n"
        "سقطت قذائف على أحياء دمشق أطلقها مسلحون متحصنون في جوبر، وردّت وحدات الجيش العربي "
        "السوري، ونفّذ سلاح الجو غارات. وأعلنت «كتيبة شهداء دوما» التابعة للجيش السوري الحر "
        "أن مقاتليها استهدفوا حاجزاً. واغتال مسلحون مجهولون مساء أمس مختار بلدة اليادودة."
    )
    found = _suggest_article(tmp_path, capsys, text, "2018-03-05")
    values = _values_by_kind_and_text(found)
    # a page written as a hashtag; a quarter named bare where a place is named
    assert values["source", "يوميات_قذيفة_هاون_في_دمشق"]["name"] == (
        "Diary of a Mortar Shell in Damascus"
    )
    assert values["location", "جوبر"]["name"] == "Damascus - Jobar"
    # the bare air force of the army its sentence names; a unit by what it belongs to
    assert values["actor", "سلاح الجو"]["name"] == "Military Forces of Syria (2000-)"
    assert values["actor", "«كتيبة شهداء دوما»"]["name"] == "Opposition Rebels (Syria)"
    # the title of a place after the killers: one killed, a civilian
    assert values["casualty", "مختار"]["count"] == 1
    assert values["actor", "مختار"]["name"] == "Civilians (Syria)"
