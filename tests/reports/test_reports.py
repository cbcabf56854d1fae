"""Every registered report builds on both databases; XLSX holds the numbers, PDF the text."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.outcomes import NotEnforceableReason, OutcomeKind
from evidence_app.reports.params import ReportParams
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.outcomes.scenario import new_case, outcome, payment, use_today
from tests.world import World

TODAY = agency_today()


def _cases(world: World) -> None:
    """Four cases decided on 1/11/2025 (working year 2026), recorded through the services:
    one completed on 30/9/2026, one completed on 1/10/2026 (the next year), one open, one not
    enforceable."""
    use_today(world)
    decided = date(2025, 11, 1)
    ids = [
        new_case(world, f"Vụ {n}", decided, amount, world.officer)
        for n, amount in enumerate((15_000_000, 1_000, 1_000, 1_000))
    ]
    payment(world, ids[0], 15_000_000, date(2026, 9, 20))
    outcome(world, ids[0], OutcomeKind.COMPLETED, date(2026, 9, 30))
    payment(world, ids[1], 1_000, date(2026, 10, 1))
    outcome(world, ids[1], OutcomeKind.COMPLETED, date(2026, 10, 1))
    reason = NotEnforceableReason.NO_INCOME_OR_ASSETS
    outcome(world, ids[3], OutcomeKind.NOT_ENFORCEABLE, date(2026, 1, 10), reason)


def test_enforcement_results_count_completed_over_enforceable_in_the_working_year(
    world: World,
) -> None:
    _cases(world)
    table = world.services.reports.build(world.head, "enforcement_results", ReportParams(year=2026))
    cases, money = table.rows[0], table.rows[1]
    # 4 received, 1 not enforceable, 3 enforceable, 1 completed by 30/9/2026 (1/10 is the next
    # year): 33,33 %; in money 15.000.000 of 15.002.000.
    assert (cases[3], cases[8], cases[9], cases[10], cases[15]) == (4, 1, 3, 1, Decimal("33.33"))
    # Money in thousands of đồng; the rate from the exact amounts.
    assert (money[3], money[9], money[10], money[15]) == (15_003, 15_002, 15_000, Decimal("99.99"))
    assert "01/10/2025" in table.subtitle[0] and "30/09/2026" in table.subtitle[0]
    assert "12 tháng" in table.subtitle[0]
    next_year = world.services.reports.build(
        world.head, "enforcement_results", ReportParams(year=2027)
    )
    # Carried over: the three not finished by 30/9/2026; new: the world's case.
    assert next_year.rows[0][3:6] == (4, 3, 1)
    assert next_year.rows[0][10] == 1


def _data(world: World) -> None:
    world.receive("Xe máy Honda Wave")
    world.receive("Điện thoại Samsung", category=Category.PHONE)
    item = world.receive("Máy tính xách tay", category=Category.ELECTRONICS)
    world.checkout([item.id], 0, body="Tòa án nhân dân quận Ba Đình")
    _cases(world)


@pytest.mark.parametrize(
    "name",
    [
        "evidence_ledger",
        "stock",
        "ageing",
        "overdue_releases",
        "deadlines",
        "enforcement_results",
        "not_enforceable",
        "auction_ledger",
    ],
)
def test_every_report_builds_and_exports(world: World, name: str) -> None:
    _data(world)
    s = world.services
    params = ReportParams(today=TODAY + timedelta(days=3), year=2026)
    table = s.reports.build(world.accountant, name, params)
    assert table.columns and all(len(r) == len(table.columns) for r in table.rows)
    book = openpyxl.load_workbook(io.BytesIO(s.reports.render(table, "xlsx")))
    assert book.active is not None
    pdf = s.reports.render(table, "pdf", TODAY)
    assert table.title.split()[0] in " ".join(page_texts(pdf))


def test_stock_xlsx_holds_the_same_numbers_as_real_cells(world: World) -> None:
    _data(world)
    s = world.services
    table = s.reports.build(world.keeper, "stock", ReportParams())
    assert table.totals is not None and table.totals[4] == 3
    sheet = openpyxl.load_workbook(io.BytesIO(s.reports.render(table, "xlsx"))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    data = [r for r in values if isinstance(r[0], int)]
    assert [tuple(r[:6]) for r in data] == [tuple(r) for r in table.rows]
    assert values[-1][4] == 3 and isinstance(values[-1][4], int)


def test_ledger_xlsx_dates_are_dates_and_pdf_reads_in_vietnamese(world: World) -> None:
    _data(world)
    s = world.services
    table = s.reports.build(world.keeper, "evidence_ledger", ReportParams(today=TODAY))
    assert len(table.rows) == 3
    sheet = openpyxl.load_workbook(io.BytesIO(s.reports.render(table, "xlsx"))).active
    received = [row[1].value for row in sheet.iter_rows() if isinstance(row[0].value, int)]
    assert all(isinstance(v, datetime) for v in received)
    pdf = s.reports.render(table, "pdf", TODAY)
    words = " ".join(page_texts(pdf))
    for expected in ("SỔ THEO DÕI VẬT CHỨNG, TÀI SẢN KÊ BIÊN, TẠM GIỮ", "Mẫu số 13",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Xe máy Honda Wave",
                     "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI"):  # fmt: skip
        assert expected in words
    assert page_images(pdf)[0].width > page_images(pdf)[0].height  # landscape


def test_overdue_and_deadlines_name_the_late_release(world: World) -> None:
    _data(world)
    later = ReportParams(today=TODAY + timedelta(days=3))
    overdue = world.services.reports.build(world.officer, "overdue_releases", later)
    assert [r[8] for r in overdue.rows] == [3]
    deadlines = world.services.reports.build(world.officer, "deadlines", later)
    kinds = [r[3] for r in deadlines.rows]
    assert "Hạn trả vật chứng trích xuất" in kinds


def test_an_unknown_report_or_format_is_a_clear_error(world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        world.services.reports.build(world.keeper, "nope", ReportParams())
    assert "stock" in caught.value.message("vi")
    with pytest.raises(ValidationError):
        world.services.reports.export(world.keeper, "stock", ReportParams(), "docx")
    with pytest.raises(ValidationError):
        ReportParams(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)).period()


def test_a_target_is_printed_only_when_the_agency_set_one(
    world: World,
) -> None:
    s = world.services
    table = s.reports.build(world.head, "enforcement_results", ReportParams(year=2026))
    assert not any("chỉ tiêu" in line for line in (*table.subtitle, *table.footer))
    s.rules.set(world.admin, "enforcement.target_cases_percent", 85)
    table = s.reports.build(world.head, "enforcement_results", ReportParams(year=2026))
    assert [line for line in table.footer if "chỉ tiêu" in line] == [
        "Tỷ lệ về việc — so với chỉ tiêu 85,00%: chưa đạt."
    ]
