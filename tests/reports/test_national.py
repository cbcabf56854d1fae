"""The national report's parts without clusters (issue 21): custody counts from the custody
record on both databases, and the table that puts the nation above its provinces."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose
from evidence_app.reports import national
from evidence_app.reports.custody_figures import CustodyCounts, custody_counts
from evidence_app.reports.enforcement_figures import EMPTY, Figures, Line
from evidence_app.reports.params import ReportParams
from tests.world import World

TODAY = agency_today()


def _counts(world: World, start: date, end: date) -> CustodyCounts:
    with world.services.db.session(read_only=True) as session:
        return custody_counts(session, start, end)


def test_custody_counts_come_from_the_record_and_a_past_period_stays_as_it_was(
    world: World,
) -> None:
    world.receive("Điện thoại Nokia")
    leaving = world.receive("Ví da", disposition=Disposition.RETURN_TO_OWNER)
    assert _counts(world, TODAY, TODAY) == CustodyCounts(received=2, left=0, held=2)
    world.exit_on_order([leaving.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    assert _counts(world, TODAY, TODAY) == CustodyCounts(received=2, left=1, held=1)
    # Yesterday nothing was booked in yet; a later event never changes a past period.
    yesterday = TODAY - timedelta(days=1)
    assert _counts(world, yesterday - timedelta(days=30), yesterday) == CustodyCounts()


def _province(name: str, cases: int, money: int, held: int) -> national.ProvinceFigures:
    line = Line(Figures(new=cases, completed=cases), Figures(new=money, completed=money))
    return national.ProvinceFigures(name, line, CustodyCounts(received=held, held=held))


def test_the_nation_is_the_sum_of_its_provinces_in_both_languages() -> None:
    received = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)  # 08:30 in Vietnam
    provinces = [
        replace(_province("Hà Nội", 3, 12_345_000, 7), as_of=received),
        _province("Cần Thơ", 2, 1_000_000, 4),
    ]
    total = national.national_total(provinces)
    assert total.enforcement.cases.new == 5 and total.custody.held == 11
    assert national.national_total([]).enforcement == EMPTY
    params = ReportParams(date_from=TODAY - timedelta(days=30), date_to=TODAY, today=TODAY)
    table = national.build(provinces, params)
    assert table.title == "SỐ LIỆU THI HÀNH ÁN DÂN SỰ TOÀN QUỐC" and table.paper == "A3"
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert [row[1] for row in table.rows[::2]] == ["Toàn quốc", "Hà Nội", "Cần Thơ"]
    text = national.as_text(table)
    # Money in thousands of đồng with dot thousands; 13.345 = 12.345 + 1.000.
    assert "Tổng số thụ lý: 13.345" in text and "Vật chứng đang quản lý cuối kỳ: 11" in text
    in_english = ReportParams(params.date_from, TODAY, today=TODAY, lang="en")
    english = national.as_text(national.build(provinces, in_english))
    assert "Province: Nation" in english and "Total received: 13,345" in english
    assert "Hà Nội: the province's data as received at 06/12/2026 08:30." in english
    assert "Items held at the end: 11" in english and "Rate (%): 100" in english
    assert table.footer[1:] == (
        "Hà Nội: số liệu tỉnh gửi đến lúc 06/12/2026 08:30.",
        "Cần Thơ: số liệu tỉnh gửi đến lúc —.",
    )
