"""Deadlines of what the judgments order (Law 106/2025 Art 57, 59), for the dashboard and the
deadlines report.

- Confiscation (Art 57.1): notice and handover within 10 days of the QĐ THA, while any item
  ordered confiscated is still held; confiscated money to the state budget within 7 days of
  its receipt, or of the QĐ THA if received before (Decree 152 Art 39.4).
- Return to owners (Art 59.1): the notice within 3 working days of the QĐ THA; once notified,
  money not collected in 15 days goes to a savings deposit when above twice the regional
  minimum wage, else to the Treasury account (Decree 152 Art 41.2), perishables after
  5 working days and other property after 30 days go to valuation and sale, papers after 3
  months back to the body that issued them (Art 59.2), and anything unclaimed 5 years after
  the judgment to the state budget.

One deadline per case and step, while items so ordered are held; the step's action (the
notice recorded, the items released, the disposition changed to sale) closes it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Case, CaseNotice, Item, MoneyCount
from evidence_app.domain import rules
from evidence_app.domain.calendar import add_months, add_working_days, add_years
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import MONEY_CATEGORIES, Category, Disposition, NoticeKind
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.admin import effective, holidays
from evidence_app.services.core.deadlines import SOURCES, Deadline

SUBJECT = "deadline.subject_case"


@dataclass(frozen=True, slots=True)
class _Case:
    """What a deadline needs of a case (read as columns: a province holds 100,000 cases)."""

    id: int
    name: str
    officer_id: int | None
    decision_date: date | None
    judgment_date: date | None


@dataclass(frozen=True, slots=True)
class _Held:
    """A case's held items of one disposition, by category (counts)."""

    case: _Case
    categories: dict[Category, int]


#: The dispositions whose deadlines follow the held items (Art 57, 59): read together.
_HELD = (Disposition.CONFISCATE, Disposition.RETURN_TO_OWNER)


def _held(session: Session, disposition: Disposition) -> list[_Held]:
    """Cases with a QĐ THA holding items ordered ``disposition`` (ix_item_disposition); read
    once per transaction for both dispositions (three sources ask)."""
    cache: dict[Disposition, list[_Held]] = session.info.setdefault("deadlines_held", {})
    if disposition not in cache:
        wanted = _HELD if disposition in _HELD else (disposition,)
        cache.update(_read_held(session, wanted))
    return cache[disposition]


def _read_held(
    session: Session, dispositions: tuple[Disposition, ...]
) -> dict[Disposition, list[_Held]]:
    """One query: the counts grouped in SQL and joined to their cases there (sending 7,000
    case ids back as parameters cost more than the reading)."""
    counts = (
        select(Item.disposition, Item.case_id, Item.category, func.count().label("n"))
        .where(Item.disposition.in_(dispositions), Item.status.not_in(sorted(FINAL_STATES)))
        .where(Item.case_id.is_not(None))
        .group_by(Item.disposition, Item.case_id, Item.category)
        .subquery()
    )
    rows = session.execute(
        select(Case.id, Case.name, Case.officer_id, Case.decision_date, Case.judgment_date)
        .add_columns(counts.c.disposition, counts.c.category, counts.c.n)
        .join(counts, counts.c.case_id == Case.id)
        .where(Case.decision_date.is_not(None), Case.decision_number != "")
        .order_by(Case.id)
    )
    cases: dict[int, _Case] = {}
    held: dict[Disposition, dict[int, dict[Category, int]]] = {d: {} for d in dispositions}
    for case_id, name, officer_id, decided, judged, disposition, category, count in rows:
        if case_id not in cases:
            cases[case_id] = _Case(case_id, name, officer_id, decided, judged)
        by_case = held[Disposition(disposition)].setdefault(case_id, {})
        by_case[Category(category)] = int(count)
    return {
        d: [_Held(cases[case_id], categories) for case_id, categories in by_case.items()]
        for d, by_case in held.items()
    }


def _deadline(kind: str, due: date, held: _Held, rule_key: str) -> Deadline:
    case = held.case
    return Deadline(
        kind, due, case.name, rules.rule(rule_key).article, "cases", case.id,
        case_id=case.id, responsible_user_id=case.officer_id, subject_key=SUBJECT,
    )  # fmt: skip


def confiscation_handovers(session: Session, today: date, until: date) -> list[Deadline]:
    """Ten days from the QĐ THA to hand confiscated items over (Art 57.1)."""
    days = timedelta(days=rules.value("confiscation.handover_days"))
    found = []
    for held in _held(session, Disposition.CONFISCATE):
        assert held.case.decision_date is not None
        due = held.case.decision_date + days
        if due <= until:
            found.append(_deadline("deadline.confiscation_handover", due, held,
                                   "confiscation.handover_days"))  # fmt: skip
    return found


def confiscated_money(session: Session, today: date, until: date) -> list[Deadline]:
    """Confiscated money goes to the state budget within 7 days of its receipt, or of the QĐ
    THA when it was received before (Decree 152 Art 39.4)."""
    rows = session.execute(
        select(Item.case_id, func.min(Item.received_at))
        .where(Item.disposition == Disposition.CONFISCATE)
        .where(Item.status.not_in(sorted(FINAL_STATES)))
        .where(Item.category.in_(sorted(MONEY_CATEGORIES)))
        .group_by(Item.case_id)
    )
    received: dict[int, datetime] = {int(c): first for c, first in rows if c is not None}
    days = timedelta(days=rules.value("confiscated_cash.to_budget_days"))
    found = []
    for held in _held(session, Disposition.CONFISCATE):
        first = received.get(held.case.id)
        if first is None:
            continue
        assert held.case.decision_date is not None
        due = max(agency_date(first), held.case.decision_date) + days
        if due <= until:
            found.append(_deadline("deadline.confiscated_cash", due, held,
                                   "confiscated_cash.to_budget_days"))  # fmt: skip
    return found


def returns_to_owners(session: Session, today: date, until: date) -> list[Deadline]:
    """The notice, then the steps that follow it for what the parties do not collect."""
    off = holidays(session)
    notified = _return_notices(session)
    cash = _cash_held(session)
    threshold = rules.value("return.savings_wage_multiple") * effective(
        session, "region.minimum_wage_vnd"
    )
    notice_days = rules.value("return.notice_working_days")
    # Thousands of cases share a few hundred decision days: each day's count done once.
    notice_due: dict[date, date] = {}
    found = []
    for held in _held(session, Disposition.RETURN_TO_OWNER):
        case = held.case
        assert case.decision_date is not None
        notice = notified.get(case.id)
        if notice is None:
            due = notice_due.get(case.decision_date) or notice_due.setdefault(
                case.decision_date, add_working_days(case.decision_date, notice_days, off)
            )
            steps = [("deadline.return_notice", due, "return.notice_working_days")]
        else:
            steps = _after_notice(notice, held.categories, off)
            steps = [_where_money_goes(s, cash.get(case.id, 0), threshold) for s in steps]
        if case.judgment_date is not None:
            years = rules.value("return.unclaimed_years")
            steps.append(("deadline.return_unclaimed", add_years(case.judgment_date, years),
                          "return.unclaimed_years"))  # fmt: skip
        found += [_deadline(k, d, held, r) for k, d, r in steps if d <= until]
    return found


def _after_notice(
    notified_on: date, categories: dict[Category, int], off: Collection[date]
) -> list[tuple[str, date, str]]:
    steps = []
    if any(c in MONEY_CATEGORIES for c in categories):
        due = notified_on + timedelta(days=rules.value("return.money_days"))
        steps.append(("deadline.return_money", due, "return.money_days"))
    if Category.PERISHABLE in categories:
        due = add_working_days(notified_on, rules.value("return.perishable_working_days"), off)
        steps.append(("deadline.return_perishable", due, "return.perishable_working_days"))
    if Category.DOCUMENT in categories:
        due = add_months(notified_on, rules.value("return.papers_months"))
        steps.append(("deadline.return_papers", due, "return.papers_months"))
    other = set(categories) - MONEY_CATEGORIES - {Category.PERISHABLE, Category.DOCUMENT}
    if other:
        due = notified_on + timedelta(days=rules.value("return.property_days"))
        steps.append(("deadline.return_property", due, "return.property_days"))
    return steps


def _where_money_goes(
    step: tuple[str, date, str], cash: int, threshold: float
) -> tuple[str, date, str]:
    """Uncollected đồng above twice the regional minimum wage go to an on-demand savings
    deposit, the rest to the Treasury account (Decree 152 Art 41.2); foreign money alone keeps
    the general wording (no amount in đồng to compare)."""
    key, due, rule = step
    if key != "deadline.return_money" or cash <= 0:
        return step
    where = "savings" if cash > threshold else "treasury"
    return f"deadline.return_money_{where}", due, rule


def _cash_held(session: Session) -> dict[int, int]:
    """Cash in đồng ordered returned and still held, per case: the notes counted at the
    handover (Art 44.2), else the value the item was booked at."""
    counted = (
        select(
            MoneyCount.item_id,
            func.sum(MoneyCount.denomination * MoneyCount.count).label("total"),
        )
        .group_by(MoneyCount.item_id)
        .subquery()
    )
    rows = session.execute(
        select(Item.case_id, func.sum(func.coalesce(counted.c.total, Item.estimated_value, 0)))
        .outerjoin(counted, counted.c.item_id == Item.id)
        .where(Item.category == Category.CASH, Item.disposition == Disposition.RETURN_TO_OWNER)
        .where(Item.status.not_in(sorted(FINAL_STATES)), Item.case_id.is_not(None))
        .group_by(Item.case_id)
    )
    return {int(case_id): int(total or 0) for case_id, total in rows}


def _return_notices(session: Session) -> dict[int, date]:
    """The first notice to collect, per case."""
    rows = session.execute(
        select(CaseNotice.case_id, func.min(CaseNotice.notified_on))
        .where(CaseNotice.kind == NoticeKind.RETURN_TO_OWNER)
        .group_by(CaseNotice.case_id)
    )
    return {int(case_id): day for case_id, day in rows}


def register() -> None:
    for source in (confiscation_handovers, confiscated_money, returns_to_owners):
        if source not in SOURCES:
            SOURCES.append(source)


register()
