"""Labels in ZPL II for Zebra thermal printers (203 or 300 dpi), the same layout as the PDF.

Each label is one ``^XA … ^XZ`` format: ``^CI28`` (UTF-8, for Vietnamese text), ``^PW``/``^LL``
from the size at the printer's resolution, and ``^BC`` Code128 in automatic mode, which the
printer encodes itself. The printer's built-in scalable font ``^A0`` is used; text is
shrunk, then cut, by an estimate of its width, since ZPL cannot measure it. Vietnamese
letters print only if the printer holds a font that has them (a downloaded Unicode font
mapped over ``^A0`` with ``^CW``); the barcode does not depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from evidence_app.documents.label_layout import (
    QUIET_MODULES,
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
from evidence_app.documents.labels import code128_modules
from evidence_app.domain.errors import ValidationError

DPIS = (203, 300)
#: Average advance of ^A0 characters per dot of height (mixed case, a little generous).
CHAR_WIDTH = 0.58
_ESCAPES = str.maketrans({"_": "_5F", "^": "_5E", "~": "_7E"})
_DIGIT = re.compile(r"\d")

__all__ = ["DPIS", "labels_zpl"]


def labels_zpl(labels: Sequence[LabelData | LocationLabelData], size: str, dpi: int = 203) -> str:
    """One ZPL format per label, in order; sheet sizes (A4) do not exist on a Zebra."""
    spec = label_size(size)
    if spec.page is not None:
        raise ValidationError("validation.value", field="field.label_size", value=size)
    if dpi not in DPIS:
        raise ValidationError("validation.value", field="field.dpi", value=dpi)
    return "".join(_label(label, spec, dpi) for label in labels)


def _label(label: LabelData | LocationLabelData, spec: LabelSize, dpi: int) -> str:
    per_mm = dpi / 25.4
    width, height = round(spec.width * per_mm), round(spec.height * per_mm)
    lines = item_lines(label) if isinstance(label, LabelData) else location_lines(label)
    title_pt = name_pt(spec, label)
    box = layout(spec, len(lines), title_pt)
    left = round(spec.pad_x * per_mm)
    room = width - 2 * left
    least = spec.min_pt

    modules = _module_count(_DIGIT.sub("0", label.code))
    module = max(
        1, int(module_dots(modules, spec.width - 2 * spec.edge, dpi, spec.max_module_dots))
    )
    bars_left = (width - (modules + 2 * QUIET_MODULES) * module) // 2 + QUIET_MODULES * module
    code_h = _dots(spec.code_pt, dpi)
    parts = [
        f"^XA^CI28^PW{width}^LL{height}^LH0,0",
        _text(Line("", clean(label.name) or "—"), left, box.name_top, title_pt, least, dpi, room),
        f"^FO{bars_left},{round(box.bar_top * per_mm)}^BY{module}"
        f"^BCN,{round(box.bar_height * per_mm)},N,N,N,A^FD{label.code}^FS",
        f"^FO0,{round(box.code_top * per_mm)}^FB{width},1,0,C"
        f"^A0N,{code_h},{code_h}^FH^FD{_escape(label.code)}^FS",
    ]
    parts += [
        _text(line, left, top, spec.line_pt, least, dpi, room)
        for line, top in zip(lines, box.line_tops, strict=True)
    ]
    parts.append("^XZ\n")
    return "\n".join(parts)


def _text(
    line: Line, left: int, top_mm: float, pt: float, least: float, dpi: int, room: int
) -> str:
    height = _dots(pt, dpi)
    length = len(line.caption) + len(line.value)
    if length * CHAR_WIDTH * height > room:  # shrink to the smallest readable size, then cut
        height = max(_dots(least, dpi), int(room / (CHAR_WIDTH * length)))
    keep = max(0, int(room / (CHAR_WIDTH * height)) - len(line.caption))
    text = line.caption + cut(line.value, keep, line.cut_start)
    y = round(top_mm * dpi / 25.4)
    return f"^FO{left},{y}^A0N,{height},{height}^FH^FD{_escape(text)}^FS"


@lru_cache(maxsize=256)
def _module_count(shape: str) -> int:
    """Symbol width in modules; it depends only on where the digit runs are, so codes of
    one shape (``VC-0000-000000``) share a single encoding."""
    return len(code128_modules(shape))


def _dots(pt: float, dpi: int) -> int:
    return max(10, round(pt * dpi / 72))


def _escape(text: str) -> str:
    """Field data with ZPL's command characters as ^FH hex escapes."""
    if "_" in text or "^" in text or "~" in text:
        return text.translate(_ESCAPES)
    return text
