"""Thẻ kho (form D67-THADS), one per case: entries and releases with running balances."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import StockCard, StockCardEntry

FORM = "D67-THADS"
_HEAD = (
    "STT",
    "Ngày",
    "Số chứng từ",
    "Mã, tên vật chứng, tài sản",
    "ĐVT",
    "Nhập",
    "Xuất",
    "Tồn",
    "Ghi chú",
)
_WIDTHS = (9, 19, 26, 48, 11, 12, 12, 12, 16)


def render(card: StockCard, stamp: page.Stamp) -> bytes:
    """The card as PDF bytes."""
    head = card.header
    rows, groups = tables.by_place(card.entries, _row, "Bảo quản tại")
    blocks = [parts.signature(signer) for signer in (card.keeper, card.accountant)]
    blocks.append(parts.signature(card.head, "(Ký, ghi rõ họ tên, đóng dấu)"))
    story: list[Flowable] = [
        *page.header(head, FORM),
        *page.title("Thẻ kho", "Vật chứng, tài sản tạm giữ, tài sản kê biên"),
        parts.labelled("Vụ việc", card.case_name),
        parts.labelled("Bản án, quyết định", card.judgment),
        parts.labelled("Kho bảo quản", tables.one_place(card.entries, "") or card.warehouse),
        parts.space(2),
        tables.with_closing(
            tables.table(_HEAD, rows, _WIDTHS, codes=(1, 2), numbers=(5, 6, 7), groups=groups),
            [
                parts.signatures(blocks, page.TEXT_WIDTH_MM),
                parts.recipients_block(("Kế toán nghiệp vụ;", "Lưu: hồ sơ thi hành án.")),
            ],
        ),
    ]
    return page.render_pdf(story, head, stamp, "Thẻ kho")


def _row(number: int, e: StockCardEntry) -> list[str]:
    return [
        str(number),
        parts.vn_date(e.on),
        e.document_number,
        f"{e.code}\n{e.name}",
        e.unit,
        parts.vn_number(e.quantity_in) if e.quantity_in else "",
        parts.vn_number(e.quantity_out) if e.quantity_out else "",
        parts.vn_number(e.balance),
        e.note,
    ]
