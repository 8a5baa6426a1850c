"""E on the desk: a one-line editor over the current span, with completion.

Signals: value_chosen(dict value) when what was typed reads as a value of the span's
kind; the editor then closes. Esc closes it and changes nothing. A value that does not
read (an unknown actor, a date that is not one) shows why, and the editor stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.services.span_values import KindChoices, SpanValueError, parse_value, value_text
from annotator.services.spans import SpanState


class SpanValueEditor(QFrame):
    value_chosen = Signal(dict)

    def __init__(self, span: SpanState, choices: KindChoices, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Edit the value of the span"))
        self.kind = span.kind
        self._choices = choices
        self.line_edit = QLineEdit(value_text(span.kind, span.value))
        self.line_edit.setAccessibleName(self.tr("Value of the %s span") % span.kind)
        self.line_edit.setPlaceholderText(_placeholder(span.kind))
        self.line_edit.setMinimumWidth(420)
        completer = QCompleter(choices.completions(span.kind), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line_edit.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem with the value"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.problem)
        self.line_edit.returnPressed.connect(self._on_line_edit_return_pressed)
        self.line_edit.selectAll()

    def open_at(self, position: QPoint) -> None:
        self.move(position)
        self.show()
        self.line_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _on_line_edit_return_pressed(self) -> None:
        popup = self.line_edit.completer().popup()
        if popup is not None and popup.isVisible():
            return  # Enter picks the completion first
        try:
            value = parse_value(self.kind, self.line_edit.text(), self._choices)
        except SpanValueError as problem:
            self.problem.setText("⚠ " + str(problem))
            self.problem.show()
            return
        self.value_chosen.emit(value)
        self.close()


def _placeholder(kind: str) -> str:
    hints = {
        "actor": QCoreApplication.translate(
            "SpanValueEditor", "An actor name, in English or Arabic"
        ),
        "location": QCoreApplication.translate("SpanValueEditor", "A place, in English or Arabic"),
        "source": QCoreApplication.translate("SpanValueEditor", "A source name"),
        "casualty": QCoreApplication.translate(
            "SpanValueEditor", "e.g. 2 killed, at least 20 injured"
        ),
        "date": QCoreApplication.translate(
            "SpanValueEditor", "YYYY-MM-DD, then the time precision 1-3"
        ),
        "event_type": QCoreApplication.translate(
            "SpanValueEditor", "A sub-event type, e.g. Armed clash"
        ),
    }
    return hints.get(kind, "")
