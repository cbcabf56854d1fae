"""Texts of the valuation methods, re-valuation grounds and co-owners' purchase (Law
106/2025 Art 82, 83.1; issue 18)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "valuation.ground": ("Căn cứ (Điều 82.1.b, 82.2)", "Ground (Art 82.1.b, 82.2)"),
    "valuation.no_ground": ("— không —", "— none —"),
    "valuation.paper": (
        "Số hợp đồng / thỏa thuận / kết luận / đơn",
        "Contract / agreement / conclusion / request no.",
    ),
    "valuation.paper_on": ("Ngày của văn bản đó", "Date of that document"),
    "valuation.advance": ("Tạm ứng chi phí đã nộp (đồng)", "Advance on costs paid (VND)"),
    "valuation.hint": (
        "Doanh nghiệp: hợp đồng trong 05 ngày làm việc kể từ ngày kê biên. Chấp hành viên tự "
        "xác định giá: chọn căn cứ. Định giá lại: chọn căn cứ Điều 82.2 và ngày có căn cứ.",
        "Firm: contract within 5 working days of the seizure. The officer's own price: "
        "choose the ground. Re-valuation: choose the Art 82.2 ground and its date.",
    ),
    "priority.title": ("Quyền ưu tiên mua (Điều 83.1)", "Right of first purchase (Art 83.1)"),
    "priority.name": ("Chủ sở hữu chung, người được ưu tiên mua", "Co-owner or priority buyer"),
    "priority.address": ("Địa chỉ", "Address"),
    "priority.notified_on": ("Ngày thông báo hợp lệ", "Date validly notified"),
}
