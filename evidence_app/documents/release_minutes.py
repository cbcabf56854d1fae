"""Biên bản giao nhận khi xuất kho: items handed to the recipient on an approved order."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, ReleaseMinutes, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = ("STT", "Mã", "Tên, chủng loại", "ĐVT", "Số lượng", "Hiện trạng, niêm phong", "Ghi chú")
_WIDTHS = (9, 28, 40, 12, 15, 36, 25)
#: Second persons of dual control sign in rows of their own under the three parties, two to
#: a row so the position stays on one line.
_PER_ROW = 2


def render(minutes: ReleaseMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    at = parts.vietnam_time(minutes.released_at)
    holders = minutes.recipients or _default_holders(minutes)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản giao nhận", _subtitle(minutes)),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        parts.p(
            f"Hồi {at:%H} giờ {at:%M} phút, {parts.date_words(at.date())}, "
            f"tại {minutes.place}, thực hiện Lệnh xuất kho số {minutes.release_order_number} "
            f"và Phiếu xuất kho số {minutes.release_slip_number}{_ordered(minutes)}, "
            "chúng tôi gồm:"
        ),
        parts.markup("<b>I. BÊN GIAO</b>", parts.SECTION),
        parts.labelled("Cơ quan", head.agency),
        parts.p(f"Ông/bà {parts.person(minutes.officer)}"),
        parts.p(f"Ông/bà {parts.person(minutes.keeper)}"),
        *_body_keeper(minutes),
        parts.markup("<b>II. BÊN NHẬN</b>", parts.SECTION),
        parts.labelled("Cơ quan, tổ chức", minutes.recipient_body or "—"),
        parts.labelled("Người nhận", minutes.recipient),
        parts.space(2),
        parts.p(
            f"Bên giao đã giao cho bên nhận để {minutes.purpose.lower()} các vật chứng, "
            "tài sản sau đây, mỗi vật chứng đã được quét mã đối chiếu với Lệnh xuất kho:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4,),
        ),
        parts.space(3),
        *_return_duty(minutes),
        *_witnesses(minutes),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        parts.signatures(
            [
                parts.signature(Signer(_receiver_title(minutes), minutes.recipient)),
                parts.signature(Signer("Chấp hành viên", minutes.officer.name)),
                parts.signature(Signer(_keeper_title(minutes), minutes.keeper.name)),
            ],
            page.TEXT_WIDTH_MM,
            lead=[
                parts.p(
                    "Biên bản kết thúc cùng ngày, đã đọc lại cho hai bên cùng nghe, nhất trí "
                    "và ký tên dưới đây. " + copies_sentence(holders)
                )
            ],
            tail=[] if minutes.second_persons else recipients_tail(holders),
        ),
        *_second_signatures(minutes, recipients_tail(holders)),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản giao nhận khi xuất kho")


def _row(index: int, line: DocumentLine) -> list[str]:
    seal = line.seal_state + (f" số {line.seal_numbers}" if line.seal_numbers else "")
    state = "; ".join(x for x in (line.condition, seal) if x)
    return [
        str(index),
        line.code,
        line.name,
        line.unit,
        parts.vn_number(line.quantity),
        state,
        line.note,
    ]


def _default_holders(minutes: ReleaseMinutes) -> tuple[str, ...]:
    """Giver, receiver, the accountant, the case file: one copy each, as for the handover
    minutes the release mirrors (Decree 152/2026 Art 37.2.d, 37.3)."""
    giver = minutes.keeper_body or minutes.header.agency
    receiver = minutes.recipient_body or minutes.recipient
    return (
        f"{receiver} (bên nhận)",
        f"{giver} (bên giao)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    )


def _ordered(minutes: ReleaseMinutes) -> str:
    """The hour the head fixed, beside the release's own (never before it, Art 37.3)."""
    if minutes.ordered_at is None:
        return ""
    at = parts.vietnam_time(minutes.ordered_at)
    return f" (thời điểm xuất kho ấn định: {at:%H} giờ {at:%M} phút ngày {at:%d/%m/%Y})"


def _second_signatures(minutes: ReleaseMinutes, tail: list[Flowable]) -> list[Flowable]:
    """Dual control: each second person signs the minutes too, name printed under the
    signature (the release of cash, valuables, drugs and weapons needs two people)."""
    blocks = [
        parts.signature(Signer(s.position or "Người kiểm soát thứ hai", s.name))
        for s in minutes.second_persons
    ]
    rows = [blocks[i : i + _PER_ROW] for i in range(0, len(blocks), _PER_ROW)]
    return [
        parts.signatures(row, page.TEXT_WIDTH_MM * len(row) / _PER_ROW, [parts.space(4)],
                         tail if i == len(rows) - 1 else [])
        for i, row in enumerate(rows)
    ]  # fmt: skip


def _receiver_title(minutes: ReleaseMinutes) -> str:
    """A body's representative signs for it (the finance body, the court, the council)."""
    return "Đại diện bên nhận" if minutes.recipient_body else "Bên nhận"


def _subtitle(minutes: ReleaseMinutes) -> str:
    if minutes.due_on is None:
        return "Vật chứng, tài sản khi xuất kho"
    return "Vật chứng, tài sản trích xuất có thời hạn"


def _return_duty(minutes: ReleaseMinutes) -> list[Flowable]:
    """A temporary release: the receiver answers for the items until they are back."""
    if minutes.due_on is None:
        return []
    reference = (
        f" theo văn bản đề nghị số {minutes.request_reference}" if minutes.request_reference else ""
    )
    return [
        parts.p(
            f"Bên nhận nhận vật chứng, tài sản{reference}, có trách nhiệm bảo quản, giữ nguyên "
            "hiện trạng, niêm phong và giao trả lại tại kho chậm nhất ngày "
            f"{minutes.due_on:%d/%m/%Y}; mọi mất mát, hư hỏng trong thời gian trích xuất do "
            "bên nhận chịu trách nhiệm."
        )
    ]


def _keeper_title(minutes: ReleaseMinutes) -> str:
    """Our keeper signs as "Thủ kho"; another body's keeper with that body's name."""
    if not minutes.keeper_body:
        return "Thủ kho"
    return f"{minutes.keeper.position or 'Người quản lý kho'} {minutes.keeper_body}"


def _body_keeper(minutes: ReleaseMinutes) -> list[Flowable]:
    """Items kept in another body's warehouse are handed over there by its keeper
    (Decree 152/2026 Art 37.2.đ, 37.3)."""
    if not minutes.keeper_body:
        return []
    return [parts.labelled("Cơ quan, đơn vị đang bảo quản", minutes.keeper_body)]


def _witnesses(minutes: ReleaseMinutes) -> list[Flowable]:
    if not minutes.witnesses:
        return []
    return [
        parts.p(
            "Kiểm soát hai người: các vật chứng, tài sản sau được xuất với người thứ hai "
            "xác nhận tại thời điểm xuất: " + "; ".join(minutes.witnesses) + "."
        )
    ]
