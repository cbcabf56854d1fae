"""Trích xuất quá hạn: items still out after the due date of their temporary release."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Item, TemporaryRelease, User
from evidence_app.reports.params import ReportParams
from evidence_app.reports.scope import item_condition, warehouse_line
from evidence_app.reports.table import Align, Column, ReportTable

NAME = "overdue_releases"
TITLE = ("Danh sách vật chứng trích xuất quá hạn", "Overdue temporary releases")


def build(session: Session, params: ReportParams) -> ReportTable:
    t, day = params.t, params.day()
    officer = aliased(User)
    query = (
        select(
            Item.code, Item.name, TemporaryRelease.requesting_body,
            TemporaryRelease.requester_name, TemporaryRelease.request_reference,
            TemporaryRelease.released_at, TemporaryRelease.due_on, officer.full_name,
        )
        .join(Item, Item.id == TemporaryRelease.item_id)
        .outerjoin(officer, officer.id == TemporaryRelease.responsible_user_id)
        .where(TemporaryRelease.returned_at.is_(None), TemporaryRelease.due_on < day)
        .order_by(TemporaryRelease.due_on, TemporaryRelease.id)
    )  # fmt: skip
    if params.warehouse_id is not None:
        query = query.where(Item.warehouse_id == params.warehouse_id)
    scope = item_condition(params)  # a regional office's own items (issue 21)
    if scope is not None:
        query = query.where(scope)
    rows = tuple(
        (
            i,
            code,
            name,
            body,
            person,
            ref,
            out.date() if out else None,
            due,
            (day - due).days,
            who or "",
        )
        for i, (code, name, body, person, ref, out, due, who) in enumerate(
            session.execute(query), 1
        )
    )
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            t(f"Đến ngày {day:%d/%m/%Y}", f"As of {day:%d/%m/%Y}"),
            *warehouse_line(session, params),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Mã vật chứng", "Code"), 1.5),
            Column(t("Tên vật chứng", "Item"), 2.2),
            Column(t("Cơ quan đề nghị", "Requesting body"), 2),
            Column(t("Người nhận", "Taken by"), 1.5),
            Column(t("Văn bản đề nghị", "Request"), 1.4),
            Column(t("Ngày trích xuất", "Released"), 1.1, Align.CENTER),
            Column(t("Hạn trả", "Due"), 1.1, Align.CENTER),
            Column(t("Số ngày quá hạn", "Days overdue"), 1, Align.RIGHT),
            Column(t("Người chịu trách nhiệm", "Responsible"), 1.6),
        ),
        rows=rows,
        totals=(None, t("Cộng", "Total"), len(rows), *([None] * 7)),
    )
