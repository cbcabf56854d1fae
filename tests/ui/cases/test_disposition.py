"""The officer records what the judgment orders from the case screen; the release screen then
refuses a request against it, with the reason on screen (Law 106/2025 Art 56–60)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.enums import (
    Category,
    Disposition,
    EventKind,
    NoticeKind,
    ReleaseRequestPurpose,
)
from evidence_app.services.core.auth import Actor
from tests.ui.keys import type_text
from tests.world import PASSWORD, World
from ui.access import WitnessDialog
from ui.cases import CaseView
from ui.cases.disposition_dialog import DispositionDialog, NoticeDialog
from ui.common import errors
from ui.releases import ReleaseView
from ui.releases.dialogs import NewRequestDialog
from ui.strings import tr


def _case_view(qtbot: QtBot, w: World, actor: Actor) -> CaseView:
    view = CaseView(w.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.open_case(w.case.id)
    return view


def _when_dialog(qtbot: QtBot, kind: type, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal ``kind`` dialog; returns problems seen (for asserts)."""
    problems: list[str] = []

    def handle() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, handle)
            return
        try:
            act(dialog)
        except Exception as exc:  # noqa: BLE001 - reported to the test, dialog closed
            problems.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(50, handle)
    return problems


def test_the_officer_records_a_confiscation_for_two_items(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    bike, phone = w.receive("Xe máy Honda Wave"), w.receive("Điện thoại Nokia")
    view = _case_view(qtbot, w, w.officer)
    assert view.record_disposition.isVisibleTo(view)
    view.item_table.selectAll()
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DispositionDialog)
        assert dialog.number.text() == "123/2026/HS-ST"  # the case's judgment is offered
        dialog.disposition.setCurrentIndex(dialog.disposition.findData(Disposition.CONFISCATE))
        dialog.body.clear()
        dialog.record()  # OK with the court left empty: refused inside the dialog
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        type_text(qtbot, dialog.body, "Tòa án nhân dân quận Hoàn Kiếm")
        dialog.record()

    problems = _when_dialog(qtbot, DispositionDialog, fill)
    view.record_disposition.click()
    assert problems == []
    assert seen and "tòa án" in seen[0].lower()
    for item in (bike, phone):
        current = w.services.items.get(w.officer, item.id)
        assert current.disposition is Disposition.CONFISCATE
        assert current.disposition_source.body == "Tòa án nhân dân quận Hoàn Kiếm"
        assert w.services.items.history(w.officer, item.id)[0].kind is EventKind.DISPOSITION_SET
    model = view.items
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(tr("panel.disposition"))
    assert model.index(0, column).data() == "Tịch thu sung quỹ nhà nước"


def test_changing_the_order_for_cash_asks_a_second_person(qtbot: QtBot, ui_world: World) -> None:
    """Issue 17: the officer changes confiscated cash to "return to owner" (an appeal); the
    dialog says a second person must confirm, the officer's own password is refused there,
    the accountant's goes through and is named on the event."""
    w = ui_world
    cash = w.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH,
                     disposition=Disposition.CONFISCATE)  # fmt: skip
    view = _case_view(qtbot, w, w.officer)
    view.item_table.selectAll()
    told: list[str] = []

    def second_person_confirms(dialog: QDialog) -> None:
        assert isinstance(dialog, WitnessDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, dialog.username, w.officer.username)
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        told.append(dialog.error.text())
        dialog.username.clear()
        type_text(qtbot, dialog.username, w.accountant.username)
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, DispositionDialog)
        dialog.disposition.setCurrentIndex(dialog.disposition.findData(Disposition.RETURN_TO_OWNER))
        dialog.number.clear()
        type_text(qtbot, dialog.number, "45/2026/HS-PT")
        dialog.body.clear()
        type_text(qtbot, dialog.body, "Tòa án nhân dân thành phố Hà Nội")
        witnessing.extend([_when_dialog(qtbot, WitnessDialog, second_person_confirms)])
        dialog.record()
        told.append(dialog.error.text())
        if dialog.isVisible():  # the second person did not confirm: end the test, not hang
            dialog.reject()

    witnessing: list[list[str]] = []
    problems = _when_dialog(qtbot, DispositionDialog, change)
    view.record_disposition.click()
    assert problems == [] and witnessing == [[]], (problems, witnessing, told)
    assert told[0] == f"Người thứ hai xác nhận phải là người dùng khác với {w.officer.username}."
    assert "Đổi hình thức xử lý đã ghi" in told[1]  # the dialog said why it asked
    current = w.services.items.get(w.officer, cash.id)
    assert current.disposition is Disposition.RETURN_TO_OWNER
    event = w.services.items.history(w.officer, cash.id)[0]
    assert event.note is not None and w.accountant.full_name in event.note


def test_the_keeper_has_no_disposition_button(qtbot: QtBot, ui_world: World) -> None:
    view = _case_view(qtbot, ui_world, ui_world.keeper)
    assert not view.record_disposition.isVisibleTo(view)


def test_nothing_selected_says_so(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui_world.receive()
    view = _case_view(qtbot, ui_world, ui_world.officer)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view.item_table.clearSelection()
    view.record_disposition.click()
    assert told == [tr("case.choose_items_first")]


def test_the_return_of_a_confiscated_item_is_refused_on_screen(
    qtbot: QtBot, ui_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The motorbike the judgment confiscates: the officer asks to return it to its owner."""
    w = ui_world
    bike = w.receive("Xe máy Honda Wave 29B1-123.45", disposition=Disposition.CONFISCATE)
    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorDialog, "present", lambda _p, _t, text: shown.append(text))
    view = ReleaseView(w.services, w.officer)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()

    def ask_return(dialog: QDialog) -> None:
        assert isinstance(dialog, NewRequestDialog)
        assert dialog.case.select(w.case.id)
        boxes = [dialog.items.item(i) for i in range(dialog.items.count())]
        entry = next(b for b in boxes if bike.code in b.text())
        entry.setCheckState(Qt.CheckState.Checked)
        purpose = dialog.purpose.findData(ReleaseRequestPurpose.RETURN_TO_OWNER)
        dialog.purpose.setCurrentIndex(purpose)
        type_text(qtbot, dialog.recipient, "Phạm Thị Dung")
        dialog.accept()

    problems = _when_dialog(qtbot, NewRequestDialog, ask_return)
    view.new_button.click()
    assert problems == []
    assert len(shown) == 1
    for part in (bike.code, "Tịch thu sung quỹ nhà nước", "Trả lại chủ sở hữu", "Điều 57"):
        assert part in shown[0]
    assert w.services.release_requests.list(w.officer) == []


def test_the_officer_records_the_return_notice_and_the_case_lists_it(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    w.receive("Xe đạp Martin", disposition=Disposition.RETURN_TO_OWNER)
    view = _case_view(qtbot, w, w.officer)
    assert view.values["case.notices"].text() == tr("panel.none")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeDialog)
        dialog.record()  # no number yet: refused inside the dialog
        assert dialog.isVisible() and dialog.error.text()
        type_text(qtbot, dialog.number, "12/TB-THADS")
        type_text(qtbot, dialog.recipient, "Phạm Thị Dung")
        dialog.record()

    problems = _when_dialog(qtbot, NoticeDialog, fill)
    view.record_notice.click()
    assert problems == []
    [notice] = w.services.dispositions.notices(w.officer, w.case.id)
    assert notice.number == "12/TB-THADS" and notice.kind is NoticeKind.RETURN_TO_OWNER
    shown = view.values["case.notices"].text()
    assert "12/TB-THADS" in shown and "Thông báo nhận tiền, tài sản" in shown
