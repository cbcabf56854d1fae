"""Texts of the item panel, the case view and the warehouse view."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # item panel (its first keys are in shell.py)
    "panel.description": ("Mô tả", "Description"),
    "panel.weight": ("Trọng lượng", "Weight"),
    "panel.grams": ("{amount} g", "{amount} g"),
    "panel.kilograms": ("{amount} kg", "{amount} kg"),
    "panel.judgment": ("Bản án", "Judgment"),
    "panel.decision": ("Quyết định thi hành án", "Enforcement decision"),
    "panel.updated": ("Cập nhật lần cuối", "Last updated"),
    "panel.photos": ("Ảnh", "Photos"),
    "panel.no_photos": ("Chưa có ảnh", "No photos"),
    "panel.photo_unreadable": ("Không hiển thị được ảnh", "Cannot show this photo"),
    "panel.photo_hint": ("Nhấn vào ảnh để phóng to", "Click a photo to enlarge it"),
    "panel.photo_title": ("Ảnh vật chứng {code}", "Photo of item {code}"),
    "panel.close": ("Đóng", "Close"),
    "panel.chain_intact": ("Chuỗi bảo quản toàn vẹn", "Custody chain intact"),
    "panel.chain_broken": (
        "Chuỗi bảo quản bị sai lệch tại sự kiện #{seq}",
        "Custody chain broken at event #{seq}",
    ),
    "panel.chain_checked": (
        "Đã kiểm tra lại {count} sự kiện khi mở vật chứng.",
        "{count} events re-checked when the item was opened.",
    ),
    "panel.events": ("{count} sự kiện", "{count} events"),
    "timeline.movement": ("Từ → Đến", "From → To"),
    "timeline.document": ("Văn bản", "Document"),
    # case view
    "case.search_placeholder": (
        "Tìm theo tên vụ việc, số bản án, số quyết định…",
        "Search by case name, judgment or decision number…",
    ),
    "case.search_label": ("Tìm vụ việc", "Find a case"),
    "case.hits": ("{count} vụ việc", "{count} cases"),
    "case.hits_capped": (
        "{count} vụ việc đầu tiên, còn nữa: gõ tên, số bản án hoặc số quyết định để tìm "
        "vụ việc khác",
        "The first {count} cases, and more: type a name, judgment or decision number to find "
        "the others",
    ),
    "case.no_hits": ("Không tìm thấy vụ việc nào", "No cases found"),
    "case.empty": (
        "Chọn một vụ việc trong danh sách để xem đương sự và vật chứng.",
        "Select a case in the list to see its parties and items.",
    ),
    "case.col_name": ("Tên vụ việc", "Case"),
    "case.col_judgment": ("Số bản án", "Judgment no."),
    "case.col_decision": ("Số QĐ THA", "Decision no."),
    "case.judgment": ("Bản án", "Judgment"),
    "case.court": ("Tòa án", "Court"),
    "case.decision": ("Quyết định thi hành án", "Enforcement decision"),
    "case.decision_kind": ("{decision} ({kind})", "{decision} ({kind})"),
    "case.dated": ("{number} ngày {date}", "{number} of {date}"),
    "case.amount_to_enforce": ("Số tiền phải thi hành", "Amount to enforce"),
    "case.amount_enforced": ("Số tiền đã thi hành", "Amount enforced"),
    "case.parties": ("Đương sự", "Parties"),
    "case.no_parties": ("Chưa ghi nhận đương sự", "No parties recorded"),
    "case.party_role": ("Tư cách", "Role"),
    "case.party_name": ("Họ và tên", "Name"),
    "case.party_id": ("Số giấy tờ tùy thân", "ID number"),
    "case.party_address": ("Địa chỉ", "Address"),
    "case.items": ("Vật chứng, tài sản", "Items"),
    "case.items_count": ("{total} vật chứng, tài sản", "{total} items"),
    "case.items_capped": (
        "{total} vật chứng, tài sản (hiển thị {shown} mới nhất)",
        "{total} items (the newest {shown} shown)",
    ),
    # warehouse view
    "warehouse.label": ("Kho", "Warehouse"),
    "warehouse.none": ("Chưa có kho nào", "No warehouses yet"),
    "warehouse.col_location": ("Vị trí", "Location"),
    "warehouse.col_code": ("Mã vị trí", "Code"),
    "warehouse.col_count": ("Số vật chứng", "Items"),
    "warehouse.total": (
        "{count} vật chứng đang bảo quản trong kho",
        "{count} items held in this warehouse",
    ),
    "warehouse.empty": (
        "Chọn một vị trí để xem vật chứng đang bảo quản tại đó.",
        "Select a location to see the items held there.",
    ),
    "warehouse.items_at": ("Vật chứng tại {name}: {count}", "Items at {name}: {count}"),
    "warehouse.items_capped": (
        "Vật chứng tại {name}: {count} (hiển thị {shown} mới nhất)",
        "Items at {name}: {count} (the newest {shown} shown)",
    ),
    "warehouse.mixed": (
        "Vị trí để lẫn vật chứng của vụ án chưa xét xử với vật chứng đã có quyết định thi hành "
        "án (Điều 11.1 Thông tư 04/2023/TT-BTP), cần chuyển một loại sang vị trí khác: {places}",
        "Locations holding items of cases not yet tried beside items under an enforcement "
        "decision (Circular 04/2023/TT-BTP Art 11.1); move one kind elsewhere: {places}",
    ),
    "warehouse.mixed_more": ("và {count} vị trí khác", "and {count} more"),
    # the case picker of the release, destruction and auction dialogs
    "case_picker.search": (
        "Tìm vụ việc theo tên, số bản án, số quyết định…",
        "Find the case by name, judgment or decision number…",
    ),
    "case_picker.newest": (
        "{count} vụ việc mới nhất; gõ để tìm vụ việc khác",
        "The {count} newest cases; type to find others",
    ),
    "case_picker.found": ("{count} vụ việc khớp", "{count} matching cases"),
    "case_picker.capped": (
        "{count} vụ việc đầu tiên khớp; gõ thêm để thu hẹp",
        "The first {count} matching cases; type more to narrow",
    ),
    "case_picker.none_found": ("Không có vụ việc nào khớp", "No case matches"),
    # recording what a judgment orders (cases screen)
    "case.record_disposition": ("Ghi hình thức xử lý…", "Record disposition…"),
    "case.choose_items_first": (
        "Chọn một hoặc nhiều vật chứng của vụ việc trong bảng trước.",
        "Select one or more of the case's items in the table first.",
    ),
    "disposition.title": ("Ghi hình thức xử lý theo bản án", "Record the ordered disposition"),
    "disposition.hint": (
        "Hình thức xử lý do bản án, quyết định tuyên; mọi bước xuất kho, bán, tiêu hủy phải "
        "đúng hình thức này (Điều 56–60 Luật Thi hành án dân sự 2025).",
        "What the judgment or decision orders; every release, sale and destruction must match "
        "it (Law on Civil Judgment Enforcement 2025, Art 56–60).",
    ),
    "disposition.items": ("{count} vật chứng: {codes}", "{count} items: {codes}"),
    "disposition.second_title": ("Người thứ hai xác nhận", "Second person confirms"),
    "disposition.second_subtitle": (
        "Đổi hình thức xử lý đã ghi của tiền, vàng bạc, đá quý, ma túy, vũ khí cần người thứ "
        "hai giữ vai trò quản lý tài sản đăng nhập xác nhận.",
        "Changing the disposition recorded for cash, gold, gems, drugs or weapons needs a "
        "second person holding a custody role to log in and confirm.",
    ),
    "disposition.ordered": ("Hình thức xử lý", "Disposition"),
    "disposition.number": ("Số bản án, quyết định", "Judgment or decision number"),
    "disposition.date": ("Ngày ban hành", "Date"),
    "disposition.body": ("Tòa án, cơ quan ban hành", "Court or body"),
    "disposition.recorded": (
        "Đã ghi hình thức xử lý cho {count} vật chứng.",
        "Disposition recorded for {count} items.",
    ),
    "panel.disposition_source": (
        "{disposition} (theo {number} ngày {date} của {body})",
        "{disposition} (by {number} of {date}, {body})",
    ),
    "case.record_notice": ("Ghi thông báo…", "Record notice…"),
    "case.notices": ("Thông báo", "Notices"),
    "case.notice_line": ("{number} ngày {date} ({kind})", "{number} of {date} ({kind})"),
    "notice.title": ("Ghi thông báo theo bản án", "Record a notice"),
    "notice.hint": (
        "Thông báo nhận tiền, tài sản (Điều 59.1) hoặc giao vật chứng tịch thu (Điều 57.1): "
        "các thời hạn tiếp theo tính từ ngày thông báo.",
        "The notice to collect (Art 59.1) or to hand over what is confiscated (Art 57.1): the "
        "deadlines that follow run from its date.",
    ),
    "notice.kind": ("Loại thông báo", "Kind"),
    "notice.number": ("Số thông báo", "Number"),
    "notice.date": ("Ngày thông báo", "Date"),
    "notice.recipient": ("Người, cơ quan nhận", "Sent to"),
    "notice.recorded": ("Đã ghi thông báo {number}.", "Notice {number} recorded."),
    "panel.notes": ("{quantity} — số tờ: {notes}", "{quantity} — notes: {notes}"),
}
