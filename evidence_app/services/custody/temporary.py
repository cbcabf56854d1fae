"""Temporary releases (trích xuất) on the head's order: the written request's terms on the
release request, and the items out (CHECKED_OUT) when the keeper finishes the handover.

A temporary release serves the proceedings (a trial, an expert examination) and comes back, so
it needs neither a disposition nor the case's QĐ THA; it still leaves only on the head's release
order, issued by scanning at the storage place, with handover minutes in 4 copies (Decree 152
Art 37.2.đ, 37.3). The return has its own minutes (``checkouts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from db.models import Item, ReleaseRequest, TemporaryRelease
from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.enums import EventKind, ItemStatus, ReleasePurpose, ReleaseRequestPurpose
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.states import check_transition
from evidence_app.services.core import validate as v
from evidence_app.services.core.events import append_event

TEMPORARY = ReleaseRequestPurpose.TEMPORARY_RELEASE


@dataclass(frozen=True, slots=True)
class CheckoutTerms:
    """What the requesting body's written request says: its number and date, why the items
    are needed, and the day they are due back."""

    reference: str
    purpose: ReleasePurpose
    due_on: date


def clean_terms(
    purpose: ReleaseRequestPurpose, terms: CheckoutTerms | None, note: str
) -> CheckoutTerms | None:
    """The terms a temporary release needs, checked; none for any other purpose."""
    if purpose is not TEMPORARY:
        if terms is not None:
            raise ValidationError("checkout.terms_only_for_temporary")
        return None
    if terms is None:
        raise ValidationError("validation.required", field="field.request_reference")
    reference = v.text_field(terms.reference, "field.request_reference", limit=120, required=True)
    why = v.member(ReleasePurpose, terms.purpose, "field.release_purpose")
    if why is ReleasePurpose.OTHER and not note.strip():
        raise ValidationError("validation.required", field="field.purpose_note")
    check_due(terms.due_on, agency_today())
    return CheckoutTerms(reference, why, terms.due_on)


def check_due(due_on: object, today: date) -> None:
    """The due date is a date, today or later."""
    if not isinstance(due_on, date):
        raise ValidationError("validation.required", field="field.due_on")
    if due_on < today:
        raise ValidationError(
            "checkout.past_due", due=f"{due_on:%d/%m/%Y}", today=f"{today:%d/%m/%Y}"
        )


def check_due_at_approval(request: ReleaseRequest, release_at: datetime) -> None:
    """The hour the head fixes falls on or before the day the items are due back."""
    if request.purpose is not TEMPORARY or request.due_on is None:
        return
    release_day = agency_date(release_at)
    if request.due_on < release_day:
        raise ValidationError(
            "checkout.due_before_release",
            due=f"{request.due_on:%d/%m/%Y}",
            release=f"{release_day:%d/%m/%Y}",
        )


def terms_of(request: ReleaseRequest) -> CheckoutTerms | None:
    if request.purpose is not TEMPORARY or request.due_on is None:
        return None
    purpose = ReleasePurpose(request.checkout_purpose or ReleasePurpose.OTHER)
    return CheckoutTerms(request.request_reference, purpose, request.due_on)


def check_out(
    session: Session,
    actor_id: int | None,
    request: ReleaseRequest,
    items: Sequence[Item],
    minutes_id: int,
    now: datetime,
) -> None:
    """Every item of a finished temporary release goes out to the requesting body: one
    TEMPORARY_RELEASE event citing the minutes, and the open ``temporary_release`` row the
    overdue list and the return read."""
    terms = terms_of(request)
    assert terms is not None
    counterpart = request.recipient_name + (
        f" — {request.recipient_body}" if request.recipient_body else ""
    )
    for item in items:
        check_transition(item.status, ItemStatus.CHECKED_OUT)
        append_event(
            session,
            item,
            EventKind.TEMPORARY_RELEASE,
            actor_id=actor_id,
            counterpart=counterpart,
            from_location_id=item.location_id,
            status_before=item.status,
            status_after=ItemStatus.CHECKED_OUT,
            document_id=minutes_id,
            note=f"{terms.reference}; hạn trả {terms.due_on:%d/%m/%Y}",
            data={
                "purpose": terms.purpose.value,
                "due_on": terms.due_on.isoformat(),
                "release_request": request.id,
            },
            occurred_at=now,
        )
        session.add(
            TemporaryRelease(
                item_id=item.id,
                requester_name=request.recipient_name,
                requesting_body=request.recipient_body,
                purpose=terms.purpose,
                purpose_note=request.note,
                request_reference=terms.reference,
                released_at=now,
                due_on=terms.due_on,
                released_by=actor_id,
                responsible_user_id=request.requested_by,
                from_location_id=item.location_id,
                release_request_id=request.id,
            )
        )
        item.status = ItemStatus.CHECKED_OUT
        item.location_id = None
