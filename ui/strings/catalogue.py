"""Texts of the item catalogue, its filters and its lazy table."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "catalogue.title": ("Danh mục vật chứng", "Item catalogue"),
    "catalogue.col.kind": ("Loại", "Kind"),
    "catalogue.col.warehouse": ("Kho", "Warehouse"),
    "catalogue.col.location": ("Vị trí", "Location"),
    "catalogue.col.case": ("Vụ việc", "Case"),
    "catalogue.filter.warehouse": ("Kho", "Warehouse"),
    "catalogue.filter.location": ("Vị trí", "Location"),
    "catalogue.filter.status": ("Trạng thái", "Status"),
    "catalogue.filter.category": ("Chủng loại", "Category"),
    "catalogue.filter.case": ("Vụ việc", "Case"),
    "catalogue.filter.from": ("Nhận từ ngày", "Received from"),
    "catalogue.filter.to": ("Đến ngày", "To"),
    "catalogue.filter.overdue": ("Quá hạn", "Overdue"),
    "catalogue.filter.overdue_tip": (
        "Vật chứng, tài sản tạm giữ chưa xử lý xong, lưu kho trên {years} năm mà không xác "
        "định được bản án, quyết định (Nghị định 152, Điều 38.3)",
        "Items not yet disposed of, held over {years} years with no identifiable judgment "
        "(Decree 152, Art 38.3)",
    ),
    "catalogue.any_warehouse": ("Tất cả các kho", "All warehouses"),
    "catalogue.any_location": ("Tất cả vị trí", "All locations"),
    "catalogue.any_status": ("Mọi trạng thái", "Any status"),
    "catalogue.any_category": ("Mọi chủng loại", "Any category"),
    "catalogue.any_case": ("Mọi vụ việc", "Any case"),
    "catalogue.any_date": ("Không giới hạn", "Any"),
    "catalogue.clear": ("Bỏ lọc", "Clear filters"),
    "catalogue.search_label": ("Tìm kiếm", "Search"),
    "catalogue.search_placeholder": (
        "Tìm theo mã, tên, biển số, chủ sở hữu, vụ việc…",
        "Search by code, name, plate, owner, case…",
    ),
    "catalogue.count": ("{count} vật chứng", "{count} items"),
    "catalogue.count_loading": ("{count} vật chứng, đang tải thêm…", "{count} items, loading…"),
    "catalogue.count_capped": (
        "{count} vật chứng (trong {limit} kết quả tìm kiếm đầu tiên)",
        "{count} items (among the first {limit} search results)",
    ),
    "catalogue.none": ("Không có vật chứng nào phù hợp", "No matching items"),
}
