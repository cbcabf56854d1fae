"""The item catalogue: ordered ids of every matching item, and rows for one page of them.

Built for a lazy table over a million items: ``ids`` returns only integers (in a compact
``array``), ``rows`` loads one page. Filters, sort and search are in ``catalogue_query``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Case, Item, Location, Warehouse
from evidence_app.domain.enums import Category, ItemKind, ItemStatus
from evidence_app.domain.permissions import Permission
from evidence_app.services.catalogue.query import (
    SORT_COLUMNS,
    CatalogueFilter,
    CatalogueSort,
    checked_filter,
    checked_sort,
    conditions,
)
from evidence_app.services.catalogue.search import SearchService
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import item_scope
from evidence_app.services.core.uow import unit_of_work

#: Search hits taken as candidates before the other filters apply.
SEARCH_LIMIT = 2_000
#: Ids in the first chunk (enough for the first screens) and in each chunk after it.
FIRST_CHUNK = 1_000
CHUNK = 100_000
#: Newest received first: the index on ``received_at`` holds the ids, so no sort is needed.
DEFAULT_SORT = CatalogueSort("received_at", descending=True)
#: Ids asked of ``rows`` at once, at most (a page is a few hundred).
MAX_PAGE = 5_000
_SEPARATOR = " › "

__all__ = ["CatalogueFilter", "CatalogueRow", "CatalogueService", "CatalogueSort"]


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    id: int
    code: str
    name: str
    kind: ItemKind
    category: Category
    status: ItemStatus
    warehouse: str
    #: Names from the zone down, e.g. "Khu A › Kệ 1"; empty when not put away.
    location: str
    case: str
    owner: str
    received_at: datetime


class CatalogueService:
    def __init__(self, db: Database, search: SearchService | None = None) -> None:
        self.db = db
        self._search = search or SearchService(db)

    def ids(
        self,
        actor: Actor,
        filter: CatalogueFilter = CatalogueFilter(),  # noqa: B008
        sort: CatalogueSort | None = None,
    ) -> array[int]:
        """Ids of every item matching ``filter``, in ``sort`` order (see ``id_chunks``)."""
        found = array("q")
        for chunk in self.id_chunks(actor, filter, sort):
            found.extend(chunk)
        return found

    def id_chunks(
        self,
        actor: Actor,
        filter: CatalogueFilter = CatalogueFilter(),  # noqa: B008
        sort: CatalogueSort | None = None,
        *,
        first: int = FIRST_CHUNK,
        size: int = CHUNK,
    ) -> Iterator[array[int]]:
        """The ids of ``ids`` in consecutive chunks: ``first`` ids, then ``size`` at a time.

        A table shows the first chunk at once and takes the rest while the user looks; the
        read transaction stays open until the iterator ends or is closed. Without a sort:
        newest received first, or the search's rank order when ``filter.text`` is set (only
        the first ``SEARCH_LIMIT`` search hits are considered). Bad input is refused here,
        before the first chunk.
        """
        f = checked_filter(filter)
        sort = checked_sort(sort)
        candidates = self._candidates(actor, f.text) if f.text else None
        return self._chunks(actor, f, sort, candidates, max(1, first), max(1, size))

    def _chunks(
        self,
        actor: Actor,
        f: CatalogueFilter,
        sort: CatalogueSort | None,
        candidates: list[int] | None,
        first: int,
        size: int,
    ) -> Iterator[array[int]]:
        if candidates is not None and not candidates:
            return
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Item.id).where(*conditions(session, f, datetime.now(UTC)))
            scope = item_scope(session, actor)  # a regional office's own items (issue 21)
            if scope is not None:
                query = query.where(scope)
            if candidates is not None:
                query = query.where(Item.id.in_(candidates))
                if sort is None:
                    found = set(chain.from_iterable(session.execute(query).tuples()))
                    yield array("q", (i for i in candidates if i in found))
                    return
            sort = sort or DEFAULT_SORT
            if sort.column == "location":
                yield _by_location(session, query, sort.descending)
                return
            if self.db.dialect == "postgresql":
                yield from _server_chunks(session, _ordered(query, sort), first, size)
                return
            # Read from the driver's cursor: no Row objects. Not stream_results, whose buffer
            # would hold rows back from the raw cursor.
            result = session.connection().execute(_ordered(query, sort))
            cursor = result.cursor
            n = first
            while cursor is not None and (rows := cursor.fetchmany(n)):
                yield array("q", chain.from_iterable(rows))
                n = size
            result.close()

    def rows(self, actor: Actor, ids: Sequence[int]) -> list[CatalogueRow]:
        """The rows of ``ids`` (one page), in the order asked; unknown ids are left out."""
        wanted = [int(i) for i in ids[:MAX_PAGE]]
        if not wanted:
            return []
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            scope = item_scope(session, actor)  # issue 21
            found = session.execute(
                select(
                    Item.id,
                    Item.code,
                    Item.name,
                    Item.kind,
                    Item.category,
                    Item.status,
                    Warehouse.name,
                    Location.path,
                    Case.name,
                    Item.owner_name,
                    Item.received_at,
                )
                .outerjoin(Warehouse, Warehouse.id == Item.warehouse_id)
                .outerjoin(Location, Location.id == Item.location_id)
                .outerjoin(Case, Case.id == Item.case_id)
                .where(Item.id.in_(wanted), *(() if scope is None else (scope,)))
            ).all()
            names = _location_names(session, (r[7] for r in found))
        by_id = {r[0]: _row(r, names) for r in found}
        return [by_id[i] for i in wanted if i in by_id]

    def _candidates(self, actor: Actor, text: str) -> list[int]:
        return [hit.id for hit in self._search.search(actor, text, SEARCH_LIMIT)]


def _ordered(query: Select[Any], sort: CatalogueSort) -> Select[Any]:
    column = SORT_COLUMNS[sort.column]
    if sort.column == "warehouse":
        query = query.outerjoin(Warehouse, Warehouse.id == Item.warehouse_id)
    elif sort.column == "case":
        query = query.outerjoin(Case, Case.id == Item.case_id)
    keys = [column] if sort.column != "id" else []
    keys.append(Item.id)
    return query.order_by(*(k.desc() if sort.descending else k.asc() for k in keys))


def _server_chunks(
    session: Session, query: Select[Any], first: int, size: int
) -> Iterator[array[int]]:
    """PostgreSQL: psycopg's ordinary cursor receives the whole result before the first row
    (2.8 s for a million ids); a server-side cursor sends the first chunk at once (21 ms)."""
    options = {"stream_results": True, "max_row_buffer": size}
    result = session.connection().execute(query, execution_options=options)
    try:
        n = first
        while rows := result.fetchmany(n):
            yield array("q", [row[0] for row in rows])
            n = size
    finally:
        result.close()


def _by_location(session: Session, query: Select[Any], descending: bool) -> array[int]:
    """Sorted by the location's full name (not stored), then by location, then by id.

    The few thousand locations are ranked in Python; the items come grouped by location
    from the index on ``location_id`` and are put together in that rank, with no sort of
    the items themselves.
    """
    ordered = query.add_columns(Item.location_id).order_by(Item.location_id, Item.id)
    result = session.connection().execute(ordered)
    groups: dict[int | None, array[int]] = {}
    for item_id, location_id in result.cursor.fetchall() if result.cursor else ():
        group = groups.get(location_id)
        if group is None:
            group = groups[location_id] = array("q")
        group.append(item_id)
    result.close()
    paths = dict(session.execute(select(Location.id, Location.path)).tuples().all())
    names = _location_names(session, paths.values())
    # Items not put away have an empty name: first when ascending, as in the other columns.
    by_name = sorted(paths, key=lambda loc: (_full_name(paths[loc], names).casefold(), loc))
    ranked: list[int | None] = [None, *by_name]
    found = array("q")
    for location_id in reversed(ranked) if descending else ranked:
        group = groups.get(location_id, array("q"))
        found.extend(group[::-1] if descending else group)
    return found


def _row(r: Any, names: dict[int, str]) -> CatalogueRow:
    return CatalogueRow(
        id=r[0],
        code=r[1],
        name=r[2],
        kind=r[3],
        category=r[4],
        status=r[5],
        warehouse=r[6] or "",
        location=_full_name(r[7], names),
        case=r[8] or "",
        owner=r[9],
        received_at=r[10],
    )


def _location_names(session: Session, paths: Iterable[str | None]) -> dict[int, str]:
    ids = {int(p) for path in paths if path for p in path.strip("/").split("/") if p}
    if not ids:
        return {}
    rows = session.execute(select(Location.id, Location.name).where(Location.id.in_(ids)))
    return {int(i): str(n) for i, n in rows}


def _full_name(path: str | None, names: dict[int, str]) -> str:
    if not path:
        return ""
    return _SEPARATOR.join(names.get(int(p), "?") for p in path.strip("/").split("/") if p)
