"""One way values read as text, in both languages (domain.display)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from evidence_app.domain import display
from evidence_app.domain.display import Percent


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (Decimal("2.000"), "2", "2"),
        (Decimal("2.500"), "2,5", "2.5"),
        (1_234_567, "1.234.567", "1,234,567"),
        (Decimal("-1234.50"), "-1.234,5", "-1,234.5"),
        (Decimal("1E+3"), "1.000", "1,000"),
        (0.1 + 0.2, "0,3", "0.3"),
    ],
)
def test_numbers_and_quantities_have_no_spurious_decimals(value: object, vi: str, en: str) -> None:
    assert display.number(value, "vi") == vi  # type: ignore[arg-type]
    assert display.quantity(value, "en") == en  # type: ignore[arg-type]


def test_percentages_always_have_two_decimals() -> None:
    assert [display.percent(v) for v in (Decimal("76.1"), Decimal("10.45"), 85, 81.5)] == [
        "76,10", "10,45", "85,00", "81,50",
    ]  # fmt: skip
    assert display.percent(Decimal("10.445"), "en", sign=True) == "10.45%"
    assert display.percent(None) == "—"
    assert display.cell(Percent("76.1")) == "76,10" and display.cell(Decimal("76.1")) == "76,1"


def test_money_dates_and_keys() -> None:
    assert display.money(1_234_567) == "1.234.567 đồng"
    assert display.money(1_234_567, "en") == "1,234,567 VND"
    assert display.day(date(2026, 3, 5)) == "05/03/2026"
    # 20:30 UTC is 03:30 the next morning in Vietnam: the agency's day.
    late = datetime(2026, 3, 5, 20, 30, tzinfo=UTC)
    assert display.day(late) == "06/03/2026" and display.moment(late) == "06/03/2026 03:30"
    assert display.words("deadline.buyer_handover") == "Giao tài sản cho người mua"
    assert display.words("deadline.buyer_handover", "en") == "Handover to the buyer"
    assert display.is_key("deadline.buyer_handover") and not display.is_key("Xe máy")
