"""The officer records a correction of the case from the case screen, typing as he would,
and reads the case's history; a refused correction stays in the dialog (issue 19)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from evidence_app.domain.outcomes import ChangeKind
from evidence_app.services.catalogue import CaseDraft
from tests.ui.cases.test_results import _document, _ok, _view, _when_dialog
from tests.ui.keys import type_text
from tests.world import World
from ui.cases.history_dialog import ChangeDialog, ClosePeriodDialog, HistoryDialog


def test_the_officer_changes_the_amount_and_reads_the_history(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    view = _view(qtbot, w, w.officer)
    assert view.result_buttons["record_change"].isVisibleTo(view)
    refusals: list[str] = []

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ChangeKind.AMOUNT))
        assert dialog.amount.isEnabled() and not dialog.record_pick.isEnabled()
        type_text(qtbot, dialog.amount, "12.500.000")
        _ok(qtbot, dialog)  # no document yet: refused inside the dialog
        assert dialog.isVisible()
        refusals.append(dialog.error.text())
        _document(qtbot, dialog, "07/QĐ-CCTHADS")
        dialog.grab().save("/tmp/change_dialog.png")
        _ok(qtbot, dialog)

    problems = _when_dialog(qtbot, ChangeDialog, change)
    view.result_buttons["record_change"].click()
    assert problems == []
    assert refusals and refusals[0]
    assert w.services.cases.get(w.officer, w.case.id).amount_to_enforce == 12_500_000
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        dialog.resize(1100, 500)
        dialog.grab().save("/tmp/history_dialog.png")
        row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        seen.extend(row)
        dialog.accept()

    problems = _when_dialog(qtbot, HistoryDialog, read)
    view.result_buttons["history"].click()
    assert problems == []
    assert "Thay đổi số tiền phải thi hành" in seen
    assert any("12.500.000" in text for text in seen)
    assert "07/QĐ-CCTHADS" in seen
    assert QApplication.activeModalWidget() is None


def test_the_head_closes_a_period_and_closing_it_again_is_refused(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    assert (
        not _view(qtbot, w, w.officer)
        .result_buttons["close_period"]
        .isVisibleTo(_view(qtbot, w, w.officer))
    )
    view = _view(qtbot, w, w.head)
    messages: list[str] = []

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, ClosePeriodDialog)
        dialog.year.setValue(2026)
        dialog.months.setCurrentIndex(dialog.months.findData(12))
        _ok(qtbot, dialog)
        messages.append(dialog.error.text() if dialog.isVisible() else "")

    for _ in range(2):
        problems = _when_dialog(qtbot, ClosePeriodDialog, close)
        view.result_buttons["close_period"].click()
        assert problems == []
    assert messages[0] == ""
    assert "đã khóa" in messages[1]


def test_a_corrected_decision_date_is_in_the_history_and_not_offered_as_a_correction(
    qtbot: QtBot, ui_world: World
) -> None:
    """The decision date is corrected on the case itself (an append-only change effective
    today, issue 19); the history names it in words, old and new dates."""
    w = ui_world
    case = w.services.cases.get(w.head, w.case.id)
    assert case.decision_date is not None
    earlier = case.decision_date - timedelta(days=3)
    draft = CaseDraft(
        name=case.name, decision_number=case.decision_number, decision_date=earlier,
        amount_to_enforce=case.amount_to_enforce, officer_id=case.officer_id,
    )  # fmt: skip
    w.services.cases.update(w.head, case.id, case.version, draft)
    view = _view(qtbot, w, w.officer)
    offered: list[object] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeDialog)
        offered.extend(dialog.kind.itemData(i) for i in range(dialog.kind.count()))
        dialog.reject()

    problems = _when_dialog(qtbot, ChangeDialog, look)
    view.result_buttons["record_change"].click()
    assert problems == [] and offered and ChangeKind.DECISION_DATE not in offered
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        seen.extend(dialog.table.item(0, c).text() for c in range(dialog.table.columnCount()))
        dialog.accept()

    problems = _when_dialog(qtbot, HistoryDialog, read)
    view.result_buttons["history"].click()
    assert problems == []
    assert "Sửa ngày ra quyết định thi hành án" in seen
    assert f"{case.decision_date:%d/%m/%Y} → {earlier:%d/%m/%Y}" in seen
