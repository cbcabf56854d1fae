"""Texts of official documents: the list of a case's or an item's papers, the check result."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "docs.title": ("Văn bản", "Documents"),
    "docs.col_number": ("Số", "Number"),
    "docs.col_kind": ("Loại văn bản", "Kind"),
    "docs.col_date": ("Ngày", "Date"),
    "docs.col_items": ("Số vật chứng", "Items"),
    "docs.open": ("Mở", "Open"),
    "docs.export": ("Lưu thành tệp…", "Save as…"),
    "docs.print": ("In…", "Print…"),
    "docs.check": ("Đối chiếu", "Check"),
    "docs.empty": ("Chưa có văn bản nào.", "No documents yet."),
    "docs.count": ("{count} văn bản", "{count} document(s)"),
    "docs.export_title": ("Lưu văn bản thành tệp PDF", "Save the document as a PDF file"),
    "docs.pdf_filter": ("Tệp PDF (*.pdf)", "PDF files (*.pdf)"),
    "docs.saved": ("Đã lưu {path}", "Saved {path}"),
    "docs.save_failed": ("Không lưu được tệp {path}: {reason}", "Cannot save {path}: {reason}"),
    "docs.check.title": ("Đối chiếu văn bản", "Document check"),
    "docs.check.ok": ("Văn bản khớp với cơ sở dữ liệu", "The document matches the database"),
    "docs.check.bad": (
        "Văn bản KHÔNG khớp với cơ sở dữ liệu",
        "The document does NOT match the database",
    ),
    "docs.check.document": (
        "Văn bản số {number} ngày {date} — {kind}",
        "{kind} {number} of {date}",
    ),
    "docs.check.code": ("Mã xác thực: {code}", "Verification code: {code}"),
    "docs.check.paper": (
        "Đã so sánh với mã QR in trên giấy.",
        "Compared with the QR code printed on the paper.",
    ),
    "docs.check.record_only": (
        "Chỉ kiểm tra bản lưu trong cơ sở dữ liệu (không có mã QR trên giấy).",
        "Only the database record was checked (no QR code from the paper).",
    ),
    "docs.check.items": (
        "Chuỗi giám sát của {count} vật chứng còn nguyên vẹn.",
        "The custody chains of {count} item(s) are intact.",
    ),
    "docs.check.differs": ("Những điểm sai lệch:", "What differs:"),
    "docs.close": ("Đóng", "Close"),
    "docs.no_viewer": (
        "Máy này chưa có chương trình xem PDF: văn bản mở trong bản xem trước khi in.",
        "No PDF viewer on this computer: the document opens in the print preview.",
    ),
}
