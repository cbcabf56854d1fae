"""The minutes of an item's return from a temporary release (biên bản nhận lại), issued in the
return's transaction before its RETURNED event, which cites them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    Case,
    Document,
    Item,
    ReleaseRequest,
    TemporaryRelease,
    User,
)
from evidence_app.documents.content import DocumentHeader, DocumentLine, ReturnMinutes, Signer
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.rules import value
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody.release_papers import storage_place
from evidence_app.services.documents import issue_document

AS_IT_LEFT = "Đúng hiện trạng khi xuất"


def return_minutes(
    session: Session,
    actor: Actor,
    release: TemporaryRelease,
    item: Item,
    condition: str,
    condition_ok: bool,
    at: datetime,
) -> Document:
    """Issue the 4-copy minutes of ``item`` coming back from ``release``."""
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    case = session.get(Case, item.case_id) if item.case_id is not None else None
    officer = (
        session.get(User, release.responsible_user_id) if release.responsible_user_id else None
    )
    order_number, minutes_number = _release_papers(session, release.release_request_id)
    found = condition or (AS_IT_LEFT if condition_ok else "")
    line = DocumentLine(
        code=item.code,
        name=item.name,
        unit=item.unit,
        quantity=item.quantity,
        condition=found,
        recorded_condition=item.condition or "—",
        discrepancy="" if condition_ok else (condition or "không đúng hiện trạng khi xuất"),
    )
    content = ReturnMinutes(
        header=DocumentHeader(
            agency.managing_agency if agency else "",
            agency.name if agency else "",
            agency.place_name if agency else "",
            agency_date(at),
        ),
        returned_at=at,
        place=storage_place(session, [item], agency),
        case_name=case.name if case else "",
        release_order_number=order_number,
        release_minutes_number=minutes_number,
        released_on=agency_date(release.released_at),
        returned_by=release.requester_name,
        returning_body=release.requesting_body,
        keeper=Signer("Thủ kho vật chứng", actor.full_name),
        officer=Signer("Chấp hành viên", officer.full_name if officer else ""),
        lines=(line,),
        copies=value("handover.copies"),
    )
    return issue_document(
        session,
        actor.user_id,
        DocumentKind.RETURN_MINUTES,
        content,
        case_id=item.case_id,
        items=[item],
    )


def _release_papers(session: Session, request_id: int | None) -> tuple[str, str]:
    """The numbers of the release order and minutes the item left on ("" if none)."""
    request = session.get(ReleaseRequest, request_id) if request_id is not None else None
    if request is None:
        return "", ""
    numbers = []
    for doc_id in (request.order_document_id, request.minutes_document_id):
        doc = session.get(Document, doc_id) if doc_id is not None else None
        numbers.append(doc.number if doc else "")
    return numbers[0], numbers[1]
