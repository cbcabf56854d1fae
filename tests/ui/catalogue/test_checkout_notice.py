"""The item panel warns about an item out on a temporary release, in red once overdue."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from tests.services.rows import execute
from tests.world import World
from ui.catalogue import ItemPanel


def _release(world: World, item_id: int) -> int:
    return world.checkout([item_id], 3)[0].id


def _panel(qtbot: QtBot, world: World) -> ItemPanel:
    panel = ItemPanel(world.services, world.keeper)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_an_item_out_shows_who_has_it_and_the_due_date(qtbot: QtBot, ui_world: World) -> None:
    item = ui_world.receive()
    _release(ui_world, item.id)
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    due = (agency_today() + timedelta(days=3)).strftime("%d/%m/%Y")
    assert panel.checkout.isVisible()
    assert panel.checkout.text() == (
        f"Đang trích xuất cho Trần Văn Bình, Tòa án nhân dân quận Hoàn Kiếm, hạn trả {due}"
    )
    assert "Quá hạn" not in panel.checkout.text()


def test_an_overdue_item_is_shown_in_red_with_the_days_overdue(
    qtbot: QtBot, ui_world: World
) -> None:
    item = ui_world.receive()
    release_id = _release(ui_world, item.id)
    late = agency_today() - timedelta(days=4)
    execute(
        ui_world.services,
        "UPDATE temporary_release SET due_on = :d WHERE id = :i",
        d=late,
        i=release_id,
    )
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    assert panel.checkout.text().endswith("Quá hạn 4 ngày")
    assert "#a61b1b" in panel.checkout.styleSheet()


def test_an_item_in_storage_shows_no_warning(qtbot: QtBot, ui_world: World) -> None:
    item = ui_world.receive()
    released = ui_world.receive()
    _release(ui_world, released.id)
    panel = _panel(qtbot, ui_world)
    panel.show_details(ui_world.services.items.details(ui_world.keeper, released.id))
    panel.show_details(ui_world.services.items.details(ui_world.keeper, item.id))
    assert not panel.checkout.isVisible()
