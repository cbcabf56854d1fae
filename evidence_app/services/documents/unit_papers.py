"""Each unit's papers under its own name and number (issue 21).

A regional office (Phòng THADS khu vực) is part of the provincial agency (Law 106/2025
Art 13–14): its papers carry, top left, the provincial agency as managing agency over the
office's own name as issuing agency (Decree 30/2020 Appendix I: "tên cơ quan, tổ chức chủ
quản trực tiếp" over "tên cơ quan, tổ chức ban hành văn bản"), and a number from the office's
own per-kind, per-year sequence whose symbol ends with the office's code (Decree 30/2020
Appendix I: the symbol is the kind's abbreviation and the issuing body's), e.g.
``3/BB-THADS-KV1``. The provincial agency's papers keep the agency's header and the
sequence ``doc:<kind>`` they always had, so every number already printed stays valid.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Case, Item, Unit
from evidence_app.documents.content import Content
from evidence_app.domain.document_kinds import document_number
from evidence_app.domain.enums import DocumentKind
from evidence_app.services.core.scope import item_unit_id


def paper_unit(
    session: Session, unit_id: int | None, items: Sequence[Item], case_id: int | None
) -> Unit | None:
    """The unit issuing a paper: ``unit_id``; else the one unit holding all ``items``; else
    the case's; None: the provincial agency (no unit made yet, or units unknown)."""
    if unit_id is None and items:
        held = {item_unit_id(session, item) for item in items}
        if len(held) == 1:
            unit_id = held.pop()
    if unit_id is None and case_id is not None:
        unit_id = session.scalar(select(Case.unit_id).where(Case.id == case_id))
    if unit_id is None:
        return None
    return session.get(Unit, unit_id)


def regional(unit: Unit | None) -> bool:
    return unit is not None and not unit.provincial


def sequence_name(kind: DocumentKind, unit: Unit | None) -> str:
    """``doc:<kind>`` for the provincial agency, ``doc:<kind>:<unit code>`` for an office."""
    return f"doc:{kind}:{unit.code}" if unit is not None and regional(unit) else f"doc:{kind}"


def unit_document_number(kind: DocumentKind, seq_no: int, unit: Unit | None) -> str:
    """``15/BB-THADS`` (the provincial agency) or ``15/BB-THADS-KV1`` (office KV1)."""
    number = document_number(kind, seq_no)
    return f"{number}-{unit.code}" if unit is not None and regional(unit) else number


def unit_header(session: Session, content: Content, unit: Unit | None) -> Content:
    """``content`` with an office's header: the provincial agency over the office's name
    (unchanged for the provincial agency's own papers)."""
    if unit is None or not regional(unit):
        return content
    province = session.scalar(select(Agency.name).order_by(Agency.id).limit(1))
    if not province:
        province = session.scalar(
            select(Unit.name).where(Unit.provincial.is_(True)).order_by(Unit.id).limit(1)
        )
    header = dataclasses.replace(
        content.header, managing_agency=province or content.header.managing_agency,
        agency=unit.name,
    )  # fmt: skip
    return dataclasses.replace(content, header=header)
