"""The fonts documents are set in, registered once with reportlab and embedded in every PDF.

Liberation Serif is metric-compatible with Times New Roman (Decree 30/2020) and covers
every Vietnamese letter with its marks; a TrueType font registered this way is subset and
embedded, so the text extracts as the same Unicode it was written in.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SERIF = "DocSerif"
SERIF_BOLD = "DocSerif-Bold"
SERIF_ITALIC = "DocSerif-Italic"
SERIF_BOLD_ITALIC = "DocSerif-BoldItalic"
_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@cache
def register_fonts() -> str:
    """Register the serif family (bold, italic, bold italic mapped for <b>/<i>); its name."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF
