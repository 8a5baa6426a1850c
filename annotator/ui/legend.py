"""A compact legend of the article view's highlights: what each kind and state looks like.

Each kind is shown with its key (1-6), its name drawn in that kind's fill and underline
(the same ``KIND_STYLES`` the article view uses, so colour is never the only cue), then
the three decision states: pending, accepted and rejected.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from annotator.ui.accessible import named
from annotator.ui.article_view import KIND_ORDER, KIND_STYLES

STATES = ("pending", "accepted", "rejected")

_CONTEXT = "KindLegend"
_KIND_NAMES = {
    "actor": QT_TRANSLATE_NOOP("KindLegend", "Actor"),
    "location": QT_TRANSLATE_NOOP("KindLegend", "Location"),
    "casualty": QT_TRANSLATE_NOOP("KindLegend", "Casualty"),
    "date": QT_TRANSLATE_NOOP("KindLegend", "Date"),
    "source": QT_TRANSLATE_NOOP("KindLegend", "Source"),
    "event_type": QT_TRANSLATE_NOOP("KindLegend", "Event type"),
}
_STATE_NAMES = {
    "pending": QT_TRANSLATE_NOOP("KindLegend", "Pending"),
    "accepted": QT_TRANSLATE_NOOP("KindLegend", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("KindLegend", "Rejected"),
}
_U = QTextCharFormat.UnderlineStyle
_UNDERLINE_NAMES = {
    _U.SingleUnderline: QT_TRANSLATE_NOOP("KindLegend", "solid underline"),
    _U.DashUnderline: QT_TRANSLATE_NOOP("KindLegend", "dashed underline"),
    _U.WaveUnderline: QT_TRANSLATE_NOOP("KindLegend", "wavy underline"),
    _U.DotLine: QT_TRANSLATE_NOOP("KindLegend", "dotted underline"),
    _U.DashDotLine: QT_TRANSLATE_NOOP("KindLegend", "dash-dot underline"),
    _U.DashDotDotLine: QT_TRANSLATE_NOOP("KindLegend", "dash-dot-dot underline"),
}


def kind_name(kind: str) -> str:
    """The kind's translated display name ("event_type" -> "Event type")."""
    return QCoreApplication.translate(_CONTEXT, str(_KIND_NAMES.get(kind, kind)))


def kind_key(kind: str) -> int | None:
    """The number key (1-6) for the kind, or None for a kind without one."""
    return KIND_ORDER.index(kind) + 1 if kind in KIND_ORDER else None


def legend_kinds() -> list[str]:
    """Every kind in KIND_STYLES: the keyed ones in key order, then any others."""
    return [kind for kind in KIND_ORDER if kind in KIND_STYLES] + [
        kind for kind in KIND_STYLES if kind not in KIND_ORDER
    ]


def sample_format(kind: str, state: str = "pending") -> QTextCharFormat:
    """A highlight as the article view draws it: light fill pending, strong and bold
    accepted, grey and struck out rejected; always the kind's underline."""
    colour, underline = KIND_STYLES.get(kind, ("#777777", _U.SingleUnderline))
    text_format = QTextCharFormat()
    fill = QColor(colour)
    if state == "rejected":
        fill = QColor("#9e9e9e")
        fill.setAlpha(50)
        text_format.setFontStrikeOut(True)
    elif state == "accepted":
        fill.setAlpha(200)
        text_format.setFontWeight(700)
    else:
        fill.setAlpha(105)  # what a suggestion of middling confidence gets
    text_format.setBackground(fill)
    text_format.setUnderlineStyle(underline)
    text_format.setUnderlineColor(QColor(colour))
    return text_format


class FormattedSample(QWidget):
    """A short text drawn with a QTextCharFormat, exactly as a text view would draw it."""

    def __init__(
        self, text: str, text_format: QTextCharFormat, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(2)
        self.text_format = text_format
        cursor = QTextCursor(self._document)
        cursor.insertText(text, text_format)

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        self._document.setDefaultFont(self.font())
        return self._document.size().toSize()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._document.setDefaultFont(self.font())
        painter = QPainter(self)
        self._document.drawContents(painter)
        painter.end()


class LegendEntry(QWidget):
    """One kind: its key in a small box, then its name drawn in the kind's highlight."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.key = kind_key(kind)
        self.key_label = QLabel("" if self.key is None else str(self.key))
        self.key_label.setFrameShape(QFrame.Shape.Box)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setVisible(self.key is not None)
        self.sample = FormattedSample(kind_name(kind), sample_format(kind, "accepted"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.key_label)
        layout.addWidget(self.sample)
        underline = KIND_STYLES[kind][1]
        underline_name = QCoreApplication.translate(
            _CONTEXT, str(_UNDERLINE_NAMES.get(underline, "underline"))
        )
        if self.key is None:
            self.setAccessibleName(kind_name(kind))
        else:
            self.setAccessibleName(
                self.tr("Key {key}: {kind}").format(key=self.key, kind=kind_name(kind))
            )
            self.setToolTip(
                self.tr(
                    "Press {key}: kind “{kind}” for the current suggestion or the selected text"
                ).format(key=self.key, kind=kind_name(kind))
            )
        self.setAccessibleDescription(underline_name)

    def name(self) -> str:
        return self.sample.text()


class KindLegend(QWidget):
    """The legend: one entry per kind (with its key), then the three decision states."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Highlight legend"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(10)
        self.entries = [LegendEntry(kind) for kind in legend_kinds()]
        for entry in self.entries:
            layout.addWidget(entry)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        self.state_samples: dict[str, FormattedSample] = {}
        sample_kind = self.entries[0].kind if self.entries else "actor"
        for state in STATES:
            name = QCoreApplication.translate(_CONTEXT, str(_STATE_NAMES[state]))
            sample = named(FormattedSample(name, sample_format(sample_kind, state)), name)
            self.state_samples[state] = sample
            layout.addWidget(sample)
        layout.addStretch(1)
