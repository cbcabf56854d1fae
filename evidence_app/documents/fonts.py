"""The fonts documents are set in, registered once with reportlab and embedded in every PDF.

Liberation Serif is metric-compatible with Times New Roman (Decree 30/2020) and covers
every Vietnamese letter with its marks; a TrueType font registered this way is subset and
embedded, so the text extracts as the same Unicode it was written in.

A reportlab canvas starts every page with Helvetica selected, which puts an unembedded
Helvetica in each page's resources even when no text uses it (a PDF/A check rejects
that); a platypus table selects its cells' font (Helvetica unless styled) even around
paragraphs. ``EmbeddedFontCanvas`` starts with the embedded serif instead and turns any
request for a standard, never-embedded font into its initial font, so a PDF declares
only fonts it carries.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

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


class EmbeddedFontCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose initial font is the embedded serif, not reportlab's Helvetica."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # A doc template passes its own initialFontName, None unless it was given one.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        if not pdfmetrics.getFont(psfontname)._dynamicFont:  # a standard font, not embedded
            psfontname = self._initialFontName
        super().setFont(psfontname, size, leading)
