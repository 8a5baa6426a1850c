"""Duplicate warnings: same day, same place, an actor in common; other coders stay blind."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.services.duplicates import distance_km, find_similar_events
from annotator.store.database import Project
from tests.test_acled_export import CLASH, add_event


def _user_id(project: Project, name: str) -> int:
    import sqlalchemy as sa

    from annotator.store.models import User

    with project.session() as session:
        user_id = session.scalar(sa.select(User.id).where(User.name == name))
    assert user_id is not None
    return user_id


def test_distance_between_two_known_places() -> None:
    palmyra, homs = (34.5603, 38.2805), (34.7324, 36.7137)
    assert distance_km(palmyra, homs) == pytest.approx(144.5, abs=1.5)


@pytest.mark.parametrize(
    ("change", "similar"),
    [
        ({}, True),
        ({"event_date": "2021-03-16"}, True),  # a day later
        ({"event_date": "2021-03-17"}, False),  # two days later
        ({"latitude": 35.70}, True),  # about 8 km north
        ({"latitude": 35.80, "admin2": "Tell Abiad"}, False),  # about 19 km, other district
        ({"latitude": 35.80}, True),  # far, but the same admin2
        ({"actor1": "Military Forces of Russia (2000-)", "assoc_actor_1": ""}, True),  # actor2
        ({"actor1": "Hezbollah", "actor2": "Tribal and Clan Forces", "assoc_actor_1": ""}, False),
    ],
)
def test_what_counts_as_the_same_event(
    project: Project, change: dict[str, Any], similar: bool
) -> None:
    event_id = add_event(project, CLASH, status="reference")
    found = find_similar_events(project, {**CLASH, **change})
    assert [item.event_id for item in found] == ([event_id] if similar else [])


def test_the_warning_names_the_event_and_why(project: Project) -> None:
    add_event(project, {**CLASH, "event_id_cnty": "SYR1"}, status="reference")
    from annotator.store.events import EventFilter, assign_dataset_ids

    assign_dataset_ids(project, EventFilter(statuses=("reference",)), lambda _c: "SYR")
    (item,) = find_similar_events(project, {**CLASH, "latitude": 35.66})
    assert item.distance_km == pytest.approx(3.3, abs=0.2)
    text = item.describe()
    assert "(reference) on 2021-03-15: Rasafa, 3.3 km away" in text
    assert "Islamic State (Syria)" in text and "Military Forces of Syria (2000-)" in text


def test_other_coders_events_stay_blind(project: Project) -> None:
    add_event(project, CLASH, status="submitted", coder="amal")
    own = add_event(project, CLASH, status="draft", coder="basel")
    basel = _user_id(project, "basel")
    assert find_similar_events(project, CLASH) == []
    found = find_similar_events(project, CLASH, coder_id=basel)
    assert [item.event_id for item in found] == [own]
    assert find_similar_events(project, CLASH, coder_id=basel, exclude_event_id=own) == []


def test_a_link_shows_reference_gold_and_own_events_but_never_another_coders(
    project: Project,
) -> None:
    from annotator.services.duplicates import visible_event
    from annotator.store.models import Event, User

    with project.session() as session:
        huda, omar = User(name="huda"), User(name="omar")
        session.add_all([huda, omar])
        session.flush()
        events = {
            status: Event(codebook_id="acled", codebook_version="t", fields={"notes": status},
                          status=status, user_id=(omar.id if status == "submitted" else huda.id))
            for status in ("reference", "gold", "draft", "submitted")
        }  # fmt: skip
        session.add_all(events.values())
        session.flush()
        ids = {status: event.id for status, event in events.items()}
        huda_id = huda.id
    for status in ("reference", "gold", "draft"):
        found = visible_event(project, ids[status], coder_id=huda_id)
        assert found is not None and found.fields == {"notes": status}
    assert visible_event(project, ids["submitted"], coder_id=huda_id) is None
    assert visible_event(project, ids["draft"], coder_id=None) is None
