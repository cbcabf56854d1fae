"""The head's to-do counts the case records awaiting his word (issue 19): outcomes, payments
and corrections count in the statistics only once the head accepts them (migration 0027;
Law 106/2025 Art 22, Decree 152/2026 Art 38), so the home screen tells him they wait, as
many as his queue lists; the officer's home screen does not; a confirmed one leaves both."""

from __future__ import annotations

from datetime import date

from evidence_app.domain.outcomes import ChangeKind
from evidence_app.services.outcomes import ChangeDraft, OutcomeDraft, PaymentDraft
from tests.services.outcomes.scenario import K, M, new_case, paper, use_today
from tests.world import World


def test_outcomes_payments_and_corrections_wait_on_the_heads_dashboard(world: World) -> None:
    use_today(world, date(2026, 3, 1))
    s, results = world.services, world.services.case_results
    case_id = new_case(world, "Vụ chờ xác nhận", date(2026, 1, 5), 10 * M, world.officer)
    assert s.dashboard.summary(world.head).pending_case_records == 0
    day = date(2026, 2, 2)
    paid = results.record_payment(world.officer, case_id, PaymentDraft(M, day, paper(day, "BL-1")))
    other = new_case(world, "Vụ hoãn", date(2026, 1, 6), 5 * M, world.officer)
    results.record_outcome(world.officer, other, OutcomeDraft(K.POSTPONED, day, paper(day)))
    change = results.record_change(
        world.officer, case_id,
        ChangeDraft(ChangeKind.AMOUNT, day, paper(day, "05/QĐ-CCTHADS"), value=12 * M),
    )  # fmt: skip
    head = s.dashboard.summary(world.head)
    assert head.pending_case_records == 3 == len(results.pending(world.head))
    assert s.dashboard.summary(world.officer).pending_case_records == 0  # the head's to do
    results.confirm(world.head, paid)
    results.confirm(world.head, results.change(world.head, change))
    assert s.dashboard.summary(world.head).pending_case_records == 1
    assert [r.case_name for r in results.pending(world.head)] == ["Vụ hoãn"]
