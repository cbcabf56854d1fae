"""Messages about temporary releases (trích xuất), in Vietnamese and English."""

from __future__ import annotations

CHECKOUT_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.checkout": ("Phiếu trích xuất", "Temporary release"),
    "field.requester_name": ("người đề nghị", "the requester"),
    "field.requesting_body": ("cơ quan đề nghị", "the requesting body"),
    "field.release_purpose": ("mục đích trích xuất", "the purpose of the release"),
    "field.purpose_note": ("ghi chú mục đích", "the purpose note"),
    "field.request_reference": ("văn bản đề nghị số", "the written request's reference"),
    "field.due_on": ("hạn trả", "the due date"),
    "field.return_condition": ("hiện trạng khi nhận lại", "the condition on return"),
    "field.responsible_user": ("cán bộ chịu trách nhiệm", "the responsible officer"),
    "checkout.no_items": (
        "Chưa có vật chứng nào để trích xuất; hãy quét mã vật chứng.",
        "No item to release yet; scan the items first.",
    ),
    "checkout.duplicate_item": (
        "Vật chứng {code} đã có trong danh sách trích xuất.",
        "Item {code} is already on the release list.",
    ),
    "checkout.item_not_stored": (
        "Vật chứng {code} đang ở trạng thái «{status}»; chỉ trích xuất được vật chứng "
        "đang bảo quản trong kho.",
        "Item {code} is “{status}”; only items in storage can be released temporarily.",
    ),
    "checkout.past_due": (
        "Hạn trả {due} đã qua; hạn trả phải từ hôm nay ({today}) trở đi.",
        "The due date {due} has passed; it must be today ({today}) or later.",
    ),
    "checkout.due_before_release": (
        "Hạn trả {due} trước ngày xuất kho {release} mà thủ trưởng ấn định; hãy chọn giờ xuất "
        "kho không muộn hơn hạn trả.",
        "The due date {due} is before the release day {release} the head fixed; choose a "
        "release hour no later than the due date.",
    ),
    "checkout.terms_only_for_temporary": (
        "Văn bản đề nghị trích xuất và hạn trả chỉ dùng cho mục đích «Trích xuất có thời hạn».",
        "A written request and a due date belong only to a temporary release.",
    ),
    "checkout.not_out": (
        "Vật chứng {code} không đang được trích xuất (trạng thái «{status}»), "
        "nên không có gì để nhận lại.",
        "Item {code} is not out on a temporary release (status “{status}”), "
        "so there is nothing to return.",
    ),
    "checkout.unknown_user": (
        "Không tìm thấy cán bộ chịu trách nhiệm (mã {ref}) hoặc tài khoản đã ngừng hoạt động.",
        "The responsible officer (id {ref}) does not exist or is deactivated.",
    ),
}
