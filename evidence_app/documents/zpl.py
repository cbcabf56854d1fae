"""Labels in ZPL II for Zebra thermal printers (203 or 300 dpi), the same layout as the PDF.

Each label is one ``^XA … ^XZ`` format: ``^CI28`` (UTF-8), ``^PW``/``^LL`` from the size at
the printer's resolution, and ``^BC`` Code128 in automatic mode, which the printer encodes
itself at a module width of whole dots (the same millimetres at 203 and 300 dpi).

A printer's built-in fonts (``^A0`` and the bitmap fonts) have no Vietnamese letters: they
print boxes. So every text is sent as a graphic: fitted by the same measure as the PDF
(Liberation Sans, shrunk to 6 pt at least, then cut), drawn by Pillow at the printer's
resolution one bit a dot, and placed with ``^GFA``: hexadecimal in Zebra's ASCII
compression, which every ZPL II printer reads, with nothing to download first. A ``^FX``
comment before each graphic carries its text, for a reader of the file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from evidence_app.documents.label_layout import (
    QUIET_MODULES,
    LabelData,
    LabelSize,
    Line,
    LocationLabelData,
    clean,
    item_lines,
    label_size,
    layout,
    location_lines,
    module_dots,
    name_pt,
)
from evidence_app.documents.labels import (
    ASCENT,
    FONT_DIR,
    SANS,
    SANS_BOLD,
    code128_modules,
    fit,
    register_label_fonts,
)
from evidence_app.domain.errors import ValidationError

DPIS = (203, 300)
_FILES = {SANS: "LiberationSans-Regular.ttf", SANS_BOLD: "LiberationSans-Bold.ttf"}
_COMMENT = str.maketrans({"^": " ", "~": " "})
_DIGIT = re.compile(r"\d")
PT_PER_MM = 72 / 25.4

__all__ = ["DPIS", "labels_zpl"]


def labels_zpl(labels: Sequence[LabelData | LocationLabelData], size: str, dpi: int = 203) -> str:
    """One ZPL format per label, in order; sheet sizes (A4) do not exist on a Zebra."""
    spec = label_size(size)
    if spec.page is not None:
        raise ValidationError("validation.value", field="field.label_size", value=size)
    if dpi not in DPIS:
        raise ValidationError("validation.value", field="field.dpi", value=dpi)
    register_label_fonts()
    return "".join(_label(label, spec, dpi) for label in labels)


@lru_cache(maxsize=256)
def _bars(shape: str, spec: LabelSize, dpi: int, width: int) -> tuple[int, int]:
    """Left edge and module width (dots) of the bars, centred with their quiet zones.

    The symbol's width depends only on where the digit runs are, so codes of one shape
    (``VC-0000-000000``) share a single encoding.
    """
    modules = len(code128_modules(shape))
    available = spec.width - 2 * spec.edge
    module = max(1, int(module_dots(modules, available, dpi, spec.max_module_dots)))
    left = (width - (modules + 2 * QUIET_MODULES) * module) // 2 + QUIET_MODULES * module
    return left, module


def _label(label: LabelData | LocationLabelData, spec: LabelSize, dpi: int) -> str:
    lines = item_lines(label, spec) if isinstance(label, LabelData) else location_lines(label)
    per_mm = dpi / 25.4
    title_pt = name_pt(spec, label)
    box = layout(spec, len(lines), title_pt)
    width, height = round(spec.width * per_mm), round(spec.height * per_mm)
    left = round(spec.pad_x * per_mm)
    room = (spec.width - 2 * spec.pad_x) * PT_PER_MM
    bars_left, module = _bars(_DIGIT.sub("0", label.code), spec, dpi, width)
    name = Line("", clean(label.name) or "—")
    parts = [
        f"^XA^CI28^PW{width}^LL{height}^LH0,0",
        _text(name, SANS_BOLD, title_pt, spec.min_pt, room, dpi, left, box.name_top),
        f"^FO{bars_left},{round(box.bar_top * per_mm)}^BY{module}"
        f"^BCN,{round(box.bar_height * per_mm)},N,N,N,A^FD{label.code}^FS",
        _text(
            Line("", label.code), SANS_BOLD, spec.code_pt, 1.0, room, dpi, None, box.code_top, width
        ),
    ]
    parts += [
        _text(line, SANS, spec.line_pt, spec.min_pt, room, dpi, left, top)
        for line, top in zip(lines, box.line_tops, strict=True)
    ]
    parts.append("^XZ\n")
    return "\n".join(parts)


def _text(
    line: Line,
    font: str,
    size: float,
    least: float,
    room: float,
    dpi: int,
    left: int | None,
    top_mm: float,
    centre_in: int = 0,
) -> str:
    """The line fitted as in the PDF, as a graphic whose baseline sits where the PDF's does;
    centred in ``centre_in`` dots when ``left`` is None."""
    text, pt = fit(line, font, size, least, room)
    bitmap, rise, data = _bitmap(text, font, pt, dpi)
    x = (centre_in - bitmap) // 2 if left is None else left
    y = round(top_mm * dpi / 25.4 + ASCENT * pt * dpi / 72) - rise
    return f"^FX{text.translate(_COMMENT)}\n^FO{x},{y}{data}^FS"


@lru_cache(maxsize=8192)
def _bitmap(text: str, font: str, pt: float, dpi: int) -> tuple[int, int, str]:
    """``text`` one bit a dot: its width in dots, the rows above its baseline, the ``^GFA``."""
    face = _font(font, round(pt * dpi / 72 * 4) / 4)
    left, top, right, bottom = (int(v) for v in face.getbbox(text, anchor="ls"))
    width, height = max(1, right - min(0, left)), max(1, bottom - top)
    image = Image.new("1", (width, height), 0)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"  # no grey: a dot of the head burns or not
    draw.text((-min(0, left), -top), text, font=face, fill=1, anchor="ls")
    row = math.ceil(width / 8)
    data = compress(image.tobytes().hex().upper(), row * 2)
    return width, -top, f"^GFA,{row * height},{row * height},{row},{data}"


_ONES = "GHIJKLMNOPQRSTUVWXY"  # repeat counts 1 … 19
_TWENTIES = "ghijklmnopqrstuvwxyz"  # repeat counts 20, 40 … 400
_RUN = re.compile(r"([0-9A-F])\1*")


def compress(hexdata: str, row_chars: int) -> str:
    """Zebra's ASCII compression of ``^GFA`` data (ZPL II guide, "Alternative Data
    Compression Scheme"): a row equal to the one above is ``:``, trailing zeros of a row
    ``,``, trailing ones ``!``, and a run of one hex digit its count in letters (G = 1 …
    Y = 19, g = 20 … z = 400, added up) before the digit."""
    out, previous = [], None
    for start in range(0, len(hexdata), row_chars):
        row = hexdata[start : start + row_chars]
        if row == previous:
            out.append(":")
            continue
        previous = row
        body = row.rstrip("0")
        end = "," if len(body) < len(row) else ""
        if not end and row.endswith("F"):
            body, end = row.rstrip("F"), "!"
        out.append("".join(_repeat(m.group(1), len(m.group(0))) for m in _RUN.finditer(body)))
        out.append(end)
    return "".join(out)


def _repeat(digit: str, count: int) -> str:
    if count < 3:
        return digit * count
    code = _TWENTIES[-1] * (count // 400)
    count %= 400
    if count >= 20:
        code += _TWENTIES[count // 20 - 1]
    if count % 20:
        code += _ONES[count % 20 - 1]
    return code + digit


@lru_cache(maxsize=32)
def _font(name: str, pixels: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / _FILES[name]), size=pixels)
