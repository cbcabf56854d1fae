"""Biên bản giao nhận: the handover of items compared with the initial seizure record."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, HandoverMinutes, Signer

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
_COPIES = "01 bản bên giao, 01 bản bên nhận, 01 bản kế toán bên nhận, 01 bản lưu hồ sơ"


def render(minutes: HandoverMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    at = parts.vietnam_time(minutes.received_at)
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
                    "và ký tên dưới đây. "
                    f"Biên bản được lập thành {minutes.copies:02d} bản: {_COPIES}."
                )
            ],
        ),
        parts.recipients_block(minutes.recipients or _default_recipients(minutes)),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản giao nhận")


def _row(index: int, line: DocumentLine) -> list[str]:
    # Decree 152/2026 Art 37.2.c: the package's contents and the conclusions beside the seal;
    # Art 37.2.b: the custodian head's confirmation beside the difference.
    seen = "; ".join(x for x in (line.condition, _seal(line)) if x)
    state = ". ".join(x for x in (seen, line.contents, line.conclusions) if x)
    difference = ". ".join(x for x in (line.discrepancy, line.confirmation) if x)
    return [
        str(index),
        line.code,
        f"{line.name} ({line.identifiers})" if line.identifiers else line.name,
        line.unit,
        parts.vn_number(line.recorded_quantity),
        parts.vn_number(line.quantity),
        state,
        difference or "Không",
    ]


def _seal(line: DocumentLine) -> str:
    if not line.seal_state:
        return ""
    return line.seal_state + (f" số {line.seal_numbers}" if line.seal_numbers else "")


def _remarks(minutes: HandoverMinutes) -> list[Flowable]:
    differing = [line for line in minutes.lines if line.discrepancy]
    text = (
        f"Có {len(differing)} vật chứng, tài sản khác với biên bản thu giữ ban đầu; "
        "nội dung chênh lệch đã ghi tại bảng trên."
        if differing
        else "Vật chứng, tài sản giao nhận đúng với biên bản thu giữ ban đầu."
    )
    flow = [parts.p(f"Nhận xét: {text}")]
    if minutes.note:
        flow.append(parts.p(f"Ghi chú: {minutes.note}"))
    return flow


def _signer(position: str, name: str) -> Signer:
    return Signer(position, name)


def _default_recipients(minutes: HandoverMinutes) -> tuple[str, ...]:
    return (
        f"{minutes.delivering_body} (bên giao): 01 bản;",
        f"{minutes.header.agency} (bên nhận): 01 bản;",
        "Kế toán bên nhận: 01 bản;",
        "Lưu: hồ sơ thi hành án.",
    )
