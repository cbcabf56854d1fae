"""A new agency sets up its warehouses and locations in Quản trị, through the screens alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import CustodianKind, LocationKind, Role
from evidence_app.services.catalogue import LocationRange
from evidence_app.services.facade import Services
from tests.label_pdf import all_codes
from tests.ui.keys import type_text
from tests.world import PASSWORD, World
from ui.admin import AdminView
from ui.admin.warehouses import RangeDialog, WarehouseDialog, WarehouseDraft, WarehousesTab
from ui.documents import LabelPrintDialog
from ui.strings import set_language


def _fresh_agency(services: Services):
    services.users.create_first_admin("admin", "Đỗ Minh Quân", PASSWORD)
    admin = services.users.authenticate("admin", PASSWORD)
    services.agency.save(admin, "Chi cục THADS quận Hoàn Kiếm", "Cục THADS Hà Nội", "Hà Nội")
    return admin


def _click_ok(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_new_agency_adds_a_warehouse_then_a_row_of_shelves_by_typing(
    qtbot: QtBot, empty_services: Services, tmp_path: Path
) -> None:
    admin = _fresh_agency(empty_services)
    view = AdminView(empty_services, admin)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    tab = view.pages["warehouses"]
    assert isinstance(tab, WarehousesTab)
    bar = view.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(view.tabs.indexOf(tab)).center()
    )
    assert view.tabs.currentWidget() is tab
    assert tab.table.rowCount() == 0 and not tab.buttons["new_range"].isEnabled()

    # The warehouse dialog, typed into and confirmed as a person would (it is modal).
    def fill_warehouse() -> None:
        dialog = tab.findChildren(WarehouseDialog)[-1]
        type_text(qtbot, dialog.findChild(QLineEdit, "code"), "k01")
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "Kho vật chứng số 1")
        dialog.custodian_kind.setCurrentIndex(list(CustodianKind).index(CustodianKind.AGENCY))
        type_text(qtbot, dialog.findChild(QLineEdit, "address"), "12 Lý Thường Kiệt, Hà Nội")
        _click_ok(qtbot, dialog)

    QTimer.singleShot(0, fill_warehouse)
    qtbot.mouseClick(tab.buttons["new_warehouse"], Qt.MouseButton.LeftButton)
    assert [w.code for w in tab.warehouses] == ["K01"]
    assert "K01" in tab.result.text()
    assert tab.buttons["new_range"].isEnabled()

    assert tab.add_location("Phòng 1", LocationKind.ROOM) is None
    room = tab.selected_location()
    assert room is not None and room.name == "Phòng 1"

    def fill_range() -> None:
        dialog = tab.findChildren(RangeDialog)[-1]
        prefix = dialog.findChild(QLineEdit, "prefix")
        type_text(qtbot, prefix, "Kệ A")
        last = dialog.findChild(QSpinBox, "last")
        last.selectAll()
        type_text(qtbot, last, "20")
        levels = dialog.findChild(QSpinBox, "levels")
        levels.selectAll()
        type_text(qtbot, levels, "5")
        previews.append(dialog.preview.text())
        dialog.grab().save(str(tmp_path / "range_dialog.png"))
        _click_ok(qtbot, dialog)

    previews: list[str] = []
    QTimer.singleShot(0, fill_range)
    qtbot.mouseClick(tab.buttons["new_range"], Qt.MouseButton.LeftButton)
    assert "Kệ A1 … Kệ A20" in previews[0] and "120" in previews[0]
    assert "120" in tab.result.text()
    assert len(tab.locations) == 1 + 120
    view.grab().save(str(tmp_path / "warehouse_setup.png"))

    # Labels of the room and all below it, printed through the label dialog.
    asked: list[tuple[list[str], bool]] = []
    original = LabelPrintDialog.ask
    LabelPrintDialog.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, parent, services, actor, codes, *, locations=False: (
            asked.append((list(codes), locations)) or True
        )
    )
    try:
        tab._select_location(room.id)
        assert tab.print_labels()
    finally:
        LabelPrintDialog.ask = original  # type: ignore[method-assign]
    codes, locations = asked[0]
    assert locations and len(codes) == 121 and codes[0] == room.code
    pdf = empty_services.labels.location_labels(admin, codes[:3], "pdf", "50x30")
    assert all_codes(pdf) == codes[:3]  # the printed barcodes read back as the locations


def test_a_bad_warehouse_or_row_is_told_in_the_dialog_and_nothing_is_added(
    qtbot: QtBot, ui_world: World
) -> None:
    tab = WarehousesTab(ui_world.services, ui_world.keeper)
    qtbot.addWidget(tab)
    before = len(tab.warehouses)
    error = tab.create_warehouse(WarehouseDraft("K 1!", "Kho", CustodianKind.POLICE, "", ""))
    assert error and "K 1!" in error
    assert len(tab.warehouses) == before
    tab._select_location(ui_world.shelf_a.id)
    count = len(tab.locations)
    error = tab.add_range(LocationRange(LocationKind.SHELF, "Kệ Z", 5, 1))
    assert error and "5" in error and "1" in error
    assert len(tab.locations) == count
    # Dialogs: the error stays inside, the dialog stays open for a correction.
    dialog = WarehouseDialog(tab)
    qtbot.addWidget(dialog)
    dialog.error.show_message(error)
    assert dialog.error.text() == error


@pytest.mark.parametrize("role", [Role.KEEPER, Role.HEAD, Role.ADMIN])
def test_who_manages_warehouses_finds_the_tab_and_no_one_else(
    qtbot: QtBot, ui_world: World, role: Role
) -> None:
    view = AdminView(ui_world.services, ui_world.actors[role])
    qtbot.addWidget(view)
    assert "warehouses" in view.pages
    others = AdminView(ui_world.services, ui_world.actors[Role.OFFICER])
    qtbot.addWidget(others)
    assert "warehouses" not in others.pages


def test_the_tab_reads_in_english(qtbot: QtBot, ui_world: World) -> None:
    set_language("en")
    tab = WarehousesTab(ui_world.services, ui_world.keeper)
    qtbot.addWidget(tab)
    assert tab.buttons["new_range"].text() == "New row of locations…"
    assert tab.table.horizontalHeaderItem(2).text() == "Kept by"
    dialog = RangeDialog("Kho 1 (top level)", tab)
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == ""  # nothing to make before a name is typed
    type_text(qtbot, dialog.prefix, "Kệ B")
    assert dialog.preview.text() == "Makes: Kệ B1 … Kệ B10 – 10 locations in all."


def test_locations_are_imported_from_a_spreadsheet_or_refused_row_by_row(
    qtbot: QtBot, ui_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "vi-tri.csv"
    good.write_text("Vị trí;Loại\nKhu D;Khu\nKhu D › Kệ D1;Kệ\n", encoding="utf-8")
    bad = tmp_path / "loi.csv"
    bad.write_text("Vị trí;Loại\nKhu E › Kệ E1;Kệ\n", encoding="utf-8")
    tab = WarehousesTab(ui_world.services, ui_world.keeper)
    qtbot.addWidget(tab)
    count = len(tab.locations)
    monkeypatch.setattr(WarehousesTab, "ask_path", classmethod(lambda cls, parent: str(bad)))
    qtbot.mouseClick(tab.buttons["import_file"], Qt.MouseButton.LeftButton)
    assert "Dòng 2" in tab.result.text() and "Khu E" in tab.result.text()
    assert len(tab.locations) == count
    monkeypatch.setattr(WarehousesTab, "ask_path", classmethod(lambda cls, parent: str(good)))
    qtbot.mouseClick(tab.buttons["import_file"], Qt.MouseButton.LeftButton)
    assert "2 vị trí" in tab.result.text()
    assert len(tab.locations) == count + 2
