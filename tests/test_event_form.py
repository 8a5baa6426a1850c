"""The event form, driven with real keys and clicks offscreen.

Decision tested here: the form emits what the coder entered (a number when the text reads
as one) and never refuses or clamps it; the codebook's validation flags a wrong value
under its field at once.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator.bundled import schemas_dir
from annotator.codebook import Codebook, default_codebook
from annotator.codebook.schema import codebook_from_data
from annotator.services.coding import CodedEvent
from annotator.services.completions import actor_choices, place_choices, source_choices
from annotator.services.duplicates import SimilarEvent
from annotator.services.notes import draft_note
from annotator.ui.event_form import EventForm

Edits = list[tuple[str, object]]

# Popups (combo box lists, completions) on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

CLASH: dict[str, Any] = {
    "event_date": "2024-03-15",
    "time_precision": 1,
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Syria (2000-)",
    "inter1": "State forces",
    "actor2": "Islamic State (Syria)",
    "inter2": "Rebel group",
    "country": "Syria",
    "admin1": "Homs",
    "admin2": "Tadmor",
    "admin3": "Tadmor",
    "location": "Tadmor",
    "latitude": 34.5624,
    "longitude": 38.284,
    "geo_precision": 1,
    "source": "SANA",
    "source_scale": "National",
    "notes": "On 15 March 2024, clashes near Tadmor.",
    "fatalities": 3,
}


def make_form(qtbot: QtBot, codebook: Codebook | None = None) -> EventForm:
    form = EventForm(
        codebook or default_codebook(),
        actor_choices(None),
        place_choices(None),
        source_choices(None),
    )
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    qtbot.waitExposed(form)
    return form


def draft(fields: dict[str, Any] | None = None, status: str = "draft") -> CodedEvent:
    return CodedEvent(id=7, document_id=1, status=status, version=1, fields=dict(fields or {}))


@pytest.fixture
def form(qtbot: QtBot) -> EventForm:
    return make_form(qtbot)


@pytest.fixture
def edits(form: EventForm) -> Edits:
    seen: Edits = []
    form.field_edited.connect(lambda name, value: seen.append((name, value)))
    return seen


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character (STYLE rule 9: keyClicks with Arabic crashes Qt)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def line(form: EventForm, name: str) -> QLineEdit:
    widget = form.editor(name)
    assert isinstance(widget, QLineEdit)
    return widget


def combo(form: EventForm, name: str) -> QComboBox:
    widget = form.editor(name)
    assert isinstance(widget, QComboBox)
    return widget


def items(box: QComboBox) -> list[Any]:
    return [box.itemData(i) for i in range(box.count()) if box.itemData(i) is not None]


def choose(qtbot: QtBot, box: QComboBox, value: object) -> None:
    """Open the combo box's list and click the entry holding ``value``."""
    index = box.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_F4)  # opened by key, the list takes the first click
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    view.scrollTo(box.model().index(index, 0))
    rect = view.visualRect(box.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def complete(qtbot: QtBot, form: EventForm, name: str, typed: str, row: int = 0) -> None:
    """Type into a field and pick a row of its completion popup with the keyboard."""
    editor = line(form, name)
    editor.setFocus()
    type_text(editor, typed)
    completer = form.completer(name)
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


# --------------------------------------------------------------------------- building


def test_every_codebook_field_gets_an_editor_of_its_type(form: EventForm) -> None:
    codebook = default_codebook()
    for spec in codebook.fields:
        widget = form.editor(spec.name)
        assert widget.accessibleName() == spec.label
        if spec.derived or spec.name in ("event_id_cnty", "timestamp"):
            assert isinstance(widget, QLabel), spec.name
        elif spec.type == "choice" or (spec.type == "integer" and spec.vocabulary):
            assert isinstance(widget, QComboBox), spec.name
        elif spec.type == "text":
            assert isinstance(widget, QPlainTextEdit), spec.name
        else:
            assert isinstance(widget, QLineEdit), spec.name
    # Inter codes are shown with the actor types; precisions with their meaning.
    assert combo(form, "inter1").itemText(combo(form, "inter1").findData("State forces")) == (
        "1 · State forces"
    )
    assert combo(form, "time_precision").itemText(1) == "1 · Exact date"


def test_another_codebook_gives_another_form(qtbot: QtBot) -> None:
    data = json.loads((schemas_dir() / "acled.codebook.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["fields"].append(
        {"name": "weapon", "type": "choice", "label": "Weapon", "vocabulary": "weapon"}
    )
    data["vocabularies"]["weapon"] = {
        "label": "Weapons",
        "items": [{"value": "Drone"}, {"value": "Artillery"}],
    }
    data["fields"] = [f for f in data["fields"] if f["name"] != "tags"]
    codebook = codebook_from_data(data, source="test")
    form = make_form(qtbot, codebook)
    assert items(combo(form, "weapon")) == ["Drone", "Artillery"]
    with pytest.raises(KeyError):
        form.editor("tags")


def test_every_control_has_an_accessible_name(form: EventForm) -> None:
    form.show_event(draft(CLASH), [_similar()])
    controls = [
        widget
        for widget in form.findChildren(QWidget)
        if isinstance(widget, QLineEdit | QComboBox | QPlainTextEdit | QPushButton)
        or (isinstance(widget, QLabel) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
    ]
    assert len(controls) >= len(default_codebook().fields)
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_no_event_shows_a_hint_and_a_disabled_form(form: EventForm, edits: Edits) -> None:
    assert form.hint.isVisible()
    assert "press N" in form.hint.text()
    assert not form.fields.isEnabled()
    form.show_event(draft())
    assert not form.hint.isVisible()
    assert form.fields.isEnabled()
    form.show_event(None)
    assert not form.fields.isEnabled()
    assert edits == []


# --------------------------------------------------------------------------- filling


def test_show_event_fills_every_widget_and_never_emits(qtbot: QtBot, form: EventForm) -> None:
    with qtbot.assertNotEmitted(form.field_edited):
        form.show_event(draft(CLASH))
        form.show_event(draft({**CLASH, "event_type": "Riots", "sub_event_type": "Mob violence"}))
        form.show_event(draft(CLASH))
    assert line(form, "actor1").text() == "Military Forces of Syria (2000-)"
    assert combo(form, "inter1").currentData() == "State forces"
    assert combo(form, "sub_event_type").currentData() == "Armed clash"
    assert combo(form, "geo_precision").currentData() == "1"
    assert line(form, "latitude").text() == "34.5624"
    assert line(form, "fatalities").text() == "3"
    notes = form.editor("notes")
    assert isinstance(notes, QPlainTextEdit)
    assert notes.toPlainText() == CLASH["notes"]
    # Derived fields, read-only.
    interaction = form.editor("interaction")
    assert isinstance(interaction, QLabel)
    assert interaction.text() == "State forces-Rebel group"
    year = form.editor("year")
    assert isinstance(year, QLabel) and year.text() == "2024"
    disorder = form.editor("disorder_type")
    assert isinstance(disorder, QLabel) and disorder.text() == "Political violence"
    assert all(form.message(spec.name) == "" for spec in default_codebook().fields)


def test_a_stored_value_outside_the_list_is_shown_and_flagged(form: EventForm) -> None:
    form.show_event(draft({**CLASH, "country": "Atlantis"}))
    box = combo(form, "country")
    assert box.currentData() == "Atlantis"
    assert "not in the list" in box.currentText()
    assert "country 'Atlantis'" in form.message("country")


# --------------------------------------------------------------------------- editing


def test_event_type_restricts_sub_event_types(qtbot: QtBot, form: EventForm, edits: Edits) -> None:
    form.show_event(draft())
    sub_types = combo(form, "sub_event_type")
    assert len(items(sub_types)) == 25  # every sub-event type while no event type is chosen
    choose(qtbot, combo(form, "event_type"), "Riots")
    assert items(sub_types) == ["Violent demonstration", "Mob violence"]
    assert edits == [("event_type", "Riots")]
    choose(qtbot, sub_types, "Mob violence")
    assert edits[-1] == ("sub_event_type", "Mob violence")
    disorder = form.editor("disorder_type")
    assert isinstance(disorder, QLabel) and disorder.text() == "Political violence"
    # Another event type drops the sub-event type that no longer belongs.
    choose(qtbot, combo(form, "event_type"), "Protests")
    assert edits[-2:] == [("event_type", "Protests"), ("sub_event_type", None)]
    assert sub_types.currentData() is None
    assert "Peaceful protest" in items(sub_types)


def test_a_sub_event_type_chosen_first_sets_its_event_type(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    choose(qtbot, combo(form, "sub_event_type"), "Air/drone strike")
    assert edits == [
        ("event_type", "Explosions/Remote violence"),
        ("sub_event_type", "Air/drone strike"),
    ]
    assert combo(form, "event_type").currentData() == "Explosions/Remote violence"


def test_choosing_an_actor_typed_in_arabic_fills_its_type(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    complete(qtbot, form, "actor1", "حزب الله")
    assert edits == [("actor1", "Hezbollah"), ("inter1", "Political militia")]
    assert line(form, "actor1").text() == "Hezbollah"
    assert combo(form, "inter1").currentData() == "Political militia"
    assert form.message("actor1") == form.message("inter1") == ""


def test_an_actor_found_by_english_alias_and_clearing_it_clears_its_type(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    complete(qtbot, form, "actor2", "hizbollah")
    assert edits == [("actor2", "Hezbollah"), ("inter2", "Political militia")]
    editor = line(form, "actor2")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits[-2:] == [("actor2", None), ("inter2", None)]
    assert combo(form, "inter2").currentData() is None


def test_picking_a_place_fills_admin_units_coordinates_and_precision(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    complete(qtbot, form, "location", "الرصافة")
    assert edits == [
        ("location", "Rasafa"),
        ("admin1", "Ar-Raqqa"),
        ("admin2", "Ath-Thawrah"),
        ("admin3", "Mansura"),
        ("latitude", 35.6325),
        ("longitude", 38.7567),
        ("geo_precision", 1),
        ("country", "Syria"),
    ]
    assert line(form, "location").text() == "Rasafa"
    assert line(form, "admin2").text() == "Ath-Thawrah"
    assert line(form, "longitude").text() == "38.7567"
    assert combo(form, "geo_precision").currentData() == "1"
    assert combo(form, "country").currentData() == "Syria"
    region = form.editor("region")
    assert isinstance(region, QLabel) and region.text() == "Middle East"


def test_a_region_coded_to_a_town_keeps_its_precision(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    complete(qtbot, form, "location", "البادية السورية")
    assert ("location", "Tadmor") in edits
    assert ("geo_precision", 3) in edits


def test_picking_sources_fills_the_source_scale(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    complete(qtbot, form, "source", "سانا")
    assert edits == [("source", "SANA"), ("source_scale", "National")]
    type_text(line(form, "source"), "; ")
    complete(qtbot, form, "source", "فرانس")
    assert line(form, "source").text() == "SANA; AFP"
    assert edits[-2:] == [("source", "SANA; AFP"), ("source_scale", "National-International")]


def test_out_of_range_latitude_is_emitted_as_typed_and_flagged_inline(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft(CLASH))
    editor = line(form, "latitude")
    editor.setFocus()
    editor.selectAll()
    type_text(editor, "95.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits == [("latitude", 95.5)]  # not clamped to 90, not refused
    assert form.message("latitude") == "latitude must be between -90 and 90, not '95.5'"
    shown = [
        label.text()
        for label in form.findChildren(QLabel)
        if label.isVisible() and "latitude must be" in label.text()
    ]
    assert shown == ["⚠ latitude must be between -90 and 90, not '95.5'"]  # a sign, not colour
    assert editor.accessibleDescription() == form.message("latitude")
    # Letters never get in; a number field only ever emits numbers, or None when cleared.
    editor.selectAll()
    type_text(editor, "north")
    assert editor.text() == "95.5"
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, "north")
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits[-1] == ("latitude", None)
    assert form.message("latitude") == "latitude is required"
    editor.selectAll()
    type_text(editor, "34.5624")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits[-1] == ("latitude", 34.5624)
    assert form.message("latitude") == ""


def test_fatalities_and_dates_are_checked_as_the_coder_types(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft(CLASH))
    fatalities = line(form, "fatalities")
    fatalities.setFocus()
    fatalities.selectAll()
    type_text(fatalities, "-2")
    qtbot.keyClick(fatalities, Qt.Key.Key_Tab)
    assert edits == [("fatalities", -2)]
    assert "fatalities must be 0 or more" in form.message("fatalities")
    date = line(form, "event_date")
    date.setFocus()
    date.selectAll()
    type_text(date, "2024-02-30")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert edits[-1] == ("event_date", "2024-02-30")
    assert "not a real date" in form.message("event_date")
    year = form.editor("year")
    assert isinstance(year, QLabel) and year.text() == "—"


def test_the_draft_notes_button_writes_an_english_draft(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    fields = {key: value for key, value in CLASH.items() if key != "notes"}
    form.show_event(draft(fields))
    assert "notes is required" in form.message("notes")
    button = form.draft_notes_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    expected = draft_note(default_codebook().derive(fields))
    assert expected.startswith("On 15 March 2024, Military Forces of Syria (2000-) clashed with")
    assert edits == [("notes", expected)]
    notes = form.editor("notes")
    assert isinstance(notes, QPlainTextEdit) and notes.toPlainText() == expected
    assert form.message("notes") == ""


def test_notes_typed_by_hand_are_committed_when_the_coder_moves_on(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft())
    notes = form.editor("notes")
    notes.setFocus()
    type_text(notes, "Clashes near Tadmor.")
    assert edits == []
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # Tab leaves the notes, it inserts no tab
    assert edits == [("notes", "Clashes near Tadmor.")]


def test_clicking_or_focusing_a_field_asks_for_its_evidence(qtbot: QtBot, form: EventForm) -> None:
    form.show_event(draft(CLASH))
    with qtbot.waitSignal(form.field_activated) as clicked:
        qtbot.mouseClick(line(form, "actor2"), Qt.MouseButton.LeftButton)
    assert clicked.args == ["actor2"]
    with qtbot.waitSignal(form.field_activated) as tabbed:
        qtbot.keyClick(line(form, "actor2"), Qt.Key.Key_Tab)
    assert tabbed.args == ["assoc_actor_2"]
    with qtbot.waitSignal(form.field_activated) as derived:
        qtbot.mouseClick(form.editor("interaction"), Qt.MouseButton.LeftButton)
    assert derived.args == ["interaction"]


def test_a_submitted_event_is_read_only(qtbot: QtBot, form: EventForm, edits: Edits) -> None:
    form.show_event(draft(CLASH, status="submitted"))
    assert form.read_only_note.isVisible()
    assert "submitted" in form.read_only_note.text()
    actor = line(form, "actor1")
    assert actor.isReadOnly()
    actor.setFocus()
    type_text(actor, "x")
    qtbot.keyClick(actor, Qt.Key.Key_Return)
    assert actor.text() == CLASH["actor1"]
    event_type = combo(form, "event_type")
    with qtbot.waitSignal(form.field_activated):  # its evidence can still be seen
        qtbot.mouseClick(event_type, Qt.MouseButton.LeftButton)
    assert not event_type.view().isVisible()
    qtbot.keyClick(event_type, Qt.Key.Key_Down)
    assert event_type.currentData() == "Battles"
    assert form.draft_notes_button is not None and not form.draft_notes_button.isEnabled()
    notes = form.editor("notes")
    assert isinstance(notes, QPlainTextEdit) and notes.isReadOnly()
    assert edits == []


def test_a_refresh_of_the_same_event_keeps_what_the_coder_is_typing(
    qtbot: QtBot, form: EventForm, edits: Edits
) -> None:
    form.show_event(draft(CLASH))
    editor = line(form, "admin3")
    editor.setFocus()
    editor.selectAll()
    type_text(editor, "Tadmor city")
    form.show_event(draft({**CLASH, "fatalities": 4}))  # another field was stored meanwhile
    assert editor.text() == "Tadmor city"
    assert line(form, "fatalities").text() == "4"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits == [("admin3", "Tadmor city")]
    other = CodedEvent(id=8, document_id=1, status="draft", version=1, fields={"admin3": "Duma"})
    form.show_event(other)
    assert editor.text() == "Duma"


def _similar(event_id: int = 42) -> SimilarEvent:
    import datetime as dt

    return SimilarEvent(
        event_id=event_id,
        dataset_id="SYR123",
        status="reference",
        event_date=dt.date(2024, 3, 15),
        location="Tadmor",
        distance_km=0.0,
        shared_actors=("Islamic State (Syria)",),
    )


def test_a_likely_duplicate_is_a_warning_with_a_link(qtbot: QtBot, form: EventForm) -> None:
    form.show_event(draft(CLASH), [_similar(42)])
    assert form.duplicates.isVisible()
    labels = [label for label in form.duplicates.findChildren(QLabel) if label.isVisible()]
    assert len(labels) == 1
    link = labels[0]
    assert link.text().startswith("⚠ ")
    assert "Possible duplicate: SYR123 (reference) on 2024-03-15: Tadmor" in link.accessibleName()
    with qtbot.waitSignal(form.similar_activated) as followed:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(40, link.height() // 2))
    assert followed.args == [42]
    form.show_event(draft(CLASH))
    assert not form.duplicates.isVisible()


def test_a_desk_that_stores_each_edit_and_shows_the_event_again(
    qtbot: QtBot, form: EventForm
) -> None:
    """The main window stores every field_edited and calls show_event with the result."""
    stored: dict[str, Any] = {}
    calls: Edits = []

    def store(name: str, value: object) -> None:
        calls.append((name, value))
        if value is None:
            stored.pop(name, None)
        else:
            stored[name] = value
        form.show_event(draft(stored))

    form.show_event(draft())
    form.field_edited.connect(store)
    complete(qtbot, form, "location", "الرصافة")
    complete(qtbot, form, "actor1", "حزب الله")
    assert stored == {
        "location": "Rasafa",
        "admin1": "Ar-Raqqa",
        "admin2": "Ath-Thawrah",
        "admin3": "Mansura",
        "latitude": 35.6325,
        "longitude": 38.7567,
        "geo_precision": 1,
        "country": "Syria",
        "actor1": "Hezbollah",
        "inter1": "Political militia",
    }
    assert line(form, "admin3").text() == "Mansura"
    assert len(calls) == len(stored)


@pytest.fixture(autouse=True)
def _no_leftover_popups() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.windowType() == Qt.WindowType.Popup:
            widget.hide()
