"""The Decree 30/2020 page: A4 margins, the two-column header, page numbers, the footer.

Every page carries in its bottom margin the verification code, the digest of the chain
heads it was printed against and the same as a QR code. Output is deterministic: the
creation date is the document's date and reportlab's invariant mode fixes the rest, so
the same content renders to the same bytes (a reprint is identical).
"""

from __future__ import annotations

import calendar
import io
import time
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from evidence_app.documents import parts
from evidence_app.documents.content import DocumentHeader
from evidence_app.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, EmbeddedFontCanvas
from evidence_app.documents.footer import Stamp, draw_footer

LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 20 * mm, 25 * mm
TEXT_WIDTH_MM = 210 - 30 - 15
LEFT_COLUMN_MM = 74
_AGENCY = ParagraphStyle("agency", parent=parts.CENTRE, fontSize=12, leading=14)
_AGENCY_BOLD = ParagraphStyle("agency_bold", parent=_AGENCY, fontName=SERIF_BOLD)
_NATION = ParagraphStyle("nation", parent=_AGENCY_BOLD, fontSize=12)
_MOTTO = ParagraphStyle("motto", parent=_AGENCY_BOLD, fontSize=13.5, leading=16)
_DATE = ParagraphStyle("date", parent=parts.CENTRE, fontName=SERIF_ITALIC, fontSize=13)
_FORM = ParagraphStyle("form", parent=parts.CENTRE, fontName=SERIF_ITALIC, fontSize=10)
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def header(head: DocumentHeader, form: str = "") -> list[Flowable]:
    """Agencies and number on the left; nation, motto and place-and-date on the right."""
    column = LEFT_COLUMN_MM * mm
    agency = agency_lines(head.agency.upper(), column, _AGENCY_BOLD)
    agency_width = max(stringWidth(line, SERIF_BOLD, 12) for line in agency)
    left = [
        parts.markup(_joined(agency_lines(head.managing_agency.upper(), column, _AGENCY)), _AGENCY),
        parts.markup(_joined(agency), _AGENCY_BOLD),
        parts.Rule(min(max(agency_width / 3, 20 * mm), 40 * mm)),
        parts.p(f"Số: {head.number}", parts.CENTRE),
    ]
    right = [
        parts.p(NATION, _NATION),
        parts.p(MOTTO, _MOTTO),
        parts.Rule(stringWidth(MOTTO, SERIF_BOLD, 13.5)),
        parts.p(f"{head.place}, {parts.date_words(head.issued_on)}", _DATE),
    ]
    if form:
        right.insert(0, parts.p(f"Mẫu số {form}", _FORM))
        left.insert(0, parts.p(" ", _FORM))
    grid = Table(
        [[left, right]], colWidths=[LEFT_COLUMN_MM * mm, (TEXT_WIDTH_MM - LEFT_COLUMN_MM) * mm]
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [grid, parts.space(6)]


#: Where an agency's name turns from what it is to where it is: the natural line break
#: ("THI HÀNH ÁN DÂN SỰ / THÀNH PHỐ HÀ NỘI", never "… THÀNH PHỐ / HÀ NỘI").
_PLACE_WORDS = ("THÀNH PHỐ", "TỈNH", "KHU VỰC", "QUẬN", "HUYỆN", "THỊ XÃ")


def agency_lines(name: str, width: float, style: ParagraphStyle) -> list[str]:
    """``name`` on one line if it fits ``width`` (points); else broken before its place
    ("TỈNH …", "KHU VỰC …") when both halves fit, else where the longer line is shortest."""
    words = name.split()

    def wide(part: Sequence[str]) -> float:
        return float(stringWidth(" ".join(part), style.fontName, style.fontSize))

    if len(words) < 2 or wide(words) <= width:
        return [name]
    places = [
        i
        for i in range(1, len(words))
        if any(" ".join(words[i:]).startswith(f"{place} ") for place in _PLACE_WORDS)
    ]
    fitting = [i for i in places if max(wide(words[:i]), wide(words[i:])) <= width]
    if not fitting:
        fitting = [min(range(1, len(words)), key=lambda i: max(wide(words[:i]), wide(words[i:])))]
        if max(wide(words[: fitting[0]]), wide(words[fitting[0] :])) > width:
            return [name]  # wraps as usual
    cut = fitting[0]
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _joined(lines: Sequence[str]) -> str:
    return "<br/>".join(escape(line) for line in lines)


def title(text: str, *subtitles: str) -> list[Flowable]:
    """The centred bold upper-case title and its bold subtitle lines."""
    flow: list[Flowable] = [parts.p(text.upper(), parts.TITLE)]
    flow += [parts.p(line, parts.SUBTITLE) for line in subtitles]
    return [*flow, parts.space(4)]


def render_pdf(story: Sequence[Flowable], head: DocumentHeader, stamp: Stamp, title: str) -> bytes:
    """Lay the story out on A4 pages with page numbers and the footer; the PDF bytes."""
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=head.agency,
        subject=head.number,
        creator="Kho vật chứng THADS",
        invariant=1,
    )
    frame = Frame(
        LEFT,
        BOTTOM,
        A4[0] - LEFT - RIGHT,
        A4[1] - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def decorate(canvas: Canvas, _doc: Any) -> None:
        _page_number(canvas)
        draw_footer(canvas, head.number, stamp, LEFT, RIGHT, BOTTOM)

    template.addPageTemplates([PageTemplate("page", [frame], onPage=decorate)])
    template.build(parts.keep_closing(story), canvasmaker=_canvas_dated(head.issued_on))
    return out.getvalue()


def _canvas_dated(day: date) -> type[Canvas]:
    """A canvas whose creation date is ``day`` (midnight UTC) instead of the clock's."""
    epoch = calendar.timegm(day.timetuple())

    class DatedCanvas(EmbeddedFontCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            stamp = self._doc._timeStamp
            stamp.t = epoch
            stamp.lt = time.gmtime(epoch)
            stamp.YMDhms = tuple(stamp.lt)[:6]

    return DatedCanvas


#: Reports print through the same dated, invariant canvas: a report made for one day is the
#: same bytes whenever it is made (issue 19: a past period's report never changes).
dated_canvas = _canvas_dated


def _page_number(canvas: Canvas) -> None:
    """From page 2, the number at the top centre (Decree 30, Appendix I)."""
    page = canvas.getPageNumber()
    if page > 1:
        canvas.setFont(SERIF, 13)
        canvas.drawCentredString(LEFT + (A4[0] - LEFT - RIGHT) / 2, A4[1] - 12 * mm, str(page))


__all__ = ["Stamp", "header", "render_pdf", "title"]
