"""The transfer screen (issue 21) as two keepers use it: the office's keeper scans the codes
(typed fast and ended by Enter, as a wedge scanner does) and the receiving shelf and issues
the handover paper; the province's keeper selects it and confirms receipt; the sender himself
is refused (another person must receive). A refused scan beeps, says why, lists nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose, Role
from tests.services.custody.test_unit_transfers import office, office_item
from tests.world import World
from ui.common import errors, scan_feedback
from ui.moves import MoveView, UnitTransferScreen
from ui.moves import transfers as transfer_screen
from ui.strings import set_language


def _screen(qtbot: QtBot, world: World, actor: object) -> UnitTransferScreen:
    screen = UnitTransferScreen(world.services, actor)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    return screen


def _scan(qtbot: QtBot, screen: UnitTransferScreen, code: str) -> None:
    """A wedge scanner: the code's keys, then Enter, into the scan field."""
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def _listed(screen: UnitTransferScreen) -> list[str]:
    return [screen.items.item(r, 0).text() for r in range(screen.items.rowCount())]


def test_the_office_sends_and_the_province_receives_on_the_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = ui_world.services
    kv2 = office(ui_world, "KV2", 2)
    items = [office_item(ui_world, kv2, f"Điện thoại {n}") for n in (1, 2)]
    sender = _screen(qtbot, ui_world, kv2.keeper)
    assert sender.table.rowCount() == 0
    for item in items:
        _scan(qtbot, sender, item.code)
    assert _listed(sender) == [i.code for i in items] and sender.scan.text() == ""
    _scan(qtbot, sender, ui_world.shelf_b.code)  # the receiving shelf's label, scanned too
    assert sender.target.text() == ui_world.shelf_b.code
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
    assert not screen.send_button.isEnabled()
    assert not screen.send()
    assert "mã vị trí nhận" in screen.summary.text()
    item = office_item(ui_world, kv2, "Điện thoại")
    _scan(qtbot, screen, item.code)
    qtbot.keyClicks(screen.target, "KHONG-CO")
    assert not screen.send()
    assert "KHONG-CO" in screen.summary.text() and _listed(screen) == [item.code]


def test_the_move_screen_opens_the_transfer_screen(qtbot: QtBot, ui_world: World) -> None:
    view = MoveView(ui_world.services, ui_world.keeper)
    qtbot.addWidget(view)
    view.show()
    assert view.transfer_button.text() == "Chuyển sang đơn vị khác…"
    view.transfer_button.click()
    dialog = view.transfer_dialog
    assert dialog.isVisible() and dialog.findChild(UnitTransferScreen) is not None
    dialog.close()


def test_each_refused_scan_is_told_and_lists_nothing(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unknown code, another unit's item, an item already listed, an item not stored (issued
    out) or already on its way: a beep, the reason in Vietnamese (or English), no new line."""
    beeps: list[int] = []
    monkeypatch.setattr(transfer_screen, "beep", lambda: beeps.append(1))
    monkeypatch.setattr(scan_feedback, "beep", lambda: beeps.append(1))
    kv2 = office(ui_world, "KV2", 2)
    ours = office_item(ui_world, kv2, "Điện thoại khu vực 2")
    on_the_way = office_item(ui_world, kv2, "Máy tính bảng khu vực 2")
    ui_world.services.transfers.send(kv2.keeper, [on_the_way.id], ui_world.shelf_b.id)
    province = ui_world.receive("Xe máy của Cục")
    issued = ui_world.receive("Điện thoại đã xuất", disposition=Disposition.RETURN_TO_OWNER)
    ui_world.exit_on_order([issued.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    screen = _screen(qtbot, ui_world, kv2.keeper)
    _scan(qtbot, screen, ours.code)
    cases = [
        ("VC-2026-999999", "VC-2026-999999"),
        (province.code, "thuộc đơn vị khác"),
        (ours.code, f"Vật chứng {ours.code} đã có trong danh sách giao."),
        (on_the_way.code, "đang trên đường chuyển"),
    ]
    for n, (code, said) in enumerate(cases, start=1):
        _scan(qtbot, screen, code)
        assert said in screen.summary.text(), screen.summary.text()
        assert _listed(screen) == [ours.code] and len(beeps) == n
    # The province's keeper: an item issued out is not in a warehouse.
    own = _screen(qtbot, ui_world, ui_world.keeper)
    _scan(qtbot, own, issued.code)
    assert "không nằm trong kho" in own.summary.text() and _listed(own) == []
    # And in English.
    set_language("en")
    try:
        english = _screen(qtbot, ui_world, kv2.keeper)
        _scan(qtbot, english, ours.code)
        _scan(qtbot, english, ours.code)
        assert english.summary.text() == f"Item {ours.code} is already in the list."
        _scan(qtbot, english, "VC-2026-999999")
        assert "VC-2026-999999" in english.summary.text() and _listed(english) == [ours.code]
    finally:
        set_language("vi")


def test_the_main_windows_scanner_fills_the_open_transfer_window(
    qtbot: QtBot, ui_world: World
) -> None:
    kv2 = office(ui_world, "KV2", 2)
    item = office_item(ui_world, kv2, "Điện thoại khu vực 2")
    view = MoveView(ui_world.services, kv2.keeper)
    qtbot.addWidget(view)
    view.show()
    view.transfer_button.click()
    screen = view.transfer_dialog.findChild(UnitTransferScreen)
    assert view.handle_scan(item.code)
    assert _listed(screen) == [item.code] and view.model.rowCount() == 0
    # Typed into the window's scan field, Enter ends the code and presses no button.
    second = office_item(ui_world, kv2, "Máy tính bảng khu vực 2")
    _scan(qtbot, screen, ui_world.shelf_b.code)
    _scan(qtbot, screen, second.code)
    assert _listed(screen) == [item.code, second.code]
    assert screen.target.text() == ui_world.shelf_b.code and screen.table.rowCount() == 0
    assert screen.count.text() == "Số vật chứng trong danh sách giao: 2"
    view.transfer_dialog.close()
    assert view.handle_scan(item.code) and view.model.rowCount() == 1
