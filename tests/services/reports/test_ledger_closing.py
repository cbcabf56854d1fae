"""Kết sổ (issue 19): the evidence and auction ledgers closed each quarter, for the first six
months and the working year, in order, signed by the closer and the head (the evidence
ledger also by the accountant, keeper and cashier); a closed period prints as it was closed
and cannot change (Circular 04/2023/TT-BTP Art 30.4.c)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text, update

from db.models import Item
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.domain.ledger_periods import PeriodKind, period_of, periods_of
from evidence_app.reports.params import ReportParams
from evidence_app.services.admin import LedgerImportService
from evidence_app.services.reports import ClosingSigners
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.world import World

YEAR = 2026  # 1/10/2025 – 30/9/2026: ended by the time these tests run
SIGNERS = ClosingSigners("Ngô Văn Trưởng", "Trần Văn Toán", "Lê Thị Kho", "Phạm Thị Quỹ")
Q, H, Y = PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR


def _received_on(world: World, name: str, day: date) -> int:
    item = world.receive(name)
    with world.services.db.session() as session:
        session.execute(
            update(Item)
            .where(Item.id == item.id)
            .values(received_at=datetime(day.year, day.month, day.day, 3, tzinfo=UTC))
        )
    return item.id


def _close(world: World, kind: PeriodKind, number: int = 1, ledger: str = "evidence_ledger"):  # type: ignore[no-untyped-def]
    return world.services.ledger_closing.close(world.keeper, ledger, YEAR, kind, number, SIGNERS)


def test_the_working_years_periods() -> None:
    spans = [(p.kind, p.start, p.end) for p in periods_of(2026)]
    assert spans == [
        (Q, date(2025, 10, 1), date(2025, 12, 31)),
        (Q, date(2026, 1, 1), date(2026, 3, 31)),
        (H, date(2025, 10, 1), date(2026, 3, 31)),
        (Q, date(2026, 4, 1), date(2026, 6, 30)),
        (Q, date(2026, 7, 1), date(2026, 9, 30)),
        (Y, date(2025, 10, 1), date(2026, 9, 30)),
    ]
    assert period_of(2026, Q, 2).words() == "Quý II năm công tác 2026 (01/01/2026 – 31/03/2026)"
    assert period_of(2026, H).words("en").startswith("First six months of working year 2026")


def test_periods_close_in_order_once_ended_and_once(world: World) -> None:
    _received_on(world, "Xe máy Honda Wave", date(2026, 8, 15))
    before = snapshot(world.services)
    for kind, number, key in (
        (Q, 4, "ledger.earlier_open"),  # Q1 to Q3 first
        (H, 1, "ledger.earlier_open"),  # its two quarters first
        (Y, 1, "ledger.earlier_open"),
    ):
        with pytest.raises(ValidationError) as err:
            _close(world, kind, number)
        assert err.value.key == key
        assert "Quý I năm công tác 2026" in err.value.message("vi")
    with pytest.raises(ValidationError) as err:  # the current working year has not ended
        world.services.ledger_closing.close(world.keeper, "evidence_ledger", 2027, Y, 1, SIGNERS)
    assert err.value.key in ("ledger.period_not_ended", "ledger.earlier_open")
    assert snapshot(world.services) == before
    for kind, number in ((Q, 1), (Q, 2), (H, 1), (Q, 3), (Q, 4), (Y, 1)):
        _close(world, kind, number)
    with pytest.raises(ValidationError) as err:
        _close(world, Q, 4)
    assert err.value.key == "ledger.already_closed" and "already closed" in err.value.message("en")
    states = world.services.ledger_closing.periods(world.head, "evidence_ledger", YEAR)
    assert all(s.closed for s in states)
    assert [s.rows for s in states] == [0, 0, 0, 0, 1, 1]
    assert {s.closed_by for s in states} == {world.keeper.full_name}


def test_a_period_not_ended_is_not_closed(world: World) -> None:
    current = max(p for p in periods_of(2027) if p.kind is Q and p.start <= date.today())
    for p in periods_of(2027):
        if p.kind is Q and p < current:
            world.services.ledger_closing.close(
                world.keeper, "evidence_ledger", 2027, Q, p.number, SIGNERS
            )
    with pytest.raises(ValidationError) as err:
        world.services.ledger_closing.close(
            world.keeper, "evidence_ledger", 2027, Q, current.number, SIGNERS
        )
    assert err.value.key == "ledger.period_not_ended"


def test_the_evidence_ledger_needs_all_its_signers_the_auction_ledger_the_head(
    world: World,
) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.ledger_closing.close(world.keeper, "evidence_ledger", YEAR, Q, 1,
                                            ClosingSigners("Ngô Văn Trưởng", "Trần Văn Toán",
                                                           "Lê Thị Kho"))  # fmt: skip
    assert err.value.key == "validation.required" and "thủ quỹ" in err.value.message("vi")
    assert snapshot(world.services) == before
    world.services.ledger_closing.close(
        world.officer, "auction_ledger", YEAR, Q, 1, ClosingSigners("Ngô Văn Trưởng")
    )


def test_who_may_close(world: World) -> None:
    before = snapshot(world.services)
    for actor in (world.actors[Role.CASHIER], world.admin):
        with pytest.raises(PermissionDeniedError):
            world.services.ledger_closing.close(actor, "evidence_ledger", YEAR, Q, 1, SIGNERS)
    assert snapshot(world.services) == before


def test_a_closed_period_prints_as_it_was_closed(world: World) -> None:
    item_id = _received_on(world, "Xe máy Honda Wave", date(2025, 11, 20))
    quarter = period_of(YEAR, Q, 1)
    params = ReportParams(date_from=quarter.start, date_to=quarter.end, today=date(2026, 12, 1))
    reports = world.services.reports
    live = reports.build(world.head, "evidence_ledger", params)
    _close(world, Q, 1)
    closed = reports.build(world.head, "evidence_ledger", params)
    assert closed.rows == live.rows
    assert any("Kết sổ: Quý I năm công tác 2026" in line for line in closed.subtitle)
    assert [(s.position, s.name) for s in closed.signers] == [
        ("Người kết sổ", world.keeper.full_name), ("Kế toán", "Trần Văn Toán"),
        ("Thủ kho", "Lê Thị Kho"), ("Thủ quỹ", "Phạm Thị Quỹ"),
        ("Thủ trưởng cơ quan", "Ngô Văn Trưởng"),
    ]  # fmt: skip
    assert "Kết sổ ngày" in closed.footer[-1]
    pdf = reports.render(closed, "pdf", date(2026, 12, 1))
    english = reports.build(world.head, "evidence_ledger", ReportParams(
        date_from=quarter.start, date_to=quarter.end, lang="en"))  # fmt: skip
    assert any("Closing: Quarter I of working year 2026" in line for line in english.subtitle)
    # Later, the item is renamed: the live ledger of any other span shows it, the closed
    # period does not change, word for word.
    with world.services.db.session() as session:
        session.execute(update(Item).where(Item.id == item_id).values(name="Xe máy đã sửa tên"))
    again = reports.build(world.head, "evidence_ledger", params)
    assert again == closed
    assert page_texts(reports.render(again, "pdf", date(2026, 12, 1))) == page_texts(pdf)
    printed = " ".join(page_texts(pdf))
    assert "Xe máy Honda Wave" in printed and "PHẠM THỊ QUỸ" not in printed
    assert "THỦ QUỸ" in printed and "Phạm Thị Quỹ" in printed
    other = ReportParams(date_from=quarter.start, date_to=date(2025, 12, 30))
    assert "Xe máy đã sửa tên" in {r[3] for r in reports.build(world.head, "evidence_ledger",
                                                                other).rows}  # fmt: skip


def test_the_closing_row_is_append_only_in_the_database(world: World) -> None:
    _close(world, Q, 1)
    for statement in ("UPDATE ledger_closing SET row_count = 99",
                      "DELETE FROM ledger_closing"):  # fmt: skip
        with pytest.raises(Exception, match="append-only"), world.services.db.session() as s:
            s.execute(text(statement))
    states = world.services.ledger_closing.periods(world.head, "evidence_ledger", YEAR)
    assert states[0].closed and states[0].rows == 0


def test_an_import_dated_inside_a_closed_period_is_refused(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    _close(world, Q, 1)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên vật chứng", "Chủng loại", "Ngày nhập kho"])
    sheet.append(["Dao găm", "Điện thoại", "20/11/2025"])
    sheet.append(["Điện thoại", "Điện thoại", "15/01/2026"])
    path = tmp_path / "so-cu.xlsx"
    book.save(path)
    preview = LedgerImportService(world.services.db).preview(world.keeper, path)
    problems = {p.row: p for p in preview.problems}
    assert set(problems) == {2}
    assert problems[2].error.key == "ledger.closed_period"
    assert "01/10/2025" in problems[2].message("vi") and "31/12/2025" in problems[2].message("vi")
    assert preview.valid_count == 1


@pytest.mark.parametrize("name", ["evidence_ledger", "auction_ledger"])
def test_the_ledgers_print_on_a3(world: World, name: str) -> None:
    """Circular 04/2023/TT-BTP Art 30.4.a: the ledgers are printed on A3 (landscape here:
    420 × 297 mm); other reports stay on A4."""
    from pypdf import PdfReader

    for n in range(60):
        _received_on(world, f"Điện thoại di động {n}", date(2025, 11, 1 + n % 28))
    params = ReportParams(date_from=date(2025, 10, 1), date_to=date(2025, 12, 31))
    pdf = world.services.reports.export(world.head, name, params, "pdf")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        420,
        297,
    )
    if name == "evidence_ledger":
        page_images(pdf, 60)[0].save("/tmp/evidence_ledger_a3.png")
    stock = world.services.reports.export(world.head, "stock", ReportParams(), "pdf")
    assert round(float(PdfReader(io.BytesIO(stock)).pages[0].mediabox.width) / 72 * 25.4) == 297


def test_the_auction_ledgers_closed_period_takes_no_new_entry(world: World) -> None:
    """A lot dated inside a closed quarter of the auction ledger (Mẫu 17) is refused and
    nothing is written; the day after the period, it is taken."""
    from evidence_app.domain.enums import Disposition

    auctions = world.services.auctions
    car = world.receive("Xe ô tô Toyota Vios biển số 30A-123.45")
    world.order([car], Disposition.AUCTION)
    for number in (1, 2, 3, 4):
        world.services.ledger_closing.close(world.officer, "auction_ledger", YEAR, Q, number,
                                            ClosingSigners("Ngô Văn Trưởng"))  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        auctions.create_lot(world.officer, world.case.id, [car.id], seized_on=date(2026, 9, 30))
    assert err.value.key == "ledger.closed_period"
    assert "01/07/2026" in err.value.message("vi") and "30/09/2026" in err.value.message("en")
    assert snapshot(world.services) == before
    auctions.create_lot(world.officer, world.case.id, [car.id], seized_on=date(2026, 10, 1))


def test_two_workstations_closing_the_same_period_close_it_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second of two closings that both found the period open (checked at the same
    moment) meets the database's unique period and is told it is closed, writing nothing."""
    from evidence_app.services.reports import closing

    _close(world, Q, 1)
    before = snapshot(world.services)
    monkeypatch.setattr(closing, "_closings", lambda *_args: {})  # it looked open to him
    with pytest.raises(ValidationError) as err:
        _close(world, Q, 1)
    assert err.value.key == "ledger.already_closed"
    assert snapshot(world.services) == before
