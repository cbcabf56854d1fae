"""Phiếu xuất kho (form C05-THADS): what leaves the warehouse, under which order, to whom."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, ReleaseSlip

FORM = "C05-THADS"
_HEAD = (
    "STT",
    "Mã",
    "Tên, nhãn hiệu, quy cách, đặc điểm",
    "ĐVT",
    "Theo lệnh",
    "Thực xuất",
    "Ghi chú",
)
_WIDTHS = (9, 28, 48, 12, 17, 17, 34)


def render(slip: ReleaseSlip, stamp: page.Stamp) -> bytes:
    """The slip as PDF bytes."""
    head = slip.header
    rows, groups = tables.by_place(slip.lines, _row, "Xuất tại")
    signers = (slip.preparer, slip.receiver, slip.keeper, *slip.other_issuers)
    blocks = [parts.signature(signer) for signer in signers]
    blocks.append(parts.signature(slip.head, "(Ký, ghi rõ họ tên, đóng dấu)"))
    order_date = slip.release_order_date or head.issued_on
    story: list[Flowable] = [
        *page.header(head, FORM),
        *page.title("Phiếu xuất kho", "Vật chứng, tài sản tạm giữ, tài sản kê biên"),
        *_replaces(slip),
        parts.labelled("Vụ việc", slip.case_name),
        parts.labelled("Họ và tên người nhận", slip.received_by),
        parts.labelled("Lý do xuất kho", slip.purpose),
        parts.labelled(
            "Theo Lệnh xuất kho số",
            f"{slip.release_order_number} ngày {parts.vn_date(order_date)}",
        ),
        parts.labelled(
            "Xuất tại kho", tables.one_place(slip.lines, slip.warehouse) or slip.warehouse
        ),
        *_issued_by(slip),
        parts.space(2),
        tables.with_closing(
            tables.table(_HEAD, rows, _WIDTHS, numbers=(4, 5), groups=groups),
            [
                parts.space(2),
                parts.p(f"Tổng số: {len(slip.lines)} khoản vật chứng, tài sản."),
                parts.signatures(blocks, page.TEXT_WIDTH_MM),
                parts.recipients_block(
                    ("Kế toán nghiệp vụ;", "Thủ kho;", "Lưu: hồ sơ thi hành án.")
                ),
            ],
        ),
    ]
    return page.render_pdf(story, head, stamp, "Phiếu xuất kho")


def _issued_by(slip: ReleaseSlip) -> list[Flowable]:
    """Items kept in another body's warehouse are issued there by its keeper, named as the
    one who issued them (Decree 152/2026 Art 37.2.đ, 37.3)."""
    return [parts.labelled("Người xuất kho", who) for who in slip.issued_by]


def _replaces(slip: ReleaseSlip) -> list[Flowable]:
    if not slip.replaces:
        return []
    return [parts.p(f"(Phiếu này thay thế Phiếu xuất kho {slip.replaces})", parts.CENTRE)]


def _row(number: int, line: DocumentLine) -> list[str]:
    quantity = parts.vn_number(line.quantity)
    return [str(number), line.code, line.name, line.unit, quantity, quantity, line.note]
