"""Biên bản giao nhận: the handover of items compared with the initial seizure record."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, HandoverMinutes, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = (
    "STT",
    "Mã",
    "Tên, chủng loại",
    "ĐVT",
    "SL theo BB thu giữ",
    "SL thực nhận",
    "Hiện trạng, niêm phong",
    "Chênh lệch so với BB thu giữ",
)
_WIDTHS = (9, 28, 33, 11, 14, 14, 29, 27)


def render(minutes: HandoverMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    at = parts.vietnam_time(minutes.received_at)
    holders = minutes.recipients or _default_holders(minutes)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản giao nhận", "Vật chứng, tài sản tạm giữ, tài sản kê biên"),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        parts.p(
            f"Hồi {at:%H} giờ {at:%M} phút, "
            f"{parts.date_words(at.date())}, tại {minutes.place}, "
            "chúng tôi gồm:"
        ),
        parts.markup("<b>I. BÊN GIAO</b>", parts.SECTION),
        parts.labelled("Cơ quan, đơn vị", minutes.delivering_body),
        parts.labelled("Người đại diện", minutes.representative),
        parts.labelled("Chức vụ", minutes.representative_position),
        parts.markup("<b>II. BÊN NHẬN</b>", parts.SECTION),
        parts.labelled("Cơ quan", head.agency),
        parts.p(f"Ông/bà {parts.person(minutes.officer)}"),
        parts.p(f"Ông/bà {parts.person(minutes.keeper)}"),
        parts.space(2),
        parts.p(
            "Hai bên đã tiến hành giao nhận vật chứng, tài sản và đối chiếu với biên bản thu "
            f"giữ ban đầu số {minutes.seizure_record_number or '…'} ngày "
            f"{parts.vn_date(minutes.seizure_record_date) or '…'} về số lượng, chủng loại, "
            "hiện trạng và niêm phong, cụ thể như sau:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4, 5),
        ),
        parts.space(3),
        *_remarks(minutes),
        parts.signatures(
            [
                parts.signature(
                    _signer("Đại diện bên giao", minutes.representative),
                    "(Ký, ghi rõ họ tên, đóng dấu)",
                ),
                parts.signature(
                    _signer("Đại diện bên nhận", minutes.officer.name),
                    "(Ký, ghi rõ họ tên, đóng dấu)",
                ),
                parts.signature(_signer("Thủ kho", minutes.keeper.name)),
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
    return page.render_pdf(story, head, stamp, "Biên bản giao nhận")


def _row(index: int, line: DocumentLine) -> list[str]:
    # Decree 152/2026 Art 37.2.c: the package's contents and the examination beside the seal;
    # the difference column holds every difference the line was accepted with: the keeper's,
    # a torn or suspicious seal with the conclusion it was accepted on (Art 37.2.c), the
    # custodian head's confirmation (Art 37.2.b).
    seen = "; ".join(x for x in (line.condition, _seal(line)) if x)
    state = ". ".join(x for x in (seen, line.contents, line.conclusions) if x)
    return [
        str(index),
        line.code,
        f"{line.name} ({line.identifiers})" if line.identifiers else line.name,
        line.unit,
        parts.vn_number(line.recorded_quantity),
        parts.vn_number(line.quantity),
        state,
        _difference(line) or "Không",
    ]


def _difference(line: DocumentLine) -> str:
    return ". ".join(x for x in (line.discrepancy, line.seal_finding, line.confirmation) if x)


def _seal(line: DocumentLine) -> str:
    if not line.seal_state:
        return ""
    return line.seal_state + (f" số {line.seal_numbers}" if line.seal_numbers else "")


def _remarks(minutes: HandoverMinutes) -> list[Flowable]:
    """Never "as in the seizure record" while a line differs or its seal was torn: each such
    line is named with the difference and the document it was accepted on (Art 37.2.b–c)."""
    differing = [line for line in minutes.lines if _difference(line)]
    flow: list[Flowable] = []
    if not differing:
        flow.append(
            parts.p(
                "Nhận xét: Vật chứng, tài sản giao nhận đúng với biên bản thu giữ ban đầu về "
                "số lượng, chủng loại, hiện trạng và niêm phong."
            )
        )
    else:
        flow.append(
            parts.p(
                f"Nhận xét: Có {len(differing):02d} vật chứng, tài sản không đúng với biên "
                "bản thu giữ ban đầu hoặc có niêm phong bị rách, có dấu hiệu khả nghi; bên "
                "nhận chỉ tiếp nhận theo hiện trạng và các văn bản sau "
                "(Điều 37 khoản 2 Nghị định số 152/2026/NĐ-CP):"
            )
        )
        flow += [parts.p(f"- {x.code} ({x.name}): {_difference(x)};") for x in differing]
        if len(differing) < len(minutes.lines):
            flow.append(
                parts.p(
                    "Các vật chứng, tài sản còn lại giao nhận đúng với biên bản thu giữ ban đầu."
                )
            )
    if minutes.note:
        flow.append(parts.p(f"Ghi chú: {minutes.note}"))
    return flow


def _signer(position: str, name: str) -> Signer:
    return Signer(position, name)


def _default_holders(minutes: HandoverMinutes) -> tuple[str, ...]:
    """Giver, receiver, the receiver's accountant, the case file (Decree 152/2026 Art
    37.2.d): 01 copy each."""
    return (
        f"{minutes.delivering_body} (bên giao)",
        f"{minutes.header.agency} (bên nhận)",
        "Kế toán bên nhận",
        "Lưu hồ sơ thi hành án",
    )
