"""Any ReportTable as PDF: the Decree 30 header, the title, a ruled table, page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from evidence_app.documents import parts
from evidence_app.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from evidence_app.documents.page import MOTTO, NATION
from evidence_app.reports.cells import cell_text
from evidence_app.reports.table import Align, ReportTable

_SMALL = ParagraphStyle("report_head", parent=parts.CENTRE, fontSize=12, leading=14)
_SMALL_BOLD = ParagraphStyle("report_head_bold", parent=_SMALL, fontName=SERIF_BOLD)
_MOTTO = ParagraphStyle("report_motto", parent=_SMALL_BOLD, fontSize=13)
_DATE = ParagraphStyle("report_date", parent=_SMALL, fontName=SERIF_ITALIC)
_FORM = ParagraphStyle("report_form", parent=_SMALL, fontName=SERIF_ITALIC, fontSize=10)
_FONT_SIZE, _LEADING, _PAD = 10, 12, 2


def render_pdf(
    table: ReportTable, managing_agency: str, agency: str, place: str, on: date
) -> bytes:
    """The report as A4 PDF bytes (landscape when the table asks for it)."""
    size = landscape(A4) if table.landscape else A4
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=size, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=18 * mm,
        bottomMargin=15 * mm, title=table.title, author=agency, creator="Kho vật chứng THADS",
    )  # fmt: skip
    width = size[0] - 35 * mm
    story: list[Flowable] = [
        _header(table, managing_agency, agency, place, on, width),
        parts.space(4),
        parts.p(table.title.upper(), parts.TITLE),
        *(parts.p(line, parts.SUBTITLE) for line in table.subtitle),
        parts.space(3),
        _grid(table, width),
        parts.space(3),
        *(parts.p(line) for line in table.footer),
    ]
    doc.build(story, onFirstPage=_number, onLaterPages=_number)
    return out.getvalue()


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


def _grid(table: ReportTable, width: float) -> Table:
    total = sum(c.width for c in table.columns) or 1
    widths = [width * c.width / total for c in table.columns]
    head = [parts.p(c.header, parts.CELL_HEAD) for c in table.columns]
    data: list[Sequence[object]] = [head]
    data += [
        [_fit(cell_text(v), w) for v, w in zip(row, widths, strict=False)] for row in table.rows
    ]
    if table.totals is not None:
        data.append([cell_text(v) for v in table.totals])
    grid = Table(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), SERIF, _FONT_SIZE, _LEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    for i, column in enumerate(table.columns):
        if column.align is not Align.LEFT:
            commands.append(("ALIGN", (i, 1), (i, -1), column.align.value.upper()))
    if table.totals is not None:
        commands.append(("FONT", (0, -1), (-1, -1), SERIF_BOLD, _FONT_SIZE, _LEADING))
    grid.setStyle(TableStyle(commands))
    return grid


_CELL = ParagraphStyle("report_cell", fontName=SERIF, fontSize=_FONT_SIZE, leading=_LEADING)


def _fit(text: str, width: float) -> object:
    """Plain text when it fits on one line (fast), else a wrapping paragraph."""
    if stringWidth(text, SERIF, _FONT_SIZE) <= width - 2 * _PAD - 0.5:
        return text
    return parts.p(text, _CELL)


def _number(canvas: Canvas, doc: object) -> None:
    page = canvas.getPageNumber()
    if page > 1:
        canvas.setFont(SERIF, 11)
        w, h = canvas._pagesize
        canvas.drawCentredString(w / 2, h - 10 * mm, str(page))
