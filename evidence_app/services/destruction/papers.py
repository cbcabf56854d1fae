"""The destruction minutes (biên bản tiêu hủy), issued through the documents service inside
the completing transaction, printed against the destroyed items' chain heads."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, DestructionCouncil, Document, Item
from evidence_app.documents.content import (
    CouncilMember,
    DestructionMinutes,
    DocumentHeader,
    DocumentLine,
)
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DestructionMethod, DocumentKind, Vote
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.destruction.views import CouncilItemView, CouncilView, Execution
from evidence_app.services.documents import issue_document

CHAIR = "Chủ tịch Hội đồng"
MEMBER = "Thành viên Hội đồng"


class DestructionPaperWriter:
    """Writes one council's minutes from its view and the items it destroys."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        council: DestructionCouncil,
        view: CouncilView,
        items: Sequence[Item],
    ) -> None:
        self.session, self.actor, self.council = session, actor, council
        self.view, self.items = view, items
        self.agency = session.scalars(select(Agency).order_by(Agency.id)).first()

    def minutes(self, run: Execution) -> Document:
        a, view = self.agency, self.view
        header = DocumentHeader(
            a.managing_agency if a else "",
            a.name if a else "",
            a.place_name if a else "",
            agency_date(run.ended_at),
        )
        members = tuple(
            CouncilMember(m.full_name, m.position, m.agency, CHAIR if m.is_chair else MEMBER)
            for m in view.members
        )
        s = view.supervisor
        contractor = view.contractor + (
            f", hợp đồng số {view.contract_reference}" if view.contract_reference else ""
        )
        content = DestructionMinutes(
            header=header,
            decision_number=view.decision_number,
            decision_date=view.decision_date,
            members=members,
            supervisor=CouncilMember(s.full_name, s.position, s.agency, "Kiểm sát viên"),
            started_at=run.started_at,
            ended_at=run.ended_at,
            place=run.place,
            method=method_text(run.method, run.method_other),
            lines=tuple(self._line(i) for i in view.items),
            vote=vote_text(view),
            contractor=contractor if view.contractor else "",
            independence_notes=tuple(
                f"{m.full_name} ({', '.join(m.flagged_codes)})" for m in view.members if m.flagged
            ),
            photo_count=view.photo_count,
            note=view.note,
        )
        cases = {item.case_id for item in self.items}
        return issue_document(
            self.session,
            self.actor.user_id,
            DocumentKind.DESTRUCTION_MINUTES,
            content,
            case_id=next(iter(cases)) if len(cases) == 1 else None,
            items=self.items,
        )

    @staticmethod
    def _line(i: CouncilItemView) -> DocumentLine:
        return DocumentLine(
            code=i.code,
            name=i.name,
            unit=i.unit,
            quantity=i.quantity,
            condition=i.condition or i.stored_condition,
            note=i.case_name,
        )


def method_text(method: DestructionMethod, other: str) -> str:
    """The method as the minutes print it."""
    return other if method is DestructionMethod.OTHER and other else label(method, "vi")


def vote_text(view: CouncilView) -> str:
    """ "3/3 thành viên tán thành" (with the chair's deciding vote on a tie)."""
    total = len(view.members)
    yes = sum(1 for m in view.members if m.vote is Vote.FOR)
    text = f"{yes}/{total} thành viên tán thành tiêu hủy"
    if yes * 2 == total:
        text += "; biểu quyết ngang nhau, Chủ tịch Hội đồng quyết định tiêu hủy"
    return text
