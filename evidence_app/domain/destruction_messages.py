"""Messages about destruction councils (Hội đồng tiêu hủy), in Vietnamese and English."""

from __future__ import annotations

DESTRUCTION_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.destruction_council": ("Hội đồng tiêu hủy", "Destruction council"),
    "field.decision_number": ("số quyết định", "the decision number"),
    "field.decision_date": ("ngày quyết định", "the decision date"),
    "field.member_name": ("họ tên thành viên", "the member's full name"),
    "field.member_position": ("chức vụ của thành viên", "the member's position"),
    "field.member_agency": ("cơ quan của thành viên", "the member's agency"),
    "field.supervisor_name": ("họ tên Kiểm sát viên", "the procuracy representative's name"),
    "field.supervisor_position": (
        "chức vụ Kiểm sát viên",
        "the procuracy representative's position",
    ),
    "field.supervisor_agency": ("Viện kiểm sát", "the procuracy"),
    "field.contractor": ("cơ quan, tổ chức tiêu hủy", "the contracted body"),
    "field.contract_reference": ("số hợp đồng", "the contract number"),
    "field.method": ("hình thức tiêu hủy", "the destruction method"),
    "field.method_other": ("hình thức tiêu hủy khác", "the other method"),
    "field.place": ("địa điểm tiêu hủy", "the place of destruction"),
    "field.started_at": ("thời gian bắt đầu", "the start time"),
    "field.ended_at": ("thời gian kết thúc", "the end time"),
    "field.withdraw_reason": ("lý do rút khỏi danh sách", "the reason for withdrawing"),
    "field.override_reason": ("lý do vẫn tiến hành", "the reason to go ahead"),
    "field.photo": ("ảnh", "the photo"),
    "destruction.too_few_members": (
        "Hội đồng tiêu hủy phải có từ {minimum} thành viên trở lên (Điều 40.1 Nghị định "
        "152/2026/NĐ-CP); hiện có {count}.",
        "A destruction council needs at least {minimum} members (Decree 152/2026 Art 40.1); "
        "it has {count}.",
    ),
    "destruction.chair_count": (
        "Hội đồng tiêu hủy phải có đúng một Chủ tịch Hội đồng; hiện có {count}.",
        "A destruction council needs exactly one chair; it has {count}.",
    ),
    "destruction.member_twice": (
        "{name} có tên hai lần trong Hội đồng.",
        "{name} is listed twice on the council.",
    ),
    "destruction.supervisor_is_member": (
        "Kiểm sát viên {name} giám sát việc tiêu hủy, không là thành viên Hội đồng.",
        "The procuracy representative {name} supervises; they cannot be a council member.",
    ),
    "destruction.not_stored": (
        "Vật chứng {code} đang ở trạng thái «{status}»; chỉ đưa vào tiêu hủy vật chứng đang "
        "bảo quản hoặc chờ tiêu hủy.",
        "Item {code} is “{status}”; only items in storage or awaiting destruction can be listed.",
    ),
    "destruction.on_other_council": (
        "Vật chứng {code} đã có trong danh sách của Hội đồng tiêu hủy theo quyết định {ref}.",
        "Item {code} is already listed by the council of decision {ref}.",
    ),
    "destruction.already_listed": (
        "Vật chứng {code} đã có trong danh sách tiêu hủy.",
        "Item {code} is already on the list.",
    ),
    "destruction.not_listed": (
        "Vật chứng {code} không có trong danh sách của Hội đồng tiêu hủy này.",
        "Item {code} is not on this council's list.",
    ),
    "destruction.none_found": (
        "Không có vật chứng nào phù hợp: cần hình thức xử lý tiêu hủy, đang bảo quản và chưa "
        "thuộc Hội đồng tiêu hủy khác.",
        "No item fits: it must be ordered destroyed, in storage and on no other council.",
    ),
    "destruction.no_filter": (
        "Chọn ít nhất một điều kiện lọc: vụ việc, chủng loại hoặc kho.",
        "Choose at least one filter: case, category or warehouse.",
    ),
    "destruction.completed": (
        "Hội đồng tiêu hủy theo quyết định {ref} đã tiêu hủy xong; không thay đổi được nữa.",
        "The council of decision {ref} has completed; nothing can change any more.",
    ),
    "destruction.no_items": (
        "Danh sách tiêu hủy chưa có vật chứng nào.",
        "The destruction list has no items yet.",
    ),
    "destruction.not_seen": (
        "Còn {count} vật chứng chưa được quét đối chiếu tại buổi tiêu hủy, không thể ghi là "
        "đã tiêu hủy: {codes}.",
        "{count} items were not scanned at the destruction and cannot be marked destroyed: "
        "{codes}.",
    ),
    "destruction.contractor_required": (
        "Vật chứng {codes} là ma túy, hóa chất độc hại hoặc vật liệu nổ: phải ghi cơ quan, "
        "tổ chức có đủ điều kiện đã ký hợp đồng tiêu hủy (Điều 40.2).",
        "Items {codes} are drugs, toxic chemicals or explosives: record the contracted "
        "qualified body first (Art 40.2).",
    ),
    "destruction.vote_incomplete": (
        "Mỗi thành viên Hội đồng phải biểu quyết; còn thiếu: {names}.",
        "Every member must vote; missing: {names}.",
    ),
    "destruction.member_booked_items": (
        "Thành viên Hội đồng {names} là người đã tiếp nhận nhập kho vật chứng {codes}: người "
        "nhập kho không chứng kiến việc tiêu hủy chính vật chứng đó. Thay thành viên, hoặc Thủ "
        "trưởng cơ quan ghi rõ lý do vẫn tiến hành (lý do được ghi vào chuỗi giám sát).",
        "Council member {names} booked in items {codes}: whoever booked an item in does not "
        "witness its destruction. Replace the member, or the head of the agency gives the "
        "reason to go ahead (recorded on the custody chain).",
    ),
    "destruction.own_booking": (
        "{user} là người đã tiếp nhận nhập kho vật chứng {codes}: người nhập kho không tự ghi "
        "nhận việc tiêu hủy chính vật chứng đó (kể cả khi Thủ trưởng cơ quan ghi lý do vẫn "
        "tiến hành). Người khác hoàn tất việc tiêu hủy.",
        "{user} booked in items {codes}: whoever booked an item in does not record its "
        "destruction, even with the head's reason to go ahead. Someone else completes it.",
    ),
    "destruction.override_head_only": (
        "Chỉ Thủ trưởng cơ quan được quyết định vẫn tiêu hủy khi thành viên Hội đồng là người "
        "đã nhập kho vật chứng.",
        "Only the head of the agency may go ahead when a council member booked the items in.",
    ),
    "destruction.not_approved": (
        "Hội đồng chưa biểu quyết tán thành việc tiêu hủy (cần quá nửa tổng số thành viên; "
        "nếu bằng nhau thì theo ý kiến Chủ tịch Hội đồng).",
        "The council has not voted for the destruction (more than half of all members, "
        "the chair deciding a tie).",
    ),
    "destruction.method_other_required": (
        "Hình thức tiêu hủy khác phải được mô tả.",
        "Describe the other destruction method.",
    ),
    "destruction.times_order": (
        "Thời gian kết thúc phải sau thời gian bắt đầu.",
        "The end time must be after the start time.",
    ),
    "destruction.future_time": (
        "Thời gian tiêu hủy không được ở tương lai.",
        "The destruction cannot be recorded in the future.",
    ),
    "destruction.before_decision": (
        "Việc tiêu hủy không thể bắt đầu trước ngày quyết định thành lập Hội đồng.",
        "The destruction cannot start before the council's decision date.",
    ),
    "destruction.decision_future": (
        "Ngày quyết định không được sau ngày hôm nay.",
        "The decision date cannot be after today.",
    ),
    "destruction.unknown_member": (
        "Thành viên số {ref} không thuộc Hội đồng này.",
        "Member {ref} is not on this council.",
    ),
    "deadline.destruction_council": (
        "Hạn tiêu hủy của Hội đồng (20 ngày kể từ ngày thành lập)",
        "Destruction council deadline (20 days from its set-up)",
    ),
}
