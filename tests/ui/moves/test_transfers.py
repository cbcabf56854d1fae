"""The transfer screen (issue 21) as two keepers use it: the office's keeper types the codes
and the receiving shelf and issues the handover paper; the province's keeper selects it and
confirms receipt; the sender himself is refused (another person must receive)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Role
from tests.services.custody.test_unit_transfers import office, office_item
from tests.world import World
from ui.common import errors
from ui.moves import MoveView, UnitTransferScreen


def _screen(qtbot: QtBot, world: World, actor: object) -> UnitTransferScreen:
    screen = UnitTransferScreen(world.services, actor)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    return screen


def test_the_office_sends_and_the_province_receives_on_the_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = ui_world.services
    kv2 = office(ui_world, "KV2", 2)
    items = [office_item(ui_world, kv2, f"Điện thoại {n}") for n in (1, 2)]
    sender = _screen(qtbot, ui_world, kv2.keeper)
    assert sender.table.rowCount() == 0
    qtbot.keyClicks(sender.codes, ", ".join(i.code for i in items))
    qtbot.keyClicks(sender.target, ui_world.shelf_b.code)
    with qtbot.waitSignal(sender.transferSent):
        sender.send_button.click()
    assert "1/BB-THADS-KV2" in sender.summary.text() and sender.table.rowCount() == 1
    # The sender cannot confirm his own handover, even holding a keeper's role on both sides.
    view = next(u for u in s.users.all(ui_world.admin) if u.username == "kv2-keeper")
    province = s.units.all(ui_world.admin)[0].id
    s.users.set_roles(ui_world.admin, view.id, [Role.KEEPER], view.version, unit_id=province)
    told: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: told.append(text))
    sender.refresh()
    sender.receive_button.click()
    assert told and "hai người khác nhau" in told[0]
    receiver = _screen(qtbot, ui_world, ui_world.keeper)
    assert receiver.table.rowCount() == 1
    assert receiver.table.item(0, 0).text() == "1/BB-THADS-KV2"
    receiver.grab().save("/tmp/hD/transfer_screen.png")
    with qtbot.waitSignal(receiver.transferReceived):
        receiver.receive_button.click()
    assert "1/BB-THADS-KV2" in receiver.summary.text()
    assert receiver.table.rowCount() == 0 and not receiver.receive_button.isEnabled()
    for item in items:
        assert s.items.get(ui_world.keeper, item.id).location_id == ui_world.shelf_b.id


def test_an_unknown_code_or_a_missing_target_is_told_on_the_screen(
    qtbot: QtBot, ui_world: World
) -> None:
    kv2 = office(ui_world, "KV2", 2)
    screen = _screen(qtbot, ui_world, kv2.keeper)
    screen.send_button.click()
    assert "mã vị trí nhận" in screen.summary.text()
    qtbot.keyClicks(screen.codes, "VC-2026-999999")
    qtbot.keyClicks(screen.target, ui_world.shelf_b.code)
    assert not screen.send()
    assert "VC-2026-999999" in screen.summary.text()


def test_the_move_screen_opens_the_transfer_screen(qtbot: QtBot, ui_world: World) -> None:
    view = MoveView(ui_world.services, ui_world.keeper)
    qtbot.addWidget(view)
    view.show()
    assert view.transfer_button.text() == "Chuyển sang đơn vị khác…"
    view.transfer_button.click()
    dialog = view.transfer_dialog
    assert dialog.isVisible() and dialog.findChild(UnitTransferScreen) is not None
    dialog.close()
