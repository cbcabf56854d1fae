"""Kết quả thi hành án dân sự về việc và về tiền for a period of the working year (3, 6, 10,
12 months from 1/10, or any dates): the agency first, then each officer, one line in cases
and one in money, laid out as Biểu mẫu 01/TKLN-THADS of joint Circular
12/2021/TTLT-BTP-VKSNDTC-TANDTC (Art 4–7) names its columns. The figures come from the
confirmed record of outcomes and payments (``enforcement_figures``), never from the case rows.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import User
from evidence_app.documents.parts import vn_number
from evidence_app.reports.enforcement_figures import Figures, Line, lines, total
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import Align, Cell, Column, ReportTable
from evidence_app.reports.working_year import (
    completion_rate,
    period_months,
    working_year_bounds,
    working_year_of,
)
from evidence_app.services.admin import agency_value, effective_value

NAME = "enforcement_results"
TITLE = ("Kết quả thi hành án dân sự về việc và về tiền", "Enforcement results by cases and money")
FORM = "Biểu mẫu 01/TKLN-THADS"

#: (Vietnamese, English) header and width of each column, in the form's order.
COLUMNS: tuple[tuple[str, str, float, Align], ...] = (
    ("STT", "No.", 0.45, Align.CENTER),
    ("Chấp hành viên", "Enforcement officer", 2.0, Align.LEFT),
    ("Đơn vị tính", "Unit", 0.7, Align.LEFT),
    ("Tổng số thụ lý", "Total received", 1.2, Align.RIGHT),
    ("Năm trước chuyển sang", "Carried over", 1.2, Align.RIGHT),
    ("Mới thụ lý", "Newly received", 1.2, Align.RIGHT),
    ("Ủy thác", "Entrusted", 1.0, Align.RIGHT),
    ("Tổng số phải thi hành", "Total to enforce", 1.2, Align.RIGHT),
    ("Chưa có điều kiện thi hành", "Not yet enforceable", 1.2, Align.RIGHT),
    ("Có điều kiện thi hành", "Enforceable", 1.2, Align.RIGHT),
    ("Thi hành xong", "Completed", 1.2, Align.RIGHT),
    ("Đình chỉ thi hành án", "Terminated", 1.1, Align.RIGHT),
    ("Hoãn thi hành án", "Postponed", 1.0, Align.RIGHT),
    ("Tạm đình chỉ thi hành án", "Suspended", 1.0, Align.RIGHT),
    ("Đang thi hành", "Being enforced", 1.1, Align.RIGHT),
    ("Tỷ lệ (%)", "Rate (%)", 0.7, Align.RIGHT),
)


def target(session: Session, key: str) -> float:
    """A configurable rule's value: the agency's own (Administration → Holidays and legal
    values, the ``rule.<key>`` setting) or the rules table's default."""
    return effective_value(session, key)


def period(params: ReportParams) -> tuple[date, date]:
    """The dates asked for; otherwise working year ``year`` (the current one, up to the day
    the report is made for, when none is given)."""
    if params.date_from or params.date_to:
        return params.period()
    if params.year is not None:
        return working_year_bounds(params.year)
    day = params.day()
    return working_year_bounds(working_year_of(day))[0], day


def row(figures: Figures, rate: Decimal | None) -> tuple[Cell, ...]:
    f = figures
    return (
        f.received, f.carried, f.new, f.entrusted, f.due, f.not_enforceable, f.enforceable,
        f.completed, f.terminated, f.postponed, f.suspended, f.ongoing, rate,
    )  # fmt: skip


def pair(number: Cell, who: str, line: Line, params: ReportParams) -> tuple[tuple[Cell, ...], ...]:
    """The line in cases (việc) and the line in money (tiền, đồng)."""
    t = params.t
    c, m = line.cases, line.money
    money = t("Tiền (đồng)", "Money (VND)")
    return (
        (number, who, t("Việc", "Cases"), *row(c, completion_rate(c.done, c.enforceable))),
        (None, "", money, *row(m, completion_rate(m.done, m.enforceable))),
    )


def build(session: Session, params: ReportParams) -> ReportTable:
    t = params.t
    start, end = period(params)
    found = lines(session, start, end)
    agency = total(found)
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    unassigned = t("(chưa phân công)", "(unassigned)")

    def who(key: Hashable) -> str:
        return names.get(key, "") if isinstance(key, int) else unassigned

    ordered = sorted(found, key=lambda k: (not isinstance(k, int), who(k)))
    rows = [*pair(None, t("Toàn cơ quan", "Whole agency"), agency, params)]
    for number, key in enumerate(ordered, 1):
        rows.extend(pair(number, who(key), found[key], params))
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(_period_words(params, start, end),),
        form=FORM,
        columns=tuple(Column(t(vi, en), w, a) for vi, en, w, a in COLUMNS),
        rows=tuple(rows),
        footer=_footer(session, params, agency),
    )


def _period_words(params: ReportParams, start: date, end: date) -> str:
    months = period_months(start, end)
    span = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    if months is None:
        return params.t(f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}", f"From {span}")
    year = working_year_of(start)
    return params.t(
        f"Kỳ báo cáo {months} tháng năm công tác {year} ({span})",
        f"{months}-month period of working year {year} ({span})",
    )


def _footer(session: Session, params: ReportParams, agency: Line) -> tuple[str, ...]:
    t = params.t
    notes = [
        t(
            "Tổng số phải thi hành = tổng số thụ lý − ủy thác; có điều kiện thi hành = phải thi "
            "hành − chưa có điều kiện. Tỷ lệ = (thi hành xong + đình chỉ) ÷ có điều kiện thi "
            "hành. Về tiền: số chuyển sang là số còn phải thi hành đầu kỳ (đã trừ số đã thu "
            "trước kỳ); thi hành xong là số tiền thu được trong kỳ.",
            "Total to enforce = received − entrusted; enforceable = to enforce − not yet "
            "enforceable. Rate = (completed + terminated) ÷ enforceable. In money: carried "
            "over is what remained at the period's start (less what was collected before); "
            "completed is the money collected in the period.",
        )
    ]
    for key, what, figures in (
        ("enforcement.target_cases_percent", t("về việc", "by cases"), agency.cases),
        ("enforcement.target_money_percent", t("về tiền", "by money"), agency.money),
    ):
        goal = agency_value(session, key)
        if goal is not None:  # a target is printed only when the agency assigned one
            notes.append(
                _against(params, what, completion_rate(figures.done, figures.enforceable), goal)
            )
    return tuple(notes)


def _against(params: ReportParams, what: str, rate: Decimal | None, goal: float) -> str:
    """ "Tỷ lệ về việc 83,85% so với chỉ tiêu 81,5%: đạt." """
    shown = vn_number(rate) if rate is not None else "—"
    goal_text = vn_number(Decimal(str(goal)))
    reached = rate is not None and rate >= Decimal(str(goal))
    verdict = params.t("đạt", "reached") if reached else params.t("chưa đạt", "not reached")
    return params.t(
        f"Tỷ lệ {what} {shown}% so với chỉ tiêu {goal_text}%: {verdict}.",
        f"Rate {what} {shown}% against a target of {goal_text}%: {verdict}.",
    )
