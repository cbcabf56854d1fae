"""One item as the item panel shows it: fields, place, photos, timeline and chain state.

Everything is read in one session with a handful of indexed queries, because a scan must
fill the panel within 25 ms on a million items.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    Attachment,
    Case,
    Document,
    Item,
    ItemPhoto,
    Location,
    MoneyCount,
    User,
    Warehouse,
)
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import MONEY_CATEGORIES, EventKind, ItemStatus
from evidence_app.domain.errors import NotFoundError
from evidence_app.domain.money import NoteCount
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import ChainState, ItemDetails, PhotoView, TimelineEvent
from evidence_app.services.core.events import event_keeper, keeper_text
from evidence_app.services.core.scope import check_item_id_visible
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.verify import EVENT_COLUMNS, chain_break
from evidence_app.services.core.views import item_view
from evidence_app.services.custody import open_checkout

SEPARATOR = " › "
_E = EVENT_COLUMNS[0].table.c


class ItemDetailsReader:
    """The read side of ItemService that feeds the item panel."""

    db: Database

    def details(self, actor: Actor, item_id: int) -> ItemDetails:
        """The item, its case, place, photos, custody timeline (newest first) and chain state."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            check_item_id_visible(session, actor, item_id)  # issue 21
            return item_details(session, item_id)

    def details_by_code(self, actor: Actor, code: str) -> ItemDetails:
        """``details`` of the item a scanned or typed code names, in the same single session."""
        parsed = parse_code(code)
        if parsed.kind is not CodeKind.ITEM:
            raise NotFoundError(what="noun.item", ref=parsed.text)
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            item_id = session.scalar(select(Item.id).where(Item.code == parsed.text))
            if item_id is None:
                raise NotFoundError(what="noun.item", ref=parsed.text)
            check_item_id_visible(session, actor, item_id)  # issue 21
            return item_details(session, item_id)

    def photo(self, actor: Actor, attachment_id: int) -> bytes:
        """The bytes of one photo (``ItemDetails.photos`` names them)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            content = session.scalar(
                select(Attachment.content).where(Attachment.id == attachment_id)
            )
            if content is None:
                raise NotFoundError(what="noun.photo", ref=attachment_id)
            return bytes(content)


def item_details(session: Session, item_id: int) -> ItemDetails:
    row = session.execute(
        select(
            Item,
            Case.name,
            Case.judgment_number,
            Case.decision_number,
            Warehouse.name,
            Location.path,
        )
        .outerjoin(Case, Case.id == Item.case_id)
        .outerjoin(Warehouse, Warehouse.id == Item.warehouse_id)
        .outerjoin(Location, Location.id == Item.location_id)
        .where(Item.id == item_id)
    ).first()
    if row is None:
        raise NotFoundError(what="noun.item", ref=item_id)
    item, case_name, judgment, decision, warehouse_name, path = row
    events = list(
        session.execute(
            select(*EVENT_COLUMNS, User.full_name.label("actor_name"), Document.number)
            .outerjoin(User, User.id == _E.actor_id)
            .outerjoin(Document, Document.id == _E.document_id)
            .where(_E.item_id == item_id)
            .order_by(_E.seq)
        )
    )
    visited = _event_locations(events)
    rows = _location_rows(session, _path_ids(path), visited)
    names = _full_names(rows, visited)
    place = [warehouse_name or "", *(rows[i][0] if i in rows else "?" for i in _path_ids(path))]
    return ItemDetails(
        item=item_view(item),
        case_name=case_name or "",
        judgment_number=judgment or "",
        decision_number=decision or "",
        warehouse_name=warehouse_name or "",
        location_path=SEPARATOR.join(p for p in place if p),
        events=tuple(_timeline_event(e, names) for e in reversed(events)),
        photos=_photos(session, item_id),
        chain=ChainState(len(events), chain_break(item, events)),
        checkout=open_checkout(session, item_id) if item.status == ItemStatus.CHECKED_OUT else None,
        **_money(session, item),
    )


def _path_ids(path: str | None) -> list[int]:
    return [int(p) for p in (path or "").strip("/").split("/") if p]


def _event_locations(events: Iterable[Any]) -> set[int]:
    ids = {e.from_location_id for e in events} | {e.to_location_id for e in events}
    return {i for i in ids if i is not None}


def _location_rows(
    session: Session, known_path: list[int], ids: set[int]
) -> dict[int, tuple[str, str]]:
    """Name and path of the given locations and their ancestors, in at most two queries.

    The current location's ancestors are in its path already; those of locations the item
    passed through are read only when the first query shows they are missing.
    """
    wanted = set(known_path) | ids
    if not wanted:
        return {}
    rows = {i: (n, p) for i, n, p in _locations(session, wanted)}
    missing = {a for i in ids if i in rows for a in _path_ids(rows[i][1])} - rows.keys()
    if missing:
        rows.update({i: (n, p) for i, n, p in _locations(session, missing)})
    return rows


def _full_names(rows: dict[int, tuple[str, str]], ids: set[int]) -> dict[int, str]:
    """ "Khu A › Kệ 1" for each of ``ids``."""
    return {
        i: SEPARATOR.join(rows[a][0] if a in rows else "?" for a in _path_ids(rows[i][1]))
        for i in ids
        if i in rows
    }


def _locations(session: Session, ids: set[int]) -> Any:
    return session.execute(
        select(Location.id, Location.name, Location.path).where(Location.id.in_(sorted(ids)))
    )


def _timeline_event(e: Any, names: dict[int, str]) -> TimelineEvent:
    return TimelineEvent(
        id=e.id,
        seq=e.seq,
        kind=EventKind(_value(e.kind)),
        occurred_at=e.occurred_at,
        actor_name=e.actor_name or "",
        counterpart=e.counterpart,
        from_location=names.get(e.from_location_id, "") if e.from_location_id else "",
        to_location=names.get(e.to_location_id, "") if e.to_location_id else "",
        status_before=ItemStatus(_value(e.status_before)) if e.status_before else None,
        status_after=ItemStatus(_value(e.status_after)) if e.status_after else None,
        document_id=e.document_id,
        document_number=e.number or "",
        note=e.note,
        body_keeper=keeper_text(event_keeper(e.data)),
    )


def _money(session: Session, item: Item) -> dict[str, Any]:
    """The notes counted at the handover, for cash items only (no query for the others)."""
    if item.category not in MONEY_CATEGORIES:
        return {}
    rows = session.execute(
        select(MoneyCount.denomination, MoneyCount.count, MoneyCount.country)
        .where(MoneyCount.item_id == item.id)
        .order_by(MoneyCount.denomination.desc())
    ).all()
    notes = tuple(NoteCount(int(d), int(c)) for d, c, _country in rows)
    return {"notes": notes, "notes_country": next((r[2] for r in rows if r[2]), "")}


def _photos(session: Session, item_id: int) -> tuple[PhotoView, ...]:
    rows = session.execute(
        select(ItemPhoto.attachment_id, ItemPhoto.caption, Attachment.mime)
        .join(Attachment, Attachment.id == ItemPhoto.attachment_id)
        .where(ItemPhoto.item_id == item_id)
        .order_by(ItemPhoto.id)
    )
    return tuple(PhotoView(a, c or "", m) for a, c, m in rows)


def _value(member: Any) -> str:
    return str(getattr(member, "value", member))
