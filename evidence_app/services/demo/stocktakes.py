"""Demo stocktakes through the services (two finished with minutes and follow-up, one open)
and the cases' enforcement outcomes the statistics count; a fixed few dozen scans."""

from __future__ import annotations

from sqlalchemy import func, insert, select

from db.column_types import utcnow
from db.models import Item, Location, StocktakeScan, Warehouse
from evidence_app.domain.enums import (
    MONEY_CATEGORIES,
    CustodianKind,
    ItemStatus,
    LocationKind,
    Role,
    StocktakeKind,
    StocktakeOutcome,
)
from evidence_app.domain.errors import DomainError
from evidence_app.domain.states import STORED_STATES
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.outcomes import demo_case_outcomes
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import Handover, Signers

#: Scans made one by one through the service; the rest of a large location's items are
#: written in one insert, so the stage stays a second or two on a million items.
BY_HAND = 12
#: Bins looked at to choose the stocktakes' places.
CANDIDATES = 30


def _actor(ids: dict[str, int], role: str) -> Actor:
    user = next(u for u in voc.DEMO_USERS if u[3] == role)
    return Actor(ids[role], user[0], user[1], frozenset({Role(role)}))


def _places(
    services: Services, wanted: int
) -> list[tuple[int, int | None, list[tuple[str, int | None]]]]:
    """(warehouse, location, [(code, location)]) of the ``wanted`` fullest-but-smallest bins
    among the first few (each counted through the location index: cheap at any size)."""
    stored = Item.status.in_(sorted(STORED_STATES))
    with unit_of_work(services.db, read_only=True) as session:
        bins = session.execute(
            select(Location.id, Location.warehouse_id)
            .where(Location.kind == LocationKind.BIN)
            .order_by(Location.id)
            .limit(CANDIDATES)
        ).all()
        sized = []
        for location_id, warehouse_id in bins:
            n = session.scalar(
                select(func.count())
                .select_from(Item)
                .where(Item.location_id == location_id, stored)
            )
            if n and n >= 4:
                sized.append((n, location_id, warehouse_id))
        found: list[tuple[int, int | None, list[tuple[str, int | None]]]] = []
        for _n, location_id, warehouse_id in sorted(sized)[:wanted]:
            items = session.execute(
                select(Item.code, Item.location_id).where(Item.location_id == location_id, stored)
            ).all()
            found.append((warehouse_id, location_id, [(c, loc) for c, loc in items]))
        # A small demo has few items per bin: take shelves with their bins, then whole
        # warehouses (a 2,000-item demo has some of each, whatever its seed).
        if len(found) < wanted:
            shelves = session.execute(
                select(Location.id, Location.warehouse_id, Location.path)
                .where(Location.kind == LocationKind.SHELF)
                .order_by(Location.id)
                .limit(CANDIDATES * 4)
            ).all()
            for location_id, warehouse_id, path in shelves:
                if len(found) >= wanted:
                    break
                items = session.execute(
                    select(Item.code, Item.location_id)
                    .join(Location, Location.id == Item.location_id)
                    .where(Location.path.startswith(path), stored)
                    .limit(BY_HAND * 4)
                ).all()
                if 4 <= len(items) < BY_HAND * 4:
                    found.append((warehouse_id, location_id, [(c, loc) for c, loc in items]))
        for (warehouse_id,) in session.execute(select(Warehouse.id).order_by(Warehouse.id)):
            if len(found) >= wanted:
                break
            items = session.execute(
                select(Item.code, Item.location_id)
                .where(Item.warehouse_id == warehouse_id, stored)
                .limit(BY_HAND * 4)
            ).all()
            if len(items) >= 4 and len(items) < BY_HAND * 4:
                found.append((warehouse_id, None, [(c, loc) for c, loc in items]))
        return found


def demo_stocktakes(services: Services, ids: dict[str, int]) -> int:
    """Two finished stocktakes (one missing, one misplaced, one unknown code each, followed
    up on the first) and one open session; the number made."""
    keeper = _actor(ids, "keeper")
    signers = Signers(keeper.full_name, _actor(ids, "accountant").full_name,
                      _actor(ids, "head").full_name)  # fmt: skip
    places = _places(services, 3)
    kinds = (StocktakeKind.HALF_YEARLY, StocktakeKind.YEARLY, StocktakeKind.AD_HOC)
    for n, ((warehouse, location, items), kind) in enumerate(zip(places, kinds, strict=False)):
        other = _another_location(services, warehouse, location)
        if location is not None:  # a count of one place is ad hoc, never the periodic one
            kind = StocktakeKind.AD_HOC
        take = services.stocktakes.start(keeper, warehouse, kind, location_id=location)
        if location is not None:
            services.stocktakes.scan(keeper, take.id, _location_code(services, location), None)
        last = len(items) - 1
        for i, (code, recorded) in enumerate(items[:BY_HAND]):
            if i == last and n < 2:
                continue  # never seen: missing
            seen = other if (i == 0 and n < 2 and other not in (None, recorded)) else recorded
            services.stocktakes.scan(keeper, take.id, code, seen)
        _bulk_scans(services, take.id, keeper, items[BY_HAND:-1] if n < 2 else items[BY_HAND:])
        if n == 2:
            break  # the open session stays open
        services.stocktakes.scan(keeper, take.id, f"VC-2019-{990_000 + n}", location)
        services.stocktakes.finish(keeper, take.id, signers, "Kiểm kê theo kế hoạch năm.")
        if n == 0:
            lists = services.stocktakes.reconcile(keeper, take.id)
            if lists.missing:
                services.stocktakes.mark_missing(keeper, take.id, [lists.missing[0].code])
            if lists.misplaced:
                services.stocktakes.move_misplaced(keeper, take.id, [lists.misplaced[0].code])
    return len(places)


def _bulk_scans(
    services: Services, stocktake_id: int, keeper: Actor, items: list[tuple[str, int | None]]
) -> None:
    """Scans in place for ``items``, as the scanning service would have recorded them."""
    if not items:
        return
    now = utcnow()
    with unit_of_work(services.db) as session:
        codes = [c for c, _ in items]
        query = select(Item.code, Item.id).where(Item.code.in_(codes))
        ids = {c: i for c, i in session.execute(query)}
        session.execute(
            insert(StocktakeScan),
            [{"stocktake_id": stocktake_id, "code": code, "location_id": loc,
              "item_id": ids.get(code), "outcome": StocktakeOutcome.PRESENT, "expected": True,
              "scanned_by": keeper.user_id, "scanned_at": now} for code, loc in items],
        )  # fmt: skip


def _another_location(services: Services, warehouse: int, location: int | None) -> int | None:
    """A location of the same warehouse outside ``location``: where a misplaced item is seen."""
    with unit_of_work(services.db, read_only=True) as session:
        return session.scalar(
            select(Location.id)
            .where(Location.warehouse_id == warehouse, Location.id != (location or 0))
            .order_by(Location.id.desc())
            .limit(1)
        )


def demo_stage(services: Services, ids: dict[str, int]) -> int:
    """The stage ``build_demo`` calls: case outcomes and payments through the services, then
    the stocktakes."""
    demo_case_outcomes(services, ids)
    made = demo_stocktakes(services, ids)
    demo_keeping(services, ids)
    return made


def demo_keeping(services: Services, ids: dict[str, int]) -> int:
    """An item stored on our shelves left with its owner to keep (Law 106/2025 Art 40.1.a)
    on the keeping minutes (Decree 152/2026 Art 24.4), and its first monthly check (Circular
    01/2017/TT-BTP Art 12.2); the number of items left (0 if none is on our shelves)."""
    keeper = _actor(ids, "keeper")
    # Set up by the provincial head, so the keeping place is the provincial unit's, where the
    # demo's shelves are (the keeper's first unit is the regional office).
    owner = services.keeping.add_keeper(
        _actor(ids, "head"), CustodianKind.OWNER, "Đinh Văn Cường", "Thôn Hạ, xã Mê Linh, Hà Nội"
    )
    with unit_of_work(services.db, read_only=True) as session:
        unit = session.scalar(select(Warehouse.unit_id).where(Warehouse.id == owner.id))
        # The newest item on our shelves in the keeping place's unit: the later stages
        # (destruction, releases) take the oldest ones.
        row = session.execute(
            select(Item.id, Item.code)
            .join(Warehouse, Warehouse.id == Item.warehouse_id)
            .where(
                Item.category.not_in(sorted(MONEY_CATEGORIES)),
                Item.status == ItemStatus.IN_STORAGE,
                Warehouse.custodian_kind == CustodianKind.AGENCY,
                Warehouse.unit_id == unit,
            )
            .order_by(Item.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return 0
    # The officer who draws up the minutes is a user holding the officer's role (Art 24.4).
    handover = Handover(ids["officer"], BodyKeeper("Đinh Văn Cường", "Chủ sở hữu"))
    try:
        services.keeping.leave(keeper, owner.id, [row.id], handover)
    except DomainError:
        return 0  # e.g. on its way to another unit: the demo leaves it where it is
    signers = Signers(keeper.full_name, _actor(ids, "accountant").full_name,
                      _actor(ids, "head").full_name, "Đinh Văn Cường")  # fmt: skip
    services.keeping.check(keeper, owner.id, [row.code], signers, "Còn nguyên hiện trạng.")
    return 1


def _location_code(services: Services, location_id: int) -> str:
    with unit_of_work(services.db, read_only=True) as session:
        return session.scalar(select(Location.code).where(Location.id == location_id)) or ""
