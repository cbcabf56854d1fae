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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class _Frame:
    """Everything about a label's format that does not depend on its text, in dots."""

    width: int
    height: int
    left: int
    room: int
    name_y: int
    name_h: int
    bar_y: int
    bar_h: int
    code_y: int
    code_h: int
    line_ys: tuple[int, ...]
    line_h: int
    least_h: int


@lru_cache(maxsize=32)
def _frame(spec: LabelSize, dpi: int, lines: int, title_pt: float) -> _Frame:
    per_mm = dpi / 25.4
    box = layout(spec, lines, title_pt)
    width, left = round(spec.width * per_mm), round(spec.pad_x * per_mm)
    return _Frame(
        width=width,
        height=round(spec.height * per_mm),
        left=left,
        room=width - 2 * left,
        name_y=round(box.name_top * per_mm),
        name_h=_dots(title_pt, dpi),
        bar_y=round(box.bar_top * per_mm),
        bar_h=round(box.bar_height * per_mm),
        code_y=round(box.code_top * per_mm),
        code_h=_dots(spec.code_pt, dpi),
        line_ys=tuple(round(top * per_mm) for top in box.line_tops),
        line_h=_dots(spec.line_pt, dpi),
        least_h=_dots(spec.min_pt, dpi),
    )


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
    f = _frame(spec, dpi, len(lines), name_pt(spec, label))
    bars_left, module = _bars(_DIGIT.sub("0", label.code), spec, dpi, f.width)
    code = _escape(label.code)
    parts = [
        f"^XA^CI28^PW{f.width}^LL{f.height}^LH0,0",
        _text(Line("", clean(label.name) or "—"), f, f.name_y, f.name_h),
        f"^FO{bars_left},{f.bar_y}^BY{module}^BCN,{f.bar_h},N,N,N,A^FD{label.code}^FS",
        f"^FO0,{f.code_y}^FB{f.width},1,0,C^A0N,{f.code_h},{f.code_h}^FH^FD{code}^FS",
    ]
    parts += [_text(line, f, y, f.line_h) for line, y in zip(lines, f.line_ys, strict=True)]
    parts.append("^XZ\n")
    return "\n".join(parts)


def _text(line: Line, f: _Frame, y: int, height: int) -> str:
    length = len(line.caption) + len(line.value)
    if length * CHAR_WIDTH * height > f.room:  # shrink to the smallest readable size, then cut
        height = max(f.least_h, int(f.room / (CHAR_WIDTH * length)))
        keep = max(0, int(f.room / (CHAR_WIDTH * height)) - len(line.caption))
        text = _escape(line.caption + cut(line.value, keep, line.cut_start))
    else:
        text = _escape(line.caption + line.value)
    return f"^FO{f.left},{y}^A0N,{height},{height}^FH^FD{text}^FS"


def _dots(pt: float, dpi: int) -> int:
    return max(10, round(pt * dpi / 72))


def _escape(text: str) -> str:
    """Field data with ZPL's command characters as ^FH hex escapes."""
    if "_" in text or "^" in text or "~" in text:
        return text.translate(_ESCAPES)
    return text
