"""The temporary-release screen as a keeper uses it: the items out (overdue in red), taken
back by scanning with their condition and the return minutes; nothing leaves from here."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import DocumentKind, EventKind, ItemStatus
from evidence_app.services.core.auth import Actor
from tests.documents.pdf_pages import page_texts
from tests.services.rows import execute
from tests.ui.keys import type_text
from tests.world import World
from ui.checkouts import TemporaryReleaseView
from ui.checkouts import view as checkout_view
from ui.checkouts.parts import OVERDUE_COLOUR, ReturnCheck, ReturnDialog


def _view(qtbot: QtBot, world: World, actor: Actor | None = None) -> TemporaryReleaseView:
    view = TemporaryReleaseView(world.services, actor or world.keeper)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def _release(world: World, *items: int) -> None:
    world.checkout(list(items), body="Viện khoa học hình sự")


def test_an_item_in_storage_scanned_here_is_told_to_go_out_on_the_heads_order(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = ui_world.receive()
    told: list[str] = []
    monkeypatch.setattr(checkout_view, "show_status", lambda _w, text: told.append(text) or True)
    view = _view(qtbot, ui_world)
    assert view.handle_scan(item.code)
    assert told and item.code in told[0] and "«Xuất kho»" in told[0]
    assert ui_world.services.items.get(ui_world.keeper, item.id).status is ItemStatus.IN_STORAGE
    assert not hasattr(view, "commit_button")


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
    # The return minutes are listed; their text names the change.
    assert view.documents.model.rowCount() == 1
    minutes = view.documents.model.row(0)
    assert minutes.kind is DocumentKind.RETURN_MINUTES and minutes.number in view.summary.text()
    text = " ".join(page_texts(w.services.documents.pdf(w.keeper, minutes.id)))
    assert "Vỡ đèn pha trước" in text and "04 bản" in text


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


def test_items_not_out_and_other_codes(qtbot: QtBot, ui_world: World) -> None:
    unplaced = ui_world.receive(stored=False)
    view = _view(qtbot, ui_world)
    assert view.handle_scan(unplaced.code)  # ours, but told it is not out
    assert view.open_model.rowCount() == 0
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
