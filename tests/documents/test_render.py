"""Every document kind renders in the official layout with its Vietnamese text extractable.

The text is read back from the PDF (pdfium), so a font without Vietnamese coverage or a
broken ToUnicode map would fail here, not on a user's printer.
"""

from __future__ import annotations

import unicodedata

import pytest
import zxingcpp

from evidence_app.documents.content import Content
from evidence_app.documents.render import render_document
from tests.documents import samples
from tests.documents.pdf_pages import page_images, page_texts, qr_texts, text_fonts

KINDS = {
    "handover_minutes": (samples.minutes, "BIÊN BẢN GIAO NHẬN"),
    "entry_order": (samples.order, "LỆNH NHẬP KHO"),
    "entry_slip": (samples.slip, "PHIẾU NHẬP KHO"),
    "stock_card": (samples.card, "THẺ KHO"),
}


def _render(content: Content) -> bytes:
    return render_document(content, samples.stamp(content))


def _text(pdf: bytes) -> str:
    return unicodedata.normalize("NFC", " ".join(page_texts(pdf)))


@pytest.mark.parametrize("kind", KINDS)
def test_text_has_header_title_items_and_recipients(kind: str) -> None:
    make, title = KINDS[kind]
    content = make()
    text = _text(_render(content))
    for expected in (
        samples.AGENCY.upper(),
        samples.MANAGING.upper(),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 05 tháng 3 năm 2026",
        f"Số: {samples.HEADER.number}",
        title,
        "Nơi nhận:",
        "Điện thoại Samsung Galaxy A52",
        "Dây chuyền vàng 18K",
        "Dao găm lưỡi thép",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("kind", ["entry_order", "entry_slip", "stock_card"])
def test_forms_carry_their_form_code(kind: str) -> None:
    form = {"entry_order": "D65-THADS", "entry_slip": "C04-THADS", "stock_card": "D67-THADS"}
    assert f"Mẫu số {form[kind]}" in _text(_render(KINDS[kind][0]()))


def test_minutes_state_time_seizure_record_discrepancy_and_four_copies() -> None:
    text = _text(_render(samples.minutes()))
    assert "Hồi 16 giờ 30 phút, ngày 05 tháng 3 năm 2026" in text  # 09:30 UTC in Hà Nội
    assert "biên bản thu giữ ban đầu số 45/BB-TG ngày 20/02/2026" in text
    assert "Thiếu 01 chiếc so với biên bản thu giữ" in text
    assert "Biên bản được lập thành 04 bản có giá trị như nhau" in text
    holders = ("(bên giao): 01 bản;", "(bên nhận): 01 bản;", "Kế toán bên nhận: 01 bản;",
               "Lưu hồ sơ thi hành án: 01 bản.")  # fmt: skip
    assert all(h in text for h in holders)
    for signer in ("ĐẠI DIỆN BÊN GIAO", "ĐẠI DIỆN BÊN NHẬN", "Phạm Minh Tuấn", "Nguyễn Văn Đức"):
        assert signer in text


@pytest.mark.parametrize("kind", KINDS)
def test_same_content_renders_identical_bytes(kind: str) -> None:
    content = KINDS[kind][0]()
    assert _render(content) == _render(content)


def test_changed_content_renders_other_bytes_and_code() -> None:
    content = samples.minutes()
    other = samples.minutes(5)
    assert content.verification_code() != other.verification_code()
    assert _render(content) != _render(other)


def test_all_text_is_set_in_embedded_liberation_serif() -> None:
    fonts = text_fonts(_render(samples.minutes()))
    assert {name for name, _ in fonts} == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    assert all(embedded for _, embedded in fonts)


def test_footer_qr_decodes_to_the_payload() -> None:
    content = samples.order()
    stamp = samples.stamp(content)
    image = page_images(render_document(content, stamp), dpi=200)[0]
    assert qr_texts(image) == [stamp.payload]


@pytest.mark.parametrize("kind", KINDS)
def test_footer_qr_is_inside_the_safe_margin_with_a_clear_quiet_zone(kind: str) -> None:
    """On every page: the QR 10 mm or more from each edge of the paper (office printers
    leave about 5 mm unprinted), and nothing else inked within 4 modules around it."""
    content = KINDS[kind][0](60) if kind == "handover_minutes" else KINDS[kind][0]()
    dpi = 300
    px = dpi / 25.4
    for image in page_images(_render(content), dpi=dpi):
        grey = image.convert("L")
        (found,) = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
        corners = [found.position.top_left, found.position.bottom_right]
        left, top = min(p.x for p in corners), min(p.y for p in corners)
        right, bottom = max(p.x for p in corners), max(p.y for p in corners)
        assert min(left, top, grey.width - right, grey.height - bottom) >= 10 * px - 1
        quiet = round(4 * (right - left) / 49) + 2  # four of its 49 modules, and the edge
        ring = grey.crop((left - quiet, top - quiet, right + quiet, bottom + quiet))
        ring.paste(255, (quiet - 2, quiet - 2, ring.width - quiet + 2, ring.height - quiet + 2))
        assert ring.getextrema()[0] > 128, "something is printed in the QR's quiet zone"


def test_long_item_list_spans_pages_with_footer_and_number_on_each() -> None:
    content = samples.minutes(60)
    stamp = samples.stamp(content)
    pdf = render_document(content, stamp)
    texts = [unicodedata.normalize("NFC", t) for t in page_texts(pdf)]
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert f"Mã xác thực: {stamp.code_text()}" in text
        assert f"trang {number}" in text
        assert "STT" in text or number == len(texts)  # the table header repeats
    assert "VC-2026-000060" in texts[-2] + texts[-1]
    for image in page_images(pdf, dpi=200):
        assert qr_texts(image) == [stamp.payload]


def test_code_text_is_grouped_upper_case() -> None:
    stamp = samples.stamp(samples.minutes())
    assert stamp.code_text() == "-".join(stamp.code[i : i + 4].upper() for i in range(0, 16, 4))
