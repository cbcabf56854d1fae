"""Building blocks of the body: styles, paragraphs, item tables, signatures, recipients."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from evidence_app.documents.content import Signer
from evidence_app.documents.fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, register_fonts
from evidence_app.domain import display
from evidence_app.domain.clock import agency_time

register_fonts()
BODY = ParagraphStyle("body", fontName=SERIF, fontSize=13, leading=17, alignment=TA_JUSTIFY)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", parent=CENTRE, fontName=SERIF_BOLD, fontSize=14, leading=18)
SUBTITLE = ParagraphStyle("subtitle", parent=CENTRE, fontName=SERIF_BOLD, fontSize=13)
CELL = ParagraphStyle("cell", fontName=SERIF, fontSize=11, leading=13, alignment=TA_LEFT)
CELL_CENTRE = ParagraphStyle("cell_centre", parent=CELL, alignment=TA_CENTER)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL_CENTRE, fontName=SERIF_BOLD)
SIGN_POSITION = ParagraphStyle("sign_pos", parent=CENTRE, fontName=SERIF_BOLD, fontSize=13)
SIGN_POSITION_SMALL = ParagraphStyle("sign_pos_small", parent=SIGN_POSITION, fontSize=12)
SIGN_HINT = ParagraphStyle("sign_hint", parent=CENTRE, fontSize=12, leading=14)
RECIPIENTS_HEAD = ParagraphStyle("rcpt_head", fontName=SERIF_BOLD_ITALIC, fontSize=12, leading=14)
RECIPIENTS = ParagraphStyle("rcpt", fontName=SERIF, fontSize=11, leading=13)
SIGNATURE_SPACE = 24 * mm
SECTION = ParagraphStyle("section", parent=BODY, spaceBefore=4)
#: Left and right padding of a signature column (points): narrow, so "NGƯỜI LẬP PHIẾU"
#: keeps to one line in a row of four.
_CELL_PADDING = 2


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text, escaped; a newline breaks the line."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def markup(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def labelled(label: str, value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """ "Label: value" with the value as given (escaped)."""
    return Paragraph(f"{escape(label)}: {escape(value) or '…'}", style)


#: Where a name is left blank, room to write it in by hand.
BLANK_NAME = "…………………………"
#: Under a signature block whose role no user holds: said plainly, so the clerk sees that
#: the name is to be written in by hand, not that the software forgot it.
UNASSIGNED = "(Chưa phân công)"


def person(signer: Signer) -> str:
    """ "Nguyễn Văn Đức, Chấp hành viên" (a dotted blank for a name not yet known)."""
    return f"{signer.name or BLANK_NAME}, {signer.position}"


def space(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def vn_number(value: Decimal | int | None) -> str:
    """1.234,5 — dot thousands, comma decimals, no trailing zeros; "" for None
    (``domain.display.number``, the one way papers, reports and screens write numbers)."""
    return display.number(value, "vi")


def vietnam_time(moment: datetime) -> datetime:
    """Wall-clock time in Vietnam (UTC+7, no daylight saving) for an aware time."""
    return agency_time(moment) if moment.tzinfo else moment


def vn_date(day: date | None) -> str:
    return display.day(day)


def date_words(day: date) -> str:
    """ "ngày 05 tháng 3 năm 2026": day and months 1–2 with a leading zero (Decree 30)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


class Rule(Flowable):  # type: ignore[misc]
    """A centred horizontal rule of a given width, under the line above it, clear of the
    dots below its letters (ộ, ị)."""

    GAP_BEFORE = 2.5

    def __init__(self, width: float, gap_after: float = 5) -> None:
        super().__init__()
        self.rule_width = width
        self.gap_after = gap_after

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        return avail_width, self.GAP_BEFORE + 2 + self.gap_after

    def draw(self) -> None:
        x = (self.avail_width - self.rule_width) / 2
        y = self.gap_after + 1
        self.canv.setLineWidth(0.6)
        self.canv.line(x, y, x + self.rule_width, y)


def signature(signer: Signer, hint: str = "(Ký, ghi rõ họ tên)") -> Signature:
    """Position bold upper case over the hint in italics; the name in bold below the space
    (``UNASSIGNED`` in italics where no one holds the role)."""
    return Signature(signer.position.upper(), hint, signer.name)


def title_lines(text: str, width: float, style: ParagraphStyle) -> str:
    """``text`` escaped, on one line if it fits ``width`` (points), else broken between words
    where the longer line is shortest ("THỦ TRƯỞNG<br/>CƠ QUAN", never "THỦ TRƯỞNG CƠ<br/>QUAN");
    a text that still cannot fit wraps as usual."""
    words = text.split()
    size, font = style.fontSize, style.fontName

    def wide(part: Sequence[str]) -> float:
        return float(stringWidth(" ".join(part), font, size))

    if len(words) < 2 or wide(words) <= width:
        return escape(text)
    cut = min(range(1, len(words)), key=lambda i: max(wide(words[:i]), wide(words[i:])))
    if max(wide(words[:cut]), wide(words[cut:])) > width:
        return escape(text)
    return f"{escape(' '.join(words[:cut]))}<br/>{escape(' '.join(words[cut:]))}"


def _name(name: str, style: ParagraphStyle) -> Paragraph:
    if name:
        return p(name, style)
    return markup(f"<i>{escape(UNASSIGNED)}</i>", style)


@dataclass(frozen=True, slots=True)
class Signature:
    position: str
    hint: str
    name: str


def signatures(
    blocks: Sequence[Signature],
    width_mm: float,
    lead: Sequence[Flowable] = (),
    tail: Sequence[Flowable] = (),
) -> KeepTogether:
    """Signature blocks side by side, names aligned on one line, kept on one page with
    ``lead`` (the closing words) and ``tail`` (the recipients), so no signature and no
    "Nơi nhận:" stands alone on a page.

    (One KeepTogether, never nested: reportlab sizes a nested one as a whole page.)
    """
    count = max(len(blocks), 1)
    style = SIGN_POSITION if count < 4 else SIGN_POSITION_SMALL
    column = width_mm / count * mm
    room = column - 2 * _CELL_PADDING
    rows = [
        [
            [
                markup(title_lines(b.position, room, style), style),
                markup(f"<i>{escape(b.hint)}</i>", SIGN_HINT),
            ]
            for b in blocks
        ],
        [Spacer(1, SIGNATURE_SPACE) for _ in blocks],
        [_name(b.name, style) for b in blocks],
    ]
    grid = Table(rows, colWidths=[column] * count)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ]
        )
    )
    return _Signatures([*lead, space(4), grid, *tail])


class _Signatures(KeepTogether):  # type: ignore[misc]
    """The signature blocks with their closing words (``keep_closing`` joins "Nơi nhận:")."""


class _Recipients(KeepTogether):  # type: ignore[misc]
    """ "Nơi nhận:" and its list."""


def keep_closing(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with each "Nơi nhận:" block joined to the signatures just above it, so
    neither stands alone at the top of a page (Decree 30/2020, Appendix I: the recipients
    close the text with its signer); one KeepTogether, never nested."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, _Recipients) and out and isinstance(out[-1], _Signatures):
            out[-1] = KeepTogether([*out[-1]._content, *flowable._content])
        else:
            out.append(flowable)
    return out


def recipients(lines: Sequence[str]) -> list[Flowable]:
    """ "Nơi nhận:" bold italic 12 pt over an 11 pt list."""
    return [p("Nơi nhận:", RECIPIENTS_HEAD), *(p(f"- {line}", RECIPIENTS) for line in lines)]


def recipients_block(lines: Sequence[str]) -> KeepTogether:
    """ "Nơi nhận:" and its list kept on one page, below the signatures (and with them, see
    ``keep_closing``)."""
    return _Recipients([space(4), *recipients(lines)])


def recipients_and_signer(
    lines: Sequence[str], signer: Signature, width_mm: float, lead: Sequence[Flowable] = ()
) -> KeepTogether:
    """Decree 30's closing row: recipients bottom left, the signer on the right; kept on
    one page with ``lead``."""
    room = width_mm * 0.55 * mm - 12  # reportlab's default cell padding, 6 pt a side
    block = [
        markup(title_lines(signer.position, room, SIGN_POSITION), SIGN_POSITION),
        markup(f"<i>{escape(signer.hint)}</i>", SIGN_HINT),
        Spacer(1, SIGNATURE_SPACE),
        _name(signer.name, SIGN_POSITION),
    ]
    row = Table(
        [[recipients(lines), block]], colWidths=[width_mm * 0.45 * mm, width_mm * 0.55 * mm]
    )
    row.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
    )
    return KeepTogether([*lead, space(4), row])


def order_closing(
    recipients: Sequence[str], head: Signer, officer: Signer, keeper: Signer, width_mm: float
) -> list[Flowable]:
    """The close of an entry or release order (D65, D66): who carries it out, the recipients
    and the head's signature with the seal, kept with the table's last row by the caller."""
    return [
        space(3),
        recipients_and_signer(
            recipients or ("Như điều 2;", "Kế toán;", "Lưu: VT, hồ sơ thi hành án."),
            signature(head, "(Ký, ghi rõ họ tên, đóng dấu)"),
            width_mm,
            lead=[
                p(
                    f"2. Ông/bà {person(officer)}, và ông/bà {keeper.name or BLANK_NAME} "
                    "chịu trách nhiệm thi hành Lệnh này."
                )
            ],
        ),
    ]
