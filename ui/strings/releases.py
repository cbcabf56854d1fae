"""Texts of the release screen (xuất kho): requests, approval, issue by scanning."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "release_request.title": ("Xuất kho vật chứng, tài sản", "Release of evidence and assets"),
    "release_request.subtitle": (
        "Chấp hành viên đề nghị xuất kho, Thủ trưởng phê duyệt hoặc từ chối, thủ kho quét "
        "từng vật chứng theo lệnh xuất kho.",
        "The officer requests a release, the head approves or rejects it, the keeper scans "
        "each item against the release order.",
    ),
    "release_request.filter_all": ("Tất cả trạng thái", "All statuses"),
    "release_request.col_number": ("Số đề nghị", "Request no."),
    "release_request.col_case": ("Vụ việc", "Case"),
    "release_request.col_purpose": ("Mục đích", "Purpose"),
    "release_request.col_recipient": ("Người nhận", "Recipient"),
    "release_request.col_status": ("Trạng thái", "Status"),
    "release_request.col_release_at": ("Giờ, ngày xuất", "Release at"),
    "release_request.col_items": ("Số vật chứng", "Items"),
    "release_request.col_issued": ("Đã xuất lúc", "Issued at"),
    "release_request.col_second": ("Người thứ hai xác nhận", "Second user"),
    "release_request.lines": ("Vật chứng trong đề nghị", "Items on the request"),
    "release_request.documents": ("Giấy tờ xuất kho", "Release papers"),
    "release_request.new": ("Đề nghị xuất kho…", "Request a release…"),
    "release_request.approve": ("Phê duyệt…", "Approve…"),
    "release_request.reject": ("Từ chối…", "Reject…"),
    "release_request.finish": ("Hoàn tất, in biên bản giao nhận", "Finish and print the minutes"),
    "release_request.scan_hint": (
        "Chọn một đề nghị đã phê duyệt rồi quét mã từng vật chứng để xuất kho.",
        "Select an approved request, then scan each item to issue it.",
    ),
    "release_request.issued_one": ("Đã xuất {code}.", "Issued {code}."),
    "release_request.needs_second": (
        "Vật chứng {code} cần người thứ hai xác nhận.",
        "Item {code} needs a second user to confirm.",
    ),
    "release_request.second_title": ("Người thứ hai xác nhận", "Second user confirms"),
    "release_request.second_subtitle": (
        "Tiền, ngoại tệ, kim khí quý, đá quý, ma túy và vũ khí chỉ được xuất khi có người "
        "thứ hai đăng nhập xác nhận.",
        "Cash, foreign currency, precious metals, gems, drugs and weapons leave only when a "
        "second user logs in to confirm.",
    ),
    "release_request.new_title": ("Đề nghị xuất kho", "Release request"),
    "release_request.case": ("Vụ việc", "Case"),
    "release_request.items": ("Vật chứng đang bảo quản", "Items in storage"),
    "release_request.purpose": ("Mục đích xuất kho", "Purpose"),
    "release_request.recipient": ("Người nhận", "Recipient"),
    "release_request.recipient_body": ("Cơ quan, tổ chức nhận", "Receiving body"),
    "release_request.note": ("Ghi chú", "Note"),
    "release_request.reference": (
        "Văn bản đề nghị trích xuất (số, ngày)",
        "Written request (number, date)",
    ),
    "release_request.why": ("Trích xuất để", "Released for"),
    "release_request.due": ("Hạn trả lại", "Due back on"),
    "release_request.approve_title": ("Phê duyệt xuất kho", "Approve the release"),
    "release_request.release_at": ("Giờ, ngày xuất kho", "Hour and date of release"),
    "release_request.approve_hint": (
        "Phê duyệt sẽ lập lệnh xuất kho (D66) và phiếu xuất kho (C05).",
        "Approving issues the release order (D66) and the release slip (C05).",
    ),
    "release_request.reject_title": ("Từ chối đề nghị xuất kho", "Reject the release request"),
    "release_request.reject_reason": ("Lý do từ chối", "Reason"),
    "release_request.choose_items": (
        "Chọn ít nhất một vật chứng và nhập người nhận.",
        "Choose at least one item and enter the recipient.",
    ),
}
