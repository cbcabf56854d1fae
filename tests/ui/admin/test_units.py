"""The Units tab (issue 21): the administrator adds a regional office, gives it a warehouse and
grants a user a role there, by typing and clicking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from tests.ui.keys import type_text
from tests.world import World
from ui.admin import AdminView
from ui.admin.units import UnitsTab


def _pick(combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_the_administrator_adds_an_office_gives_it_a_warehouse_and_grants_a_role(
    qtbot: QtBot, ui_world: World
) -> None:
    s = ui_world.services
    view = AdminView(s, ui_world.admin)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    tab = view.pages["units"]
    assert isinstance(tab, UnitsTab)
    view.tabs.setCurrentWidget(tab)
    type_text(qtbot, tab.code, "KV1")
    type_text(qtbot, tab.name, "Phòng Thi hành án dân sự khu vực 1")
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert tab.error.isHidden(), tab.error.text()
    units = {u.code: u for u in s.units.all(ui_world.admin)}
    assert "KV1" in units and tab.table.rowCount() == 2
    office = units["KV1"].id

    _pick(tab.warehouse, ui_world.warehouse.id)
    _pick(tab.assign_unit, office)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assert tab.error.isHidden(), tab.error.text()
    assert ui_world.warehouse.id in s.units.all(ui_world.admin)[1].warehouse_ids

    keeper = ui_world.keeper.user_id
    _pick(tab.user, keeper)
    _pick(tab.role, Role.KEEPER)
    _pick(tab.grant_unit, office)
    qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)
    assert tab.error.isHidden(), tab.error.text()
    assert s.units.roles_in(ui_world.admin, keeper, office) == {Role.KEEPER}
    # Still a keeper of the provincial unit too: a person may hold roles in two.
    default = s.units.all(ui_world.admin)[0].id
    assert s.units.roles_in(ui_world.admin, keeper, default) == {Role.KEEPER}
    view.grab().save("/tmp/hD_units.png")

    # A duplicate code is refused in the user's language, on the tab.
    type_text(qtbot, tab.code, "KV1")
    type_text(qtbot, tab.name, "Trùng")
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert not tab.error.isHidden()
