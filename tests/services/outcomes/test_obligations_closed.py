"""Listing a case's obligations against closed statistics periods (issue 19): the list splits
the case's money per obligation in every period it counts in (Law 106/2025 Art 3.8), closed
ones too, so it is refused when a closed period's figures would change (joint Circular
12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9: a closed report is not revised), and allowed when
they stay the same, as the period's report shows."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.errors import ValidationError
from evidence_app.domain.outcomes import ChangeKind, ObligationKind
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.outcomes import ChangeDraft, ObligationDraft
from tests.services.outcomes.scenario import M, new_case, paper, payment, use_today
from tests.services.rows import snapshot
from tests.world import World

#: 1/10/2025 – 31/3/2026, closed by the head.
HALF = statistics_period(2026, 6)
DECIDED, PAID, LATER = date(2026, 1, 5), date(2026, 2, 10), date(2026, 11, 2)


def _rows(world: World, start: date, end: date) -> list[list[object]]:
    params = ReportParams(date_from=start, date_to=end, lang="vi")
    table = world.services.reports.build(world.head, "enforcement_results", params)
    return [list(r) for r in table.rows]


def _case_in_closed_half(world: World) -> int:
    """A case of 100 M decided on 5/1/2026, 20 M collected on 10/2, in the closed half year."""
    use_today(world)
    case_id = new_case(world, "Vụ nhiều khoản", DECIDED, 100 * M, world.officer)
    payment(world, case_id, 20 * M, PAID)
    world.services.case_results.close_period(world.head, *HALF)
    return case_id


def test_obligations_that_leave_the_closed_period_as_it_was_are_listed(world: World) -> None:
    case_id = _case_in_closed_half(world)
    before = _rows(world, *HALF)
    # The half year counts the case: 100 M received, 20 M collected, 80 M left (thousands).
    assert before[1][3:15] == [100_000, 0, 100_000, 0, 100_000, 0, 100_000, 20_000, 0, 0, 0,
                               80_000]  # fmt: skip
    listed = world.services.case_results.list_obligations(
        world.officer, case_id,
        [ObligationDraft(ObligationKind.TO_PARTY, 70 * M, "Ngân hàng"),
         ObligationDraft(ObligationKind.COURT_FEES, 30 * M)],
    )  # fmt: skip
    assert [(o.position, o.amount, o.collected) for o in listed] == [
        (1, 70 * M, 20 * M), (2, 30 * M, 0),
    ]  # fmt: skip
    assert _rows(world, *HALF) == before


def test_obligations_that_would_revise_a_closed_period_are_refused(world: World) -> None:
    """The amount was corrected to 120 M after the half year closed (it read 100 M then):
    obligations summing to 120 M would put 120 M into the closed half year's money."""
    case_id = _case_in_closed_half(world)
    results = world.services.case_results
    change = ChangeDraft(ChangeKind.AMOUNT, LATER, paper(LATER, "05/QĐ-CCTHADS"), value=120 * M)
    change_id = results.record_change(world.officer, case_id, change)
    record = next(r for r in results.pending(world.head) if r.change and r.id == change_id)
    results.confirm(world.head, record)
    closed_rows = _rows(world, *HALF)
    before = snapshot(world.services)
    drafts = [
        ObligationDraft(ObligationKind.TO_PARTY, 90 * M, "Ngân hàng"),
        ObligationDraft(ObligationKind.COURT_FEES, 30 * M),
    ]
    with pytest.raises(ValidationError) as err:
        results.list_obligations(world.officer, case_id, drafts)
    assert err.value.key == "obligation.period_closed"
    vi, en = err.value.message("vi"), err.value.message("en")
    assert "01/10/2025 – 31/03/2026" in vi and "kỳ thống kê đã khóa" in vi
    assert "Vụ nhiều khoản" in vi and "Chưa ghi gì" in vi
    assert "01/10/2025 – 31/03/2026" in en and "closed statistics period" in en
    # Read behind the services' back: no obligation, nothing else either.
    assert snapshot(world.services) == before
    assert results.obligations(world.officer, case_id) == []
    assert _rows(world, *HALF) == closed_rows
