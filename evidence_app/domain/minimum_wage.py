"""The regional monthly minimum wage (Decree 293/2025/NĐ-CP Art 3.1, in force 01/01/2026,
replacing Decree 74/2024 — Art 5). Thresholds of Decree 152/2026 that cite "lương tối thiểu
tháng theo vùng nơi cơ quan thi hành án dân sự có trụ sở" (Art 41.2, 60.5, 64.1) use the
figure of the agency's own region (Decree 293 Art 2 and its Appendix list the communes of
each region); the agency chooses its region in the rules settings (``region.zone``)."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Final


class Region(IntEnum):
    """Vùng I–IV of Decree 293/2025 Art 3.1."""

    I = 1  # noqa: E741 - the law's own numeral
    II = 2
    III = 3
    IV = 4


#: Monthly minimum wage in đồng by region, each table in force from its date
#: (Decree 293/2025/NĐ-CP Art 3.1, from 01/01/2026 by Art 5.1).
TABLES: Final[tuple[tuple[date, dict[Region, int]], ...]] = (
    (
        date(2026, 1, 1),
        {Region.I: 5_310_000, Region.II: 4_730_000, Region.III: 4_140_000, Region.IV: 3_700_000},
    ),
)
DECREE: Final = "Nghị định 293/2025/NĐ-CP, Điều 3.1"


def regional_minimum_wage(region: Region | int, on: date | None = None) -> int:
    """The monthly minimum wage of ``region`` in force on ``on`` (the latest table when
    ``on`` is None or falls before the first table, the only one this software knows)."""
    region = Region(int(region))
    table = TABLES[0][1]
    for start, figures in TABLES:
        if on is None or start <= on:
            table = figures
    return table[region]


def region_of_wage(amount: int) -> Region | None:
    """The region whose figure (in any known table) is exactly ``amount``, if any; used to
    carry an agency's old single-figure setting over to its region."""
    for _start, figures in reversed(TABLES):
        for region, figure in figures.items():
            if figure == amount:
                return region
    return None
