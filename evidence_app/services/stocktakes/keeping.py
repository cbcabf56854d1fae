"""Items left with a keeper (giao bảo quản, Law 106/2025 Art 40.1.a, c, đ): the owner or user,
a third party or the commune keeps them at a keeping place of its own (a warehouse coded
GBQnnnn with one location), on the minutes of Decree 152/2026 Art 24.4 (n/BBGBQ-THADS); the
agency checks them every month, with minutes the keeper signs (Circular 01/2017/TT-BTP
Art 12.2). Taking them back is an ordinary move naming the keeper (``MoveService``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import (
    Agency,
    Case,
    CustodyEvent,
    Item,
    Location,
    Stocktake,
    StocktakeScan,
    Warehouse,
)
from evidence_app.documents.content import DocumentHeader, DocumentLine, KeepingMinutes, Signer
from evidence_app.domain import rules
from evidence_app.domain.calendar import add_months
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import (
    CustodianKind,
    DocumentKind,
    EventKind,
    LocationKind,
    StocktakeKind,
    StocktakeOutcome,
    StocktakeStatus,
)
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.keeping import KEEPER_ARTICLES, KEEPER_KINDS, check_anchor, keeping_code
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import STORED_STATES
from evidence_app.services.catalogue import new_location
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize, authorize_either
from evidence_app.services.core.checkpoint_key import KeySource, default_signing_key
from evidence_app.services.core.events import DATA_KEY, append_event
from evidence_app.services.core.numbering import next_number
from evidence_app.services.core.scope import (
    check_item,
    check_warehouse,
    home_unit_id,
    warehouse_scope,
)
from evidence_app.services.core.transit import check_not_in_transit
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import MOVABLE, BodyKeeper, check_place
from evidence_app.services.documents import issue_document
from evidence_app.services.stocktakes.keeping_contract import ServiceContract, check_contract
from evidence_app.services.stocktakes.keeping_officer import (
    OfficerChoice,
    check_drawn_up_by,
    keeping_officer,
    keeping_officers,
)
from evidence_app.services.stocktakes.service import clean_signers, finish_open
from evidence_app.services.stocktakes.views import Signers, StocktakeView, stocktake_view

#: The keeping place's one location, where the items it keeps are booked.
PLACE_NAME = "Nơi bảo quản"


@dataclass(frozen=True, slots=True)
class KeeperView:
    """A keeper and its keeping place, with what it holds and when the next check is due."""

    id: int
    code: str
    kind: CustodianKind
    name: str
    address: str
    location_id: int | None
    held: int
    #: The first handover of what it holds now; None when nothing was left by the minutes.
    handed_over: date | None
    last_check: date | None
    #: The day the monthly check falls due; None while it holds nothing.
    check_due: date | None


@dataclass(frozen=True, slots=True)
class HeldItem:
    id: int
    code: str
    name: str
    unit: str
    quantity: str
    condition: str
    version: int
    handed_over: date | None


@dataclass(frozen=True, slots=True)
class Handover:
    """Who takes part in leaving the items (Decree 152/2026 Art 24.4): the officer (a user
    of ours, ``keeping_officer``), the keeper's person who signs (the owner himself, or the
    body's representative), the party and the witness if any; the party or witness who
    refused to sign, and why."""

    officer_id: int | None
    keeper: BodyKeeper
    party: str = ""
    witness: str = ""
    note: str = ""
    refused: str = ""
    refusal_reason: str = ""
    #: The service contract with a paid keeper (Art 24.3); None for any other keeper.
    contract: ServiceContract | None = None


@dataclass(frozen=True, slots=True)
class HandoverResult:
    keeper_id: int
    minutes_document_id: int
    minutes_number: str
    count: int


class KeepingService:
    def __init__(self, db: Database, signing_key: KeySource = default_signing_key) -> None:
        self.db = db
        self.signing_key = signing_key

    def add_keeper(self, actor: Actor, kind: CustodianKind, name: str, address: str) -> KeeperView:
        """A keeper and its keeping place GBQnnnn (Law 106/2025 Art 40.1.a, c, đ): the owner
        or user, a person or organisation able to keep it, or the commune. The officer who
        leaves items signs the service contract with the keeper (Art 40.1.c; Decree 152/2026
        Art 24.3), so whoever may leave items registers one, as whoever manages warehouses
        does; the keeping place is of the actor's own unit."""
        kind = v.member(CustodianKind, kind, "field.custodian_kind")
        if kind not in KEEPER_KINDS:
            raise ValidationError("keeping.not_a_keeper", kind=kind)
        name = v.text_field(name, "field.keeper_body", limit=200, required=True)
        # The minutes say where the items are kept (Decree 152/2026 Art 24.4).
        address = v.text_field(address, "field.address", limit=300, required=True)
        with unit_of_work(self.db, "noun.keeper", name) as session:
            granted = authorize_either(
                session, actor, Permission.MANAGE_WAREHOUSES, Permission.LEAVE_WITH_KEEPER
            )
            agency_id = session.scalar(select(Agency.id).order_by(Agency.id))
            if agency_id is None:
                raise NotFoundError(what="noun.agency", ref="—")
            code = keeping_code(next_number(session, "keeping_place", 0))
            w = Warehouse(
                agency_id=agency_id,
                unit_id=home_unit_id(session, actor, granted),
                code=code, name=name, address=address, custodian_kind=kind,
                custodian_name=name, active=True,
            )  # fmt: skip
            session.add(w)
            session.flush()
            new_location(session, w, None, PLACE_NAME, LocationKind.ZONE)
            return _keeper_view(session, w, agency_date(utcnow()))

    def keepers(self, actor: Actor) -> list[KeeperView]:
        """Every active keeper the actor's unit sees, by code, with its next check."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = (
                select(Warehouse)
                .where(Warehouse.active.is_(True), Warehouse.custodian_kind.in_(KEEPER_KINDS))
                .order_by(Warehouse.code)
            )
            scope = warehouse_scope(session, actor)
            if scope is not None:
                query = query.where(scope)
            today = agency_date(utcnow())
            return [_keeper_view(session, w, today) for w in session.scalars(query)]

    def held(self, actor: Actor, keeper_id: int) -> list[HeldItem]:
        """What the keeper holds now, by code."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.VIEW, w.id)
            since = handed_over_by_item(session, w.id)
            items = session.scalars(_held(w.id).order_by(Item.code))
            return [
                HeldItem(i.id, i.code, i.name, i.unit, str(i.quantity), i.condition or "",
                         i.version, since.get(i.id))
                for i in items
            ]  # fmt: skip

    def officers(self, actor: Actor, keeper_id: int) -> list[OfficerChoice]:
        """The officers who may draw up the minutes leaving items with this keeper, by name
        (Decree 152/2026 Art 24.4)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.VIEW, w.id)
            return keeping_officers(session, w)

    def leave(
        self, actor: Actor, keeper_id: int, item_ids: Sequence[int], handover: Handover
    ) -> HandoverResult:
        """Leave stored items with the keeper: the minutes (n/BBGBQ-THADS, Decree 152/2026
        Art 24.4) and, citing them, a LEFT_WITH_KEEPER event per item that books it at the
        keeping place, all or nothing. Money stays with the Treasury (Law Art 40.1.b)."""
        handover = _clean(handover)
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise ValidationError("validation.required", field="noun.item")
        with unit_of_work(self.db, "noun.keeper", str(keeper_id)) as session:
            authorize(session, actor, Permission.LEAVE_WITH_KEEPER)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.LEAVE_WITH_KEEPER, w.id)
            check_drawn_up_by(session, actor, handover.officer_id)
            officer = keeping_officer(session, handover.officer_id, w).full_name
            _check_refusal(handover, officer)
            now = utcnow()
            contract = check_contract(w, handover.contract, agency_date(now))
            place = _place(session, w)
            items = list(
                session.scalars(
                    select(Item).where(Item.id.in_(ids)).order_by(Item.id).with_for_update()
                )
            )
            missing = set(ids) - {i.id for i in items}
            if missing:
                raise NotFoundError(what="noun.item", ref=min(missing))
            for item in items:
                check_item(session, actor, Permission.LEAVE_WITH_KEEPER, item)
                if item.status not in MOVABLE:
                    raise ValidationError(
                        "validation.item_not_stored", ref=item.code, status=item.status
                    )
                if item.warehouse_id == w.id:
                    raise ValidationError("keeping.already_there", code=item.code, keeper=w.name)
                check_place(session, item, place)
            check_not_in_transit(session, ids)
            minutes = issue_document(
                session, actor.user_id, DocumentKind.KEEPING_MINUTES,
                _minutes(session, w, place, items, replace(handover, contract=contract),
                         officer, now),
                case_id=_one_case(items), items=items, unit_id=w.unit_id,
            )  # fmt: skip
            by = {"name": handover.keeper.name, "position": handover.keeper.position,
                  "body": w.custodian_name or w.name}  # fmt: skip
            for item in sorted(items, key=lambda i: ids.index(i.id)):
                append_event(
                    session, item, EventKind.LEFT_WITH_KEEPER, actor_id=actor.user_id,
                    counterpart=w.custodian_name or w.name, from_location_id=item.location_id,
                    to_location_id=place.id, document_id=minutes.id,
                    note=f"Giao bảo quản theo Biên bản số {minutes.number}",
                    data={DATA_KEY: by}, occurred_at=now,
                )  # fmt: skip
                item.location_id, item.warehouse_id = place.id, w.id
            session.flush()
            return HandoverResult(w.id, minutes.id, minutes.number, len(items))

    def check(
        self,
        actor: Actor,
        keeper_id: int,
        seen: Sequence[str],
        signers: Signers,
        note: str = "",
    ) -> StocktakeView:
        """The monthly check of what the keeper holds (Circular 01/2017/TT-BTP Art 12.2), in
        one transaction: a KEEPING_CHECK of the keeping place where each code in ``seen`` was
        found, the others missing, its minutes signed by the accountant, the keeper, the head
        and the person entrusted (``signers.custodian``)."""
        signers = clean_signers(signers)
        note = v.text_field(note, "field.note", limit=1000)
        codes = [v.text_field(c, "field.code", limit=64, required=True) for c in seen]
        key = self.signing_key()
        with unit_of_work(self.db, "noun.keeper", str(keeper_id)) as session:
            authorize(session, actor, Permission.STOCKTAKE)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.STOCKTAKE, w.id)
            if session.scalar(_held(w.id).limit(1)) is None:
                raise ValidationError("keeping.nothing_held", keeper=w.name)
            open_one = session.scalar(
                select(Stocktake.id).where(
                    Stocktake.warehouse_id == w.id, Stocktake.status == StocktakeStatus.OPEN
                )
            )
            if open_one is not None:
                raise ValidationError("stocktake.already_open", ref=open_one)
            now = utcnow()
            s = Stocktake(
                kind=StocktakeKind.KEEPING_CHECK, status=StocktakeStatus.OPEN,
                warehouse_id=w.id, location_id=None, started_by=actor.user_id, started_at=now,
                note="",
            )  # fmt: skip
            session.add(s)
            session.flush()
            held = {i.code: i for i in session.scalars(_held(w.id))}
            for code in dict.fromkeys(codes):
                item = held.get(code)
                if item is None:
                    raise ValidationError("keeping.not_held", code=code, keeper=w.name)
                session.add(
                    StocktakeScan(
                        stocktake_id=s.id, code=code, location_id=None, item_id=item.id,
                        outcome=StocktakeOutcome.PRESENT, expected=True,
                        scanned_by=actor.user_id, scanned_at=now,
                    )
                )  # fmt: skip
            session.flush()
            finish_open(session, actor, s, signers, note, key)
            return stocktake_view(session, s)


def _clean(h: Handover) -> Handover:
    return Handover(
        h.officer_id,
        BodyKeeper(
            v.text_field(h.keeper.name, "field.body_keeper_name", limit=200, required=True),
            v.text_field(h.keeper.position, "field.body_keeper_position", limit=200),
        ),
        v.text_field(h.party, "field.party", limit=200),
        v.text_field(h.witness, "field.witness", limit=200),
        v.text_field(h.note, "field.note", limit=1000),
        v.text_field(h.refused, "field.refused", limit=200),
        v.text_field(h.refusal_reason, "field.refusal_reason", limit=500),
        h.contract,
    )


def _check_refusal(h: Handover, officer: str) -> None:
    """The minutes bear every side's signature; one who refuses is named with the reason
    (Decree 152/2026 Art 24.4). Only the party or the witness may be that one: the keeper's
    signature is his acceptance and, for the owner or a relative, his undertaking (Art 24.1),
    and the officer draws the minutes up — without either there is no handover."""
    if not h.refused:
        if h.refusal_reason:
            raise ValidationError("validation.required", field="field.refused")
        return
    who = h.refused.casefold()
    if who in (h.keeper.name.casefold(), officer.casefold()):
        raise ValidationError("keeping.must_sign", name=h.refused)
    if who not in (h.party.casefold(), h.witness.casefold()):
        raise ValidationError("keeping.refuser_absent", name=h.refused)
    if not h.refusal_reason:
        raise ValidationError("validation.required", field="field.refusal_reason")


def keeper_place(session: Session, keeper_id: int) -> Warehouse:
    """The active keeping place ``keeper_id``, or a refusal in words."""
    w = session.get(Warehouse, keeper_id)
    if w is None or not w.active:
        raise NotFoundError(what="noun.keeper", ref=keeper_id)
    if w.custodian_kind not in KEEPER_KINDS:
        raise ValidationError("keeping.not_a_keeper_place", warehouse=w.name)
    return w


def _place(session: Session, w: Warehouse) -> Location:
    place = session.scalars(
        select(Location)
        .where(Location.warehouse_id == w.id, Location.active.is_(True))
        .order_by(Location.id)
        .limit(1)
    ).first()
    if place is None:
        raise NotFoundError(what="noun.location", ref=w.code)
    return place


def _held(warehouse_id: int) -> Select[tuple[Item]]:
    return select(Item).where(
        Item.warehouse_id == warehouse_id, Item.status.in_(sorted(STORED_STATES))
    )


def handed_over_by_item(session: Session, warehouse_id: int) -> dict[int, date]:
    """Each item held at the keeping place with the day it was last left there by the
    minutes (LEFT_WITH_KEEPER), when it was."""
    into = select(Location.id).where(Location.warehouse_id == warehouse_id)
    rows = session.execute(
        select(CustodyEvent.item_id, func.max(CustodyEvent.occurred_at))
        .join(Item, Item.id == CustodyEvent.item_id)
        .where(
            Item.warehouse_id == warehouse_id,
            Item.status.in_(sorted(STORED_STATES)),
            CustodyEvent.kind == EventKind.LEFT_WITH_KEEPER,
            CustodyEvent.to_location_id.in_(into),
        )
        .group_by(CustodyEvent.item_id)
    )
    return {item_id: agency_date(at) for item_id, at in rows}


def last_check(session: Session, warehouse_id: int) -> datetime | None:
    """When the keeper's last monthly check was finished."""
    return session.scalar(
        select(func.max(Stocktake.finished_at)).where(
            Stocktake.warehouse_id == warehouse_id,
            Stocktake.kind == StocktakeKind.KEEPING_CHECK,
            Stocktake.status == StocktakeStatus.FINISHED,
            Stocktake.location_id.is_(None),
        )
    )


def check_due(session: Session, w: Warehouse, last: datetime | None) -> date:
    """The day the keeper's monthly check falls due (Circular 01/2017/TT-BTP Art 12.2): a
    month after the first handover of what it holds now or the last check, whichever is
    later (``check_anchor``)."""
    since = handed_over_by_item(session, w.id)
    return check_due_from(w, min(since.values()) if since else None, last)


def check_due_from(w: Warehouse, handed_over: date | None, last: datetime | None) -> date:
    """``check_due`` from the first handover already read (``first_handovers``)."""
    anchor = check_anchor(
        handed_over, agency_date(last) if last else None, agency_date(w.created_at)
    )
    return add_months(anchor, rules.value("keeping_check.period_months"))


def first_handovers(session: Session, warehouse_ids: Collection[int]) -> dict[int, date]:
    """Per keeping place, the earliest day among those its held items were last left there
    by the minutes: ``min(handed_over_by_item(...).values())`` for all the places in one
    reading of the events (the dashboard's deadlines ask for every place at once)."""
    if not warehouse_ids:
        return {}
    last_left = (
        select(Item.warehouse_id, func.max(CustodyEvent.occurred_at).label("at"))
        .join(Item, Item.id == CustodyEvent.item_id)
        .join(Location, Location.id == CustodyEvent.to_location_id)
        .where(
            Item.warehouse_id.in_(sorted(warehouse_ids)),
            Location.warehouse_id == Item.warehouse_id,
            Item.status.in_(sorted(STORED_STATES)),
            CustodyEvent.kind == EventKind.LEFT_WITH_KEEPER,
        )
        .group_by(CustodyEvent.item_id, Item.warehouse_id)
        .subquery()
    )
    rows = session.execute(
        select(last_left.c.warehouse_id, func.min(last_left.c.at)).group_by(
            last_left.c.warehouse_id
        )
    )
    # The first of the days is the day of the first moment (the agency's day only grows).
    return {int(w): agency_date(at) for w, at in rows}


def _keeper_view(session: Session, w: Warehouse, today: date) -> KeeperView:
    place = session.scalar(
        select(Location.id).where(Location.warehouse_id == w.id).order_by(Location.id).limit(1)
    )
    held = session.scalar(select(func.count()).select_from(_held(w.id).subquery())) or 0
    since = handed_over_by_item(session, w.id)
    last = last_check(session, w.id)
    return KeeperView(
        w.id, w.code, w.custodian_kind, w.custodian_name or w.name, w.address, place, held,
        min(since.values()) if since else None, agency_date(last) if last else None,
        check_due(session, w, last) if held else None,
    )  # fmt: skip


def _one_case(items: Sequence[Item]) -> int | None:
    cases = {i.case_id for i in items}
    return cases.pop() if len(cases) == 1 else None


def _minutes(
    session: Session,
    w: Warehouse,
    place: Location,
    items: Sequence[Item],
    handover: Handover,
    officer: str,
    at: datetime,
) -> KeepingMinutes:
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    case_id = _one_case(items)
    case = session.get(Case, case_id) if case_id is not None else None
    kind = CustodianKind(w.custodian_kind)
    refused = handover.refused.casefold()
    body = "" if kind is CustodianKind.OWNER else (w.custodian_name or w.name)
    return KeepingMinutes(
        header=DocumentHeader(
            agency.managing_agency if agency else "",
            agency.name if agency else "",
            agency.place_name if agency else "",
            agency_date(at),
        ),
        handed_at=at,
        place=w.address or w.name,
        case_name=case.name if case else "",
        basis=KEEPER_ARTICLES[kind],
        keeper_kind=label(kind, "vi"),
        keeper=Signer(handover.keeper.position, handover.keeper.name),
        keeper_body=body,
        keeper_address=w.address,
        officer=Signer("Chấp hành viên", officer),
        party=handover.party,
        witness=handover.witness,
        place_code=f"{w.code} ({place.code})",
        lines=tuple(
            DocumentLine(
                code=i.code,
                name=i.name,
                unit=i.unit,
                quantity=i.quantity,
                condition=i.condition or "",
            )
            for i in items
        ),
        undertaking=kind is CustodianKind.OWNER,
        paid=kind is CustodianKind.THIRD_PARTY,
        note=handover.note,
        refused=next(
            (n for n in (handover.party, handover.witness) if n.casefold() == refused), ""
        ),
        refusal_reason=handover.refusal_reason,
        contract_number=handover.contract.number if handover.contract else "",
        contract_signed_on=handover.contract.signed_on if handover.contract else None,
        contract_fee=handover.contract.fee if handover.contract else None,
    )
