"""Biên bản tiêu hủy vật chứng, tài sản (Decree 152 Art 40): the council, the supervisor,
each item's condition, the method, place and time, and every member's signature block."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import CouncilMember, DestructionMinutes, DocumentLine, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = ("STT", "Mã", "Tên, chủng loại", "ĐVT", "Số lượng", "Hiện trạng khi tiêu hủy", "Vụ việc")
_WIDTHS = (9, 28, 38, 12, 13, 32, 33)
_PER_ROW = 3
#: Who keeps a copy: the procuracy, the finance agency, the case file (Decree 152/2026
#: Art 40; DOMAIN.md), one each; the copies stated are counted from this list.
RECIPIENTS = (
    "Viện kiểm sát nhân dân cùng cấp",
    "Cơ quan tài chính cùng cấp",
    "Lưu hồ sơ thi hành án",
)


def render(minutes: DestructionMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    start = parts.vietnam_time(minutes.started_at)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản tiêu hủy", "Vật chứng, tài sản"),
        parts.p(
            f"Căn cứ Quyết định số {minutes.decision_number} ngày "
            f"{parts.vn_date(minutes.decision_date)} về việc thành lập Hội đồng tiêu hủy "
            "vật chứng, tài sản;"
        ),
        parts.p("Căn cứ Điều 40 Nghị định số 152/2026/NĐ-CP của Chính phủ;"),
        parts.space(2),
        parts.p(
            f"Hồi {start:%H} giờ {start:%M} phút, {parts.date_words(start.date())}, "
            f"tại {minutes.place}, chúng tôi gồm:"
        ),
        parts.markup("<b>I. HỘI ĐỒNG TIÊU HỦY VẬT CHỨNG, TÀI SẢN</b>", parts.SECTION),
        *(parts.p(f"{n}. {_member(m)}") for n, m in enumerate(minutes.members, 1)),
        parts.markup("<b>II. ĐẠI DIỆN VIỆN KIỂM SÁT (giám sát)</b>", parts.SECTION),
        parts.p(f"Ông/bà {_person(minutes.supervisor)}"),
        *_contractor(minutes),
        parts.space(2),
        parts.p(
            "Hội đồng đã tiếp nhận, xem xét, đối chiếu vật chứng, tài sản với bản án, quyết "
            "định và biên bản thu giữ ban đầu; từng vật chứng, tài sản đã được quét mã tại "
            "nơi tiêu hủy. Hội đồng đã tiến hành tiêu hủy các vật chứng, tài sản sau đây:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4,),
        ),
        parts.space(3),
        parts.labelled("Hình thức tiêu hủy", minutes.method),
        parts.labelled("Địa điểm tiêu hủy", minutes.place),
        parts.labelled(
            "Thời gian tiêu hủy",
            f"từ {_time(minutes.started_at)} đến {_time(minutes.ended_at)}",
        ),
        parts.labelled("Kết quả biểu quyết của Hội đồng", minutes.vote),
        *(
            [parts.p(f"Hình ảnh việc tiêu hủy: {minutes.photo_count:02d} ảnh lưu kèm hồ sơ.")]
            if minutes.photo_count
            else []
        ),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        *_signatures(minutes),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản tiêu hủy")


def _person(m: CouncilMember) -> str:
    where = f", {m.agency}" if m.agency else ""
    return f"{m.name}, {m.position}{where}"


def _member(m: CouncilMember) -> str:
    return f"Ông/bà {_person(m)} – {m.role};"


def _time(moment: datetime) -> str:
    at = parts.vietnam_time(moment)
    return f"{at:%H} giờ {at:%M} phút ngày {parts.vn_date(at.date())}"


def _contractor(minutes: DestructionMinutes) -> list[Flowable]:
    if not minutes.contractor:
        return []
    return [
        parts.markup("<b>III. CƠ QUAN, TỔ CHỨC THỰC HIỆN TIÊU HỦY</b>", parts.SECTION),
        parts.p(f"{minutes.contractor} (theo hợp đồng với Chấp hành viên, Điều 40.2)."),
    ]


def _row(index: int, line: DocumentLine) -> list[str]:
    return [
        str(index),
        line.code,
        line.name,
        line.unit,
        parts.vn_number(line.quantity),
        line.condition,
        line.note,
    ]


def _signatures(minutes: DestructionMinutes) -> list[Flowable]:
    """Every member's block, three to a row, then the supervisor's; the closing words
    stay on the page of the first row."""
    blocks = [parts.signature(Signer(_signing_as(m.role), m.name)) for m in minutes.members]
    blocks.append(parts.signature(Signer("Kiểm sát viên", minutes.supervisor.name)))
    rows = [blocks[i : i + _PER_ROW] for i in range(0, len(blocks), _PER_ROW)]
    lead = [
        parts.space(2),
        parts.p(
            f"Việc tiêu hủy kết thúc hồi {_time(minutes.ended_at)}. Biên bản đã "
            "được đọc lại cho các thành viên Hội đồng và đại diện Viện kiểm sát cùng nghe, "
            "nhất trí và ký tên dưới đây. " + copies_sentence(minutes.recipients or RECIPIENTS)
        ),
    ]
    tail = recipients_tail(minutes.recipients or RECIPIENTS)
    return [
        parts.signatures(row, page.TEXT_WIDTH_MM * len(row) / _PER_ROW, lead if i == 0 else (),
                         tail if i == len(rows) - 1 else ())
        for i, row in enumerate(rows)
    ]  # fmt: skip


def _signing_as(role: str) -> str:
    """The short position over a signature: the chair, or "Thành viên"."""
    return role if role.startswith("Chủ tịch") else "Thành viên"
