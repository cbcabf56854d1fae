"""Batch moves by scanning: all or nothing, one custody event per item, from → to."""

from __future__ import annotations

import pytest

from evidence_app.domain.enums import EventKind, ItemStatus, ReleaseRequestPurpose, Role
from evidence_app.domain.errors import PermissionDeniedError, StaleEditError, ValidationError
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import MoveService
from tests.services.rows import snapshot
from tests.world import World


def _three(world: World) -> list[ItemView]:
    return [world.receive(f"Điện thoại {n}") for n in range(3)]


def test_a_batch_moves_every_item_with_a_moved_event_from_and_to(world: World) -> None:
    items = _three(world)
    moves = MoveService(world.services.db)
    result = moves.move_batch(
        world.keeper, [(i.id, i.version) for i in items], world.shelf_b.id, note="Sắp xếp"
    )
    assert result.count == 3 and result.location_code == world.shelf_b.code
    assert [i.id for i in result.items] == [i.id for i in items]
    for before, after in zip(items, result.items, strict=True):
        assert after.location_id == world.shelf_b.id and after.version == before.version + 1
        event = world.services.items.history(world.keeper, before.id)[0]
        assert event.kind is EventKind.MOVED and event.note == "Sắp xếp"
        assert (event.from_location_id, event.to_location_id) == (
            world.shelf_a.id,
            world.shelf_b.id,
        )
    assert verify_chains(world.services.db, world.admin).intact


def test_a_received_item_in_a_batch_is_put_away(world: World) -> None:
    loose = world.receive(stored=False)
    stored = world.receive()
    result = MoveService(world.services.db).move_batch(
        world.keeper, [(loose.id, loose.version), (stored.id, None)], world.shelf_b.id
    )
    assert {i.status for i in result.items} == {ItemStatus.IN_STORAGE}
    assert world.services.items.history(world.keeper, loose.id)[0].kind is EventKind.PUT_AWAY


def test_one_stale_item_refuses_the_whole_batch_and_writes_nothing(world: World) -> None:
    items = _three(world)
    world.services.items.edit(world.officer, items[1].id, items[1].version, {"condition": "Vỡ"})
    before = snapshot(world.services)
    with pytest.raises(StaleEditError) as caught:
        MoveService(world.services.db).move_batch(
            world.keeper, [(i.id, i.version) for i in items], world.shelf_b.id
        )
    assert items[1].code in caught.value.message("vi")
    assert items[1].code in caught.value.message("en")
    assert snapshot(world.services) == before


def test_a_final_state_item_refuses_the_whole_batch_naming_it(world: World) -> None:
    items = _three(world)
    last = items[2]
    world.order_for([last], ReleaseRequestPurpose.RETURN_TO_OWNER)
    world.exit_on_order([last.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    done = world.services.items.get(world.keeper, last.id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        MoveService(world.services.db).move_batch(
            world.keeper,
            [(i.id, i.version) for i in items[:2]] + [(done.id, done.version)],
            world.shelf_b.id,
        )
    assert caught.value.key == "validation.item_not_stored"
    assert last.code in caught.value.message("vi") and last.code in caught.value.message("en")
    assert snapshot(world.services) == before


def test_an_unmovable_item_refuses_the_whole_batch(world: World) -> None:
    items = _three(world)
    world.checkout([items[0].id])
    out = world.services.items.get(world.keeper, items[0].id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        MoveService(world.services.db).move_batch(
            world.keeper,
            [(out.id, out.version)] + [(i.id, i.version) for i in items[1:]],
            world.shelf_b.id,
        )
    assert items[0].code in caught.value.message("en")
    assert snapshot(world.services) == before


def test_an_item_already_at_the_target_refuses_the_batch(world: World) -> None:
    items = _three(world)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        MoveService(world.services.db).move_batch(
            world.keeper, [(i.id, i.version) for i in items], world.shelf_a.id
        )
    assert caught.value.key == "validation.same_location"
    assert snapshot(world.services) == before


def test_a_read_only_role_may_not_move(world: World) -> None:
    items = _three(world)
    before = snapshot(world.services)
    for actor in (world.actors[Role.INSPECTOR], world.officer):
        with pytest.raises(PermissionDeniedError):
            MoveService(world.services.db).move_batch(
                actor, [(i.id, i.version) for i in items], world.shelf_b.id
            )
    assert snapshot(world.services) == before


def test_an_empty_batch_is_refused(world: World) -> None:
    with pytest.raises(ValidationError):
        MoveService(world.services.db).move_batch(world.keeper, [], world.shelf_b.id)
