"""The demo records its case outcomes and payments through the services, over several
working years, each confirmed by the head who did not record it, corrects some cases'
amounts by change events and closes the statistics of every working year already over
(issue 19). One case in three lists its obligations; its payments and completions name
them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CasePayment,
    ChangeKind,
    StatisticsClosing,
)
from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import ValidationError
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period, working_year_of
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services
from evidence_app.services.outcomes import Paper, PaymentDraft


def test_the_demo_records_outcomes_through_the_services(services: Services) -> None:
    build_demo(services, 250, seed=4, password="demo-kho-2026")
    with unit_of_work(services.db, read_only=True) as session:
        outcomes = session.execute(
            select(
                CaseOutcome.effective_on, CaseOutcome.recorded_by, CaseConfirmation.confirmed_by
            ).join(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        ).all()
        payments = session.scalar(select(func.count(CasePayment.id))) or 0
        unconfirmed = session.scalar(
            select(func.count(CasePayment.id))
            .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
            .where(CaseConfirmation.id.is_(None))
        )
        cached = session.scalar(select(func.sum(Case.amount_enforced))) or 0
        counted = session.scalar(
            select(func.sum(CasePayment.amount - CasePayment.costs)).join(
                CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id
            )
        )
    assert len(outcomes) > 10 and payments > 10 and unconfirmed == 0
    assert all(recorder != head for _, recorder, head in outcomes)
    years = {working_year_of(day) for day, _, _ in outcomes}
    assert len(years) >= 3, years
    assert cached == counted  # the case rows' cache is what the confirmed payments say
    last = max(years) - 1  # a whole working year
    table = services.reports.build(
        SYSTEM, "enforcement_results", ReportParams(*statistics_period(last, 12))
    )
    cases, money = table.rows[0], table.rows[1]
    assert int(str(cases[10])) > 0 and int(str(money[10])) > 0  # completed, collected
    assert services.case_results.pending(SYSTEM) == []
    with unit_of_work(services.db, read_only=True) as session:
        changes = session.execute(
            select(CaseChange.case_id, CaseChange.old_value, CaseChange.new_value).where(
                CaseChange.kind == ChangeKind.AMOUNT
            )
        ).all()
        closed = session.execute(
            select(StatisticsClosing.period_start, StatisticsClosing.period_end)
        ).all()
    assert changes and all(new > old for _, old, new in changes)
    now = working_year_of(agency_today())
    first = working_year_of(min(closed)[0])
    assert sorted(closed) == [statistics_period(y, 12) for y in range(first, now)]
    assert first <= min(years)  # from the first decided case's year to the last one over
    # A closed year takes nothing more: a payment dated inside it is refused.
    day = statistics_period(last, 12)[1]
    with unit_of_work(services.db, read_only=True) as session:
        case_id = session.scalar(
            select(Case.id).where(Case.decision_date <= day).order_by(Case.id).limit(1)
        )
    assert case_id is not None
    with pytest.raises(ValidationError) as err:
        services.case_results.record_payment(
            SYSTEM, case_id, PaymentDraft(1000, day, Paper("BL-X", day, "THADS"))
        )
    assert err.value.key in ("history.period_closed", "outcome.finished")
    _obligations_listed(services)


def _obligations_listed(services: Services) -> None:
    """Listed obligations sum to the case's amount; the money each was paid adds up to what
    the case collected, and where every payment named one, to exactly those payments."""
    with unit_of_work(services.db, read_only=True) as session:
        listed = sorted(set(session.scalars(select(CaseObligation.case_id))))
        paid = session.execute(
            select(CasePayment.case_id, CasePayment.obligation_id, CasePayment.amount)
        ).all()
        named_outcomes = session.scalar(
            select(func.count(CaseOutcome.id)).where(CaseOutcome.obligation_id.is_not(None))
        )
    assert len(listed) >= 5, listed
    assert named_outcomes and any(o is not None for _, o, _ in paid)
    exact = 0
    for case_id in listed:
        views = services.case_results.obligations(SYSTEM, case_id)
        now = services.case_results.results(SYSTEM, case_id)
        assert [o.kind.value for o in views] == ["to_party", "court_fees"]
        assert sum(o.amount for o in views) == now.amount_to_enforce
        assert sum(o.collected for o in views) == now.collected
        mine = [(o, a) for c, o, a in paid if c == case_id]
        if mine and all(o is not None for o, _ in mine):
            for view in views:
                assert sum(a for o, a in mine if o == view.id) == view.collected
            exact += 1
    assert exact >= 3
