"""The case view's and the warehouse view's reads: case items and search, location trees."""

from __future__ import annotations

import unicodedata

import pytest

from evidence_app.domain.enums import Category, ItemKind, ItemStatus, LocationKind, PartyRole
from evidence_app.domain.errors import NotFoundError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from tests.services.rows import tamper
from tests.world import World


def test_case_items_lists_the_case_with_its_parties_and_items_newest_first(world: World) -> None:
    items = world.services
    officer = world.officer
    items.cases.add_party(officer, world.case.id, PartyRole.LIABLE, "Lê Văn Cường")
    bike = world.receive()
    phone = world.receive("Điện thoại Samsung", category=Category.PHONE, stored=False)
    world.services.items.receive(
        world.keeper, ItemDraft(kind=ItemKind.EVIDENCE, category=Category.OTHER, name="Khác")
    )
    result = items.cases.items(officer, world.case.id)
    assert result.case.name == world.case.name
    assert [(p.role, p.full_name) for p in result.case.parties] == [
        (PartyRole.OWNER, "Phạm Thị Dung"),
        (PartyRole.LIABLE, "Lê Văn Cường"),
    ]
    assert [r.code for r in result.items] == [phone.code, bike.code]
    assert result.total == 2
    assert result.items[1].location_name == "Kệ 1"
    assert (result.items[0].status, result.items[0].location_name) == (ItemStatus.RECEIVED, "")
    limited = items.cases.items(officer, world.case.id, limit=1)
    assert ([r.id for r in limited.items], limited.total) == ([phone.id], 2)
    with pytest.raises(NotFoundError):
        items.cases.items(officer, world.case.id + 100)


def _cases(world: World) -> list[int]:
    drafts = [
        CaseDraft("Trộm cắp tài sản – Đỗ Văn Đức", "7/2026/HS-ST", decision_number="12/QĐ-THADS"),
        CaseDraft("Buôn lậu – Nguyễn Thị Hoa", "88/2025/HS-PT", decision_number="301/QĐ-THADS"),
        CaseDraft("Đánh bạc – Trần Văn Minh", "123/2026/HS-ST", decision_number="77/QĐ-THADS"),
    ]
    return [world.services.cases.create(world.officer, d).id for d in drafts]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("trom cap", [0, -1]),  # the world's case is a theft too
        ("TRỘM CẮP", [0, -1]),
        ("do van duc", [0]),
        ("đức", [0]),
        ("van", [2, 0, -1]),  # newest first
        ("88/2025", [1]),
        ("301/qđ", [1]),
        ("hs-st 123", [2, -1]),  # the world's case is "123/2026/HS-ST" too
        ("hoa buon", [1]),
        ("xyz", []),
    ],
)
def test_case_search_ignores_diacritics_and_case(
    world: World, query: str, expected: list[int]
) -> None:
    made = _cases(world)
    ids = [made[i] if i >= 0 else world.case.id for i in expected]
    assert [c.id for c in world.services.cases.search(world.keeper, query)] == ids


def test_case_search_follows_renames_and_new_cases_and_decomposed_text(world: World) -> None:
    made = _cases(world)
    cases = world.services.cases
    assert [c.id for c in cases.search(world.keeper, "huy")] == []
    case = cases.get(world.officer, made[1])
    cases.update(world.officer, case.id, case.version, CaseDraft("Buôn lậu – Lý Văn Huy"))
    assert [c.id for c in cases.search(world.keeper, "huy")] == [made[1]]
    nfd = unicodedata.normalize("NFD", "Cố ý gây thương tích – Phan Văn Tuấn")
    new = cases.create(world.officer, CaseDraft(nfd))
    assert [c.id for c in cases.search(world.keeper, "thuong tich tuan")] == [new.id]
    assert [c.id for c in cases.search(world.keeper, "", limit=2)] == [new.id, made[2]]
    assert len(cases.search(world.keeper, "van", limit=1)) == 1


def test_a_name_with_a_line_break_or_tab_stays_one_searchable_case(world: World) -> None:
    made = _cases(world)
    odd = world.services.cases.create(world.officer, CaseDraft("Tranh chấp\nđất đai\tTổ 5"))
    assert [c.id for c in world.services.cases.search(world.keeper, "dat dai to 5")] == [odd.id]
    assert [c.id for c in world.services.cases.search(world.keeper, "hoa")] == [made[1]]


def test_tree_counts_held_items_and_their_subtrees(world: World) -> None:
    services = world.services
    bin_ = services.warehouses.add_location(
        world.admin, world.warehouse.id, "Ô 1", LocationKind.BIN, parent_id=world.shelf_b.id
    )
    world.receive()
    world.receive("Điện thoại", stored=False)  # not in any warehouse until put away
    b = world.receive("Máy tính")
    services.items.move(world.keeper, b.id, bin_.id)
    gone = world.receive("Dây chuyền")
    tamper(services, "UPDATE item SET status = 'released' WHERE id = :i", i=gone.id)
    tree = services.warehouses.tree(world.keeper, world.warehouse.id)
    by_name = {n.location.full_name: n for n in tree.nodes}
    assert [n.location.full_name for n in tree.nodes] == [
        "Khu A",
        "Khu A › Kệ 1",
        "Khu A › Kệ 2",
        "Khu A › Kệ 2 › Ô 1",
    ]
    assert [n.depth for n in tree.nodes] == [0, 1, 1, 2]
    assert (by_name["Khu A › Kệ 1"].own_count, by_name["Khu A › Kệ 1"].count) == (1, 1)
    assert (by_name["Khu A › Kệ 2"].own_count, by_name["Khu A › Kệ 2"].count) == (0, 1)
    assert (by_name["Khu A"].own_count, by_name["Khu A"].count) == (0, 2)
    assert tree.total == sum(n.count for n in tree.nodes if n.depth == 0) == 2
    assert tree.total == sum(n.own_count for n in tree.nodes)
    assert tree.warehouse.id == world.warehouse.id


def test_location_items_cover_the_subtree_and_skip_items_gone(world: World) -> None:
    services = world.services
    a = world.receive()
    b = world.receive("Máy tính")
    services.items.move(world.keeper, b.id, world.shelf_b.id)
    gone = world.receive("Dây chuyền")
    tamper(services, "UPDATE item SET status = 'destroyed' WHERE id = :i", i=gone.id)
    zone_items = services.warehouses.location_items(world.keeper, world.zone.id)
    assert [r.id for r in zone_items] == [b.id, a.id]
    assert [r.location_name for r in zone_items] == ["Kệ 2", "Kệ 1"]
    shelf = services.warehouses.location_items(world.keeper, world.shelf_a.id)
    assert [r.id for r in shelf] == [a.id]
    assert services.warehouses.location_items(world.keeper, world.zone.id, limit=1)[0].id == b.id
    with pytest.raises(NotFoundError):
        services.warehouses.location_items(world.keeper, 9999)


def test_location_reads_one_location_with_its_full_name(world: World) -> None:
    location = world.services.warehouses.location(world.keeper, world.shelf_b.id)
    assert location == world.shelf_b
    assert location.full_name == "Khu A › Kệ 2"
    with pytest.raises(NotFoundError):
        world.services.warehouses.location(world.keeper, 9999)
    with pytest.raises(NotFoundError):
        world.services.warehouses.tree(world.keeper, 9999)
