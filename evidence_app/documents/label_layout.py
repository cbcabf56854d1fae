"""What a label says and where it goes, shared by the PDF and the ZPL output.

Sizes are in millimetres from the label's top-left corner. The barcode's module width is a
whole number of printer dots (0.25 mm = 2 dots at 203 dpi at least), with a quiet zone of
ten modules on each side inside the label; text is shrunk, then cut with an ellipsis, so
nothing ever runs off the label.

No text is smaller than ``MIN_TEXT_PT`` (6 pt): rendered on a 203 dpi head, 4 pt Liberation
Sans drops one of the two stacked marks of "ầ", "Ễ" (7.8 dots of cap height leave no row
for them), 5 pt merges them; from 6 pt (11.6 dots of cap height) both marks print apart.
The 50 × 30 label gives up the transferring body's line to keep its lines at that size.
A4 sheets keep every mark ``SHEET_SAFE_MM`` from the paper's edge, beyond the unprintable
margin of office laser printers (about 5 mm): the labels of the outer rows and columns
draw inside a box shrunk on that side.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date

from evidence_app.domain.errors import ValidationError

MM_PER_PT = 25.4 / 72
QUIET_MODULES = 10
MIN_MODULE_MM = 0.25
#: The smallest text on any label, in points (about 11.6 dots of cap height at 203 dpi).
MIN_TEXT_PT = 6.0
#: Distance from an A4 sheet's edge that no mark comes nearer (office lasers leave ~5 mm).
SHEET_SAFE_MM = 6.5
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class LabelData:
    """One item's label: the code as bars and text, and what a keeper reads on the shelf."""

    code: str
    name: str
    case_name: str
    owner: str
    transferring_body: str
    received_on: date
    location: str
    #: Plate, frame and engine numbers, IMEI… as typed at intake (one free text); "" if none.
    identifiers: str = ""


@dataclass(frozen=True, slots=True)
class LocationLabelData:
    """A shelf or bin label: its code, its name and the warehouse."""

    code: str
    name: str
    warehouse: str


@dataclass(frozen=True, slots=True)
class LabelSize:
    key: str
    width: float
    height: float
    pad_x: float
    pad_y: float
    #: Clear margin at the label's edge, outside the barcode's quiet zones.
    edge: float
    name_pt: float
    code_pt: float
    line_pt: float
    min_pt: float
    #: Widest module, in dots of a 203 dpi head (the narrowest is 0.25 mm).
    max_module_dots: int
    #: Sheets: the page and the grid of labels on it; thermal sizes are one label a page.
    page: tuple[float, float] | None = None
    columns: int = 1
    rows: int = 1
    margin: tuple[float, float] = (0.0, 0.0)
    #: Lines an item's identifiers may take (the bars give up that height when there are any).
    identifier_lines: int = 1
    #: Whether the label has a line for the transferring body (not on the smallest size).
    transferring_body_line: bool = True

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


SIZES: dict[str, LabelSize] = {
    "50x30": LabelSize(
        "50x30",
        50,
        30,
        1.6,
        1.2,
        1.0,
        7,
        7.5,
        6,
        MIN_TEXT_PT,
        2,
        identifier_lines=2,
        transferring_body_line=False,
    ),
    "100x50": LabelSize(
        "100x50", 100, 50, 3.5, 2.5, 2.0, 11, 11, 8, MIN_TEXT_PT, 3, identifier_lines=2
    ),
    # 3 × 8 labels of 70 × 37 mm on A4 (the common sheet: no side margins, 0.5 mm top).
    "a4": LabelSize(
        "a4", 70, 37, 4, 2.5, 3.0, 8, 9, 6, MIN_TEXT_PT, 3, (210, 297), 3, 8, (0.0, 0.5), 2
    ),
}


def label_size(key: str) -> LabelSize:
    try:
        return SIZES[key.lower().replace("×", "x")]
    except KeyError:
        raise ValidationError("validation.value", field="field.label_size", value=key) from None


@dataclass(frozen=True, slots=True)
class Layout:
    """Vertical positions (tops, mm) of the name, the bars, the code text and the lines."""

    name_top: float
    bar_top: float
    bar_height: float
    code_top: float
    line_tops: tuple[float, ...]


def layout(size: LabelSize, lines: int, name_pt: float) -> Layout:
    """Text at fixed sizes top and bottom; the bars take the height that is left."""
    name_h = name_pt * 1.2 * MM_PER_PT
    code_h = size.code_pt * 1.15 * MM_PER_PT
    line_h = size.line_pt * 1.2 * MM_PER_PT
    gap = 0.6
    bar_top = size.pad_y + name_h + gap
    lines_top = size.height - size.pad_y - lines * line_h
    code_top = lines_top - gap / 2 - code_h
    return Layout(
        name_top=size.pad_y,
        bar_top=bar_top,
        bar_height=max(4.0, code_top - bar_top),
        code_top=code_top,
        line_tops=tuple(lines_top + i * line_h for i in range(lines)),
    )


def module_dots(modules: int, available_mm: float, dpi: int, max_dots: int) -> float:
    """Module width in dots: the widest whole number that fits, at least 0.25 mm.

    ``max_dots`` is the widest module in dots of a 203 dpi head; at ``dpi`` it is the same
    width in millimetres, so ``max_dots × dpi / 203`` dots (3 dots, 0.375 mm, at 203 dpi
    are 4 dots, 0.339 mm, at 300 dpi).

    A code too long for that gets a fractional module that still fits: narrower bars
    print less reliably, but a barcode cut by the label's edge never scans.
    """
    dot = 25.4 / dpi
    total = modules + 2 * QUIET_MODULES
    least = max(1, math.ceil(MIN_MODULE_MM / dot - 0.01))
    widest = max(least, round(max_dots * dpi / 203))
    fits = math.floor(available_mm / dot / total)
    if fits >= least:
        return float(min(widest, fits))
    return available_mm / dot / total


@dataclass(frozen=True, slots=True)
class Line:
    """A caption and its value; a value too long is cut at its end, or at its start."""

    caption: str
    value: str
    cut_start: bool = False


def item_lines(label: LabelData, size: LabelSize) -> list[Line]:
    """The small lines under the code (a place keeps its most specific, last part).

    Identifiers come first, as typed (the handover minutes print the same text); a label
    without them has exactly its five lines (four on 50 × 30, without the transferring body).
    """
    body = [Line("Cơ quan giao: ", clean(label.transferring_body) or "—")]
    return [
        *identifier_lines(label.identifiers, size.identifier_lines, _line_chars(size)),
        Line("Vụ việc: ", clean(label.case_name) or "—"),
        Line("Chủ sở hữu: ", clean(label.owner) or "—"),
        *(body if size.transferring_body_line else []),
        Line("Ngày nhận: ", f"{label.received_on:%d/%m/%Y}"),
        Line("Vị trí: ", clean(label.location) or "—", cut_start=True),
    ]


IDENTIFIERS_CAPTION = "Nhận dạng: "
#: A generous average advance of a character, per unit of font size (Liberation Sans).
AVERAGE_CHAR = 0.55
#: Where a long identifiers text may be broken, best first: between items, then between words.
_BREAKS = ("; ", ", ", " ")


def identifier_lines(identifiers: str, most: int, line_chars: int) -> list[Line]:
    """Up to ``most`` lines of identifiers: a text longer than ``line_chars`` (caption
    included) is broken where the halves are most even; each line is then fitted alone."""
    text = clean(identifiers)
    if not text:
        return []
    parts = [text]
    while (
        len(parts) < most
        and len(IDENTIFIERS_CAPTION) + sum(map(len, parts)) > len(parts) * line_chars
        and (split := _halves(parts[-1], len(IDENTIFIERS_CAPTION) if len(parts) == 1 else 0))
    ):
        parts[-1:] = split
    return [Line(IDENTIFIERS_CAPTION if i == 0 else "", part) for i, part in enumerate(parts)]


def _line_chars(size: LabelSize) -> int:
    """About how many characters a line holds at its full size (an estimate: no fonts here)."""
    return int((size.width - 2 * size.pad_x) / (size.line_pt * MM_PER_PT * AVERAGE_CHAR))


def _halves(text: str, lead: int) -> list[str] | None:
    """``text`` in two at the most even break of the best kind it has (the first half
    behind ``lead`` characters of caption); None if it has none."""
    for mark in _BREAKS:
        starts = [i for i in range(1, len(text)) if text.startswith(mark, i)]
        if starts:
            at = min(starts, key=lambda i: abs(len(text) - 2 * i - len(mark) - lead))
            return [text[:at] + mark.rstrip(), text[at + len(mark) :]]
    return None


def name_pt(size: LabelSize, label: LabelData | LocationLabelData) -> float:
    """A location's name is read from across the aisle: larger than an item's."""
    return size.name_pt * (1.0 if isinstance(label, LabelData) else 1.6)


def location_lines(label: LocationLabelData) -> list[Line]:
    return [Line("Kho: ", clean(label.warehouse) or "—")]


def clean(text: str) -> str:
    """One line of composed Unicode (the fonts have precomposed Vietnamese letters)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cut(text: str, keep: int, from_start: bool = False) -> str:
    """``text`` cut to ``keep`` characters, the ellipsis included."""
    if len(text) <= keep:
        return text
    if keep <= 1:
        return ELLIPSIS[:keep]
    if from_start:
        return ELLIPSIS + text[len(text) - keep + 1 :].lstrip()
    return text[: keep - 1].rstrip() + ELLIPSIS
