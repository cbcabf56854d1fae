"""Gold jewellery is a fact the officer records on the lot (Decree 152/2026 Art 61.3), not
something guessed from the items' category: only the recorded lot must go by the shortened
procedure; a lot of precious metals not so recorded is auctioned as any other; the flag is
refused on other items and together with gold bars (Art 61.2). Nothing is written when
refused; on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import Category, Disposition
from evidence_app.domain.errors import PermissionDeniedError, StaleEditError, ValidationError
from evidence_app.services.core.uow import unit_of_work
from tests.services.auctions.steps import (
    AUCTION_1,
    CONTRACT,
    ORG,
    SEIZED,
    firm,
    new_lot,
    use_clock,
)
from tests.services.rows import snapshot
from tests.world import World


def _refused(world: World, text_part: str, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    message = caught.value.message("vi") + caught.value.message("en")
    assert text_part in message, message
    assert snapshot(world.services) == before


def _contracted(world: World, jewellery: bool, price: int = 120_000_000) -> int:
    auctions = world.services.auctions
    clock = use_clock(world, date(2026, 11, 6))
    ring = world.receive("Nhẫn vàng 18K đính đá", category=Category.PRECIOUS_METAL)
    lot = new_lot(world, ring, gold_jewellery=jewellery)
    assert lot.gold_jewellery is jewellery
    auctions.record_valuation(world.officer, lot.id, firm(price))
    clock.day = date(2026, 11, 9)
    auctions.notify_parties(world.officer, lot.id, date(2026, 11, 9))
    clock.day = CONTRACT
    auctions.sign_contract(world.officer, lot.id, ORG, "15/2026/HĐ-ĐG", CONTRACT)
    clock.day = date(2026, 11, 17)
    return lot.id


def test_a_recorded_gold_jewellery_lot_must_go_by_the_shortened_procedure(world: World) -> None:
    lot_id = _contracted(world, jewellery=True)
    auctions = world.services.auctions
    _refused(
        world,
        "Điều 61",
        lambda: auctions.schedule_round(world.officer, lot_id, AUCTION_1, shortened=False),
    )
    lot = auctions.schedule_round(world.officer, lot_id, AUCTION_1)
    assert lot.current_round is not None and lot.current_round.shortened


def test_precious_metal_not_recorded_as_jewellery_is_not_inferred(world: World) -> None:
    """120 million đồng of precious metal, not recorded as gold jewellery: no ground for the
    shortened procedure (Law on Asset Auctions Art 53.1), asking for it is refused."""
    lot_id = _contracted(world, jewellery=False)
    auctions = world.services.auctions
    _refused(
        world,
        "Điều 53",
        lambda: auctions.schedule_round(world.officer, lot_id, AUCTION_1, shortened=True),
    )
    lot = auctions.schedule_round(world.officer, lot_id, AUCTION_1)
    assert lot.current_round is not None and not lot.current_round.shortened


def test_the_flag_needs_precious_metals_and_excludes_gold_bars(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    car = world.receive("Xe máy Honda Wave", category=Category.VEHICLE)
    ring = world.receive("Dây chuyền vàng 24K", category=Category.PRECIOUS_METAL)
    world.order((car, ring), Disposition.AUCTION)
    create = world.services.auctions.create_lot

    def lot(*items: object, **flags: bool) -> object:
        ids = [i.id for i in items]  # type: ignore[attr-defined]
        return create(world.officer, world.case.id, ids, seized_on=SEIZED, **flags)

    _refused(world, "Điều 61", lambda: lot(car, gold_jewellery=True))
    _refused(world, "Điều 61", lambda: lot(car, ring, gold_jewellery=True))
    _refused(world, "Điều 61", lambda: lot(ring, gold_jewellery=True, gold_bullion=True))
    assert lot(ring, gold_jewellery=True).gold_jewellery  # type: ignore[attr-defined]


def test_the_flag_is_stored_on_the_lot(world: World) -> None:
    lot_id = _contracted(world, jewellery=True)
    with unit_of_work(world.services.db) as session:
        stored = session.execute(
            text("SELECT gold_jewellery FROM auction_lot WHERE id = :i"), {"i": lot_id}
        ).scalar()
    assert bool(stored)


def test_the_upgrade_marks_the_lots_the_old_inference_treated_as_jewellery(
    world: World,
) -> None:
    """Migration 0030: a lot of precious metals not marked as gold bars was treated as gold
    jewellery up to 0028; after the upgrade it is recorded so; a car, gold bars are not."""
    import importlib.util
    from pathlib import Path

    import db

    path = Path(db.__file__).parent / "migrations/versions/0030_gold_jewellery_reschedule_bank.py"
    spec = importlib.util.spec_from_file_location("migration_0030", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)

    use_clock(world, date(2026, 11, 6))
    ring = world.receive("Nhẫn vàng 18K đính đá", category=Category.PRECIOUS_METAL)
    bar = world.receive("Vàng miếng SJC 1 lượng", category=Category.PRECIOUS_METAL)
    jewellery = new_lot(world, ring)
    bullion = new_lot(world, bar, gold_bullion=True)
    car = new_lot(world)
    with world.services.db.engine.begin() as conn:  # as a database at 0028 would be
        conn.execute(text("UPDATE auction_lot SET gold_jewellery = :no"), {"no": False})
        conn.execute(migration.MARK_OLD_JEWELLERY)
    with world.services.db.engine.connect() as conn:
        flags = dict(conn.execute(text("SELECT id, gold_jewellery FROM auction_lot")).all())
    assert {k: bool(v) for k, v in flags.items()} == {
        jewellery.id: True, bullion.id: False, car.id: False,
    }  # fmt: skip


def _edits(world: World, lot_id: int) -> list[tuple[str, dict[str, object]]]:
    """(item code, data with the note) of the EDITED events on the lot's items, in order."""
    import json

    with unit_of_work(world.services.db, read_only=True) as session:
        rows = session.execute(
            text(
                "SELECT i.code, e.data, e.note FROM custody_event e "
                "JOIN item i ON i.id = e.item_id "
                "JOIN auction_lot_item li ON li.item_id = i.id "
                "WHERE li.lot_id = :lot AND e.kind = 'edited' ORDER BY e.id"
            ),
            {"lot": lot_id},
        ).all()
    return [(code, {**json.loads(data), "note": note}) for code, data, note in rows]


def test_the_officer_sets_and_clears_the_flag_until_the_first_posting(world: World) -> None:
    """Decree 152/2026 Art 61.3: the officer may correct the flag after making the lot, as
    an EDITED event on its items, until the round is posted; then it is refused."""
    lot_id = _contracted(world, jewellery=False)
    auctions = world.services.auctions
    lot = auctions.set_gold_jewellery(world.officer, lot_id, True)
    assert lot.gold_jewellery
    code = lot.items[0].code
    assert _edits(world, lot_id) == [(code, {
        "lot": lot_id, "changes": {"gold_jewellery": [False, True]},
        "article": "Nghị định 152/2026/NĐ-CP, Điều 61.3",
        "note": f"Ghi lô {lot_id} là vàng trang sức, mỹ nghệ, vàng nguyên liệu (khoản 3 "
                "Điều 61 Nghị định 152/2026/NĐ-CP).",
    })]  # fmt: skip
    _refused(world, "nothing changes", lambda: auctions.set_gold_jewellery(
        world.officer, lot_id, True))  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):  # the keeper does not run sales
        auctions.set_gold_jewellery(world.keeper, lot_id, False)
    with pytest.raises(StaleEditError):
        auctions.set_gold_jewellery(world.officer, lot_id, False, lot.version - 1)
    assert snapshot(world.services) == before
    # Scheduled but not yet posted nor announced: still open; cleared again.
    lot = auctions.schedule_round(world.officer, lot_id, AUCTION_1)
    assert lot.current_round is not None and lot.current_round.shortened
    lot = auctions.set_gold_jewellery(world.officer, lot_id, False, lot.version)
    assert not lot.gold_jewellery
    assert [d["changes"] for _c, d in _edits(world, lot_id)] == [
        {"gold_jewellery": [False, True]}, {"gold_jewellery": [True, False]},
    ]  # fmt: skip
    lot = auctions.set_gold_jewellery(world.officer, lot_id, True)
    auctions.record_posting(world.officer, lot_id, date(2026, 11, 17))
    _refused(world, "17/11/2026", lambda: auctions.set_gold_jewellery(
        world.officer, lot_id, False))  # fmt: skip
    assert auctions.get(world.officer, lot_id).gold_jewellery


def test_the_first_public_notice_closes_the_flag_too(world: World) -> None:
    lot_id = _contracted(world, jewellery=False)
    auctions = world.services.auctions
    auctions.schedule_round(world.officer, lot_id, AUCTION_1)
    auctions.record_public_notice(world.officer, lot_id, date(2026, 11, 17), "Báo Hà Nội mới")
    _refused(world, "Điều 61", lambda: auctions.set_gold_jewellery(
        world.officer, lot_id, True))  # fmt: skip
    assert _edits(world, lot_id) == []


def test_the_flag_set_later_still_needs_precious_metals(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)  # the world's car
    auctions = world.services.auctions
    _refused(world, "Art 61.3", lambda: auctions.set_gold_jewellery(world.officer, lot.id, True))
    bar = world.receive("Vàng miếng SJC 1 lượng", category=Category.PRECIOUS_METAL)
    bullion = new_lot(world, bar, gold_bullion=True)
    _refused(world, "61", lambda: auctions.set_gold_jewellery(world.officer, bullion.id, True))
