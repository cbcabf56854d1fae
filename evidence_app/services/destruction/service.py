"""Destruction councils (Hội đồng tiêu hủy vật chứng, tài sản, Decree 152 Art 40).

A decision sets a council up (at least 3 members, one chair, a procuracy supervisor who is
not a member; 20 days to finish). Items ordered destroyed are listed by scanning or by
filters (IN_STORAGE → AWAITING_DESTRUCTION), withdrawn if the owner collects them first
(Art 41.5). At the destruction each item is scanned with its condition, the council votes,
and completing it makes the items DESTROYED and issues the destruction minutes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Case, DestructionCouncil, DestructionItem, DestructionMember, Item, Unit
from evidence_app.domain import destruction as rules
from evidence_app.domain.clock import agency_today
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import (
    Category,
    CouncilStatus,
    Disposition,
    EventKind,
    ItemStatus,
    Vote,
)
from evidence_app.domain.errors import (
    FinalStateError,
    NotFoundError,
    OtherUnitError,
    ValidationError,
)
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES, check_transition
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.events import append_event
from evidence_app.services.core.scope import (
    check_case,
    check_item,
    check_member_of_unit,
    check_unit,
    check_warehouse,
    default_unit_id,
    home_unit_id,
    item_unit_id,
    provincial_unit_id,
    visible_unit_ids,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import check_destruction_basis
from evidence_app.services.destruction import deadlines as destruction_deadlines
from evidence_app.services.destruction.execution import ExecutionRecorder
from evidence_app.services.destruction.rows import (
    WHAT,
    council_by_id,
    council_to_change,
    item_by_code,
    item_by_id,
    listed_line,
    members_of,
)
from evidence_app.services.destruction.views import (
    CouncilDraft,
    CouncilView,
    Execution,
    MemberDraft,
    Supervisor,
    council_view,
)

#: A council member of another office (issue 21).
MEMBER_ELSEWHERE = "unit.member_elsewhere"

__all__ = [
    "CouncilDraft",
    "CouncilView",
    "DestructionService",
    "Execution",
    "MemberDraft",
    "Supervisor",
]
_WHAT = WHAT
#: States an item may be listed from: stored, or already released to the council.
LISTABLE = frozenset({ItemStatus.IN_STORAGE, ItemStatus.AWAITING_DESTRUCTION})

destruction_deadlines.register()


class DestructionService:
    """Set up → list items → scan each at the destruction, vote → complete with minutes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def set_up(self, actor: Actor, draft: CouncilDraft) -> CouncilView:
        """Record the decision setting a council up, with its members and supervisor."""
        number = v.text_field(draft.decision_number, "field.decision_number", limit=60,
                              required=True)  # fmt: skip
        if draft.decision_date > agency_today():
            raise ValidationError("destruction.decision_future")
        members = _checked_members(draft.members)
        supervisor = _checked_supervisor(draft.supervisor, members)
        note = v.text_field(draft.note, "field.note", limit=1000)
        with unit_of_work(self.db, _WHAT) as session:
            authorize(session, actor, Permission.MANAGE_DESTRUCTION)
            # Members with an account are of the office setting the council up, or of the
            # provincial agency (issue 21; Decree 152/2026 Art 40.1, Law 106/2025 Art 32.2).
            home = home_unit_id(session, actor, Permission.MANAGE_DESTRUCTION)
            for m in members:
                if m.user_id is not None:
                    check_member_of_unit(session, m.user_id, home, MEMBER_ELSEWHERE, m.full_name)
            council = DestructionCouncil(
                decision_number=number, decision_date=draft.decision_date,
                status=CouncilStatus.OPEN, created_by=actor.user_id,
                supervisor_name=supervisor.full_name, supervisor_position=supervisor.position,
                supervisor_agency=supervisor.agency, note=note,
                # The council is its unit's (issue 21): it lists that unit's items only.
                unit_id=home,
            )  # fmt: skip
            session.add(council)
            session.flush()
            session.add_all(
                DestructionMember(
                    council_id=council.id,
                    position_no=n,
                    full_name=m.full_name,
                    position=m.position,
                    agency=m.agency,
                    is_chair=m.is_chair,
                    user_id=m.user_id,
                )
                for n, m in enumerate(members, 1)
            )
            session.flush()
            return council_view(session, council)

    def add_items(self, actor: Actor, council_id: int, item_ids: Sequence[int]) -> CouncilView:
        """List items on the council; any item that may not go is refused, naming it."""
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            for item_id in dict.fromkeys(item_ids):
                _list_item(session, actor, council, item_by_id(session, item_id))
            session.flush()
            return council_view(session, council)

    def add_by_code(self, actor: Actor, council_id: int, code: str) -> CouncilView:
        """A scanned item code listed on the council."""
        parsed = parse_code(code)
        if parsed.kind is not CodeKind.ITEM:
            raise NotFoundError(what="noun.item", ref=parsed.text)
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            _list_item(session, actor, council, item_by_code(session, parsed.text))
            session.flush()
            return council_view(session, council)

    def add_by_filter(
        self,
        actor: Actor,
        council_id: int,
        *,
        case_id: int | None = None,
        category: Category | None = None,
        warehouse_id: int | None = None,
    ) -> CouncilView:
        """Every item of the case / category / warehouse that may be destroyed and is on no
        council yet; refused when none is found."""
        if case_id is None and category is None and warehouse_id is None:
            raise ValidationError("destruction.no_filter")
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            # Only items a judgment ordered destroyed, of cases with their QĐ THA (Art 58.1–58.2).
            query = (
                select(Item)
                .join(Case, Case.id == Item.case_id)
                .where(Item.disposition == Disposition.DESTROY, Item.status.in_(sorted(LISTABLE)))
                .where(Case.decision_number != "")
            )
            if case_id is not None:  # another unit's case or warehouse: refused (issue 21)
                check_case(session, actor, Permission.MANAGE_DESTRUCTION, case_id)
                query = query.where(Item.case_id == case_id)
            if category is not None:
                query = query.where(Item.category == category)
            if warehouse_id is not None:
                check_warehouse(session, actor, Permission.MANAGE_DESTRUCTION, warehouse_id)
                query = query.where(Item.warehouse_id == warehouse_id)
            taken = _listed_ids(session)
            found = [
                i
                for i in session.scalars(query.order_by(Item.id))
                if i.id not in taken and _in_reach(session, actor, i)
            ]
            if not found:
                raise ValidationError("destruction.none_found")
            for item in found:
                _list_item(session, actor, council, item)
            session.flush()
            return council_view(session, council)

    def withdraw(self, actor: Actor, council_id: int, item_id: int, reason: str) -> CouncilView:
        """Take an item off the list (e.g. its owner collected it first, Art 41.5): it goes
        back to storage."""
        reason = v.text_field(reason, "field.withdraw_reason", limit=1000, required=True)
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            item = item_by_id(session, item_id)
            line = listed_line(session, council, item)
            now = utcnow()
            check_transition(item.status, ItemStatus.IN_STORAGE)
            append_event(
                session, item, EventKind.STATUS_CHANGED, actor_id=actor.user_id,
                status_before=item.status, status_after=ItemStatus.IN_STORAGE, note=reason,
                occurred_at=now, data={"destruction_council": council.id},
            )  # fmt: skip
            item.status = ItemStatus.IN_STORAGE
            line.withdrawn_at, line.withdraw_reason = now, reason
            session.flush()
            return council_view(session, council)

    def record_contractor(
        self, actor: Actor, council_id: int, contractor: str, contract_reference: str = ""
    ) -> CouncilView:
        """The qualified body contracted to destroy hazardous items (Art 40.2)."""
        name = v.text_field(contractor, "field.contractor", limit=300, required=True)
        ref = v.text_field(contract_reference, "field.contract_reference", limit=200)
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            council.contractor, council.contract_reference = name, ref
            session.flush()
            return council_view(session, council)

    def record_vote(self, actor: Actor, council_id: int, votes: Mapping[int, Vote]) -> CouncilView:
        """Every member's vote on the destruction; the view says what the council decided."""
        with unit_of_work(self.db, _WHAT, str(council_id)) as session:
            council = council_to_change(session, actor, council_id)
            members = members_of(session, council.id)
            known = {m.id for m in members}
            stray = [ref for ref in votes if ref not in known]
            if stray:
                raise ValidationError("destruction.unknown_member", ref=stray[0])
            missing = [m.full_name for m in members if m.id not in votes]
            if missing:
                raise ValidationError("destruction.vote_incomplete", names=", ".join(missing))
            for member in members:
                member.vote = Vote(votes[member.id])
            council.voted_at = utcnow()
            session.flush()
            return council_view(session, council)

    def record_seen(
        self, actor: Actor, council_id: int, code: str, condition: str = ""
    ) -> CouncilView:
        """An item scanned (physically seen) at the destruction, with its condition."""
        return ExecutionRecorder(self.db, actor, council_id).seen(code, condition)

    def add_photo(
        self, actor: Actor, council_id: int, content: bytes, mime: str, caption: str = ""
    ) -> CouncilView:
        """A photo of the destruction (stored once by content hash)."""
        return ExecutionRecorder(self.db, actor, council_id).photo(content, mime, caption)

    def complete(self, actor: Actor, council_id: int, execution: Execution) -> CouncilView:
        """The destruction done: every listed item scanned, the vote for, hazardous items
        with a contracted body; the items become DESTROYED and the minutes are issued."""
        return ExecutionRecorder(self.db, actor, council_id).complete(execution)

    def get(self, actor: Actor, council_id: int) -> CouncilView:
        with unit_of_work(self.db, _WHAT, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            council = council_by_id(session, council_id)
            _check_council_visible(session, actor, council)
            return council_view(session, council)

    def list(self, actor: Actor, status: CouncilStatus | None = None) -> list[CouncilView]:
        """Councils, newest decision first, optionally of one status."""
        with unit_of_work(self.db, _WHAT, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(DestructionCouncil).order_by(
                DestructionCouncil.decision_date.desc(), DestructionCouncil.id.desc()
            )
            if status is not None:
                query = query.where(DestructionCouncil.status == status)
            # The user's units' councils (issue 21); NULL: the provincial agency's.
            visible = visible_unit_ids(session, actor)
            if visible is not None:
                mine: ColumnElement[bool] = DestructionCouncil.unit_id.in_(sorted(visible))
                if provincial_unit_id(session) in visible:
                    mine = or_(mine, DestructionCouncil.unit_id.is_(None))
                query = query.where(mine)
            return [council_view(session, c) for c in session.scalars(query)]


def council_unit_id(session: Session, council: DestructionCouncil) -> int:
    return council.unit_id if council.unit_id is not None else default_unit_id(session)


def _check_council_visible(session: Session, actor: Actor, council: DestructionCouncil) -> None:
    """Refuse (OtherUnitError) another unit's council to a user who does not see it."""
    visible = visible_unit_ids(session, actor)
    unit_id = council_unit_id(session, council)
    if visible is not None and unit_id not in visible:
        check_unit(session, actor, Permission.VIEW, unit_id)


def _listed_ids(session: Session) -> set[int]:
    """Items on an open council's list."""
    return set(
        session.scalars(
            select(DestructionItem.item_id)
            .join(DestructionCouncil, DestructionCouncil.id == DestructionItem.council_id)
            .where(DestructionItem.withdrawn_at.is_(None))
            .where(DestructionCouncil.status == CouncilStatus.OPEN)
        )
    )


def _in_reach(session: Session, actor: Actor, item: Item) -> bool:
    """The item is of a unit where ``actor`` manages destruction (a filter by category lists
    the actor's own unit's items, not the province's)."""
    try:
        check_item(session, actor, Permission.MANAGE_DESTRUCTION, item)
    except OtherUnitError:
        return False
    return True


def _list_item(session: Session, actor: Actor, council: DestructionCouncil, item: Item) -> None:
    """Check one item may be listed, list it and record IN_STORAGE → AWAITING_DESTRUCTION.
    Another unit's item is refused (issue 21), whichever council it is listed on."""
    check_item(session, actor, Permission.MANAGE_DESTRUCTION, item)
    # Its members with an account belong to the item's unit or the provincial agency.
    unit_id = item_unit_id(session, item)
    # A council destroys its own unit's items (issue 21; Decree 152/2026 Art 40.1: the
    # council of the body keeping them).
    if council.unit_id is not None and unit_id != council.unit_id:
        here = session.get(Unit, council.unit_id)
        raise ValidationError(
            "unit.council_item_elsewhere", code=item.code, unit=here.name if here else ""
        )
    for user_id, name in session.execute(
        select(DestructionMember.user_id, DestructionMember.full_name)
        .where(DestructionMember.council_id == council.id)
        .where(DestructionMember.user_id.is_not(None))
    ).tuples():
        check_member_of_unit(session, int(user_id or 0), unit_id, MEMBER_ELSEWHERE, name)
    if item.status in FINAL_STATES:
        raise FinalStateError(status=item.status)
    check_destruction_basis(session, item)
    if item.status not in LISTABLE:
        raise ValidationError("destruction.not_stored", code=item.code, status=item.status)
    other = session.execute(
        select(DestructionCouncil.id, DestructionCouncil.decision_number)
        .join(DestructionItem, DestructionItem.council_id == DestructionCouncil.id)
        .where(DestructionItem.item_id == item.id, DestructionItem.withdrawn_at.is_(None))
        .where(DestructionCouncil.status == CouncilStatus.OPEN)
    ).first()
    if other is not None:
        key = (
            "destruction.already_listed"
            if other.id == council.id
            else "destruction.on_other_council"
        )
        raise ValidationError(key, code=item.code, ref=other.decision_number)
    now = utcnow()
    line = session.scalars(
        select(DestructionItem).where(
            DestructionItem.council_id == council.id, DestructionItem.item_id == item.id
        )
    ).first()
    if line is None:
        line = DestructionItem(council_id=council.id, item_id=item.id)
        session.add(line)
    line.added_at, line.added_by, line.withdrawn_at, line.withdraw_reason = (
        now, actor.user_id, None, ""
    )  # fmt: skip
    line.seen_at, line.seen_by, line.condition = None, None, ""
    if item.status is ItemStatus.IN_STORAGE:
        check_transition(item.status, ItemStatus.AWAITING_DESTRUCTION)
        append_event(
            session, item, EventKind.STATUS_CHANGED, actor_id=actor.user_id,
            status_before=item.status, status_after=ItemStatus.AWAITING_DESTRUCTION,
            occurred_at=now, note=f"Hội đồng tiêu hủy theo Quyết định số {council.decision_number}",
            data={"destruction_council": council.id},
        )  # fmt: skip
        item.status = ItemStatus.AWAITING_DESTRUCTION
    else:
        item.updated_at = now  # a write on the item: a concurrent listing elsewhere conflicts


def _checked_members(members: Sequence[MemberDraft]) -> list[MemberDraft]:
    cleaned = [
        MemberDraft(
            v.text_field(m.full_name, "field.member_name", limit=200, required=True),
            v.text_field(m.position, "field.member_position", limit=200, required=True),
            v.text_field(m.agency, "field.member_agency", limit=300, required=True),
            bool(m.is_chair),
            m.user_id,
        )
        for m in members
    ]
    minimum = rules.min_members()
    if len(cleaned) < minimum:
        raise ValidationError("destruction.too_few_members", minimum=minimum, count=len(cleaned))
    chairs = sum(1 for m in cleaned if m.is_chair)
    if chairs != 1:
        raise ValidationError("destruction.chair_count", count=chairs)
    seen: set[str] = set()
    for m in cleaned:
        key = m.full_name.casefold()
        if key in seen:
            raise ValidationError("destruction.member_twice", name=m.full_name)
        seen.add(key)
    return cleaned


def _checked_supervisor(s: Supervisor, members: Sequence[MemberDraft]) -> Supervisor:
    name = v.text_field(s.full_name, "field.supervisor_name", limit=200, required=True)
    if any(m.full_name.casefold() == name.casefold() for m in members):
        raise ValidationError("destruction.supervisor_is_member", name=name)
    return Supervisor(
        name,
        v.text_field(s.position, "field.supervisor_position", limit=200, required=True),
        v.text_field(s.agency, "field.supervisor_agency", limit=300, required=True),
    )
