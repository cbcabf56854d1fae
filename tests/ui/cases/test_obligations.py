"""One obligation of a case on the officer's and the head's screens (issue 19): the officer
lists the obligations from the case screen (a wrong sum refused in the dialog, nothing
written); once the case lists them, the outcome and payment dialogs offer them as an
optional choice (the whole case by default); the head's queue and the case's history name
the obligation a record concerns, in Vietnamese and English."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from evidence_app.domain.clock import agency_today
from evidence_app.domain.outcomes import ObligationKind, OutcomeKind
from evidence_app.services.outcomes import (
    ObligationDraft,
    OutcomeDraft,
    Paper,
    PaymentDraft,
    RecordView,
)
from tests.services.rows import snapshot
from tests.ui.cases.test_results import _view, _when_dialog
from tests.ui.keys import type_text
from tests.world import World
from ui.cases.history_dialog import HistoryDialog
from ui.cases.obligations_dialog import ObligationsDialog
from ui.cases.results_dialog import ConfirmDialog, OutcomeDialog, PaymentDialog, RecordDialog
from ui.strings import set_language


def _list(w: World) -> list[int]:
    listed = w.services.case_results.list_obligations(
        w.officer,
        w.case.id,
        [
            ObligationDraft(ObligationKind.STATE_BUDGET, 10_000_000),
            ObligationDraft(ObligationKind.COURT_FEES, 5_000_000),
        ],
    )
    return [o.id for o in listed]


def _ok(qtbot: QtBot, dialog: RecordDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _document(qtbot: QtBot, dialog: RecordDialog, number: str) -> None:
    type_text(qtbot, dialog.doc_number, number)
    type_text(qtbot, dialog.doc_issuer, "Thi hành án dân sự thành phố Hà Nội")


def test_no_choice_is_offered_while_the_case_lists_no_obligation(
    qtbot: QtBot, ui_world: World
) -> None:
    dialog = PaymentDialog(ui_world.services, ui_world.officer, ui_world.case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.obligation.isVisible()
    assert dialog.obligation_id() is None


def test_the_officer_chooses_an_obligation_and_the_head_sees_it(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    first, second = _list(w)
    pay = PaymentDialog(w.services, w.officer, w.case)
    qtbot.addWidget(pay)
    pay.show()
    assert pay.obligation.isVisible()
    assert [pay.obligation.itemText(i) for i in range(pay.obligation.count())] == [
        "Cả vụ việc (mọi khoản)",
        "Khoản 1 – Nộp ngân sách nhà nước (10.000.000 đồng)",
        "Khoản 2 – Án phí, lệ phí Tòa án (5.000.000 đồng)",
    ]
    # More than what remains of the court fees: refused in the dialog, nothing written.
    pay.obligation.setCurrentIndex(pay.obligation.findData(second))
    type_text(qtbot, pay.amount, "6.000.000")
    _document(qtbot, pay, "BL-0021")
    _ok(qtbot, pay)
    assert pay.isVisible() and pay.recorded is None
    assert "vượt số còn phải thi hành của khoản nghĩa vụ" in pay.error.text()
    assert w.services.case_results.pending(w.head) == []
    pay.amount.clear()
    type_text(qtbot, pay.amount, "5.000.000")
    _ok(qtbot, pay)
    assert isinstance(pay.recorded, RecordView) and pay.recorded.obligation_id == second

    done = OutcomeDialog(w.services, w.officer, w.case)
    qtbot.addWidget(done)
    done.show()
    done.kind.setCurrentIndex(done.kind.findData(OutcomeKind.SUSPENDED))
    done.obligation.setCurrentIndex(done.obligation.findData(first))
    _document(qtbot, done, "09/QĐ-CCTHADS")
    _ok(qtbot, done)
    assert isinstance(done.recorded, RecordView) and done.recorded.obligation_id == first

    queue = ConfirmDialog(w.services, w.head)
    qtbot.addWidget(queue)
    queue.show()
    queue.grab().save("/tmp/confirm_obligations.png")
    shown = sorted(queue.table.item(r, 1).text() for r in range(queue.table.rowCount()))
    assert shown == [
        "Thu 5.000.000 đồng — Khoản 2 – Án phí, lệ phí Tòa án",
        "Tạm đình chỉ thi hành án — Khoản 1 – Nộp ngân sách nhà nước",
    ]
    queue.table.selectRow(0)
    queue.buttons["accept"].click()
    queue.table.selectRow(0)
    queue.buttons["accept"].click()
    assert queue.table.rowCount() == 0
    views = w.services.case_results.obligations(w.officer, w.case.id)
    assert [(v.state.value, v.collected) for v in views] == [
        ("suspended", 0),
        ("enforceable", 5_000_000),
    ]


def _type_cell(qtbot: QtBot, dialog: ObligationsDialog, row: int, text: str) -> None:
    """Click into the amount cell, type as the officer would and press Enter."""
    table = dialog.table
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.item(row, 1).text() == text


def test_the_officer_lists_the_obligations_from_the_case_screen(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    view = _view(qtbot, w, w.officer)
    assert view.result_buttons["list_obligations"].isVisibleTo(view)
    assert view.result_buttons["list_obligations"].text() == "Liệt kê các khoản…"
    keeper = _view(qtbot, w, w.keeper)
    assert not keeper.result_buttons["list_obligations"].isVisibleTo(keeper)
    seen: list[str] = []
    written: list[bool] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ObligationsDialog)
        dialog.kind_at(0).setCurrentIndex(dialog.kind_at(0).findData(ObligationKind.TO_PARTY))
        _type_cell(qtbot, dialog, 0, "10.000.000")
        qtbot.mouseClick(dialog.buttons["add_row"], Qt.MouseButton.LeftButton)
        dialog.kind_at(1).setCurrentIndex(dialog.kind_at(1).findData(ObligationKind.COURT_FEES))
        _type_cell(qtbot, dialog, 1, "4.000.000")
        before = snapshot(w.services)
        _ok(qtbot, dialog)  # 14 M, not the case's 15 M: refused, shown, nothing written
        seen.append(dialog.error.text())
        written.append(snapshot(w.services) != before)
        assert dialog.isVisible()
        _type_cell(qtbot, dialog, 1, "5.000.000")
        _ok(qtbot, dialog)

    problems = _when_dialog(qtbot, ObligationsDialog, fill)
    view.result_buttons["list_obligations"].click()
    assert problems == []
    assert seen == [
        "Tổng các khoản (14.000.000 đồng) khác số tiền phải thi hành của vụ việc (15.000.000 đồng)."
    ]
    assert written == [False]
    listed = w.services.case_results.obligations(w.officer, w.case.id)
    assert [(o.position, o.kind, o.amount) for o in listed] == [
        (1, ObligationKind.TO_PARTY, 10_000_000),
        (2, ObligationKind.COURT_FEES, 5_000_000),
    ]
    # Opened again, the list is shown as recorded, read only.
    shown: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ObligationsDialog)
        table = dialog.table
        shown.extend([table.item(r, 0).text(), table.item(r, 1).text()] for r in range(2))
        assert "add_row" not in dialog.buttons
        dialog.reject()

    problems = _when_dialog(qtbot, ObligationsDialog, look)
    view.result_buttons["list_obligations"].click()
    assert problems == []
    assert shown == [
        ["1. Trả tiền cho đương sự", "10.000.000 đồng"],
        ["2. Án phí, lệ phí Tòa án", "5.000.000 đồng"],
    ]


HISTORY = {
    "vi": [
        "Thu 1.000.000 đồng",
        "Tạm đình chỉ thi hành án — Khoản 1 – Nộp ngân sách nhà nước",
        "Thu 5.000.000 đồng — Khoản 2 – Án phí, lệ phí Tòa án",
    ],
    "en": [
        "Collected 1,000,000 VND",
        "Suspended — Obligation 1 – To the state budget",
        "Collected 5,000,000 VND — Obligation 2 – Court fees",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_case_history_names_the_obligation_of_each_record(
    qtbot: QtBot, ui_world: World, lang: str
) -> None:
    w = ui_world
    set_language(lang)
    first, second = _list(w)
    results = w.services.case_results
    today = agency_today()
    days = [today - timedelta(days=n) for n in (2, 1, 0)]
    drafts: list[PaymentDraft | OutcomeDraft] = [
        PaymentDraft(5_000_000, days[0], Paper("BL-01", days[0], "THADS"), obligation_id=second),
        OutcomeDraft(
            OutcomeKind.SUSPENDED, days[1], Paper("09/QĐ-CCTHADS", days[1], "THADS"),
            obligation_id=first,
        ),
        PaymentDraft(1_000_000, days[2], Paper("BL-02", days[2], "THADS")),  # the whole case
    ]  # fmt: skip
    for draft in drafts:
        if isinstance(draft, PaymentDraft):
            record = results.record_payment(w.officer, w.case.id, draft)
        else:
            record = results.record_outcome(w.officer, w.case.id, draft)
        results.confirm(w.head, record)
    view = _view(qtbot, w, w.officer)
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        dialog.resize(1100, 420)
        dialog.grab().save(f"/tmp/history_obligations_{lang}.png")
        seen.extend(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
        dialog.accept()

    problems = _when_dialog(qtbot, HistoryDialog, read)
    view.result_buttons["history"].click()
    assert problems == []
    assert seen == HISTORY[lang]
    # The case's summary line counts its obligations by where each stands.
    view.resize(1366, 700)
    view.grab().save(f"/tmp/case_summary_{lang}.png")
    summary = view.values["result.state"].text()
    assert summary.endswith(SUMMARY[lang]), summary


SUMMARY = {
    "vi": "; 2 khoản: Tạm đình chỉ thi hành án 1, Đang thi hành 1",
    "en": "; 2 obligations: Suspended 1, Being enforced 1",
}
