"""Texts of temporary releases (trích xuất): the release and return screen and the warnings."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "checkout.panel_out": (
        "Đang trích xuất cho {who}, hạn trả {due}",
        "Out on temporary release to {who}, due back {due}",
    ),
    "checkout.panel_overdue": ("Quá hạn {days} ngày", "{days} days overdue"),
    "checkout.title": ("Trích xuất vật chứng", "Temporary releases"),
    "checkout.subtitle": (
        "Điền theo văn bản yêu cầu, quét từng vật chứng rồi bấm «Trích xuất». "
        "Khi vật chứng được trả lại, quét mã của nó để nhận lại và ghi hiện trạng.",
        "Fill in the written request, scan each item, then press “Release”. "
        "When an item comes back, scan its code to take it back and record its condition.",
    ),
    "checkout.requester": ("Người đề nghị", "Requested by"),
    "checkout.body": ("Cơ quan yêu cầu", "Requesting body"),
    "checkout.purpose": ("Mục đích", "Purpose"),
    "checkout.purpose_note": ("Mục đích khác (ghi rõ)", "Other purpose (details)"),
    "checkout.reference": ("Văn bản yêu cầu số, ngày", "Written request (number, date)"),
    "checkout.due": ("Hạn trả", "Due back"),
    "checkout.responsible": ("Người chịu trách nhiệm", "Responsible person"),
    "checkout.nobody": ("(không chỉ định)", "(none)"),
    "checkout.note": ("Ghi chú", "Note"),
    "checkout.scanned": ("Vật chứng trích xuất", "Items to release"),
    "checkout.count": ("{count} vật chứng", "{count} items"),
    "checkout.commit": ("Trích xuất", "Release"),
    "checkout.clear": ("Xóa danh sách", "Clear the list"),
    "checkout.remove": ("Bỏ dòng đã chọn", "Remove selected"),
    "checkout.duplicate": (
        "Vật chứng {code} đã có trong danh sách.",
        "Item {code} is already in the list.",
    ),
    "checkout.not_stored": (
        "Vật chứng {code} đang ở trạng thái «{status}»: "
        "chỉ trích xuất được vật chứng đang lưu kho.",
        "Item {code} is “{status}”: only items in storage can be released.",
    ),
    "checkout.done": (
        "Đã trích xuất {count} vật chứng cho {body}, hạn trả {due}.",
        "Released {count} items to {body}, due back {due}.",
    ),
    "checkout.open": ("Vật chứng đang trích xuất", "Items out on temporary release"),
    "checkout.only_overdue": ("Chỉ hiện quá hạn", "Overdue only"),
    "checkout.return": ("Nhận lại…", "Take back…"),
    "checkout.open_count": (
        "{count} vật chứng đang ở ngoài kho, {overdue} quá hạn.",
        "{count} items out, {overdue} overdue.",
    ),
    "checkout.col_code": ("Mã", "Code"),
    "checkout.col_name": ("Tên vật chứng", "Item"),
    "checkout.col_body": ("Cơ quan nhận", "Taken by"),
    "checkout.col_purpose": ("Mục đích", "Purpose"),
    "checkout.col_released": ("Ngày trích xuất", "Released on"),
    "checkout.col_due": ("Hạn trả", "Due back"),
    "checkout.col_late": ("Quá hạn (ngày)", "Days overdue"),
    "checkout.col_responsible": ("Người chịu trách nhiệm", "Responsible"),
    "checkout.return_title": ("Nhận lại vật chứng {code}", "Take back item {code}"),
    "checkout.return_subtitle": (
        "Đối chiếu hiện trạng khi nhận lại với khi trích xuất.",
        "Compare the item's condition now with its condition when it left.",
    ),
    "checkout.condition_ok": ("Đúng hiện trạng khi trích xuất", "As it was when released"),
    "checkout.condition_bad": ("Không đúng hiện trạng", "Not as it was when released"),
    "checkout.condition": ("Mô tả hiện trạng", "Condition"),
    "checkout.condition_needed": (
        "Hãy mô tả hiện trạng khi vật chứng không đúng như lúc trích xuất.",
        "Describe the condition when the item is not as it was.",
    ),
    "checkout.returned": (
        "Đã nhận lại vật chứng {code} về kho.",
        "Item {code} is back in storage.",
    ),
}
