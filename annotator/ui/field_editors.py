"""One editor per codebook field type, and the completers the event form offers.

An :class:`Editor` holds a field's widget and knows how to show a stored value and how to
read back what the coder entered, as the raw value the event form emits:

- ``string``, ``actor``, ``list``, ``date``: the text (``None`` when empty); lists keep
  their separators as typed, dates are ``YYYY-MM-DD`` text;
- ``integer`` / ``number``: an ``int`` / ``float`` when the text reads as one, else the text
  itself (the validator lets through only digits, a sign and a decimal point), so a wrong
  value reaches the codebook's validation, which names the problem inline;
- ``choice`` and integers with a vocabulary (time_precision, geo_precision): a combo box of
  the vocabulary, giving the value (``str`` or ``int``), ``None`` for the blank entry;
- ``text``: a plain-text editor that commits when it loses focus;
- derived and system fields: a read-only label.

Every editor calls ``commit`` when the coder finishes an edit (editing finished, an item
activated), never when a value is shown programmatically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, Final, cast

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QRegularExpressionValidator,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from annotator.codebook import Codebook, FieldSpec, VocabItem, is_blank

__all__ = [
    "KEY_ROLE",
    "ChoiceEditor",
    "Completion",
    "Editor",
    "LineEditor",
    "PlainTextEditor",
    "ReadOnlyEditor",
    "SearchCompleter",
    "TextEditor",
    "display_text",
    "make_editor",
    "same_value",
]

Commit = Callable[[], None]

_INTEGER: Final = re.compile(r"[+-]?[0-9]+")
_NUMBER: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# What a key press may put in a field; partial forms pass, the codebook judges the rest.
_INTEGER_KEYS: Final = r"[+-]?[0-9]*"
_NUMBER_KEYS: Final = r"[+-]?[0-9]*\.?[0-9]*"
_DATE_KEYS: Final = r"[0-9-]{0,10}"


def translate(text: str) -> str:
    """Codebook text (labels, vocabulary labels) through the EventForm translations."""
    return QCoreApplication.translate("EventForm", text)


def display_text(spec: FieldSpec, value: object) -> str:
    """A stored raw value as the coder reads it in a text field."""
    if is_blank(value):
        return ""
    if isinstance(value, list | tuple):
        separator = spec.separator or "; "
        return separator.join(str(part).strip() for part in value if not is_blank(part))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and spec.type == "integer":
        return str(int(value))
    return str(value).strip()


def same_value(a: object, b: object) -> bool:
    """Whether two raw values are the same entry (blank equals blank, 3 equals '3')."""
    if is_blank(a) or is_blank(b):
        return is_blank(a) and is_blank(b)
    if isinstance(a, list | tuple) or isinstance(b, list | tuple):
        return _parts(a) == _parts(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return str(a).strip() == str(b).strip()


def _parts(value: object) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(part).strip() for part in value if not is_blank(part))
    return tuple(part.strip() for part in re.split(r"[;]", str(value)) if part.strip())


# --------------------------------------------------------------------------- completers

SEARCH_ROLE: Final = Qt.ItemDataRole.UserRole + 1
NAME_ROLE: Final = Qt.ItemDataRole.UserRole + 2
KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 3


class Completion:
    """A choice offered in a completer: shown as ``label``, found by ``search``, fills ``name``."""

    __slots__ = ("key", "label", "name", "search")

    def __init__(
        self, name: str, label: str, aliases: Sequence[str] = (), *, key: str | None = None
    ) -> None:
        self.name = name
        self.label = label
        self.key = name if key is None else key
        self.search = " \u2063 ".join([label, name, *aliases])


class SearchCompleter(QCompleter):
    """Case-insensitive, anywhere-in-the-text completion over names and their aliases.

    The popup lists labels; typing matches a choice's name, label or any alias (Arabic or
    English); choosing puts the choice's name in the line edit. With ``separator`` the
    line edit holds a list: only the text after the last separator is completed, and the
    chosen name replaces it.

    Signals:
        picked(QModelIndex): the coder chose a row (an index of the completion model,
            whose ``KEY_ROLE`` names the choice).
    """

    picked = Signal(QModelIndex)

    def __init__(
        self, completions: Sequence[Completion], separator: str | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._separator = separator
        model = QStandardItemModel(self)
        for completion in completions:
            item = QStandardItem(completion.label)
            item.setData(completion.search, SEARCH_ROLE)
            item.setData(completion.name, NAME_ROLE)
            item.setData(completion.key, KEY_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(SEARCH_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        # Both overloads are called "activated"; this one says which row was chosen.
        cast("Any", self.activated)[QModelIndex].connect(self._on_self_activated)

    def _on_self_activated(self, index: QModelIndex) -> None:
        self.picked.emit(index)

    def splitPath(self, path: str) -> list[str]:
        if self._separator is None:
            return [path.strip()]
        return [path.rsplit(self._cut, maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        name = str(index.data(NAME_ROLE) or "")
        if self._separator is None:
            return name
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        kept = [part.strip() for part in text.split(self._cut)[:-1] if part.strip()]
        return self._separator.join([*kept, name])

    @property
    def _cut(self) -> str:
        assert self._separator is not None
        return self._separator.strip() or self._separator


# --------------------------------------------------------------------------- editors


class Editor:
    """A field's widget, how it shows a value and what it gives back."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def show(self, value: object) -> None:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    @property
    def focus_widgets(self) -> tuple[QWidget, ...]:
        """Widgets whose click or focus means the coder is looking at this field."""
        return (self.widget,)


class LineEditor(Editor):
    """string, actor, list, date, integer and number fields: one line of text."""

    def __init__(self, spec: FieldSpec, commit: Commit) -> None:
        super().__init__(spec, QLineEdit())
        self.line: QLineEdit = self.widget  # type: ignore[assignment]
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ACLED values are Latin
        keys = {"integer": _INTEGER_KEYS, "number": _NUMBER_KEYS, "date": _DATE_KEYS}.get(spec.type)
        if keys is not None:
            self.line.setValidator(QRegularExpressionValidator(QRegularExpression(keys), self.line))
        if spec.type == "date":
            self.line.setPlaceholderText(
                QCoreApplication.translate("EventForm", "YYYY-MM-DD", "date format")
            )
        elif spec.type == "list" and spec.separator:
            self.line.setPlaceholderText(
                QCoreApplication.translate("EventForm", "separate several with '{0}'").format(
                    spec.separator.strip() or spec.separator
                )
            )
        self._commit = commit
        self.line.editingFinished.connect(self._on_line_editing_finished)

    def _on_line_editing_finished(self) -> None:
        self._commit()

    def show(self, value: object) -> None:
        text = display_text(self.spec, value)
        if self.line.text() != text:
            self.line.setText(text)
            self.line.setCursorPosition(0)

    def value(self) -> object:
        text = self.line.text().strip()
        if not text:
            return None
        if self.spec.type == "integer" and _INTEGER.fullmatch(text):
            return int(text)
        if self.spec.type == "number" and _NUMBER.fullmatch(text):
            return float(text)
        return text

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def set_completions(self, completions: Sequence[Completion]) -> SearchCompleter:
        separator = self.spec.separator if self.spec.type == "list" else None
        completer = SearchCompleter(completions, separator, self.line)
        self.line.setCompleter(completer)
        return completer


def _item_text(item: VocabItem) -> str:
    label = translate(item.label)
    if item.code is not None:
        return f"{item.code} · {label}"
    if item.label != item.value:
        return f"{item.value} · {label}"
    return label


class ChoiceEditor(Editor):
    """A choice (or an integer with a vocabulary): the vocabulary's items in a combo box.

    The first entry is blank (no value). A stored value that is not in the list is shown
    as an extra entry marked as such, so the form never hides what is stored.
    """

    def __init__(self, spec: FieldSpec, codebook: Codebook, commit: Commit) -> None:
        super().__init__(spec, QComboBox())
        self.combo: QComboBox = self.widget  # type: ignore[assignment]
        self.combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self._vocabulary = codebook.field_vocabulary(spec.name)
        self._commit = commit
        self.read_only = False
        self.set_items(codebook.choices(spec.name))
        self.combo.activated.connect(self._on_combo_activated)

    def _on_combo_activated(self, _index: int) -> None:
        self._commit()

    def set_items(self, values: Sequence[str]) -> None:
        """Offer these vocabulary values, keeping the current one if it is among them."""
        current = self.value()
        self.combo.clear()
        self.combo.addItem("", None)
        self.combo.setItemData(
            0, QCoreApplication.translate("EventForm", "(none)"), Qt.ItemDataRole.AccessibleTextRole
        )
        assert self._vocabulary is not None
        for value in values:
            item = self._vocabulary.item(value)
            self.combo.addItem(_item_text(item) if item is not None else value, value)
        key = self._key(current)
        self.combo.setCurrentIndex(max(0, self.combo.findData(key)) if key is not None else 0)

    def offered(self) -> list[str]:
        """The vocabulary values now in the list."""
        return [
            str(self.combo.itemData(i))
            for i in range(1, self.combo.count())
            if self.combo.itemData(i) is not None
        ]

    def _key(self, value: object) -> str | None:
        """A stored value as the value of an item (codes read as their value)."""
        if is_blank(value):
            return None
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        assert self._vocabulary is not None
        if (
            self._vocabulary.item(text) is None
            and self.spec.accept_codes
            and _INTEGER.fullmatch(text)
        ):
            found = self._vocabulary.by_code(int(text))
            if found is not None:
                return found.value
        return text

    def _select(self, value: object) -> None:
        key = self._key(value)
        index = 0 if key is None else self.combo.findData(key)
        if index < 0:
            self.combo.addItem(
                QCoreApplication.translate("EventForm", "{0} (not in the list)").format(key), key
            )
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def show(self, value: object) -> None:
        self._select(value)

    def value(self) -> object:
        data = self.combo.currentData()
        if data is None or data == "":
            return None
        if self.spec.type == "integer" and _INTEGER.fullmatch(str(data)):
            return int(str(data))
        return str(data)

    def set_read_only(self, read_only: bool) -> None:
        # Still focusable (to read it and see its evidence); the form swallows changes.
        self.read_only = read_only


class PlainTextEditor(QPlainTextEdit):
    """A plain-text editor that says when the coder is done with it (on losing focus).

    Signals:
        editing_finished(): the editor lost focus with text changed since it was last set.
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.editing_finished.emit()


class TextEditor(Editor):
    """A long text field (notes): several lines, committed when the coder leaves it."""

    def __init__(self, spec: FieldSpec, commit: Commit) -> None:
        super().__init__(spec, PlainTextEditor())
        self.text: PlainTextEditor = self.widget  # type: ignore[assignment]
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setMinimumHeight(80)
        self._commit = commit
        self.text.editing_finished.connect(self._on_text_editing_finished)

    def _on_text_editing_finished(self) -> None:
        self._commit()

    def show(self, value: object) -> None:
        self.text.set_text(display_text(self.spec, value))

    def value(self) -> object:
        text = self.text.toPlainText().strip()
        return text or None

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)

    @property
    def focus_widgets(self) -> tuple[QWidget, ...]:
        return (self.text, self.text.viewport())


class ReadOnlyEditor(Editor):
    """A derived or system field: its value as a label the coder can focus and select."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec, QLabel())
        self.label: QLabel = self.widget  # type: ignore[assignment]
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value: object = None
        self.show(None)

    def show(self, value: object) -> None:
        self._value = value
        text = display_text(self.spec, value)
        self.label.setText(
            text or QCoreApplication.translate("EventForm", "—", "a derived field with no value")
        )

    def value(self) -> object:
        return self._value

    def set_read_only(self, read_only: bool) -> None:
        """Always read-only."""


def make_editor(
    spec: FieldSpec, codebook: Codebook, commit: Commit, *, read_only: bool = False
) -> Editor:
    """The editor for a field, chosen from its type, vocabulary and derivation."""
    if read_only or spec.derived:
        return ReadOnlyEditor(spec)
    if spec.type == "choice" or (spec.type == "integer" and spec.vocabulary is not None):
        return ChoiceEditor(spec, codebook, commit)
    if spec.type == "text":
        return TextEditor(spec, commit)
    return LineEditor(spec, commit)
