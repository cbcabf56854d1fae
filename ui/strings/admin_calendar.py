"""Texts of the administration tab "Holidays and legal values"."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "admin.tab_calendar": ("Ngày nghỉ và tham số", "Holidays and legal values"),
    # holidays
    "calendar.holidays": ("Ngày nghỉ lễ, ngày nghỉ của cơ quan", "Public and agency holidays"),
    "calendar.holidays_note": (
        "Thời hạn tính theo ngày làm việc (thông báo, niêm yết) không tính các ngày này. "
        "Ngày đã nhập không xóa được, chỉ ngừng áp dụng.",
        "Periods counted in working days (notices, postings) skip these days. A holiday is "
        "never deleted, only deactivated.",
    ),
    "calendar.year": ("Năm", "Year"),
    "calendar.show_inactive": ("Hiện cả ngày đã ngừng áp dụng", "Show deactivated days"),
    "calendar.col_day": ("Ngày", "Date"),
    "calendar.col_name": ("Tên ngày nghỉ", "Holiday"),
    "calendar.col_state": ("Tình trạng", "State"),
    "calendar.state_active": ("Đang áp dụng", "In force"),
    "calendar.state_inactive": ("Đã ngừng áp dụng", "Deactivated"),
    "calendar.day": ("Ngày", "Date"),
    "calendar.name": ("Tên", "Name"),
    "calendar.name_hint": ("ví dụ: Tết Dương lịch", "e.g. New Year's Day"),
    "calendar.add": ("Thêm ngày nghỉ", "Add holiday"),
    "calendar.deactivate": ("Ngừng áp dụng", "Deactivate"),
    "calendar.added": ("Đã thêm ngày nghỉ {day}: {name}.", "Holiday {day} added: {name}."),
    "calendar.deactivated": (
        "Ngày {day} đã ngừng áp dụng, được tính là ngày làm việc.",
        "{day} is deactivated and counts as a working day again.",
    ),
    "calendar.bad_day": (
        "Ngày «{text}» không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/01/2027.",
        "The date “{text}” is not valid: write it as day/month/year, e.g. 01/01/2027.",
    ),
    "calendar.choose_holiday": (
        "Hãy chọn một ngày nghỉ đang áp dụng trong danh sách.",
        "Choose a holiday in force in the list first.",
    ),
    # rules
    "calendar.rules": ("Tham số theo quy định pháp luật", "Legal values"),
    "calendar.rules_note": (
        "Giá trị mặc định là giá trị pháp luật quy định; cơ quan chỉ điều chỉnh khi văn bản "
        "mới thay đổi (ví dụ mức lương tối thiểu vùng) hoặc theo chỉ tiêu được giao.",
        "The default is the value the law sets; the agency changes it only when a new text "
        "does (e.g. the regional minimum wage) or for the targets it is assigned.",
    ),
    "calendar.col_rule": ("Quy định", "Rule"),
    "calendar.col_article": ("Căn cứ", "Legal basis"),
    "calendar.col_default": ("Mặc định", "Default"),
    "calendar.col_unit": ("Đơn vị", "Unit"),
    "calendar.col_value": ("Giá trị của cơ quan", "Agency value"),
    "calendar.same_as_default": ("(theo mặc định)", "(default)"),
    "calendar.unit_vnd": ("đồng", "VND"),
    "calendar.unit_percent": ("%", "%"),
    "calendar.unit_multiple": ("lần", "times"),
    "calendar.unit_days": ("ngày", "days"),
    "calendar.unit_working_days": ("ngày làm việc", "working days"),
    "calendar.unit_months": ("tháng", "months"),
    "calendar.unit_years": ("năm", "years"),
    "calendar.unit_count": ("cái", "items"),
    "calendar.unit_region": ("(vùng: 1 = I … 4 = IV)", "(region: 1 = I … 4 = IV)"),
    "calendar.new_value": ("Giá trị mới", "New value"),
    "calendar.save_value": ("Lưu giá trị", "Save value"),
    "calendar.reset": ("Về mặc định", "Reset to default"),
    "calendar.choose_rule": ("Hãy chọn một tham số trong danh sách.", "Choose a value first."),
    "calendar.value_saved": ("Đã lưu «{rule}»: {value}.", "Saved “{rule}”: {value}."),
    "calendar.value_reset": (
        "«{rule}» trở về giá trị mặc định: {value}.",
        "“{rule}” is back to its default: {value}.",
    ),
    "calendar.bad_whole": (
        "«{rule}»: hãy nhập một số nguyên dương, ví dụ {example}.",
        "“{rule}”: enter a whole positive number, e.g. {example}.",
    ),
    "calendar.bad_number": (
        "«{rule}»: hãy nhập một số dương, ví dụ {example}.",
        "“{rule}”: enter a positive number, e.g. {example}.",
    ),
}
