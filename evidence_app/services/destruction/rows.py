"""Reading a council's rows inside a use case, with the refusals every step shares."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DestructionCouncil, DestructionItem, DestructionMember, Item
from evidence_app.domain.enums import CouncilStatus
from evidence_app.domain.errors import NotFoundError, StaleEditError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import check_unit, home_unit_id, item_unit_id

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


def council_unit_ids(session: Session, council: DestructionCouncil) -> set[int]:
    """The units a council works for (issue 21): those of the items on its list; before any
    is listed, the unit of whoever set it up (a regional office's council is the office's,
    the head of that office deciding it, Decree 152/2026 Art 40)."""
    items = session.scalars(
        select(Item)
        .join(DestructionItem, DestructionItem.item_id == Item.id)
        .where(DestructionItem.council_id == council.id, DestructionItem.withdrawn_at.is_(None))
    )
    units = {item_unit_id(session, item) for item in items}
    if units:
        return units
    creator = Actor(council.created_by, "", "", frozenset())  # None: the system's, provincial
    return {home_unit_id(session, creator, Permission.MANAGE_DESTRUCTION)}


def check_council(session: Session, actor: Actor, council: DestructionCouncil) -> None:
    """Refuse (``OtherUnitError``) unless a role of ``actor`` manages destruction in every
    unit the council works for (services/core/scope.py)."""
    if actor.is_system:
        return
    for unit_id in sorted(council_unit_ids(session, council)):
        check_unit(session, actor, Permission.MANAGE_DESTRUCTION, unit_id)


def council_to_change(
    session: Session, actor: Actor, council_id: int, expected_version: int | None = None
) -> DestructionCouncil:
    """The open council a step writes on: the actor manages destruction, in its units (checked
    before its state, so another unit's council is refused whatever its state)."""
    authorize(session, actor, Permission.MANAGE_DESTRUCTION)
    check_council(session, actor, council_by_id(session, council_id))
    return open_council(session, council_id, expected_version)


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
