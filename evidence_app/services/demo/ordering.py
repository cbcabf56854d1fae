"""The demo's officer records what each case's judgment orders, and the notices that follow,
as a real one would."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from db.models import Case, Item
from evidence_app.domain.clock import agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import Disposition, NoticeKind
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import DispositionOrder, NoticeDraft
from evidence_app.services.facade import Services


def order_as_judged(
    services: Services, officer: Actor, item_ids: Sequence[int], disposition: Disposition
) -> None:
    """Record ``disposition`` for the items, citing each case's judgment (number, date, court);
    items already so ordered are left as they are."""
    by_source: dict[tuple[str, date, str], list[int]] = defaultdict(list)
    with unit_of_work(services.db, read_only=True) as session:
        rows = session.execute(
            select(Item.id, Item.disposition, Case.judgment_number, Case.judgment_date, Case.court)
            .join(Case, Case.id == Item.case_id)
            .where(Item.id.in_(list(item_ids)))
        )
        for item_id, current, number, day, court in rows:
            if current is not disposition and number and day is not None:
                by_source[(number, day, court or "Tòa án nhân dân")].append(item_id)
    for (number, day, court), ids in by_source.items():
        source = DispositionSource(number, day, court)
        services.dispositions.record(officer, ids, DispositionOrder(disposition, source))


def notify_return(services: Services, officer: Actor, case_id: int) -> None:
    """The officer's notice to the parties to collect (Art 59.1), two days after the QĐ THA
    (today at the latest); none for a case whose decision is still ahead."""
    with unit_of_work(services.db, read_only=True) as session:
        decided = session.scalar(select(Case.decision_date).where(Case.id == case_id))
    today = agency_today()
    if decided is None or decided > today:
        return
    if services.dispositions.notices(officer, case_id):
        return
    day = min(today, decided + timedelta(days=2))
    number = f"{case_id % 900 + 1}/TB-THADS"
    services.dispositions.record_notice(
        officer, case_id, NoticeDraft(NoticeKind.RETURN_TO_OWNER, number, day, "Các đương sự")
    )
