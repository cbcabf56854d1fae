"""Texts of the shell: navigation, menus, settings, languages, crash reports, background work."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.catalogue": ("Danh mục vật chứng", "Item catalogue"),
    "nav.intake": ("Giao nhận, nhập kho", "Handover and booking in"),
    "nav.moves": ("Chuyển vị trí", "Move items"),
    "nav.checkouts": ("Trích xuất", "Temporary releases"),
    "nav.releases": ("Xuất kho", "Release from storage"),
    "nav.cases": ("Vụ việc", "Cases"),
    "nav.warehouses": ("Kho và vị trí", "Warehouses and locations"),
    "menu.file": ("&Tệp", "&File"),
    "menu.view": ("&Xem", "&View"),
    "menu.tools": ("&Công cụ", "&Tools"),
    "menu.help": ("Trợ &giúp", "&Help"),
    "action.read_image": ("Đọc mã từ tệp ảnh…", "Read a code from an image file…"),
    "action.print_labels": ("In nhãn vật chứng…", "Print item labels…"),
    "action.print_location_labels": ("In nhãn vị trí kho…", "Print location labels…"),
    "action.quit": ("Thoát", "Quit"),
    "action.find": ("Tìm kiếm", "Find"),
    "action.refresh": ("Làm mới", "Refresh"),
    "action.verify": ("Kiểm tra chuỗi bảo quản", "Verify custody chains"),
    "action.scanner": ("Nhận mã từ máy quét", "Accept codes from the scanner"),
    "action.settings": ("Cài đặt…", "Settings…"),
    "action.shortcuts": ("Phím tắt", "Keyboard shortcuts"),
    "action.about": ("Giới thiệu", "About"),
    "labels.choose_item": (
        "Hãy chọn hoặc quét một vật chứng trước khi in nhãn.",
        "Select or scan an item before printing its label.",
    ),
    "labels.choose_location": (
        "Hãy chọn một vị trí trong cây kho trước khi in nhãn vị trí.",
        "Choose a location in the warehouse tree before printing its label.",
    ),
    "status.user": ("Người dùng: {name}", "User: {name}"),
    "status.connection_lost": (
        "Mất kết nối máy chủ – đang thử lại ({attempts})…",
        "Server connection lost – retrying ({attempts})…",
    ),
    "status.connection_restored": (
        "Đã kết nối lại máy chủ cơ sở dữ liệu.",
        "Reconnected to the database server.",
    ),
    "status.scanner_off": ("Máy quét: tắt", "Scanner: off"),
    "verify.running": ("Đang kiểm tra chuỗi bảo quản…", "Verifying custody chains…"),
    "verify.title": ("Kiểm tra chuỗi bảo quản", "Custody chain check"),
    "action.save_checkpoint": ("Lưu điểm chốt chuỗi mới nhất…", "Save the latest checkpoint…"),
    "action.check_checkpoint": (
        "Đối chiếu với tệp điểm chốt…",
        "Check against a checkpoint file…",
    ),
    "checkpoint.save_title": ("Lưu điểm chốt chuỗi", "Save the chain checkpoint"),
    "checkpoint.check_title": ("Đối chiếu điểm chốt chuỗi", "Check a chain checkpoint"),
    "checkpoint.checking": (
        "Đang đối chiếu chuỗi bảo quản với điểm chốt…",
        "Checking the custody chains against the checkpoint…",
    ),
    "settings.title": ("Cài đặt", "Settings"),
    "settings.language": ("Ngôn ngữ giao diện", "Interface language"),
    "settings.scanner": ("Nhận mã từ máy quét mã vạch", "Accept codes from a barcode scanner"),
    "settings.file": ("Tệp cài đặt: {path}", "Settings file: {path}"),
    "language.vi": ("Tiếng Việt", "Vietnamese"),
    "language.en": ("Tiếng Anh", "English"),
    "shortcuts.title": ("Phím tắt", "Keyboard shortcuts"),
    "shortcuts.scan": (
        "Quét mã vạch ở bất kỳ đâu: mã vật chứng mở vật chứng, mã vị trí mở vị trí.",
        "Scan a barcode anywhere: an item code opens the item, a location code the location.",
    ),
    "about.text": (
        "Phần mềm quản lý kho vật chứng, tài sản tạm giữ, kê biên của cơ quan thi hành án dân sự.",
        "Evidence and seized-asset warehouse management for civil judgment enforcement agencies.",
    ),
    "app.missing_libraries": (
        "Thiếu thư viện hệ thống mà Qt cần để mở cửa sổ; hãy cài: sudo apt-get install {packages}",
        "Qt's system libraries are missing; install them: sudo apt-get install {packages}",
    ),
    "crash.title": ("Lỗi không mong muốn", "Unexpected error"),
    "crash.heading": ("Đã xảy ra lỗi không mong muốn", "An unexpected error occurred"),
    "crash.explain": (
        "Hãy lưu báo cáo lỗi và gửi cho bộ phận hỗ trợ kỹ thuật, rồi tiếp tục làm việc.",
        "Save the error report and send it to technical support, then carry on working.",
    ),
    "crash.nothing_saved": (
        "Thao tác vừa rồi chưa được lưu: không có dữ liệu nào được ghi, cũng không có gì bị "
        "ghi dở.",
        "The last action was not saved: nothing was written, and nothing was half-written.",
    ),
    "crash.saved_before": (
        "Dữ liệu đã được lưu lúc {time} ({seconds} giây trước khi lỗi xảy ra): thao tác vừa rồi "
        "có thể đã hoàn tất. Hãy tải lại màn hình (F5) và kiểm tra trước khi làm lại. Không có "
        "gì bị ghi dở.",
        "Data was saved at {time} ({seconds} seconds before the error): the last action may have "
        "been completed. Refresh the screen (F5) and check before doing it again. Nothing was "
        "half-written.",
    ),
    "crash.save": ("Lưu báo cáo lỗi…", "Save error report…"),
    "crash.saved": ("Đã lưu báo cáo", "Report saved"),
    "crash.save_failed": ("Không lưu được: {reason}", "Could not save: {reason}"),
    "crash.continue": ("Tiếp tục làm việc", "Continue working"),
    "crash.report_title": ("báo cáo lỗi", "error report"),
    "crash.time": ("Thời điểm", "Time"),
    "crash.database": ("Cơ sở dữ liệu", "Database"),
    "crash.file_filter": ("Tệp văn bản (*.txt)", "Text files (*.txt)"),
}
