"""Ruled item tables: the header row repeats on every page, long text wraps.

A cell whose text fits its column on one line is drawn as plain text; only the rest
become paragraphs, which wrap but cost ten times as much to lay out (a 200-item
handover prints four tables of 200 rows inside the intake's one-second budget).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn

from evidence_app.documents.fonts import SERIF, SERIF_ITALIC
from evidence_app.documents.parts import CELL, CELL_CENTRE, CELL_HEAD, markup, p

CELL_CODE = ParagraphStyle("cell_code", parent=CELL, fontSize=10)
CELL_NUMBER = ParagraphStyle("cell_number", parent=CELL, alignment=TA_RIGHT)
_PADDING = 2
#: The smallest size a cell's text shrinks to so that its longest word (a document number,
#: an item code) stays whole on one line.
_SMALLEST = 7.0
CELL_GROUP = ParagraphStyle("cell_group", parent=CELL, fontName=SERIF_ITALIC)
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
    groups: Sequence[int] = (),
) -> Table:
    """A ruled table; columns in ``codes`` a point smaller (an item code stays on one line),
    columns in ``numbers`` right-aligned, column 0 (the row number) centred. The rows whose
    index is in ``groups`` are group headings: their first text spans the whole row, in
    italics (e.g. the warehouse and place the items below go to).

    No word is ever split inside a cell: a cell whose longest word (a number such as
    "715/CSĐT-PC01", a code) is wider than its column prints a little smaller instead."""
    widths = [w * mm for w in widths_mm]
    styles = [_style(i, codes, numbers) for i in range(len(widths))]
    data: list[list[Flowable | str]] = [[p(h, CELL_HEAD) for h in head]]
    for index, row in enumerate(rows):
        if index in groups:
            heading = markup(f"<i>{_escape(row[0])}</i>", CELL_GROUP)
            data.append([heading, *("" for _ in widths[1:])])
            continue
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
    commands += [("SPAN", (0, index + 1), (-1, index + 1)) for index in groups]
    # a heading never ends a page: it stays with its first row
    commands += [("NOSPLIT", (0, index + 1), (-1, index + 2)) for index in groups]
    result.setStyle(TableStyle(commands))
    return result


class Placed(Protocol):
    """A line that says where its item is: a ``DocumentLine``, a ``StockCardEntry``."""

    @property
    def warehouse(self) -> str: ...

    @property
    def location(self) -> str: ...


P = TypeVar("P", bound=Placed)


def by_place(
    lines: Sequence[P], row: Callable[[int, P], list[str]], lead: str
) -> tuple[list[list[str]], list[int]]:
    """The rows of ``lines`` (numbered 1…), under a heading "<lead> <warehouse>, vị trí
    <location>" per place when they go to (or leave from) more than one; the headings'
    indexes for ``table(groups=…)``."""
    places = list(dict.fromkeys((line.warehouse, line.location) for line in lines))
    if len(places) < 2:
        return [row(i, line) for i, line in enumerate(lines, 1)], []
    rows: list[list[str]] = []
    groups: list[int] = []
    number = 0
    for place in places:
        groups.append(len(rows))
        rows.append([f"{lead} {place_text(*place)}:"])
        for line in lines:
            if (line.warehouse, line.location) == place:
                number += 1
                rows.append(row(number, line))
    return rows, groups


def one_place(lines: Sequence[Placed], fallback: str) -> str:
    """The one warehouse and place all ``lines`` share, as printed; "" when they are several;
    ``fallback`` (the content's own warehouse text) for lines that name none."""
    places = {(line.warehouse, line.location) for line in lines}
    if len(places) > 1:
        return ""
    warehouse, location = places.pop() if places else ("", "")
    return place_text(warehouse, location) if warehouse else fallback


def place_text(warehouse: str, location: str) -> str:
    """ "Kho vật chứng số 1, vị trí Kệ 1 (K01-A-01)"; said plainly when not yet known."""
    if not warehouse:
        return "kho, vị trí chưa xác định"
    return f"{warehouse}, vị trí {location}" if location else warehouse


def with_closing(items: Table, closing: Sequence[Flowable]) -> Flowable:
    """The table followed by the closing blocks (totals, signatures, "Nơi nhận:"), never
    leaving the closing alone on a page: when it does not fit under the table, the table's
    last row goes over with it (Decree 30/2020 Appendix I: the signatures and recipients
    close the text they sign)."""
    return _KeepWithEnd(items, _flat(closing))


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]
    return out


class _KeepWithEnd(Flowable):  # type: ignore[misc]
    """A table and the blocks that close it; split so that the blocks start a page only with
    at least the table's last row above them."""

    def __init__(self, items: Table, closing: list[Flowable]) -> None:
        super().__init__()
        self.items, self.closing = items, closing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always split, as KeepTogether does

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table_height = self.items.wrap(avail_width, avail_height)[1]
        # with the space before and after each block, as the frame will add it
        closing_height = _listWrapOn(self.closing, avail_width, self.canv)[1]
        if table_height + closing_height <= avail_height:
            return [self.items, *self.closing]
        if table_height > avail_height:
            parts = self.items.split(avail_width, avail_height)
            if len(parts) < 2:
                return []
            return [parts[0], _KeepWithEnd(parts[1], self.closing)]
        last = self.items._rowHeights[-1]
        parts = self.items.split(avail_width, table_height - last - 0.5)
        if len(parts) == 2:  # the last row goes over with the closing
            return [parts[0], FrameBreak(), _KeepWithEnd(parts[1], self.closing)]
        if self._at_top():  # a one-row table at the top of a page: nothing better to do
            return [self.items, *self.closing]
        return [FrameBreak(), _KeepWithEnd(self.items, self.closing)]

    def _at_top(self) -> bool:
        frame: Any = getattr(self, "_frame", None)
        return bool(frame is not None and getattr(frame, "_atTop", False))

    def draw(self) -> None:  # never drawn whole: split always
        pass


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _height(cell: Flowable | str, width: float) -> float:
    if isinstance(cell, str):
        return 0.0
    return float(cell.wrap(width - 2 * _PADDING, 10_000)[1])


def _cell(text: str, style: ParagraphStyle, width: float) -> Flowable | str:
    """Plain text when each of its lines fits the column, else a wrapping paragraph, smaller
    when its longest word would not fit whole."""
    room = width - 2 * _PADDING - 0.5
    if all(stringWidth(line, SERIF, style.fontSize) <= room for line in text.split("\n")):
        return text
    widest = max(text.split(), key=lambda w: stringWidth(w, SERIF, style.fontSize), default="")
    return p(text, _fitting(style, widest, room))


def _fitting(style: ParagraphStyle, word: str, room: float) -> ParagraphStyle:
    """``style``, or a smaller copy in which ``word`` fits ``room`` (never split)."""
    wide = stringWidth(word, SERIF, style.fontSize)
    if wide <= room:
        return style
    size = max(_SMALLEST, style.fontSize * room / wide - 0.1)
    return ParagraphStyle(
        f"{style.name}_{size:.1f}",
        parent=style,
        fontSize=size,
        leading=size + 2,
        splitLongWords=0,
    )


def _style(index: int, codes: Sequence[int], numbers: Sequence[int]) -> ParagraphStyle:
    if index in codes:
        return CELL_CODE
    if index in numbers:
        return CELL_NUMBER
    return CELL_CENTRE if index == 0 else CELL
