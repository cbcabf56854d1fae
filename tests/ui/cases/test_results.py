"""The officer records a payment and an outcome from the case screen, typing as he would; a
date in the future is refused inside the dialog; the head confirms one record and refuses
the other from his queue, and the case screen shows where the case stands (issue 19)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from evidence_app.domain.outcomes import CaseState, NotEnforceableReason, OutcomeKind
from evidence_app.services.core.auth import Actor
from tests.ui.keys import type_text
from tests.world import World
from ui.cases import CaseView
from ui.cases.results_dialog import ConfirmDialog, OutcomeDialog, PaymentDialog


def _view(qtbot: QtBot, w: World, actor: Actor) -> CaseView:
    view = CaseView(w.services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.open_case(w.case.id)
    return view


def _when_dialog(qtbot: QtBot, kind: type, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next visible ``kind`` dialog; problems are handed back, and the
    dialog closed, so a failing step never leaves a modal dialog hanging."""
    problems: list[str] = []

    def handle() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(50, handle)
            return
        try:
            act(found[0])
        except Exception as exc:  # noqa: BLE001 - reported to the test, dialog closed
            problems.append(repr(exc))
        if found[0].isVisible():
            found[0].reject()

    QTimer.singleShot(50, handle)
    return problems


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _document(qtbot: QtBot, dialog: OutcomeDialog | PaymentDialog, number: str) -> None:
    type_text(qtbot, dialog.doc_number, number)
    type_text(qtbot, dialog.doc_issuer, "Thi hành án dân sự thành phố Hà Nội")


def test_the_officer_records_and_the_head_confirms(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    officer = _view(qtbot, w, w.officer)
    assert officer.result_buttons["record_payment"].isVisibleTo(officer)
    assert not officer.result_buttons["confirm"].isVisibleTo(officer)
    refused: list[str] = []

    def pay(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        type_text(qtbot, dialog.amount, "5.000.000")
        _document(qtbot, dialog, "BL-0012")
        _ok(qtbot, dialog)

    problems = _when_dialog(qtbot, PaymentDialog, pay)
    officer.result_buttons["record_payment"].click()
    assert problems == []
    assert "1 bản ghi chờ Thủ trưởng xác nhận" in officer.values["result.state"].text()

    def not_enforceable(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.NOT_ENFORCEABLE))
        assert dialog.reason.isEnabled()
        dialog.reason.setCurrentIndex(dialog.reason.findData(NotEnforceableReason.ASSET_GONE))
        _document(qtbot, dialog, "07/QĐ-CCTHADS")
        tomorrow = agency_today() + timedelta(days=1)
        dialog.effective_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        _ok(qtbot, dialog)
        refused.append(dialog.error.text())
        assert dialog.isVisible()
        today = agency_today()
        dialog.effective_on.setDate(QDate(today.year, today.month, today.day))
        _ok(qtbot, dialog)

    problems = _when_dialog(qtbot, OutcomeDialog, not_enforceable)
    officer.result_buttons["record_outcome"].click()
    assert problems == []
    assert "chưa đến" in refused[0]
    assert "2 bản ghi chờ" in officer.values["result.state"].text()

    head = _view(qtbot, w, w.head)
    assert head.result_buttons["confirm"].isVisibleTo(head)
    seen: list[list[str]] = []

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmDialog)
        table = dialog.table
        seen.append([table.item(r, 1).text() for r in range(table.rowCount())])
        dialog.buttons["accept"].click()  # nothing chosen: told to choose
        seen.append([dialog.error.text()])
        payment_row = next(i for i, r in enumerate(dialog.records) if r.kind is None)
        table.selectRow(payment_row)
        dialog.buttons["accept"].click()
        assert table.rowCount() == 1
        table.selectRow(0)
        dialog.buttons["refuse"].click()
        seen.append([dialog.error.text()])
        dialog.accept()

    problems = _when_dialog(qtbot, ConfirmDialog, decide)
    head.result_buttons["confirm"].click()
    assert problems == []
    assert sorted(seen[0]) == sorted(
        ["Thu 5.000.000 đồng", "Chưa có điều kiện thi hành: b) Tài sản phải xử lý không còn, "
         "không xác định được"]
    )  # fmt: skip
    assert seen[1] == ["Hãy chọn một bản ghi."]
    assert seen[2] == ["Không có bản ghi nào chờ xác nhận."]
    now = w.services.case_results.results(w.head, w.case.id)
    assert (now.state, now.collected) == (CaseState.ENFORCEABLE, 5_000_000)  # outcome refused
    assert head.values["result.state"].text().startswith("Đang thi hành; đã thu 5.000.000 đồng")
