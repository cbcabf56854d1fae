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
class Signer:
    """A signature block under the table: the position over the hint, the name below."""

    #: "Người lập biểu", "Thủ trưởng cơ quan" (the renderer prints it in capitals).
    position: str
    #: "(Ký, ghi rõ họ tên)"; the head's adds the seal.
    hint: str
    #: Filled from the roles; "" leaves a dotted line to write it by hand.
    name: str = ""


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
    #: "A4", or "A3" for the ledgers (Circular 04/2023/TT-BTP Art 30.4.a: "các loại sổ thi
    #: hành án được in trên khổ giấy A3").
    paper: str = "A4"
    #: The language of its words and numbers ("vi": 1.234,5; "en": 1,234.5).
    lang: str = "vi"
    #: The signature blocks closing the printed report, left to right (``reports.signers``).
    signers: tuple[Signer, ...] = ()
    #: The regional office whose report this is (its header and its head sign); None: the
    #: provincial agency's. Left out of a frozen table when None, so tables frozen before it
    #: existed freeze to the same text.
    unit_id: int | None = field(default=None, metadata={"omit_when_none": True})
