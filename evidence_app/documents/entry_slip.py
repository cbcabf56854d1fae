"""Phiếu nhập kho (form C04-THADS): what the keeper booked in, under which order."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, EntrySlip

FORM = "C04-THADS"
_HEAD = (
    "STT",
    "Mã",
    "Tên, nhãn hiệu, quy cách, đặc điểm",
    "ĐVT",
    "Theo chứng từ",
    "Thực nhập",
    "Ghi chú",
)
_WIDTHS = (9, 28, 48, 12, 17, 17, 34)


def render(slip: EntrySlip, stamp: page.Stamp) -> bytes:
    """The slip as PDF bytes."""
    head = slip.header
    rows, groups = tables.by_place(slip.lines, _row, "Nhập vào")
    place = tables.one_place(slip.lines, "")
    blocks = [parts.signature(signer) for signer in (slip.preparer, slip.deliverer, slip.keeper)]
    blocks.append(parts.signature(slip.head, "(Ký, ghi rõ họ tên, đóng dấu)"))
    story: list[Flowable] = [
        *page.header(head, FORM),
        *page.title("Phiếu nhập kho", "Vật chứng, tài sản tạm giữ, tài sản kê biên"),
        parts.labelled("Vụ việc", slip.case_name),
        parts.labelled("Họ và tên người giao", slip.delivered_by),
        parts.labelled(
            "Theo Lệnh nhập kho số",
            f"{slip.entry_order_number} ngày {parts.vn_date(head.issued_on)}",
        ),
        *(
            [parts.labelled("Nhập tại kho, vị trí", place)]
            if place
            else [parts.labelled("Nhập tại kho", slip.warehouse)]
            + ([] if groups else [parts.labelled("Vị trí bảo quản", slip.location)])
        ),
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
    return page.render_pdf(story, head, stamp, "Phiếu nhập kho")


def _row(number: int, line: DocumentLine) -> list[str]:
    recorded = line.recorded_quantity if line.recorded_quantity is not None else line.quantity
    return [str(number), line.code, line.name, line.unit, parts.vn_number(recorded),
            parts.vn_number(line.quantity), line.discrepancy or line.note]  # fmt: skip
