"""How a cell reads on paper and on screen: dd/mm/yyyy, dot thousands, comma decimals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from evidence_app.documents.parts import vietnam_time, vn_number
from evidence_app.reports.table import Cell


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return vietnam_time(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return vn_number(Decimal(str(round(value, 2))))
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return vn_number(value)
    return str(value)
