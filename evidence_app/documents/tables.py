"""Ruled item tables: the header row repeats on every page, long text wraps.

A cell whose text fits its column on one line is drawn as plain text; only the rest
become paragraphs, which wrap but cost ten times as much to lay out (a 200-item
handover prints four tables of 200 rows inside the intake's one-second budget).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from evidence_app.documents.fonts import SERIF
from evidence_app.documents.parts import CELL, CELL_CENTRE, CELL_HEAD, p

CELL_CODE = ParagraphStyle("cell_code", parent=CELL, fontSize=10)
CELL_NUMBER = ParagraphStyle("cell_number", parent=CELL, alignment=TA_RIGHT)
_PADDING = 2
#: Above this height (points, under a third of an A4 page's text) a row may split: a line
#: carrying the head's confirmation, a package's contents and two conclusions would otherwise
#: push the whole table to the next page and leave the first half empty.
_TALL = 200


def table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    codes: Sequence[int] = (1,),
    numbers: Sequence[int] = (),
) -> Table:
    """A ruled table; columns in ``codes`` a point smaller (an item code stays on one line),
    columns in ``numbers`` right-aligned, column 0 (the row number) centred."""
    widths = [w * mm for w in widths_mm]
    styles = [_style(i, codes, numbers) for i in range(len(widths))]
    data: list[list[Flowable | str]] = [[p(h, CELL_HEAD) for h in head]]
    for row in rows:
        data.append([_cell(text, styles[i], widths[i]) for i, text in enumerate(row)])
    # A row taller than _TALL (a long text in a narrow column) may split across pages;
    # every other row moves whole, as a clerk expects.
    tall = any(_height(cell, widths[i]) > _TALL for row in data[1:] for i, cell in enumerate(row))
    result = Table(data, colWidths=widths, repeatRows=1, splitInRow=int(tall))
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("FONT", (0, 1), (-1, -1), SERIF, CELL.fontSize, CELL.leading),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
    ]
    for column in codes:
        commands.append(
            ("FONT", (column, 1), (column, -1), SERIF, CELL_CODE.fontSize, CELL.leading)
        )
    commands += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in numbers]
    result.setStyle(TableStyle(commands))
    return result


def _height(cell: Flowable | str, width: float) -> float:
    if isinstance(cell, str):
        return 0.0
    return float(cell.wrap(width - 2 * _PADDING, 10_000)[1])


def _cell(text: str, style: ParagraphStyle, width: float) -> Flowable | str:
    """Plain text when each of its lines fits the column, else a wrapping paragraph."""
    room = width - 2 * _PADDING - 0.5
    if all(stringWidth(line, SERIF, style.fontSize) <= room for line in text.split("\n")):
        return text
    return p(text, style)


def _style(index: int, codes: Sequence[int], numbers: Sequence[int]) -> ParagraphStyle:
    if index in codes:
        return CELL_CODE
    if index in numbers:
        return CELL_NUMBER
    return CELL_CENTRE if index == 0 else CELL
