"""Frozen views the services hand out; never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    Disposition,
    EventKind,
    ItemKind,
    ItemStatus,
    LocationKind,
    PartyRole,
    Role,
    SealState,
)


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    username: str
    full_name: str
    position: str
    roles: tuple[Role, ...]
    active: bool
    locked: bool
    version: int


@dataclass(frozen=True, slots=True)
class AgencyView:
    id: int
    name: str
    managing_agency: str
    place_name: str
    seal_text: str
    address: str


@dataclass(frozen=True, slots=True)
class WarehouseView:
    id: int
    code: str
    name: str
    address: str
    custodian_kind: CustodianKind
    custodian_name: str
    active: bool


@dataclass(frozen=True, slots=True)
class LocationView:
    id: int
    warehouse_id: int
    parent_id: int | None
    code: str
    name: str
    kind: LocationKind
    path: str
    #: Names from the zone down to this location, e.g. "Khu A › Phòng 2 › Kệ 3".
    full_name: str


@dataclass(frozen=True, slots=True)
class PartyView:
    id: int
    case_id: int
    role: PartyRole
    full_name: str
    id_number: str
    address: str


@dataclass(frozen=True, slots=True)
class CaseView:
    id: int
    name: str
    judgment_number: str
    judgment_date: date | None
    court: str
    decision_number: str
    decision_date: date | None
    officer_id: int | None
    amount_to_enforce: int
    amount_enforced: int
    version: int
    parties: tuple[PartyView, ...] = ()


@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    code: str
    case_id: int | None
    kind: ItemKind
    category: Category
    name: str
    description: str
    quantity: Decimal
    unit: str
    weight_grams: Decimal | None
    identifiers: str
    seal_state: SealState
    seal_numbers: str
    condition: str
    estimated_value: int | None
    owner_name: str
    transferring_body: str
    warehouse_id: int | None
    location_id: int | None
    status: ItemStatus
    disposition: Disposition
    parent_id: int | None
    received_at: datetime
    updated_at: datetime
    version: int
    chain_head: str
    event_count: int


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    item_id: int
    seq: int
    kind: EventKind
    occurred_at: datetime
    actor_id: int | None
    actor_name: str
    counterpart: str | None
    from_location_id: int | None
    to_location_id: int | None
    status_before: ItemStatus | None
    status_after: ItemStatus | None
    document_id: int | None
    note: str | None
    hash: str


@dataclass(frozen=True, slots=True)
class BrokenLink:
    item_id: int
    item_code: str
    event_id: int | None
    seq: int | None
    #: Message key under "verify.*" saying what is wrong.
    reason: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    items_checked: int
    events_checked: int
    first_break: BrokenLink | None
    seconds: float

    @property
    def intact(self) -> bool:
        return self.first_break is None
