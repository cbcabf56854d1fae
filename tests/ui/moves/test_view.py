"""The move screen as a keeper uses it: scan a location, scan items, move them in one go."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import Category, CustodianKind, EventKind, ItemKind, LocationKind
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.custody import BodyKeeper
from tests.world import World
from ui.common import errors
from ui.common.body_keeper_dialog import BodyKeeperDialog
from ui.moves import MoveLinesModel, MoveView


def _view(qtbot: QtBot, world: World) -> MoveView:
    view = MoveView(world.services, world.keeper)
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_keeper_scans_a_location_then_three_items_and_moves_them(
    qtbot: QtBot, ui_world: World
) -> None:
    items = [ui_world.receive(f"Điện thoại {n}") for n in range(3)]
    view = _view(qtbot, ui_world)
    assert "quét mã vị trí" in view.target.text()
    assert view.handle_scan(ui_world.shelf_b.code)
    assert "Kệ 2" in view.target.text()
    for item in items:
        assert view.handle_scan(item.code)
    assert view.model.rowCount() == 3
    assert view.model.index(0, 3).data().endswith("Kệ 1")
    with qtbot.waitSignal(view.movesCommitted) as moved:
        view.commit_button.click()
    assert moved.args == [3]
    assert view.model.rowCount() == 0 and "Đã chuyển 3 vật chứng" in view.summary.text()
    for item in items:
        now = ui_world.services.items.get(ui_world.keeper, item.id)
        assert now.location_id == ui_world.shelf_b.id
        event = ui_world.services.items.history(ui_world.keeper, item.id)[0]
        assert event.kind is EventKind.MOVED
        assert (event.from_location_id, event.to_location_id) == (
            ui_world.shelf_a.id,
            ui_world.shelf_b.id,
        )


def test_items_first_then_the_location_and_duplicates_are_ignored(
    qtbot: QtBot, ui_world: World
) -> None:
    item = ui_world.receive()
    view = _view(qtbot, ui_world)
    assert view.handle_scan(item.code)
    assert view.handle_scan(item.code)
    assert view.model.rowCount() == 1
    assert view.handle_scan(ui_world.shelf_b.code)
    assert view.commit()
    assert ui_world.services.items.get(ui_world.keeper, item.id).location_id == ui_world.shelf_b.id


def test_unknown_codes_are_left_to_the_main_window(qtbot: QtBot, ui_world: World) -> None:
    view = _view(qtbot, ui_world)
    assert not view.handle_scan("VC-2026-999999")
    assert not view.handle_scan("not a code")
    assert view.model.rowCount() == 0


def test_a_refused_batch_is_told_and_the_list_is_kept(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored, other = ui_world.receive(), ui_world.receive("Xe đạp")
    view = _view(qtbot, ui_world)
    for code in (ui_world.shelf_b.code, stored.code, other.code):
        assert view.handle_scan(code)
    ui_world.checkout([other.id])
    told: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: told.append(text))
    assert not view.commit()
    assert len(told) == 1 and other.code in told[0]
    assert view.model.rowCount() == 2
    assert ui_world.services.items.get(ui_world.keeper, stored.id).location_id != (
        ui_world.shelf_b.id
    )


def test_clearing_empties_the_list(qtbot: QtBot, ui_world: World) -> None:
    item = ui_world.receive()
    view = _view(qtbot, ui_world)
    assert view.handle_scan(item.code)
    view.clear_button.click()
    assert view.model.rowCount() == 0 and not view.commit_button.isEnabled()


def test_the_lines_model_passes_the_model_tester(
    qtmodeltester: ModelTester, ui_world: World
) -> None:
    model = MoveLinesModel()
    for name in ("Dao", "Bật lửa"):
        item = ui_world.receive(name)
        model.add(ui_world.services.items.details(ui_world.keeper, item.id))
    qtmodeltester.check(model)


def test_a_move_in_the_police_warehouse_asks_for_its_keeper_and_records_him(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decree 152/2026 Art 37.2.đ: the police keeper moves items kept there, and is named."""
    s = ui_world.services
    w = s.warehouses.create(
        ui_world.admin, "CA1", "Kho Công an", CustodianKind.POLICE, "Công an quận Hoàn Kiếm"
    )
    one = s.warehouses.add_location(ui_world.admin, w.id, "Phòng 1", LocationKind.ROOM)
    two = s.warehouses.add_location(ui_world.admin, w.id, "Phòng 2", LocationKind.ROOM)
    item = s.items.receive(
        ui_world.keeper,
        ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=Category.VEHICLE,
            name="Xe máy",
            case_id=ui_world.case.id,
            location_id=one.id,
        ),
    )
    asked: list[str] = []

    def type_keeper(parent: QWidget | None, body: str) -> BodyKeeper | None:
        asked.append(body)
        dialog = BodyKeeperDialog(body, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no name yet: refused inline
        assert dialog.error.isVisible() and dialog.isVisible()
        qtbot.keyClicks(dialog.name, "Ly Van Khoa")  # keyClicks types ASCII only
        qtbot.keyClicks(dialog.position, "Thu kho")
        ok.click()
        return dialog.keeper() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(BodyKeeperDialog, "ask", type_keeper)
    view = _view(qtbot, ui_world)
    assert view.handle_scan(two.code) and view.handle_scan(item.code)
    with qtbot.waitSignal(view.movesCommitted):
        view.commit_button.click()
    assert asked == ["Công an quận Hoàn Kiếm"]
    event = s.items.history(ui_world.keeper, item.id)[0]
    assert event.body_keeper == "Ly Van Khoa, Thu kho – Công an quận Hoàn Kiếm"


def test_moves_in_our_own_warehouse_do_not_ask_for_another_keeper(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = ui_world.receive()
    monkeypatch.setattr(BodyKeeperDialog, "ask", lambda *_a: pytest.fail("asked"))
    view = _view(qtbot, ui_world)
    assert view.handle_scan(ui_world.shelf_b.code) and view.handle_scan(item.code)
    with qtbot.waitSignal(view.movesCommitted):
        view.commit_button.click()
