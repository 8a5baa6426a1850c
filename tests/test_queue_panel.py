"""The queue panel: its model, search, status filter, selection and progress."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.services.queue import STATUS_LABELS, STATUSES, QueueItem, queue_progress
from annotator.ui.queue_panel import (
    _STATUS_WORDS_FOR_LUPDATE,
    STATUS_SYMBOLS,
    QueueFilterProxy,
    QueueModel,
    QueuePanel,
)


def _item(
    document_id: int,
    external_id: str,
    title: str,
    status: str,
    *,
    events: int = 0,
    language: str = "ar",
    source: str | None = "SOHR",
    published: dt.date | None = dt.date(2024, 3, 1),
) -> QueueItem:
    return QueueItem(
        document_id=document_id,
        external_id=external_id,
        title=title,
        published=published,
        source=source,
        language=language,
        status=status,
        events=events,
    )


ITEMS = [
    _item(11, "demo-badiya-mayadin", "اشتباكات بين قوات النظام في البادية", "todo"),
    _item(12, "demo-daraa-ied", "انفجار عبوة ناسفة في درعا", "in_progress", events=2),
    _item(
        13,
        "wire-aleppo",
        "Shelling in the Aleppo countryside",
        "submitted",
        events=1,
        language="en",
        source=None,
        published=None,
    ),
    _item(14, "demo-sweida-protest", "مظاهرة في السويداء", "todo"),
]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Arabic included: one key event per character (keyClicks crashes on it)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def panel(qtbot: QtBot) -> QueuePanel:
    widget = QueuePanel()
    qtbot.addWidget(widget)
    widget.set_items(ITEMS)
    widget.resize(700, 400)
    widget.show()
    return widget


def _activations(panel: QueuePanel) -> list[int]:
    seen: list[int] = []
    panel.document_activated.connect(seen.append)
    return seen


def test_the_model_and_the_filtering_proxy_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(ITEMS)
    qtmodeltester.check(model)
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_status("todo")
    proxy.set_search("السويداء")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    model.set_items([*ITEMS, _item(15, "late", "Late article", "todo", language="en")])
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 4


def test_cells_show_status_by_symbol_and_word_and_arabic_titles_right_aligned() -> None:
    model = QueueModel(ITEMS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Title", "Status", "Events", "Published"]
    statuses = [model.index(row, QueueModel.STATUS).data() for row in range(4)]
    assert statuses == ["○ To do", "◐ In progress", "● Submitted", "○ To do"]
    assert len(set(STATUS_SYMBOLS.values())) == len(STATUSES)
    # Screen readers get the word alone.
    status = model.index(1, QueueModel.STATUS)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "In progress"
    assert model.index(1, QueueModel.EVENTS).data() == 2
    assert model.index(0, QueueModel.PUBLISHED).data() == "2024-03-01"
    assert model.index(2, QueueModel.PUBLISHED).data() == "—"
    assert model.index(1, 0).data(QueueModel.DocumentIdRole) == 12

    arabic = int(model.index(0, QueueModel.TITLE).data(Qt.ItemDataRole.TextAlignmentRole))
    assert arabic & Qt.AlignmentFlag.AlignRight.value
    assert arabic & Qt.AlignmentFlag.AlignAbsolute.value  # right even in a right-to-left UI
    assert model.index(2, QueueModel.TITLE).data(Qt.ItemDataRole.TextAlignmentRole) is None

    tooltip = model.index(1, QueueModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "demo-daraa-ied" in tooltip and "SOHR" in tooltip
    assert "unknown source" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_status_words_lupdate_sees_are_the_service_labels() -> None:
    assert tuple(STATUS_LABELS[status] for status in STATUSES) == _STATUS_WORDS_FOR_LUPDATE


def test_typing_latin_in_the_search_box_filters_title_and_external_id(
    qtbot: QtBot, panel: QueuePanel
) -> None:
    assert panel.search.isClearButtonEnabled()
    qtbot.keyClicks(panel.search, "ALEPPO")
    assert panel.visible_document_ids() == [13]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Daraa-IED")  # the external id, any case
    assert panel.visible_document_ids() == [12]
    panel.search.clear()
    assert panel.visible_document_ids() == [11, 12, 13, 14]


def test_typing_arabic_in_the_search_box_filters_titles(panel: QueuePanel) -> None:
    panel.search.setFocus()
    type_text(panel.search, "درعا")
    assert panel.search.text() == "درعا"
    assert panel.visible_document_ids() == [12]
    panel.search.clear()
    # Hamza forms and tashkeel are folded: "أنفِجار" finds "انفجار".
    type_text(panel.search, "أنفِجار")
    assert panel.visible_document_ids() == [12]
    panel.search.clear()
    type_text(panel.search, "في")
    assert panel.visible_document_ids() == [11, 12, 14]


def test_the_status_filter_keeps_one_status(panel: QueuePanel) -> None:
    combo = panel.status_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All",
        "○ To do",
        "◐ In progress",
        "● Submitted",
    ]
    combo.setCurrentIndex(combo.findData("todo"))
    assert panel.visible_document_ids() == [11, 14]
    combo.setCurrentIndex(combo.findData("submitted"))
    assert panel.visible_document_ids() == [13]
    combo.setCurrentIndex(0)
    assert panel.visible_document_ids() == [11, 12, 13, 14]


def test_queue_order_by_default_and_sortable_by_header(panel: QueuePanel) -> None:
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1 and header.isSortIndicatorClearable()
    assert panel.visible_document_ids() == [11, 12, 13, 14]
    panel.table.sortByColumn(QueueModel.EVENTS, Qt.SortOrder.DescendingOrder)
    assert panel.visible_document_ids() == [12, 13, 11, 14]
    panel.table.sortByColumn(QueueModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert panel.visible_document_ids() == [11, 14, 12, 13]
    panel.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert panel.visible_document_ids() == [11, 12, 13, 14]


def test_a_click_activates_the_document(qtbot: QtBot, panel: QueuePanel) -> None:
    seen = _activations(panel)
    index = panel.proxy.index(2, QueueModel.TITLE)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(index).center(),
    )
    assert seen == [13]
    assert panel.current_document_id() == 13
    assert panel.table.selectionModel().isRowSelected(2)


def test_arrow_keys_activate_the_next_and_previous_document(
    qtbot: QtBot, panel: QueuePanel
) -> None:
    seen = _activations(panel)
    assert panel.select_document(11)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    assert seen == [11, 12, 13, 12]
    assert panel.current_document_id() == 12


def test_select_document_shows_it_even_through_filters(qtbot: QtBot, panel: QueuePanel) -> None:
    seen = _activations(panel)
    qtbot.keyClicks(panel.search, "aleppo")
    assert panel.select_document(14)
    assert panel.search.text() == "" and panel.visible_document_ids() == [11, 12, 13, 14]
    assert seen == [14]
    assert panel.table.currentIndex().data(QueueModel.DocumentIdRole) == 14
    assert not panel.select_document(999)
    assert panel.current_document_id() == 14


def test_filtering_never_activates_another_document(qtbot: QtBot, panel: QueuePanel) -> None:
    panel.select_document(12)
    seen = _activations(panel)
    qtbot.keyClicks(panel.search, "demo")  # 12 stays visible, current
    assert panel.table.currentIndex().data(QueueModel.DocumentIdRole) == 12
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("todo"))  # 12 hidden
    assert not panel.table.currentIndex().isValid()
    assert panel.current_document_id() == 12
    panel.status_filter.setCurrentIndex(0)  # back: and selected again
    assert panel.table.currentIndex().data(QueueModel.DocumentIdRole) == 12
    assert seen == []


def test_set_items_keeps_the_selection_by_document_id(panel: QueuePanel) -> None:
    panel.select_document(12)
    seen = _activations(panel)
    # The same documents, refreshed: 12 now submitted.
    title = ITEMS[1].title
    refreshed = [ITEMS[0], _item(12, "demo-daraa-ied", title, "submitted", events=3), *ITEMS[2:]]
    panel.set_items(refreshed)
    current = panel.table.currentIndex()
    assert current.data(QueueModel.DocumentIdRole) == 12
    assert panel.proxy.index(current.row(), QueueModel.STATUS).data() == "● Submitted"
    # Another queue, in another order, still holding 12.
    panel.set_items([_item(20, "new", "New arrival", "todo", language="en"), *reversed(refreshed)])
    assert panel.table.currentIndex().data(QueueModel.DocumentIdRole) == 12
    assert panel.table.selectionModel().isRowSelected(panel.table.currentIndex().row())
    assert panel.current_document_id() == 12
    # A queue without it: nothing current.
    panel.set_items([ITEMS[0]])
    assert panel.current_document_id() is None
    assert not panel.table.currentIndex().isValid()
    assert seen == []


def test_the_progress_label_and_bar(panel: QueuePanel) -> None:
    assert panel.progress_label.text() == queue_progress(ITEMS).describe()
    assert panel.progress_label.text() == "1 of 4 submitted, 1 in progress"
    assert (panel.progress_bar.value(), panel.progress_bar.maximum()) == (1, 4)
    panel.set_items([])
    assert panel.progress_label.text() == "0 of 0 submitted, 0 in progress"
    assert panel.progress_bar.value() == 0


def test_return_in_the_search_box_opens_the_first_match(qtbot: QtBot, panel: QueuePanel) -> None:
    seen = _activations(panel)
    panel.focus_search()
    qtbot.keyClicks(panel.search, "sweida")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert seen == [14]


def test_every_control_has_an_accessible_name(panel: QueuePanel) -> None:
    controls = [
        panel.search,
        panel.status_filter,
        panel.table,
        panel.progress_label,
        panel.progress_bar,
    ]
    names = [control.accessibleName() for control in controls]
    assert all(names) and len(set(names)) == len(names)


def test_one_row_is_updated_in_place_and_the_progress_follows(
    qtbot: QtBot, panel: QueuePanel
) -> None:
    from dataclasses import replace

    panel.select_document(ITEMS[0].document_id)
    with qtbot.assertNotEmitted(panel.document_activated):
        panel.update_item(replace(ITEMS[1], status="submitted", events=2))
    row = panel.model.row_of(ITEMS[1].document_id)
    assert row is not None
    assert (panel.model.item_at(row).status, panel.model.item_at(row).events) == ("submitted", 2)
    assert panel.current_document_id() == ITEMS[0].document_id
    submitted = sum(item.status == "submitted" for item in panel.model.items())
    assert panel.progress_bar.value() == submitted
