"""One search for both databases: an exact code first, then folded-text matches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Item
from db.search import search_ids
from db.unit_scope import item_in_units
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import Category, ItemStatus
from evidence_app.domain.errors import InvalidCodeError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import provincial_unit_id, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work

MAX_LIMIT = 10_000
MAX_QUERY = 200


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    code: str
    name: str
    category: Category
    status: ItemStatus
    owner_name: str
    received_at: datetime


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, actor: Actor, query: str, limit: int = 100) -> list[SearchHit]:
        """Items whose code, name, identifiers, seals, case or owner match ``query``.

        Diacritics and case are ignored and every word typed must start a word of the item's
        text. An exact item code comes first; the rest are newest first.
        """
        query = query[:MAX_QUERY]
        limit = max(0, min(limit, MAX_LIMIT))
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            conn = session.connection()
            # A regional office's user finds their units' items only (issue 21).
            visible = visible_unit_ids(session, actor)
            province = None if visible is None else provincial_unit_id(session)
            ids = search_ids(conn, query, limit, visible, province)
            exact = _exact_code_id(session, query)
            if exact is not None and visible is not None:
                exact = session.scalar(
                    select(Item.id).where(Item.id == exact, item_in_units(visible, province))
                )
            if exact is not None:
                ids = [exact, *(i for i in ids if i != exact)][:limit]
            if not ids:
                return []
            rows = session.execute(
                select(
                    Item.id,
                    Item.code,
                    Item.name,
                    Item.category,
                    Item.status,
                    Item.owner_name,
                    Item.received_at,
                ).where(Item.id.in_(ids))
            )
            by_id = {row.id: SearchHit(*row) for row in rows}
            return [by_id[i] for i in ids if i in by_id]


def _exact_code_id(session: Session, query: str) -> int | None:
    try:
        parsed = parse_code(query)
    except InvalidCodeError:
        return None
    if parsed.kind is not CodeKind.ITEM:
        return None
    return session.scalar(select(Item.id).where(Item.code == parsed.text))
