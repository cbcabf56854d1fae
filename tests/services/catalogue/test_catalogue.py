"""The catalogue lists ids of matching items in order, and rows of a page in the order asked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import chain

import pytest
from sqlalchemy import update

from db.models import Item, User
from evidence_app.domain.clock import AGENCY_TZ
from evidence_app.domain.enums import Category, ItemKind, ItemStatus, LocationKind, Role
from evidence_app.domain.errors import AccountInactiveError, NotFoundError, ValidationError
from evidence_app.services.catalogue import CaseDraft, CatalogueSort, ItemDraft
from evidence_app.services.catalogue import CatalogueFilter as F
from evidence_app.services.core.dto import ItemView, LocationView, WarehouseView
from tests.services.rows import guards_lifted
from tests.world import World


def local(year: int, month: int, day: int, *hms: int) -> datetime:
    return datetime(year, month, day, *hms, tzinfo=AGENCY_TZ).astimezone(UTC)


def set_item(world: World, item_id: int, **values: object) -> None:
    """Back-date or place an item behind the services' back (a fixture, not a workflow): the
    guard that ties an item's state to its events lifted, as an owner could."""
    with world.services.db.engine.begin() as conn, guards_lifted(conn):
        conn.execute(update(Item).where(Item.id == item_id).values(**values))


@dataclass
class Shelf:
    moto: ItemView  # recent, case with a judgment, shelf A
    moto2: ItemView  # old, case with a judgment, shelf B
    phone: ItemView  # old, no case, not put away
    ring: ItemView  # old, case without a judgment, warehouse 2
    watch: ItemView  # old, no case, released (final)
    other: WarehouseView
    bin_b: LocationView

    @property
    def all(self) -> set[int]:
        return {self.moto.id, self.moto2.id, self.phone.id, self.ring.id, self.watch.id}


@pytest.fixture
def shelf(world: World) -> Shelf:
    s, keeper = world.services, world.keeper
    other = s.warehouses.create(world.admin, "K02", "Kho B", world.warehouse.custodian_kind)
    zone_b = s.warehouses.add_location(world.admin, other.id, "Khu B", LocationKind.ZONE)
    bin_b = s.warehouses.add_location(
        world.admin, other.id, "Kệ 9", LocationKind.SHELF, parent_id=zone_b.id
    )
    pending = s.cases.create(world.officer, CaseDraft(name="Buôn lậu – Hoàng Văn Em"))

    def receive(name: str, category: Category, **fields: object) -> ItemView:
        draft = ItemDraft(kind=ItemKind.EVIDENCE, category=category, name=name, **fields)  # type: ignore[arg-type]
        return s.items.receive(keeper, draft)

    # The watch (no case) leaves shelf A before moto (under a QĐ THA) arrives: an item without
    # a case is not stored beside decided ones (Circular 04/2023/TT-BTP Art 11.1).
    watch = receive("Bộ đồng hồ", Category.JEWELLERY, location_id=world.shelf_a.id)
    set_item(world, watch.id, received_at=local(2018, 1, 2, 9), status=ItemStatus.RELEASED)
    moto = world.receive("Xe máy Honda Wave", owner_name="Bùi Văn Hà")
    moto2 = receive(
        "Xe máy Yamaha Sirius",
        Category.VEHICLE,
        case_id=world.case.id,
        location_id=world.shelf_b.id,
        owner_name="Cao Thị Lan",
    )
    phone = receive("Máy ảnh Canon", Category.ELECTRONICS, owner_name="An Văn Bình")
    ring = receive("Nhẫn vàng 18K", Category.JEWELLERY, case_id=pending.id, location_id=bin_b.id)
    set_item(world, moto.id, received_at=local(2026, 1, 10, 12))
    set_item(world, moto2.id, received_at=local(2019, 6, 1, 9))
    set_item(world, phone.id, received_at=local(2019, 6, 2, 9))
    set_item(world, ring.id, received_at=local(2018, 1, 1, 9))
    return Shelf(moto, moto2, phone, ring, watch, other, bin_b)


def ids(world: World, f: F = F(), sort: CatalogueSort | None = None) -> list[int]:
    return list(world.services.catalogue.ids(world.keeper, f, sort))


def test_without_filters_every_item_comes_newest_received_first(world: World, shelf: Shelf) -> None:
    newest_first = [shelf.moto.id, shelf.phone.id, shelf.moto2.id, shelf.watch.id, shelf.ring.id]
    assert ids(world) == newest_first
    assert ids(world, sort=CatalogueSort("received_at")) == newest_first


def test_ids_come_in_chunks_of_the_sizes_asked(world: World, shelf: Shelf) -> None:
    chunks = world.services.catalogue.id_chunks(world.keeper, F(), None, first=2, size=2)
    assert [len(c) for c in chunks] == [2, 2, 1]
    assert list(
        chain.from_iterable(world.services.catalogue.id_chunks(world.keeper, first=1))
    ) == ids(world)


def test_an_abandoned_chunk_iterator_ends_its_read(world: World, shelf: Shelf) -> None:
    chunks = world.services.catalogue.id_chunks(world.keeper, first=1, size=1)
    assert len(next(chunks)) == 1
    chunks.close()
    moved = world.services.items.get(world.keeper, shelf.moto.id)  # the pool still works
    assert moved.id == shelf.moto.id


def test_each_filter_alone(world: World, shelf: Shelf) -> None:
    assert set(ids(world, F(warehouse_id=shelf.other.id))) == {shelf.ring.id}
    assert set(ids(world, F(warehouse_id=world.warehouse.id))) == {
        shelf.moto.id,
        shelf.moto2.id,
        shelf.watch.id,
    }
    assert set(ids(world, F(statuses=frozenset({ItemStatus.RECEIVED})))) == {shelf.phone.id}
    released = F(statuses=frozenset({ItemStatus.RELEASED, ItemStatus.RECEIVED}))
    assert set(ids(world, released)) == {shelf.phone.id, shelf.watch.id}
    assert set(ids(world, F(categories=frozenset({Category.JEWELLERY})))) == {
        shelf.ring.id,
        shelf.watch.id,
    }
    assert set(ids(world, F(case_id=world.case.id))) == {shelf.moto.id, shelf.moto2.id}
    assert set(ids(world, F(location_id=world.shelf_b.id))) == {shelf.moto2.id}


def test_raw_enum_values_from_a_form_are_accepted(world: World, shelf: Shelf) -> None:
    f = F(statuses=frozenset({"received"}), categories=frozenset({"electronics"}))  # type: ignore[arg-type]
    assert ids(world, f) == [shelf.phone.id]


def test_a_location_filter_takes_its_whole_subtree(world: World, shelf: Shelf) -> None:
    assert set(ids(world, F(location_id=world.zone.id))) == {
        shelf.moto.id,
        shelf.moto2.id,
        shelf.watch.id,
    }
    assert set(ids(world, F(location_id=world.shelf_a.id))) == {shelf.moto.id, shelf.watch.id}
    zone_b = shelf.bin_b.parent_id
    assert ids(world, F(warehouse_id=shelf.other.id, location_id=zone_b)) == [shelf.ring.id]


def test_filters_combine(world: World, shelf: Shelf) -> None:
    f = F(
        warehouse_id=world.warehouse.id,
        location_id=world.zone.id,
        categories=frozenset({Category.VEHICLE}),
        case_id=world.case.id,
        statuses=frozenset({ItemStatus.IN_STORAGE}),
        received_to=date(2025, 1, 1),
    )
    assert ids(world, f) == [shelf.moto2.id]
    assert ids(world, F(categories=frozenset({Category.PHONE}), case_id=world.case.id)) == []


def test_date_range_includes_both_days(world: World, shelf: Shelf) -> None:
    times = {
        shelf.moto.id: local(2020, 3, 14, 23, 59, 59),
        shelf.moto2.id: local(2020, 3, 15, 0, 0, 0),
        shelf.phone.id: local(2020, 3, 16, 23, 59, 59),
        shelf.ring.id: local(2020, 3, 17, 0, 0, 0),
    }
    for item_id, when in times.items():
        set_item(world, item_id, received_at=when)
    inside = F(received_from=date(2020, 3, 15), received_to=date(2020, 3, 16))
    assert set(ids(world, inside)) == {shelf.moto2.id, shelf.phone.id}
    one_day = F(received_from=date(2020, 3, 16), received_to=date(2020, 3, 16))
    assert ids(world, one_day) == [shelf.phone.id]
    assert set(ids(world, F(received_from=date(2020, 3, 17)))) == {shelf.ring.id}
    assert set(ids(world, F(received_to=date(2020, 3, 14)))) == {shelf.moto.id, shelf.watch.id}


def test_overdue_means_old_not_final_and_without_a_judgment(world: World, shelf: Shelf) -> None:
    # moto2 is old but its case has a judgment; the watch is old but released; moto is new.
    assert set(ids(world, F(overdue=True))) == {shelf.phone.id, shelf.ring.id}
    almost = datetime.now(UTC) - timedelta(days=5 * 365 - 2)
    set_item(world, shelf.phone.id, received_at=almost)
    assert ids(world, F(overdue=True)) == [shelf.ring.id]
    assert ids(world, F(overdue=True, warehouse_id=world.warehouse.id)) == []


SORTS = {
    "id": lambda r: r.id,
    "code": lambda r: r.code,
    "name": lambda r: r.name,
    "kind": lambda r: list(ItemKind).index(r.kind),
    "category": lambda r: list(Category).index(r.category),
    "status": lambda r: list(ItemStatus).index(r.status),
    "owner": lambda r: r.owner,
    "received_at": lambda r: r.received_at,
    "warehouse": lambda r: r.warehouse,
    "location": lambda r: r.location.casefold(),
    "case": lambda r: r.case,
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", sorted(SORTS))
def test_every_column_sorts_both_ways(
    world: World, shelf: Shelf, column: str, descending: bool
) -> None:
    rows = world.services.catalogue.rows(world.keeper, sorted(shelf.all))
    expected = sorted(rows, key=lambda r: (SORTS[column](r), r.id), reverse=descending)
    assert ids(world, sort=CatalogueSort(column, descending)) == [r.id for r in expected]


def test_sorts_are_not_trivial(world: World, shelf: Shelf) -> None:
    by_name = ids(world, sort=CatalogueSort("name", descending=False))
    assert by_name == [shelf.watch.id, shelf.phone.id, shelf.ring.id, shelf.moto.id, shelf.moto2.id]
    by_location = ids(world, sort=CatalogueSort("location", descending=False))
    assert by_location[0] == shelf.phone.id  # not put away: an empty name
    assert by_location[-1] == shelf.ring.id  # "Khu B › Kệ 9"


def test_search_text_keeps_rank_order_and_combines_with_filters(world: World, shelf: Shelf) -> None:
    assert ids(world, F(text="xe may")) == [shelf.moto2.id, shelf.moto.id]
    assert ids(world, F(text="XE MÁY", location_id=world.shelf_a.id)) == [shelf.moto.id]
    assert ids(world, F(text="xe may", overdue=True)) == []
    sort = CatalogueSort("received_at", descending=False)
    assert ids(world, F(text="xe may"), sort) == [shelf.moto2.id, shelf.moto.id]
    assert ids(world, F(text="nhan vang", warehouse_id=shelf.other.id)) == [shelf.ring.id]
    assert ids(world, F(text="khong co gi")) == []
    assert ids(world, F(text=shelf.moto.code)) == [shelf.moto.id]


def test_rows_come_in_the_order_asked_with_names_resolved(world: World, shelf: Shelf) -> None:
    asked = [shelf.ring.id, shelf.phone.id, 999_999, shelf.moto.id]
    rows = world.services.catalogue.rows(world.keeper, asked)
    assert [r.id for r in rows] == [shelf.ring.id, shelf.phone.id, shelf.moto.id]
    ring, phone, moto = rows
    assert (ring.warehouse, ring.location, ring.case) == (
        "Kho B",
        "Khu B › Kệ 9",
        "Buôn lậu – Hoàng Văn Em",
    )
    assert (phone.warehouse, phone.location, phone.case, phone.status) == (
        "",
        "",
        "",
        ItemStatus.RECEIVED,
    )
    assert moto.location == "Khu A › Kệ 1" and moto.case == world.case.name
    assert moto.code == shelf.moto.code and moto.name == "Xe máy Honda Wave"
    assert moto.received_at == local(2026, 1, 10, 12)
    assert world.services.catalogue.rows(world.keeper, []) == []


@pytest.mark.parametrize(
    ("f", "key"),
    [
        (F(warehouse_id=0), "validation.value"),
        (F(location_id=-3), "validation.value"),
        (F(case_id="7"), "validation.value"),  # type: ignore[arg-type]
        (F(statuses=frozenset({"lost"})), "validation.value"),  # type: ignore[arg-type]
        (F(categories=frozenset({"boat"})), "validation.value"),  # type: ignore[arg-type]
        (F(received_from=date(2026, 2, 2), received_to=date(2026, 2, 1)), "validation.date_range"),
        (F(received_from="2026-01-01"), "validation.value"),  # type: ignore[arg-type]
        (F(text="x" * 201), "validation.too_long"),
        (F(text="xe\x00may"), "validation.control_chars"),
    ],
)
def test_bad_filters_are_refused_with_a_message(world: World, f: F, key: str) -> None:
    with pytest.raises(ValidationError) as refused:
        world.services.catalogue.ids(world.keeper, f)
    assert refused.value.key == key
    assert refused.value.message("vi") and refused.value.message("en")


def test_bad_sort_and_locations_are_refused(world: World, shelf: Shelf) -> None:
    catalogue = world.services.catalogue
    with pytest.raises(ValidationError) as refused:
        catalogue.ids(world.keeper, F(), CatalogueSort("password_hash"))
    assert refused.value.message("vi") == "Giá trị «password_hash» không hợp lệ cho cột sắp xếp."
    with pytest.raises(ValidationError) as refused:
        catalogue.ids(world.keeper, F(warehouse_id=shelf.other.id, location_id=world.shelf_a.id))
    assert refused.value.key == "validation.not_a_location_of"
    with pytest.raises(NotFoundError):
        catalogue.ids(world.keeper, F(location_id=987_654))


def test_a_deactivated_user_gets_neither_ids_nor_rows(world: World, shelf: Shelf) -> None:
    keeper = world.actors[Role.KEEPER]
    set_user_inactive(world, keeper.user_id)
    with pytest.raises(AccountInactiveError):
        world.services.catalogue.ids(keeper)
    with pytest.raises(AccountInactiveError):
        world.services.catalogue.rows(keeper, [shelf.moto.id])


def set_user_inactive(world: World, user_id: int | None) -> None:
    with world.services.db.engine.begin() as conn:
        conn.execute(update(User).where(User.id == user_id).values(active=False))
