"""Reading rendered documents back: text per page, page images, QR codes."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp
from PIL import Image


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of each page, lines joined with spaces."""
    document = pdfium.PdfDocument(pdf)
    texts = []
    for page in document:
        raw = page.get_textpage().get_text_range()
        texts.append(" ".join(raw.split()))
    return texts


def page_images(pdf: bytes, dpi: int = 100) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    return [page.render(scale=dpi / 72).to_pil() for page in document]


def qr_texts(image: Image.Image) -> list[str]:
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def text_fonts(pdf: bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded?) of every text object on every page."""
    found = set()
    for page in pdfium.PdfDocument(pdf):
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=5):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            name = ctypes.create_string_buffer(200)
            pdfium_c.FPDFFont_GetBaseFontName(font, name, 200)
            found.add((name.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return found
