"""The shortcuts dialog and the highlight legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from annotator.ui.article_view import KIND_STYLES
from annotator.ui.help_dialog import SHORTCUTS, ShortcutsDialog, translated_shortcuts
from annotator.ui.legend import KIND_ORDER, KindLegend, kind_key, sample_format

# The desk's keys, as the coder reads them in the dialog.
DESK_KEYS = [
    "Tab / J", "Shift+Tab / K", "Enter / A", "X / Delete", "1–6", "1–6 with text selected",
    "Alt+1–6 with text selected", "E", "L", "N", "Ctrl+Enter", "Ctrl+Z", "Ctrl+Shift+Z",
    "Ctrl++ / Ctrl+- / Ctrl+0", "Ctrl+F", "Ctrl+I", "Ctrl+E", "Ctrl+Shift+P", "F1 / ?",
]  # fmt: skip


def test_shortcuts_are_plain_string_pairs_covering_the_desk() -> None:
    assert all(isinstance(key, str) and isinstance(action, str) for key, action in SHORTCUTS)
    assert [key for key, _ in SHORTCUTS] == DESK_KEYS
    assert all(action for _, action in SHORTCUTS)
    # Without a translator installed the English source text is shown.
    assert translated_shortcuts() == list(SHORTCUTS)


def test_the_dialog_lists_every_shortcut_and_is_not_modal(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.isModal()
    assert dialog.rows() == list(SHORTCUTS)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(2)]  # type: ignore[union-attr]
    assert headers == ["Key", "What it does"]
    assert dialog.table.accessibleName() and dialog.windowTitle() == "Keyboard shortcuts"
    # Read-only: a key press cannot start editing a cell.
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_escape_closes_the_dialog(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_legend_has_one_named_entry_per_kind_with_its_key(qtbot: QtBot) -> None:
    legend = KindLegend()
    qtbot.addWidget(legend)
    legend.show()
    assert legend.accessibleName() == "Highlight legend"
    assert [entry.kind for entry in legend.entries] == list(KIND_ORDER)
    assert set(KIND_ORDER) == set(KIND_STYLES)
    assert [entry.name() for entry in legend.entries] == [
        "Actor", "Location", "Casualty", "Date", "Source", "Event type",
    ]  # fmt: skip
    assert [entry.key_label.text() for entry in legend.entries] == ["1", "2", "3", "4", "5", "6"]
    assert [kind_key(kind) for kind in KIND_ORDER] == [1, 2, 3, 4, 5, 6]
    assert legend.entries[5].accessibleName() == "Key 6: Event type"
    assert all(entry.accessibleDescription() for entry in legend.entries)
    assert not legend.grab().isNull()


def test_each_sample_has_its_kinds_colour_and_underline(qtbot: QtBot) -> None:
    legend = KindLegend()
    qtbot.addWidget(legend)
    for entry in legend.entries:
        colour, underline = KIND_STYLES[entry.kind]
        text_format = entry.sample.text_format
        assert text_format.underlineStyle() == underline
        assert text_format.underlineColor() == QColor(colour)
        assert text_format.background().color().rgb() == QColor(colour).rgb()
        assert entry.sample.sizeHint().width() > 0


def test_the_legend_shows_the_three_states(qtbot: QtBot) -> None:
    legend = KindLegend()
    qtbot.addWidget(legend)
    assert [sample.text() for sample in legend.state_samples.values()] == [
        "Pending", "Accepted", "Rejected",
    ]  # fmt: skip
    pending = legend.state_samples["pending"].text_format
    accepted = legend.state_samples["accepted"].text_format
    rejected = legend.state_samples["rejected"].text_format
    assert pending.background().color().alpha() < accepted.background().color().alpha()
    assert accepted.fontWeight() == 700 and pending.fontWeight() != 700
    assert rejected.fontStrikeOut() and not accepted.fontStrikeOut()
    assert rejected.background().color().rgb() == QColor("#9e9e9e").rgb()
    assert sample_format("actor", "rejected").underlineStyle() == KIND_STYLES["actor"][1]
