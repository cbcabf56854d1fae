"""The end of a form as a clerk signs it (issue 20): the closing blocks never alone on a page,
signature titles broken only between words, a signer no one holds said plainly, codes and
numbers whole in narrow columns, items grouped by the place they go to."""

from __future__ import annotations

import dataclasses
import unicodedata

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from evidence_app.documents import page as doc_page
from evidence_app.documents import parts
from evidence_app.documents.content import Content, Signer
from evidence_app.documents.render import render_document
from tests.documents import samples


def _pages(content: Content) -> list[list[str]]:
    """Each page's lines, the footer and page number left out."""
    pdf = render_document(content, samples.stamp(content))
    footer = ("Văn bản số", "Mã xác thực:", "Đầu chuỗi giám sát:", "Quét mã QR")
    pages = []
    for page in pdfium.PdfDocument(pdf):
        raw = unicodedata.normalize("NFC", page.get_textpage().get_text_range())
        lines = [" ".join(line.split()) for line in raw.splitlines()]
        pages.append([ln for ln in lines if ln and not ln.isdigit() and not ln.startswith(footer)])
    return pages


@pytest.mark.parametrize("make", [samples.slip, samples.order, samples.card])
def test_a_last_page_never_holds_only_the_closing_blocks(make) -> None:  # type: ignore[no-untyped-def]
    """Whatever the number of rows, a page after the first starts with table rows: the
    closing blocks take at least the table's last row with them."""
    pages_seen = set()
    for count in range(8, 34, 1):
        content = make()
        if hasattr(content, "entries"):
            entries = tuple(
                dataclasses.replace(content.entries[0], code=f"VC-2026-{i:06d}")
                for i in range(1, count + 1)
            )
            content = dataclasses.replace(content, entries=entries)
        else:
            content = dataclasses.replace(content, lines=samples.lines(count))
        pages = _pages(content)
        pages_seen.add(len(pages))
        for page in pages[1:]:
            assert page[0].startswith("STT"), (count, page[0])
            assert any("VC-2026-" in line for line in page), count
    assert 2 in pages_seen  # the loop did reach a second page


def test_signature_titles_break_between_words_where_the_lines_balance() -> None:
    style = parts.SIGN_POSITION_SMALL
    room = stringWidth("THỦ TRƯỞNG", style.fontName, style.fontSize) + 20
    assert parts.title_lines("THỦ TRƯỞNG CƠ QUAN", room, style) == "THỦ TRƯỞNG<br/>CƠ QUAN"
    assert parts.title_lines("THỦ KHO VẬT CHỨNG", room, style) == "THỦ KHO<br/>VẬT CHỨNG"
    assert parts.title_lines("NGƯỜI GIAO", room, style) == "NGƯỜI GIAO"


def test_four_signers_keep_their_titles_whole_on_the_slip() -> None:
    slip = dataclasses.replace(samples.slip(), head=Signer("Thủ trưởng cơ quan", "Lê Hoàng Quân"))
    lines = [line for page in _pages(slip) for line in page]
    assert not any(line.endswith("CƠ") for line in lines)
    assert any("NGƯỜI LẬP PHIẾU" in line for line in lines)
    assert "THỦ TRƯỞNG" in lines[lines.index("CƠ QUAN") - 1]


def test_a_role_no_one_holds_is_said_under_its_block() -> None:
    order = dataclasses.replace(samples.order(), head=Signer("Thủ trưởng cơ quan", ""))
    lines = [line for page in _pages(order) for line in page]
    closing = lines[lines.index("THỦ TRƯỞNG CƠ QUAN") :]
    assert parts.UNASSIGNED in closing


def test_a_long_number_in_a_narrow_column_stays_whole() -> None:
    note = "Công văn số 715/CSĐT-PC01 ngày 04/12/2026 của Cơ quan CSĐT"
    lines = tuple(dataclasses.replace(x, note=note) for x in samples.lines(3))
    order = dataclasses.replace(samples.order(), lines=lines)
    text = [line for page in _pages(order) for line in page]
    assert sum("715/CSĐT-PC01" in line for line in text) == 3


def test_items_going_to_several_places_are_grouped_under_each_place() -> None:
    places = [("Kho vật chứng số 1", "Kệ 1 (K01-A-01)"), ("Kho bạc Nhà nước", "Két 1 (KB1-01)")]
    lines = tuple(
        dataclasses.replace(x, warehouse=places[i % 2][0], location=places[i % 2][1])
        for i, x in enumerate(samples.lines(4))
    )
    order = dataclasses.replace(samples.order(), lines=lines)
    text = [line for page in _pages(order) for line in page]
    first = text.index("Nhập vào Kho vật chứng số 1, vị trí Kệ 1 (K01-A-01):")
    second = text.index("Nhập vào Kho bạc Nhà nước, vị trí Két 1 (KB1-01):")
    row = {n: next(i for i, t in enumerate(text) if f"VC-2026-00000{n}" in t) for n in range(1, 5)}
    assert first < row[1] < row[3] < second < row[2] < row[4]
    assert "nhập vào kho, vị trí ghi tại từng mục dưới đây" in " ".join(text)


def test_a_place_heading_never_ends_a_page() -> None:
    places = [(f"Kho vật chứng số {n}", f"Kệ {n} (K0{n}-A-01)") for n in range(1, 5)]
    for count in range(8, 30):
        lines = tuple(
            dataclasses.replace(x, warehouse=places[i % 4][0], location=places[i % 4][1])
            for i, x in enumerate(samples.lines(count))
        )
        pages = _pages(dataclasses.replace(samples.order(), lines=lines))
        for page in pages[:-1]:
            table = [ln for ln in page if not ln.startswith(("Nơi nhận", "-"))]
            assert not table[-1].startswith("Nhập vào"), (count, table[-1])


def test_an_agency_name_breaks_before_its_place_never_inside_it() -> None:
    """ "THI HÀNH ÁN DÂN SỰ / THÀNH PHỐ HÀ NỘI", never "… THÀNH PHỐ / HÀ NỘI" (Decree 30/2020
    Annex I: the issuing agency's name under the managing agency's)."""
    lines = _pages(samples.slip())[0]
    for whole in (
        "THI HÀNH ÁN DÂN SỰ",
        "THÀNH PHỐ HÀ NỘI",
        "PHÒNG THI HÀNH ÁN DÂN SỰ",
        "KHU VỰC 1 - HÀ NỘI",
    ):
        assert any(line.startswith(whole) for line in lines), (whole, lines[:8])
    assert not any(line.endswith(("THÀNH PHỐ", "KHU", "KHU VỰC")) for line in lines)
    room = doc_page.LEFT_COLUMN_MM * doc_page.mm
    bold = doc_page._AGENCY_BOLD  # the header's own style
    assert doc_page.agency_lines("THI HÀNH ÁN DÂN SỰ TỈNH BÀ RỊA - VŨNG TÀU", room, bold) == [
        "THI HÀNH ÁN DÂN SỰ",
        "TỈNH BÀ RỊA - VŨNG TÀU",
    ]
    assert doc_page.agency_lines("THI HÀNH ÁN DÂN SỰ TỈNH HUẾ", room, bold) == [
        "THI HÀNH ÁN DÂN SỰ TỈNH HUẾ"
    ]
