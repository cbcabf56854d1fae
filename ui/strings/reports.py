"""Texts of the reports (báo cáo) screen."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.reports": ("Báo cáo", "Reports"),
    "reports.title": ("Báo cáo, thống kê", "Reports and statistics"),
    "reports.subtitle": (
        "Chọn báo cáo và kỳ báo cáo, bấm «Xem»; xuất ra PDF (mẫu chính thức) hoặc Excel.",
        "Choose a report and its period, press “Show”; export to PDF (official layout) or Excel.",
    ),
    "reports.from": ("Từ ngày", "From"),
    "reports.to": ("Đến ngày", "To"),
    "reports.day": ("Ngày", "On"),
    "reports.year": ("Năm công tác", "Working year"),
    "reports.warehouse": ("Kho", "Warehouse"),
    "reports.all_warehouses": ("Tất cả các kho", "All warehouses"),
    "reports.show": ("Xem", "Show"),
    "reports.pdf": ("Xuất PDF…", "Export PDF…"),
    "reports.xlsx": ("Xuất Excel…", "Export Excel…"),
    "reports.print": ("In…", "Print…"),
    "reports.rows": ("{count} dòng", "{count} rows"),
    "reports.saved": ("Đã lưu {path}", "Saved {path}"),
    "reports.save_title": ("Lưu báo cáo", "Save the report"),
    "reports.close_ledger": ("Kết sổ…", "Close period…"),
    "closing.title": ("Kết sổ", "Close a ledger period"),
    "closing.unit": ("Sổ của đơn vị", "Ledger of"),
    "closing.hint": (
        "Kết sổ hằng quý, 06 tháng và cuối năm công tác, theo thứ tự; kỳ đã kết sổ in đúng "
        "như lúc kết sổ và không thay đổi (Thông tư 04/2023/TT-BTP, Điều 30.4).",
        "Close each quarter, the six months and the working year, in order; a closed period "
        "prints as it was closed and does not change (Circular 04/2023/TT-BTP, Art 30.4).",
    ),
    "closing.col_period": ("Kỳ kết sổ", "Period"),
    "closing.col_state": ("Tình trạng", "State"),
    "closing.col_rows": ("Số dòng", "Rows"),
    "closing.col_by": ("Người kết sổ", "Closed by"),
    "closing.closed_on": ("Đã kết sổ ngày {day}", "Closed on {day}"),
    "closing.open": ("Chưa kết sổ", "Not closed"),
    "closing.running": ("Chưa hết kỳ", "Not ended"),
    "closing.closer": ("Người kết sổ", "Closed by"),
    "closing.head": ("Thủ trưởng cơ quan", "Head of agency"),
    "closing.accountant": ("Kế toán", "Accountant"),
    "closing.keeper": ("Thủ kho", "Keeper"),
    "closing.cashier": ("Thủ quỹ", "Cashier"),
    "closing.close": ("Kết sổ kỳ đã chọn", "Close the selected period"),
    "closing.done": ("Đã kết sổ: {period}", "Closed: {period}"),
}
