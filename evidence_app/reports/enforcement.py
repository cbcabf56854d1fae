"""Kết quả thi hành án về việc và về tiền trong năm công tác (01/10 – 30/9), by officer,
with completion rates (completed ÷ enforceable) against the year's targets."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.models import Case, User
from evidence_app.domain import display
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import Align, Column, ReportTable
from evidence_app.reports.working_year import completion_rate, working_year_bounds, working_year_of
from evidence_app.services.admin import effective_value

NAME = "enforcement_results"
TITLE = ("Kết quả thi hành án dân sự về việc và về tiền", "Enforcement results by cases and money")


def target(session: Session, key: str) -> float:
    """A configurable rule's value: the agency's own (Administration → Holidays and legal
    values, the ``rule.<key>`` setting) or the rules table's default."""
    return effective_value(session, key)


def build(session: Session, params: ReportParams) -> ReportTable:
    t = params.t
    year = params.year or working_year_of(params.day())
    start, end = working_year_bounds(year)
    due = and_(
        Case.decision_date.is_not(None),
        Case.decision_date <= end,
        or_(Case.completed_on.is_(None), Case.completed_on >= start),
    )
    done = and_(
        Case.enforceable.is_(True), Case.completed_on.is_not(None), Case.completed_on <= end
    )
    able = Case.enforceable.is_(True)
    query = (
        select(
            Case.officer_id, func.count(),
            func.sum(case((able, 1), else_=0)), func.sum(case((done, 1), else_=0)),
            func.sum(case((able, Case.amount_to_enforce), else_=0)),
            func.sum(case((able, Case.amount_enforced), else_=0)),
        )
        .where(due)
        .group_by(Case.officer_id)
    )  # fmt: skip
    names = {i: n for i, n in session.execute(select(User.id, User.full_name))}
    unassigned = t("(chưa phân công)", "(unassigned)")
    found: list[tuple[str, int, int, int, int, int]] = sorted(
        ((names.get(o, "") if o else unassigned, int(n), int(a or 0), int(d or 0),
          int(ma or 0), int(md or 0))
         for o, n, a, d, ma, md in session.execute(query)),
        key=lambda r: r[0],
    )  # fmt: skip
    rows = tuple(
        (i, who, n, a, d, completion_rate(d, a), ma, md, completion_rate(md, ma))
        for i, (who, n, a, d, ma, md) in enumerate(found, 1)
    )
    sums = [sum(int(r[k]) for r in found) for k in range(1, 6)]
    cases_target = target(session, "enforcement.target_cases_percent")
    money_target = target(session, "enforcement.target_money_percent")
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            t(
                f"Năm công tác {year} (từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})",
                f"Working year {year} ({start:%d/%m/%Y} to {end:%d/%m/%Y})",
            ),
            t(
                f"Chỉ tiêu: {display.percent(cases_target, 'vi', sign=True)} về việc, "
                f"{display.percent(money_target, 'vi', sign=True)} về tiền",
                f"Targets: {display.percent(cases_target, 'en', sign=True)} by cases, "
                f"{display.percent(money_target, 'en', sign=True)} by money",
            ),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Chấp hành viên", "Enforcement officer"), 2.2),
            Column(t("Số việc phải thi hành", "Cases to enforce"), 1.1, Align.RIGHT),
            Column(t("Có điều kiện thi hành (việc)", "Enforceable cases"), 1.1, Align.RIGHT),
            Column(t("Thi hành xong (việc)", "Completed cases"), 1.1, Align.RIGHT),
            Column(t("Tỷ lệ về việc (%)", "Rate by cases (%)"), 1, Align.RIGHT),
            Column(t("Có điều kiện thi hành (đ)", "Enforceable (VND)"), 1.7, Align.RIGHT),
            Column(t("Đã thi hành (đ)", "Enforced (VND)"), 1.7, Align.RIGHT),
            Column(t("Tỷ lệ về tiền (%)", "Rate by money (%)"), 1, Align.RIGHT),
        ),
        rows=rows,
        totals=(
            None,
            t("Cộng", "Total"),
            sums[0],
            sums[1],
            sums[2],
            completion_rate(sums[2], sums[1]),
            sums[3],
            sums[4],
            completion_rate(sums[4], sums[3]),
        ),
        footer=(
            t(
                "Tỷ lệ = số thi hành xong (kể cả đình chỉ) ÷ số có điều kiện thi hành.",
                "Rate = completed (including terminated) ÷ enforceable.",
            ),
            _against(
                params, t("về việc", "by cases"), completion_rate(sums[2], sums[1]), cases_target
            ),
            _against(
                params, t("về tiền", "by money"), completion_rate(sums[4], sums[3]), money_target
            ),
        ),
    )


def _against(params: ReportParams, what: str, rate: Decimal | None, goal: float) -> str:
    """ "Tỷ lệ về việc 83,85% so với chỉ tiêu 81,50%: đạt." (one precision for every rate)"""
    shown = display.percent(rate, params.lang)
    goal_text = display.percent(goal, params.lang)
    reached = rate is not None and rate >= Decimal(str(goal))
    verdict = params.t("đạt", "reached") if reached else params.t("chưa đạt", "not reached")
    return params.t(
        f"Tỷ lệ {what} {shown}% so với chỉ tiêu {goal_text}%: {verdict}.",
        f"Rate {what} {shown}% against a target of {goal_text}%: {verdict}.",
    )
