"""Codes read from an image file (a photo or a scan of a label), with zxing-cpp."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from evidence_app.domain.errors import BarcodeImageError

#: Larger images are refused before decoding (Pillow's guard against decompression bombs).
MAX_PIXELS = 80_000_000


def read_codes(path: str | Path) -> list[str]:
    """Every barcode or QR code text in the image, in reading order, without duplicates."""
    path = Path(path)
    image = _open(path)
    with image:
        found = zxingcpp.read_barcodes(image)
        if not found:
            # A small label in a large photo: a reduced copy gives the detector sharper edges.
            found = zxingcpp.read_barcodes(_reduced(image))
    codes = list(dict.fromkeys(result.text for result in found if result.text))
    if not codes:
        raise BarcodeImageError("error.image_no_code", name=path.name)
    return codes


def _open(path: Path) -> Image.Image:
    """The image as 8-bit grey, upright as the camera held it, or a BarcodeImageError."""
    try:
        with Image.open(path) as raw:
            if raw.width * raw.height > MAX_PIXELS:
                raise BarcodeImageError("error.image_not_image", name=path.name)
            raw.load()
            return ImageOps.exif_transpose(raw).convert("L")
    except BarcodeImageError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError) as exc:
        raise BarcodeImageError("error.image_not_image", name=path.name) from exc
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise BarcodeImageError("error.image_unreadable", name=path.name) from exc
    except OSError as exc:
        # Pillow reports a truncated or damaged image as a plain OSError.
        raise BarcodeImageError("error.image_not_image", name=path.name) from exc


def _reduced(image: Image.Image) -> Image.Image:
    scale = 1200 / max(image.size)
    if scale >= 1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)
