"""The legal stocktake cycle (issue 19): the whole warehouse every 6 months and every year,
each on its own clock (Decree 152/2026 Art 38.1.e, 38.2.c), and the monthly check of items a
third party keeps, with minutes its keeper signs (Circular 01/2017/TT-BTP Art 12.2). A sample
or a count of one bin never satisfies them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from db.models import Warehouse
from evidence_app.domain.calendar import add_months
from evidence_app.domain.clock import agency_today, wall_clock
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    ItemKind,
    LocationKind,
    StocktakeKind,
)
from evidence_app.domain.errors import ValidationError
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.deadlines import Deadline, collect
from evidence_app.services.stocktakes import Signers
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.world import World

TODAY = agency_today()
SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")
WITH_CUSTODIAN = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng", "Đỗ Văn Giữ")
THIRD_PARTY = "Hợp tác xã vận tải Đông Anh"


def _due(world: World, kind: str, warehouse: str | None = None) -> list[date]:
    with world.services.db.session(read_only=True) as session:
        found: list[Deadline] = collect(session, TODAY, TODAY + timedelta(days=400))
    name = warehouse or world.warehouse.name
    return [d.due_on for d in found if d.kind == kind and d.subject == name]


def _created_long_ago(world: World, warehouse_id: int, months: int) -> date:
    """The warehouse set up ``months`` ago (its clocks start then); the day it was."""
    day = add_months(TODAY, -months)
    with world.services.db.session() as session:
        session.execute(
            update(Warehouse)
            .where(Warehouse.id == warehouse_id)
            .values(created_at=wall_clock(day, 9))
        )
    return day


def _count(world: World, kind: StocktakeKind, location_id: int | None = None,
           signers: Signers = SIGNERS, warehouse_id: int | None = None) -> None:  # fmt: skip
    s = world.services.stocktakes
    take = s.start(world.keeper, warehouse_id or world.warehouse.id, kind, location_id, seed=3)
    s.finish(world.keeper, take.id, signers)


def test_a_sample_or_one_bin_never_resets_the_clocks_the_whole_count_does(world: World) -> None:
    for n in range(12):
        world.receive(f"Điện thoại {n}", category=Category.PHONE)
    set_up = _created_long_ago(world, world.warehouse.id, 7)
    overdue = add_months(set_up, 6)
    assert _due(world, "deadline.stocktake") == [overdue] and overdue < TODAY
    assert _due(world, "deadline.stocktake_yearly") == [add_months(set_up, 12)]
    _count(world, StocktakeKind.SAMPLE)
    _count(world, StocktakeKind.AD_HOC, world.shelf_a.id)
    _count(world, StocktakeKind.QUARTERLY)
    assert _due(world, "deadline.stocktake") == [overdue]
    _count(world, StocktakeKind.HALF_YEARLY)
    assert _due(world, "deadline.stocktake") == [add_months(TODAY, 6)]
    assert _due(world, "deadline.stocktake_yearly") == [add_months(set_up, 12)]
    _count(world, StocktakeKind.YEARLY)
    assert _due(world, "deadline.stocktake_yearly") == [add_months(TODAY, 12)]
    assert _due(world, "deadline.stocktake") == [add_months(TODAY, 6)]


@pytest.mark.parametrize(
    "kind", [StocktakeKind.HALF_YEARLY, StocktakeKind.YEARLY, StocktakeKind.KEEPING_CHECK]
)
def test_the_periodic_count_of_one_location_is_refused(world: World, kind: StocktakeKind) -> None:
    world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.stocktakes.start(world.keeper, world.warehouse.id, kind, world.shelf_a.id)
    assert err.value.key == "stocktake.periodic_whole_warehouse"
    assert "Kiểm kê đột xuất" in err.value.message("vi") and "Art 38" in err.value.message("en")
    assert snapshot(world.services) == before


def _entrusted(world: World, with_item: bool = True) -> int:
    """A warehouse a third party keeps for the agency (a car park), holding one car."""
    s = world.services
    w = s.warehouses.create(world.admin, "BAIXE", "Bãi giữ xe Đông Anh",
                            CustodianKind.THIRD_PARTY, THIRD_PARTY)  # fmt: skip
    yard = s.warehouses.add_location(world.admin, w.id, "Bãi A", LocationKind.ROOM)
    if with_item:
        s.items.receive(
            world.keeper,
            ItemDraft(kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Ô tô tải Hyundai",
                      case_id=world.case.id, location_id=yard.id),
        )  # fmt: skip
    return w.id


def test_items_a_third_party_keeps_are_checked_every_month(world: World) -> None:
    warehouse = _entrusted(world)
    set_up = _created_long_ago(world, warehouse, 2)
    assert _due(world, "deadline.keeping_check", "Bãi giữ xe Đông Anh") == [add_months(set_up, 1)]
    # Our own warehouse is not checked monthly: only its 6-monthly and yearly counts.
    assert _due(world, "deadline.keeping_check") == []
    # The third party's keeper signs the check's minutes: without him nothing is written.
    take = world.services.stocktakes.start(world.keeper, warehouse, StocktakeKind.KEEPING_CHECK)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.stocktakes.finish(world.keeper, take.id, SIGNERS)
    assert err.value.key == "validation.required"
    assert "người được giao bảo quản" in err.value.message("vi")
    assert snapshot(world.services) == before
    world.services.stocktakes.finish(world.keeper, take.id, WITH_CUSTODIAN)
    assert _due(world, "deadline.keeping_check", "Bãi giữ xe Đông Anh") == [add_months(TODAY, 1)]
    # A monthly check is no 6-monthly count.
    assert _due(world, "deadline.stocktake", "Bãi giữ xe Đông Anh") == [add_months(set_up, 6)]


def test_an_empty_entrusted_warehouse_has_no_monthly_check(world: World) -> None:
    _entrusted(world, with_item=False)
    assert _due(world, "deadline.keeping_check", "Bãi giữ xe Đông Anh") == []


def test_the_monthly_check_is_only_for_what_a_third_party_keeps(world: World) -> None:
    world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.stocktakes.start(
            world.keeper, world.warehouse.id, StocktakeKind.KEEPING_CHECK
        )
    assert err.value.key == "stocktake.keeping_check_not_third_party"
    assert world.warehouse.name in err.value.message("vi") and "12.2" in err.value.message("en")
    assert snapshot(world.services) == before


def test_the_monthly_checks_minutes_name_and_sign_the_entrusted_keeper(world: World) -> None:
    """Circular 01/2017/TT-BTP Art 12.2: the check's minutes give the hour and date, and are
    signed by the accountant, the keeper, the head and the person entrusted with the items."""
    warehouse = _entrusted(world)
    _count(world, StocktakeKind.KEEPING_CHECK, signers=WITH_CUSTODIAN, warehouse_id=warehouse)
    take = world.services.stocktakes.list(world.keeper)[0]
    pdf = world.services.documents.pdf(world.keeper, take.minutes_document_id or 0)
    page_images(pdf, 80)[0].save("/tmp/keeping_check_minutes.png")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "BIÊN BẢN KIỂM TRA Việc bảo quản vật chứng, tài sản tạm giữ" in text
    assert "kiểm kê" not in text.lower()
    assert "đã tiến hành kiểm tra việc bảo quản vật chứng, tài sản tạm giữ định kỳ" in text
    assert "Đỗ Văn Giữ, Người được giao bảo quản" in text
    assert "NGƯỜI ĐƯỢC GIAO BẢO QUẢN" in text and text.count("Đỗ Văn Giữ") >= 2
    for name in ("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng"):
        assert text.count(name) >= 2, name
    assert "Bãi giữ xe Đông Anh" in text and "Người được giao bảo quản: 01 bản" in text
    page_images(pdf, 80)[-1].save("/tmp/keeping_check_minutes.png")
