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
}
