"""Thời hạn pháp lý: upcoming and overdue deadlines of every workflow (deadlines.collect)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from evidence_app.domain.messages import text
from evidence_app.reports.params import ReportParams
from evidence_app.reports.scope import deadlines_in_scope
from evidence_app.reports.table import Align, Column, ReportTable
from evidence_app.services.core.deadlines import collect

NAME = "deadlines"
TITLE = ("Theo dõi thời hạn xử lý vật chứng, tài sản", "Legal deadlines, upcoming and overdue")
#: How far ahead the report looks by default.
HORIZON_DAYS = 30


def build(session: Session, params: ReportParams) -> ReportTable:
    t, day = params.t, params.day()
    until = params.date_to or day + timedelta(days=HORIZON_DAYS)
    # A regional office's own deadlines (issue 21).
    found = deadlines_in_scope(session, collect(session, day, until), params)
    rows = tuple(
        (i, d.due_on, d.days_left(day), text(d.kind, params.lang), d.subject_text(params.lang),
         d.article, text(f"area.{d.area}", params.lang))
        for i, d in enumerate(found, 1)
    )  # fmt: skip
    overdue = sum(1 for d in found if d.is_overdue(day))
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            t(
                f"Ngày {day:%d/%m/%Y}; các thời hạn đến ngày {until:%d/%m/%Y} và đã quá hạn",
                f"On {day:%d/%m/%Y}; deadlines up to {until:%d/%m/%Y} and overdue",
            ),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Hạn", "Due"), 1.1, Align.CENTER),
            Column(t("Còn (ngày)", "Days left"), 0.9, Align.RIGHT),
            Column(t("Việc phải làm", "What falls due"), 2.6),
            Column(t("Đối tượng", "Subject"), 2.4),
            Column(t("Căn cứ", "Basis"), 2.2),
            Column(t("Nghiệp vụ", "Area"), 1.2),
        ),
        rows=rows,
        totals=(None, t("Quá hạn", "Overdue"), overdue, None, None, None, None),
        footer=(t("Số ngày âm là số ngày đã quá hạn.", "A negative number of days is overdue."),),
    )
