"""What the destruction service hands out: a council with its members, items, deadline,
vote and independence flags, as frozen dataclasses read inside the caller's session."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import (
    Case,
    CustodyEvent,
    DestructionCouncil,
    DestructionItem,
    DestructionMember,
    DestructionPhoto,
    Document,
    Item,
    User,
)
from evidence_app.domain import destruction as rules
from evidence_app.domain.enums import (
    Category,
    CouncilStatus,
    DestructionMethod,
    ItemStatus,
    Vote,
)
from evidence_app.domain.text import fold
from evidence_app.services.documents import DocumentView, document_view


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """A member as the decision names them."""

    full_name: str
    position: str
    agency: str
    is_chair: bool = False
    #: The member's user account, if any (helps the independence check).
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class Supervisor:
    """The procuracy representative (Kiểm sát viên) who supervises; not a member."""

    full_name: str
    position: str = "Kiểm sát viên"
    agency: str = ""


@dataclass(frozen=True, slots=True)
class CouncilDraft:
    decision_number: str
    decision_date: date
    members: tuple[MemberDraft, ...]
    supervisor: Supervisor
    note: str = ""


@dataclass(frozen=True, slots=True)
class Execution:
    """How, where and when the council destroyed the items (Art 40.2)."""

    method: DestructionMethod
    place: str
    started_at: datetime
    ended_at: datetime
    method_other: str = ""
    #: The head's written reason to go ahead although a member booked some of the items in.
    override_reason: str = ""


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    full_name: str
    position: str
    agency: str
    is_chair: bool
    user_id: int | None
    vote: Vote | None
    #: Items whose custody chain names this member (independence of witnesses).
    flagged_codes: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return bool(self.flagged_codes)


@dataclass(frozen=True, slots=True)
class CouncilItemView:
    item_id: int
    code: str
    name: str
    category: Category
    quantity: Decimal
    unit: str
    status: ItemStatus
    case_name: str
    stored_condition: str
    seen_at: datetime | None
    condition: str

    @property
    def hazardous(self) -> bool:
        return rules.is_hazardous(self.category)

    @property
    def seen(self) -> bool:
        return self.seen_at is not None


@dataclass(frozen=True, slots=True)
class CouncilView:
    id: int
    decision_number: str
    decision_date: date
    status: CouncilStatus
    members: tuple[MemberView, ...]
    supervisor: Supervisor
    contractor: str
    contract_reference: str
    method: DestructionMethod | None
    method_other: str
    place: str
    started_at: datetime | None
    ended_at: datetime | None
    completed_at: datetime | None
    note: str
    version: int
    items: tuple[CouncilItemView, ...]
    photo_count: int
    #: The council's decision by vote: True for, False against, None not decided yet.
    approved: bool | None
    documents: tuple[DocumentView, ...]

    @property
    def due_on(self) -> date:
        """The 20-day deadline from the set-up (Art 40.1)."""
        return rules.deadline(self.decision_date)

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    def is_overdue(self, today: date) -> bool:
        return self.status is CouncilStatus.OPEN and rules.is_overdue(self.decision_date, today)

    @property
    def chair(self) -> MemberView | None:
        return next((m for m in self.members if m.is_chair), None)

    @property
    def needs_contractor(self) -> bool:
        return any(i.hazardous for i in self.items)

    @property
    def unseen(self) -> tuple[CouncilItemView, ...]:
        return tuple(i for i in self.items if not i.seen)

    def item(self, code: str) -> CouncilItemView | None:
        return next((i for i in self.items if i.code == code), None)


def council_view(session: Session, c: DestructionCouncil) -> CouncilView:
    members = session.scalars(
        select(DestructionMember)
        .where(DestructionMember.council_id == c.id)
        .order_by(DestructionMember.position_no)
    ).all()
    rows = active_lines(session, c.id)
    flags = _flags(session, members, [item for _line, item in rows])
    cases = _case_names(session, {item.case_id for _l, item in rows if item.case_id})
    items = tuple(
        CouncilItemView(
            item.id,
            item.code,
            item.name,
            item.category,
            item.quantity,
            item.unit,
            item.status,
            cases.get(item.case_id or 0, ""),
            item.condition,
            line.seen_at,
            line.condition,
        )
        for line, item in rows
    )
    chair = next((m.vote for m in members if m.is_chair), None)
    approved = rules.council_decides([m.vote for m in members], chair) if c.voted_at else None
    photos = session.scalars(
        select(DestructionPhoto.id).where(DestructionPhoto.council_id == c.id)
    ).all()
    docs = tuple(
        document_view(doc)
        for doc_id in (c.decision_document_id, c.minutes_document_id)
        if doc_id is not None and (doc := session.get(Document, doc_id)) is not None
    )
    return CouncilView(
        c.id, c.decision_number, c.decision_date, c.status,
        tuple(
            MemberView(m.id, m.full_name, m.position, m.agency, m.is_chair, m.user_id, m.vote,
                       flags.get(m.id, ()))
            for m in members
        ),
        Supervisor(c.supervisor_name, c.supervisor_position, c.supervisor_agency),
        c.contractor, c.contract_reference, c.method, c.method_other, c.place,
        c.started_at, c.ended_at, c.completed_at, c.note, c.version, items, len(photos),
        approved, docs,
    )  # fmt: skip


def active_lines(session: Session, council_id: int) -> list[tuple[DestructionItem, Item]]:
    """The items listed and not withdrawn, in the order they were added."""
    rows = session.execute(
        select(DestructionItem, Item)
        .join(Item, Item.id == DestructionItem.item_id)
        .where(DestructionItem.council_id == council_id, DestructionItem.withdrawn_at.is_(None))
        .order_by(DestructionItem.id)
    )
    return [(line, item) for line, item in rows.tuples()]


def _case_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Case.id, Case.name).where(Case.id.in_(sorted(ids))))
    return {case_id: name for case_id, name in rows.tuples()}


def _flags(
    session: Session, members: Sequence[DestructionMember], items: list[Item]
) -> dict[int, tuple[str, ...]]:
    """Member id → codes of the items whose custody chain names them, as actor (by user or
    by full name) or as counterpart (by full name, ignoring case and diacritics)."""
    if not members or not items:
        return {}
    codes = {item.id: item.code for item in items}
    rows = session.execute(
        select(
            CustodyEvent.item_id, CustodyEvent.actor_id, User.full_name, CustodyEvent.counterpart
        )
        .outerjoin(User, User.id == CustodyEvent.actor_id)
        .where(CustodyEvent.item_id.in_(sorted(codes)))
        .where(or_(CustodyEvent.actor_id.is_not(None), CustodyEvent.counterpart.is_not(None)))
    ).tuples()
    events = [(item_id, actor_id, fold(name or ""), fold(other or "")) for item_id, actor_id,
              name, other in rows]  # fmt: skip
    found: dict[int, tuple[str, ...]] = {}
    for member in members:
        name = fold(member.full_name)
        hits = {
            codes[item_id]
            for item_id, actor_id, actor_name, counterpart in events
            if (member.user_id is not None and actor_id == member.user_id)
            or (name and (actor_name == name or _names(name, counterpart)))
        }
        if hits:
            found[member.id] = tuple(sorted(hits))
    return found


def _names(name: str, text: str) -> bool:
    """Whether folded ``text`` names the folded full ``name`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
