"""Labels as the printers print them: text legible on a 203 dpi head, ink inside what an
office printer prints on A4 sheets, barcodes that decode from the PDF and from the ZPL at
203 and 300 dpi, and ZPL text that prints as Vietnamese letters (issue 20)."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics

from evidence_app.documents.label_layout import MIN_TEXT_PT, SIZES
from evidence_app.documents.labels import FONT_DIR, SANS, labels_pdf, register_label_fonts
from evidence_app.documents.zpl import compress, labels_zpl
from tests.documents.test_labels import ITEM, LONG, PHONE, SHELF, VEHICLE
from tests.label_pdf import all_codes
from tests.zpl_render import expand, render

LABELS = [ITEM, LONG, VEHICLE, PHONE, SHELF]
THERMAL = ["50x30", "100x50"]


def _font_sizes(pdf: bytes) -> list[float]:
    sizes = []
    for page in pdfium.PdfDocument(pdf):
        text = page.get_textpage()
        sizes += [
            pdfium_c.FPDFText_GetFontSize(text.raw, i)
            for i in range(text.count_chars())
            if not text.get_text_range(i, 1).isspace()
        ]
    return sizes


@pytest.mark.parametrize("size", sorted(SIZES))
def test_no_text_is_smaller_than_a_203_dpi_head_prints_with_its_marks(size: str) -> None:
    """6 pt at least: 11 dots or more of cap height, room for two stacked marks (ầ, Ễ);
    at 4 pt (7.8 dots) one of them is lost."""
    register_label_fonts()
    cap_height = pdfmetrics.getFont(SANS).face.capHeight / 1000
    assert MIN_TEXT_PT * cap_height * 203 / 72 >= 11
    sizes = _font_sizes(labels_pdf(LABELS, size))
    assert sizes and min(sizes) >= MIN_TEXT_PT - 0.01


def test_an_a4_sheet_keeps_every_mark_6_mm_from_the_paper_edge() -> None:
    """Office lasers leave about 5 mm unprinted: nothing dark in the outer 6 mm."""
    sheet = [replace(LONG if n % 2 else VEHICLE, code=f"VC-2026-{n:06d}") for n in range(24)]
    dpi = 300
    (page,) = pdfium.PdfDocument(labels_pdf(sheet, "a4"))
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    band = round(6 * dpi / 25.4)
    inner = image.crop((band, band, image.width - band, image.height - band))
    assert inner.getextrema()[0] < 64  # the labels are there
    image.paste(255, (band, band, image.width - band, image.height - band))
    assert image.getextrema()[0] >= 128, "ink within 6 mm of the paper's edge"


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_pdf_barcode_decodes_at_203_and_300_dpi(size: str, dpi: int) -> None:
    assert all_codes(labels_pdf(LABELS, size), dpi) == [label.code for label in LABELS]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", THERMAL)
def test_every_zpl_barcode_decodes_from_a_render_and_everything_is_on_the_label(
    size: str, dpi: int
) -> None:
    printed = render(labels_zpl(LABELS, size, dpi))
    assert len(printed) == len(LABELS)
    for label, page in zip(LABELS, printed, strict=True):
        assert [r.text for r in zxingcpp.read_barcodes(page.image)] == [label.code]
        (bars,) = page.barcodes
        for graphic in page.graphics:
            ink = graphic.image.getbbox()
            assert ink is not None, graphic.comment
            left, top = graphic.x + ink[0], graphic.y + ink[1]
            right, bottom = graphic.x + ink[2], graphic.y + ink[3]
            assert left >= 0 and right <= page.image.width, graphic.comment
            assert top >= 0 and bottom <= page.image.height, graphic.comment
            assert bottom <= bars[1] or top >= bars[1] + bars[3], graphic.comment


@pytest.mark.parametrize("size", THERMAL)
def test_zpl_module_width_is_the_same_millimetres_at_203_and_300_dpi(size: str) -> None:
    """Whole dots of at least 0.25 mm; at 300 dpi within half a dot of the 203 dpi width
    (the 100 × 50 label: 3 dots = 0.375 mm at 203 dpi, 4 dots = 0.339 mm at 300 dpi)."""
    widths = {}
    for dpi in (203, 300):
        zpl = labels_zpl(LABELS, size, dpi)
        modules = {int(m) for m in re.findall(r"\^BY(\d+)\^BC", zpl)}
        assert len(modules) == 1
        widths[dpi] = modules.pop() * 25.4 / dpi
        assert widths[dpi] >= 0.25
    assert abs(widths[300] - widths[203]) <= 25.4 / 300 / 2
    if size == "100x50":
        assert widths == {203: pytest.approx(3 * 25.4 / 203), 300: pytest.approx(4 * 25.4 / 300)}


def _pillow(text: str, pixels: float) -> Image.Image:
    """``text`` drawn by Pillow alone, grey, thresholded: ink as 1, cropped to its ink."""
    face = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Regular.ttf"), size=pixels)
    image = Image.new("L", (int(pixels * len(text)), int(pixels * 2)), 0)
    ImageDraw.Draw(image).text((2, int(pixels * 0.5)), text, font=face, fill=255)
    image = image.point(lambda v: 255 if v >= 128 else 0).convert("1")
    return image.crop(image.getbbox())


def _overlap(a: Image.Image, b: Image.Image) -> float:
    """Shared ink over all ink (1.0: the same shapes), the two aligned at their top left."""
    size = (max(a.width, b.width), max(a.height, b.height))
    pa, pb = Image.new("1", size, 0), Image.new("1", size, 0)
    pa.paste(a, (0, 0))
    pb.paste(b, (0, 0))
    both = ImageChops.logical_and(pa, pb).histogram()[-1]
    either = ImageChops.logical_or(pa, pb).histogram()[-1]
    return both / either


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", THERMAL)
def test_zpl_vietnamese_text_prints_as_the_letters_pillow_draws(size: str, dpi: int) -> None:
    """The owner's line as the printer receives it matches Pillow's own drawing of it with
    its marks better than the same words without them (a box or a lost mark would not)."""
    (page,) = render(labels_zpl([ITEM], size, dpi))
    text = "Chủ sở hữu: Phạm Thị Dung"
    (graphic,) = [g for g in page.graphics if g.comment == text]
    sent = graphic.image.crop(graphic.image.getbbox())
    pixels = SIZES[size].line_pt * dpi / 72  # the line fits at its full size
    marked = _overlap(sent, _pillow(text, pixels))
    bare = _overlap(sent, _pillow("Chu so huu: Pham Thi Dung", pixels))
    assert marked >= 0.5 and marked > bare + 0.2, (marked, bare)


@settings(max_examples=300, deadline=None)
@example(row=430, cells=["AA"] * 430 + ["AA"] * 429 + ["A5"])  # a run of 860: "zzi"
@example(row=3, cells=["FF", "00", "FF"] * 3)  # a row ending in ones, repeated
@given(
    row=st.integers(1, 60),
    cells=st.lists(st.sampled_from(["00", "FF", "0F", "F0", "18", "A5"]), min_size=1, max_size=900),
)
def test_zpl_graphic_compression_expands_to_the_same_dots(row: int, cells: list[str]) -> None:
    """Runs of every length (past 400), rows of zeros, of ones, repeated rows."""
    cells = cells[: len(cells) // row * row] or ["00"] * row  # whole rows of ``row`` bytes
    hexdata = "".join(cells)
    compressed = compress(hexdata, 2 * row)
    assert expand(compressed, 2 * row) == hexdata
    assert len(compressed) <= len(hexdata) + len(hexdata) // (2 * row)
