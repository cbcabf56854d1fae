"""The national figures (issue 21): for each province, the enforcement results of Biểu mẫu
01/TKLN-THADS (joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 4–7, counted exactly as
the province's own report counts them: ``enforcement_figures``) and its custody counts,
read from the province's replica on the national cluster; the nation is their sum.

Each province numbers its rows from 1, so the replicas are never merged: each is counted on
its own and only the counts are added (``db/replication.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from evidence_app.domain import display
from evidence_app.domain.errors import ValidationError
from evidence_app.reports import enforcement
from evidence_app.reports.cells import cell_text
from evidence_app.reports.custody_figures import CustodyCounts, custody_counts
from evidence_app.reports.enforcement_figures import EMPTY, Line, lines, total
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import Align, Cell, Column, ReportTable
from evidence_app.reports.working_year import period_months, working_year_of

NAME = "national_figures"
TITLE = ("Số liệu thi hành án dân sự toàn quốc", "National civil judgment enforcement figures")

#: The custody columns after the form's: (Vietnamese, English) header.
CUSTODY_COLUMNS = (
    ("Vật chứng nhập kho trong kỳ", "Items booked in"),
    ("Vật chứng xuất kho trong kỳ", "Items that left"),
    ("Vật chứng đang quản lý cuối kỳ", "Items held at the end"),
)


@dataclass(frozen=True)
class ProvinceFigures:
    name: str
    enforcement: Line
    custody: CustodyCounts
    #: When the replica last heard from the province (``pg_stat_subscription``): the figures
    #: are the province's as of then. Not part of the figures' equality.
    as_of: datetime | None = field(default=None, compare=False)

    def __add__(self, other: ProvinceFigures) -> ProvinceFigures:
        return ProvinceFigures(
            self.name, self.enforcement + other.enforcement, self.custody + other.custody
        )


def province_figures(session: Session, name: str, start: date, end: date) -> ProvinceFigures:
    """One province's figures from its own database or its replica: the same queries."""
    return ProvinceFigures(
        name, total(lines(session, start, end)), custody_counts(session, start, end)
    )


def national_total(provinces: list[ProvinceFigures], name: str = "") -> ProvinceFigures:
    result = ProvinceFigures(name, EMPTY, CustodyCounts())
    for province in provinces:
        result = result + province
    return ProvinceFigures(name, result.enforcement, result.custody)


def build(provinces: list[ProvinceFigures], params: ReportParams) -> ReportTable:
    """The nation first, then each province: a line in cases (with its custody counts) and a
    line in money (thousands of đồng), as the agency's own report lays them out."""
    t = params.t
    start, end = enforcement.period(params)
    nation = national_total(provinces, t("Toàn quốc", "Nation"))
    rows: list[tuple[Cell, ...]] = []
    for number, figures in [(None, nation), *enumerate(provinces, 1)]:
        cases, money = enforcement.pair(number, figures.name, figures.enforcement, params)
        c = figures.custody
        rows.append((*cases, c.received, c.left, c.held))
        rows.append((*money, None, None, None))
    header = (("STT", "No."), ("Tỉnh, thành phố", "Province"))
    columns = (
        *(Column(t(vi, en), w, a) for (vi, en), (_, _, w, a) in
          zip(header, enforcement.COLUMNS[:2], strict=True)),
        *(Column(t(vi, en), w, a) for vi, en, w, a in enforcement.COLUMNS[2:]),
        *(Column(t(vi, en), 0.5, Align.RIGHT) for vi, en in CUSTODY_COLUMNS),
    )  # fmt: skip
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            period_words(params, start, end),
            t(
                "Đơn vị tính: việc; tiền: nghìn đồng; vật chứng: số vật chứng",
                "Units: cases; money in thousands of VND; items: number of items",
            ),
        ),
        form=enforcement.FORM,
        columns=columns,
        rows=tuple(rows),
        footer=(
            t(
                "Số liệu mỗi tỉnh đọc từ bản sao của cơ sở dữ liệu tỉnh tại máy chủ quốc gia "
                "(sao chép logic PostgreSQL); toàn quốc là tổng các tỉnh.",
                "Each province's figures are read from its replica on the national server "
                "(PostgreSQL logical replication); the nation is the sum of the provinces.",
            ),
            *(_as_of(p, params) for p in provinces),
        ),
        paper="A3",
        lang=params.lang,
    )


def _as_of(province: ProvinceFigures, params: ReportParams) -> str:
    when = display.moment(province.as_of) or "—"
    return params.t(
        f"{province.name}: số liệu tỉnh gửi đến lúc {when}.",
        f"{province.name}: the province's data as received at {when}.",
    )


def period_words(params: ReportParams, start: date, end: date) -> str:
    """ "Kỳ báo cáo 6 tháng năm công tác 2026 (…)", or the dates when not a statistics period."""
    months = period_months(start, end)
    span = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    if months is None:
        return params.t(f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}", f"From {span}")
    year = working_year_of(start)
    return params.t(
        f"Kỳ báo cáo {months} tháng năm công tác {year} ({span})",
        f"{months}-month period of working year {year} ({span})",
    )


def as_text(table: ReportTable) -> str:
    """The table as plain lines for a terminal: the title, ``header: value`` pairs per row
    (numbers and rates in the report's language: dot thousands in Vietnamese), the notes."""
    out = [table.title, *table.subtitle]
    name: Cell = ""
    for row in table.rows:
        name = row[1] or name  # the money line under its province's line names it again
        cells = [
            f"{column.header}: {cell_text(cell, table.lang)}"
            for column, cell in zip(table.columns, (row[0], name, *row[2:]), strict=True)
            if cell not in (None, "")
        ]
        out.append(" | ".join(cells))
    return "\n".join([*out, *table.footer])


def read_replicas(replicas: list[tuple[str, str]], params: ReportParams) -> list[ProvinceFigures]:
    """Each province's figures from its replica (``(name, URL)``, the URL a report user's),
    each in a read-only transaction of its own; a replica still making its first copy of the
    province is refused, never counted in part."""
    from db.engine import Database  # the national side opens many databases, not the app's one
    from db.replication import copied, received_at

    start, end = enforcement.period(params)
    found = []
    for name, url in replicas:
        database = Database.open(url)
        try:
            with database.session(read_only=True) as session:
                if not copied(session.connection()):
                    raise ValidationError("national.not_copied", name=name)
                figures = province_figures(session, name, start, end)
                found.append(replace(figures, as_of=received_at(session.connection())))
        finally:
            database.dispose()
    return found
