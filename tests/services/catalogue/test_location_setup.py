"""Setting up a warehouse's locations: one node, or a generated row with its levels."""

from __future__ import annotations

import pytest

from evidence_app.domain.enums import LocationKind, Role
from evidence_app.domain.errors import DuplicateError, PermissionDeniedError, ValidationError
from evidence_app.services.catalogue import LocationRange
from tests.services.rows import execute, snapshot
from tests.world import World

SHELVES = LocationRange(LocationKind.SHELF, "Kệ A", 1, 20, levels=5)


def test_a_row_of_twenty_shelves_of_five_levels_is_made_in_one_go(world: World) -> None:
    w = world.services.warehouses
    room = w.add_location(world.keeper, world.warehouse.id, "Phòng 2", LocationKind.ROOM)
    made = w.add_location_range(world.keeper, world.warehouse.id, SHELVES, parent_id=room.id)
    assert len(made) == 20 * 6
    shelves = [m for m in made if m.kind is LocationKind.SHELF]
    assert [s.name for s in shelves[:3]] == ["Kệ A1", "Kệ A2", "Kệ A3"]
    assert shelves[-1].name == "Kệ A20" and all(s.parent_id == room.id for s in shelves)
    levels = [m for m in made if m.parent_id == shelves[0].id]
    assert [lv.name for lv in levels] == ["Tầng 1", "Tầng 2", "Tầng 3", "Tầng 4", "Tầng 5"]
    assert all(lv.kind is LocationKind.BIN for lv in levels)
    assert levels[4].full_name.endswith("Phòng 2 › Kệ A1 › Tầng 5")
    assert len({m.code for m in made}) == len(made)  # every node its own printed code
    # Each one can be looked up by its code, as a scan would.
    assert w.location_by_code(world.keeper, levels[4].code).id == levels[4].id
    tree = w.tree(world.keeper, world.warehouse.id)
    assert {n.location.id for n in tree.nodes} >= {m.id for m in made}


@pytest.mark.parametrize(
    ("draft", "error"),
    [
        (LocationRange(LocationKind.SHELF, "Kệ A", 20, 1), "location.range_order"),
        (LocationRange(LocationKind.BIN, "Ngăn ", 1, 3, levels=2), "location.no_levels"),
        (LocationRange(LocationKind.SHELF, "Kệ ", 1, 400, levels=5), "location.range_too_big"),
        (LocationRange(LocationKind.SHELF, "  ", 1, 3), "validation.required"),
        (LocationRange(LocationKind.SHELF, "Kệ ", -1, 3), "validation.value"),
        (
            LocationRange(LocationKind.SHELF, "Kệ ", 1, 3, levels=2, level_name=""),
            "validation.required",
        ),
    ],
)
def test_a_bad_row_is_refused_with_its_reason_and_nothing_is_written(
    world: World, draft: LocationRange, error: str
) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        world.services.warehouses.add_location_range(world.keeper, world.warehouse.id, draft)
    assert refused.value.key == error
    assert refused.value.message("vi") and refused.value.message("en")
    assert snapshot(world.services) == before


def test_a_row_clashing_with_a_name_already_there_is_refused_whole(world: World) -> None:
    w = world.services.warehouses
    w.add_location(world.keeper, world.warehouse.id, "Kệ B3", LocationKind.SHELF)
    before = snapshot(world.services)
    draft = LocationRange(LocationKind.SHELF, "Kệ B", 1, 5, levels=2)
    with pytest.raises(DuplicateError) as refused:
        w.add_location_range(world.keeper, world.warehouse.id, draft)
    assert "Kệ B3" in refused.value.message("vi")
    assert snapshot(world.services) == before
    # Under another parent the same names are fine (every room has its Kệ B1…).
    room = w.add_location(world.keeper, world.warehouse.id, "Phòng 3", LocationKind.ROOM)
    assert len(w.add_location_range(world.keeper, world.warehouse.id, draft, room.id)) == 15


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ACCOUNTANT, Role.INSPECTOR, Role.CASHIER])
def test_only_who_manages_warehouses_may_set_them_up(world: World, role: Role) -> None:
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.warehouses.add_location_range(
            world.actors[role], world.warehouse.id, SHELVES
        )
    with pytest.raises(PermissionDeniedError):
        world.services.warehouses.create(world.actors[role], "K9", "Kho 9", "agency")
    assert snapshot(world.services) == before


def test_a_deactivated_shelf_name_may_be_used_again_by_a_new_row(world: World) -> None:
    w = world.services.warehouses
    old = w.add_location(world.keeper, world.warehouse.id, "Kệ C1", LocationKind.SHELF)
    execute(world.services, "UPDATE location SET active = false WHERE id = :id", id=old.id)
    made = w.add_location_range(
        world.keeper, world.warehouse.id, LocationRange(LocationKind.SHELF, "Kệ C", 1, 2)
    )
    assert [m.name for m in made] == ["Kệ C1", "Kệ C2"]
