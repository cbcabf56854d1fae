"""ORM rows to frozen views, in one place."""

from __future__ import annotations

from db.models import Case, Item, Party, User, Warehouse
from evidence_app.domain.disposition import DispositionSource, Ordered
from evidence_app.services.core.dto import CaseView, ItemView, PartyView, UserView, WarehouseView


def item_view(item: Item) -> ItemView:
    return ItemView(
        id=item.id,
        code=item.code,
        case_id=item.case_id,
        kind=item.kind,
        category=item.category,
        name=item.name,
        description=item.description,
        quantity=item.quantity,
        unit=item.unit,
        weight_grams=item.weight_grams,
        identifiers=item.identifiers,
        seal_state=item.seal_state,
        seal_numbers=item.seal_numbers,
        condition=item.condition,
        estimated_value=item.estimated_value,
        owner_name=item.owner_name,
        transferring_body=item.transferring_body,
        warehouse_id=item.warehouse_id,
        location_id=item.location_id,
        status=item.status,
        disposition=item.disposition,
        disposition_source=source_of(item),
        parent_id=item.parent_id,
        received_at=item.received_at,
        updated_at=item.updated_at,
        version=item.version,
        chain_head=item.chain_head,
        event_count=item.event_count,
    )


def source_of(item: Item) -> DispositionSource:
    """The document that ordered the item's disposition, as recorded on it."""
    return DispositionSource(item.disposition_ref, item.disposition_date, item.disposition_body)


def ordered(item: Item) -> Ordered:
    """The item as the disposition gate sees it (evidence_app.domain.disposition)."""
    return Ordered(item.code, item.disposition, source_of(item).text())


def user_view(user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        position=user.position,
        roles=tuple(r.role for r in user.roles),
        active=user.active,
        locked=user.locked_at is not None,
        version=user.version,
        password_one_time=user.password_one_time,
    )


def warehouse_view(w: Warehouse) -> WarehouseView:
    return WarehouseView(
        id=w.id,
        code=w.code,
        name=w.name,
        address=w.address,
        custodian_kind=w.custodian_kind,
        custodian_name=w.custodian_name,
        active=w.active,
    )


def party_view(p: Party) -> PartyView:
    return PartyView(
        id=p.id,
        case_id=p.case_id,
        role=p.role,
        full_name=p.full_name,
        id_number=p.id_number,
        address=p.address,
    )


def case_view(c: Case, parties: list[Party] | None = None) -> CaseView:
    return CaseView(
        id=c.id,
        name=c.name,
        judgment_number=c.judgment_number,
        judgment_date=c.judgment_date,
        court=c.court,
        decision_number=c.decision_number,
        decision_date=c.decision_date,
        officer_id=c.officer_id,
        amount_to_enforce=c.amount_to_enforce,
        amount_enforced=c.amount_enforced,
        version=c.version,
        parties=tuple(party_view(p) for p in parties or ()),
        ex_officio=c.ex_officio,
    )
