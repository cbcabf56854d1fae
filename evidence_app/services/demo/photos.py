"""Small generated photos, one per category, so demo items have pictures to show."""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw

from evidence_app.domain.enums import Category
from evidence_app.domain.labels import label


def category_photo(category: Category, hue: int) -> bytes:
    """A 320×240 JPEG: a coloured card with the category's name and a label-like stripe."""
    image = Image.new("RGB", (320, 240), (40 + hue % 180, 90 + (hue * 7) % 120, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 150, 300, 220), fill=(245, 245, 240))
    for x in range(30, 290, 6):
        draw.line((x, 160, x, 210), fill=(0, 0, 0), width=1 + (x * 7919) % 3)
    draw.text((24, 24), label(category, "en").upper(), fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def photo_rows() -> list[tuple[Category, str, bytes]]:
    """(category, sha256, bytes) for every category."""
    rows = []
    for index, category in enumerate(Category):
        data = category_photo(category, index * 37)
        rows.append((category, hashlib.sha256(data).hexdigest(), data))
    return rows
