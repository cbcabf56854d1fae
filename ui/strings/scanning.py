"""Texts of barcode scanning: scan state, routing, unknown codes, reading codes from images."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "scan.state.ready": ("Sẵn sàng quét", "Ready to scan"),
    "scan.state.receiving": ("Đang nhận mã…", "Receiving a code…"),
    "scan.state.off": ("Đã tắt quét mã", "Scanning off"),
    "scan.error.title": ("Không quét được mã", "Scan not recognised"),
    "scan.opened": ("Đã mở {code}", "Opened {code}"),
    "scan.image.title": ("Chọn ảnh có mã vạch hoặc mã QR", "Choose an image with a barcode"),
    "scan.image.filter": (
        "Ảnh (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)",
        "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)",
    ),
    "scan.image.read": ("Đọc được {count} mã từ ảnh {name}", "Read {count} code(s) from {name}"),
}
