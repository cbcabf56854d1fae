"""How a cell reads on paper and on screen (``domain.display.cell``): dd/mm/yyyy, numbers
without spurious decimals, percentages with ``display.PERCENT_PLACES`` decimals; dot
thousands and comma decimals in Vietnamese, the English marks in English."""

from __future__ import annotations

from evidence_app.domain import display
from evidence_app.reports.table import Cell


def cell_text(value: Cell, lang: str = "vi") -> str:
    return display.cell(value, lang)
