"""Reading printed labels back as a scanner and a reader would: pixels and extracted text."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

THERMAL_DPI = 203


@dataclass(frozen=True)
class Page:
    image: Image.Image
    text: str
    #: Page size and every character's box (left, bottom, right, top), in points.
    size: tuple[float, float]
    boxes: list[tuple[float, float, float, float]]

    def codes(self) -> list[str]:
        """Barcodes on the page decoded by zxing-cpp, top to bottom, left to right."""
        found = zxingcpp.read_barcodes(self.image)
        ordered = sorted(found, key=lambda r: (r.position.top_left.y // 40, r.position.top_left.x))
        return [r.text for r in ordered]


def pages(pdf: bytes, dpi: int = THERMAL_DPI) -> list[Page]:
    """Every page rendered at ``dpi`` (grey), with its text and character boxes."""
    document = pdfium.PdfDocument(pdf)
    result = []
    for page in document:
        text_page = page.get_textpage()
        count = text_page.count_chars()
        boxes = [text_page.get_charbox(i) for i in range(count)]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        result.append(Page(image, text_page.get_text_range(), page.get_size(), boxes))
    return result


def all_codes(pdf: bytes, dpi: int = THERMAL_DPI) -> list[str]:
    return [code for page in pages(pdf, dpi) for code in page.codes()]
