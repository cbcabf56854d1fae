"""Messages about the handover checks of Decree 152/2026 Art 37.2.b–c, in Vietnamese and
English: the custodian head's confirmation, a sealed package's contents, the conclusions."""

from __future__ import annotations

INTAKE_MESSAGES: dict[str, tuple[str, str]] = {
    "intake.needs_confirmation": (
        "vật chứng khác biên bản thu giữ ban đầu chỉ được tiếp nhận theo văn bản xác nhận của "
        "Thủ trưởng cơ quan, tổ chức đang bảo quản; chưa nhập {field} "
        "(Nghị định 152/2026/NĐ-CP, Điều 37.2.b).",
        "an item that differs from the initial seizure record is accepted only on the written "
        "confirmation of the head of the body keeping it; {field} is missing "
        "(Decree 152/2026/NĐ-CP, Art 37.2.b).",
    ),
    "intake.confirmation_before_seizure": (
        "ngày văn bản xác nhận {on} trước ngày biên bản thu giữ ban đầu {seized}.",
        "the confirmation's date {on} is before the initial seizure record's date {seized}.",
    ),
    "intake.date_in_future": (
        "{field} ({on}) sau ngày hôm nay ({today}).",
        "{field} ({on}) is after today ({today}).",
    ),
    "intake.sealed_needs_contents": (
        "gói niêm phong chỉ được tiếp nhận khi rõ số lượng, chủng loại, chất lượng vật chứng "
        "bên trong; chưa ghi {field} (Nghị định 152/2026/NĐ-CP, Điều 37.2.c).",
        "a sealed package is accepted only when the quantity, type and quality of its contents "
        "are stated; {field} is missing (Decree 152/2026/NĐ-CP, Art 37.2.c).",
    ),
    "field.confirmation_number": ("số văn bản xác nhận", "the confirmation's number"),
    "field.confirmation_date": ("ngày văn bản xác nhận", "the confirmation's date"),
    "field.confirmation_signer": (
        "họ tên Thủ trưởng ký văn bản xác nhận",
        "the name of the head who signed the confirmation",
    ),
    "field.confirmation_position": (
        "chức vụ người ký văn bản xác nhận",
        "the signer's position",
    ),
    "field.contents_quantity": ("số lượng vật chứng trong gói", "the quantity of the contents"),
    "field.contents_type": ("chủng loại vật chứng trong gói", "the type of the contents"),
    "field.contents_quality": ("chất lượng vật chứng trong gói", "the quality of the contents"),
    "field.seal_body": (
        "cơ quan có thẩm quyền kết luận về niêm phong",
        "the competent body that concluded on the seal",
    ),
    "field.seal_number": ("số văn bản kết luận về niêm phong", "the seal conclusion's number"),
    "field.seal_date": ("ngày kết luận về niêm phong", "the seal conclusion's date"),
    "field.exam_body": ("cơ quan giám định", "the examining body"),
    "field.exam_number": ("số kết luận giám định", "the examination conclusion's number"),
    "field.exam_date": ("ngày kết luận giám định", "the examination conclusion's date"),
}
