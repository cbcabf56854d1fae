"""Units (issue 21): each regional office acts on its own warehouses, cases, items and
requests; another unit's are refused, in the user's language, writing nothing; the
provincial head and inspectors see every unit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    ItemKind,
    LocationKind,
    PartyRole,
    ReleaseRequestPurpose,
    Role,
    StocktakeKind,
)
from evidence_app.domain.errors import OtherUnitError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import SYSTEM, Actor
from evidence_app.services.core.dto import ItemView, LocationView
from evidence_app.services.custody import Recipient
from tests.services.rows import snapshot
from tests.world import PASSWORD, World


@dataclass
class Office:
    """A regional office with its own keeper, officer, warehouse, shelf, case and item."""

    unit_id: int
    keeper: Actor
    officer: Actor
    shelf: LocationView
    item: ItemView


def _refused(world: World, call: object) -> OtherUnitError:
    before = snapshot(world.services)
    with pytest.raises(OtherUnitError) as caught:
        call()  # type: ignore[operator]
    assert snapshot(world.services) == before
    err = caught.value
    assert "đơn vị khác" in err.message("vi") and "another unit" in err.message("en")
    return err


def _clean_office(world: World) -> Office:
    """An office whose people hold roles there only (none in the provincial unit)."""
    s, admin = world.services, world.admin
    unit = s.units.create(admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    house = s.warehouses.create(admin, "K08", "Kho khu vực 2", CustodianKind.AGENCY)
    s.units.assign_warehouse(admin, house.id, unit.id)
    shelf = s.warehouses.add_location(admin, house.id, "Kệ KV2", LocationKind.SHELF)
    people = {}
    for role in (Role.KEEPER, Role.OFFICER):
        name = f"kv2-{role.value}"
        s.users.create(admin, name, name, "mat-khau-lan-dau-2026", [role], unit_id=unit.id)
        first = s.users.authenticate(name, "mat-khau-lan-dau-2026")
        s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
        people[role] = s.users.authenticate(name, PASSWORD)
    officer = people[Role.OFFICER]
    case = s.cases.create(officer, CaseDraft(name="Vụ khu vực 2", officer_id=officer.user_id))
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.PHONE,
        name="Điện thoại khu vực 2",
        case_id=case.id,
        location_id=shelf.id,
    )
    item = s.items.receive(SYSTEM, draft)
    return Office(unit.id, people[Role.KEEPER], officer, shelf, item)


def test_an_office_keeper_cannot_move_another_units_items_nor_into_its_warehouse(
    world: World,
) -> None:
    s = world.services
    office = _clean_office(world)
    ours = world.receive()
    _refused(world, lambda: s.moves.move_batch(office.keeper, [(ours.id, None)], office.shelf.id))
    _refused(world, lambda: s.moves.move_batch(office.keeper, [(ours.id, None)], world.shelf_b.id))
    _refused(
        world, lambda: s.moves.move_batch(world.keeper, [(office.item.id, None)], world.shelf_b.id)
    )
    # Its own item, within its own warehouse: allowed.
    shelf2 = s.warehouses.add_location(
        world.admin, office.shelf.warehouse_id, "Kệ KV2-b", LocationKind.SHELF
    )
    moved = s.moves.move_batch(office.keeper, [(office.item.id, None)], shelf2.id)
    assert moved.count == 1


def test_release_requests_stay_in_their_unit(world: World) -> None:
    s = world.services
    office = _clean_office(world)
    rr = s.release_requests
    who = Recipient("Đinh Công Tráng", "Công ty Đấu giá Hợp danh Việt Nam")
    purpose = ReleaseRequestPurpose.RETURN_TO_OWNER
    ours = world.receive()
    # The office's officer cannot ask for the provincial unit's case, nor its items.
    _refused(world, lambda: rr.request(office.officer, world.case.id, [ours.id], purpose, who))
    case_id = office.item.case_id
    assert case_id is not None
    _refused(world, lambda: rr.request(office.officer, case_id, [ours.id], purpose, who))
    # The province's officer cannot ask for the office's case.
    _refused(world, lambda: rr.request(world.officer, case_id, [office.item.id], purpose, who))
    # A request of the provincial unit's case is not listed to the office.
    world.order_for([ours], ReleaseRequestPurpose.RETURN_TO_OWNER)
    order = world.order_exit([ours.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    # The office's keeper may not issue it.
    _refused(world, lambda: rr.issue(office.keeper, order.id, ours.id, None))
    mine = [r.id for r in rr.list(world.officer)]
    assert mine and rr.list(office.officer) == []
    assert [r.id for r in rr.list(world.head)] == mine


def test_the_provincial_views_see_every_unit_the_office_its_own(world: World) -> None:
    s = world.services
    _clean_office(world)
    assert {u.code for u in s.units.all(world.head)} == {"TINH", "KV2"}
    assert {u.code for u in s.units.all(world.actors[Role.INSPECTOR])} == {"TINH", "KV2"}
    keeper = s.users.authenticate("kv2-keeper", PASSWORD)
    assert {u.code for u in s.units.all(keeper)} == {"KV2"}


def test_a_person_may_hold_roles_in_two_units(world: World) -> None:
    s = world.services
    office = _clean_office(world)
    view = next(u for u in s.users.all(world.admin) if u.username == "kv2-keeper")
    default = s.units.all(world.admin)[0].id
    s.users.set_roles(world.admin, view.id, [Role.KEEPER], view.version, unit_id=default)
    units = {u.code: u for u in s.units.all(world.admin)}
    assert office.keeper.user_id in units["KV2"].user_ids
    assert office.keeper.user_id in units["TINH"].user_ids
    ours = world.receive()
    assert s.moves.move_batch(office.keeper, [(ours.id, None)], world.shelf_b.id).count == 1
    shelf2 = s.warehouses.add_location(
        world.admin, office.shelf.warehouse_id, "Kệ KV2-b", LocationKind.SHELF
    )
    assert s.moves.move_batch(office.keeper, [(office.item.id, None)], shelf2.id).count == 1


def test_catalogue_stocktakes_and_cases_stay_in_their_unit(world: World) -> None:
    s = world.services
    office = _clean_office(world)
    item = office.item
    case_id = item.case_id
    assert case_id is not None
    # The province's keeper and officer on the office's item, case and warehouse.
    _refused(world, lambda: s.items.move(world.keeper, item.id, world.shelf_b.id))
    _refused(world, lambda: s.items.edit(world.officer, item.id, item.version, {"condition": "x"}))
    _refused(world, lambda: s.cases.add_party(world.officer, case_id, PartyRole.OWNER, "Lê A"))
    warehouse_id = office.shelf.warehouse_id
    kind = StocktakeKind.AD_HOC
    _refused(world, lambda: s.stocktakes.start(world.keeper, warehouse_id, kind))
    # The office's keeper on the province's warehouse and item.
    _refused(world, lambda: s.stocktakes.start(office.keeper, world.warehouse.id, kind))
    ours = world.receive()
    _refused(world, lambda: s.items.move(office.keeper, ours.id, world.shelf_b.id))
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.PHONE,
        name="Điện thoại lạc đơn vị",
        case_id=world.case.id,
        location_id=office.shelf.id,
    )
    _refused(world, lambda: s.items.receive(office.keeper, draft))
    # Its own stocktake, listed to it and to the provincial head, not to the province's keeper.
    take = s.stocktakes.start(office.keeper, warehouse_id, kind)
    assert [t.id for t in s.stocktakes.list(office.keeper)] == [take.id]
    assert take.id in [t.id for t in s.stocktakes.list(world.head)]
    assert take.id not in [t.id for t in s.stocktakes.list(world.keeper)]
    _refused(world, lambda: s.stocktakes.scan(world.keeper, take.id, item.code, None))
