"""Every keyboard shortcut of the coding desk, in one table the coder can keep open.

``SHORTCUTS`` is the one list of them, for this dialog, the desk and the documentation.
Its strings are English source text marked with ``QT_TRANSLATE_NOOP("Shortcuts", ...)``
so that lupdate collects them; they are translated when shown (``translated_shortcuts``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.accessible import named

CONTEXT = "Shortcuts"


def _rows(*pairs: tuple[object, object]) -> tuple[tuple[str, str], ...]:
    return tuple((str(key), str(action)) for key, action in pairs)


# lupdate must see every string here: keep each one inside QT_TRANSLATE_NOOP("Shortcuts", ...).
SHORTCUTS: tuple[tuple[str, str], ...] = _rows(
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / J"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next suggestion"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+Tab / K"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous suggestion"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / A"),
        QT_TRANSLATE_NOOP("Shortcuts", "Accept the current suggestion"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "X / Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Reject the current suggestion"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "1–6"),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Change the kind of the current suggestion: 1 actor, 2 location, 3 casualty, "
            "4 date, 5 source, 6 event type",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "1–6 with text selected"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a span of that kind, snapped to whole words"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+1–6 with text selected"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a span of that kind, exactly the selected characters"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "E"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the value of the current span"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "L"),
        QT_TRANSLATE_NOOP("Shortcuts", "Link the current confirmed span to the selected event"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "N"),
        QT_TRANSLATE_NOOP("Shortcuts", "New event from the current sentence's confirmed evidence"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Submit the document and open the next"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z"),
        QT_TRANSLATE_NOOP("Shortcuts", "Undo"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+Z"),
        QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl++ / Ctrl+- / Ctrl+0"),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / zoom out / reset the zoom"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+F"),
        QT_TRANSLATE_NOOP("Shortcuts", "Search the queue"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+I"),
        QT_TRANSLATE_NOOP("Shortcuts", "Import"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+E"),
        QT_TRANSLATE_NOOP("Shortcuts", "Export"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pre-annotate"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "F1 / ?"),
        QT_TRANSLATE_NOOP("Shortcuts", "This help"),
    ),
)


def translated_shortcuts() -> list[tuple[str, str]]:
    """SHORTCUTS in the interface language."""
    return [
        (QCoreApplication.translate(CONTEXT, key), QCoreApplication.translate(CONTEXT, action))
        for key, action in SHORTCUTS
    ]


class ShortcutsDialog(QDialog):
    """The shortcuts table; not modal, so it can stay open beside the desk. Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))

        rows = translated_shortcuts()
        self.table = named(QTableWidget(len(rows), 2), self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row, (key, action) in enumerate(rows):
            key_item = QTableWidgetItem(key)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            action_item = QTableWidgetItem(action)
            action_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, action_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row: (key, what it does)."""
        shown = []
        for row in range(self.table.rowCount()):
            key, action = self.table.item(row, 0), self.table.item(row, 1)
            assert key is not None and action is not None
            shown.append((key.text(), action.text()))
        return shown
