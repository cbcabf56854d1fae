"""Items of cases not yet tried are stored apart from items under a QĐ THA (Circular
04/2023/TT-BTP Art 11.1): put-away, moves, returns and stocktake moves refuse a location that
holds the other class; the warehouse tree names locations mixed by a later decision."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import Category, ItemKind, ItemStatus, LocationKind
from evidence_app.domain.errors import ValidationError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.dto import CaseView, ItemView
from evidence_app.services.custody import MoveService
from evidence_app.services.custody.placement import apart_conflict
from tests.services.rows import snapshot
from tests.world import World


def _untried_case(world: World) -> CaseView:
    return world.services.cases.create(
        world.officer, CaseDraft(name="Cố ý gây thương tích – Hà Văn Em (chưa xét xử)")
    )


def _untried(
    world: World, case: CaseView | None, name: str = "Dao bấm", **where: object
) -> ItemView:
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.OTHER,
        name=name,
        case_id=case.id if case else None,
        **where,  # type: ignore[arg-type]
    )
    return world.services.items.receive(world.keeper, draft)


def _refused(world: World, call: object) -> ValidationError:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert snapshot(world.services) == before
    return caught.value


def test_an_untried_items_put_away_beside_decided_ones_is_refused_and_writes_nothing(
    world: World,
) -> None:
    decided = world.receive()  # world's case has its QĐ THA; shelf A
    case = _untried_case(world)
    error = _refused(world, lambda: _untried(world, case, location_id=world.shelf_a.id))
    assert error.key == "custody.mixed_with_decided"
    vi, en = error.message("vi"), error.message("en")
    assert decided.code in vi and world.shelf_a.code in vi and "chưa xét xử" in vi
    assert "Thông tư 04/2023/TT-BTP" in vi
    assert decided.code in en and world.shelf_a.code in en and "not yet tried" in en


def test_untried_items_go_to_a_location_of_their_own(world: World) -> None:
    world.receive()
    case = _untried_case(world)
    first = _untried(world, case, location_id=world.shelf_b.id)
    second = _untried(world, case, "Gậy sắt", location_id=world.shelf_b.id)
    loose = _untried(world, None, "Túi xách không rõ vụ việc", location_id=world.shelf_b.id)
    for item in (first, second, loose):
        stored = world.services.items.get(world.keeper, item.id)
        assert stored.status is ItemStatus.IN_STORAGE and stored.location_id == world.shelf_b.id


def test_an_item_without_a_case_counts_as_without_a_qd_tha(world: World) -> None:
    world.receive()
    error = _refused(world, lambda: _untried(world, None, location_id=world.shelf_a.id))
    assert error.key == "custody.mixed_with_decided"


def test_a_decided_item_is_not_moved_into_a_location_of_untried_ones(world: World) -> None:
    case = _untried_case(world)
    untried = _untried(world, case, location_id=world.shelf_b.id)
    decided = world.receive()
    moves = MoveService(world.services.db)
    error = _refused(
        world, lambda: moves.move_batch(world.keeper, [(decided.id, None)], world.shelf_b.id)
    )
    assert error.key == "custody.mixed_with_untried"
    assert untried.code in error.message("vi") and decided.code in error.message("vi")
    assert untried.code in error.message("en") and "enforcement decision" in error.message("en")


def test_a_batch_of_both_kinds_into_an_empty_location_is_refused_whole(world: World) -> None:
    case = _untried_case(world)
    untried = _untried(world, case)  # received, not put away yet
    decided = world.receive(stored=False)
    empty = world.services.warehouses.add_location(
        world.admin, world.warehouse.id, "Kệ 3", LocationKind.SHELF, parent_id=world.zone.id
    )
    moves = MoveService(world.services.db)
    error = _refused(
        world,
        lambda: moves.move_batch(world.keeper, [(untried.id, None), (decided.id, None)], empty.id),
    )
    assert error.key == "custody.mixed_with_untried" and untried.code in error.message("en")


def test_a_return_to_a_location_now_holding_untried_items_is_refused(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    case = _untried_case(world)
    untried = _untried(world, case, location_id=world.shelf_a.id)  # shelf A is empty now
    returns = world.services.checkouts
    error = _refused(world, lambda: returns.return_item(world.keeper, item.id, "Nguyên vẹn", True))
    assert error.key == "custody.mixed_with_untried" and untried.code in error.message("vi")
    returns.return_item(world.keeper, item.id, "Nguyên vẹn", True, location_id=world.shelf_b.id)
    assert world.services.items.get(world.keeper, item.id).location_id == world.shelf_b.id


def test_the_treasury_vault_holds_money_of_both_kinds(world: World) -> None:
    world.receive("Tiền mặt", category=Category.CASH, quantity=1)
    case = _untried_case(world)
    cash = world.services.items.receive(
        world.keeper,
        ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=Category.CASH,
            name="Tiền mặt chưa xét xử",
            case_id=case.id,
            location_id=world.vault.id,
        ),
    )
    assert world.services.items.get(world.keeper, cash.id).location_id == world.vault.id


def test_a_decision_given_later_shows_the_location_as_mixed_until_moved_apart(
    world: World,
) -> None:
    case = _untried_case(world)
    first = _untried(world, case, location_id=world.shelf_b.id)
    other = world.services.cases.create(world.officer, CaseDraft(name="Trộm cắp – Vũ Văn Giang"))
    second = _untried(world, other, "Kìm cộng lực", location_id=world.shelf_b.id)
    tree = world.services.warehouses.tree(world.admin, world.warehouse.id)
    assert tree.mixed == ()
    view = world.services.cases.get(world.officer, other.id)
    world.services.cases.update(
        world.officer,
        other.id,
        view.version,
        CaseDraft(name=other.name, decision_number="77/QĐ-THADS"),
    )
    tree = world.services.warehouses.tree(world.admin, world.warehouse.id)
    assert tree.mixed == (world.shelf_b.id,)
    treasury = world.services.warehouses.tree(world.admin, world.vault.warehouse_id)
    assert treasury.mixed == ()
    # the decided item may still leave the mixed location, not come back to it
    MoveService(world.services.db).move_batch(world.keeper, [(second.id, None)], world.shelf_a.id)
    assert world.services.warehouses.tree(world.admin, world.warehouse.id).mixed == ()
    assert world.services.items.get(world.keeper, first.id).location_id == world.shelf_b.id


def test_the_conflict_probe_searches_the_items_location_index(world: World) -> None:
    """A million items, a few thousand per location: the probe must not scan the table."""
    query = apart_conflict(1, world.shelf_a.id, decided=True)
    with world.services.db.engine.connect() as conn:
        dialect = conn.dialect
        sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        if dialect.name == "sqlite":
            plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "USING INDEX ix_item_location_id" in plan, plan
        else:
            # With scans of the table off, the planner must find an index on item; which one
            # (the location's, or the case's with the location as a filter) depends on the
            # statistics of a tiny test table, so the test asks only that it is not a scan.
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = " ".join(r[0] for r in conn.execute(text(f"EXPLAIN {sql}")))
            assert "Seq Scan on item" not in plan and " on item" in plan, plan
            assert "ix_item_location_id" in {
                name for (name,) in conn.execute(text(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'item'"))
            }  # fmt: skip
