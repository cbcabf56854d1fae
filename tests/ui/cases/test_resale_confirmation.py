"""The head's queue after a lot was sold again (issue 18): he clicks "refuse" on the void of
the first buyer's credit and reads why he cannot (the buyer took the money back, Decree
152/2026 Art 67.4), clicks "accept" on the second sale's credit and reads that the void
comes first; nothing is written by either; then he accepts both, in that order, and the
case counts the second sale only."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from evidence_app.domain.outcomes import ChangeKind
from tests.services.auctions.test_resale_credit import (
    SECOND,
    _cancel,
    _collected,
    _pending,
    _resold,
    _sold_and_paid,
)
from tests.services.rows import snapshot
from tests.ui.cases.test_results import _view, _when_dialog
from tests.world import World
from ui.cases.results_dialog import ConfirmDialog


def test_the_head_reads_why_the_void_comes_first(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    lot_id = _sold_and_paid(w)
    w.services.case_results.confirm(w.head, _pending(w, change=False)[0])
    _cancel(w, lot_id)
    _resold(w, lot_id)
    head = _view(qtbot, w, w.head)
    said: list[str] = []

    def click(dialog: ConfirmDialog, void: bool, button: str) -> None:
        row = next(
            i
            for i, r in enumerate(dialog.records)
            if (r.change is ChangeKind.VOID_PAYMENT if void else r.is_payment)
        )
        dialog.table.selectRow(row)
        dialog.buttons[button].click()
        said.append(dialog.error.text() if dialog.error.isVisible() else "")

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmDialog)
        dialog.resize(1100, 420)
        before = snapshot(w.services)
        click(dialog, True, "refuse")
        dialog.grab().save("/tmp/confirm_void_refused.png")
        click(dialog, False, "accept")
        dialog.grab().save("/tmp/confirm_credit_held.png")
        assert snapshot(w.services) == before
        click(dialog, True, "accept")
        click(dialog, False, "accept")
        dialog.accept()

    problems = _when_dialog(qtbot, ConfirmDialog, decide)
    head.result_buttons["confirm"].click()
    assert problems == []
    assert "Không thể từ chối" in said[0] and "Điều 67" in said[0], said
    assert "cần xác nhận việc hủy ghi nhận khoản đó trước" in said[1], said
    assert said[2:] == ["", ""], said
    assert not _pending(w, change=True) and not _pending(w, change=False)
    assert _collected(w) == SECOND
    assert QApplication.activeModalWidget() is None
