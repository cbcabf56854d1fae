"""The officer records a verification of a case not yet enforceable from the case screen
(Law 106/2025 Art 38.3); before the case is not enforceable it is refused inside the dialog.
The outcome dialog asks for the procuracy's copy only for a returned request (Decree
152/2026 Art 22.2)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from evidence_app.domain.clock import agency_today
from evidence_app.domain.outcomes import NotEnforceableReason, OutcomeKind
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import OutcomeDraft, Paper
from tests.ui.cases.test_results import _document, _ok, _view, _when_dialog
from tests.world import World
from ui.cases.results_dialog import OutcomeDialog, VerificationDialog


def _verifications(w: World) -> list[tuple[str, bool]]:
    with w.services.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT doc_number, new_information FROM case_verification"))
        return [(str(n), bool(b)) for n, b in rows]


def test_the_officer_records_a_verification(qtbot: QtBot, ui_world: World) -> None:
    w = ui_world
    officer = _view(qtbot, w, w.officer)
    assert officer.result_buttons["record_verification"].isVisibleTo(officer)
    refused: list[str] = []

    def verify(dialog: QDialog) -> None:
        assert isinstance(dialog, VerificationDialog)
        _document(qtbot, dialog, "BB-01/XM")
        dialog.new_information.setChecked(True)
        dialog.grab().save("/tmp/verification_dialog.png")
        _ok(qtbot, dialog)
        if dialog.isVisible():
            refused.append(dialog.error.text())
            dialog.reject()

    # The case is enforceable: nothing to verify under Art 38.3.
    problems = _when_dialog(qtbot, VerificationDialog, verify)
    officer.result_buttons["record_verification"].click()
    assert problems == [] and refused and "chỉ xác minh" in refused[0]
    assert _verifications(w) == []
    today = agency_today()
    results = w.services.case_results
    draft = OutcomeDraft(
        OutcomeKind.NOT_ENFORCEABLE, today, Paper("05/QĐ-CCTHADS", today, "Chi cục THADS"),
        NotEnforceableReason.NO_INCOME_OR_ASSETS,
    )  # fmt: skip
    results.confirm(w.head, results.record_outcome(w.officer, w.case.id, draft))
    refused.clear()
    problems = _when_dialog(qtbot, VerificationDialog, verify)
    officer.result_buttons["record_verification"].click()
    assert problems == [] and refused == []
    assert _verifications(w) == [("BB-01/XM", True)]


def test_the_procuracy_copy_is_asked_only_for_a_returned_request(
    qtbot: QtBot, ui_world: World
) -> None:
    w = ui_world
    # Only a case on request has its request returned (Decree 152/2026 Art 22.2); an ex
    # officio one is offered the separate book instead (Art 22.1).
    own = OutcomeDialog(w.services, w.officer, w.services.cases.get(w.officer, w.case.id))
    qtbot.addWidget(own)
    assert own.kind.findData(OutcomeKind.REQUEST_RETURNED) == -1
    assert own.kind.findData(OutcomeKind.SEPARATE_BOOK) >= 0
    asked = w.services.cases.create(
        w.officer, CaseDraft("Vụ theo yêu cầu", decision_number="7/QĐ-THADS", ex_officio=False)
    )
    dialog = OutcomeDialog(w.services, w.officer, w.services.cases.get(w.officer, asked.id))
    qtbot.addWidget(dialog)
    assert dialog.kind.findData(OutcomeKind.SEPARATE_BOOK) == -1
    assert not dialog.procuracy_number.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.REQUEST_RETURNED))
    assert dialog.procuracy_number.isEnabled() and dialog.procuracy.isEnabled()
    dialog.show()
    dialog.grab().save("/tmp/outcome_dialog_returned.png")
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
    dialog.procuracy_number.setText("15/TB-THADS")
    dialog.procuracy.setText("Viện kiểm sát nhân dân TP Hà Nội")
    draft = dialog.draft()
    assert draft.procuracy is not None and draft.procuracy.number == "15/TB-THADS"
