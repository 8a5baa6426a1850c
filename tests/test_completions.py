"""What the event form offers as the coder types: built-in names and the project's own."""

from __future__ import annotations

from annotator.services.completions import (
    ActorChoice,
    PlaceChoice,
    SourceChoice,
    actor_choices,
    place_choices,
    source_choices,
)
from annotator.store.database import Project
from annotator.store.lexicon import LexiconItem, merge_entries
from annotator.text.normalize import normalize_key


def _add(project: Project, *items: tuple[str, str, str, str, dict[str, object]]) -> None:
    with project.session() as session:
        merge_entries(
            session,
            [
                LexiconItem(kind, surface, normalize_key(surface), target, origin, value)
                for kind, surface, target, origin, value in items
            ],
        )


def _actor(choices: list[ActorChoice], name: str) -> ActorChoice:
    found = [choice for choice in choices if choice.name == name]
    assert len(found) == 1, f"{name!r} is offered {len(found)} times"
    return found[0]


def test_built_in_actors_carry_their_inter_code_and_both_scripts(project: Project) -> None:
    choices = actor_choices(project)
    names = [choice.name for choice in choices]
    assert names == sorted(names, key=str.casefold)
    assert len(names) == len(set(names))
    hezbollah = _actor(choices, "Hezbollah")
    assert hezbollah.inter == 3
    assert "حزب الله" in hezbollah.aliases
    assert "Hezbollah" not in hezbollah.aliases  # the name itself is no alias
    assert hezbollah.label.startswith("Hezbollah · 3 · ")
    army = _actor(choices, "Military Forces of Syria (2000-)")
    assert army.inter == 1 and "قوات النظام" in army.aliases


def test_project_rows_add_aliases_new_actors_and_corrected_inter(project: Project) -> None:
    _add(
        project,
        # a coder taught a new way of writing a known actor
        ("actor", "عناصر حزب الله اللبناني", "Hezbollah", "learned", {"name": "Hezbollah"}),
        # an imported ACLED file names an actor the built-in lexicon does not know
        (
            "actor",
            "Tribal Militia (Syria)",
            "Tribal Militia (Syria)",
            "acled-import",
            {"inter": "Identity militia", "country": "Syria"},
        ),
        # an associated actor without a type
        ("actor", "Some Clan", "Some Clan", "acled-import", {"country": "Syria"}),
        # what a rejection leaves behind: a doubt, no alias
        ("actor", "الحزب", "Hezbollah", "learned", {}),
    )
    choices = actor_choices(project)
    hezbollah = _actor(choices, "Hezbollah")
    assert "عناصر حزب الله اللبناني" in hezbollah.aliases
    assert "الحزب" not in hezbollah.aliases
    assert hezbollah.inter == 3  # the learned row said nothing about it
    assert _actor(choices, "Tribal Militia (Syria)").inter == 4
    assert _actor(choices, "Some Clan").inter is None
    # The built-in part is unchanged by one project's rows.
    assert "عناصر حزب الله اللبناني" not in _actor(actor_choices(None), "Hezbollah").aliases


def test_places_fill_admin_units_coordinates_and_precision(project: Project) -> None:
    choices = place_choices(project)
    rasafa = [choice for choice in choices if choice.name == "Rasafa"]
    assert rasafa == [
        PlaceChoice(
            name="Rasafa",
            admin1="Ar-Raqqa",
            admin2="Ath-Thawrah",
            admin3="Mansura",
            latitude=35.6325,
            longitude=38.7567,
            geo_precision=1,
            country="Syria",
            aliases=("الرصافة", "رصافة", "رصافة هشام"),
        )
    ]
    assert rasafa[0].label == "Rasafa · Ar-Raqqa › Ath-Thawrah › Mansura · الرصافة"
    # A town and the region coded to it are two choices, told apart by their labels.
    tadmor = [choice for choice in choices if choice.name == "Tadmor"]
    assert sorted(choice.geo_precision for choice in tadmor) == [1, 2, 3]
    assert len({choice.label for choice in choices}) == len(choices)
    assert any("البادية السورية" in c.aliases and c.geo_precision == 3 for c in tadmor)


def test_project_places_learned_and_imported(project: Project) -> None:
    learned = {"name": "Tell Tamer", "admin1": "Al-Hasakeh", "admin2": "Al-Hasakeh",
               "admin3": "Tal Tamer", "latitude": 36.6581, "longitude": 40.3661,
               "geo_precision": 1, "country": "Syria"}  # fmt: skip
    imported = {"location": "Rasafa", "admin1": "Ar-Raqqa", "admin2": "Ath-Thawrah",
                "admin3": "Mansura", "latitude": 35.6325, "longitude": 38.7567,
                "country": "Syria"}  # fmt: skip
    _add(
        project,
        ("place", "تل تمر", "Tell Tamer | Al-Hasakeh | Al-Hasakeh | Tal Tamer", "learned", learned),
        (
            "place",
            "Rasafa",
            "Rasafa | Ar-Raqqa | Ath-Thawrah | Mansura | Syria",
            "acled-import",
            imported,
        ),
        (
            "place",
            "رصافة الرقة",
            "Rasafa | Ar-Raqqa | Ath-Thawrah | Mansura",
            "learned",
            {**imported, "name": "Rasafa"},
        ),
        ("place", "مكان ما", "somewhere", "learned", {"name": "Somewhere"}),  # no coordinates
    )
    choices = place_choices(project)
    tell_tamer = [choice for choice in choices if choice.name == "Tell Tamer"]
    assert len(tell_tamer) == 1
    assert tell_tamer[0].aliases == ("تل تمر",)
    assert (tell_tamer[0].admin3, tell_tamer[0].latitude) == ("Tal Tamer", 36.6581)
    rasafa = [choice for choice in choices if choice.name == "Rasafa"]
    assert len(rasafa) == 1  # the imported and learned rows join the built-in place
    assert "رصافة الرقة" in rasafa[0].aliases
    assert not any(choice.name == "Somewhere" for choice in choices)


def test_sources_with_their_scale(project: Project) -> None:
    _add(
        project,
        ("source", "عنب بلدي", "Enab Baladi", "learned", {"name": "Enab Baladi"}),
        ("source", "Local Page", "Local Page", "learned", {"source_scale": "local partner"}),
    )
    choices = source_choices(project)
    names = [choice.name for choice in choices]
    assert len(names) == len(set(names))
    by_name = {choice.name: choice for choice in choices}
    assert by_name["Local Page"] == SourceChoice("Local Page", "Local partner", ())
    sana = by_name["SANA"]
    assert sana.source_scale == "National"
    assert any("سانا" in alias for alias in sana.aliases)
