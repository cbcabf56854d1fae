"""Reading codes from image files: printed labels, QR codes, photos, and files that are not."""

from __future__ import annotations

import random
from pathlib import Path

import barcode
import pytest
import qrcode
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFilter

from evidence_app.domain.errors import BarcodeImageError, DomainError
from evidence_app.services.catalogue.barcode_image import read_codes

ITEM = "VC-2026-000123"
LOCATION = "VT-K01-A-02"


def code128(text: str, module_mm: float = 0.3) -> Image.Image:
    image: Image.Image = barcode.get("code128", text, writer=ImageWriter()).render(
        {"module_width": module_mm, "module_height": 15.0, "quiet_zone": 6.0, "dpi": 200}
    )
    return image.convert("RGB")


def qr(text: str) -> Image.Image:
    return qrcode.make(text, box_size=8, border=4).get_image().convert("RGB")


def test_a_code128_label_gives_its_code(tmp_path: Path) -> None:
    path = tmp_path / "nhan.png"
    code128(ITEM).save(path)
    assert read_codes(path) == [ITEM]


def test_a_qr_code_gives_its_code(tmp_path: Path) -> None:
    path = tmp_path / "qr.jpg"
    qr(LOCATION).save(path, quality=90)
    assert read_codes(str(path)) == [LOCATION]


def test_a_photo_like_picture_rotated_scaled_and_blurred_still_reads(tmp_path: Path) -> None:
    white = (255, 255, 255)
    label = code128(ITEM, module_mm=0.5).rotate(95, expand=True, fillcolor=white)
    label = label.resize((label.width * 4 // 5, label.height * 4 // 5))
    photo = Image.new("RGB", (1600, 1200), (150, 140, 120))
    draw = ImageDraw.Draw(photo)
    rng = random.Random(7)
    for _ in range(400):  # a cluttered desk
        x, y = rng.randrange(1600), rng.randrange(1200)
        draw.ellipse((x, y, x + 12, y + 8), fill=(rng.randrange(256),) * 3)
    photo.paste(label, (700, 200))
    sticker = qr(LOCATION).rotate(17, expand=True, fillcolor=white)
    photo.paste(sticker, (100, 600))
    path = tmp_path / "anh-chup.jpg"
    photo.filter(ImageFilter.GaussianBlur(0.8)).save(path, quality=85)
    assert sorted(read_codes(path)) == sorted([ITEM, LOCATION])


def test_the_same_code_twice_is_given_once(tmp_path: Path) -> None:
    label = code128(ITEM)
    sheet = Image.new("RGB", (label.width, label.height * 2 + 40), "white")
    sheet.paste(label, (0, 0))
    sheet.paste(label, (0, label.height + 40))
    path = tmp_path / "hai-nhan.png"
    sheet.save(path)
    assert read_codes(path) == [ITEM]


def _refusal(path: Path) -> BarcodeImageError:
    with pytest.raises(BarcodeImageError) as caught:
        read_codes(path)
    assert isinstance(caught.value, DomainError)
    assert path.name in caught.value.message("vi")
    assert path.name in caught.value.message("en")
    return caught.value


def test_an_image_without_a_code_says_so(tmp_path: Path) -> None:
    path = tmp_path / "trang.png"
    Image.new("RGB", (640, 480), (200, 210, 220)).save(path)
    error = _refusal(path)
    assert error.message("vi") == "Không tìm thấy mã vạch hay mã QR nào trong ảnh trang.png."
    assert "No barcode or QR code" in error.message("en")


def test_a_text_file_named_png_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "gia.png"
    path.write_text("Đây không phải là ảnh", encoding="utf-8")
    error = _refusal(path)
    assert "không phải là ảnh" in error.message("vi")
    assert "not an image" in error.message("en")


def test_a_truncated_image_is_not_an_image(tmp_path: Path) -> None:
    whole = tmp_path / "whole.png"
    code128(ITEM).save(whole)
    path = tmp_path / "cut.png"
    path.write_bytes(whole.read_bytes()[:400])
    assert "không phải là ảnh" in _refusal(path).message("vi")


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    error = _refusal(tmp_path / "khong-co.png")
    assert error.message("vi") == "Không đọc được tệp khong-co.png."


def test_a_folder_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc.png"
    folder.mkdir()
    assert "Cannot read" in _refusal(folder).message("en")
