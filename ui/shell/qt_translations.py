"""Vietnamese for Qt's own texts (standard buttons, file dialogs, context menus).

Qt 6 ships no Vietnamese catalogue (there is no ``qtbase_vi.qm``), so the texts users meet in
Qt's dialogs are translated here, by Qt's context and source text, and installed as a
translator; anything not listed keeps Qt's English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_BUTTONS = {
    "OK": "Đồng ý",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông với tất cả",
    "Abort": "Hủy bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "Discard": "Không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
}
_EDIT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Sao chép",
    "Copy &Link Location": "Sao chép địa chỉ &liên kết",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}
_FILE_DIALOG = {
    "&Look in:": "&Tìm trong:",
    "Look in:": "Tìm trong:",
    "File &name:": "&Tên tệp:",
    "Files of &type:": "&Loại tệp:",
    "&Open": "&Mở",
    "&Save": "&Lưu",
    "&Choose": "&Chọn",
    "&Delete": "&Xóa",
    "&Rename": "Đổi &tên",
    "&New Folder": "Thư mục &mới",
    "New Folder": "Thư mục mới",
    "Create New Folder": "Tạo thư mục mới",
    "Create a New Folder": "Tạo một thư mục mới",
    "All Files (*)": "Mọi tệp (*)",
    "Back": "Quay lại",
    "Forward": "Tiến tới",
    "Go back": "Quay lại",
    "Go forward": "Tiến tới",
    "Parent Directory": "Thư mục cha",
    "Go to the parent directory": "Lên thư mục cha",
    "List View": "Dạng danh sách",
    "Detail View": "Dạng chi tiết",
    "Change to list view mode": "Chuyển sang dạng danh sách",
    "Change to detail view mode": "Chuyển sang dạng chi tiết",
    "Show &hidden files": "Hiện tệp &ẩn",
    "Sidebar": "Thanh bên",
    "List of places and bookmarks": "Danh sách vị trí và dấu trang",
    "Files": "Tệp",
    "Directory:": "Thư mục:",
    "Open": "Mở",
    "Save As": "Lưu thành",
    "Find Directory": "Tìm thư mục",
    "Recent Places": "Nơi đã mở gần đây",
    "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."
    ),
    "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa '%1'?",
}
_FILE_MODEL = {
    "Name": "Tên",
    "Size": "Kích thước",
    "Type": "Loại",
    "Kind": "Loại",
    "Date Modified": "Ngày sửa",
    "Computer": "Máy tính",
    "My Computer": "Máy tính",
}
_MESSAGE_BOX = {
    "Show Details...": "Xem chi tiết…",
    "Hide Details...": "Ẩn chi tiết…",
}
_SPIN_BOX = {"&Step up": "&Tăng", "Step &down": "&Giảm", "&Select All": "&Chọn tất cả"}

#: Vietnamese of Qt's texts: {context: {English source: Vietnamese}}.
VIETNAMESE: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS,
    "QDialogButtonBox": _BUTTONS,
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
    "QFileDialog": _FILE_DIALOG,
    "QFileSystemModel": _FILE_MODEL,
    "QAbstractFileIconProvider": {"Folder": "Thư mục", "Drive": "Ổ đĩa", "File": "Tệp"},
    "QMessageBox": _MESSAGE_BOX,
    "QProgressDialog": {"Cancel": "Hủy"},
    "QAbstractSpinBox": _SPIN_BOX,
}


class QtVietnamese(QTranslator):
    """A translator answering from ``VIETNAMESE``; None leaves Qt's own text."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return VIETNAMESE.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


_installed: QtVietnamese | None = None


def apply_qt_language(lang: str) -> None:
    """Make Qt's own dialogs, calendars and number widgets speak ``lang``."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang == "vi":
        _installed = QtVietnamese(app)
        app.installTranslator(_installed)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
