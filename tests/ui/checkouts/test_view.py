"""The temporary-release screen as a keeper uses it: fill in the written request, scan the
items, release them; scan one back and record its condition; watch the overdue list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, EventKind, ItemStatus, ReleasePurpose, Role
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import CheckoutDraft
from tests.services.rows import execute
from tests.ui.keys import type_text
from tests.world import PASSWORD, World
from ui.checkouts import TemporaryReleaseView
from ui.checkouts import view as checkout_view
from ui.checkouts.parts import OVERDUE_COLOUR, ReturnCheck, ReturnDialog
from ui.common import errors


def _view(qtbot: QtBot, world: World, actor: Actor | None = None) -> TemporaryReleaseView:
    view = TemporaryReleaseView(world.services, actor or world.keeper)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    return view


def _fill(qtbot: QtBot, view: TemporaryReleaseView) -> None:
    type_text(qtbot, view.body, "Tòa án nhân dân quận Hoàn Kiếm")
    type_text(qtbot, view.requester, "Trần Văn Bình")
    type_text(qtbot, view.reference, "Công văn số 123/TA ngày 20/11/2026")


def _release(world: World, *items: int, days: int = 7) -> None:
    draft = CheckoutDraft(
        "Lê Văn Cường",
        "Viện khoa học hình sự",
        ReleasePurpose.EXPERT_EXAMINATION,
        "Quyết định trưng cầu giám định số 45",
        agency_today() + timedelta(days=days),
        world.officer.user_id,
    )
    world.services.checkouts.release(world.keeper, list(items), draft)


def test_a_keeper_fills_the_request_scans_two_items_and_releases_them(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    phone, bike = w.receive("Điện thoại Samsung", category=Category.PHONE), w.receive()
    view = _view(qtbot, w)
    _fill(qtbot, view)
    view.purpose.setCurrentIndex(view.purpose.findData(ReleasePurpose.TRIAL))
    view.responsible.setCurrentIndex(view.responsible.findData(w.officer.user_id))
    assert not view.commit_button.isEnabled()
    assert view.handle_scan(phone.code) and view.handle_scan(bike.code)
    assert view.handle_scan(phone.code)  # a second scan of the same item is told, not added
    assert view.lines.rowCount() == 2 and view.commit_button.isEnabled()
    with qtbot.waitSignal(view.checkoutsChanged) as changed:
        qtbot.mouseClick(view.commit_button, Qt.MouseButton.LeftButton)
    assert changed.args == [2]
    assert "Đã trích xuất 2 vật chứng" in view.summary.text()
    assert view.lines.rowCount() == 0 and view.body.text() == ""
    assert view.open_model.rowCount() == 2
    assert "2 vật chứng đang ở ngoài kho, 0 quá hạn" in view.open_count.text()
    out = w.services.checkouts.open_for(w.keeper, phone.id)
    assert out is not None and out.requesting_body == "Tòa án nhân dân quận Hoàn Kiếm"
    assert out.responsible_user_id == w.officer.user_id and out.purpose is ReleasePurpose.TRIAL
    assert w.services.items.get(w.keeper, bike.id).status is ItemStatus.CHECKED_OUT


def test_a_refused_release_is_told_and_the_list_is_kept(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = ui_world.receive()
    view = _view(qtbot, ui_world)
    assert view.handle_scan(item.code)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    assert not view.commit()  # nothing filled in: the service names the missing field
    assert shown == ["Chưa nhập người đề nghị."]
    assert view.lines.rowCount() == 1
    assert ui_world.services.items.get(ui_world.keeper, item.id).status is ItemStatus.IN_STORAGE


def test_cash_needs_a_second_user_who_logs_in(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    cash = w.receive("Tiền mặt 20.000.000 đồng", category=Category.CASH)
    w.services.users.create(w.admin, "thu-kho-2", "Trần Văn Đức", PASSWORD, [Role.KEEPER])
    second = w.services.users.authenticate("thu-kho-2", PASSWORD)
    asked: list[bool] = []
    monkeypatch.setattr(
        checkout_view.SecondUserDialog, "ask", lambda *_a: asked.append(True) or second
    )
    view = _view(qtbot, w)
    _fill(qtbot, view)
    assert view.handle_scan(cash.code)
    assert view.commit() and asked == [True]
    event = w.services.items.history(w.keeper, cash.id)[0]
    assert event.note is not None and "Trần Văn Đức" in event.note


def test_cancelling_the_second_login_releases_nothing(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    cash = ui_world.receive("Vàng miếng", category=Category.PRECIOUS_METAL)
    monkeypatch.setattr(checkout_view.SecondUserDialog, "ask", lambda *_a: None)
    view = _view(qtbot, ui_world)
    _fill(qtbot, view)
    assert view.handle_scan(cash.code)
    assert not view.commit()
    assert view.lines.rowCount() == 1
    assert ui_world.services.items.get(ui_world.keeper, cash.id).status is ItemStatus.IN_STORAGE


def test_scanning_an_item_that_is_out_takes_it_back_with_its_condition(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    item = w.receive()
    _release(w, item.id)
    view = _view(qtbot, w)
    assert view.open_model.rowCount() == 1
    monkeypatch.setattr(
        checkout_view.ReturnDialog, "ask", lambda *_a: ReturnCheck(False, "Vỡ đèn pha trước")
    )
    with qtbot.waitSignal(view.checkoutsChanged):
        assert view.handle_scan(item.code)
    assert view.open_model.rowCount() == 0
    assert "Đã nhận lại vật chứng" in view.summary.text()
    back = w.services.items.get(w.keeper, item.id)
    assert back.status is ItemStatus.IN_STORAGE and back.location_id == w.shelf_a.id
    event = w.services.items.history(w.keeper, item.id)[0]
    assert event.kind is EventKind.RETURNED
    assert event.note is not None and "Vỡ đèn pha trước" in event.note
    assert "không đúng hiện trạng" in event.note


def test_return_dialog_needs_a_description_when_the_condition_differs(qtbot: QtBot) -> None:
    dialog = ReturnDialog("VC-2026-000001")
    qtbot.addWidget(dialog)
    assert dialog.ok.isChecked()
    dialog.bad.click()
    dialog.accept()
    assert dialog.result_check is None and dialog.error.isVisibleTo(dialog)
    assert "mô tả hiện trạng" in dialog.error.text()
    type_text(qtbot, dialog.condition, "Trầy xước màn hình")
    dialog.accept()
    assert dialog.result_check == ReturnCheck(False, "Trầy xước màn hình")


def test_items_not_in_storage_and_other_codes(qtbot: QtBot, ui_world: World) -> None:
    unplaced = ui_world.receive(stored=False)
    view = _view(qtbot, ui_world)
    assert view.handle_scan(unplaced.code)  # ours, but refused with a message
    assert view.lines.rowCount() == 0
    assert not view.handle_scan(ui_world.shelf_b.code)  # a location is not for this screen
    assert not view.handle_scan("VC-2026-999999")
    assert not view.handle_scan("rubbish")


def test_overdue_items_are_red_and_can_be_shown_alone(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ui_world
    late, on_time = w.receive("Xe máy quá hạn"), w.receive("Xe đạp đúng hạn")
    _release(w, late.id)
    _release(w, on_time.id)
    execute(
        w.services,
        "UPDATE temporary_release SET due_on = :due WHERE item_id = :id",
        due=agency_today() - timedelta(days=3),
        id=late.id,
    )
    view = _view(qtbot, w)
    ModelTester(qtbot).check(view.open_model)
    model = view.open_model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == late.code  # soonest due first
    assert model.index(0, 6).data() == "3"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 quá hạn" in view.open_count.text()
    view.only_overdue.click()
    assert model.rowCount() == 1 and model.index(0, 0).data() == late.code
    view.open_table.selectRow(0)
    assert view.return_button.isEnabled()
    monkeypatch.setattr(checkout_view.ReturnDialog, "ask", lambda *_a: ReturnCheck(True, ""))
    assert view.return_selected()
    assert model.rowCount() == 0
