"""Barcoded labels as PDF: one 50×30 or 100×50 mm label a page, or A4 sheets of 3 × 8.

The bars come from python-barcode's Code128 encoding and are drawn as filled rectangles
(vector, sharp at any printer resolution); text is Liberation Sans, embedded, so the
Vietnamese survives text extraction.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from barcode.codex import Code128  # type: ignore[import-untyped]
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from evidence_app.documents.fonts import EmbeddedFontCanvas
from evidence_app.documents.label_layout import (
    QUIET_MODULES,
    SHEET_SAFE_MM,
    SIZES,
    LabelData,
    LabelSize,
    Line,
    LocationLabelData,
    clean,
    cut,
    item_lines,
    label_size,
    layout,
    location_lines,
    module_dots,
    name_pt,
)

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SANS, SANS_BOLD = "LabelSans", "LabelSans-Bold"
ASCENT = 0.905  # Liberation Sans, per unit of font size
THERMAL_DPI = 203
_BARS = re.compile("1+")

__all__ = ["SIZES", "LabelData", "LocationLabelData", "code128_modules", "labels_pdf"]


@cache
def register_label_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_DIR / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(FONT_DIR / "LiberationSans-Bold.ttf")))


def code128_modules(code: str) -> str:
    """The Code128 symbol of ``code`` as modules, "1" for a bar (start, check and stop)."""
    return str(Code128(code).build()[0])


def labels_pdf(labels: Sequence[LabelData | LocationLabelData], size: str) -> bytes:
    """The labels as one PDF, in order; item and location labels may be mixed."""
    spec = label_size(size)
    register_label_fonts()
    buffer = io.BytesIO()
    page = spec.page or (spec.width, spec.height)
    canvas = EmbeddedFontCanvas(
        buffer, pagesize=(page[0] * mm, page[1] * mm), pageCompression=1, initialFontName=SANS
    )
    canvas.setTitle("Nhãn mã vạch")
    canvas.setCreator("Kho vật chứng")
    for index, label in enumerate(labels):
        slot = index % spec.per_page
        if index and not slot:
            canvas.showPage()
        _draw(canvas, label, *_slot(spec, slot, page))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _slot(spec: LabelSize, slot: int, page: tuple[float, float]) -> tuple[LabelSize, float, float]:
    """The label in ``slot`` (filled row by row) as drawn: its size, and its bottom-left
    corner in points. On a sheet, a label whose padding would bring a mark nearer the
    paper's edge than ``SHEET_SAFE_MM`` is drawn in a box shrunk on that side."""
    column, row = slot % spec.columns, slot // spec.columns
    left = spec.margin[0] + column * spec.width
    top = spec.margin[1] + row * spec.height
    bottom = page[1] - top - spec.height
    if spec.page is None:
        return spec, left * mm, bottom * mm
    right = page[0] - left - spec.width
    cut_left, cut_right = (max(0.0, SHEET_SAFE_MM - x - spec.pad_x) for x in (left, right))
    cut_top, cut_bottom = (max(0.0, SHEET_SAFE_MM - y - spec.pad_y) for y in (top, bottom))
    box = replace(
        spec, width=spec.width - cut_left - cut_right, height=spec.height - cut_top - cut_bottom
    )
    return box, (left + cut_left) * mm, (bottom + cut_bottom) * mm


def _draw(
    canvas: Canvas, label: LabelData | LocationLabelData, spec: LabelSize, x: float, y: float
) -> None:
    lines = item_lines(label, spec) if isinstance(label, LabelData) else location_lines(label)
    title_pt = name_pt(spec, label)
    box = layout(spec, len(lines), title_pt)
    top = y + spec.height * mm
    width = (spec.width - 2 * spec.pad_x) * mm
    left = x + spec.pad_x * mm

    name, size = fit(Line("", clean(label.name) or "—"), SANS_BOLD, title_pt, spec.min_pt, width)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawString(left, top - box.name_top * mm - ASCENT * size, name)

    pattern = code128_modules(label.code)
    available = spec.width - 2 * spec.edge
    module = module_dots(len(pattern), available, THERMAL_DPI, spec.max_module_dots)
    module_mm = module * 25.4 / THERMAL_DPI
    symbol = (len(pattern) + 2 * QUIET_MODULES) * module_mm
    bars_left = (spec.width - symbol) / 2 + QUIET_MODULES * module_mm
    dot = 25.4 / THERMAL_DPI
    bars_left = round(bars_left / dot) * dot  # on a thermal head's dot grid
    bars_bottom = top - (box.bar_top + box.bar_height) * mm
    _draw_bars(canvas, pattern, x + bars_left * mm, bars_bottom, module_mm * mm, box.bar_height)

    code_width = max(width, len(pattern) * module_mm * mm)
    code, size = fit(Line("", label.code), SANS_BOLD, spec.code_pt, 1.0, code_width)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(x + spec.width / 2 * mm, top - box.code_top * mm - ASCENT * size, code)

    for line, line_top in zip(lines, box.line_tops, strict=True):
        text, size = fit(line, SANS, spec.line_pt, spec.min_pt, width)
        canvas.setFont(SANS, size)
        canvas.drawString(left, top - line_top * mm - ASCENT * size, text)


def _draw_bars(
    canvas: Canvas, pattern: str, left: float, bottom: float, module: float, height_mm: float
) -> None:
    path = canvas.beginPath()
    height = height_mm * mm
    for run in _BARS.finditer(pattern):
        path.rect(left + run.start() * module, bottom, (run.end() - run.start()) * module, height)
    canvas.drawPath(path, stroke=0, fill=1)


def fit(line: Line, font: str, size: float, least: float, width: float) -> tuple[str, float]:
    """The line's text and font size within ``width`` points: shrunk, then cut."""
    text = line.caption + line.value
    natural = pdfmetrics.stringWidth(text, font, size)
    if natural <= width:
        return text, size
    shrunk = math.floor(size * width / natural * 10) / 10  # widths grow linearly with size
    if shrunk >= least:
        return text, shrunk
    low, high = 0, len(line.value)
    while low < high:
        middle = (low + high + 1) // 2
        candidate = line.caption + cut(line.value, middle, line.cut_start)
        if pdfmetrics.stringWidth(candidate, font, least) <= width:
            low = middle
        else:
            high = middle - 1
    return line.caption + cut(line.value, low, line.cut_start), least
