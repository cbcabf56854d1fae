"""Items on their way between two units (issue 21): from the sending unit's handover paper to
the receiving unit's receipt, no one may move, issue, count out or hand over them; they
leave transit only by the receipt."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Document, Item, UnitTransfer, UnitTransferItem
from evidence_app.domain.enums import EventKind
from evidence_app.domain.errors import ValidationError

#: The events that move an item or change where or whether it is held: refused in transit.
#: Paperwork (a valuation, the judgment's disposition, an edit, a label) may go on meanwhile.
PHYSICAL_EVENTS = frozenset(
    {
        EventKind.PUT_AWAY,
        EventKind.MOVED,
        EventKind.STATUS_CHANGED,
        EventKind.RELEASE_ISSUED,
        EventKind.TEMPORARY_RELEASE,
        EventKind.RETURNED,
        EventKind.MARKED_MISSING,
        EventKind.STOCKTAKE_MOVED,
        EventKind.HANDED_TO_BUYER,
        EventKind.RETURNED_TO_DEBTOR,
        EventKind.LEFT_WITH_KEEPER,
    }
)


def in_transit_number(session: Session, item_ids: Sequence[int]) -> tuple[str, str] | None:
    """(item code, handover number) of the first item of ``item_ids`` in an open transfer."""
    row = session.execute(
        select(Item.code, Document.number)
        .join(UnitTransferItem, UnitTransferItem.item_id == Item.id)
        .join(UnitTransfer, UnitTransfer.id == UnitTransferItem.transfer_id)
        .join(Document, Document.id == UnitTransfer.handover_document_id)
        .where(Item.id.in_(sorted(item_ids)), UnitTransfer.received_at.is_(None))
        .order_by(Item.id)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def check_not_in_transit(session: Session, item_ids: Sequence[int]) -> None:
    """Refuse items on their way to another unit (they move only by the receipt)."""
    found = in_transit_number(session, item_ids)
    if found is not None:
        raise ValidationError("transfer.in_transit", code=found[0], number=found[1])
