"""Texts of the administration's Units tab (issue 21)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "admin.tab_units": ("Đơn vị", "Units"),
    "units.note": (
        "Cơ quan thi hành án dân sự tỉnh và các Phòng Thi hành án dân sự khu vực. Mỗi đơn vị "
        "chỉ làm việc với kho, vụ việc và vật chứng của mình; Thủ trưởng, Kiểm sát viên và "
        "Quản trị viên cấp tỉnh xem được mọi đơn vị.",
        "The provincial agency and its regional offices. Each unit works on its own warehouses, "
        "cases and items; the provincial head, inspectors and administrators see every unit.",
    ),
    "units.col_code": ("Mã", "Code"),
    "units.col_name": ("Tên đơn vị", "Unit name"),
    "units.col_warehouses": ("Số kho", "Warehouses"),
    "units.col_people": ("Số người", "People"),
    "units.provincial": ("(cấp tỉnh)", "(provincial)"),
    "units.code": ("Mã đơn vị", "Unit code"),
    "units.name": ("Tên đơn vị", "Unit name"),
    "units.create": ("Thêm đơn vị", "Add unit"),
    "units.warehouse": ("Kho", "Warehouse"),
    "units.unit": ("Đơn vị", "Unit"),
    "units.assign": ("Giao kho cho đơn vị", "Give the warehouse to the unit"),
    "units.user": ("Người dùng", "User"),
    "units.role": ("Vai trò", "Role"),
    "units.grant": ("Cấp vai trò tại đơn vị", "Grant the role in the unit"),
    "units.done": ("Đã lưu.", "Saved."),
    "units.new_box": ("Đơn vị mới", "New unit"),
    "units.assign_box": ("Kho của đơn vị", "A unit's warehouses"),
    "units.grant_box": ("Vai trò tại đơn vị", "Roles in a unit"),
}
