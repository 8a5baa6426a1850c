"""The event form of the coder's desk, generated from the codebook.

Every field of the codebook gets a row, in the codebook's order, with the editor its type
calls for (see :mod:`annotator.ui.field_editors`); nothing here is written for one field,
except what ties ACLED's fields together when the coder picks from the lexicons:

- an actor (``actorN``) fills its type (``interN``, the vocabulary value of the actor's
  inter code); clearing the actor clears its type;
- a place fills location, admin1-3, latitude, longitude, geo_precision and country;
- a source fills source_scale from the scales of the sources listed;
- a dependent choice (sub_event_type) offers only the values under its parent's value,
  and picking one while the parent is blank sets the parent.

The form emits what the coder entered, as the coder entered it (a number when the text
reads as one); it never refuses or clamps a value. The codebook's validation of the
current values is shown under each field at once, so a wrong value (a latitude of 95) is
stored, flagged inline, and stops the submission later.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.codebook import Codebook, FieldSpec, is_blank
from annotator.services.coding import CodedEvent
from annotator.services.completions import ActorChoice, PlaceChoice, SourceChoice
from annotator.services.duplicates import SimilarEvent
from annotator.services.notes import draft_note
from annotator.ui.field_editors import (
    KEY_ROLE,
    ChoiceEditor,
    Completion,
    Editor,
    LineEditor,
    ReadOnlyEditor,
    SearchCompleter,
    TextEditor,
    make_editor,
    same_value,
    translate,
)

# Fields the system fills (dataset id, import time): shown, never edited.
SYSTEM_FIELDS = ("event_id_cnty", "timestamp")
# The fields a picked place fills, from the place's attributes.
PLACE_FIELDS = (
    ("location", "name"),
    ("admin1", "admin1"),
    ("admin2", "admin2"),
    ("admin3", "admin3"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("geo_precision", "geo_precision"),
    ("country", "country"),
)
LOCATION_FIELD = "location"
SOURCE_FIELD = "source"
SOURCE_SCALE_FIELD = "source_scale"
ACTOR_TYPE_VOCABULARY = "actor_type"
ASSOCIATED_ACTORS_PREFIX = "assoc_actor"
WARNING_SIGN = "⚠"
_PASSING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})


class EventForm(QWidget):
    """One event's fields, generated from the codebook, with inline validation.

    Signals:
        field_edited(str, object): the coder committed an edit of a field (editing
            finished, an item chosen, a completion picked): the field's name and its new
            raw value (``str``, ``int``, ``float``, or ``None`` when cleared). Picking an
            actor, a place or a source emits one signal per field it fills. Never emitted
            while :meth:`show_event` fills the form.
        field_activated(str): the coder clicked or focused a field (the desk flashes its
            evidence in the text).
        similar_activated(int): the coder followed a duplicate warning's link to that
            event id.
    """

    field_edited = Signal(str, object)
    field_activated = Signal(str)
    similar_activated = Signal(int)

    def __init__(
        self,
        codebook: Codebook,
        actors: Sequence[ActorChoice],
        places: Sequence[PlaceChoice],
        sources: Sequence[SourceChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._codebook = codebook
        self._actors = {choice.name: choice for choice in actors}
        self._actor_names = {choice.name.casefold(): choice for choice in actors}
        self._places = {choice.label: choice for choice in places}
        self._place_list = list(places)
        self._sources = {choice.name.casefold(): choice for choice in sources}
        self._event: CodedEvent | None = None
        self._values: dict[str, object] = {}
        self._read_only = False
        self._filling = False
        self._editors: dict[str, Editor] = {}
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, QLabel] = {}
        self._message_texts: dict[str, str] = {}
        self._watched: dict[QObject, str] = {}
        self._descriptions: dict[str, str] = {}
        self.setAccessibleName(self.tr("Event form"))

        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Event"))
        self.title.setWordWrap(True)
        self.hint = QLabel(
            self.tr("No event selected: press N to make one from the current sentence")
        )
        self.hint.setAccessibleName(self.tr("No event selected"))
        self.hint.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setAccessibleName(self.tr("Read-only event"))
        self.read_only_note.setWordWrap(True)
        self.duplicates = QWidget()
        self.duplicates.setAccessibleName(self.tr("Possible duplicates"))
        self._duplicates_layout = QVBoxLayout(self.duplicates)
        self._duplicates_layout.setContentsMargins(0, 0, 0, 0)
        self._duplicate_labels: list[QLabel] = []
        self._similar_shown: list[tuple[int, str]] = []
        self.duplicates.hide()

        self.fields = QWidget()
        self.fields.setAccessibleName(self.tr("Event fields"))
        self._form = QFormLayout(self.fields)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.draft_notes_button: QPushButton | None = None
        for spec in codebook.fields:
            self._add_row(spec)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        scroll.setAccessibleName(self.tr("Event fields"))
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.hint, self.read_only_note, self.duplicates):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        self.show_event(None)

    # ------------------------------------------------------------------ building

    def _add_row(self, spec: FieldSpec) -> None:
        name = spec.name
        label_text = translate(spec.label)
        editor = make_editor(
            spec,
            self._codebook,
            lambda: self._on_editor_committed(name),
            read_only=name in SYSTEM_FIELDS,
        )
        self._editors[name] = editor
        editor.widget.setAccessibleName(label_text)
        editor.widget.setObjectName(f"field_{name}")
        if spec.description:
            editor.widget.setToolTip(translate(spec.description))
        if isinstance(editor, ReadOnlyEditor):
            self._descriptions[name] = (
                self.tr("Computed from other fields")
                if spec.derived
                else self.tr("Set by the system")
            )
        if isinstance(editor, LineEditor):
            self._add_completions(editor)

        label = QLabel(label_text + (" *" if spec.required and not spec.derived else ""))
        label.setBuddy(editor.widget)
        if spec.required and not spec.derived:
            label.setToolTip(self.tr("Required"))
        self._labels[name] = label

        message = QLabel()
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setAccessibleName(self.tr("Problem with {0}").format(label_text))
        message.setStyleSheet("color: palette(highlight);")
        message.hide()
        self._messages[name] = message

        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor.widget)
        if isinstance(editor, TextEditor):
            button = QPushButton(self.tr("Draft notes"))
            button.setAccessibleName(self.tr("Draft notes from the coded fields"))
            button.setToolTip(
                self.tr("Replace the notes with an English draft built from the fields")
            )
            button.clicked.connect(lambda: self._on_draft_button_clicked(name))
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
            self.draft_notes_button = button
        column.addWidget(message)
        self._form.addRow(label, cell)

        for widget in (*editor.focus_widgets, label):
            widget.installEventFilter(self)
            self._watched[widget] = name

    def _add_completions(self, editor: LineEditor) -> None:
        spec = editor.spec
        completions: list[Completion] = []
        if spec.type == "actor" or (
            spec.type == "list" and spec.name.startswith(ASSOCIATED_ACTORS_PREFIX)
        ):
            completions = [Completion(a.name, a.label, a.aliases) for a in self._actors.values()]
        elif spec.name == LOCATION_FIELD:
            completions = [
                Completion(p.name, p.label, p.aliases, key=p.label) for p in self._place_list
            ]
        elif spec.name == SOURCE_FIELD and spec.type == "list":
            completions = [Completion(s.name, s.label, s.aliases) for s in self._sources.values()]
        elif spec.type == "list" and spec.vocabulary is not None:
            vocabulary = self._codebook.vocabulary(spec.vocabulary)
            completions = [Completion(v, translate(v)) for v in vocabulary.values()]
        if not completions:
            return
        completer = editor.set_completions(completions)
        completer.picked.connect(
            lambda index, field=spec.name: self._on_completer_activated(field, index)
        )

    # ------------------------------------------------------------------ public API

    def editor(self, name: str) -> QWidget:
        """The widget that shows field ``name``."""
        return self._editors[name].widget

    def message(self, name: str) -> str:
        """The validation message shown under field ``name`` ("" when there is none)."""
        return self._message_texts.get(name, "")

    def completer(self, name: str) -> SearchCompleter | None:
        """The completer of a line field, if it has one."""
        editor = self._editors[name]
        completer = editor.line.completer() if isinstance(editor, LineEditor) else None
        return completer if isinstance(completer, SearchCompleter) else None

    def current_event(self) -> CodedEvent | None:
        """The event shown (None when none is)."""
        return self._event

    def values(self) -> dict[str, object]:
        """The current raw values, with the coder's edits since the last show_event."""
        return dict(self._values)

    def show_event(self, event: CodedEvent | None, similar: Sequence[SimilarEvent] = ()) -> None:
        """Show an event (None: an empty, disabled form with a hint); emits no field_edited."""
        same_event = self._event is not None and event is not None and self._event.id == event.id
        self._event = event
        self._values = dict(event.fields) if event is not None else {}
        self._read_only = event is not None and event.status != "draft"
        self._filling = True
        try:
            # Dependent choices first get the values under their parent's value.
            for spec in self._codebook.fields:
                if spec.parent is not None:
                    self._offer_children(spec.parent, self._values.get(spec.parent))
            for name, editor in self._editors.items():
                if isinstance(editor, ReadOnlyEditor):
                    continue
                value = self._values.get(name)
                typing = same_event and editor.widget.hasFocus() and not self._read_only
                if typing and not same_value(editor.value(), value):
                    continue  # the coder is typing here; their text stays
                editor.show(value)
                editor.set_read_only(self._read_only)
        finally:
            self._filling = False
        self.hint.setVisible(event is None)
        self.fields.setEnabled(event is not None)
        self.title.setVisible(event is not None)
        if event is not None:
            self.title.setText(self.tr("{0} ({1})").format(event.label(), event.status))
        self.read_only_note.setVisible(self._read_only)
        if event is not None and self._read_only:
            self.read_only_note.setText(
                self.tr(
                    "{0} This event is {1}: it cannot be changed. Reopen the document to edit it."
                ).format(WARNING_SIGN, event.status)
            )
        if self.draft_notes_button is not None:
            self.draft_notes_button.setEnabled(not self._read_only)
        self._show_similar(similar if event is not None else ())
        self._refresh()

    # ------------------------------------------------------------------ showing

    def _show_similar(self, similar: Sequence[SimilarEvent]) -> None:
        shown = [(item.event_id, item.describe()) for item in similar]
        if shown == self._similar_shown:
            return  # unchanged: a link the coder has reached keeps its focus
        self._similar_shown = shown
        for label in self._duplicate_labels:
            self._duplicates_layout.removeWidget(label)
            label.deleteLater()
        self._duplicate_labels = []
        for item in similar:
            text = self.tr("Possible duplicate: {0}").format(item.describe())
            label = QLabel(f'{WARNING_SIGN} <a href="{item.event_id}">{html.escape(text)}</a>')
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setAccessibleName(text)
            label.setAccessibleDescription(self.tr("Opens the other event"))
            label.linkActivated.connect(self._on_duplicate_link_activated)
            self._duplicates_layout.addWidget(label)
            label.show()  # a child added to a shown parent stays hidden otherwise
            self._duplicate_labels.append(label)
        self.duplicates.setVisible(bool(shown))

    def _refresh(self) -> None:
        """Derived values and validation messages for the current values."""
        derived = self._codebook.derive(self._values)
        for name, editor in self._editors.items():
            if isinstance(editor, ReadOnlyEditor):
                editor.show(derived.get(name))
        problems = {}
        if self._event is not None:
            problems = {
                m.field: m.message
                for m in self._codebook.validate(derived)
                if m.field not in SYSTEM_FIELDS
            }
        self._message_texts = problems
        for name, label in self._messages.items():
            text = problems.get(name, "")
            label.setText(f"{WARNING_SIGN} {text}" if text else "")
            label.setVisible(bool(text))
            description = " ".join(t for t in (self._descriptions.get(name, ""), text) if t)
            self._editors[name].widget.setAccessibleDescription(description)

    # ------------------------------------------------------------------ editing

    def _commit(self, changes: Sequence[tuple[str, object]]) -> None:
        """Take the coder's changes (the widgets already show them) and emit those that differ."""
        if self._event is None or self._read_only or self._filling:
            return
        changed: list[tuple[str, object]] = []
        for name, value in changes:
            if same_value(self._values.get(name), value):
                continue
            if is_blank(value):
                self._values.pop(name, None)
            else:
                self._values[name] = value
            changed.append((name, None if is_blank(value) else value))
        self._refresh()
        for name, value in changed:
            self.field_edited.emit(name, value)

    def _show_values(self, changes: Sequence[tuple[str, object]]) -> None:
        self._filling = True
        try:
            for name, value in changes:
                editor = self._editors.get(name)
                if editor is not None and not isinstance(editor, ReadOnlyEditor):
                    editor.show(value)
        finally:
            self._filling = False

    def _on_editor_committed(self, name: str) -> None:
        if self._filling or self._event is None or self._read_only:
            return
        value = self._editors[name].value()
        if same_value(self._values.get(name), value):
            return
        spec = self._codebook.field(name)
        changes: list[tuple[str, object]] = [(name, value)]
        if spec.type == "actor":
            changes += self._actor_type_changes(name, value)
        if name == SOURCE_FIELD:
            changes += self._source_scale_changes(value)
        if spec.parent is not None and not is_blank(value):
            changes = self._parent_changes(spec, value) + changes
        changes += self._children_changes(name, value)
        self._show_values(changes)
        self._commit(changes)

    def _actor_type_changes(self, name: str, value: object) -> list[tuple[str, object]]:
        """The actor's type follows a known actor; it is cleared with the actor."""
        inter_field = "inter" + name.removeprefix("actor")
        if not self._codebook.has_field(inter_field):
            return []
        if is_blank(value):
            return [(inter_field, None)]
        choice = self._actor_names.get(str(value).strip().casefold())
        if choice is None or choice.inter is None:
            return []
        vocabulary = self._codebook.field_vocabulary(inter_field)
        if vocabulary is None or vocabulary.by_code(choice.inter) is None:
            return []
        return [(inter_field, vocabulary.value_for_code(choice.inter))]

    def _source_scale_changes(self, value: object) -> list[tuple[str, object]]:
        """source_scale from the scales of the known sources listed, in order."""
        spec = self._codebook.field(SOURCE_FIELD)
        if not self._codebook.has_field(SOURCE_SCALE_FIELD) or is_blank(value):
            return []
        cut = (spec.separator or ";").strip() or (spec.separator or ";")
        scales: list[str] = []
        for part in str(value).split(cut):
            choice = self._sources.get(part.strip().casefold())
            if choice is not None and choice.source_scale:
                scales += [s for s in choice.source_scale.split("-") if s not in scales]
        scale_separator = self._codebook.field(SOURCE_SCALE_FIELD).separator or "-"
        return [(SOURCE_SCALE_FIELD, scale_separator.join(scales))] if scales else []

    def _parent_changes(self, spec: FieldSpec, value: object) -> list[tuple[str, object]]:
        """Picking a dependent value while its parent is blank sets the parent."""
        assert spec.parent is not None
        vocabulary = self._codebook.field_vocabulary(spec.name)
        item = vocabulary.item(str(value)) if vocabulary is not None else None
        if item is None or item.parent is None or not is_blank(self._values.get(spec.parent)):
            return []
        self._offer_children(spec.parent, item.parent)
        return [(spec.parent, item.parent)]

    def _children_changes(self, parent: str, value: object) -> list[tuple[str, object]]:
        """A new parent value: children offer its values, and lose one that is not among them."""
        changes: list[tuple[str, object]] = []
        for child, editor in self._offer_children(parent, value):
            current = self._values.get(child)
            if not is_blank(current) and str(current) not in editor.offered():
                changes.append((child, None))
        return changes

    def _offer_children(self, parent: str, value: object) -> list[tuple[str, ChoiceEditor]]:
        offered: list[tuple[str, ChoiceEditor]] = []
        for spec in self._codebook.fields:
            editor = self._editors.get(spec.name)
            if spec.parent == parent and isinstance(editor, ChoiceEditor):
                key = None if is_blank(value) else str(value)
                editor.set_items(self._codebook.choices(spec.name, key))
                offered.append((spec.name, editor))
        return offered

    def _on_completer_activated(self, name: str, index: QModelIndex) -> None:
        editor = self._editors[name]
        completer = self.completer(name)
        if self._event is None or self._read_only or completer is None:
            return
        assert isinstance(editor, LineEditor)
        if name == LOCATION_FIELD:
            place = self._places.get(str(index.data(KEY_ROLE) or ""))
            if place is not None:
                self._pick_place(place)
            return
        self._filling = True
        try:
            editor.line.setText(completer.pathFromIndex(index))
        finally:
            self._filling = False
        self._on_editor_committed(name)

    def _pick_place(self, place: PlaceChoice) -> None:
        changes: list[tuple[str, object]] = []
        for name, attribute in PLACE_FIELDS:
            value = getattr(place, attribute)
            if not self._codebook.has_field(name) or (name == "country" and not value):
                continue
            changes.append((name, None if is_blank(value) else value))
        self._show_values(changes)
        self._commit(changes)

    def _on_draft_button_clicked(self, name: str) -> None:
        if self._event is None or self._read_only:
            return
        text = draft_note(self._codebook.derive(self._values))
        self._show_values([(name, text)])
        self._commit([(name, text)])

    def _on_duplicate_link_activated(self, href: str) -> None:
        try:
            event_id = int(href)
        except ValueError:
            return
        self.similar_activated.emit(event_id)

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        name = self._watched.get(watched)
        if name is None or self._event is None:
            return super().eventFilter(watched, event)
        editor = self._editors[name]
        locked = self._read_only and isinstance(editor, ChoiceEditor)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.field_activated.emit(name)
            if watched is self._labels[name] or locked:
                editor.widget.setFocus(Qt.FocusReason.MouseFocusReason)
                return locked or super().eventFilter(watched, event)
        elif kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            if event.reason() != Qt.FocusReason.MouseFocusReason:
                self.field_activated.emit(name)
        elif locked and kind == QEvent.Type.Wheel:
            return True
        elif locked and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return Qt.Key(event.key()) not in _PASSING_KEYS
        return super().eventFilter(watched, event)
