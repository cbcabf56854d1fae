"""The papers of a release: order (D66) and slip (C05) on approval, handover minutes at the
end, issued through the documents service inside the calling transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Case, Document, Item, Location, ReleaseRequest, User, Warehouse
from evidence_app.documents.content import (
    Content,
    DocumentHeader,
    DocumentLine,
    ReleaseMinutes,
    ReleaseOrder,
    ReleaseSlip,
    Signer,
)
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DocumentKind, Role
from evidence_app.domain.labels import label
from evidence_app.domain.rules import value
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody.body_keeper import keeper_text, keepers_by_item
from evidence_app.services.custody.temporary import CheckoutTerms, terms_of
from evidence_app.services.documents import issue_document, items_keeper, role_holder

#: How a second person of dual control signs the release minutes.
SECOND_PERSON = "Người kiểm soát thứ hai"
BASIS = (
    "Luật Thi hành án dân sự số 106/2025/QH15;",
    "Nghị định số 152/2026/NĐ-CP của Chính phủ;",
)


class ReleasePaperWriter:
    """Writes one request's papers; the caller passes the items they are printed against."""

    def __init__(
        self, session: Session, actor: Actor, request: ReleaseRequest, items: Sequence[Item]
    ) -> None:
        self.session, self.actor, self.request, self.items = session, actor, request, items
        agency = session.scalars(select(Agency).order_by(Agency.id)).first()
        self.agency = agency
        self.case = session.get(Case, request.case_id)
        places = _item_places(session, items)
        self.lines = tuple(_line(item, places) for item in items)
        self.terms = terms_of(request)
        self.purpose = _purpose_text(request, self.terms)
        officer = session.get(User, request.requested_by) if request.requested_by else None
        case_officer = self.case.officer_id if self.case else None
        self.officer = Signer(
            "Chấp hành viên",
            officer.full_name if officer else role_holder(session, Role.OFFICER, [case_officer]),
        )
        self.warehouse = _warehouses(session, items)

    def header(self, at: datetime) -> DocumentHeader:
        a = self.agency
        return DocumentHeader(
            a.managing_agency if a else "",
            a.name if a else "",
            a.place_name if a else "",
            agency_date(at),
        )

    def order_and_slip(self, head_name: str, at: datetime) -> tuple[Document, Document]:
        """The release order (D66) and slip (C05) the head's approval produces."""
        r, header = self.request, self.header(at)
        head = Signer(
            "Thủ trưởng cơ quan", head_name or role_holder(self.session, Role.HEAD, [r.decided_by])
        )
        # The keeper who answers for the items issues them (Decree 152/2026 Art 37.3).
        keeper = Signer("Thủ kho vật chứng", items_keeper(self.session, self.items))
        assert r.release_at is not None
        order = self._issue(
            DocumentKind.RELEASE_ORDER,
            ReleaseOrder(
                header=header,
                case_name=self.case.name if self.case else "",
                basis=(
                    *BASIS,
                    *_case_basis(self.case, self.agency),
                    *_request_basis(r, self.terms),
                ),
                purpose=self.purpose,
                recipient=r.recipient_name,
                recipient_body=r.recipient_body,
                warehouse=self.warehouse,
                release_at=r.release_at,
                keeper=keeper,
                officer=self.officer,
                head=head,
                lines=self.lines,
                authority=f"Thủ trưởng {header.agency}".strip(),
            ),
        )
        slip = self._issue(
            DocumentKind.RELEASE_SLIP,
            ReleaseSlip(
                header=header,
                case_name=self.case.name if self.case else "",
                received_by=_recipient(r),
                release_order_number=order.number,
                purpose=self.purpose,
                warehouse=self.warehouse,
                preparer=Signer("Người lập phiếu", self.actor.full_name),
                receiver=Signer("Người nhận", r.recipient_name),
                keeper=keeper,
                head=head,
                lines=self.lines,
            ),
        )
        return order, slip

    def replacing_slip(
        self,
        order: Document | None,
        replaced: Document | None,
        issuers: Mapping[int, str],
        at: datetime,
    ) -> Document | None:
        """When items were issued from another body's warehouse by its keeper, the slip (C05)
        as issued: that keeper named as "Người xuất kho" and signing instead of ours (Decree
        152/2026 Art 37.2.đ, 37.3), stating the slip of the approval it replaces. None when our
        own keeper issued everything: the approval's slip stands.

        ``issuers``: our user who scanned each item out (item id → full name)."""
        ids = [item.id for item in self.items]
        by_body = keepers_by_item(self.session, self.request.id, ids)
        if not by_body:
            return None
        agency = self.agency.name if self.agency else ""
        who: dict[int, tuple[str, str]] = {}  # item → (name, "name, position – body")
        for item_id in ids:
            k = by_body.get(item_id)
            if k:
                who[item_id] = (k.get("name", ""), keeper_text(k))
            else:
                name = issuers.get(item_id, "")
                who[item_id] = (name, keeper_text({"name": name, "position": "Thủ kho vật chứng",
                                                   "body": agency}))  # fmt: skip
        texts = list(dict.fromkeys(text for _name, text in who.values()))
        names = list(dict.fromkeys(name for name, _text in who.values()))
        signers = [Signer("Người xuất kho", name) for name in names]
        lines = self.lines
        if len(names) > 1:  # who issued which line
            lines = tuple(
                dataclasses.replace(line, note=f"Người xuất: {who[item_id][0]}")
                for line, item_id in zip(self.lines, ids, strict=True)
            )
        r = self.request
        approver = self.session.get(User, r.decided_by) if r.decided_by else None
        approved_by = approver.full_name if approver else ""
        return self._issue(
            DocumentKind.RELEASE_SLIP,
            ReleaseSlip(
                header=self.header(at),
                case_name=self.case.name if self.case else "",
                received_by=_recipient(r),
                release_order_number=order.number if order else "",
                purpose=self.purpose,
                warehouse=self.warehouse,
                preparer=Signer("Người lập phiếu", approved_by),
                receiver=Signer("Người nhận", r.recipient_name),
                keeper=signers[0],
                head=Signer("Thủ trưởng cơ quan", approved_by),
                lines=lines,
                issued_by=tuple(texts),
                other_issuers=tuple(signers[1:]),
                replaces=(
                    f"số {replaced.number} ngày {replaced.issued_on:%d/%m/%Y}" if replaced else ""
                ),
                release_order_date=order.issued_on if order else None,
            ),
        )

    def minutes(
        self,
        order_number: str,
        slip_number: str,
        witnesses: Sequence[str],
        at: datetime,
        body_keepers: Sequence[dict[str, Any]] = (),
        second_persons: Sequence[str] = (),
    ) -> Document:
        """The handover minutes of the release, once every item was scanned out. Items issued
        from another body's warehouse were handed over by that body's keeper, who signs
        instead of ours (Decree 152/2026 Art 37.2.đ, 37.3); a second such keeper is listed
        among the witnesses. Each second person of dual control signs (``second_persons``,
        full names)."""
        r, a = self.request, self.agency
        keeper, body = Signer("Thủ kho vật chứng", self.actor.full_name), ""
        if body_keepers:
            first = body_keepers[0]
            keeper = Signer(first.get("position") or "Người quản lý kho", first.get("name", ""))
            body = first.get("body", "")
            witnesses = [*witnesses, *(keeper_text(k) for k in body_keepers[1:])]
        return self._issue(
            DocumentKind.RELEASE_MINUTES,
            ReleaseMinutes(
                header=self.header(at),
                released_at=at,
                place=storage_place(self.session, self.items, a),
                case_name=self.case.name if self.case else "",
                release_order_number=order_number,
                release_slip_number=slip_number,
                purpose=self.purpose,
                recipient=r.recipient_name,
                recipient_body=r.recipient_body,
                keeper=keeper,
                officer=self.officer,
                lines=self.lines,
                witnesses=tuple(witnesses),
                second_persons=tuple(Signer(SECOND_PERSON, n) for n in second_persons),
                ordered_at=r.release_at,
                copies=value("handover.copies"),
                note=r.note,
                due_on=self.terms.due_on if self.terms else None,
                request_reference=self.terms.reference if self.terms else "",
                keeper_body=body,
            ),
        )

    def _issue(self, kind: DocumentKind, content: Content) -> Document:
        return issue_document(
            self.session,
            self.actor.user_id,
            kind,
            content,
            case_id=self.request.case_id,
            items=self.items,
        )


def _line(item: Item, places: Mapping[int, tuple[str, str]]) -> DocumentLine:
    warehouse, location = places.get(item.id, ("", ""))
    return DocumentLine(
        code=item.code,
        name=item.name,
        unit=item.unit,
        quantity=item.quantity,
        condition=item.condition,
        seal_state=label(item.seal_state, "vi"),
        seal_numbers=item.seal_numbers,
        warehouse=warehouse,
        location=location,
    )


def _item_places(session: Session, items: Sequence[Item]) -> dict[int, tuple[str, str]]:
    """Each item's warehouse and place in it ("name (code)"), by item id: the order says
    where each item leaves from when they are in several."""
    warehouses = {i.warehouse_id for i in items if i.warehouse_id is not None}
    locations = {i.location_id for i in items if i.location_id is not None}
    w_names = dict(
        session.execute(select(Warehouse.id, Warehouse.name).where(Warehouse.id.in_(warehouses)))
        .tuples()
        .all()
    )
    l_names = {
        i: f"{n} ({c})"
        for i, n, c in session.execute(
            select(Location.id, Location.name, Location.code).where(Location.id.in_(locations))
        ).tuples()
    }
    return {
        i.id: (w_names.get(i.warehouse_id or 0, ""), l_names.get(i.location_id or 0, ""))
        for i in items
    }


def _purpose_text(request: ReleaseRequest, terms: CheckoutTerms | None) -> str:
    """The purpose as the papers print it; a temporary release says why and until when."""
    if terms is None:
        return label(request.purpose, "vi")
    why = label(terms.purpose, "vi").lower()
    return f"Trích xuất có thời hạn ({why}), hạn trả lại ngày {terms.due_on:%d/%m/%Y}"


def _case_basis(case: Case | None, agency: Agency | None) -> tuple[str, ...]:
    """The judgment and the enforcement decision (QĐ THA) the release carries out: an item
    leaves only as the decision orders (Law 106/2025 Art 56–59; Decree 152/2026 Art 37.3)."""
    if case is None:
        return ()
    grounds = []
    if case.judgment_number:
        dated = f" ngày {case.judgment_date:%d/%m/%Y}" if case.judgment_date else ""
        court = f" của {case.court}" if case.court else ""
        grounds.append(f"Bản án số {case.judgment_number}{dated}{court};")
    if case.decision_number:
        dated = f" ngày {case.decision_date:%d/%m/%Y}" if case.decision_date else ""
        issuer = f" của Thủ trưởng {agency.name}" if agency else ""
        grounds.append(f"Quyết định thi hành án số {case.decision_number}{dated}{issuer};")
    return tuple(grounds)


def _request_basis(r: ReleaseRequest, terms: CheckoutTerms | None) -> tuple[str, ...]:
    own = f"Đề nghị xuất kho số {r.id} của Chấp hành viên;"
    if terms is None:
        return (own,)
    asked_by = r.recipient_body or r.recipient_name
    return (f"Văn bản đề nghị trích xuất số {terms.reference} của {asked_by};", own)


def _recipient(r: ReleaseRequest) -> str:
    return r.recipient_name + (f" - {r.recipient_body}" if r.recipient_body else "")


def storage_place(session: Session, items: Sequence[Item], agency: Agency | None) -> str:
    """Where the items are handed over: their warehouse and its address, since a release
    happens at the storage place (Decree 152 Art 37.3); the agency's address otherwise."""
    ids = {i.warehouse_id for i in items if i.warehouse_id is not None}
    warehouse = session.get(Warehouse, ids.pop()) if len(ids) == 1 else None
    if warehouse is not None and warehouse.address:
        return f"{warehouse.name}, {warehouse.address}"
    return (agency.address or agency.name) if agency else ""


def _warehouses(session: Session, items: Sequence[Item]) -> str:
    ids = sorted({i.warehouse_id for i in items if i.warehouse_id is not None})
    if not ids:
        return ""
    names = session.scalars(select(Warehouse.name).where(Warehouse.id.in_(ids)))
    return "; ".join(sorted(names))
