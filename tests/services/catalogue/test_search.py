"""Search ignores diacritics and case, finds every searchable field and puts a code first."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from evidence_app.domain.enums import Category, ItemKind
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.dto import CaseView, ItemView
from tests.world import World


@dataclass
class Shelf:
    moto: ItemView
    moto2: ItemView
    phone: ItemView
    watch: ItemView
    laptop: ItemView
    ring: ItemView
    fraud: CaseView


@pytest.fixture
def shelf(world: World) -> Shelf:
    moto = world.receive(
        "Xe máy Honda Wave",
        identifiers="Biển số 29B1-123.45, số khung RLHJA3929",
        owner_name="Phạm Thị Dung",
        seal_numbers="NP-0045871",
    )
    moto2 = world.receive("XE MÁY Yamaha Sirius")
    phone = world.receive(
        "Điện thoại Samsung Galaxy", category=Category.PHONE, owner_name="Nguyễn Văn An"
    )
    watch = world.receive("Đồng hồ đeo tay", category=Category.JEWELLERY)
    laptop = world.receive(
        "Máy tính xách tay", category=Category.ELECTRONICS, description=f"Đi kèm {moto.code}"
    )
    fraud = world.services.cases.create(
        world.officer,
        CaseDraft(
            name="Lừa đảo chiếm đoạt tài sản – Trần Quốc Tuấn",
            judgment_number="77/2025/HS-PT",
            decision_number="12/QĐ-CCTHADS",
        ),
    )
    ring = world.services.items.receive(
        world.keeper,
        ItemDraft(
            kind=ItemKind.DISTRAINED,
            category=Category.JEWELLERY,
            name="Nhẫn vàng 18K",
            case_id=fraud.id,
        ),
    )
    return Shelf(moto, moto2, phone, watch, laptop, ring, fraud)


def _ids(world: World, query: str, limit: int = 100) -> list[int]:
    return [hit.id for hit in world.services.search.search(world.keeper, query, limit)]


@pytest.mark.parametrize(
    "query",
    ["xe may", "XE MÁY", "xe máy", "Xe Máy", unicodedata.normalize("NFD", "xe máy"), "  xe   MAY "],
)
def test_diacritics_and_case_do_not_matter(world: World, shelf: Shelf, query: str) -> None:
    assert _ids(world, query) == [shelf.moto2.id, shelf.moto.id]  # newest first


@pytest.mark.parametrize("query", ["dien thoai", "Điện thoại", "ĐIỆN THOẠI", "dien tho"])
def test_dien_thoai_finds_dien_thoai_with_marks(world: World, shelf: Shelf, query: str) -> None:
    assert _ids(world, query) == [shelf.phone.id]


@pytest.mark.parametrize("query", ["d", "đ", "Đ", "D"])
def test_d_matches_words_starting_with_d_or_dj(world: World, shelf: Shelf, query: str) -> None:
    found = set(_ids(world, query))
    # "Điện", "Đồng hồ đeo", "Dung", "Đi kèm", "Lừa đảo": đ and d alike; the Yamaha has
    # no word starting with either.
    assert found == {shelf.phone.id, shelf.watch.id, shelf.moto.id, shelf.laptop.id, shelf.ring.id}
    assert shelf.moto2.id not in found


def test_only_word_starts_match(world: World, shelf: Shelf) -> None:
    assert shelf.moto.id not in _ids(world, "ay")
    assert _ids(world, "onda") == []
    assert _ids(world, "hond") == [shelf.moto.id]


def test_every_word_typed_must_match(world: World, shelf: Shelf) -> None:
    assert _ids(world, "xe may honda") == [shelf.moto.id]
    assert _ids(world, "xe may samsung") == []


def test_an_exact_item_code_comes_first(world: World, shelf: Shelf) -> None:
    code = shelf.moto.code
    for query in (code, code.lower(), f"  {code.lower()} "):
        found = _ids(world, query)
        assert found[0] == shelf.moto.id, query
        assert shelf.laptop.id in found  # it mentions the code, and is newer
    assert _ids(world, code, limit=1) == [shelf.moto.id]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Phạm Thị Dung", "moto"),
        ("nguyen van an", "phone"),
        ("29B1-123.45", "moto"),
        ("29b1", "moto"),
        ("RLHJA3929", "moto"),
        ("NP-0045871", "moto"),
        ("0045871", "moto"),
        ("Lừa đảo", "ring"),
        ("lua dao chiem doat", "ring"),
        ("77/2025/HS-PT", "ring"),
        ("12/QĐ-CCTHADS", "ring"),
        ("cctHADS", "ring"),
    ],
)
def test_owner_identifiers_seals_and_case_are_searchable(
    world: World, shelf: Shelf, query: str, expected: str
) -> None:
    assert _ids(world, query) == [getattr(shelf, expected).id]


def test_the_case_name_finds_all_its_items(world: World, shelf: Shelf) -> None:
    in_first_case = {shelf.moto.id, shelf.moto2.id, shelf.phone.id, shelf.watch.id, shelf.laptop.id}
    assert set(_ids(world, "trom cap tai san")) == in_first_case
    assert set(_ids(world, "123/2026/HS-ST")) == in_first_case


def test_a_case_rename_updates_its_items_search_results(world: World, shelf: Shelf) -> None:
    draft = CaseDraft(
        name="Vận chuyển hàng cấm",
        judgment_number="88/2025/HS-ST",
        decision_number="12/QĐ-CCTHADS",
    )
    world.services.cases.update(world.officer, shelf.fraud.id, shelf.fraud.version, draft)
    assert _ids(world, "lua dao") == []
    assert _ids(world, "77/2025/HS-PT") == []
    assert _ids(world, "van chuyen hang cam") == [shelf.ring.id]
    assert _ids(world, "88/2025") == [shelf.ring.id]
    assert _ids(world, "nhan vang") == [shelf.ring.id]


def test_an_item_edit_updates_its_search_results(world: World, shelf: Shelf) -> None:
    world.services.items.edit(
        world.officer, shelf.watch.id, shelf.watch.version, {"name": "Vòng cổ bạc"}
    )
    assert _ids(world, "dong ho") == []
    assert _ids(world, "vong co bac") == [shelf.watch.id]


def test_the_limit_is_respected(world: World, shelf: Shelf) -> None:
    assert len(_ids(world, "d", limit=2)) == 2
    assert _ids(world, "d", limit=0) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!",
        '"',
        "xe*",
        "xe OR may",
        "NEAR(xe may)",
        "'; DROP TABLE item; --",
        "% _ \\",
        "\x00",
        "x" * 10_000,
        "VC-2026-",
        "VT-K01-1",
    ],
)
def test_odd_queries_never_fail(world: World, shelf: Shelf, query: str) -> None:
    found = _ids(world, query)
    assert len(found) == len(set(found))
    assert set(found) <= {
        shelf.moto.id,
        shelf.moto2.id,
        shelf.phone.id,
        shelf.watch.id,
        shelf.laptop.id,
        shelf.ring.id,
    }
    assert _ids(world, "xe may") == [shelf.moto2.id, shelf.moto.id]  # nothing was dropped


def test_punctuation_only_and_empty_queries_find_nothing(world: World, shelf: Shelf) -> None:
    for query in ("", "   ", "!!!", "--", "'; --"):
        assert _ids(world, query) == []


def test_hits_carry_the_items_details(world: World, shelf: Shelf) -> None:
    (hit,) = world.services.search.search(world.keeper, "nguyen van an")
    assert (hit.code, hit.name, hit.category, hit.status, hit.owner_name) == (
        shelf.phone.code,
        "Điện thoại Samsung Galaxy",
        Category.PHONE,
        shelf.phone.status,
        "Nguyễn Văn An",
    )
