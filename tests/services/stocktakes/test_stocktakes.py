"""Stocktakes on both databases: scans stored as made, the four lists, minutes, follow-up."""

from __future__ import annotations

import pytest

from evidence_app.domain.enums import (
    Category,
    DocumentKind,
    EventKind,
    ItemStatus,
    StocktakeKind,
    StocktakeOutcome,
    StocktakeStatus,
)
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import Signers
from tests.documents.pdf_pages import page_texts
from tests.world import World

SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")


def _scenario(world: World) -> tuple[int, dict[str, str]]:
    """Four items on shelf A; one seen on shelf B, one never seen, plus an unknown code."""
    s = world.services
    items = [world.receive(f"Điện thoại {n}", category=Category.PHONE) for n in range(4)]
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.HALF_YEARLY)
    a, b = world.shelf_a, world.shelf_b
    s.stocktakes.scan(world.keeper, take.id, items[0].code, a.id)
    s.stocktakes.scan(world.keeper, take.id, items[1].code, a.id)
    s.stocktakes.scan(world.keeper, take.id, items[2].code, b.id)  # misplaced
    result = s.stocktakes.scan(world.keeper, take.id, "VC-2026-999999", a.id)  # unknown
    assert result.outcome is StocktakeOutcome.UNKNOWN
    codes = {"present0": items[0].code, "present1": items[1].code,
             "misplaced": items[2].code, "missing": items[3].code}  # fmt: skip
    return take.id, codes


def test_reconciliation_gives_the_four_lists(world: World) -> None:
    take_id, codes = _scenario(world)
    lists = world.services.stocktakes.reconcile(world.accountant, take_id)
    assert [f.code for f in lists.present] == sorted([codes["present0"], codes["present1"]])
    assert [f.code for f in lists.missing] == [codes["missing"]]
    assert [f.code for f in lists.misplaced] == [codes["misplaced"]]
    assert lists.misplaced[0].seen_location_id == world.shelf_b.id
    assert [f.code for f in lists.unknown] == ["VC-2026-999999"]


def test_scans_survive_reopening_the_database(world: World, db_url: str) -> None:
    take_id, _codes = _scenario(world)
    again = Services.open(db_url, migrate=False)
    try:
        counts = again.stocktakes.counts(world.keeper, take_id)
        assert (counts.expected, counts.found, counts.misplaced, counts.unknown) == (4, 3, 1, 1)
        assert counts.not_yet_seen == 1 and counts.scans == 4
        assert [t.id for t in again.stocktakes.list(world.keeper, open_only=True)] == [take_id]
    finally:
        again.close()


def test_a_location_scan_changes_the_context_without_recording(world: World) -> None:
    take = world.services.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.AD_HOC)
    result = world.services.stocktakes.scan(world.keeper, take.id, world.shelf_b.code, None)
    assert result.is_location and result.location_id == world.shelf_b.id
    assert result.counts.scans == 0


def test_finish_freezes_the_lists_and_issues_signed_minutes(world: World) -> None:
    take_id, codes = _scenario(world)
    s = world.services
    done = s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    assert done.status is StocktakeStatus.FINISHED
    assert (done.expected_count, done.present_count, done.missing_count) == (4, 2, 1)
    assert (done.misplaced_count, done.unknown_count) == (1, 1)
    doc = s.documents.get(world.keeper, done.minutes_document_id or 0)
    assert doc.kind is DocumentKind.STOCKTAKE_MINUTES and doc.number.endswith("/BBKK-THADS")
    text = " ".join(page_texts(s.documents.pdf(world.keeper, doc.id)))
    for expected in ("BIÊN BẢN KIỂM KÊ", codes["missing"], codes["misplaced"], "VC-2026-999999",
                     "Không thấy", "Sai vị trí", "THỦ KHO", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ",
                     "Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng"):  # fmt: skip
        assert expected in text
    with pytest.raises(ValidationError):
        s.stocktakes.scan(world.keeper, take_id, codes["missing"], None)
    frozen = s.stocktakes.reconcile(world.keeper, take_id)
    assert [f.code for f in frozen.missing] == [codes["missing"]]


def test_follow_up_marks_missing_and_moves_misplaced_as_custody_events(world: World) -> None:
    take_id, codes = _scenario(world)
    s = world.services
    s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    s.stocktakes.mark_missing(world.keeper, take_id, [codes["missing"]])
    s.stocktakes.move_misplaced(world.keeper, take_id, [codes["misplaced"]])
    missing = s.items.by_code(world.keeper, codes["missing"])
    moved = s.items.by_code(world.keeper, codes["misplaced"])
    assert missing.status is ItemStatus.MISSING
    assert moved.location_id == world.shelf_b.id
    assert s.items.history(world.keeper, missing.id)[0].kind is EventKind.MARKED_MISSING
    assert s.items.history(world.keeper, moved.id)[0].kind is EventKind.STOCKTAKE_MOVED
    lists = s.stocktakes.reconcile(world.keeper, take_id)
    assert lists.missing[0].resolved and lists.misplaced[0].resolved
    with pytest.raises(ValidationError):  # already resolved
        s.stocktakes.mark_missing(world.keeper, take_id, [codes["missing"]])
    assert verify_chains(s.db, world.accountant).intact


def test_actions_need_a_finished_stocktake(world: World) -> None:
    take_id, codes = _scenario(world)
    with pytest.raises(ValidationError) as caught:
        world.services.stocktakes.mark_missing(world.keeper, take_id, [codes["missing"]])
    assert "chưa kết thúc" in caught.value.message("vi")


@pytest.mark.parametrize("bad", ["VC\x00-1", "", "9" * 65])
def test_follow_up_refuses_a_bad_code_clearly_on_both_databases(world: World, bad: str) -> None:
    # A NUL reached PostgreSQL's query and raised a DataError before the codes were checked.
    take_id, codes = _scenario(world)
    s = world.services
    s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    for action in (s.stocktakes.mark_missing, s.stocktakes.move_misplaced):
        with pytest.raises(ValidationError):
            action(world.keeper, take_id, [codes["missing"], bad])
    assert s.items.by_code(world.keeper, codes["missing"]).status is ItemStatus.IN_STORAGE


def test_one_open_stocktake_per_warehouse(world: World) -> None:
    s = world.services
    s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.YEARLY)
    with pytest.raises(ValidationError):
        s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.AD_HOC)


def test_location_subtree_scope_expects_only_its_items(world: World) -> None:
    s = world.services
    on_a = world.receive("Xe máy A")
    s.items.move(world.keeper, world.receive("Xe máy B").id, world.shelf_b.id)
    take = s.stocktakes.start(
        world.keeper, world.warehouse.id, StocktakeKind.AD_HOC, location_id=world.shelf_a.id
    )
    lists = s.stocktakes.reconcile(world.keeper, take.id)
    assert [f.code for f in lists.missing] == [on_a.code]


def test_sample_draws_ten_percent_and_ten_per_category(world: World) -> None:
    s = world.services
    for n in range(12):
        world.receive(f"Điện thoại {n}", category=Category.PHONE)
    for n in range(3):
        world.receive(f"Xe máy {n}", category=Category.VEHICLE)
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.SAMPLE, seed=7)
    assert s.stocktakes.counts(world.keeper, take.id).expected == 10 + 3


def test_keeper_accountant_and_head_take_stock_others_may_not(world: World) -> None:
    s = world.services
    with pytest.raises(PermissionDeniedError) as caught:
        s.stocktakes.start(world.officer, world.warehouse.id, StocktakeKind.YEARLY)
    assert label(StocktakeKind.YEARLY) == "Kiểm kê hằng năm"
    assert "kiểm kê kho" in caught.value.message("vi")
