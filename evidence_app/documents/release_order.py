"""Lệnh xuất kho (form D66-THADS): the head orders items released at a fixed hour and date."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, ReleaseOrder

FORM = "D66-THADS"
_HEAD = ("STT", "Mã", "Tên vật chứng, tài sản", "ĐVT", "Số lượng", "Niêm phong", "Ghi chú")
_WIDTHS = (9, 28, 48, 12, 15, 28, 25)


def render(order: ReleaseOrder, stamp: page.Stamp) -> bytes:
    """The order as PDF bytes."""
    head = order.header
    at = parts.vietnam_time(order.release_at)
    rows, groups = tables.by_place(order.lines, _row, "Xuất tại")
    place = tables.one_place(order.lines, order.warehouse)
    at_place = f"xuất tại {place}" if place else "xuất tại kho, vị trí ghi tại từng mục dưới đây"
    recipient = order.recipient + (f" - {order.recipient_body}" if order.recipient_body else "")
    story: list[Flowable] = [
        *page.header(head, FORM),
        *page.title("Lệnh xuất kho", "Vật chứng, tài sản tạm giữ, tài sản kê biên"),
        *(
            [parts.p(order.authority.upper(), parts.SUBTITLE), parts.space(2)]
            if order.authority
            else []
        ),
        *(parts.p(f"Căn cứ {line}") for line in order.basis),
        parts.space(2),
        parts.p("LỆNH:", parts.SUBTITLE),
        parts.space(1),
        parts.p(
            f"1. Ông/bà {parts.person(order.keeper)}, {at_place} "
            f"các vật chứng, tài sản của vụ việc {order.case_name} để {order.purpose.lower()}, "
            f"giao cho {recipient}, vào hồi {at:%H} giờ {at:%M} phút, "
            f"{parts.date_words(at.date())}, gồm:"
        ),
        parts.space(2),
        tables.with_closing(
            tables.table(_HEAD, rows, _WIDTHS, numbers=(4,), groups=groups),
            parts.order_closing(
                order.recipients, order.head, order.officer, order.keeper, page.TEXT_WIDTH_MM
            ),
        ),
    ]
    return page.render_pdf(story, head, stamp, "Lệnh xuất kho")


def _row(number: int, line: DocumentLine) -> list[str]:
    seal = line.seal_numbers or line.seal_state
    return [str(number), line.code, line.name, line.unit, parts.vn_number(line.quantity), seal,
            line.note]  # fmt: skip
