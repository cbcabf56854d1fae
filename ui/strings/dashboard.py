"""Texts of the home screen (tổng quan)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.dashboard": ("Tổng quan", "Overview"),
    "dashboard.title": ("Tổng quan", "Overview"),
    "dashboard.loading": ("Đang tải số liệu…", "Loading the figures…"),
    "dashboard.held": ("Đang quản lý", "Held"),
    "dashboard.in_storage": ("Đang bảo quản", "In storage"),
    "dashboard.checked_out": ("Đang trích xuất", "Checked out"),
    "dashboard.missing": ("Thất lạc", "Missing"),
    "dashboard.by_status": ("Vật chứng theo trạng thái", "Items by status"),
    "dashboard.by_category": ("Vật chứng đang quản lý theo chủng loại", "Items held by category"),
    "dashboard.flows": ("Nhập và xuất, xử lý theo tháng", "Received and closed per month"),
    "dashboard.received": ("Tiếp nhận", "Received"),
    "dashboard.closed": ("Xuất kho, xử lý xong", "Released or closed"),
    "dashboard.todo": ("Việc cần làm hôm nay", "To do today"),
    "dashboard.nothing": ("Không có việc nào đến hạn.", "Nothing falls due."),
    "dashboard.deadline": ("{due}: {what} – {subject}", "{due}: {what} – {subject}"),
    "dashboard.overdue": ("Quá hạn {days} ngày", "{days} days overdue"),
    "dashboard.my_checkout": (
        "Vật chứng {code} ({name}) trích xuất, hạn trả {due}",
        "Item {code} ({name}) out on release, due {due}",
    ),
    "dashboard.approvals": (
        "{count} đề nghị xuất kho chờ phê duyệt",
        "{count} release requests await approval",
    ),
    "dashboard.case_records": (
        "{count} kết quả thi hành án, khoản thu, điều chỉnh vụ việc chờ Thủ trưởng xác nhận",
        "{count} case outcomes, payments and corrections await the head's confirmation",
    ),
    "dashboard.stocktakes": (
        "{count} đợt kiểm kê đang mở",
        "{count} stocktakes open",
    ),
    "dashboard.other": ("Khác", "Other"),
    "dashboard.todo_open": (
        "Nhấn đúp (hoặc Enter) để mở việc cần làm",
        "Double-click (or Enter) to open what needs doing",
    ),
    "dashboard.not_yours": (
        "Việc này thuộc khu vực mà vai trò của bạn không dùng.",
        "This belongs to an area your role does not use.",
    ),
}
