"""The buyer handover minutes of a lot, issued in the calling transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, AuctionLot, Case, Document, Item, User
from evidence_app.documents.content import (
    BuyerHandoverMinutes,
    DocumentHeader,
    DocumentLine,
    Signer,
)
from evidence_app.domain.enums import DocumentKind, SaleMethod
from evidence_app.domain.labels import label
from evidence_app.domain.rules import value
from evidence_app.services.core.auth import Actor
from evidence_app.services.documents import issue_document, items_keeper


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
