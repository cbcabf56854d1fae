"""Texts of temporary releases (trích xuất): the release and return screen and the warnings."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "checkout.panel_out": (
        "Đang trích xuất cho {who}, hạn trả {due}",
        "Out on temporary release to {who}, due back {due}",
    ),
    "checkout.panel_overdue": ("Quá hạn {days} ngày", "{days} days overdue"),
}
