"""Kết quả thi hành án dân sự về việc và về tiền for a period of the working year (3, 6, 10,
12 months from 1/10, or any dates): the agency first, then each unit when it has more than
one (Law 106/2025 Art 13) with its officers, else each officer; one line in cases and one in
money, laid out as Biểu mẫu 01/TKLN-THADS of joint Circular
12/2021/TTLT-BTP-VKSNDTC-TANDTC (Art 4–7) names its columns. The figures come from the
confirmed record of outcomes and payments (``enforcement_figures``), never from the case rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Unit, User
from evidence_app.domain import display
from evidence_app.reports.enforcement_figures import EMPTY, Figures, Line, lines
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
#: The same form with every line split into ex officio (chủ động, Law 106/2025 Art 33.2) and
#: on request (theo yêu cầu, Art 34), as the statistics count the two kinds of enforcement
#: decision apart (joint Circular 12/2021; Circular 04/2023 Mẫu 03 "Sổ thụ lý thi hành án
#: (chủ động, theo yêu cầu)"); each line is the sum of its two parts.
NAME_BY_KIND = "enforcement_results_by_kind"
TITLE_BY_KIND = (
    "Kết quả thi hành án dân sự về việc và về tiền, chia theo chủ động và theo yêu cầu",
    "Enforcement results by cases and money, ex officio and on request",
)
FORM = "Biểu mẫu 01/TKLN-THADS"

#: (Vietnamese, English) header and width of each column, in the form's order: the figures
#: take the width of their numbers, the names the rest.
COLUMNS: tuple[tuple[str, str, float, Align], ...] = (
    ("STT", "No.", 0.45, Align.CENTER),
    ("Chấp hành viên", "Enforcement officer", 4.0, Align.LEFT),
    ("Đơn vị tính", "Unit", 1.6, Align.LEFT),
    ("Tổng số thụ lý", "Total received", 0.5, Align.RIGHT),
    ("Năm trước chuyển sang", "Carried over", 0.5, Align.RIGHT),
    ("Mới thụ lý", "Newly received", 0.5, Align.RIGHT),
    ("Ủy thác", "Entrusted", 0.5, Align.RIGHT),
    ("Tổng số phải thi hành", "Total to enforce", 0.5, Align.RIGHT),
    ("Chưa có điều kiện thi hành", "Not yet enforceable", 0.5, Align.RIGHT),
    ("Có điều kiện thi hành", "Enforceable", 0.5, Align.RIGHT),
    ("Thi hành xong", "Completed", 0.5, Align.RIGHT),
    ("Đình chỉ thi hành án", "Terminated", 0.5, Align.RIGHT),
    ("Hoãn thi hành án", "Postponed", 0.5, Align.RIGHT),
    ("Tạm đình chỉ thi hành án", "Suspended", 0.5, Align.RIGHT),
    ("Đang thi hành", "Being enforced", 0.5, Align.RIGHT),
    ("Tỷ lệ (%)", "Rate (%)", 0.5, Align.RIGHT),
)


def roman(number: int) -> str:
    """I, II, III… numbering the units, as the forms number their parts."""
    digits = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
              (4, "IV"), (1, "I"))  # fmt: skip
    out = ""
    for value, letters in digits:
        count, number = divmod(number, value)
        out += letters * count
    return out


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


def row(figures: Figures, rate: Decimal | None, scale: int = 1) -> tuple[Cell, ...]:
    f = figures
    values = (
        f.received, f.carried, f.new, f.entrusted, f.due, f.not_enforceable, f.enforceable,
        f.completed, f.terminated, f.postponed, f.suspended, f.ongoing,
    )  # fmt: skip
    return (*(_scaled(v, scale) for v in values), rate)


def _scaled(value: int, scale: int) -> int:
    """Money in thousands of đồng, as the statistics forms count it (half up)."""
    return int((Decimal(value) / scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pair(number: Cell, who: str, line: Line, params: ReportParams) -> tuple[tuple[Cell, ...], ...]:
    """The line in cases (việc) and the line in money (tiền, thousands of đồng); the rates
    come from the exact amounts."""
    t = params.t
    c, m = line.cases, line.money
    return (
        (number, who, t("Việc", "Cases"), *row(c, completion_rate(c.done, c.enforceable))),
        (None, "", t("Tiền", "Money"), *row(m, completion_rate(m.done, m.enforceable), 1000)),
    )


@dataclass(frozen=True)
class Parts:
    """A line's ex officio and on request parts (Law 106/2025 Art 33.2, 34)."""

    own: Line = EMPTY
    asked: Line = EMPTY

    def __add__(self, other: Parts) -> Parts:
        return Parts(self.own + other.own, self.asked + other.asked)

    @property
    def whole(self) -> Line:
        return self.own + self.asked


NOTHING = Parts()


def split_pair(
    number: Cell, who: str, parts: Parts, params: ReportParams
) -> tuple[tuple[Cell, ...], ...]:
    """The line in cases then its two parts, the line in money then its two parts."""
    t = params.t
    whole = pair(number, who, parts.whole, params)
    own = pair(None, t("– Chủ động", "– Ex officio"), parts.own, params)
    asked = pair(None, t("– Theo yêu cầu", "– On request"), parts.asked, params)
    return (whole[0], own[0], asked[0], whole[1], own[1], asked[1])


def build(session: Session, params: ReportParams) -> ReportTable:
    return _build(session, params, split=False)


def build_by_kind(session: Session, params: ReportParams) -> ReportTable:
    return _build(session, params, split=True)


def _build(session: Session, params: ReportParams, *, split: bool) -> ReportTable:
    t = params.t
    start, end = period(params)
    found = lines(session, start, end, by_unit=True, by_kind=True)
    placed: dict[tuple[int, Hashable], Parts] = defaultdict(lambda: NOTHING)
    for key, line in found.items():
        where, ex_officio = cast(tuple[tuple[int, Hashable], bool], key)
        if params.unit_ids is not None and where[0] not in params.unit_ids:
            continue  # a regional office's own lines (issue 21)
        placed[where] = placed[where] + (Parts(own=line) if ex_officio else Parts(asked=line))
    agency = NOTHING
    for parts in placed.values():
        agency = agency + parts

    def lines_of(number: Cell, who: str, parts: Parts) -> tuple[tuple[Cell, ...], ...]:
        if split:
            return split_pair(number, who, parts, params)
        return pair(number, who, parts.whole, params)

    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    unassigned = t("(chưa phân công)", "(unassigned)")

    def who(key: Hashable) -> str:
        return names.get(key, "") if isinstance(key, int) else unassigned

    def officers(unit_ids: set[int]) -> list[tuple[Cell, ...]]:
        """The officers' lines within ``unit_ids``, by name (the unassigned last)."""
        mine: dict[Hashable, Parts] = defaultdict(lambda: NOTHING)
        for (unit_id, key), parts in placed.items():
            if unit_id in unit_ids:
                mine[key] = mine[key] + parts
        ordered = sorted(mine, key=lambda k: (not isinstance(k, int), who(k)))
        rows: list[tuple[Cell, ...]] = []
        for number, key in enumerate(ordered, 1):
            rows.extend(lines_of(number, who(key), mine[key]))
        return rows

    rows = [*lines_of(None, t("Toàn cơ quan", "Whole agency"), agency)]
    units = {unit_id for unit_id, _ in placed}
    if len(units) > 1:
        # Each unit (the provincial agency's own cases first, then the regional offices by
        # code), then its officers: officers sum to their unit, units to the agency.
        known = session.execute(
            select(Unit.id, Unit.name).where(Unit.id.in_(units))
            .order_by(Unit.provincial.desc(), Unit.code)
        ).all()  # fmt: skip
        for number, (unit_id, name) in enumerate(known, 1):
            of_unit = NOTHING
            for (home, _), part in placed.items():
                of_unit = of_unit + part if home == unit_id else of_unit
            rows.extend(lines_of(roman(number), name, of_unit))
            rows.extend(officers({unit_id}))
    else:
        rows.extend(officers(units))
    return ReportTable(
        name=NAME_BY_KIND if split else NAME,
        title=t(*(TITLE_BY_KIND if split else TITLE)).upper(),
        subtitle=(
            _period_words(params, start, end),
            t("Đơn vị tính: việc; tiền: nghìn đồng", "Units: cases; money in thousands of VND"),
        ),
        form=FORM,
        columns=tuple(
            Column(t("Đơn vị, Chấp hành viên", "Unit, enforcement officer"), w, a)
            if i == 1 and len(units) > 1
            else Column(t(vi, en), w, a)
            for i, (vi, en, w, a) in enumerate(COLUMNS)
        ),
        rows=tuple(rows),
        footer=_footer(session, params, agency.whole),
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
    cases, money = agency.cases, agency.money
    if cases.separate_book or cases.request_returned:
        book, back = cases.separate_book, cases.request_returned
        book_k, back_k = (
            display.number(_scaled(v, 1000), params.lang)
            for v in (money.separate_book, money.request_returned)
        )
        notes.append(
            t(
                f"Thống kê riêng, không tính vào các cột trên (Điều 22 Nghị định 152/2026/NĐ-CP):"
                f" chuyển sang sổ theo dõi riêng {book} việc, {book_k} nghìn đồng; gửi lại yêu "
                f"cầu thi hành án {back} việc, {back_k} nghìn đồng.",
                f"Counted apart, not in the columns above (Decree 152/2026 Art 22): moved to the "
                f"separate tracking book {book} cases, {book_k} thousand VND; request returned "
                f"{back} cases, {back_k} thousand VND.",
            )
        )
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
    """ "Tỷ lệ về việc 83,85% so với chỉ tiêu 81,50%: đạt." (one precision for every rate)"""
    shown = display.percent(rate, params.lang, sign=True)  # "—" when nothing is due
    goal_text = display.percent(goal, params.lang, sign=True)
    reached = rate is not None and rate >= Decimal(str(goal))
    verdict = params.t("đạt", "reached") if reached else params.t("chưa đạt", "not reached")
    return params.t(
        f"Tỷ lệ {what} {shown} so với chỉ tiêu {goal_text}: {verdict}.",
        f"Rate {what} {shown} against a target of {goal_text}: {verdict}.",
    )
