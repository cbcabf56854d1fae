"""The papers a handover issues: handover minutes, entry order (D65), entry slip (C04) and
the case's stock card (D67), through the documents service, in the handover's transaction.

The minutes come first, before any custody event, so every event of the handover can cite
them; the order, slip and card follow the events and are printed against their heads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Case, Intake, Item, Location, User, Warehouse
from evidence_app.documents.content import (
    DocumentHeader,
    DocumentLine,
    EntryOrder,
    EntrySlip,
    HandoverMinutes,
    Signer,
    StockCard,
    StockCardEntry,
)
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DocumentKind, Role
from evidence_app.domain.labels import label
from evidence_app.domain.rules import value
from evidence_app.services.core.auth import Actor
from evidence_app.services.documents import (
    DocumentView,
    document_view,
    issue_document,
    role_holder,
)
from evidence_app.services.intake.checks import BROKEN_SEALS, IntakeLineDraft, changed, sealed
from evidence_app.services.intake.statements import (
    conclusion_text,
    confirmation_text,
    contents_text,
)

BASIS = (
    "Luật Thi hành án dân sự số 106/2025/QH15;",
    "Nghị định số 152/2026/NĐ-CP của Chính phủ;",
)


@dataclass(frozen=True)
class IntakePapers:
    """Everything the papers state, gathered inside the handover's transaction."""

    intake: Intake
    case: Case
    items: Sequence[Item]
    lines: Sequence[IntakeLineDraft]
    at: datetime


class PaperWriter:
    """Issues the handover's documents; ``minutes`` first, ``the_rest`` after the events."""

    def __init__(self, session: Session, actor: Actor, papers: IntakePapers) -> None:
        self.session, self.actor, self.p = session, actor, papers
        agency = session.scalars(select(Agency).order_by(Agency.id)).first()
        self.header = DocumentHeader(
            agency.managing_agency if agency else "",
            agency.name if agency else "",
            agency.place_name if agency else "",
            agency_date(papers.at),
        )
        self.place = _handover_place(session, papers.lines, agency)
        self.keeper = Signer("Thủ kho vật chứng", actor.full_name)
        officer_id = papers.intake.officer_id
        officer = session.get(User, officer_id) if officer_id else None
        self.officer = Signer("Chấp hành viên", officer.full_name if officer else "")
        # The head signs the entry order and slip, the accountant the stock card (Circular
        # 04/2023/TT-BTP forms D65, C04, D67): named from the users holding those roles.
        self.head = Signer("Thủ trưởng cơ quan", role_holder(session, Role.HEAD))
        self.accountant = Signer("Kế toán nghiệp vụ", role_holder(session, Role.ACCOUNTANT))
        places = _line_places(session, papers.lines)
        self.doc_lines = tuple(
            _placed(_document_line(item, line), places.get(line.location_id or 0, ("", "")))
            for item, line in zip(papers.items, papers.lines, strict=True)
        )
        self.warehouse, self.location = _places(session, papers.lines)
        self.documents: list[DocumentView] = []

    def minutes(self) -> int:
        """The handover minutes, issued before the events that will cite them; its id."""
        i = self.p.intake
        content = HandoverMinutes(
            header=self.header,
            received_at=self.p.at,
            place=self.place,
            case_name=self.p.case.name,
            delivering_body=i.delivering_body,
            representative=i.representative,
            representative_position=i.representative_position,
            keeper=self.keeper,
            officer=self.officer,
            seizure_record_number=i.seizure_record_number,
            seizure_record_date=i.seizure_record_date,
            lines=self.doc_lines,
            copies=value("handover.copies"),
            note=i.note,
            # Who keeps the copies: the renderer's four (Decree 152 Art 37.2.d), one each.
        )
        return self._issue(DocumentKind.HANDOVER_MINUTES, content).id

    def the_rest(self) -> None:
        """Entry order, entry slip and stock card, printed against the items' new heads."""
        i, case = self.p.intake, self.p.case
        minutes = self.documents[0]
        order = self._issue(
            DocumentKind.ENTRY_ORDER,
            EntryOrder(
                header=self.header,
                case_name=case.name,
                basis=(*BASIS, f"Biên bản giao nhận số {minutes.number};"),
                delivering_body=i.delivering_body,
                warehouse=self.warehouse,
                keeper=self.keeper,
                officer=self.officer,
                head=self.head,
                lines=self.doc_lines,
                authority=f"Thủ trưởng {self.header.agency}".strip(),
            ),
        )
        slip = self._issue(
            DocumentKind.ENTRY_SLIP,
            EntrySlip(
                header=self.header,
                case_name=case.name,
                delivered_by=f"{i.representative} - {i.delivering_body}",
                entry_order_number=order.number,
                warehouse=self.warehouse,
                location=self.location,
                preparer=Signer("Người lập phiếu", self.actor.full_name),
                deliverer=Signer("Người giao", i.representative),
                keeper=self.keeper,
                head=self.head,
                lines=self.doc_lines,
            ),
        )
        entries = tuple(
            StockCardEntry(
                on=self.header.issued_on,
                document_number=slip.number,
                code=line.code,
                name=line.name,
                unit=line.unit,
                quantity_in=line.quantity,
                balance=line.quantity,
                warehouse=line.warehouse,
                location=line.location,
            )
            for line in self.doc_lines
        )
        self._issue(
            DocumentKind.STOCK_CARD,
            StockCard(
                header=self.header,
                case_name=case.name,
                judgment=_judgment(case),
                warehouse=self.warehouse,
                entries=entries,
                keeper=self.keeper,
                accountant=self.accountant,
                head=self.head,
            ),
        )

    def _issue(self, kind: DocumentKind, content: object) -> DocumentView:
        doc = issue_document(
            self.session,
            self.actor.user_id,
            kind,
            content,  # type: ignore[arg-type]
            case_id=self.p.case.id,
            items=self.p.items,
        )
        view = document_view(doc)
        self.documents.append(view)
        return view


def _document_line(item: Item, line: IntakeLineDraft) -> DocumentLine:
    recorded = line.recorded_quantity
    return DocumentLine(
        code=item.code,
        name=item.name,
        unit=item.unit,
        quantity=item.quantity,
        recorded_quantity=Decimal(str(recorded)) if recorded is not None else item.quantity,
        condition=item.condition,
        recorded_condition=line.recorded_condition,
        seal_state=label(line.seal_check, "vi"),
        seal_numbers=item.seal_numbers,
        discrepancy=line.discrepancy,
        note=line.conclusion,
        identifiers=item.identifiers,
        contents=contents_text(line.contents) if sealed(line) else "",
        conclusions=_conclusions(line),
        confirmation=confirmation_text(line.confirmation) if changed(line) else "",
        seal_finding=_seal_finding(line),
    )


def _seal_finding(line: IntakeLineDraft) -> str:
    """A torn or suspicious seal is a difference from the seizure record, accepted only on the
    competent body's conclusion (Decree 152/2026 Art 37.2.c, last paragraph): the seal's state
    with that conclusion (body, number, date) and the typed summary."""
    if line.seal_check not in BROKEN_SEALS:
        return ""
    seal = label(line.seal_check, "vi")
    if not line.seal_conclusion.number:  # checked before commit; an old draft's summary only
        return f"{seal}: {line.conclusion}" if line.conclusion else seal
    found = conclusion_text(line.seal_conclusion, "Kết luận về niêm phong", line.conclusion)
    return f"{seal}. Căn cứ tiếp nhận: {found}"


def _conclusions(line: IntakeLineDraft) -> str:
    """The examination conclusion (Decree 152 Art 37.2.c); a summary typed beside a sound
    seal; the torn seal's conclusion is the line's difference (``_seal_finding``)."""
    texts = []
    if line.conclusion and line.seal_check not in BROKEN_SEALS:
        texts.append(line.conclusion)
    if line.examination.number:
        texts.append(conclusion_text(line.examination, "Kết luận giám định"))
    return "; ".join(texts)


def _handover_place(
    session: Session, lines: Sequence[IntakeLineDraft], agency: Agency | None
) -> str:
    """Where the handover happens: the warehouse the items go into and its address (a police
    warehouse's when they stay there; Decree 152 Art 37.2), else the agency's address."""
    ids = {line.location_id for line in lines if line.location_id is not None}
    warehouses = set(session.scalars(select(Location.warehouse_id).where(Location.id.in_(ids))))
    warehouse = session.get(Warehouse, warehouses.pop()) if len(warehouses) == 1 else None
    if warehouse is not None and warehouse.address:
        return f"{warehouse.name}, {warehouse.address}"
    return (agency.address or agency.name) if agency else ""


def _places(session: Session, lines: Sequence[IntakeLineDraft]) -> tuple[str, str]:
    """The warehouses and locations the items were put in, as printed on the papers."""
    ids = sorted({line.location_id for line in lines if line.location_id is not None})
    if not ids:
        return "", ""
    rows = session.execute(
        select(Location.code, Location.name, Warehouse.name)
        .join(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.id.in_(ids))
    ).all()
    warehouses = sorted({w for _c, _n, w in rows})
    return "; ".join(warehouses), "; ".join(f"{n} ({c})" for c, n, _w in rows)


def _placed(line: DocumentLine, place: tuple[str, str]) -> DocumentLine:
    return replace(line, warehouse=place[0], location=place[1])


def _line_places(session: Session, lines: Sequence[IntakeLineDraft]) -> dict[int, tuple[str, str]]:
    """Each location the items go to: its warehouse and "name (code)", by location id, so
    the order and slip say which item goes where."""
    ids = {line.location_id for line in lines if line.location_id is not None}
    if not ids:
        return {}
    rows = session.execute(
        select(Location.id, Location.code, Location.name, Warehouse.name)
        .join(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.id.in_(ids))
    ).all()
    return {i: (w, f"{n} ({c})") for i, c, n, w in rows}


def _judgment(case: Case) -> str:
    if not case.judgment_number:
        return ""
    text = f"Bản án số {case.judgment_number}"
    if case.judgment_date:
        text += f" ngày {case.judgment_date:%d/%m/%Y}"
    return f"{text} của {case.court}" if case.court else text
