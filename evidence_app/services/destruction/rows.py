"""Reading a council's rows inside a use case, with the refusals every step shares."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DestructionCouncil, DestructionItem, DestructionMember, Item
from evidence_app.domain.enums import CouncilStatus
from evidence_app.domain.errors import NotFoundError, StaleEditError, ValidationError

WHAT = "noun.destruction_council"


def council_by_id(session: Session, council_id: int) -> DestructionCouncil:
    council = session.get(DestructionCouncil, council_id)
    if council is None:
        raise NotFoundError(what=WHAT, ref=council_id)
    return council


def open_council(
    session: Session, council_id: int, expected_version: int | None = None
) -> DestructionCouncil:
    council = council_by_id(session, council_id)
    if expected_version is not None and council.version != expected_version:
        raise StaleEditError(
            what=WHAT, ref=council.decision_number, current=council.version,
            expected=expected_version,
        )  # fmt: skip
    if council.status is not CouncilStatus.OPEN:
        raise ValidationError("destruction.completed", ref=council.decision_number)
    return council


def members_of(session: Session, council_id: int) -> list[DestructionMember]:
    return list(
        session.scalars(
            select(DestructionMember)
            .where(DestructionMember.council_id == council_id)
            .order_by(DestructionMember.position_no)
        )
    )


def item_by_id(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(what="noun.item", ref=item_id)
    return item


def item_by_code(session: Session, code: str) -> Item:
    item = session.scalars(select(Item).where(Item.code == code)).first()
    if item is None:
        raise NotFoundError(what="noun.item", ref=code)
    return item


def listed_line(session: Session, council: DestructionCouncil, item: Item) -> DestructionItem:
    """The item's active line on the council, or a refusal naming the item."""
    line = session.scalars(
        select(DestructionItem).where(
            DestructionItem.council_id == council.id,
            DestructionItem.item_id == item.id,
            DestructionItem.withdrawn_at.is_(None),
        )
    ).first()
    if line is None:
        raise ValidationError("destruction.not_listed", code=item.code)
    return line
