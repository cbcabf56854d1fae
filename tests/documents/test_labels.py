"""Labels as printed: every size decodes with an independent decoder, text stays on the label."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from evidence_app.documents.label_layout import (
    SIZES,
    LabelData,
    Line,
    LocationLabelData,
    identifier_lines,
    item_lines,
    layout,
)
from evidence_app.documents.labels import SANS, fit, labels_pdf, register_label_fonts
from evidence_app.documents.zpl import labels_zpl
from evidence_app.domain.errors import ValidationError
from tests.label_pdf import Page, all_codes, pages
from tests.zpl_render import render

MM = 72 / 25.4
ITEM = LabelData(
    code="VC-2026-000123",
    name="Xe máy Honda Wave RSX màu đỏ",
    case_name="Trộm cắp tài sản – Lê Văn Cường",
    owner="Phạm Thị Dung",
    transferring_body="Công an quận Hoàn Kiếm",
    received_on=date(2026, 3, 5),
    location="Kho vật chứng số 1 › Khu A › Kệ 1",
)
LONG = replace(
    ITEM,
    code="KB-2026-004567",
    name="Điện thoại di động Samsung Galaxy S24 Ultra kèm ốp lưng, sạc và tai nghe, màn hình "
    "bị nứt góc trên bên phải, số IMEI 356789012345678 và 356789012345679 — Nguyễn Thị Hằng",
    case_name="Vụ án lừa đảo chiếm đoạt tài sản xảy ra tại phường Nghĩa Đô, quận Cầu Giấy, "
    "thành phố Hà Nội trong các năm 2024 và 2025 do Trần Văn Thưởng thực hiện",
    owner="Công ty trách nhiệm hữu hạn thương mại dịch vụ xuất nhập khẩu Hưng Thịnh Phát",
    transferring_body="Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội, Phòng Cảnh sát "
    "hình sự, Đội điều tra tổng hợp",
    location="Kho vật chứng số 1 › Khu B › Dãy 12 › Kệ 4 › Tầng 3 › Ô 27 › Hộp niêm phong 5",
)
VEHICLE = replace(
    ITEM,
    identifiers="Biển số 29A-123.45; số khung RLHJC4512KY123456; số máy JC45E-1234567",
)
PHONE = replace(
    ITEM,
    code="VC-2026-000124",
    name="Điện thoại Samsung Galaxy A54 màu đen",
    identifiers="IMEI 356789012345678",
)
SHELF = LocationLabelData("VT-K01-A-02", "Khu A › Kệ 2", "Kho vật chứng số 1")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_size_decodes_every_code_in_order_at_thermal_resolution(size: str) -> None:
    labels = [ITEM, LONG, SHELF]
    assert all_codes(labels_pdf(labels, size)) == [label.code for label in labels]


@pytest.mark.parametrize("size", ["50x30", "100x50"])
def test_thermal_sizes_are_one_label_a_page_of_that_size(size: str) -> None:
    width, height = SIZES[size].width, SIZES[size].height
    printed = pages(labels_pdf([ITEM, SHELF], size))
    assert len(printed) == 2
    for page in printed:
        assert page.size == pytest.approx((width * MM, height * MM), abs=0.01)


@pytest.mark.parametrize("size", sorted(SIZES))
def test_vietnamese_text_survives_extraction(size: str) -> None:
    page = pages(labels_pdf([ITEM], size))[0]
    for expected in (ITEM.name, ITEM.case_name, ITEM.owner, "05/03/2026", "Kệ 1", ITEM.code):
        assert expected in page.text


@pytest.mark.parametrize("size", sorted(SIZES))
def test_very_long_names_are_shrunk_or_cut_never_off_the_label(size: str) -> None:
    spec = SIZES[size]
    (page,) = pages(labels_pdf([LONG], size))
    # The label's own box: the page for thermal sizes, the first cell of an A4 sheet.
    left, top = spec.margin[0] * MM, page.size[1] - spec.margin[1] * MM
    right, bottom = left + spec.width * MM, top - spec.height * MM
    assert page.boxes
    for box_left, box_bottom, box_right, box_top in page.boxes:
        assert left <= box_left and box_right <= right
        assert bottom <= box_bottom and box_top <= top
    assert "…" in page.text  # cut, with an ellipsis
    assert "Hộp niêm phong 5" in page.text  # a place keeps its most specific part
    assert page.codes() == [LONG.code]


def test_an_a4_sheet_holds_24_labels_and_25_span_two_pages() -> None:
    labels = [replace(ITEM, code=f"VC-2026-{n:06d}") for n in range(1, 26)]
    printed = pages(labels_pdf(labels, "a4"))
    assert len(printed) == 2
    assert printed[0].size == pytest.approx((210 * MM, 297 * MM), abs=0.01)
    assert [len(page.codes()) for page in printed] == [24, 1]
    assert [code for page in printed for code in page.codes()] == [x.code for x in labels]


def test_location_labels_show_name_and_warehouse() -> None:
    page = pages(labels_pdf([SHELF], "50x30"))[0]
    assert page.codes() == [SHELF.code]
    assert "Khu A › Kệ 2" in page.text and "Kho: Kho vật chứng số 1" in page.text


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", ["50x30", "100x50"])
def test_zpl_has_one_format_per_label_with_utf8_code128_and_the_page_size(
    size: str, dpi: int
) -> None:
    labels = [ITEM, LONG, SHELF]
    zpl = labels_zpl(labels, size, dpi)
    formats = re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S)
    assert len(formats) == zpl.count("^XA") == zpl.count("^XZ") == 3
    spec = SIZES[size]
    for label, body in zip(labels, formats, strict=True):
        assert body.startswith("^CI28")
        assert f"^PW{round(spec.width * dpi / 25.4)}" in body
        assert f"^LL{round(spec.height * dpi / 25.4)}" in body
        assert re.search(r"\^BY(\d+)\^BCN,\d+,N,N,N,A\^FD" + re.escape(label.code) + r"\^FS", body)
        module = int(re.search(r"\^BY(\d+)", body).group(1))  # type: ignore[union-attr]
        assert module * 25.4 / dpi >= 0.25
    assert "Phạm Thị Dung" in zpl  # UTF-8 text as is, under ^CI28


def test_zpl_text_cannot_inject_commands() -> None:
    zpl = labels_zpl([replace(ITEM, owner="A^B~C_D^XZ")], "50x30")
    assert "^FXChủ sở hữu: A B C_D XZ\n" in zpl and "A^B" not in zpl
    assert zpl.count("^XZ") == 1 and len(render(zpl)) == 1


def test_zpl_refuses_sheets_and_unknown_resolutions() -> None:
    with pytest.raises(ValidationError):
        labels_zpl([ITEM], "a4")
    with pytest.raises(ValidationError):
        labels_zpl([ITEM], "50x30", dpi=600)
    with pytest.raises(ValidationError):
        labels_pdf([ITEM], "60x40")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_bars_are_at_least_a_quarter_millimetre_with_ten_module_quiet_zones(size: str) -> None:
    """A 14-character code on the smallest label: no bar or space under 0.25 mm."""
    spec = SIZES[size]
    box = layout(spec, 5, spec.name_pt)
    dpi = 4 * 203  # four pixels per dot of a 203 dpi head
    (page,) = pages(labels_pdf([ITEM], size), dpi=dpi)
    top = spec.margin[1] + box.bar_top + box.bar_height / 2
    row = [page.image.getpixel((x, round(top * dpi / 25.4))) for x in range(page.image.width)]
    row = row[: round((spec.margin[0] + spec.width) * dpi / 25.4)]  # the first label only
    dark = [x for x, value in enumerate(row) if value < 128]
    runs, start = [], 0
    for x in range(1, len(row)):
        if (row[x] < 128) != (row[x - 1] < 128):
            runs.append(x - start)
            start = x
    inner = runs[1:-1]  # bars and spaces between the quiet zones
    module_px = min(inner)
    assert module_px >= 0.25 * dpi / 25.4 - 1
    assert dark[0] >= 10 * module_px and len(row) - dark[-1] >= 10 * module_px


LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậWMỆỄỀƯỮ0123456789 -–—…›/.,"


@settings(max_examples=200, deadline=None)
@given(value=st.text(alphabet=LETTERS, max_size=400), cut_start=st.booleans())
def test_any_text_is_fitted_within_the_line_at_a_readable_size(value: str, cut_start: bool) -> None:
    register_label_fonts()
    for spec in SIZES.values():
        width = (spec.width - 2 * spec.pad_x) * MM
        text, size = fit(
            Line("Vụ việc: ", value, cut_start), SANS, spec.line_pt, spec.min_pt, width
        )
        assert spec.min_pt <= size <= spec.line_pt
        assert stringWidth(text, SANS, size) <= width
        assert text.startswith("Vụ việc: ")
        if text != "Vụ việc: " + value:
            assert "…" in text


def _inside_the_label(page: Page, size: str) -> None:
    """Every character's box within the label's own box (the first cell of an A4 sheet)."""
    spec = SIZES[size]
    left, top = spec.margin[0] * MM, page.size[1] - spec.margin[1] * MM
    right, bottom = left + spec.width * MM, top - spec.height * MM
    assert page.boxes
    for box_left, box_bottom, box_right, box_top in page.boxes:
        assert left <= box_left and box_right <= right
        assert bottom <= box_bottom and box_top <= top


@pytest.mark.parametrize("size", sorted(SIZES))
def test_plate_frame_and_imei_are_printed_on_every_size_and_the_bars_still_decode(
    size: str,
) -> None:
    (vehicle,) = pages(labels_pdf([VEHICLE], size))
    (phone,) = pages(labels_pdf([PHONE], size))
    text = " ".join(vehicle.text.split())  # the large label breaks them across two lines
    assert "Nhận dạng: Biển số 29A-123.45; số khung RLHJC4512KY123456" in text
    assert "Nhận dạng: IMEI 356789012345678" in phone.text
    assert "Vụ việc: Trộm cắp tài sản – Lê Văn Cường" in vehicle.text  # nothing displaced
    assert vehicle.codes() == [VEHICLE.code] and phone.codes() == [PHONE.code]
    _inside_the_label(vehicle, size)
    _inside_the_label(phone, size)


def test_every_size_keeps_the_frame_number_whole_the_smallest_cuts_the_engine_number() -> None:
    for size in ("100x50", "a4"):
        (page,) = pages(labels_pdf([VEHICLE], size))
        assert "số khung RLHJC4512KY123456; số máy JC45E-1234567" in page.text.splitlines()
    (small,) = pages(labels_pdf([VEHICLE], "50x30"))
    rows = small.text.splitlines()
    second = rows[rows.index("Nhận dạng: Biển số 29A-123.45;") + 1]
    assert second.startswith("số khung RLHJC4512KY123456; ") and second.endswith("…")
    assert "JC45E-1234567" not in small.text


@pytest.mark.parametrize("size", sorted(SIZES))
def test_identifiers_however_long_stay_on_the_label_cut_with_an_ellipsis(size: str) -> None:
    label = replace(LONG, identifiers="; ".join(f"IMEI {356789012345670 + n}" for n in range(12)))
    (page,) = pages(labels_pdf([label], size))
    _inside_the_label(page, size)
    assert "Nhận dạng: IMEI 356789012345670" in page.text
    assert page.codes() == [label.code]


def test_identifiers_take_one_line_when_short_and_break_between_items_when_long() -> None:
    short = identifier_lines("  IMEI   356789012345678 ", 2, 60)
    assert [(x.caption, x.value) for x in short] == [("Nhận dạng: ", "IMEI 356789012345678")]
    long = identifier_lines(VEHICLE.identifiers, 2, 60)
    assert [(x.caption, x.value) for x in long] == [
        ("Nhận dạng: ", "Biển số 29A-123.45;"),
        ("", "số khung RLHJC4512KY123456; số máy JC45E-1234567"),
    ]
    assert len(identifier_lines(VEHICLE.identifiers, 1, 60)) == 1
    assert identifier_lines(" \n ", 2, 60) == []


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", ["50x30", "100x50"])
def test_zpl_prints_the_identifiers_in_utf8_and_keeps_the_barcode(size: str, dpi: int) -> None:
    zpl = labels_zpl([VEHICLE, PHONE], size, dpi)
    texts = [graphic.comment for label in render(zpl) for graphic in label.graphics]
    assert "Nhận dạng: Biển số 29A-123.45;" in texts
    assert any(t.startswith("số khung RLHJC4512KY123456; ") for t in texts)  # the PDF's fit
    assert "Nhận dạng: IMEI 356789012345678" in texts
    for label in (VEHICLE, PHONE):
        assert re.search(r"\^BCN,\d+,N,N,N,A\^FD" + re.escape(label.code) + r"\^FS", zpl)
    if size == "100x50":
        assert "số khung RLHJC4512KY123456; số máy JC45E-1234567" in texts


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", ["50x30", "100x50"])
def test_zpl_of_an_item_without_identifiers_keeps_its_five_lines_and_bar_height(
    size: str, dpi: int
) -> None:
    spec = SIZES[size]
    for label in (ITEM, replace(ITEM, identifiers="  ")):
        zpl = labels_zpl([label], size, dpi)
        assert "Nhận dạng" not in zpl
        after_code = zpl.split("^BC")[1]
        lines = len(item_lines(label, spec))  # five, four on 50 × 30
        assert after_code.count("^GFA") == 1 + lines  # the code's text and the lines
        bar_h = int(re.search(r"\^BCN,(\d+),", zpl).group(1))  # type: ignore[union-attr]
        assert bar_h == round(layout(spec, lines, spec.name_pt).bar_height * dpi / 25.4)
    with_ids = labels_zpl([VEHICLE], size, dpi)
    assert int(re.search(r"\^BCN,(\d+),", with_ids).group(1)) < bar_h  # type: ignore[union-attr]


@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_pdf_label_without_identifiers_reads_as_before(size: str) -> None:
    (plain,) = pages(labels_pdf([ITEM], size))[:1]
    (blank,) = pages(labels_pdf([replace(ITEM, identifiers=" ")], size))[:1]
    assert "Nhận dạng" not in plain.text
    assert plain.text == blank.text and plain.boxes == blank.boxes
