"""The results report with a case of two obligations (issue 19; Law 106/2025 Art 3.8: one
decision is one case): the case is counted once, in the state derived from its obligations
(Art 38, 55), its money per obligation. Hand-computed across working years 2025 and 2026.

Case X, decided 1/3/2025, 100 M: obligations bank (money to a party) 70 M, then court fees
30 M. 10/6/2025: 20 M paid for the case (→ bank). 15/11/2025: 50 M paid for the case (→ bank,
now paid in full). 20/11/2025: bank completed. 10/1/2026: fees not yet enforceable (Art 38.1
a). 1/5/2026: fees enforceable again. 10/6/2026: 30 M paid for the fees. 15/6/2026: fees
completed, so the case is completed (Art 55.1).
Case Y, the second officer's, decided 1/11/2025, 40 M, no obligations listed: 10 M paid
1/2/2026, 30 M on 15/8/2026, completed 20/8/2026.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from evidence_app.domain.enums import Role
from evidence_app.domain.outcomes import NotEnforceableReason, ObligationKind
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable
from evidence_app.reports.working_year import statistics_period, working_year_bounds
from evidence_app.services.outcomes import ObligationDraft, OutcomeDraft, PaymentDraft
from tests.people import hire
from tests.reports.test_enforcement import _figures, _regional_office
from tests.services.outcomes.scenario import K, M, new_case, outcome, paper, payment, use_today
from tests.world import PASSWORD, World

# Columns 3–14 as in test_enforcement: received, carried over, new, entrusted, to enforce,
# not yet enforceable, enforceable, completed, terminated, postponed, suspended, being
# enforced; 15: the rate. Money in millions.
EXPECTED: dict[str, tuple[tuple[object, ...], tuple[object, ...]]] = {
    # WY2025 (1/10/2024 – 30/9/2025): X new and being enforced; bank 70 of which 20 paid
    # (50 left), fees 30 untouched. Y not decided yet.
    "WY2025": ((1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, "0.00"),
               (100, 0, 100, 0, 100, 0, 100, 20, 0, 0, 0, 80, "20.00")),
    # 3 months of WY2026 (to 31/12/2025): X carried over, still being enforced (its fees are
    # open) though the bank obligation is completed: money carried 50 (bank, less the 20 of
    # WY2025) + 30 (fees), 50 collected, 30 left. Y new with 40.
    "3": ((2, 1, 1, 0, 2, 0, 2, 0, 0, 0, 0, 2, "0.00"),
          (120, 80, 40, 0, 120, 0, 120, 50, 0, 0, 0, 70, "41.67")),
    # 6 months (to 31/3/2026): the fees, X's only open obligation, are not yet enforceable,
    # so X is (one case); in money only the fees' 30. Y: 10 collected, 30 left.
    "6": ((2, 1, 1, 0, 2, 1, 1, 0, 0, 0, 0, 1, "0.00"),
          (120, 80, 40, 0, 120, 30, 90, 60, 0, 0, 0, 30, "66.67")),
    # 10 months (to 31/7/2026): X completed (once, though two obligations were), 80 of its
    # money collected in the year; Y as before.
    "10": ((2, 1, 1, 0, 2, 0, 2, 1, 0, 0, 0, 1, "50.00"),
           (120, 80, 40, 0, 120, 0, 120, 90, 0, 0, 0, 30, "75.00")),
    # 12 months (to 30/9/2026): Y completed too.
    "12": ((2, 1, 1, 0, 2, 0, 2, 2, 0, 0, 0, 0, "100.00"),
           (120, 80, 40, 0, 120, 0, 120, 120, 0, 0, 0, 0, "100.00")),
}  # fmt: skip

DAY_ONE = date(2026, 12, 1)


def _report(world: World, start: date, end: date) -> ReportTable:
    params = ReportParams(date_from=start, date_to=end, lang="vi")
    return world.services.reports.build(world.head, "enforcement_results", params)


def _period(key: str) -> tuple[date, date]:
    return working_year_bounds(2025) if key == "WY2025" else statistics_period(2026, int(key))


def _for(world: World, case_id: int, obligation: int | None, kind: K, day: date) -> None:
    results = world.services.case_results
    reason = NotEnforceableReason.NO_INCOME_OR_ASSETS if kind is K.NOT_ENFORCEABLE else None
    draft = OutcomeDraft(kind, day, paper(day), reason, obligation_id=obligation)
    results.confirm(world.head, results.record_outcome(world.officer, case_id, draft))


def _pay(world: World, case_id: int, amount: int, day: date, obligation: int | None) -> None:
    results = world.services.case_results
    draft = PaymentDraft(amount, day, paper(day, "BL-01"), obligation_id=obligation)
    results.confirm(world.head, results.record_payment(world.officer, case_id, draft))


class Scenario:
    """X and Y recorded up to 31/3/2026 (``first``), the rest later (``rest``)."""

    def __init__(self, world: World) -> None:
        use_today(world, DAY_ONE)
        self.world = world
        self.second = hire(
            world.services, world.admin, "chv.hai", "Đỗ Văn Hai", PASSWORD, [Role.OFFICER]
        )
        self.x = new_case(world, "Vụ X – hai khoản", date(2025, 3, 1), 100 * M, world.officer)
        bank, fees = world.services.case_results.list_obligations(
            world.officer,
            self.x,
            [
                ObligationDraft(ObligationKind.TO_PARTY, 70 * M, "Ngân hàng"),
                ObligationDraft(ObligationKind.COURT_FEES, 30 * M),
            ],
        )
        self.bank, self.fees = bank.id, fees.id
        self.y = new_case(world, "Vụ Y – một khoản", date(2025, 11, 1), 40 * M, self.second)

    def first(self) -> None:
        w, x = self.world, self.x
        _pay(w, x, 20 * M, date(2025, 6, 10), None)
        _pay(w, x, 50 * M, date(2025, 11, 15), None)
        _for(w, x, self.bank, K.COMPLETED, date(2025, 11, 20))
        _for(w, x, self.fees, K.NOT_ENFORCEABLE, date(2026, 1, 10))
        payment(w, self.y, 10 * M, date(2026, 2, 1))

    def rest(self) -> None:
        w, x = self.world, self.x
        _for(w, x, self.fees, K.ENFORCEABLE_AGAIN, date(2026, 5, 1))
        _pay(w, x, 30 * M, date(2026, 6, 10), self.fees)
        _for(w, x, self.fees, K.COMPLETED, date(2026, 6, 15))
        payment(w, self.y, 30 * M, date(2026, 8, 15))
        outcome(w, self.y, K.COMPLETED, date(2026, 8, 20))


def test_a_case_of_two_obligations_counts_once_and_its_money_per_obligation(
    world: World,
) -> None:
    s = Scenario(world)
    s.first()
    s.rest()
    for key, (cases, money) in EXPECTED.items():
        table = _report(world, *_period(key))
        assert _figures(table.rows[0]) == cases, key
        assert _figures(table.rows[1], 1000) == money, key
    # The case's own standing and its obligations', as the screens show them.
    results = world.services.case_results
    assert results.results(world.officer, s.x).state.value == "completed"
    views = results.obligations(world.officer, s.x)
    assert [(v.collected, v.remaining, v.state.value) for v in views] == [
        (70 * M, 0, "completed"),
        (30 * M, 0, "completed"),
    ]


def test_officers_sum_to_their_unit_and_the_units_to_the_agency(world: World) -> None:
    s = Scenario(world)
    s.first()
    s.rest()
    _regional_office(world)
    for key in EXPECTED:
        table = _report(world, *_period(key))
        rows = table.rows
        units = [i for i, r in enumerate(rows) if isinstance(r[0], str)]
        # WY2025 has one unit's cases only: its officers follow the agency directly.
        assert len(units) == (0 if key == "WY2025" else 2), key
        bounds = [*(units or [0]), len(rows)]
        for line in (0, 1):
            for column in range(3, 15):
                unit_sum = 0
                for here, nxt in pairwise(bounds):
                    officers = rows[here + 2 : nxt]
                    total = sum(int(r[column]) for r in officers[line::2])  # type: ignore[call-overload]
                    assert total == rows[here + line][column], (key, here, line, column)
                    unit_sum += int(rows[here + line][column])  # type: ignore[call-overload]
                assert unit_sum == rows[line][column], (key, line, column)
        # The first officer's line is X alone: the hand figures without Y.
        first = next(i for i, r in enumerate(rows) if r[1] == world.officer.full_name)
        if key == "6":
            assert _figures(rows[first])[:12] == (1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0)
            assert _figures(rows[first + 1], 1000)[:12] == (
                80, 80, 0, 0, 80, 30, 50, 50, 0, 0, 0, 0,
            )  # fmt: skip


def test_a_past_period_is_byte_identical_after_later_records(world: World) -> None:
    s = Scenario(world)
    s.first()
    six = _period("6")
    before = _report(world, *six)
    pdf = world.services.reports.render(before, "pdf", DAY_ONE)
    assert _figures(before.rows[0]) == EXPECTED["6"][0]
    assert _figures(before.rows[1], 1000) == EXPECTED["6"][1]
    s.rest()
    # The same case's later records, and a later case listing its own obligations.
    late = new_case(world, "Vụ Z – năm sau", date(2026, 10, 5), 9 * M, world.officer)
    world.services.case_results.list_obligations(
        world.officer,
        late,
        [
            ObligationDraft(ObligationKind.STATE_BUDGET, 5 * M),
            ObligationDraft(ObligationKind.OTHER, 4 * M),
        ],
    )
    _pay(world, late, 6 * M, date(2026, 11, 2), None)
    after = _report(world, *six)
    assert after == before
    # The PDF, dated and invariant, is the same bytes (the spreadsheet's zip stamps the time
    # it was written, so only its table is compared, above).
    assert world.services.reports.render(after, "pdf", DAY_ONE) == pdf


def test_the_not_enforceable_ledger_lists_a_case_only_when_no_obligation_can_be_enforced(
    world: World,
) -> None:
    """Mẫu 20 (Law 106/2025 Art 38): X's only open obligation, the fees, is not enforceable
    from 10/1/2026, so X is listed; W's fees are not enforceable either but its other
    obligation can still be enforced, so W is not (Art 3.8: one case, one standing)."""
    s = Scenario(world)
    s.first()
    w = new_case(world, "Vụ W – một khoản chưa có điều kiện", date(2025, 12, 1), 20 * M,
                 world.officer)  # fmt: skip
    _, fees = world.services.case_results.list_obligations(
        world.officer,
        w,
        [
            ObligationDraft(ObligationKind.STATE_BUDGET, 15 * M),
            ObligationDraft(ObligationKind.COURT_FEES, 5 * M),
        ],
    )
    _for(world, w, fees.id, K.NOT_ENFORCEABLE, date(2026, 2, 1))
    params = ReportParams(today=date(2026, 3, 31))
    ledger = world.services.reports.build(world.officer, "not_enforceable", params)
    assert [r[3] for r in ledger.rows] == ["Vụ X – hai khoản"]
    assert world.services.case_results.results(world.officer, w).state.value == "enforceable"
