"""Biên bản nhận lại vật chứng, tài sản trích xuất: items back from a temporary release, each
compared with its condition when it left, in 4 copies (Decree 152 Art 37.2.đ)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, ReturnMinutes, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = (
    "STT",
    "Mã",
    "Tên, chủng loại",
    "ĐVT",
    "Số lượng",
    "Hiện trạng khi xuất",
    "Hiện trạng khi nhận lại",
)
_WIDTHS = (9, 28, 36, 12, 15, 32, 33)


def render(minutes: ReturnMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    at = parts.vietnam_time(minutes.returned_at)
    holders = minutes.recipients or _default_holders(minutes)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản nhận lại", "Vật chứng, tài sản trích xuất có thời hạn"),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        parts.p(
            f"Hồi {at:%H} giờ {at:%M} phút, {parts.date_words(at.date())}, "
            f"tại {minutes.place}, {_grounds(minutes)}, chúng tôi gồm:"
        ),
        parts.markup("<b>I. BÊN GIAO TRẢ</b>", parts.SECTION),
        parts.labelled("Cơ quan, tổ chức", minutes.returning_body or "—"),
        parts.labelled("Người giao trả", minutes.returned_by),
        parts.markup("<b>II. BÊN NHẬN LẠI</b>", parts.SECTION),
        parts.labelled("Cơ quan", head.agency),
        parts.p(f"Ông/bà {parts.person(minutes.officer)}"),
        parts.p(f"Ông/bà {parts.person(minutes.keeper)}"),
        parts.space(2),
        parts.p(
            "Bên giao trả đã giao lại, bên nhận lại đã kiểm tra và nhận lại vào kho các vật "
            "chứng, tài sản sau đây, mỗi vật chứng đã được quét mã và đối chiếu với hiện trạng "
            "khi xuất:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4,),
        ),
        parts.space(3),
        *_differences(minutes),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        parts.signatures(
            [
                parts.signature(Signer("Bên giao trả", minutes.returned_by)),
                parts.signature(Signer("Chấp hành viên", minutes.officer.name)),
                parts.signature(Signer("Thủ kho", minutes.keeper.name)),
            ],
            page.TEXT_WIDTH_MM,
            lead=[
                parts.p(
                    "Biên bản kết thúc cùng ngày, đã đọc lại cho hai bên cùng nghe, nhất trí "
                    "và ký tên dưới đây. " + copies_sentence(holders)
                )
            ],
            tail=recipients_tail(holders),
        ),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản nhận lại vật chứng trích xuất")


def _default_holders(minutes: ReturnMinutes) -> tuple[str, ...]:
    """The returning side, the warehouse, the accountant, the case file: one copy each
    (Decree 152/2026 Art 37.2.d, the handover the return mirrors)."""
    return (
        f"{minutes.returning_body or minutes.returned_by} (bên giao trả)",
        f"{minutes.header.agency} (bên nhận lại)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    )


def _grounds(minutes: ReturnMinutes) -> str:
    left = f"ngày {minutes.released_on:%d/%m/%Y}"
    if not minutes.release_order_number:
        return f"nhận lại vật chứng, tài sản đã trích xuất {left}"
    return (
        f"nhận lại vật chứng, tài sản đã trích xuất {left} theo Lệnh xuất kho số "
        f"{minutes.release_order_number} và Biên bản giao nhận số "
        f"{minutes.release_minutes_number}"
    )


def _row(index: int, line: DocumentLine) -> list[str]:
    return [
        str(index),
        line.code,
        line.name,
        line.unit,
        parts.vn_number(line.quantity),
        line.recorded_condition,
        line.condition,
    ]


def _differences(minutes: ReturnMinutes) -> list[Flowable]:
    changed = [f"{line.code}: {line.discrepancy}" for line in minutes.lines if line.discrepancy]
    if not changed:
        return [parts.p("Các vật chứng, tài sản được nhận lại đúng hiện trạng khi xuất.")]
    return [
        parts.p(
            "Vật chứng, tài sản không đúng hiện trạng khi xuất: " + "; ".join(changed) + ". "
            "Bên giao trả chịu trách nhiệm về những thay đổi này."
        )
    ]
