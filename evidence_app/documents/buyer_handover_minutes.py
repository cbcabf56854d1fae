"""Biên bản giao tài sản cho người mua được tài sản (Decree 152 Art 67)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import BuyerHandoverMinutes, DocumentLine, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = ("STT", "Mã", "Tên tài sản, đặc điểm", "ĐVT", "Số lượng", "Hiện trạng, niêm phong")
_WIDTHS = (9, 28, 55, 12, 15, 46)
#: Who keeps a copy: the buyer, the officer, the accountant and the case file; the copies
#: stated are the recipients listed (``copies.py``).
_HOLDERS = (
    "Người mua được tài sản",
    "Chấp hành viên",
    "Kế toán nghiệp vụ",
    "Lưu hồ sơ thi hành án",
)


def render(minutes: BuyerHandoverMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    holders = minutes.recipients or _HOLDERS
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản giao tài sản", "Cho người mua được tài sản"),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        parts.p("Căn cứ Luật Thi hành án dân sự số 106/2025/QH15;"),
        parts.p("Căn cứ Điều 67 Nghị định số 152/2026/NĐ-CP của Chính phủ;"),
        *([parts.p(f"Căn cứ {minutes.decision};")] if minutes.decision else []),
        parts.p(f"Căn cứ kết quả bán tài sản: {minutes.sale}."),
        parts.space(2),
        parts.p(
            f"Hôm nay, {parts.date_words(minutes.handed_over_on)}, tại {minutes.place}, "
            "chúng tôi gồm:"
        ),
        parts.markup("<b>I. BÊN GIAO</b>", parts.SECTION),
        parts.labelled("Cơ quan", head.agency),
        parts.p(f"Ông/bà {parts.person(minutes.officer)}"),
        parts.p(f"Ông/bà {parts.person(minutes.keeper)}"),
        parts.markup("<b>II. BÊN NHẬN (NGƯỜI MUA ĐƯỢC TÀI SẢN)</b>", parts.SECTION),
        parts.labelled("Ông/bà, tổ chức", minutes.buyer),
        parts.labelled("Địa chỉ", minutes.buyer_address or "…"),
        parts.space(2),
        parts.p(
            f"Người mua đã nộp đủ số tiền mua tài sản là {parts.vn_number(minutes.price)} đồng"
            + (f" ngày {parts.vn_date(minutes.paid_on)}" if minutes.paid_on else "")
            + ". Bên giao đã giao cho người mua các tài sản sau đây:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4,),
        ),
        parts.space(3),
        parts.p(
            "Người mua đã kiểm tra hiện trạng tài sản, nhận đủ tài sản và giấy tờ kèm theo "
            "(nếu có), không có ý kiến gì khác."
        ),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        parts.signatures(
            [
                parts.signature(Signer("Người mua", minutes.buyer)),
                parts.signature(Signer("Thủ kho", minutes.keeper.name)),
                parts.signature(Signer("Chấp hành viên", minutes.officer.name)),
            ],
            page.TEXT_WIDTH_MM,
            lead=[
                parts.p(
                    "Biên bản kết thúc cùng ngày, đã đọc lại cho các bên cùng nghe, nhất trí "
                    "và ký tên dưới đây. " + copies_sentence(holders)
                )
            ],
            tail=recipients_tail(holders),
        ),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản giao tài sản cho người mua")


def _row(index: int, line: DocumentLine) -> list[str]:
    seal = line.seal_state + (f" số {line.seal_numbers}" if line.seal_numbers else "")
    state = "; ".join(x for x in (line.condition, seal) if x)
    return [str(index), line.code, line.name, line.unit, parts.vn_number(line.quantity), state]
