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
        "Vật chứng chỉ được trích xuất theo lệnh xuất kho của thủ trưởng: đề nghị, phê duyệt "
        "và quét xuất tại màn hình «Xuất kho», mục đích «Trích xuất có thời hạn». Khi vật "
        "chứng được trả lại, quét mã của nó để nhận lại, ghi hiện trạng và in biên bản nhận lại.",
        "Items leave on a temporary release only on the head's release order: request, approve "
        "and scan them out on the “Release” screen with the purpose “Temporary release”. When "
        "an item comes back, scan its code to take it back, record its condition and print the "
        "return minutes.",
    ),
    "checkout.not_out": (
        "Vật chứng {code} đang ở trạng thái «{status}», không đang trích xuất. Trích xuất vật "
        "chứng tại màn hình «Xuất kho» theo lệnh của thủ trưởng.",
        "Item {code} is “{status}”, not out on a temporary release. Items go out on the "
        "head's order from the “Release” screen.",
    ),
    "checkout.return_papers": ("Biên bản nhận lại", "Return minutes"),
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
        "Đã nhận lại vật chứng {code} về kho; biên bản nhận lại số {number}.",
        "Item {code} is back in storage; return minutes no. {number}.",
    ),
}
