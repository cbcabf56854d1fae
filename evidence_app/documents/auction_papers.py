"""The papers of a sale's steps (Decree 30/2020 layout, as the other official papers):

- thông báo to a party: the valuation (Law 106/2025 Art 82), the creditor's taking to the
  debtor and to the creditor (Decree 152/2026 Art 65.6, 66) — ``AuctionNotice``;
- quyết định of the enforcement officer: reducing the price after a failed auction (Law
  Art 83.3), cancelling a sale the buyer did not pay for (Decree Art 65.1, 65.5) —
  ``AuctionDecision``;
- biên bản xác định giá of a price council with each member's opinion and signature (Decree
  Art 60.3) — ``CouncilMinutes``;
- biên bản bán tài sản không qua thủ tục đấu giá, signed by the officer and the buyer (Decree
  Art 64.2) — ``DirectSaleMinutes``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import (
    AuctionDecision,
    AuctionNotice,
    CouncilMinutes,
    CouncilOpinionLine,
    DirectSaleMinutes,
    DocumentLine,
    Signer,
)
from evidence_app.documents.copies import copies_sentence, recipients_tail

_HEAD = ("STT", "Mã", "Tên tài sản, đặc điểm", "ĐVT", "Số lượng")
_WIDTHS = (10, 30, 85, 20, 20)
_OPINION_HEAD = ("STT", "Thành viên", "Ý kiến", "Giá đề xuất (đồng)", "Lý do")
_OPINION_WIDTHS = (10, 45, 32, 33, 45)
_NOTICE_TO = ("Như trên", "Viện kiểm sát nhân dân cùng cấp", "Lưu: VT, hồ sơ thi hành án")
DECISION_TO = (
    "Đương sự",
    "Tổ chức hành nghề đấu giá tài sản",
    "Viện kiểm sát nhân dân cùng cấp",
    "Lưu: VT, hồ sơ thi hành án",
)
_COUNCIL_HOLDERS = (
    "Chủ tịch Hội đồng",
    "Viện kiểm sát nhân dân cùng cấp",
    "Kế toán nghiệp vụ",
    "Lưu hồ sơ thi hành án",
)


def render_notice(notice: AuctionNotice, stamp: page.Stamp) -> bytes:
    """The notice as PDF bytes."""
    head = notice.header
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Thông báo", notice.subject),
        parts.p(f"Kính gửi: {notice.addressee}", parts.CENTRE),
        parts.space(3),
        *(parts.p(f"Căn cứ {line};") for line in notice.basis),
        parts.space(2),
        *(parts.p(text) for text in notice.paragraphs),
        *_items(notice.lines),
        parts.recipients_and_signer(
            notice.recipients or _NOTICE_TO,
            parts.signature(notice.officer, "(Ký, ghi rõ họ tên, đóng dấu)"),
            page.TEXT_WIDTH_MM,
        ),
    ]
    return page.render_pdf(story, head, stamp, f"Thông báo {notice.subject.lower()}")


def render_decision(decision: AuctionDecision, stamp: page.Stamp) -> bytes:
    """The decision as PDF bytes."""
    head = decision.header
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Quyết định", decision.subject),
        parts.p("CHẤP HÀNH VIÊN", parts.SUBTITLE),
        parts.space(2),
        *(parts.p(f"Căn cứ {line};") for line in decision.basis),
        parts.space(2),
        parts.p("QUYẾT ĐỊNH:", parts.SUBTITLE),
        parts.space(1),
        *(
            parts.markup(f"<b>Điều {n}.</b> {escape(text)}")
            for n, text in enumerate(decision.articles, 1)
        ),
        *_items(decision.lines),
        parts.recipients_and_signer(
            decision.recipients or DECISION_TO,
            parts.signature(decision.officer, "(Ký, ghi rõ họ tên, đóng dấu)"),
            page.TEXT_WIDTH_MM,
        ),
    ]
    return page.render_pdf(story, head, stamp, f"Quyết định {decision.subject.lower()}")


def render_council_minutes(minutes: CouncilMinutes, stamp: page.Stamp) -> bytes:
    """The price council's minutes as PDF bytes: every member, his opinion, his signature."""
    head = minutes.header
    holders = minutes.recipients or _COUNCIL_HOLDERS
    agreeing = sum(1 for m in minutes.members if m.agrees)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản", "Xác định giá tài sản thi hành án"),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        *(parts.p(f"Căn cứ {line};") for line in minutes.basis),
        parts.space(2),
        parts.p(
            f"Hôm nay, {parts.date_words(minutes.held_on)}, tại {minutes.place}, Hội đồng xác "
            "định giá tài sản gồm:"
        ),
        *(
            parts.p(f"{n}. Ông/bà {m.name} – {m.position}")
            for n, m in enumerate(minutes.members, 1)
        ),
        parts.p("đã xem xét hiện trạng và xác định giá các tài sản sau đây:"),
        parts.space(2),
        tables.table(
            _HEAD, [_row(i, line) for i, line in enumerate(minutes.lines, 1)], _WIDTHS, numbers=(4,)
        ),
        parts.space(3),
        parts.markup("<b>Ý kiến của từng thành viên Hội đồng</b>", parts.SECTION),
        parts.space(1),
        tables.table(
            _OPINION_HEAD,
            [_opinion(i, m) for i, m in enumerate(minutes.members, 1)],
            _OPINION_WIDTHS,
            codes=(),
            numbers=(3,),
        ),
        parts.space(3),
        parts.p(
            f"Kết quả biểu quyết: {agreeing}/{len(minutes.members)} thành viên tán thành"
            + (
                " (bằng nhau, theo ý kiến Chủ tịch Hội đồng)"
                if 2 * agreeing == len(minutes.members)
                else ""
            )
            + f". Hội đồng xác định giá tài sản là {parts.vn_number(minutes.price)} đồng."
        ),
    ]
    # Every member signs (Art 60.3), three to a row; the closing words before the first row,
    # the recipients after the last.
    blocks = [parts.signature(Signer(_role(i), m.name)) for i, m in enumerate(minutes.members)]
    rows = [blocks[i : i + 3] for i in range(0, len(blocks), 3)] or [[]]
    closing = parts.p(
        "Biên bản kết thúc cùng ngày, đã đọc lại cho các thành viên cùng nghe, từng thành "
        "viên ký tên dưới đây. " + copies_sentence(holders)
    )
    for n, row in enumerate(rows):
        story.append(
            parts.signatures(
                row, page.TEXT_WIDTH_MM * len(row) / 3 if n else page.TEXT_WIDTH_MM,
                lead=[closing] if n == 0 else [],
                tail=recipients_tail(holders) if n == len(rows) - 1 else [],
            )
        )  # fmt: skip
    return page.render_pdf(story, head, stamp, "Biên bản xác định giá tài sản")


_DIRECT_HOLDERS = (
    "Người mua được tài sản",
    "Viện kiểm sát nhân dân cùng cấp",
    "Kế toán nghiệp vụ",
    "Lưu hồ sơ thi hành án",
)


def render_direct_sale_minutes(minutes: DirectSaleMinutes, stamp: page.Stamp) -> bytes:
    """The minutes of a sale without auction as PDF bytes (Decree 152/2026 Art 64.2)."""
    head = minutes.header
    holders = minutes.recipients or _DIRECT_HOLDERS
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản", "Bán tài sản không qua thủ tục đấu giá"),
        parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE),
        parts.space(3),
        *(parts.p(f"Căn cứ {line};") for line in minutes.basis),
        parts.space(2),
        parts.p(
            f"Hôm nay, {parts.date_words(minutes.held_on)}, tại {minutes.place}, chúng tôi gồm:"
        ),
        parts.p(f"1. Ông/bà {parts.person(minutes.officer)}"),
        parts.p(
            f"2. Người mua được tài sản: {minutes.buyer}"
            + (f", địa chỉ: {minutes.buyer_address}" if minutes.buyer_address else "")
        ),
        parts.p(
            f"Tiến hành bán tài sản không qua thủ tục đấu giá do tài sản là {minutes.reason}, "
            f"theo {minutes.announcement}. Tài sản bán gồm:"
        ),
        *_items(minutes.lines),
        parts.p(
            f"Giá bán: {parts.vn_number(minutes.price)} đồng. Người mua nộp tiền mua tài sản "
            "tại cơ quan thi hành án dân sự; tài sản được giao cho người mua theo quy định."
        ),
        parts.signatures(
            [
                parts.signature(Signer("Người mua được tài sản", minutes.buyer)),
                parts.signature(minutes.officer),
            ],
            page.TEXT_WIDTH_MM,
            lead=[
                parts.p(
                    "Biên bản kết thúc cùng ngày, đã đọc lại cho những người có mặt cùng nghe, "
                    "nhất trí và ký tên dưới đây. " + copies_sentence(holders)
                )
            ],
            tail=recipients_tail(holders),
        ),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản bán tài sản không qua đấu giá")


def _role(index: int) -> str:
    return "Chủ tịch Hội đồng" if index == 0 else "Thành viên"


def _items(lines: tuple[DocumentLine, ...]) -> list[Flowable]:
    if not lines:
        return []
    rows = [_row(i, line) for i, line in enumerate(lines, 1)]
    return [parts.space(2), tables.table(_HEAD, rows, _WIDTHS, numbers=(4,)), parts.space(2)]


def _row(index: int, line: DocumentLine) -> list[str]:
    return [str(index), line.code, line.name, line.unit, parts.vn_number(line.quantity)]


def _opinion(index: int, member: CouncilOpinionLine) -> list[str]:
    said = "Tán thành" if member.agrees else "Không tán thành"
    return [str(index), member.name, said, parts.vn_number(member.proposed_price), member.note]
