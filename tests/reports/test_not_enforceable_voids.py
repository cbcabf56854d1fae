"""The ledger of cases not yet enforceable (Mẫu số 20) reads the record as corrected: a
payment voided by an accepted correction (money a buyer took back, Decree 152/2026 Art
67.4) still remains to enforce, and a not-enforceable decision voided is no longer listed;
a correction dated after the ledger's day changes nothing on it. Both databases."""

from __future__ import annotations

from datetime import date

from evidence_app.domain.outcomes import ChangeKind, NotEnforceableReason, OutcomeKind
from evidence_app.reports.params import ReportParams
from evidence_app.services.outcomes import ChangeDraft, RecordView
from tests.services.outcomes.scenario import M, new_case, outcome, paper, payment, use_today
from tests.world import World

REASON = NotEnforceableReason.NO_INCOME_OR_ASSETS


def _void(world: World, case_id: int, kind: ChangeKind, record: RecordView, on: date) -> None:
    results = world.services.case_results
    draft = ChangeDraft(kind, on, paper(on, "02/QĐ-THADS"), record_id=record.id)
    change = results.record_change(world.officer, case_id, draft)
    results.confirm(world.head, results.change(world.head, change))


def _ledger(world: World, day: date) -> dict[str, int]:
    table = world.services.reports.build(world.head, "not_enforceable", ReportParams(today=day))
    return {str(row[3]): int(str(row[6])) for row in table.rows}


def test_voided_money_is_still_owed_and_a_voided_decision_is_not_listed(world: World) -> None:
    use_today(world)
    decided = date(2025, 11, 1)
    paid = new_case(world, "Vụ tiền bị hủy", decided, 10 * M, world.officer)
    credit = payment(world, paid, 4 * M, date(2025, 12, 1))
    _void(world, paid, ChangeKind.VOID_PAYMENT, credit, date(2025, 12, 20))
    outcome(world, paid, OutcomeKind.NOT_ENFORCEABLE, date(2026, 1, 10), REASON)
    wrong = new_case(world, "Vụ quyết định bị hủy", decided, 3 * M, world.officer)
    decision = outcome(world, wrong, OutcomeKind.NOT_ENFORCEABLE, date(2026, 1, 10), REASON)
    _void(world, wrong, ChangeKind.VOID_OUTCOME, decision, date(2026, 2, 1))
    # Before the decision's void took effect, the ledger of that day lists it as it stood.
    assert _ledger(world, date(2026, 1, 20)) == {
        "Vụ tiền bị hủy": 10 * M, "Vụ quyết định bị hủy": 3 * M,
    }  # fmt: skip
    assert _ledger(world, date(2026, 3, 1)) == {"Vụ tiền bị hủy": 10 * M}
