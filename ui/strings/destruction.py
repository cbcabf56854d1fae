"""Texts of the destruction screen (tiêu hủy): councils, members, items, execution, minutes."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.destruction": ("Tiêu hủy", "Destruction"),
    "destruction.title": ("Tiêu hủy vật chứng, tài sản", "Destruction of evidence and assets"),
    "destruction.subtitle": (
        "Hội đồng tiêu hủy từ ba thành viên trở lên, tiêu hủy trong 20 ngày kể từ ngày thành "
        "lập (Điều 40 Nghị định 152/2026/NĐ-CP).",
        "A council of at least three members destroys the items within 20 days of its "
        "set-up (Decree 152/2026 Art 40).",
    ),
    "destruction.filter_all": ("Tất cả Hội đồng", "All councils"),
    "destruction.new": ("Thành lập Hội đồng…", "Set up a council…"),
    "destruction.col_decision": ("Quyết định số", "Decision no."),
    "destruction.col_date": ("Ngày thành lập", "Set up on"),
    "destruction.col_due": ("Hạn tiêu hủy", "Deadline"),
    "destruction.col_status": ("Trạng thái", "Status"),
    "destruction.col_items": ("Số vật chứng", "Items"),
    "destruction.col_chair": ("Chủ tịch Hội đồng", "Chair"),
    "destruction.due_left": ("{date} (còn {days} ngày)", "{date} ({days} days left)"),
    "destruction.due_today": ("{date} (hết hạn hôm nay)", "{date} (due today)"),
    "destruction.due_over": ("{date} (quá hạn {days} ngày)", "{date} ({days} days overdue)"),
    "destruction.members": ("Thành viên Hội đồng", "Council members"),
    "destruction.col_member": ("Họ tên", "Full name"),
    "destruction.col_position": ("Chức vụ", "Position"),
    "destruction.col_agency": ("Cơ quan", "Agency"),
    "destruction.col_role": ("Vai trò", "Role"),
    "destruction.col_vote": ("Biểu quyết", "Vote"),
    "destruction.col_independence": ("Độc lập", "Independence"),
    "destruction.chair": ("Chủ tịch", "Chair"),
    "destruction.member": ("Thành viên", "Member"),
    "destruction.flagged": ("Có tên trong hồ sơ: {codes}", "In the custody record: {codes}"),
    "destruction.supervisor": ("Kiểm sát viên giám sát:", "Supervised by:"),
    "destruction.contractor": ("Cơ quan tiêu hủy theo hợp đồng:", "Contracted body:"),
    "destruction.no_contractor": ("chưa có", "none yet"),
    "destruction.items": ("Vật chứng trong danh sách tiêu hủy", "Items on the destruction list"),
    "destruction.col_seen": ("Đã quét khi tiêu hủy", "Scanned at destruction"),
    "destruction.col_condition": ("Hiện trạng", "Condition"),
    "destruction.hazardous": ("nguy hại", "hazardous"),
    "destruction.add_filter": ("Thêm theo bộ lọc…", "Add by filter…"),
    "destruction.withdraw": ("Rút khỏi danh sách…", "Withdraw…"),
    "destruction.record_contractor": ("Cơ quan tiêu hủy…", "Contracted body…"),
    "destruction.vote": ("Biểu quyết…", "Vote…"),
    "destruction.photo": ("Thêm ảnh…", "Add photo…"),
    "destruction.complete": ("Hoàn tất, lập biên bản…", "Complete and write minutes…"),
    "destruction.print": ("In biên bản", "Print minutes"),
    "destruction.executing": (
        "Đang tiêu hủy: quét mã để đối chiếu từng vật chứng",
        "Destroying: scan each item to confirm it is present",
    ),
    "destruction.condition_hint": (
        "Hiện trạng khi quét (để trống: như khi nhập kho)",
        "Condition when scanned (empty: as booked in)",
    ),
    "destruction.scan_hint_list": (
        "Chọn một Hội đồng rồi quét mã vật chứng để đưa vào danh sách tiêu hủy.",
        "Select a council, then scan items to put them on its destruction list.",
    ),
    "destruction.scan_hint_run": (
        "Quét từng vật chứng tại nơi tiêu hủy; vật chứng chưa quét không được ghi là đã tiêu hủy.",
        "Scan each item where it is destroyed; unscanned items cannot be marked destroyed.",
    ),
    "destruction.added": ("Đã đưa {code} vào danh sách.", "Listed {code}."),
    "destruction.seen": ("Đã đối chiếu {code}.", "Confirmed {code}."),
    "destruction.vote_result_for": ("Hội đồng tán thành tiêu hủy", "The council voted for"),
    "destruction.vote_result_against": ("Hội đồng không tán thành", "The council voted against"),
    "destruction.vote_result_none": ("Chưa biểu quyết", "Not voted yet"),
    "destruction.progress": (
        "Đã quét {seen}/{total} vật chứng. {vote}.",
        "{seen} of {total} items scanned. {vote}.",
    ),
    # The set-up dialog
    "destruction.setup_title": ("Thành lập Hội đồng tiêu hủy", "Set up a destruction council"),
    "destruction.setup_hint": (
        "Theo quyết định thành lập: ít nhất ba thành viên, một Chủ tịch Hội đồng; Kiểm sát "
        "viên giám sát, không là thành viên.",
        "As the decision says: at least three members, one chair; the procuracy "
        "representative supervises and is not a member.",
    ),
    "destruction.decision_number": ("Số quyết định", "Decision number"),
    "destruction.decision_date": ("Ngày quyết định", "Decision date"),
    "destruction.add_member": ("Thêm thành viên", "Add member"),
    "destruction.remove_member": ("Bỏ dòng chọn", "Remove selected"),
    "destruction.col_is_chair": ("Chủ tịch", "Chair"),
    "destruction.supervisor_name": ("Kiểm sát viên", "Procuracy representative"),
    "destruction.supervisor_position": ("Chức vụ", "Position"),
    "destruction.supervisor_agency": ("Viện kiểm sát", "Procuracy"),
    # Other dialogs
    "destruction.filter_title": ("Thêm vật chứng theo bộ lọc", "Add items by filter"),
    "destruction.filter_hint": (
        "Chỉ vật chứng có hình thức xử lý tiêu hủy, đang bảo quản và chưa thuộc Hội đồng khác.",
        "Only items ordered destroyed, in storage and on no other council.",
    ),
    "destruction.filter_case": ("Vụ việc", "Case"),
    "destruction.filter_category": ("Chủng loại", "Category"),
    "destruction.filter_warehouse": ("Kho", "Warehouse"),
    "destruction.any": ("(tất cả)", "(any)"),
    "destruction.withdraw_title": ("Rút vật chứng khỏi danh sách", "Withdraw an item"),
    "destruction.withdraw_reason": ("Lý do", "Reason"),
    "destruction.contractor_title": ("Cơ quan, tổ chức tiêu hủy", "Contracted destruction body"),
    "destruction.contractor_hint": (
        "Ma túy, hóa chất độc hại, vật liệu nổ do cơ quan, tổ chức đủ điều kiện tiêu hủy "
        "theo hợp đồng (Điều 40.2).",
        "Drugs, toxic chemicals and explosives are destroyed by a qualified body under "
        "contract (Art 40.2).",
    ),
    "destruction.contractor_name": ("Tên cơ quan, tổ chức", "Name"),
    "destruction.contract_reference": ("Số hợp đồng", "Contract number"),
    "destruction.vote_title": ("Biểu quyết của Hội đồng", "The council's vote"),
    "destruction.vote_hint": (
        "Quyết định khi quá nửa tổng số thành viên tán thành; nếu bằng nhau thì theo ý kiến "
        "Chủ tịch Hội đồng.",
        "More than half of all members decide; on a tie the chair decides.",
    ),
    "destruction.complete_title": ("Hoàn tất việc tiêu hủy", "Complete the destruction"),
    "destruction.method": ("Hình thức tiêu hủy", "Method"),
    "destruction.method_other": ("Mô tả hình thức khác", "Other method"),
    "destruction.place": ("Địa điểm", "Place"),
    "destruction.started_at": ("Bắt đầu", "Started"),
    "destruction.ended_at": ("Kết thúc", "Ended"),
    "destruction.override": ("Lý do vẫn tiến hành", "Reason to go ahead"),
    "destruction.override_hint": (
        "Chỉ Thủ trưởng điền, khi thành viên Hội đồng là người đã nhập kho vật chứng",
        "For the head only, when a council member booked the items in",
    ),
    "destruction.photo_title": ("Chọn ảnh việc tiêu hủy", "Choose a photo of the destruction"),
    "destruction.photo_filter": ("Ảnh (*.jpg *.jpeg *.png)", "Images (*.jpg *.jpeg *.png)"),
    "destruction.photos": ("{count} ảnh", "{count} photo(s)"),
    "destruction.needs_fields": ("Điền đủ các ô bắt buộc.", "Fill in the required fields."),
    "destruction.read_only": (
        "Chỉ xem: theo dõi Hội đồng, vật chứng và biên bản tiêu hủy.",
        "Read only: follow the councils, their items and minutes.",
    ),
}
