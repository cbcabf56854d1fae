from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category
from evidence_app.domain.errors import NotFoundError
from evidence_app.services.dto import ItemView
from tests.ui.keys import type_text
from tests.world import World
from ui.main_window import MainWindow


def _window(qtbot: QtBot, world: World) -> MainWindow:
    window = MainWindow(world.services, world.keeper)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _motorbike(world: World) -> ItemView:
    """A motorbike among other items, received and put away on shelf A."""
    world.receive("Máy tính xách tay Dell", category=Category.ELECTRONICS)
    return world.receive(
        "Xe máy Honda Wave", identifiers="Biển số 29-B1 123.45", owner_name="Phạm Thị Dung"
    )


def _click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    rect = window.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title_and_status_bar_name_the_agency_user_and_database(
    qtbot: QtBot, ui_world: World
) -> None:
    window = _window(qtbot, ui_world)
    agency = ui_world.services.agency.current()
    assert agency is not None and window.windowTitle().startswith(agency.name)
    assert ui_world.keeper.full_name in window.user_label.text()
    assert ui_world.services.db.display_url in window.db_label.text()
    assert window.search.placeholderText() == "Tìm theo mã, tên, biển số, chủ sở hữu…"


def test_typing_without_diacritics_finds_the_received_item(qtbot: QtBot, ui_world: World) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    qtbot.keyClicks(window.search, "xe may")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == item.code
    assert window.model.index(0, 1).data() == "Xe máy Honda Wave"
    assert window.model.index(0, 3).data() == "Đang bảo quản"
    assert window.hits.text() == "1 kết quả"


def test_selecting_a_hit_shows_the_item_and_its_timeline_newest_first(
    qtbot: QtBot, ui_world: World
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    qtbot.keyClicks(window.search, "xe may")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    _click_row(qtbot, window, 0)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.code.text() == item.code)
    assert panel.values["col.owner"].text() == "Phạm Thị Dung"
    assert panel.values["panel.case"].text() == ui_world.case.name
    assert panel.values["panel.place"].text() == "Kho vật chứng số 1 › Khu A › Kệ 1"
    timeline = [
        [panel.timeline.item(r, c).text() for c in range(4)]
        for r in range(panel.timeline.rowCount())
    ]
    assert [row[1] for row in timeline] == ["Xếp vào vị trí", "Tiếp nhận"]
    assert {row[2] for row in timeline} == {ui_world.keeper.full_name}
    assert all(len(row[0]) == len("05/03/2026 14:30") and row[0][2] == "/" for row in timeline)


def test_enter_on_an_item_code_opens_that_item_at_once(qtbot: QtBot, ui_world: World) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    qtbot.keyClicks(window.search, item.code.lower())  # scanners and people type lower case
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.panel.code.text() == item.code
    assert window.table.selectionModel().isRowSelected(0)
    assert window.model.index(0, 0).data() == item.code


def test_enter_on_an_unknown_code_says_so_and_shows_nothing(qtbot: QtBot, ui_world: World) -> None:
    window = _window(qtbot, ui_world)
    qtbot.keyClicks(window.search, "VC-2026-999999")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    expected = NotFoundError(what="noun.item", ref="VC-2026-999999").message("vi")
    assert window.statusBar().currentMessage() == expected
    assert window.panel.item is None


def test_vietnamese_typed_with_diacritics_finds_the_same_item(
    qtbot: QtBot, ui_world: World
) -> None:
    item = _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    type_text(qtbot, window.search, "Phạm Thị")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == item.code


def test_a_search_with_no_hits_says_so(qtbot: QtBot, ui_world: World) -> None:
    _motorbike(ui_world)
    window = _window(qtbot, ui_world)
    qtbot.keyClicks(window.search, "tau thuy")
    qtbot.waitUntil(lambda: window.hits.text() == "Không có kết quả")
    assert window.model.rowCount() == 0
