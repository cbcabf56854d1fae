"""The catalogue: filters, search as you type, sorting, selection and lazy pages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from db.models import Item
from evidence_app.domain.clock import agency_time
from evidence_app.domain.enums import Category, ItemStatus
from evidence_app.services.catalogue import CatalogueFilter, CatalogueSort
from evidence_app.services.core.dto import ItemView
from tests.ui.keys import type_text
from tests.world import World
from ui import strings
from ui.bench.catalogue import bench_catalogue
from ui.catalogue import CatalogueView
from ui.catalogue.model import ItemIdRole, RowRole


def _view(qtbot: QtBot, world: World) -> CatalogueView:
    view = CatalogueView(world.services, world.keeper)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _items(world: World) -> list[ItemView]:
    return [
        world.receive("Xe máy Honda Wave", owner_name="Phạm Thị Dung"),
        world.receive("Máy tính xách tay Dell", category=Category.ELECTRONICS),
        world.receive("Điện thoại Samsung", category=Category.PHONE, stored=False),
        world.receive("Bộ đồng hồ", category=Category.JEWELLERY, stored=False),
    ]


def _column(view: CatalogueView, column: int) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_the_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, ui_world: World
) -> None:
    _items(ui_world)
    view = _view(qtbot, ui_world)
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)
    view.model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(view.model)


def test_the_table_opens_newest_first_with_labels_and_local_dates(
    qtbot: QtBot, ui_world: World
) -> None:
    items = _items(ui_world)
    view = _view(qtbot, ui_world)
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Mã"
    assert view.model.headerData(6, Qt.Orientation.Horizontal) == "Vị trí"
    assert _column(view, 0) == [i.code for i in reversed(items)]
    last = view.model.rowCount() - 1
    assert view.model.index(last, 3).data() == "Đang bảo quản"
    assert view.model.index(last, 6).data() == "Khu A › Kệ 1"
    assert view.model.index(last, 9).data() == agency_time(items[0].received_at).strftime(
        "%d/%m/%Y"
    )
    assert view.model.index(last, 0).data(ItemIdRole) == items[0].id
    assert view.model.index(last, 0).data(RowRole).owner == "Phạm Thị Dung"
    assert view.count_label.text() == "4 vật chứng"


def test_picking_a_status_shows_only_items_in_that_status(qtbot: QtBot, ui_world: World) -> None:
    _items(ui_world)
    view = _view(qtbot, ui_world)
    combo = view.filters.status
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(ItemStatus.RECEIVED))
    assert _column(view, 3) == ["Đã tiếp nhận", "Đã tiếp nhận"]
    assert _column(view, 1) == ["Bộ đồng hồ", "Điện thoại Samsung"]
    assert view.count_label.text() == "2 vật chứng"
    qtbot.mouseClick(view.filters.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 4


def test_a_warehouse_offers_its_locations_and_a_zone_takes_its_shelves(
    qtbot: QtBot, ui_world: World
) -> None:
    _items(ui_world)
    moved = ui_world.receive("Két sắt", category=Category.OTHER)
    ui_world.services.items.move(ui_world.keeper, moved.id, ui_world.shelf_b.id)
    view = _view(qtbot, ui_world)
    assert not view.filters.location.isEnabled()
    view.filters.warehouse.setCurrentIndex(view.filters.warehouse.findData(ui_world.warehouse.id))
    location = view.filters.location
    assert location.isEnabled() and location.count() == 4  # any, zone, two shelves
    location.setCurrentIndex(location.findData(ui_world.zone.id))
    assert sorted(_column(view, 1)) == ["Két sắt", "Máy tính xách tay Dell", "Xe máy Honda Wave"]
    location.setCurrentIndex(location.findData(ui_world.shelf_b.id))
    assert _column(view, 1) == ["Két sắt"]


def test_typing_without_diacritics_finds_xe_may(qtbot: QtBot, ui_world: World) -> None:
    _items(ui_world)
    view = _view(qtbot, ui_world)
    view.search.setFocus()
    type_text(qtbot, view.search, "xe may")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 1).data() == "Xe máy Honda Wave"
    assert view.count_label.text() == "1 vật chứng"
    view.filters.overdue.setChecked(True)
    assert view.count_label.text() == "Không có vật chứng nào phù hợp"
    view.filters.overdue.setChecked(False)
    view.filters.category.setCurrentIndex(view.filters.category.findData(Category.VEHICLE))
    assert view.count_label.text() == "1 vật chứng (trong 2.000 kết quả tìm kiếm đầu tiên)"
    type_text(qtbot, view.search, " honda ñ")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.count_label.text() == "Không có vật chứng nào phù hợp"


def test_enter_on_an_item_code_selects_that_item(qtbot: QtBot, ui_world: World) -> None:
    items = _items(ui_world)
    view = _view(qtbot, ui_world)
    view.search.setFocus()
    with qtbot.waitSignal(view.itemSelected) as selected:
        qtbot.keyClicks(view.search, items[1].code.lower())
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert selected.args == [items[1].id]
    assert view.current_item_id() == items[1].id


def test_clicking_a_header_sorts_ascending_then_descending(qtbot: QtBot, ui_world: World) -> None:
    _items(ui_world)
    view = _view(qtbot, ui_world)
    header = view.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    names = ["Bộ đồng hồ", "Máy tính xách tay Dell", "Xe máy Honda Wave", "Điện thoại Samsung"]
    assert view.model.sort_key == CatalogueSort("name", descending=False)
    assert _column(view, 1) == names
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.model.sort_key == CatalogueSort("name", descending=True)
    assert _column(view, 1) == names[::-1]


def test_selecting_a_row_emits_the_item_id(qtbot: QtBot, ui_world: World) -> None:
    items = _items(ui_world)
    view = _view(qtbot, ui_world)
    rect = view.table.visualRect(view.model.index(1, 1))
    with qtbot.waitSignal(view.itemSelected) as selected:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [items[2].id]
    with qtbot.waitSignal(view.itemSelected) as selected:
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert selected.args == [items[1].id]


def test_a_reversed_date_range_is_explained_and_changes_nothing(
    qtbot: QtBot, ui_world: World
) -> None:
    _items(ui_world)
    view = _view(qtbot, ui_world)
    view.filters.date_from.setDate(QDate(2026, 3, 2))
    view.filters.date_to.setDate(QDate(2026, 3, 1))
    assert view.count_label.text() == "Ngày bắt đầu phải trước hoặc trùng với ngày kết thúc."
    assert view.model.filter.received_to is None
    view.filters.date_from.setDate(QDate(2000, 1, 1))
    assert view.current_filter().received_from is None
    assert view.current_filter().received_to == date(2026, 3, 1)


def test_english_headers_and_counts(qtbot: QtBot, ui_world: World) -> None:
    _items(ui_world)
    strings.set_language("en")
    view = _view(qtbot, ui_world)
    assert view.model.headerData(5, Qt.Orientation.Horizontal) == "Warehouse"
    assert view.count_label.text() == "4 items"
    assert view.filters.overdue.text() == "Overdue"


def _bulk(world: World, template: ItemView, count: int) -> None:
    """``count`` copies of ``template`` with new codes, written in one statement."""
    columns = [c.name for c in Item.__table__.columns if c.name not in ("id", "code", "name")]
    names = ", ".join(columns)
    sql = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count) "
        f"INSERT INTO item (code, name, {names}) "
        f"SELECT 'VC-2020-' || printf('%06d', i), 'Hàng số ' || i, {names} "
        "FROM item, n WHERE item.id = :template"
    )
    with world.services.db.engine.begin() as conn:
        conn.execute(text(sql), {"count": count, "template": template.id})


def test_scrolling_to_the_end_keeps_only_a_few_pages(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bulk(ui_world, _items(ui_world)[0], 3000)
    asked: list[int] = []
    real_rows = ui_world.services.catalogue.rows
    monkeypatch.setattr(
        ui_world.services.catalogue,
        "rows",
        lambda a, ids: asked.append(len(ids)) or real_rows(a, ids),
    )
    view = _view(qtbot, ui_world)
    qtbot.waitUntil(view.model.is_complete)
    assert view.model.rowCount() == 3004
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.cached_pages() >= 2)
    last = view.model.rowCount() - 1
    assert view.model.index(last, 1).data() == "Xe máy Honda Wave"  # the oldest
    assert sum(asked) <= 4 * view.model.PAGE_SIZE  # the first and last screens, not 3,004
    for row in range(view.model.rowCount()):
        view.model.row(row)
    assert view.model.cached_pages() == view.model.MAX_PAGES
    assert ui_world.services.catalogue.ids(ui_world.keeper, CatalogueFilter())[-1] == (
        view.model.index(last, 0).data(ItemIdRole)
    )


def test_the_benchmark_reports_time_memory_and_a_baseline(qtbot: QtBot, ui_world: World) -> None:
    _items(ui_world)
    figures = bench_catalogue(ui_world.services, ui_world.keeper)
    assert figures["catalogue_rows"] == 4
    assert 0 < figures["catalogue_first_rows_ms"] < 5_000
    assert figures["sqlite_all_ids_ms"] > 0
    assert "catalogue_scroll_end_mb" in figures
