"""The buyer handover minutes of a lot, issued in the calling transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    Agency,
    AuctionLot,
    Case,
    CustodyEvent,
    Document,
    Item,
    Party,
    PriorityNotice,
    User,
    Valuation,
    ValuationOpinion,
)
from evidence_app.documents.auction_papers import DECISION_TO
from evidence_app.documents.content import (
    AuctionDecision,
    AuctionNotice,
    BuyerHandoverMinutes,
    CouncilMinutes,
    CouncilOpinionLine,
    DirectSaleMinutes,
    DocumentHeader,
    DocumentLine,
    Signer,
)
from evidence_app.domain import display
from evidence_app.domain.enums import (
    DocumentKind,
    EventKind,
    LotStatus,
    PartyRole,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import value
from evidence_app.services.admin import holidays
from evidence_app.services.auctions.co_owners import declare_by, pay_by
from evidence_app.services.auctions.rounds import creditor_may_take
from evidence_app.services.auctions.rows import items_of, open_lot, owed, rounds_of
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import (
    DocumentView,
    document_view,
    issue_document,
    items_keeper,
)


def sale_text(lot: AuctionLot) -> str:
    """How the lot was sold, as the minutes cite it."""
    sold = f"{lot.sold_on:%d/%m/%Y}" if lot.sold_on else "…"
    if lot.sale_method is SaleMethod.AUCTION:
        contract = f"{lot.contract_on:%d/%m/%Y}" if lot.contract_on else "…"
        return (
            f"bán đấu giá thành ngày {sold} theo Hợp đồng dịch vụ đấu giá tài sản số "
            f"{lot.contract_number} ngày {contract} với {lot.organisation}"
        )
    if lot.sale_method is SaleMethod.CREDITOR:
        return f"người được thi hành án nhận tài sản để trừ vào tiền thi hành án ngày {sold}"
    if lot.sale_method is SaleMethod.GOLD_DEALER:
        return f"bán vàng cho doanh nghiệp, tổ chức tín dụng được phép kinh doanh vàng ngày {sold}"
    return f"bán tài sản không qua thủ tục đấu giá ngày {sold}"


def buyer_handover_minutes(
    session: Session, actor: Actor, lot: AuctionLot, items: Sequence[Item], on: date
) -> Document:
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    case = session.get(Case, lot.case_id)
    officer = session.get(User, lot.officer_id) if lot.officer_id else None
    decision = ""
    if case is not None and case.decision_number:
        dated = f" ngày {case.decision_date:%d/%m/%Y}" if case.decision_date else ""
        decision = f"Quyết định thi hành án số {case.decision_number}{dated}"
    content = BuyerHandoverMinutes(
        header=DocumentHeader(
            agency.managing_agency if agency else "",
            agency.name if agency else "",
            agency.place_name if agency else "",
            on,
        ),
        handed_over_on=on,
        place=(agency.address or agency.name) if agency else "",
        case_name=case.name if case else "",
        decision=decision,
        sale=sale_text(lot),
        buyer=lot.buyer_name,
        buyer_address=lot.buyer_address,
        price=lot.price or 0,
        paid_on=lot.paid_on,
        officer=Signer("Chấp hành viên", officer.full_name if officer else actor.full_name),
        # The keeper hands the lot over (Decree 152/2026 Art 67): the one who answers for it.
        keeper=Signer("Thủ kho vật chứng", items_keeper(session, items, [actor.user_id])),
        lines=tuple(document_line(item) for item in items),
        copies=value("handover.copies"),
        note=lot.note,
    )
    return issue_document(
        session,
        actor.user_id,
        DocumentKind.BUYER_HANDOVER_MINUTES,
        content,
        case_id=lot.case_id,
        items=items,
    )


def document_line(item: Item) -> DocumentLine:
    return DocumentLine(
        code=item.code,
        name=item.name + (f" ({item.identifiers})" if item.identifiers else ""),
        unit=item.unit,
        quantity=item.quantity,
        condition=item.condition,
        seal_state=label(item.seal_state, "vi"),
        seal_numbers=item.seal_numbers,
    )


# -- the papers of the sale's steps (issue 18) -------------------------------------------------

LAW = "Luật Thi hành án dân sự số 106/2025/QH15"
DECREE = "Nghị định số 152/2026/NĐ-CP của Chính phủ"
#: The papers the screen prints, each for a step that has happened.
PAPERS = (
    "valuation_notice",
    "council_minutes",
    "reduction_decision",
    "taking_debtor_notice",
    "taking_creditor_notice",
    "cancel_decision",
    "failure_notice",
    "return_to_debtor",
    "priority_notice",
    "direct_sale_notice",
    "direct_sale_minutes",
)


@dataclass(frozen=True, slots=True)
class _Context:
    header: DocumentHeader
    place: str
    case: Case
    officer: Signer
    decision: str
    lines: tuple[DocumentLine, ...]
    items: list[Item]


def _context(session: Session, actor: Actor, lot: AuctionLot, on: date) -> _Context:
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    case = session.get(Case, lot.case_id)
    assert case is not None
    officer = session.get(User, lot.officer_id) if lot.officer_id else None
    decision = ""
    if case.decision_number:
        dated = f" ngày {case.decision_date:%d/%m/%Y}" if case.decision_date else ""
        decision = f"Quyết định thi hành án số {case.decision_number}{dated}"
    items = items_of(session, lot.id)
    return _Context(
        header=DocumentHeader(
            agency.managing_agency if agency else "", agency.name if agency else "",
            agency.place_name if agency else "", on,
        ),
        place=(agency.address or agency.name) if agency else "",
        case=case,
        officer=Signer("Chấp hành viên", officer.full_name if officer else actor.full_name),
        decision=decision,
        lines=tuple(document_line(item) for item in items),
        items=items,
    )  # fmt: skip


def _basis(ctx: _Context, *extra: str) -> tuple[str, ...]:
    """The articles the paper rests on, then the case's QĐ THA."""
    return (*extra, *([ctx.decision] if ctx.decision else []))


def _party(session: Session, case_id: int, role: PartyRole) -> str:
    names = session.scalars(
        select(Party.full_name).where(Party.case_id == case_id, Party.role == role)
    ).all()
    return ", ".join(names)


def _parties(session: Session, case_id: int) -> str:
    creditor = _party(session, case_id, PartyRole.CREDITOR)
    debtor = _party(session, case_id, PartyRole.LIABLE)
    found = [f"Người được thi hành án: {creditor}"] if creditor else []
    found += [f"Người phải thi hành án: {debtor}"] if debtor else []
    return "; ".join(found) or "Các đương sự"


def _money(amount: int) -> str:
    """ "81.000.000 đồng" (domain.display)."""
    return display.money(amount)


def _existing(session: Session, kind: DocumentKind, lot: AuctionLot, step: str) -> Document | None:
    """The paper already issued for this step of the lot: one paper a step, reprinted."""
    docs = session.scalars(
        select(Document).where(Document.case_id == lot.case_id, Document.kind == str(kind))
    )
    for doc in docs:
        content = json.loads(doc.content).get("content", {})
        if content.get("lot_id") == lot.id and content.get("step") == step:
            return doc
    return None


def issue_paper(session: Session, actor: Actor, lot: AuctionLot, paper: str) -> Document:
    """The paper of a step that has happened, issued once (the same paper on a reprint);
    a ValidationError when its step has not happened."""
    if paper not in PAPERS:
        raise ValidationError("paper.unknown", paper=paper)
    builder = _BUILDERS[paper]
    kind, step, make = builder(session, lot)
    found = _existing(session, kind, lot, step)
    if found is not None:
        return found
    content = make(session, actor, lot)
    numbered = replace(content, lot_id=lot.id, step=step)
    items = items_of(session, lot.id)
    return issue_document(session, actor.user_id, kind, numbered, case_id=lot.case_id, items=items)


def issue_step_paper(session: Session, actor: Actor, lot: AuctionLot, paper: str) -> Document:
    """The paper of the step just recorded, numbered in the step's own transaction (issue
    18): the step and its paper stand or fall together (a failed numbering rolls the step
    back), and printing later only reprints it (``issue_paper`` finds it). The decision
    cancelling an unpaid sale takes its agency number here (Decree 152/2026 Art 65.1)."""
    session.flush()
    return issue_paper(session, actor, lot, paper)


_Made = AuctionNotice | AuctionDecision | CouncilMinutes | DirectSaleMinutes
_Make = Callable[[Session, Actor, AuctionLot], _Made]
_Builder = Callable[[Session, AuctionLot], tuple[DocumentKind, str, _Make]]


def _not_yet(paper: str) -> ValidationError:
    return ValidationError("paper.step_not_done", paper=f"paper.{paper}")


def _valuation_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Law 106/2025 Art 82; Decree 152/2026 Art 60.6: the parties told of the price, with
    their right to ask once for a re-valuation within 5 working days (Art 82.2.c)."""
    valuation = _last(session.scalars(select(Valuation).where(Valuation.lot_id == lot.id)
                                      .order_by(Valuation.seq)).all())  # fmt: skip
    if valuation is None or valuation.notified_on is None:
        raise _not_yet("valuation_notice")
    assert valuation.notified_on is not None
    notified_on = valuation.notified_on

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, notified_on)
        how = label(valuation.method, "vi")
        by = f" ({valuation.valuer})" if valuation.valuer else ""
        again = (
            "thẩm định giá lại" if valuation.method is ValuationMethod.FIRM else "xác định giá lại"
        )
        days = value("valuation.request_working_days")
        return AuctionNotice(
            header=ctx.header,
            subject="Về kết quả thẩm định giá, xác định giá tài sản",
            addressee=_parties(session, lot.case_id),
            basis=_basis(ctx, "Điều 82 " + LAW, "Điều 60 " + DECREE),
            paragraphs=(
                f"Tài sản kê biên ngày {lot.seized_on:%d/%m/%Y} của vụ việc {ctx.case.name} "
                f"(lô «{lot.name}») đã được định giá ngày {valuation.valued_on:%d/%m/%Y} "
                f"theo hình thức: {how}{by}. Giá tài sản là {_money(valuation.price)}.",
                f"Trong thời hạn {days:02d} ngày làm việc kể từ ngày nhận được thông báo này, "
                f"đương sự có quyền yêu cầu {again} một lần và phải nộp tạm ứng chi phí "
                "(điểm c khoản 2 Điều 82 Luật Thi hành án dân sự). Hết thời hạn trên, tài sản "
                "được bán theo quy định.",
                "Tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
        )

    return DocumentKind.AUCTION_NOTICE, f"valuation:{valuation.seq}", make


def _council_minutes(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 60.3: the council's minutes, each member's opinion and signature."""
    councils = session.scalars(
        select(Valuation).where(Valuation.lot_id == lot.id,
                                Valuation.method == ValuationMethod.PRICE_COUNCIL)
        .order_by(Valuation.seq)
    ).all()  # fmt: skip
    valuation = _last(councils)
    if valuation is None:
        raise _not_yet("council_minutes")
    assert valuation is not None
    opinions = session.scalars(
        select(ValuationOpinion).where(ValuationOpinion.valuation_id == valuation.id)
        .order_by(ValuationOpinion.seq)
    ).all()  # fmt: skip
    if not opinions:  # recorded before migration 0026: no opinion to print, none invented
        raise ValidationError("paper.no_opinions")

    def make(session: Session, actor: Actor, lot: AuctionLot) -> CouncilMinutes:
        ctx = _context(session, actor, lot, valuation.valued_on)
        members = tuple(_member(o.member, o.agrees, o.proposed_price, o.note) for o in opinions)
        return CouncilMinutes(
            header=ctx.header,
            held_on=valuation.valued_on,
            place=ctx.place,
            case_name=ctx.case.name,
            basis=_basis(
                ctx, "điểm b khoản 1 Điều 82 " + LAW, "khoản 3 Điều 60 " + DECREE,
                *([f"Quyết định thành lập Hội đồng xác định giá số {valuation.paper_number}"]
                  if valuation.paper_number else []),
            ),
            members=members,
            price=valuation.price,
            lines=ctx.lines,
        )  # fmt: skip

    return DocumentKind.COUNCIL_MINUTES, f"council:{valuation.seq}", make


def _member(member: str, agrees: bool, price: int, note: str) -> CouncilOpinionLine:
    name, _, position = member.partition("–")
    return CouncilOpinionLine(name.strip(), position.strip() or "Thành viên", agrees, price, note)


def _reduction_decision(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Law 106/2025 Art 83.3: the officer's decision reducing the starting price after a
    failed auction (at most 10 % each time)."""
    rounds = rounds_of(session, lot.id)
    reduced = [(a, b) for a, b in pairwise(rounds) if b.starting_price < a.starting_price]
    if not reduced:
        raise _not_yet("reduction_decision")
    before, after = reduced[-1]
    decided_on = after.reduction_decided_on or before.failure_noticed_on or before.auction_on
    nth = len(reduced)

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionDecision:
        ctx = _context(session, actor, lot, decided_on)
        cut = before.starting_price - after.starting_price
        share = display.percent(Decimal(cut * 100) / before.starting_price, sign=True)
        noticed = before.failure_noticed_on or before.auction_on
        return AuctionDecision(
            header=ctx.header,
            subject=f"Về việc giảm giá tài sản (lần thứ {nth})",
            basis=_basis(
                ctx, "khoản 3 Điều 83 " + LAW, "khoản 6 Điều 65 " + DECREE,
                f"Thông báo đấu giá không thành ngày {noticed:%d/%m/%Y} (cuộc đấu giá lần "
                f"{before.seq} ngày {before.auction_on:%d/%m/%Y})",
            ),
            articles=(
                f"Giảm giá tài sản của vụ việc {ctx.case.name} (lô «{lot.name}») từ "
                f"{_money(before.starting_price)} xuống {_money(after.starting_price)} "
                f"(giảm {_money(cut)}, {share}).",
                f"Giá khởi điểm của cuộc đấu giá lần {after.seq} là "
                f"{_money(after.starting_price)}; tài sản gồm:",
                "Chấp hành viên, tổ chức hành nghề đấu giá tài sản và các đương sự chịu "
                "trách nhiệm thi hành Quyết định này.",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
        )  # fmt: skip

    return DocumentKind.AUCTION_DECISION, f"reduction:{after.seq}", make


def _taking_debtor_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 65.6: the debtor told of the creditor's request to take the
    asset, and of his 5 working days to pay in full and take it back."""
    if lot.debtor_notified_on is None or lot.creditor_request_on is None:
        raise _not_yet("taking_debtor_notice")
    on, asked = lot.debtor_notified_on, lot.creditor_request_on

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, on)
        price = rounds_of(session, lot.id)[-1].starting_price
        due = owed(session, lot) + lot.enforcement_costs
        days = value("taking.redeem_working_days")
        debtor = _party(session, lot.case_id, PartyRole.LIABLE) or "Người phải thi hành án"
        return AuctionNotice(
            header=ctx.header,
            subject="Về việc người được thi hành án nhận tài sản để trừ vào tiền thi hành án",
            addressee=f"Người phải thi hành án: {debtor}",
            basis=_basis(ctx, "khoản 3 Điều 83 " + LAW, "khoản 6 Điều 65 " + DECREE),
            paragraphs=(
                f"Ngày {asked:%d/%m/%Y}, người được thi hành án "
                f"{_party(session, lot.case_id, PartyRole.CREDITOR) or ''} đề nghị nhận tài sản "
                f"(lô «{lot.name}») để trừ vào tiền được thi hành án theo giá khởi điểm của "
                f"lần giảm giá cuối cùng là {_money(price)}.",
                f"Trong thời hạn {days:02d} ngày làm việc kể từ ngày nhận được thông báo này, "
                f"nếu người phải thi hành án nộp đủ số tiền thi hành án và chi phí thi hành án "
                f"là {_money(due)} thì được nhận lại tài sản; hết thời hạn trên mà không nộp "
                "đủ, tài sản được giao cho người được thi hành án.",
                "Tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
        )  # fmt: skip

    return DocumentKind.AUCTION_NOTICE, "taking_debtor", make


def _taking_creditor_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 65.6, 66: the debtor did not redeem; the creditor told to pay
    the difference between the price and what he is owed within 5 working days."""
    if lot.creditor_notified_on is None:
        raise _not_yet("taking_creditor_notice")
    on = lot.creditor_notified_on

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, on)
        price = rounds_of(session, lot.id)[-1].starting_price
        set_off = min(price, owed(session, lot))
        days = value("taking.creditor_pay_working_days")
        creditor = _party(session, lot.case_id, PartyRole.CREDITOR) or "Người được thi hành án"
        return AuctionNotice(
            header=ctx.header,
            subject="Về việc nhận tài sản để trừ vào tiền thi hành án",
            addressee=f"Người được thi hành án: {creditor}",
            basis=_basis(ctx, "khoản 3 Điều 83 " + LAW, "khoản 6 Điều 65, Điều 66 " + DECREE),
            paragraphs=(
                f"Người phải thi hành án không nộp đủ tiền để nhận lại tài sản (lô «{lot.name}») "
                f"trong thời hạn {value('taking.redeem_working_days'):02d} ngày làm việc.",
                f"Giá tài sản là {_money(price)}; số tiền được trừ vào tiền thi hành án là "
                f"{_money(set_off)}; số tiền chênh lệch người được thi hành án phải nộp là "
                f"{_money(price - set_off)}, trong thời hạn {days:02d} ngày làm việc kể từ "
                "ngày nhận được thông báo này (Điều 66 Nghị định số 152/2026/NĐ-CP).",
                "Tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
        )  # fmt: skip

    return DocumentKind.AUCTION_NOTICE, "taking_creditor", make


def _cancel_decision(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 65.1, 65.5: the sale cancelled when the buyer did not pay in
    time; his deposit belongs to the agency; the lot goes back to auction."""
    ids = [i.id for i in items_of(session, lot.id)]
    events = session.scalars(
        select(CustodyEvent).where(CustodyEvent.item_id.in_(ids),
                                   CustodyEvent.kind == EventKind.SALE_CANCELLED)
        .order_by(CustodyEvent.id.desc())
    )  # fmt: skip
    # The buyer's own cancellation (Art 67.4, "by": "buyer") is no decision of the agency.
    found = ((e, json.loads(e.data or "{}")) for e in events)
    chosen = next(((e, d) for e, d in found if d.get("by") != "buyer"), None)
    if chosen is None:
        raise _not_yet("cancel_decision")
    event, data = chosen
    cancelled_on = date.fromisoformat(data["cancelled_on"])
    due = date.fromisoformat(data["due"])

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionDecision:
        ctx = _context(session, actor, lot, cancelled_on)
        deposit = int(data.get("deposit") or 0)
        buyer = str(data.get("buyer") or "") or "…"
        return AuctionDecision(
            header=ctx.header,
            subject="Về việc hủy bỏ kết quả bán đấu giá tài sản và hợp đồng mua bán tài sản "
            "đấu giá",
            basis=_basis(ctx, "khoản 1, khoản 5 Điều 65 " + DECREE,
                         *([str(data["record"])] if data.get("record") else [])),
            articles=(
                f"Hủy bỏ việc bán tài sản (lô «{lot.name}») của vụ việc {ctx.case.name} cho "
                f"{buyer} với giá {_money(int(data.get('price') or 0))}, "
                f"do người mua không nộp đủ tiền mua tài sản trong thời hạn (đến hết ngày "
                f"{due:%d/%m/%Y}).",
                # Decree 152/2026 Art 65.1, second paragraph: the agency cancels the sale
                # contract the buyer did not pay for.
                f"Hủy bỏ hợp đồng mua bán tài sản đấu giá đã giao kết với người mua {buyer} "
                "đối với tài sản nêu tại Điều 1 (khoản 1 Điều 65 Nghị định số "
                "152/2026/NĐ-CP).",
                f"Khoản tiền đặt trước {_money(deposit)} của người mua thuộc về cơ quan thi "
                "hành án dân sự (khoản 5 Điều 65 Nghị định số 152/2026/NĐ-CP).",
                "Tài sản được tiếp tục bán đấu giá theo quy định; tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
            # The buyer first: the decision cancels his contract (Art 65.1).
            recipients=(f"Người mua được tài sản: {buyer}", *DECISION_TO),
        )  # fmt: skip

    return DocumentKind.AUCTION_DECISION, f"cancel:{event.id}", make


def _failure_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 65.6: within 2 working days of the auctioneer's notice that the
    auction failed, the officer tells the parties; from the second reduction on the notice
    states the creditor's right to take the asset at the last reduced price before the next
    reduction (Law 106/2025 Art 83.3 para 2; Decree Art 66). One paper per failed round."""
    rounds = rounds_of(session, lot.id)
    told = [n for n, r in enumerate(rounds) if r.parties_notified_on is not None]
    if not told:
        raise _not_yet("failure_notice")
    upto = rounds[: told[-1] + 1]
    failed = upto[-1]
    assert failed.parties_notified_on is not None
    notified_on = failed.parties_notified_on
    may_take = creditor_may_take(upto)

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, notified_on)
        noticed = failed.failure_noticed_on or failed.auction_on
        org = f" của {lot.organisation}" if lot.organisation else ""
        said = [
            f"Cuộc đấu giá lần {failed.seq} ngày {failed.auction_on:%d/%m/%Y} đối với tài sản "
            f"của vụ việc {ctx.case.name} (lô «{lot.name}»), giá khởi điểm "
            f"{_money(failed.starting_price)}, không thành (theo thông báo{org} ngày "
            f"{noticed:%d/%m/%Y}).",
        ]
        if may_take:
            # Law Art 83.3 para 2, Decree Art 65.6: the creditor's right, before the next cut.
            days = value("taking.debtor_notice_working_days")
            said.append(
                "Từ sau lần giảm giá thứ hai trở đi tài sản đấu giá không thành, người được "
                "thi hành án có quyền nhận tài sản để trừ vào tiền được thi hành án theo giá đã "
                f"giảm lần sau cùng là {_money(failed.starting_price)} trước khi Chấp hành viên "
                "ra quyết định giảm giá lần tiếp theo (khoản 3 Điều 83 Luật Thi hành án dân "
                "sự; khoản 6 Điều 65, Điều 66 Nghị định số 152/2026/NĐ-CP). Trường hợp người "
                "được thi hành án đồng ý nhận tài sản, Chấp hành viên thông báo cho người phải "
                f"thi hành án trong thời hạn {days:02d} ngày làm việc kể từ ngày nhận được đề "
                "nghị."
            )
            if failed.starting_price <= lot.enforcement_costs:
                said.append(
                    f"Giá tài sản đã giảm bằng hoặc thấp hơn chi phí thi hành án "
                    f"({_money(lot.enforcement_costs)}): nếu người được thi hành án không nhận "
                    "tài sản thì tài sản được giao lại cho người phải thi hành án quản lý, sử "
                    "dụng (khoản 3 Điều 83 Luật Thi hành án dân sự)."
                )
            else:
                said.append(
                    "Trường hợp người được thi hành án không đồng ý nhận tài sản, Chấp hành "
                    "viên ra quyết định giảm giá tài sản để tiếp tục đấu giá."
                )
        else:
            days = value("auction.reduction_decision_working_days")
            said.append(
                f"Trong thời hạn {days:02d} ngày làm việc kể từ ngày nhận được thông báo đấu "
                "giá không thành, Chấp hành viên ra quyết định giảm giá tài sản để tiếp tục "
                "đấu giá; mỗi lần giảm không quá 10% giá khởi điểm của lần đấu giá liền kề "
                "trước đó (khoản 3 Điều 83 Luật Thi hành án dân sự)."
            )
        said.append("Tài sản gồm:")
        return AuctionNotice(
            header=ctx.header,
            subject="Về việc tài sản đấu giá không thành",
            addressee=_parties(session, lot.case_id),
            basis=_basis(ctx, "khoản 3 Điều 83 " + LAW, "khoản 6 Điều 65 " + DECREE),
            paragraphs=tuple(said),
            officer=ctx.officer,
            lines=ctx.lines,
        )

    return DocumentKind.AUCTION_NOTICE, f"failure:{failed.seq}", make


def _return_to_debtor(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Law 106/2025 Art 83.3 para 3: reduced to the enforcement costs or below and declined
    by the creditor, the asset is handed back to the debtor to manage and use, and he may
    not put it into any civil transaction until the obligation is done. The items leave the
    warehouse on the head's exit order (Decree 152/2026 Art 37.3)."""
    if lot.status is not LotStatus.RETURNED_TO_DEBTOR or lot.ended_on is None:
        raise _not_yet("return_to_debtor")
    on = lot.ended_on

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, on)
        last = rounds_of(session, lot.id)[-1]
        debtor = _party(session, lot.case_id, PartyRole.LIABLE) or "Người phải thi hành án"
        return AuctionNotice(
            header=ctx.header,
            subject="Về việc giao lại tài sản cho người phải thi hành án",
            addressee=f"Người phải thi hành án: {debtor}",
            basis=_basis(ctx, "khoản 3 Điều 83 " + LAW, "khoản 6, khoản 7 Điều 65 " + DECREE),
            paragraphs=(
                f"Tài sản của vụ việc {ctx.case.name} (lô «{lot.name}») đã giảm giá đến "
                f"{_money(last.starting_price)}, bằng hoặc thấp hơn chi phí thi hành án là "
                f"{_money(lot.enforcement_costs)}; cuộc đấu giá lần {last.seq} ngày "
                f"{last.auction_on:%d/%m/%Y} không thành và ngày {on:%d/%m/%Y} người được thi "
                "hành án không đồng ý nhận tài sản để trừ vào tiền được thi hành án.",
                "Tài sản được giao lại cho người phải thi hành án quản lý, sử dụng; tài sản "
                "được xuất kho giao cho người phải thi hành án theo lệnh xuất kho của Thủ "
                "trưởng cơ quan thi hành án dân sự.",
                "Người phải thi hành án không được đưa tài sản này tham gia các giao dịch dân "
                "sự cho đến khi thực hiện xong nghĩa vụ thi hành án (khoản 3 Điều 83 Luật Thi "
                "hành án dân sự).",
                "Tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
            recipients=("Như trên", "Người được thi hành án", "Viện kiểm sát nhân dân cùng cấp",
                        "Lưu: VT, hồ sơ thi hành án"),
        )  # fmt: skip

    return DocumentKind.AUCTION_NOTICE, "return_to_debtor", make


def _priority_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Law 106/2025 Art 83.1: the latest co-owner or priority buyer notified (each has his
    own paper, ``issue_priority_notice``)."""
    found = session.scalars(
        select(PriorityNotice).where(PriorityNotice.lot_id == lot.id)
        .order_by(PriorityNotice.id.desc())
    ).first()  # fmt: skip
    if found is None:
        raise _not_yet("priority_notice")
    return _priority_paper(found)


def _priority_paper(notice: PriorityNotice) -> tuple[DocumentKind, str, _Make]:
    """Law 106/2025 Art 83.1: before the first sale the officer tells each co-owner or
    priority buyer of his right to buy at the starting price within 15 days (real property)
    or 05 working days (movables) of the notice, then to pay within 05 working days."""

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        ctx = _context(session, actor, lot, notice.notified_on)
        off = holidays(session)
        last, pay = declare_by(lot, notice.notified_on, off), pay_by(lot, notice.notified_on, off)
        price = _last(session.scalars(select(Valuation).where(Valuation.lot_id == lot.id)
                                      .order_by(Valuation.seq)).all())  # fmt: skip
        period = (
            f"{value('priority.real_property_days'):02d} ngày đối với bất động sản"
            if lot.real_property
            else f"{value('priority.movable_working_days'):02d} ngày làm việc đối với động sản"
        )
        address = f" (địa chỉ: {notice.address})" if notice.address else ""
        return AuctionNotice(
            header=ctx.header,
            subject="Về quyền ưu tiên mua tài sản thi hành án",
            addressee=f"{notice.name}{address}",
            basis=_basis(ctx, "khoản 1 Điều 83 " + LAW),
            paragraphs=(
                f"Tài sản kê biên của vụ việc {ctx.case.name} (lô «{lot.name}») được bán để "
                "thi hành án với giá khởi điểm "
                f"{_money(price.price if price else 0)}. Ông/bà (tổ chức) là chủ sở hữu chung "
                "hoặc người được quyền ưu tiên mua tài sản theo giá khởi điểm.",
                f"Thời hạn thực hiện quyền ưu tiên mua là {period} kể từ ngày được thông báo "
                f"hợp lệ, đến hết ngày {last:%d/%m/%Y}. Trong thời hạn "
                f"{value('priority.payment_working_days'):02d} ngày làm việc kể từ ngày hết "
                f"thời hạn ưu tiên (đến hết ngày {pay:%d/%m/%Y}), nếu người được ưu tiên mua "
                "không nộp tiền mua thì tài sản được bán theo quy định tại khoản 2 Điều 83 Luật "
                "Thi hành án dân sự.",
                "Tài sản gồm:",
            ),
            officer=ctx.officer,
            lines=ctx.lines,
            recipients=("Như trên", "Đương sự", "Viện kiểm sát nhân dân cùng cấp",
                        "Lưu: VT, hồ sơ thi hành án"),
        )  # fmt: skip

    return DocumentKind.AUCTION_NOTICE, f"priority:{notice.id}", make


def issue_priority_notice(
    session: Session, actor: Actor, lot: AuctionLot, notice: PriorityNotice
) -> Document:
    """The notice to one co-owner or priority buyer (Law 106/2025 Art 83.1), numbered in
    the notification's own transaction; a reprint finds it."""
    session.flush()
    kind, step, make = _priority_paper(notice)
    found = _existing(session, kind, lot, step)
    if found is not None:
        return found
    numbered = replace(make(session, actor, lot), lot_id=lot.id, step=step)
    items = items_of(session, lot.id)
    return issue_document(session, actor.user_id, kind, numbered, case_id=lot.case_id, items=items)


_DIRECT = (SaleMethod.PERISHABLE, SaleMethod.LOW_VALUE)


def _direct_sale_notice(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 64.2: the announcement of a sale without auction, issued by its own
    step (``issue_direct_sale_notice``); here only found again for a reprint."""
    kind, step = DocumentKind.AUCTION_NOTICE, "direct_sale"
    if lot.sale_announced_on is None or _existing(session, kind, lot, step) is None:
        raise _not_yet("direct_sale_notice")  # not announced (or before the notice was a paper)

    def make(session: Session, actor: Actor, lot: AuctionLot) -> AuctionNotice:
        raise _not_yet("direct_sale_notice")  # never: the paper exists

    return kind, step, make


def issue_direct_sale_notice(session: Session, actor: Actor, lot: AuctionLot) -> Document:
    """Decree 152/2026 Art 64.2: at least 01 working day before the sale the officer posts a
    notice (the agency's web page or its notice board) and tells the procuracy: the asset,
    its price, the place and time of the sale. Numbered in the announcement's own transaction,
    dated the day posted."""
    session.flush()
    announced_on, sold_on = lot.sale_announced_on, lot.announced_sale_on
    method = lot.announced_method
    assert announced_on is not None and sold_on is not None and method in _DIRECT
    ctx = _context(session, actor, lot, announced_on)
    valuation = _last(session.scalars(select(Valuation).where(Valuation.lot_id == lot.id)
                                      .order_by(Valuation.seq)).all())  # fmt: skip
    why = (
        "hàng hóa, vật phẩm dễ bị hư hỏng"
        if method is SaleMethod.PERISHABLE
        else "động sản có giá trị nhỏ"
    )
    content = AuctionNotice(
        header=ctx.header,
        subject="Về việc bán tài sản không qua thủ tục đấu giá",
        addressee="Viện kiểm sát nhân dân cùng cấp; những người quan tâm",
        basis=_basis(ctx, "điểm b khoản 2 Điều 83 " + LAW, "Điều 64 " + DECREE),
        paragraphs=(
            f"Chấp hành viên bán tài sản của vụ việc {ctx.case.name} (lô «{lot.name}») không "
            f"qua thủ tục đấu giá do tài sản là {why} (khoản 1 Điều 64 Nghị định số "
            "152/2026/NĐ-CP).",
            f"Giá tài sản: {_money(valuation.price if valuation else lot.price or 0)}.",
            f"Thời gian bán: ngày {sold_on:%d/%m/%Y}. Địa điểm bán: {ctx.place}.",
            "Trường hợp có nhiều người tham gia mua tài sản thì Chấp hành viên tổ chức bốc "
            "thăm để lựa chọn người mua được tài sản; việc bán tài sản được lập thành biên "
            "bản (khoản 2 Điều 64 Nghị định số 152/2026/NĐ-CP).",
            "Tài sản gồm:",
        ),
        officer=ctx.officer,
        lines=ctx.lines,
        recipients=("Viện kiểm sát nhân dân cùng cấp",
                    "Niêm yết tại trụ sở cơ quan thi hành án dân sự / Trang thông tin điện tử",
                    "Đương sự", "Lưu: VT, hồ sơ thi hành án"),
        lot_id=lot.id,
        step="direct_sale",
    )  # fmt: skip
    items = items_of(session, lot.id)
    return issue_document(session, actor.user_id, DocumentKind.AUCTION_NOTICE, content,
                          case_id=lot.case_id, items=items)  # fmt: skip


def _direct_sale_minutes(session: Session, lot: AuctionLot) -> tuple[DocumentKind, str, _Make]:
    """Decree 152/2026 Art 64.2: the sale without auction is recorded in minutes signed by
    the officer and the buyer, citing the announcement that preceded it."""
    if lot.sale_method not in _DIRECT or lot.sold_on is None:
        raise _not_yet("direct_sale_minutes")
    notice = _existing(session, DocumentKind.AUCTION_NOTICE, lot, "direct_sale")
    if notice is None:  # a sale recorded before its announcement was a paper
        raise _not_yet("direct_sale_minutes")
    sold_on, method = lot.sold_on, lot.sale_method
    cited = f"Thông báo số {notice.number} ngày {notice.issued_on:%d/%m/%Y}"

    def make(session: Session, actor: Actor, lot: AuctionLot) -> DirectSaleMinutes:
        ctx = _context(session, actor, lot, sold_on)
        why = (
            "hàng hóa, vật phẩm dễ bị hư hỏng"
            if method is SaleMethod.PERISHABLE
            else "động sản có giá trị nhỏ"
        )
        return DirectSaleMinutes(
            header=ctx.header,
            held_on=sold_on,
            place=ctx.place,
            case_name=ctx.case.name,
            basis=_basis(ctx, "điểm b khoản 2 Điều 83 " + LAW, "Điều 64 " + DECREE, cited),
            reason=why,
            announcement=cited,
            buyer=lot.buyer_name,
            buyer_address=lot.buyer_address,
            price=lot.price or 0,
            officer=ctx.officer,
            lines=ctx.lines,
        )

    return DocumentKind.DIRECT_SALE_MINUTES, "direct_sale", make


def _last(rows: Sequence[Valuation]) -> Valuation | None:
    return rows[-1] if rows else None


_BUILDERS: dict[str, _Builder] = {
    "valuation_notice": _valuation_notice,
    "council_minutes": _council_minutes,
    "reduction_decision": _reduction_decision,
    "taking_debtor_notice": _taking_debtor_notice,
    "taking_creditor_notice": _taking_creditor_notice,
    "cancel_decision": _cancel_decision,
    "failure_notice": _failure_notice,
    "return_to_debtor": _return_to_debtor,
    "priority_notice": _priority_notice,
    "direct_sale_notice": _direct_sale_notice,
    "direct_sale_minutes": _direct_sale_minutes,
}


class PaperActions:
    """The papers of the sale's steps, printed from the auction screen: issued once, in
    their own transaction, then the same paper on every reprint."""

    db: Database

    def issue_paper(self, actor: Actor, lot_id: int, paper: str) -> DocumentView:
        """``paper`` (one of ``PAPERS``) for the lot, issued once when its step has happened."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, None,
                           *LotStatus)  # fmt: skip
            return document_view(issue_paper(session, actor, lot, paper))

    def papers_ready(self, actor: Actor, lot_id: int) -> tuple[str, ...]:
        """The papers whose step has happened, in the order of ``PAPERS``."""
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = session.get(AuctionLot, lot_id)
            if lot is None:
                raise NotFoundError(what="noun.auction_lot", ref=lot_id)
            ready: list[str] = []
            for paper in PAPERS:
                try:
                    _BUILDERS[paper](session, lot)
                except ValidationError:
                    continue
                ready.append(paper)
            return tuple(ready)

    def paper_numbers(self, actor: Actor, lot_id: int) -> dict[str, str]:
        """The number of each paper already issued for the lot (by its step, in the step's
        own transaction: issue 18), by its name in ``PAPERS``."""
        with unit_of_work(self.db, "noun.auction_lot", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = session.get(AuctionLot, lot_id)
            if lot is None:
                raise NotFoundError(what="noun.auction_lot", ref=lot_id)
            found: dict[str, str] = {}
            for paper in PAPERS:
                try:
                    kind, step, _make = _BUILDERS[paper](session, lot)
                except ValidationError:
                    continue
                doc = _existing(session, kind, lot, step)
                if doc is not None:
                    found[paper] = doc.number
            return found
