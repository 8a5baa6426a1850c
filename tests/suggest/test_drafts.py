"""Draft events: suggestions grouped by sentence into explainable event proposals."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.cues import hierarchy_rank, suggest_event_types
from annotator.suggest.drafts import PUBLISHED_TIME_PRECISION, DraftEvent, draft_events
from tests.conftest import shared_file

PUBLISHED = dt.date(2024, 3, 20)
ARMY = {"name": "Military Forces of Syria (2000-)", "inter": 1}
IS = {"name": "Islamic State (Syria)", "inter": 2}
MILITIA = {"name": "NDF: National Defence Forces", "inter": 3}
GUNMEN = {"name": "Unidentified Armed Group (Syria)", "inter": 3}
CIVILIANS = {"name": "Civilians (Syria)", "inter": 7}
PROTESTERS = {"name": "Protesters (Syria)", "inter": 6}
POLICE = {"name": "Police Forces of Syria (2000-)", "inter": 1}
RUSSIA = {"name": "Military Forces of Russia (2000-)", "inter": 8}


class Article:
    """Hand-made suggestions on a hand-written text, located by phrase."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.suggestions: list[Suggestion] = []

    def add(
        self,
        phrase: str,
        kind: str,
        value: dict[str, Any],
        *,
        occurrence: int = 0,
        confidence: float = 1.0,
    ) -> int:
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.index(phrase, start + 1)
        self.suggestions.append(
            Suggestion(kind, start, start + len(phrase), phrase, value, confidence)
        )
        return len(self.suggestions) - 1

    def event(
        self, phrase: str, event_type: str, sub: str, confidence: float = 0.85, occurrence: int = 0
    ) -> int:
        value = {"event_type": event_type, "sub_event_type": sub}
        return self.add(phrase, "event_type", value, confidence=confidence, occurrence=occurrence)

    def killed(self, phrase: str, count: int, **kw: Any) -> int:
        return self.add(phrase, "casualty", {"count": count, "outcome": "killed"}, **kw)

    def place(
        self,
        phrase: str,
        name: str,
        precision: int,
        admin1: str,
        occurrence: int = 0,
        **admin: str,
    ) -> int:
        value = {"name": name, "geo_precision": precision, "admin1": admin1, **admin}
        return self.add(phrase, "location", value, occurrence=occurrence)

    def date(self, phrase: str, date: str, precision: int = 1) -> int:
        return self.add(phrase, "date", {"date": date, "time_precision": precision})

    def drafts(self, published: dt.date | None = PUBLISHED) -> list[DraftEvent]:
        found = draft_events(self.text, self.suggestions, published)
        _check(self.text, self.suggestions, found)
        return found

    def sentence(self, draft: DraftEvent) -> str:
        return self.text[draft.start : draft.end]


def _check(text: str, suggestions: list[Suggestion], drafts: list[DraftEvent]) -> None:
    rank = hierarchy_rank()
    previous_end = 0
    for draft in drafts:
        assert previous_end <= draft.start < draft.end <= len(text)
        previous_end = draft.end
        assert (draft.event_type, draft.sub_event_type) in rank
        assert draft.fatalities >= 0
        assert all(0 <= i < len(suggestions) for i in draft.evidence)
        assert list(draft.evidence) == sorted(set(draft.evidence))
        used = {i for ids in draft.field_evidence.values() for i in ids}
        assert used == set(draft.evidence)
        for i in draft.evidence:
            assert draft.start <= suggestions[i].start < draft.end or (
                draft.field_evidence.get("date") == (i,)
            )
        json.dumps(draft.as_json(), ensure_ascii=False)


# --------------------------------------------------------------------------- one sentence


def test_a_battle_with_its_actors_place_date_and_dead() -> None:
    article = Article(
        "اشتبك مسلحو التنظيم مع قوات الجيش وميليشيا محلية قرب قرية الحمرا في ريف حمص "
        "يوم الاثنين، وقتل ثلاثة عناصر وأصيب خمسة."
    )
    cue = article.event("اشتبك", "Battles", "Armed clash")
    rebels = article.add("مسلحو التنظيم", "actor", IS)
    army = article.add("قوات الجيش", "actor", ARMY)
    militia = article.add("ميليشيا محلية", "actor", MILITIA)
    village = article.place("قرية الحمرا", "Al-Hamra", 1, "Homs", admin2="Homs")
    article.place("ريف حمص", "Homs countryside", 3, "Homs")
    monday = article.date("يوم الاثنين", "2024-03-18")
    dead = article.killed("ثلاثة", 3)
    article.add("خمسة", "casualty", {"count": 5, "outcome": "injured"})

    [draft] = article.drafts()
    assert (draft.event_type, draft.sub_event_type) == ("Battles", "Armed clash")
    assert draft.start == 0 and draft.end == len(article.text)
    # A state force is actor1; its opponent is the rebel group, not the allied militia.
    assert draft.actor1 is not None and draft.actor1.name == ARMY["name"]
    assert draft.actor1.inter == 1 and draft.actor1.index == army
    assert draft.actor2 is not None and draft.actor2.index == rebels
    assert [a.index for a in draft.other_actors] == [militia]
    assert draft.location is not None and draft.location["name"] == "Al-Hamra"
    assert (draft.date, draft.time_precision) == (dt.date(2024, 3, 18), 1)
    assert draft.fatalities == 3
    assert draft.confidence == 0.85
    assert draft.field_evidence == {
        "event_type": (cue,),
        "actor1": (army,),
        "actor2": (rebels,),
        "other_actors": (militia,),
        "location": (village,),
        "date": (monday,),
        "fatalities": (dead,),
    }
    assert draft.as_json()["actor1"] == {"name": ARMY["name"], "inter": 1, "evidence": army}


def test_violence_against_civilians_puts_the_civilians_second() -> None:
    article = Article("عثر على مدنيين اثنين أعدمهم مسلحون مجهولون قرب البلدة.")
    article.event("أعدمهم", "Violence against civilians", "Attack", 0.75)
    victims = article.add("مدنيين", "actor", CIVILIANS)
    gunmen = article.add("مسلحون مجهولون", "actor", GUNMEN)
    article.killed("اثنين", 2)
    [draft] = article.drafts()
    assert draft.actor1 is not None and draft.actor1.index == gunmen
    assert draft.actor2 is not None and draft.actor2.index == victims
    assert draft.fatalities == 2


def test_protesters_lead_a_protest_event() -> None:
    article = Article("فرقت الشرطة المتظاهرين في ساحة البلدية بالغاز المسيل للدموع.")
    article.event("بالغاز المسيل للدموع", "Protests", "Protest with intervention", 0.8)
    police = article.add("الشرطة", "actor", POLICE)
    crowd = article.add("المتظاهرين", "actor", PROTESTERS)
    [draft] = article.drafts()
    assert draft.actor1 is not None and draft.actor1.index == crowd
    assert draft.actor2 is not None and draft.actor2.index == police


def test_civilians_are_never_a_side_of_a_battle() -> None:
    article = Article("قتل مدني خلال اشتباكات بين قوات الجيش ومسلحين.")
    article.event("اشتباكات", "Battles", "Armed clash")
    article.add("مدني", "actor", CIVILIANS)
    army = article.add("قوات الجيش", "actor", ARMY)
    [draft] = article.drafts()
    assert draft.actor1 is not None and draft.actor1.index == army
    assert draft.actor2 is None and len(draft.other_actors) == 1


def test_the_most_confident_type_of_a_sentence_wins_and_the_rest_are_alternatives() -> None:
    article = Article("شنت طائرات حربية غارات على البلدة بالتزامن مع اشتباكات على أطرافها.")
    article.event("غارات", "Explosions/Remote violence", "Air/drone strike", 0.9)
    article.event("اشتباكات", "Battles", "Armed clash", 0.5)
    [draft] = article.drafts()
    assert draft.sub_event_type == "Air/drone strike"
    assert draft.alternatives == (("Battles", "Armed clash"),)
    # On equal confidence the hierarchy decides.
    article = Article("اشتباكات وغارات على البلدة.")
    article.event("غارات", "Explosions/Remote violence", "Air/drone strike", 0.8)
    article.event("اشتباكات", "Battles", "Armed clash", 0.8)
    assert article.drafts()[0].event_type == "Battles"


# --------------------------------------------------------------------------- grouping


def test_a_continuing_sentence_joins_the_event() -> None:
    article = Article(
        "قتل عنصران في اشتباكات مع مسلحي التنظيم. "
        "كما أصيب عشرة آخرون في بادية الرصافة بحسب الشبكة.\n"
        "وفي خبر آخر افتتحت مدرسة في المدينة."
    )
    article.event("اشتباكات", "Battles", "Armed clash")
    article.killed("عنصران", 2)
    rasafa = article.place("بادية الرصافة", "Rasafa desert", 2, "Ar-Raqqa")
    source = article.add("الشبكة", "source", {"name": "Al-Khabour", "source_scale": "New media"})
    article.add("عشرة", "casualty", {"count": 10, "outcome": "injured"})
    article.place("المدينة", "Ar-Raqqa", 1, "Ar-Raqqa", admin2="Ar-Raqqa")
    [draft] = article.drafts()
    assert article.sentence(draft).endswith("بحسب الشبكة.")
    assert draft.location is not None and draft.location["name"] == "Rasafa desert"
    assert draft.field_evidence["location"] == (rasafa,)
    assert draft.sources == ("Al-Khabour",) and draft.field_evidence["sources"] == (source,)
    assert draft.fatalities == 2


def test_a_lead_and_its_details_are_one_event_counted_once() -> None:
    article = Article(
        "قتل خمسة عناصر في اشتباكات بريف الرقة. "
        "وقالت الشبكة إن اثنين من الميليشيا وثلاثة من الجيش قتلوا في الاشتباكات قرب الكرامة."
    )
    article.event("اشتباكات", "Battles", "Armed clash")
    article.event("الاشتباكات", "Battles", "Armed clash")
    lead = article.killed("خمسة", 5)
    article.killed("اثنين", 2)
    article.killed("ثلاثة", 3)
    article.place("ريف الرقة", "Raqqa countryside", 3, "Ar-Raqqa")
    article.place("الكرامة", "Al-Karama", 1, "Ar-Raqqa", admin2="Ar-Raqqa")
    [draft] = article.drafts()
    # The details break the lead's total down: the lowest figure the report supports is 5.
    assert draft.fatalities == 5 and draft.field_evidence["fatalities"] == (lead,)
    assert draft.location is not None and draft.location["name"] == "Al-Karama"


def test_the_largest_sentence_total_is_kept() -> None:
    article = Article("اشتباكات قتل فيها عنصر. اشتباكات قتل فيها اثنان وثلاثة.")
    article.event("اشتباكات", "Battles", "Armed clash")
    article.event("اشتباكات", "Battles", "Armed clash", occurrence=1)
    article.killed("عنصر", 1)
    two = article.killed("اثنان", 2)
    three = article.killed("ثلاثة", 3)
    article.killed("اثنان", 2)  # the same span twice: counted once
    [draft] = article.drafts()
    assert draft.fatalities == 5 and draft.field_evidence["fatalities"] == (two, three)


def test_different_places_or_types_are_different_events() -> None:
    article = Article("اشتباكات في قرية الحمرا. اشتباكات في قرية الزهراء. اعتقالات في الزهراء.")
    article.event("اشتباكات", "Battles", "Armed clash")
    article.event("اشتباكات", "Battles", "Armed clash", occurrence=1)
    article.event("اعتقالات", "Strategic developments", "Arrests", 0.75)
    article.place("قرية الحمرا", "Al-Hamra", 1, "Homs")
    article.place("قرية الزهراء", "Az-Zahra", 1, "Homs")
    drafts = article.drafts()
    assert [(d.sub_event_type, d.location and d.location["name"]) for d in drafts] == [
        ("Armed clash", "Al-Hamra"),
        ("Armed clash", "Az-Zahra"),
        ("Arrests", None),
    ]


def test_a_dated_background_sentence_does_not_join_bridge_or_lend_its_date() -> None:
    article = Article(
        "اشتباكات عنيفة في بادية الرقة. "
        "وكانت القوات أطلقت حملة في المنطقة منذ مطلع شباط. "
        "واشتباكات أخرى في بادية الرقة."
    )
    article.event("اشتباكات", "Battles", "Armed clash")
    article.place("بادية الرقة", "Raqqa desert", 3, "Ar-Raqqa")
    article.date("مطلع شباط", "2024-02-05", 3)
    article.event("اشتباكات", "Battles", "Armed clash", occurrence=1)
    article.place("بادية الرقة", "Raqqa desert", 3, "Ar-Raqqa", occurrence=1)
    first, second = article.drafts()
    assert article.sentence(first) == "اشتباكات عنيفة في بادية الرقة."
    assert article.sentence(second) == "واشتباكات أخرى في بادية الرقة."
    for draft in (first, second):
        assert (draft.date, draft.time_precision) == (PUBLISHED, PUBLISHED_TIME_PRECISION)
        assert "date" not in draft.field_evidence


def test_an_undated_group_takes_the_date_of_its_same_type_details() -> None:
    article = Article("اشتباكات في الريف. وقعت الاشتباكات يوم الأحد.")
    article.event("اشتباكات", "Battles", "Armed clash")
    article.event("الاشتباكات", "Battles", "Armed clash")
    sunday = article.date("يوم الأحد", "2024-03-17")
    [draft] = article.drafts()
    assert (draft.date, draft.field_evidence["date"]) == (dt.date(2024, 3, 17), (sunday,))


# --------------------------------------------------------------------------- dates


def test_dates_fall_back_to_the_previous_event_then_the_publication() -> None:
    article = Article(
        "يوم السبت الماضي شنت طائرات غارات على البلدة. كما اعتقلت القوات عشرة أشخاص.\n"
        "اشتباكات في الريف."
    )
    saturday = article.date("يوم السبت الماضي", "2024-03-16")
    article.event("غارات", "Explosions/Remote violence", "Air/drone strike", 0.85)
    article.event("اعتقلت", "Strategic developments", "Arrests", 0.75)
    article.event("اشتباكات", "Battles", "Armed clash")
    strike, arrests, battle = article.drafts()
    assert strike.field_evidence["date"] == (saturday,)
    # The report goes on in the same paragraph: the previous event's date.
    assert (arrests.date, arrests.field_evidence["date"]) == (dt.date(2024, 3, 16), (saturday,))
    # Another paragraph: the report's date, "around, as reported".
    assert (battle.date, battle.time_precision) == (PUBLISHED, 2)
    assert "date" not in battle.field_evidence
    # Without a publication date: the nearest earlier date of the article.
    battle = article.drafts(published=None)[-1]
    assert (battle.date, battle.time_precision) == (dt.date(2024, 3, 16), 1)
    article = Article("غارات على المدينة.")
    article.event("غارات", "Explosions/Remote violence", "Air/drone strike", 0.85)
    [alone] = article.drafts(published=None)
    assert (alone.date, alone.time_precision) == (None, None)


def test_the_most_precise_own_date_wins() -> None:
    article = Article("في آذار، وتحديدا يوم 12 منه، اشتباكات في الريف.")
    article.date("آذار", "2024-03-15", 3)
    twelfth = article.date("يوم 12 منه", "2024-03-12", 1)
    article.event("اشتباكات", "Battles", "Armed clash")
    [draft] = article.drafts()
    assert draft.field_evidence["date"] == (twelfth,)


# --------------------------------------------------------------------------- robustness


def test_nothing_to_draft() -> None:
    assert draft_events("", [], PUBLISHED) == []
    article = Article("قتل ثلاثة في بادية الرقة.")
    article.killed("ثلاثة", 3)
    assert article.drafts() == []


def test_malformed_suggestions_are_ignored() -> None:
    text = "اشتباكات في الريف."
    value = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    suggestions = [
        Suggestion("event_type", 0, 8, text[0:8], value, 0.85),
        Suggestion("event_type", 0, 8, text[0:8], {"event_type": "Battles", "sub_event_type": "x"}),
        Suggestion("actor", 50, 60, "", {"name": "Far away", "inter": 1}),
        Suggestion("actor", 9, 11, "في", {"name": "  ", "inter": 1}),
        Suggestion("location", 12, 17, "الريف", {"name": "Rif", "geo_precision": "one"}),
        Suggestion("date", 12, 17, "الريف", {"date": "2024-02-30", "time_precision": 1}),
        Suggestion("date", 12, 17, "الريف", {"date": "2024-02-03", "time_precision": True}),
        Suggestion("casualty", 12, 17, "الريف", {"count": -4, "outcome": "killed"}),
        Suggestion("casualty", 12, 17, "الريف", {"count": True, "outcome": "killed"}),
        Suggestion("weather", 12, 17, "الريف", {}),
    ]
    [draft] = draft_events(text, suggestions, PUBLISHED)
    _check(text, suggestions, [draft])
    assert draft.actor1 is None and draft.fatalities == 0
    assert draft.location is not None and draft.location["name"] == "Rif"  # precision read as 3
    assert draft.date == PUBLISHED and draft.evidence == (0, 4)


_VALUES: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "event_type": st.sampled_from(
        [{"event_type": e, "sub_event_type": s} for e, s in hierarchy_rank()]
    ),
    "actor": st.fixed_dictionaries(
        {"name": st.sampled_from(["A", "B", "C", ""]), "inter": st.integers(0, 9)}
    ),
    "location": st.fixed_dictionaries(
        {
            "name": st.sampled_from(["P", "Q", "R"]),
            "admin1": st.sampled_from(["H", "R", ""]),
            "geo_precision": st.integers(0, 4),
        }
    ),
    "date": st.fixed_dictionaries(
        {
            "date": st.dates(dt.date(2020, 1, 1), dt.date(2025, 1, 1)).map(str),
            "time_precision": st.integers(1, 3),
        }
    ),
    "casualty": st.fixed_dictionaries(
        {"count": st.integers(0, 50), "outcome": st.sampled_from(["killed", "injured"])}
    ),
    "source": st.fixed_dictionaries({"name": st.sampled_from(["S", "T"])}),
}


@st.composite
def _articles(draw: st.DrawFn) -> tuple[str, list[Suggestion]]:
    pieces = st.sampled_from(["كلمة", " ", ". ", "\n", "؟", "😢", "\ud800", "3.5", "\u200f"])
    text = "".join(draw(st.lists(pieces, max_size=30)))
    suggestions = []
    for _ in range(draw(st.integers(0, 15))):
        kind = draw(st.sampled_from(sorted(_VALUES)))
        start = draw(st.integers(-2, len(text) + 2))
        end = draw(st.integers(start, len(text) + 3))
        value: dict[str, Any] = draw(_VALUES[kind])
        confidence = draw(st.floats(0.01, 1.0))
        suggestions.append(Suggestion(kind, start, end, text[start:end], value, confidence))
    return text, suggestions


@settings(max_examples=300)
@given(_articles(), st.one_of(st.none(), st.dates()))
def test_any_suggestions_give_consistent_drafts(
    case: tuple[str, list[Suggestion]], published: dt.date | None
) -> None:
    text, suggestions = case
    drafts = draft_events(text, suggestions, published)
    _check(text, suggestions, drafts)
    typed = {i for i, s in enumerate(suggestions) if s.kind == "event_type"}
    for draft in drafts:
        assert set(draft.field_evidence["event_type"]) <= typed


# --------------------------------------------------------------------------- the seed article


def test_the_seed_article_with_hand_made_suggestions() -> None:
    """The cues of this project, and actors, places, dates and dead placed by hand."""
    article = Article(shared_file("corpus", "seed_article_ar.txt").read_text(encoding="utf-8"))
    article.suggestions.extend(suggest_event_types(SuggestContext.of(article.text)))
    article.add("تنظيم “الدولة الإسلامية”", "actor", IS)
    article.add("قوات النظام", "actor", ARMY)
    article.place("بادية الرقة", "Raqqa desert", 3, "Ar-Raqqa")
    article.add("لواء القدس", "actor", {"name": "Liwa al-Quds", "inter": 3})
    article.add("لقوات النظام", "actor", ARMY)
    article.killed("عنصرين", 2)
    article.killed("خمسة", 5)
    article.add("أكثر من 20", "casualty", {"count": 20, "outcome": "injured"})
    article.place("بادية الرصافة", "Rasafa desert", 2, "Ar-Raqqa")
    article.date("مطلع شباط الماضي", "2024-02-05", 3)
    article.place("خربة المكمان", "Khirbet al-Mukman", 2, "Ar-Raqqa")
    article.add("الطيران الحربي الروسي", "actor", RUSSIA)
    article.date("15 من آذار الحالي", "2024-03-15")
    article.date("6 من آذار الحالي", "2024-03-06")
    article.killed("13 عنصرًا", 13)
    article.place("المحطة الثالثة", "T3 station", 2, "Homs")

    drafts = article.drafts()
    summary = [
        (
            d.sub_event_type,
            d.location["name"] if d.location else None,
            d.date,
            d.fatalities,
            d.actor1.name if d.actor1 else None,
        )
        for d in drafts
    ]
    assert summary == [
        ("Armed clash", "Rasafa desert", PUBLISHED, 7, ARMY["name"]),
        ("Armed clash", "Khirbet al-Mukman", PUBLISHED, 0, None),
        ("Air/drone strike", None, PUBLISHED, 0, RUSSIA["name"]),
        # (the reinforcements of 15 March are no event: the three and the older attack are)
        ("Armed clash", "T3 station", dt.date(2024, 3, 6), 13, None),
    ]
    assert drafts[0].actor2 is not None and drafts[0].actor2.name == IS["name"]
    # The attack on the bus is told twice (the report, then the agency's quote): one event.
    assert "حافلة" in article.sentence(drafts[-1])
