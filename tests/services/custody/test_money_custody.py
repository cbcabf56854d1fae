"""Cash and foreign currency are held by the Treasury or a bank, never on a shelf (Decree 152/2026
Art 37.1): receiving, handing over, putting away and moving money onto an ordinary warehouse's
shelf is refused with nothing written; into the Treasury it goes through."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from evidence_app.domain.enums import Category, ItemKind, ItemStatus, SealState
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.money import NoteCount, notes_total, parse_notes
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.intake import Contents, IntakeDraft, IntakeLineDraft
from tests.services.rows import snapshot
from tests.world import World

#: A sealed bag of cash states its contents (Decree 152/2026 Art 37.2.c).
SEALED_CASH = Contents("01 túi", "Tiền Việt Nam đồng", "Tiền thật, còn lưu hành")

MONEY = [Category.CASH, Category.FOREIGN_CURRENCY]


def _money(world: World, category: Category, location_id: int | None) -> ItemDraft:
    return ItemDraft(
        kind=ItemKind.EVIDENCE, category=category, name="Túi tiền niêm phong NP-0012",
        case_id=world.case.id, location_id=location_id, seal_state=SealState.INTACT,
        seal_numbers="NP-0012",
    )  # fmt: skip


@pytest.mark.parametrize("category", MONEY)
def test_money_received_onto_a_shelf_is_refused(world: World, category: Category) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.items.receive(world.keeper, _money(world, category, world.shelf_a.id))
    assert err.value.key == "custody.money_off_shelf"
    message = err.value.message("vi")
    assert "Kho bạc Nhà nước" in message and "Điều 37.1 Nghị định 152/2026" in message
    assert world.warehouse.name in message
    assert snapshot(world.services) == before
    item = world.services.items.receive(world.keeper, _money(world, category, world.vault.id))
    assert item.status is ItemStatus.IN_STORAGE and item.location_id == world.vault.id


@pytest.mark.parametrize("category", MONEY)
def test_money_cannot_be_put_away_or_moved_onto_a_shelf(world: World, category: Category) -> None:
    waiting = world.services.items.receive(world.keeper, _money(world, category, None))
    kept = world.services.items.receive(world.keeper, _money(world, category, world.vault.id))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.items.put_away(world.keeper, waiting.id, world.shelf_b.id, waiting.version)
    assert err.value.key == "custody.money_off_shelf"
    with pytest.raises(ValidationError) as err:
        world.services.items.move(world.keeper, kept.id, world.shelf_b.id, kept.version)
    assert err.value.key == "custody.money_off_shelf"
    with pytest.raises(ValidationError) as err:
        world.services.moves.move_batch(world.keeper, [(kept.id, None)], world.shelf_b.id)
    assert err.value.key == "custody.money_off_shelf"
    assert snapshot(world.services) == before
    done = world.services.items.put_away(world.keeper, waiting.id, world.vault.id, waiting.version)
    assert done.location_id == world.vault.id


def test_an_intake_line_of_cash_onto_a_shelf_is_a_problem_of_that_line(world: World) -> None:
    cash = IntakeLineDraft(
        item=_money(world, Category.CASH, None), recorded_quantity=1,
        seal_check=SealState.INTACT, location_id=world.shelf_a.id, notes="500.000 x 2",
        contents=SEALED_CASH,
    )  # fmt: skip
    phone = IntakeLineDraft(
        item=ItemDraft(kind=ItemKind.EVIDENCE, category=Category.PHONE, name="Điện thoại Nokia"),
        recorded_quantity=1, location_id=world.shelf_a.id,
    )  # fmt: skip
    draft = IntakeDraft(
        delivering_body="Công an quận Hoàn Kiếm", representative="Đại úy Trần Văn Bình",
        representative_position="Điều tra viên", case_id=world.case.id,
        seizure_record_number="12/BB-TG", seizure_record_date=date(2026, 3, 2),
        lines=(phone, cash),
    )  # fmt: skip
    problems = world.services.intake.validate(world.keeper, draft)
    assert [(p.line, p.key) for p in problems] == [(2, "custody.money_off_shelf")]
    before = snapshot(world.services)
    with pytest.raises(DomainError) as refused:
        world.services.intake.commit(world.keeper, draft)
    assert "Kho bạc Nhà nước" in refused.value.message("vi")
    assert snapshot(world.services) == before
    fixed = replace(draft, lines=(phone, replace(cash, location_id=world.vault.id)))
    result = world.services.intake.commit(world.keeper, fixed)
    assert [i.location_id for i in result.items] == [world.shelf_a.id, world.vault.id]


def _cash_line(world: World, category: Category, **fields: object) -> IntakeLineDraft:
    return IntakeLineDraft(
        item=_money(world, category, None), recorded_quantity=1, seal_check=SealState.INTACT,
        location_id=world.vault.id, contents=SEALED_CASH, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _handover(world: World, *lines: IntakeLineDraft) -> IntakeDraft:
    return IntakeDraft(
        delivering_body="Công an quận Hoàn Kiếm", representative="Đại úy Trần Văn Bình",
        representative_position="Điều tra viên", case_id=world.case.id,
        seizure_record_number="12/BB-TG", seizure_record_date=date(2026, 3, 2), lines=lines,
    )  # fmt: skip


def test_cash_is_counted_note_by_denomination_at_the_handover(world: World) -> None:
    """Decree 152 Art 44.2: the number of notes of each denomination; foreign money with its
    country. Missing or unreadable counts are the line's problems and nothing is written."""
    bare = _cash_line(world, Category.CASH)
    garbled = _cash_line(world, Category.CASH, notes="năm trăm nghìn x hai mươi")
    dollars = _cash_line(world, Category.FOREIGN_CURRENCY, notes="100 x 30")
    problems = world.services.intake.validate(
        world.keeper, _handover(world, bare, garbled, dollars)
    )
    assert [(p.line, p.key) for p in problems] == [
        (1, "intake.money_needs_notes"),
        (2, "money.notes_format"),
        (3, "intake.currency_needs_country"),
    ]
    assert "500.000 x 20" in problems[0].message("vi") and "Điều 44.2" in problems[0].message("vi")
    before = snapshot(world.services)
    with pytest.raises(DomainError):
        world.services.intake.commit(world.keeper, _handover(world, bare))
    assert snapshot(world.services) == before
    cash = _cash_line(world, Category.CASH, notes="500.000 x 20; 200.000 x 5")
    usd = replace(dollars, country="Hoa Kỳ")
    cash_item, usd_item = world.services.intake.commit(
        world.keeper, _handover(world, cash, usd)
    ).items
    details = world.services.items.details(world.keeper, cash_item.id)
    assert details.notes == (NoteCount(500_000, 20), NoteCount(200_000, 5))
    assert notes_total(details.notes) == 11_000_000
    foreign = world.services.items.details(world.keeper, usd_item.id)
    assert foreign.notes == (NoteCount(100, 30),) and foreign.notes_country == "Hoa Kỳ"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("500.000 x 20; 200.000 x 5", (NoteCount(500_000, 20), NoteCount(200_000, 5))),
        ("500000×20\n10.000 * 3 tờ", (NoteCount(500_000, 20), NoteCount(10_000, 3))),
        ("  ", ()),
    ],
)
def test_counts_are_read_as_keepers_write_them(text: str, counted: tuple[NoteCount, ...]) -> None:
    assert parse_notes(text) == counted


@pytest.mark.parametrize("text", ["500.000", "x 20", "0 x 5", "500.000 x 0", "abc x 2"])
def test_an_unreadable_count_names_the_part(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_notes(text)
    assert err.value.key == "money.notes_format"
