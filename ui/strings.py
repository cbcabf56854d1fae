"""Every text the desktop application shows, in Vietnamese (default) and English."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("vi", "en")

_language = "vi"

STRINGS: dict[str, tuple[str, str]] = {
    "app.name": ("Quản lý kho vật chứng", "Evidence warehouse"),
    "app.no_display": (
        "Không có màn hình để mở ứng dụng: hãy chạy trong phiên làm việc có giao diện đồ họa, "
        "hoặc đặt QT_QPA_PLATFORM=offscreen để chạy không hiển thị.",
        "No display to open the application on: run it in a desktop session, "
        "or set QT_QPA_PLATFORM=offscreen to run without one.",
    ),
    "arg.db": (
        "địa chỉ cơ sở dữ liệu (sqlite:///TỆP hoặc postgresql://…)",
        "database URL (sqlite:///FILE or postgresql://…)",
    ),
    "arg.lang": ("ngôn ngữ giao diện", "interface language"),
    "error.title": ("Không thực hiện được", "Could not complete"),
    "button.ok": ("Đồng ý", "OK"),
    "button.cancel": ("Hủy", "Cancel"),
    "button.login": ("Đăng nhập", "Log in"),
    "button.setup": ("Bắt đầu sử dụng", "Start using"),
    "login.title": ("Đăng nhập", "Log in"),
    "login.subtitle": ("Đăng nhập để tiếp tục", "Log in to continue"),
    "login.username": ("Tên đăng nhập", "Username"),
    "login.password": ("Mật khẩu", "Password"),
    "login.missing": (
        "Vui lòng nhập tên đăng nhập và mật khẩu.",
        "Please enter your username and password.",
    ),
    "setup.title": ("Thiết lập lần đầu", "First-run setup"),
    "setup.intro": (
        "Cơ sở dữ liệu mới. Nhập thông tin cơ quan và tạo tài khoản quản trị đầu tiên.",
        "A new database. Enter the agency's details and create the first administrator.",
    ),
    "setup.agency": ("Cơ quan", "Agency"),
    "setup.agency_name": ("Tên cơ quan", "Agency name"),
    "setup.managing_agency": ("Cơ quan quản lý cấp trên", "Managing agency"),
    "setup.place_name": ("Địa danh (dòng ngày tháng)", "Place name (date line)"),
    "setup.admin": ("Quản trị viên", "Administrator"),
    "setup.username": ("Tên đăng nhập", "Username"),
    "setup.full_name": ("Họ và tên", "Full name"),
    "setup.password": ("Mật khẩu", "Password"),
    "setup.password_again": ("Nhập lại mật khẩu", "Password again"),
    "setup.missing": ("Vui lòng nhập đủ các ô.", "Please fill in every field."),
    "setup.password_mismatch": (
        "Hai lần nhập mật khẩu không khớp.",
        "The two passwords do not match.",
    ),
    "setup.placeholder.agency_name": (
        "VD: Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
        "e.g. Civil Judgment Enforcement Office, Area 1 – Hanoi",
    ),
    "setup.placeholder.managing_agency": (
        "VD: Thi hành án dân sự thành phố Hà Nội",
        "e.g. Civil Judgment Enforcement of Hanoi",
    ),
    "setup.placeholder.place_name": ("VD: Hà Nội", "e.g. Hà Nội"),
    "main.search_placeholder": (
        "Tìm theo mã, tên, biển số, chủ sở hữu…",
        "Search by code, name, plate, owner…",
    ),
    "main.search_label": ("Tìm kiếm", "Search"),
    "main.hits": ("{count} kết quả", "{count} results"),
    "main.hits_capped": ("{count} kết quả đầu tiên", "first {count} results"),
    "main.no_hits": ("Không có kết quả", "No results"),
    "main.user": ("Người dùng: {name}", "User: {name}"),
    "main.database": ("Cơ sở dữ liệu: {url}", "Database: {url}"),
    "col.code": ("Mã", "Code"),
    "col.name": ("Tên", "Name"),
    "col.category": ("Chủng loại", "Category"),
    "col.status": ("Trạng thái", "Status"),
    "col.owner": ("Chủ sở hữu", "Owner"),
    "col.received": ("Ngày tiếp nhận", "Received"),
    "panel.empty": (
        "Chọn một vật chứng trong danh sách, hoặc nhập/quét mã rồi nhấn Enter.",
        "Select an item in the list, or type or scan its code and press Enter.",
    ),
    "panel.kind": ("Loại", "Kind"),
    "panel.quantity": ("Số lượng", "Quantity"),
    "panel.identifiers": ("Đặc điểm nhận dạng", "Identifying features"),
    "panel.seal": ("Niêm phong", "Seal"),
    "panel.condition": ("Hiện trạng", "Condition"),
    "panel.value": ("Giá trị ước tính", "Estimated value"),
    "panel.transferring_body": ("Cơ quan chuyển giao", "Transferred by"),
    "panel.case": ("Vụ việc", "Case"),
    "panel.place": ("Nơi bảo quản", "Kept at"),
    "panel.disposition": ("Hình thức xử lý", "Disposition"),
    "panel.timeline": ("Quá trình bảo quản", "Custody timeline"),
    "panel.none": ("—", "—"),
    "panel.vnd": ("{amount} đồng", "{amount} VND"),
    "timeline.time": ("Thời gian", "Time"),
    "timeline.event": ("Sự kiện", "Event"),
    "timeline.actor": ("Người thực hiện", "By"),
    "timeline.note": ("Ghi chú", "Note"),
}


def language() -> str:
    """The language texts are shown in now: "vi" or "en"."""
    return _language


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    _language = lang


def tr(key: str, **params: Any) -> str:
    """The text of ``key`` in the current language, with ``params`` filled in."""
    vi, en = STRINGS[key]
    text = en if _language == "en" else vi
    return text.format(**params) if params else text
