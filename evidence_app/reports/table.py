"""The one shape every report takes, so one renderer serves screen, PDF and XLSX.

A report builder reads the database and returns a ``ReportTable``; it never formats
numbers or dates itself (the renderers do, dd/mm/yyyy and dot thousands in Vietnamese).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

#: What a cell may hold; None prints as empty.
Cell = str | int | float | Decimal | date | datetime | None


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Column:
    #: Header text in the report's language, e.g. "Số thứ tự".
    header: str
    #: Relative width; the renderer shares the page width in proportion.
    width: float = 1.0
    align: Align = Align.LEFT


@dataclass(frozen=True, slots=True)
class ReportTable:
    #: Report name as a command-line key, e.g. "evidence_ledger".
    name: str
    #: Printed title, e.g. "SỔ THEO DÕI VẬT CHỨNG, TÀI SẢN TẠM GIỮ".
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: Lines under the title: period, warehouse, filters.
    subtitle: tuple[str, ...] = ()
    #: Official form code printed top right, e.g. "Mẫu số 17".
    form: str = ""
    #: A last row of totals, same length as ``columns`` (None where nothing is summed).
    totals: tuple[Cell, ...] | None = None
    #: Lines after the table: notes, signature captions.
    footer: tuple[str, ...] = field(default=())
    landscape: bool = True
