"""Any ReportTable as PDF: the Decree 30 header, the title, a ruled table, page numbers, and
the signature blocks (``reports.signers``) kept on one page with the table's last rows.

The table's last rows, its totals, the footer lines and the signatures are one KeepTogether,
so the signatures never stand alone on a page. When that tail has to start a new page, the
report is laid out again with the header row repeated at the top of the tail."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable

from evidence_app.documents import parts
from evidence_app.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from evidence_app.documents.page import MOTTO, NATION, dated_canvas
from evidence_app.reports.cells import cell_text
from evidence_app.reports.table import Align, Cell, ReportTable

_SMALL = ParagraphStyle("report_head", parent=parts.CENTRE, fontSize=12, leading=14)
_SMALL_BOLD = ParagraphStyle("report_head_bold", parent=_SMALL, fontName=SERIF_BOLD)
_MOTTO = ParagraphStyle("report_motto", parent=_SMALL_BOLD, fontSize=13)
_DATE = ParagraphStyle("report_date", parent=_SMALL, fontName=SERIF_ITALIC)
_FORM = ParagraphStyle("report_form", parent=_SMALL, fontName=SERIF_ITALIC, fontSize=10)
_FONT_SIZE, _PAD = 10, 2


def render_pdf(
    table: ReportTable, managing_agency: str, agency: str, place: str, on: date
) -> bytes:
    """The report as PDF bytes: A4, or A3 for a ledger; landscape when the table asks."""
    paper = A3 if table.paper == "A3" else A4
    size = landscape(paper) if table.landscape else paper
    out = io.BytesIO()
    width = size[0] - 35 * mm
    for head_on_tail in (False, True):
        out = io.BytesIO()
        doc = _Document(
            out, pagesize=size, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=18 * mm,
            bottomMargin=15 * mm, title=table.title, author=agency, creator="Kho vật chứng THADS",
        )  # fmt: skip
        story: list[Flowable] = [
            _header(table, managing_agency, agency, place, on, width),
            parts.space(4),
            parts.p(table.title.upper(), parts.TITLE),
            *(parts.p(line, parts.SUBTITLE) for line in table.subtitle),
            parts.space(3),
            *_body_and_end(table, width, head_on_tail=head_on_tail),
        ]
        # Dated and invariant: the same report for the same day is the same bytes.
        doc.build(story, onFirstPage=_number, onLaterPages=_number, canvasmaker=dated_canvas(on))
        if head_on_tail or not doc.tail_alone:
            break
    return out.getvalue()


#: Data rows kept with the totals and the signatures on the last page.
TAIL_ROWS = 2


class _Document(SimpleDocTemplate):  # type: ignore[misc]
    """Notes whether the tail (last rows and signatures) started a page of its own."""

    tail_alone = False
    _last_page = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, (ActionFlowable, Spacer)):
            return  # page and frame breaks, spaces: not content
        if getattr(flowable, "report_tail", False) and self.page != self._last_page:
            self.tail_alone = True
        self._last_page = self.page


def _body_and_end(table: ReportTable, width: float, *, head_on_tail: bool) -> list[Flowable]:
    """The table's rows but the last ``TAIL_ROWS``, then one KeepTogether of those rows, the
    totals, the footer lines and the signature blocks."""
    split = max(len(table.rows) - TAIL_ROWS, 0)
    body: list[Flowable] = []
    if split:
        body.append(_grid(table, width, table.rows[:split], totals=False))
    tail = _grid(table, width, table.rows[split:], totals=True, head=not split or head_on_tail)
    setattr(tail, "report_tail", bool(split))  # noqa: B010 (a mark reportlab lets be)
    end: list[Flowable] = [tail, parts.space(3), *(parts.p(line) for line in table.footer)]
    if not table.signers:
        return [*body, KeepTogether(end)]
    blocks = [
        parts.Signature(s.position.upper(), s.hint, s.name or parts.BLANK_NAME)
        for s in table.signers
    ]
    return [*body, parts.signatures(blocks, width / mm, lead=end)]


def _header(
    table: ReportTable, managing: str, agency: str, place: str, on: date, width: float
) -> Table:
    left = [parts.p(managing.upper(), _SMALL), parts.p(agency.upper(), _SMALL_BOLD)]
    right = [parts.p(NATION, _SMALL_BOLD), parts.p(MOTTO, _MOTTO),
             parts.Rule(stringWidth(MOTTO, SERIF_BOLD, 13)),
             parts.p(f"{place}, {parts.date_words(on)}", _DATE)]  # fmt: skip
    if table.form:
        right.insert(0, parts.p(table.form, _FORM))
        left.insert(0, parts.p(" ", _FORM))
    grid = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return grid


def _grid(
    table: ReportTable,
    width: float,
    rows: Sequence[Sequence[Cell]],
    *,
    totals: bool,
    head: bool = True,
) -> Table:
    """The ruled table of ``rows`` (with the header row when ``head``, and the totals row when
    ``totals``); every part has the same column widths, so the parts join as one table."""
    size = _font_size(table)
    cell = ParagraphStyle("report_cell", fontName=SERIF, fontSize=size, leading=size + 2)
    head_style = ParagraphStyle("report_cell_head", parent=parts.CELL_HEAD, fontSize=size,
                                leading=size + 2)  # fmt: skip
    widths = _widths(table, width, size)
    first = 1 if head else 0
    data: list[Sequence[object]] = []
    if head:
        data.append([parts.p(c.header, head_style) for c in table.columns])
    data += [
        [_fit(cell_text(v, table.lang), w, cell, size) for v, w in zip(row, widths, strict=False)]
        for row in rows
    ]
    with_totals = totals and table.totals is not None
    if with_totals and table.totals is not None:
        data.append([cell_text(v, table.lang) for v in table.totals])
    if not data:
        data.append(["" for _ in table.columns])
    grid = Table(data, colWidths=widths, repeatRows=first)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, first), (-1, -1), SERIF, size, size + 2),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    if head:
        commands.append(("VALIGN", (0, 0), (-1, 0), "MIDDLE"))
    for i, column in enumerate(table.columns):
        if column.align is not Align.LEFT and len(data) > first:
            commands.append(("ALIGN", (i, first), (i, -1), column.align.value.upper()))
    if with_totals:
        commands.append(("FONT", (0, -1), (-1, -1), SERIF_BOLD, size, size + 2))
    grid.setStyle(TableStyle(commands))
    return grid


def _font_size(table: ReportTable) -> int:
    """10 pt; 9 pt for a wide table (more than 12 columns, e.g. the auction ledger's 14)."""
    return _FONT_SIZE if len(table.columns) <= 12 else _FONT_SIZE - 1


def _widths(table: ReportTable, width: float, size: int) -> list[float]:
    """The page width shared in proportion to the columns' relative widths, except that a
    column is never narrower than its longest header word or its widest number or date
    (those never wrap mid-number): the others give up the difference in proportion."""
    columns = table.columns
    least = [stringWidth(w, SERIF_BOLD, size) for w in (max(c.header.split() or [""], key=len)
             for c in columns)]  # fmt: skip
    rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
    for row in rows:
        for i, value in enumerate(row[: len(columns)]):
            if value is not None and not isinstance(value, str):
                least[i] = max(
                    least[i], stringWidth(cell_text(value, table.lang), SERIF_BOLD, size)
                )
    least = [w + 2 * _PAD + 1 for w in least]
    if sum(least) >= width:
        return [width * w / sum(least) for w in least]
    fixed: set[int] = set()
    while True:
        share = sum(c.width for i, c in enumerate(columns) if i not in fixed) or 1
        room = width - sum(least[i] for i in fixed)
        widths = [least[i] if i in fixed else room * c.width / share for i, c in enumerate(columns)]
        short = {i for i, w in enumerate(widths) if i not in fixed and w < least[i]}
        if not short:
            return widths
        fixed |= short


def _fit(text: str, width: float, style: ParagraphStyle, size: int) -> object:
    """Plain text when it fits on one line (fast), else a wrapping paragraph."""
    if stringWidth(text, SERIF, size) <= width - 2 * _PAD - 0.5:
        return text
    return parts.p(text, style)


def _number(canvas: Canvas, doc: object) -> None:
    page = canvas.getPageNumber()
    if page > 1:
        canvas.setFont(SERIF, 11)
        w, h = canvas._pagesize
        canvas.drawCentredString(w / 2, h - 10 * mm, str(page))
