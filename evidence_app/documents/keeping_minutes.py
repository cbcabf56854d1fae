"""Biên bản giao bảo quản tài sản: items left with their owner or user, a third party or the
commune to keep (Law 106/2025 Art 40.1.a, c, đ), on the minutes Decree 152/2026 Art 24.4
describes: the kind and condition of each item, the hour and date, the officer, the party,
the keeper and the witness, the keeper's rights and duties, the owner's undertaking, and
everyone's signature; a copy to each of them (Art 24.5)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import DocumentLine, KeepingMinutes, Signer
from evidence_app.documents.copies import copies_sentence, recipients_tail
from evidence_app.domain import display

_HEAD = ("STT", "Mã", "Tên, loại tài sản, đặc điểm", "ĐVT", "Số lượng", "Tình trạng khi giao")
_WIDTHS = (9, 28, 55, 12, 15, 46)
#: The keeper's duties while keeping (Law 106/2025 Art 40.4; Decree 152/2026 Art 24.6).
DUTIES = (
    "Bảo đảm điều kiện bảo quản tài sản theo quy định của pháp luật; thực hiện yêu cầu của "
    "cơ quan thi hành án dân sự, Chấp hành viên về việc bảo quản, lưu giữ, nhập, xuất tài sản.",
    "Không được chuyển quyền sở hữu, chuyển đổi, chuyển nhượng, cho thuê, cho mượn, tặng cho, "
    "thế chấp, cầm cố, góp vốn bằng tài sản hoặc thực hiện giao dịch khác liên quan đến tài "
    "sản; không được gây hư hỏng, đánh tráo, làm mất, hủy hoại, thay đổi kết cấu, hiện trạng "
    "tài sản.",
    "Để cơ quan thi hành án dân sự kiểm tra việc bảo quản định kỳ hằng tháng và ký biên bản "
    "kiểm tra (Thông tư số 01/2017/TT-BTP, khoản 2 Điều 12).",
    "Vi phạm quy định về bảo quản tài sản thì tùy tính chất, mức độ mà bị xử lý theo quy định "
    "của pháp luật; gây thiệt hại thì phải bồi thường.",
)
_UNDERTAKING = (
    "Tôi, {name}, cam kết thực hiện đúng các yêu cầu của Chấp hành viên trong quá trình tổ "
    "chức thi hành án (khoản 1 Điều 24 Nghị định số 152/2026/NĐ-CP)."
)
_DUTIES = "Quyền, nghĩa vụ của người được giao bảo quản:"
#: The position printed when none was given: said once, by the section it stands in.
_KEEPER = "Người được giao bảo quản"
_PAID = (
    "Người được giao bảo quản được trả thù lao, được thanh toán chi phí bảo quản tài sản "
    "(khoản 4 Điều 24 Nghị định số 152/2026/NĐ-CP)."
)


def render(minutes: KeepingMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    at = parts.vietnam_time(minutes.handed_at)
    holders = minutes.recipients or default_holders(minutes)
    story: list[Flowable] = [
        *page.header(head),
        *page.title("Biên bản giao bảo quản", "Vật chứng, tài sản thi hành án"),
        *([parts.p(f"Vụ việc: {minutes.case_name}", parts.CENTRE)] if minutes.case_name else []),
        parts.space(3),
        parts.p("Căn cứ Điều 40 Luật Thi hành án dân sự số 106/2025/QH15;"),
        parts.p("Căn cứ Điều 24 Nghị định số 152/2026/NĐ-CP của Chính phủ;"),
        parts.space(2),
        parts.p(
            f"Hồi {at:%H} giờ {at:%M} phút, {parts.date_words(at.date())}, tại "
            f"{minutes.place}, chúng tôi gồm:"
        ),
        parts.markup("<b>I. BÊN GIAO</b>", parts.SECTION),
        parts.labelled("Cơ quan", head.agency),
        parts.p(f"Ông/bà {parts.person(minutes.officer)}"),
        parts.markup("<b>II. BÊN NHẬN BẢO QUẢN</b>", parts.SECTION),
        parts.labelled("Người được giao bảo quản", minutes.keeper_kind),
        *([parts.labelled("Cơ quan, tổ chức", minutes.keeper_body)] if minutes.keeper_body else []),
        parts.p(_keeper_line(minutes.keeper)),
        parts.labelled("Địa chỉ", minutes.keeper_address or "…"),
        *_contract(minutes),
        *_others(minutes),
        parts.space(2),
        parts.p(
            f"Theo {minutes.basis}, bên giao giao cho bên nhận bảo quản các vật chứng, tài sản "
            f"sau đây, ghi sổ tại nơi bảo quản {minutes.place_code}:"
        ),
        parts.space(2),
        tables.table(
            _HEAD,
            [_row(i, line) for i, line in enumerate(minutes.lines, 1)],
            _WIDTHS,
            numbers=(4,),
        ),
        parts.space(3),
        # The heading never ends a page alone.
        KeepTogether([parts.markup(f"<b>{_DUTIES}</b>"), parts.p(f"1. {DUTIES[0]}")]),
        *[parts.p(f"{n}. {duty}") for n, duty in enumerate(DUTIES[1:], 2)],
        *([parts.p(f"{len(DUTIES) + 1}. {_PAID}")] if minutes.paid else []),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        parts.signatures(
            _signers(minutes),
            page.TEXT_WIDTH_MM,
            # What the keeper undertakes stands with his signature (Decree 152/2026 Art 24.1).
            lead=[*_undertaking(minutes), *_refusal(minutes), parts.p(_closing(minutes, holders))],
            tail=recipients_tail(holders),
        ),
    ]
    return page.render_pdf(story, head, stamp, "Biên bản giao bảo quản tài sản")


def default_holders(minutes: KeepingMinutes) -> tuple[str, ...]:
    """The party, the keeper, the accountant and the case file (Decree 152/2026 Art 24.5)."""
    party = (f"{minutes.party} (đương sự)",) if minutes.party else ()
    keeper = minutes.keeper_body or minutes.keeper.name
    return (
        *party,
        f"{keeper} (người được giao bảo quản)",
        "Kế toán nghiệp vụ",
        "Lưu hồ sơ thi hành án",
    )


def _keeper_line(keeper: Signer) -> str:
    """ "Ông/bà Nguyễn Văn A" for the owner himself, with the position of a body's
    representative ("…, Phó Chủ tịch UBND xã")."""
    position = keeper.position if keeper.position not in ("", _KEEPER) else ""
    return f"Ông/bà {keeper.name}" + (f", {position}" if position else "")


def _contract(minutes: KeepingMinutes) -> list[Flowable]:
    """The service contract with a paid keeper (Decree 152/2026 Art 24.3)."""
    if not minutes.contract_number or minutes.contract_signed_on is None:
        return []
    signed = minutes.contract_signed_on
    return [
        parts.labelled(
            "Hợp đồng dịch vụ bảo quản",
            f"số {minutes.contract_number} ký ngày {signed:%d/%m/%Y}; chi phí bảo quản: "
            f"{display.money(minutes.contract_fee)} (khoản 3 Điều 24 Nghị định số "
            "152/2026/NĐ-CP)",
        )
    ]


def _others(minutes: KeepingMinutes) -> list[Flowable]:
    """The party and the witness, who neither give nor keep (Decree 152/2026 Art 24.4)."""
    rows = [
        *([parts.labelled("Đương sự", minutes.party)] if minutes.party else []),
        *([parts.labelled("Người chứng kiến", minutes.witness)] if minutes.witness else []),
    ]
    if not rows:
        return []
    title = " ".join(
        (
            "III.",
            ", ".join(
                t
                for t, who in (("ĐƯƠNG SỰ", minutes.party), ("NGƯỜI CHỨNG KIẾN", minutes.witness))
                if who
            ),
        )
    )
    return [parts.markup(f"<b>{title}</b>", parts.SECTION), *rows]


def _undertaking(minutes: KeepingMinutes) -> list[Flowable]:
    """The owner's or relative's own undertaking (Decree 152/2026 Art 24.1, 24.4)."""
    if not minutes.undertaking:
        return []
    return [
        parts.markup("<b>Cam kết của người được giao bảo quản:</b>"),
        parts.p(_UNDERTAKING.format(name=minutes.keeper.name)),
    ]


def _closing(minutes: KeepingMinutes, holders: tuple[str, ...]) -> str:
    agreed = "cùng nghe và ký tên" if minutes.refused else "cùng nghe, nhất trí và ký tên"
    return (
        f"Biên bản kết thúc cùng ngày, đã đọc lại cho các bên {agreed} dưới đây. "
        + copies_sentence(holders)
    )


def _refusal(minutes: KeepingMinutes) -> list[Flowable]:
    """Who refused to sign, and why (Decree 152/2026 Art 24.4)."""
    if not minutes.refused:
        return []
    return [
        parts.p(
            f"Ông/bà {minutes.refused} từ chối ký biên bản. "
            f"Lý do: {minutes.refusal_reason.rstrip('.')}."
        )
    ]


def _signers(minutes: KeepingMinutes) -> list[parts.Signature]:
    keeper = "Đại diện bên nhận bảo quản" if minutes.keeper_body else _KEEPER
    found = [parts.signature(Signer(keeper, minutes.keeper.name))]
    for title, name in (("Đương sự", minutes.party), ("Người chứng kiến", minutes.witness)):
        if name:
            refused = name == minutes.refused
            hint = "(Từ chối ký)" if refused else "(Ký, ghi rõ họ tên)"
            found.append(parts.signature(Signer(title, name), hint))
    found.append(parts.signature(Signer("Chấp hành viên", minutes.officer.name)))
    return found


def _row(index: int, line: DocumentLine) -> list[str]:
    seal = line.seal_state + (f" số {line.seal_numbers}" if line.seal_numbers else "")
    state = "; ".join(x for x in (line.condition, seal) if x) or "—"
    return [str(index), line.code, line.name, line.unit, parts.vn_number(line.quantity), state]
