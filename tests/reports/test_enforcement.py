"""Enforcement results by cases and money (issue 19), hand-computed for the 3-, 6-, 10- and
12-month periods of working year 2026 and for any dates, from outcomes and payments recorded
through the services (tests/services/outcomes/scenario.py); officers sum to the agency, and
a past period's report stays as it was after later records (joint Circular 12/2021 Art 6)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

from evidence_app.domain.enums import PartyRole, Role
from evidence_app.domain.outcomes import NotEnforceableReason
from evidence_app.reports.enforcement_figures import Figures
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import PaymentDraft
from tests.documents.pdf_pages import page_texts
from tests.services.outcomes.scenario import K, M, build, new_case, outcome, paper, payment
from tests.world import PASSWORD, World

# Columns 3–14: received, carried over, new, entrusted, to enforce, not yet enforceable,
# enforceable, completed, terminated, postponed, suspended, being enforced; 15: the rate.
EXPECTED = {
    # 3 months (to 31/12/2025): A, C, D carried over; B, E new; D not enforceable; only
    # B's 10 M collected. Money carried over: A 100−60, C 30−5, D 80.
    3: ((5, 3, 2, 0, 5, 1, 4, 0, 0, 0, 0, 4, "0.00"),
        (215, 145, 70, 0, 215, 80, 135, 10, 0, 0, 0, 125, "7.41")),
    # 6 months (to 31/3/2026): A completed (40 M), B suspended (10 M collected), E entrusted,
    # D enforceable again.
    6: ((5, 3, 2, 1, 4, 0, 4, 1, 0, 0, 1, 2, "25.00"),
        (215, 145, 70, 20, 195, 0, 195, 50, 0, 0, 40, 105, "25.64")),
    # 10 months (to 31/7/2026): D completed (80 M), C terminated (its 25 M), B resumed with
    # 30 M collected, G new and postponed.
    10: ((6, 3, 3, 1, 5, 0, 5, 2, 1, 1, 0, 1, "60.00"),
         (255, 145, 110, 20, 235, 0, 235, 150, 25, 40, 0, 20, "74.47")),
    # 12 months (to 30/9/2026): B completed (50 M in the year), G resumed.
    12: ((6, 3, 3, 1, 5, 0, 5, 3, 1, 0, 0, 1, "80.00"),
         (255, 145, 110, 20, 235, 0, 235, 170, 25, 0, 0, 40, "82.98")),
}  # fmt: skip


def _figures(row: tuple[object, ...], scale: int = 1) -> tuple[object, ...]:
    numbers = tuple(int(v) // scale for v in row[3:15])  # type: ignore[call-overload]
    return (*numbers, str(row[15]))


def _report(world: World, start: date, end: date, lang: str = "vi") -> ReportTable:
    params = ReportParams(date_from=start, date_to=end, lang=lang)
    return world.services.reports.build(world.head, "enforcement_results", params)


def test_the_hand_computed_cases_give_the_exact_rates_of_each_period(world: World) -> None:
    build(world)
    for months, (cases, money) in EXPECTED.items():
        table = _report(world, *statistics_period(2026, months))
        assert _figures(table.rows[0]) == cases, months
        assert _figures(table.rows[1], 1000) == money, months
        assert f"Kỳ báo cáo {months} tháng năm công tác 2026" in table.subtitle[0]


def test_any_dates_carry_over_what_remained_at_their_start(world: World) -> None:
    build(world)
    table = _report(world, date(2026, 1, 1), date(2026, 3, 31))
    # All five decided before 1/1/2026 carried over; B carries 50 − 10 collected in December.
    assert _figures(table.rows[0]) == (5, 5, 0, 1, 4, 0, 4, 1, 0, 0, 1, 2, "25.00")
    assert _figures(table.rows[1], 1000) == (
        205,
        205,
        0,
        20,
        185,
        0,
        185,
        40,
        0,
        0,
        40,
        105,
        "21.62",
    )
    assert table.subtitle[0] == "Từ ngày 01/01/2026 đến ngày 31/03/2026"


def test_the_officers_sum_to_the_agency(world: World) -> None:
    cases = build(world)
    for months in EXPECTED:
        table = _report(world, *statistics_period(2026, months))
        officers = table.rows[2:]
        assert [r[0] for r in officers[::2]] == [1, 2]
        assert {r[1] for r in officers[::2]} == {"Đỗ Văn Hai", world.officer.full_name}
        for line in (0, 1):
            for column in range(3, 15):
                parts = sum(int(r[column]) for r in officers[line::2])  # type: ignore[call-overload]
                assert parts == table.rows[line][column], (months, line, column)
    assert cases.second_officer.full_name == "Đỗ Văn Hai"


def _regional_office(world: World) -> int:
    """Regional office KV2 with its own officer and one case: decided 1/11/2025 for 60 M,
    15 M collected 10/12/2025, 45 M on 15/2/2026, completed 20/2/2026."""
    s = world.services
    unit = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    s.users.create(world.admin, "kv2.chv", "Phan Văn Khu", "mat-khau-lan-dau-2026",
                   [Role.OFFICER], unit_id=unit.id)  # fmt: skip
    first = s.users.authenticate("kv2.chv", "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
    officer = s.users.authenticate("kv2.chv", PASSWORD)
    draft = CaseDraft(name="Vụ KV2", decision_number="0111/QĐ-THADS",
                      decision_date=date(2025, 11, 1), amount_to_enforce=60 * M,
                      officer_id=officer.user_id)  # fmt: skip
    case_id = s.cases.create(officer, draft).id
    for amount, day in ((15 * M, date(2025, 12, 10)), (45 * M, date(2026, 2, 15))):
        record = s.case_results.record_payment(
            officer, case_id, PaymentDraft(amount, day, paper(day, "BL-KV2"))
        )
        s.case_results.confirm(world.head, record)
    outcome(world, case_id, K.COMPLETED, date(2026, 2, 20), by=officer)
    return unit.id


def test_officers_sum_to_their_unit_and_units_to_the_agency(world: World) -> None:
    build(world)
    _regional_office(world)
    for months in EXPECTED:
        table = _report(world, *statistics_period(2026, months))
        labels = [(r[0], r[1]) for r in table.rows[::2]]
        assert labels == [
            (None, "Toàn cơ quan"),
            ("I", "Thi hành án dân sự thành phố Hà Nội"),
            (1, world.officer.full_name), (2, "Đỗ Văn Hai"),
            ("II", "Phòng Thi hành án dân sự khu vực 2"),
            (1, "Phan Văn Khu"),
        ], labels  # fmt: skip
        units, first, second = table.rows[2:4], table.rows[4:8], table.rows[10:12]
        for line in (0, 1):
            for column in range(3, 15):
                value = table.rows[line][column]
                parts = sum(int(r[column]) for r in first[line::2])  # type: ignore[call-overload]
                assert parts == units[line][column], (months, line, column)
                office = table.rows[8 + line][column]
                assert second[line][column] == office, (months, line, column)
                assert int(units[line][column]) + int(office) == value  # type: ignore[call-overload]
    # 6 months: the provincial unit's figures of EXPECTED and the office's case, new and
    # completed with its 60 M (15 M in December, 45 M in February).
    table = _report(world, *statistics_period(2026, 6))
    assert _figures(table.rows[0]) == (6, 3, 3, 1, 5, 0, 5, 2, 0, 0, 1, 2, "40.00")
    assert _figures(table.rows[1], 1000) == (
        275, 145, 130, 20, 255, 0, 255, 110, 0, 0, 40, 105, "43.14",
    )  # fmt: skip
    assert _figures(table.rows[2]) == EXPECTED[6][0]
    assert _figures(table.rows[8]) == (1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, "100.00")
    words = " ".join(page_texts(world.services.reports.render(table, "pdf", date(2026, 12, 1))))
    assert "Phòng Thi hành án dân sự khu vực 2" in words and "Phan Văn Khu" in words
    assert "Đơn vị, Chấp hành viên" in words


def test_a_past_period_stays_as_it_was_after_later_records(world: World) -> None:
    cases = build(world)
    year = statistics_period(2026, 12)
    before = _report(world, *year)
    pdf_before = page_texts(world.services.reports.render(before, "pdf", date(2026, 12, 1)))
    payment(world, cases.g, 40 * M, date(2026, 11, 10))
    outcome(world, cases.g, K.COMPLETED, date(2026, 11, 15))
    late = new_case(world, "Vụ H – năm sau", date(2026, 10, 5), 9 * M, world.officer)
    outcome(world, late, K.ENTRUSTED, date(2026, 10, 20))
    after = _report(world, *year)
    assert after == before
    assert page_texts(world.services.reports.render(after, "pdf", date(2026, 12, 1))) == pdf_before
    # The next year sees them (to 30/11/2026, before the world's own case was decided): G
    # carried over with its 40 M and completed, H new and entrusted.
    nxt = _report(world, date(2026, 10, 1), date(2026, 11, 30))
    assert _figures(nxt.rows[0]) == (2, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, "100.00")
    assert _figures(nxt.rows[1], 1000) == (49, 40, 9, 9, 40, 0, 40, 40, 0, 0, 0, 0, "100.00")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_form_reads_in_both_languages(world: World, lang: str) -> None:
    build(world)
    table = _report(world, *statistics_period(2026, 6), lang=lang)
    words = " ".join(page_texts(world.services.reports.render(table, "pdf", date(2026, 12, 1))))
    expected = {
        "vi": ("Biểu mẫu 01/TKLN-THADS", "Năm trước chuyển sang", "Chưa có điều kiện thi hành",
               "Đình chỉ thi hành án", "Toàn cơ quan", "195.000", "25,64", "nghìn đồng"),
        "en": ("Carried over", "Not yet enforceable", "Whole agency", "6-month period"),
    }[lang]  # fmt: skip
    for text in expected:
        assert text in words, text
    assert table.rows[1][15] == Decimal("25.64")


def _ledger(world: World, day: date) -> ReportTable:
    params = ReportParams(today=day)
    return world.services.reports.build(world.officer, "not_enforceable", params)


def test_the_not_enforceable_ledger_counts_apart_the_cases_past_two_years(world: World) -> None:
    build(world)
    old = new_case(
        world, "Vụ X – chưa có điều kiện từ 2024", date(2024, 1, 10), 12 * M, world.officer
    )
    world.services.cases.add_party(
        world.officer, old, PartyRole.LIABLE, "Nguyễn Văn Nợ", address="12 Hàng Bạc, Hà Nội"
    )
    payment(world, old, 2 * M, date(2024, 1, 20))
    outcome(
        world, old, K.NOT_ENFORCEABLE, date(2024, 2, 1), NotEnforceableReason.NO_INCOME_OR_ASSETS
    )
    # 31/1/2026: X and D (not enforceable since 1/7/2025); X reaches 2 years the next day.
    before = _ledger(world, date(2026, 1, 31))
    assert [r[3] for r in before.rows] == [
        "Vụ X – chưa có điều kiện từ 2024",
        "Vụ D – chưa có điều kiện",
    ]
    x = before.rows[0]
    assert (x[1], x[2], x[6], x[10]) == ("Nguyễn Văn Nợ", "12 Hàng Bạc, Hà Nội", 10 * M, "")
    assert str(x[8]).startswith("a) Không có thu nhập")
    assert before.totals is not None and before.totals[6] == 90 * M and before.totals[10] == 0
    on_the_day = _ledger(world, date(2026, 2, 1))
    assert [r[10] for r in on_the_day.rows] == ["x", ""]
    assert "trong đó quá 02 năm" in on_the_day.footer[0] and on_the_day.footer[0].endswith(": 1.")
    # D is enforceable again from 1/3/2026: only X is left.
    after = _ledger(world, date(2026, 3, 15))
    assert [r[3] for r in after.rows] == ["Vụ X – chưa có điều kiện từ 2024"]
    words = " ".join(page_texts(world.services.reports.render(after, "pdf", date(2026, 3, 15))))
    for text in ("Mẫu số 20", "SỔ THEO DÕI VIỆC CHƯA CÓ ĐIỀU KIỆN THI HÀNH ÁN", "Nguyễn Văn Nợ",
                 "10.000.000", "Quá 02 năm"):  # fmt: skip
        assert text in words, text


# 12 months split by the kind of enforcement decision (Law 106/2025 Art 33.2, 34): B and E
# are on request. B: new, 50 M all collected in the year, completed; E: new, entrusted (20 M).
# The ex officio part is the rest of EXPECTED[12]: rate (2 + 1) ÷ 4 = 75 % by cases,
# (120 + 25) ÷ 185 = 78,38 % by money.
ON_REQUEST_12 = ((2, 0, 2, 1, 1, 0, 1, 1, 0, 0, 0, 0, "100.00"),
                 (70, 0, 70, 20, 50, 0, 50, 50, 0, 0, 0, 0, "100.00"))  # fmt: skip
EX_OFFICIO_12 = ((4, 3, 1, 0, 4, 0, 4, 2, 1, 0, 0, 1, "75.00"),
                 (185, 145, 40, 0, 185, 0, 185, 120, 25, 0, 0, 40, "78.38"))  # fmt: skip


def test_the_form_split_into_ex_officio_and_on_request_reconciles(world: World) -> None:
    build(world)
    _regional_office(world)
    for months in EXPECTED:
        start, end = statistics_period(2026, months)
        whole = _report(world, start, end)
        params = ReportParams(date_from=start, date_to=end, lang="vi")
        split = world.services.reports.build(world.head, "enforcement_results_by_kind", params)
        # Six lines a person or unit: cases, its two parts, money, its two parts; the whole
        # lines are the unsplit form's, and each is the sum of its parts.
        assert len(split.rows) == 3 * len(whole.rows)
        assert [r[1] for r in split.rows[1:3]] == ["– Chủ động", "– Theo yêu cầu"]
        for block in range(len(whole.rows) // 2):
            six = split.rows[6 * block : 6 * block + 6]
            assert six[0] == whole.rows[2 * block] and six[3] == whole.rows[2 * block + 1]
            for first in (0, 3):
                for column in range(3, 15):
                    total = int(six[first][column])  # type: ignore[call-overload]
                    own, asked = (int(r[column]) for r in six[first + 1 : first + 3])  # type: ignore[call-overload]
                    assert own + asked == total, (months, block, first, column)
        # Officers sum to their unit and units to the agency, part by part: blocks are the
        # agency, unit I, its two officers, unit II, its officer.
        for part in (1, 2, 4, 5):
            for column in range(3, 15):
                value = [int(split.rows[6 * b + part][column]) for b in range(6)]  # type: ignore[call-overload]
                assert value[2] + value[3] == value[1], (months, part, column)
                assert value[5] == value[4] and value[1] + value[4] == value[0]
    start, end = statistics_period(2026, 12)
    params = ReportParams(date_from=start, date_to=end, lang="vi")
    split = world.services.reports.build(world.head, "enforcement_results_by_kind", params)
    unit = split.rows[6:12]  # the provincial unit: the scenario's cases
    assert _figures(unit[1]) == EX_OFFICIO_12[0] and _figures(unit[4], 1000) == EX_OFFICIO_12[1]
    assert _figures(unit[2]) == ON_REQUEST_12[0] and _figures(unit[5], 1000) == ON_REQUEST_12[1]
    assert _figures(unit[0]) == EXPECTED[12][0]
    words = " ".join(page_texts(world.services.reports.render(split, "pdf", date(2026, 12, 1))))
    assert "– Theo yêu cầu" in words and "CHIA THEO CHỦ ĐỘNG VÀ THEO YÊU CẦU" in words


def test_figures_add_field_by_field() -> None:
    names = [f.name for f in fields(Figures)]
    one = Figures(*range(1, len(names) + 1))
    other = Figures(*(10 * n for n in range(1, len(names) + 1)))
    total = one + other
    assert [getattr(total, n) for n in names] == [11 * n for n in range(1, len(names) + 1)]
    assert Figures() + one == one
