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
    "priority.notify": ("Thông báo quyền ưu tiên mua…", "Notify a co-owner…"),
    "priority.buy": ("Người được ưu tiên mua…", "Co-owner buys…"),
    "priority.buy_title": (
        "Người được ưu tiên mua trả lời mua tài sản",
        "A co-owner declares he buys the asset",
    ),
    "priority.buy_hint": (
        "Trả lời trong 15 ngày (bất động sản) hoặc 05 ngày làm việc (động sản) kể từ ngày "
        "thông báo, nộp tiền theo giá khởi điểm trong 05 ngày làm việc sau đó (Điều 83.1).",
        "He answers within 15 days (real property) or 5 working days (movables) of the "
        "notice and pays the starting price within 5 working days after (Art 83.1).",
    ),
    "priority.notice_text": (
        "{name} – thông báo {notified}, trả lời đến {declare}, nộp tiền đến {pay}",
        "{name} – notified {notified}, answer by {declare}, pay by {pay}",
    ),
    "priority.who": ("Người được ưu tiên", "Co-owner"),
    "priority.declared_on": ("Ngày trả lời mua", "Declared on"),
    "priority.none_notified": (
        "Chưa thông báo cho người được ưu tiên mua nào.",
        "No co-owner has been notified yet.",
    ),
}
