"""The first-start checklist: a new agency sees what is missing and goes where it is set up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import CustodianKind, LocationKind, Role
from evidence_app.services.facade import Services
from tests.people import hire
from tests.world import PASSWORD, World
from ui.admin import AdminView
from ui.admin.start import DONE, TO_DO, StartTab


def _mark(tab: StartTab, key: str) -> str:
    return tab.findChild(QLabel, f"mark_{key}").text()


def test_a_new_agency_is_shown_what_is_missing_and_each_line_opens_its_tab(
    qtbot: QtBot, empty_services: Services
) -> None:
    s = empty_services
    s.users.create_first_admin("admin", "Đỗ Minh Quân", PASSWORD)
    admin = s.users.authenticate("admin", PASSWORD)
    s.agency.save(admin, "Chi cục THADS quận Hoàn Kiếm", "Cục THADS Hà Nội", "Hà Nội")
    view = AdminView(s, admin)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    tab = view.pages["start"]
    assert isinstance(tab, StartTab) and view.tabs.currentWidget() is tab  # not set up yet
    assert [_mark(tab, k) for k in ("agency", "warehouses", "locations", "people")] == [TO_DO] * 4
    text = tab.findChild(QLabel, "text_people").text()
    assert "Thủ trưởng" in text and "Thủ kho" in text
    qtbot.mouseClick(tab.findChild(QPushButton, "open_warehouses"), Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.pages["warehouses"]

    # Set up elsewhere, the checklist reads it back when shown again.
    s.agency.save(admin, "Chi cục THADS quận Hoàn Kiếm", "Cục THADS Hà Nội", "Hà Nội",
                  address="12 Lý Thường Kiệt, Hà Nội")  # fmt: skip
    w = s.warehouses.create(admin, "K01", "Kho số 1", CustodianKind.AGENCY)
    s.warehouses.add_location(admin, w.id, "Kệ A1", LocationKind.SHELF)
    for role, name in ((Role.HEAD, "thutruong"), (Role.OFFICER, "chv"), (Role.KEEPER, "thukho")):
        hire(s, admin, name, f"Người {name}", PASSWORD, [role])
    view.tabs.setCurrentWidget(tab)
    assert [_mark(tab, k) for k in ("agency", "warehouses", "locations", "people")] == [DONE] * 4
    assert tab.checklist is not None and tab.checklist.complete
    assert "Đã thiết lập đủ" in tab.summary.text()


def test_a_set_up_agency_opens_on_its_daily_tabs(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    agency = w.services.agency.current()
    assert agency is not None
    w.services.agency.save(w.admin, agency.name, agency.managing_agency, agency.place_name,
                           address="12 Lý Thường Kiệt, Hà Nội")  # fmt: skip
    view = AdminView(w.services, w.admin)
    qtbot.addWidget(view)
    start = view.pages["start"]
    assert isinstance(start, StartTab) and start.checklist is not None
    assert start.checklist.complete
    assert view.tabs.currentWidget() is view.pages["users"]
