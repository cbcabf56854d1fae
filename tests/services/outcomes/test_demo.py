"""The demo records its case outcomes and payments through the services, over several
working years, each confirmed by the head who did not record it (issue 19)."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import Case, CaseConfirmation, CaseOutcome, CasePayment
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period, working_year_of
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services


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
