"""A stocktake in a police or third-party warehouse: the misplaced items are moved there by
that body's keeper, named on the events; without him nothing is written (Decree 152/2026
Art 37.2.đ, 37.3)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import CustodyEvent
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    EventKind,
    ItemKind,
    LocationKind,
    StocktakeKind,
)
from evidence_app.domain.errors import ValidationError
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Signers
from tests.services.rows import snapshot
from tests.world import World

SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")
KEEPER = BodyKeeper("Trung úy Lý Văn Khoa", "Cán bộ quản lý kho vật chứng")
BODIES = {
    CustodianKind.POLICE: "Công an quận Hoàn Kiếm",
    CustodianKind.THIRD_PARTY: "Công ty TNHH Kho vận Thăng Long",
}


def _misplaced_in(world: World, kind: CustodianKind) -> tuple[int, str]:
    """A finished stocktake of another body's warehouse: one item seen in the other room."""
    s = world.services
    w = s.warehouses.create(world.admin, "NGOAI1", "Kho vật chứng bên ngoài", kind, BODIES[kind])
    one = s.warehouses.add_location(world.admin, w.id, "Phòng 1", LocationKind.ROOM)
    two = s.warehouses.add_location(world.admin, w.id, "Phòng 2", LocationKind.ROOM)
    items = [
        s.items.receive(
            world.keeper,
            ItemDraft(
                kind=ItemKind.EVIDENCE,
                category=Category.VEHICLE,
                name=f"Xe máy {n}",
                case_id=world.case.id,
                location_id=one.id,
            ),
        )
        for n in range(2)
    ]
    take = s.stocktakes.start(world.keeper, w.id, StocktakeKind.HALF_YEARLY)
    s.stocktakes.scan(world.keeper, take.id, items[0].code, one.id)
    s.stocktakes.scan(world.keeper, take.id, items[1].code, two.id)  # misplaced
    s.stocktakes.finish(world.keeper, take.id, SIGNERS)
    return take.id, items[1].code


@pytest.mark.parametrize("kind", [CustodianKind.POLICE, CustodianKind.THIRD_PARTY])
def test_moving_a_misplaced_item_without_the_bodys_keeper_writes_nothing(
    world: World, kind: CustodianKind
) -> None:
    take_id, code = _misplaced_in(world, kind)
    stocktakes = world.services.stocktakes
    assert stocktakes.keeping_body(world.keeper, take_id, [code]) == BODIES[kind]
    before = snapshot(world.services)
    for keeper in (None, BodyKeeper("   ", "Thủ kho")):
        with pytest.raises(ValidationError) as caught:
            stocktakes.move_misplaced(world.keeper, take_id, [code], keeper)
        assert caught.value.key == "custody.body_keeper_required"
        assert code in caught.value.message("vi") and BODIES[kind] in caught.value.message("vi")
        assert "Điều 37.2.đ" in caught.value.message("vi")
    assert snapshot(world.services) == before


@pytest.mark.parametrize("kind", [CustodianKind.POLICE, CustodianKind.THIRD_PARTY])
def test_the_bodys_keeper_who_moved_it_is_on_the_event_and_in_the_history(
    world: World, kind: CustodianKind
) -> None:
    take_id, code = _misplaced_in(world, kind)
    s = world.services
    assert s.stocktakes.move_misplaced(world.keeper, take_id, [code], KEEPER) == 1
    item = s.items.by_code(world.keeper, code)
    with s.db.session() as session:
        raw = session.scalars(
            select(CustodyEvent.data).where(
                CustodyEvent.item_id == item.id, CustodyEvent.kind == EventKind.STOCKTAKE_MOVED
            )
        ).one()
    assert json.loads(raw or "{}") == {
        "stocktake": take_id,
        "body_keeper": {"name": KEEPER.name, "position": KEEPER.position, "body": BODIES[kind]},
    }
    last = s.items.history(world.keeper, item.id)[0]
    assert last.kind is EventKind.STOCKTAKE_MOVED
    assert last.body_keeper == f"{KEEPER.name}, {KEEPER.position} – {BODIES[kind]}"
    assert s.stocktakes.reconcile(world.keeper, take_id).misplaced[0].resolved
    assert verify_chains(s.db, world.accountant).intact


def test_in_our_own_warehouse_no_other_keeper_is_asked_nor_recorded(world: World) -> None:
    s = world.services
    item = world.receive("Điện thoại Nokia", category=Category.PHONE)
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.AD_HOC)
    s.stocktakes.scan(world.keeper, take.id, item.code, world.shelf_b.id)
    s.stocktakes.finish(world.keeper, take.id, SIGNERS)
    assert s.stocktakes.keeping_body(world.keeper, take.id, [item.code]) == ""
    s.stocktakes.move_misplaced(world.keeper, take.id, [item.code])
    assert s.items.history(world.keeper, item.id)[0].body_keeper == ""
    assert s.items.by_code(world.keeper, item.code).location_id == world.shelf_b.id
