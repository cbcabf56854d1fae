"""Frozen views the services hand out; never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from evidence_app.domain.clock import agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    Disposition,
    EventKind,
    ItemKind,
    ItemStatus,
    LocationKind,
    PartyRole,
    ReleasePurpose,
    Role,
    SealState,
)
from evidence_app.domain.money import NoteCount


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
    #: The password was set by an administrator and its owner has not yet set their own.
    password_one_time: bool = False


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
    #: Chủ động (Law 106/2025 Art 33.2) rather than theo yêu cầu (Art 34).
    ex_officio: bool = True


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
    #: The judgment or decision that ordered it (empty number when none was recorded).
    disposition_source: DispositionSource
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
    #: Another body's keeper who moved or issued the item ("name, position – body"), or "".
    body_keeper: str = ""


@dataclass(frozen=True, slots=True)
class BrokenLink:
    item_id: int
    item_code: str
    event_id: int | None
    seq: int | None
    #: Message key under "verify.*" saying what is wrong.
    reason: str


@dataclass(frozen=True, slots=True)
class AdminChainBreak:
    """The first administrators' event whose link does not hold."""

    seq: int
    #: "verify.content_changed", "verify.sequence_gap" or "verify.previous_mismatch".
    reason: str


@dataclass(frozen=True, slots=True)
class StateMismatch:
    """An item whose row disagrees with what its custody chain says (changed without an event)."""

    item_id: int
    item_code: str
    #: "status", "warehouse" or "location".
    field: str
    #: What the item's row says: a status value, a warehouse or location code, "" for none.
    row_value: str
    #: What the replayed chain says, in the same terms.
    chain_value: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    items_checked: int
    events_checked: int
    first_break: BrokenLink | None
    seconds: float
    #: Items whose status, warehouse or location is not what their chain says, in item order
    #: (the first ``verify.MAX_MISMATCHES``; ``mismatch_count`` counts them all).
    state_mismatches: tuple[StateMismatch, ...] = ()
    mismatch_count: int = 0
    #: The administrators' chain (user, role, password and setting changes).
    admin_events_checked: int = 0
    admin_break: AdminChainBreak | None = None

    @property
    def intact(self) -> bool:
        return self.first_break is None and self.mismatch_count == 0 and self.admin_break is None


@dataclass(frozen=True, slots=True)
class ChainState:
    """One item's custody chain, re-hashed when it was read."""

    events_checked: int
    first_break: BrokenLink | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


@dataclass(frozen=True, slots=True)
class PhotoView:
    """A photo of an item, without its bytes (``ItemService.photo`` reads them)."""

    attachment_id: int
    caption: str
    mime: str


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A custody event as the item panel shows it: names instead of ids."""

    id: int
    seq: int
    kind: EventKind
    occurred_at: datetime
    actor_name: str
    counterpart: str | None
    #: Location names from the zone down ("Khu A › Kệ 1"), "" when there is none.
    from_location: str
    to_location: str
    status_before: ItemStatus | None
    status_after: ItemStatus | None
    document_id: int | None
    document_number: str
    note: str | None
    #: Another body's keeper who moved or issued the item ("name, position – body"), or "".
    body_keeper: str = ""


@dataclass(frozen=True, slots=True)
class ItemDetails:
    """Everything the item panel shows, read in one session."""

    item: ItemView
    case_name: str
    judgment_number: str
    decision_number: str
    warehouse_name: str
    #: The warehouse and the location's names, e.g. "Kho A › Khu 1 › Kệ 3 › Ngăn 2".
    location_path: str
    #: Newest first.
    events: tuple[TimelineEvent, ...]
    photos: tuple[PhotoView, ...]
    chain: ChainState
    #: The temporary release the item is out on (only read while it is CHECKED_OUT).
    checkout: CheckoutView | None = None
    #: Cash: the notes of each denomination counted at the handover, and the country of a
    #: foreign currency (Decree 152 Art 44.2).
    notes: tuple[NoteCount, ...] = ()
    notes_country: str = ""


@dataclass(frozen=True, slots=True)
class ItemRow:
    """An item in a list of a case's or a location's items."""

    id: int
    code: str
    name: str
    category: Category
    status: ItemStatus
    location_name: str
    disposition: Disposition = Disposition.UNDECIDED


@dataclass(frozen=True, slots=True)
class CaseItems:
    """A case with its parties, and its items (the newest ``limit`` of ``total``)."""

    case: CaseView
    items: tuple[ItemRow, ...]
    total: int


@dataclass(frozen=True, slots=True)
class LocationNode:
    """A node of a warehouse's tree and the items held there."""

    location: LocationView
    depth: int
    #: Items held at this very location, and at it and every location below it.
    own_count: int
    count: int


@dataclass(frozen=True, slots=True)
class WarehouseTree:
    """A warehouse's locations, parents before children, with item counts."""

    warehouse: WarehouseView
    nodes: tuple[LocationNode, ...]
    #: Items held in the warehouse, placed or not.
    total: int
    #: Locations holding items of untried cases beside items under a QĐ THA, to be sorted
    #: out by moving one class away (Circular 04/2023/TT-BTP Art 11.1).
    mixed: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckoutView:
    """One item's temporary release, open while ``returned_at`` is None."""

    id: int
    item_id: int
    item_code: str
    item_name: str
    requester_name: str
    requesting_body: str
    purpose: ReleasePurpose
    purpose_note: str
    request_reference: str
    released_at: datetime
    due_on: date
    responsible_user_id: int | None
    responsible_name: str
    from_location_id: int | None
    returned_at: datetime | None
    return_condition: str
    condition_ok: bool | None
    note: str
    #: The minutes of the return, once the item came back.
    return_document_id: int | None = None

    def days_overdue(self, today: date | None = None) -> int:
        """Whole days past the due date while still out (0 when on time or returned)."""
        if self.returned_at is not None:
            return 0
        return max(0, ((today or agency_today()) - self.due_on).days)
