"""What a stocktake expects to find: its scope as SQL, the random sample, the expected map."""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import ColumnElement, and_, exists, insert, select
from sqlalchemy.orm import Session

from db.models import Item, Location, Stocktake, StocktakeSampleItem
from evidence_app.domain import rules
from evidence_app.domain.enums import Category, StocktakeKind
from evidence_app.domain.states import STORED_STATES
from evidence_app.domain.stocktake import sample_size

_STORED = sorted(STORED_STATES)


def subtree_ids(session: Session, location_id: int) -> list[int]:
    """The location and every location under it."""
    path = session.scalar(select(Location.path).where(Location.id == location_id))
    if path is None:
        return []
    return list(session.scalars(select(Location.id).where(Location.path.startswith(path))))


def in_scope(session: Session, stocktake: Stocktake) -> ColumnElement[bool]:
    """Items in the stocktake's warehouse or location subtree, in a stored state."""
    terms = [Item.warehouse_id == stocktake.warehouse_id, Item.status.in_(_STORED)]
    if stocktake.location_id is not None:
        terms.append(Item.location_id.in_(subtree_ids(session, stocktake.location_id)))
    return and_(*terms)


def expected_condition(session: Session, stocktake: Stocktake) -> ColumnElement[bool]:
    """In scope and, for a sample stocktake, drawn into the sample."""
    scope = in_scope(session, stocktake)
    if stocktake.kind is not StocktakeKind.SAMPLE:
        return scope
    drawn = exists().where(
        StocktakeSampleItem.stocktake_id == stocktake.id, StocktakeSampleItem.item_id == Item.id
    )
    return and_(scope, drawn)


def expected_map(session: Session, stocktake: Stocktake) -> dict[str, int | None]:
    """Expected item codes with the location the books record."""
    rows = session.execute(
        select(Item.code, Item.location_id).where(expected_condition(session, stocktake))
    )
    return {code: location for code, location in rows}


def draw_sample(session: Session, stocktake: Stocktake, seed: int | None = None) -> int:
    """Draw at least 10 % and at least 10 items of each category in scope (rules table);
    the number drawn."""
    by_category: dict[Category, list[int]] = defaultdict(list)
    rows = session.execute(
        select(Item.id, Item.category).where(in_scope(session, stocktake)).order_by(Item.id)
    )
    for item_id, category in rows:
        by_category[category].append(item_id)
    percent = rules.rule("stocktake.sample_min_percent").value
    minimum = rules.value("stocktake.sample_min_per_category")
    chooser = random.Random(seed if seed is not None else stocktake.id)
    drawn: list[int] = []
    for category in sorted(by_category):
        ids = by_category[category]
        drawn += chooser.sample(ids, sample_size(len(ids), percent, minimum))
    if drawn:
        session.execute(
            insert(StocktakeSampleItem),
            [{"stocktake_id": stocktake.id, "item_id": i} for i in drawn],
        )
    return len(drawn)
