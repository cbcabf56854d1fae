"""Messages about release requests (đề nghị xuất kho), in Vietnamese and English."""

from __future__ import annotations

RELEASE_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.release_request": ("Đề nghị xuất kho", "Release request"),
    "field.recipient": ("người nhận", "the recipient"),
    "field.recipient_body": ("cơ quan, tổ chức nhận", "the receiving body"),
    "field.reject_reason": ("lý do từ chối", "the reason for rejecting"),
    "field.release_at": ("giờ, ngày xuất kho", "the hour and date of release"),
    "field.purpose": ("mục đích xuất kho", "the purpose of the release"),
    "release.no_items": (
        "Đề nghị xuất kho phải có ít nhất một vật chứng.",
        "A release request needs at least one item.",
    ),
    "release.item_not_in_case": (
        "Vật chứng {code} không thuộc vụ việc của đề nghị xuất kho.",
        "Item {code} does not belong to the request's case.",
    ),
    "release.item_not_stored": (
        "Vật chứng {code} đang ở trạng thái «{status}»; chỉ đề nghị xuất kho vật chứng "
        "đang bảo quản.",
        "Item {code} is “{status}”; only items in storage can be requested for release.",
    ),
    "release.item_on_open_request": (
        "Vật chứng {code} đã có trong đề nghị xuất kho số {request} đang chờ xử lý.",
        "Item {code} is already on open release request {request}.",
    ),
    "release.wrong_status": (
        "Đề nghị xuất kho số {ref} đang ở trạng thái «{status}»; cần trạng thái «{needed}».",
        "Release request {ref} is “{status}”; this needs “{needed}”.",
    ),
    "release.not_on_order": (
        "Vật chứng {code} không có trong lệnh xuất kho của đề nghị số {ref}; không được xuất.",
        "Item {code} is not on the release order of request {ref}; it may not leave.",
    ),
    "release.already_issued": (
        "Vật chứng {code} đã được xuất theo đề nghị số {ref}.",
        "Item {code} was already issued on request {ref}.",
    ),
    "release.item_not_approved": (
        "Vật chứng {code} đang ở trạng thái «{status}», không còn ở trạng thái đã duyệt xuất.",
        "Item {code} is “{status}”, no longer in its approved state for release.",
    ),
    "release.second_user_required": (
        "Vật chứng {code} ({category}) phải có người thứ hai đăng nhập xác nhận khi xuất kho.",
        "Item {code} ({category}) needs a second user to log in and confirm its release.",
    ),
    "release.own_request": (
        "Đề nghị xuất kho số {ref} do chính {user} lập; người đề nghị không được tự {duty} "
        "(tách bạch nhiệm vụ): hãy để người khác có thẩm quyền thực hiện.",
        "Release request no. {ref} was made by {user}; whoever requests may not also {duty} "
        "it (separation of duties): another authorised person must.",
    ),
    "release.own_issue_end": (
        "{user} là người đã xuất kho vật chứng {codes} theo lệnh: người xuất kho không tự ghi "
        "nhận việc bàn giao cho người mua hay việc tiêu hủy chính vật chứng đó. Người khác "
        "thực hiện.",
        "{user} issued items {codes} from the warehouse on the order: whoever issued an item "
        "does not record its handover to the buyer or its destruction. Someone else does.",
    ),
    "release.own_approval": (
        "{user} đã phê duyệt đề nghị xuất kho số {ref} nên không được tự xuất kho (tách bạch "
        "nhiệm vụ): thủ kho khác phải quét xuất.",
        "{user} approved release request no. {ref}, so may not also issue it (separation of "
        "duties): another keeper must scan the items out.",
    ),
    "duty.approve": ("phê duyệt", "approve"),
    "duty.issue": ("xuất kho", "issue"),
    "duty.reject": ("từ chối", "reject"),
    "release.second_user_same": (
        "Người thứ hai xác nhận phải là người dùng khác với {user}.",
        "The second confirming user must be someone other than {user}.",
    ),
    "release.second_user_role": (
        "{user} không giữ vai trò thủ kho, kế toán, thủ quỹ hay thủ trưởng nên không thể là "
        "người thứ hai xác nhận xuất vật chứng này.",
        "{user} is not a keeper, accountant, cashier or head, so cannot be the second person "
        "confirming this release.",
    ),
    "custody.no_release_order": (
        "Vật chứng {code} chưa được xuất kho theo lệnh xuất kho của Thủ trưởng và phiếu xuất "
        "kho: lập đề nghị xuất kho với mục đích «{purpose}», trình duyệt và xuất kho trước "
        "(Điều 37.3 Nghị định 152/2026/NĐ-CP).",
        "Item {code} has not left the warehouse on the head's release order and slip: request "
        "its release for “{purpose}”, have it approved and issued first (Decree 152/2026 Art "
        "37.3).",
    ),
    "custody.money_off_shelf": (
        "Vật chứng {code} là {category}: phải gửi Kho bạc Nhà nước hoặc ngân hàng, không xếp "
        "vào {warehouse} (Điều 37.1 Nghị định 152/2026/NĐ-CP).",
        "Item {code} is {category}: it is held by the State Treasury or a bank, not placed in "
        "{warehouse} (Decree 152/2026 Art 37.1).",
    ),
    "custody.body_keeper_required": (
        "Vật chứng {code} đang bảo quản tại {warehouse} của {body}: người quản lý kho của "
        "{body} trực tiếp chuyển, xuất vật chứng; ghi họ tên (và chức vụ) của người đó "
        "(Điều 37.2.đ, 37.3 Nghị định 152/2026/NĐ-CP).",
        "Item {code} is kept in {warehouse} of {body}: that body's keeper moves and issues it "
        "himself; enter the keeper's name (and position) (Decree 152/2026 Art 37.2.đ, 37.3).",
    ),
    "custody.mixed_with_untried": (
        "Vật chứng {code} thuộc vụ việc đã có quyết định thi hành án nên không để vào {location}: "
        "tại đó đang bảo quản {other} của vụ án chưa xét xử (chưa có quyết định thi hành án). "
        "Vật chứng của vụ án chưa xét xử phải sắp xếp, bảo quản riêng, không để lẫn lộn "
        "(Điều 11.1 Thông tư 04/2023/TT-BTP). Chọn vị trí khác.",
        "Item {code} belongs to a case under an enforcement decision, so it cannot go to "
        "{location}: {other}, of a case not yet tried (no enforcement decision), is stored there. "
        "Items of untried cases are stored apart (Circular 04/2023/TT-BTP Art 11.1). Choose "
        "another location.",
    ),
    "custody.mixed_with_decided": (
        "Vật chứng {code} thuộc vụ án chưa xét xử (chưa có quyết định thi hành án) nên không để "
        "vào {location}: tại đó đang bảo quản {other} của vụ việc đã có quyết định thi hành án. "
        "Vật chứng của vụ án chưa xét xử phải sắp xếp, bảo quản riêng, không để lẫn lộn "
        "(Điều 11.1 Thông tư 04/2023/TT-BTP). Chọn vị trí khác.",
        "Item {code} belongs to a case not yet tried (no enforcement decision), so it cannot go "
        "to {location}: {other}, of a case under an enforcement decision, is stored there. "
        "Items of untried cases are stored apart (Circular 04/2023/TT-BTP Art 11.1). Choose "
        "another location.",
    ),
    "release.not_all_issued": (
        "Còn {count} vật chứng chưa xuất theo lệnh: {codes}.",
        "{count} items on the order are not issued yet: {codes}.",
    ),
    "release.before_release_at": (
        "Lệnh xuất kho theo đề nghị số {ref} ấn định xuất kho lúc {at}: chưa đến thời điểm "
        "này nên chưa được xuất vật chứng, tài sản (Điều 37 khoản 3 Nghị định số "
        "152/2026/NĐ-CP).",
        "The release order on request {ref} fixes the release for {at}: no item may be "
        "issued before then (Decree 152/2026 Art 37.3).",
    ),
    "release.release_at_past": (
        "Giờ, ngày xuất kho không được trước thời điểm hiện tại.",
        "The hour and date of release cannot be earlier than now.",
    ),
    "sale.own_sale": (
        "{user} đã ghi nhận việc bán lô {lot} nên không ghi nhận tiền người mua nộp: việc "
        "này do người khác (kế toán, thủ quỹ) làm.",
        "{user} recorded the sale of lot {lot} and does not also record the buyer's money: "
        "someone else (the accountant or cashier) does.",
    ),
    "sale.own_sale_handover": (
        "{user} đã ghi nhận việc bán lô {lot} nên không giao tài sản cho người mua: việc này "
        "do một người khác làm (Chấp hành viên khác hoặc Thủ trưởng).",
        "{user} recorded the sale of lot {lot} and does not also hand the asset over to the "
        "buyer: someone else does (another enforcement officer or the head).",
    ),
    "sale.own_payment": (
        "{user} đã ghi nhận tiền người mua nộp cho lô {lot} nên không giao tài sản cho người "
        "mua: việc này do người khác làm.",
        "{user} recorded the buyer's money for lot {lot} and does not also hand the asset "
        "over: someone else does.",
    ),
}
