"""The officer corrects the amount to enforce; the head finds the correction in his queue,
reads what it changes and accepts it, and the case's history then shows it counting
(migration 0027; Law 106/2025 Art 22, Decree 152/2026 Art 38; issue 19)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from evidence_app.domain.outcomes import ChangeKind
from tests.ui.cases.test_results import _document, _ok, _view, _when_dialog
from tests.ui.keys import type_text
from tests.world import World
from ui.cases.history_dialog import ChangeDialog, HistoryDialog
from ui.cases.results_dialog import ConfirmDialog


def test_the_head_confirms_a_correction_from_his_queue(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    officer = _view(qtbot, w, w.officer)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ChangeKind.AMOUNT))
        type_text(qtbot, dialog.amount, "12.500.000")
        _document(qtbot, dialog, "07/QĐ-CCTHADS")
        _ok(qtbot, dialog)

    problems = _when_dialog(qtbot, ChangeDialog, change)
    officer.result_buttons["record_change"].click()
    assert problems == []
    assert "1 bản ghi chờ" in officer.values["result.state"].text()

    head = _view(qtbot, w, w.head)
    seen: list[str] = []

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmDialog)
        dialog.resize(1100, 420)
        dialog.grab().save("/tmp/confirm_change.png")
        table = dialog.table
        row = next(i for i, r in enumerate(dialog.records) if r.change is ChangeKind.AMOUNT)
        seen.extend(table.item(row, c).text() for c in range(table.columnCount()))
        table.selectRow(row)
        dialog.buttons["accept"].click()
        seen.append(dialog.error.text())
        dialog.accept()

    problems = _when_dialog(qtbot, ConfirmDialog, decide)
    head.result_buttons["confirm"].click()
    assert problems == []
    assert any(t.startswith("Thay đổi số tiền phải thi hành:") for t in seen), seen
    assert any("→ 12.500.000 đồng" in t for t in seen), seen
    assert "07/QĐ-CCTHADS" in " ".join(seen)
    assert seen[-1] == "Không có bản ghi nào chờ xác nhận."
    status: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        status.append(dialog.table.item(0, dialog.table.columnCount() - 1).text())
        dialog.accept()

    problems = _when_dialog(qtbot, HistoryDialog, read)
    head.result_buttons["history"].click()
    assert problems == []
    counts = [e for e in w.services.case_results.history(w.head, w.case.id) if e.accepted]
    assert counts and counts[0].what == ChangeKind.AMOUNT
    assert status and status[0] and status[0] != "Chờ xác nhận"
    assert QApplication.activeModalWidget() is None
