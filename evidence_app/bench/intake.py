"""Benchmark: a 200-item handover committed with its events and documents (target ≤ 1 s)."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from db.models import Location, UserRole
from evidence_app.domain.enums import Category, ItemKind, Role, SealState
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.facade import Services
from evidence_app.services.intake import Confirmation, Contents, IntakeDraft, IntakeLineDraft

LINES = 200
_KINDS = (
    (Category.VEHICLE, "Xe máy Honda Wave", "chiếc", "Biển số: 29B1-{n:03d}.45"),
    (Category.PHONE, "Điện thoại Samsung Galaxy", "chiếc", "IMEI: 3567891045{n:05d}"),
    (Category.JEWELLERY, "Nhẫn vàng 18K", "chiếc", ""),
    (Category.ELECTRONICS, "Máy tính xách tay Dell", "chiếc", "S/N DL{n:06d}"),
    (Category.OTHER, "Dao tự chế", "con", ""),
)

#: The custodian head's confirmation of the short lines (the record is of 01/03/2026).
_CONFIRMED = Confirmation(
    "05/XN-PC01", date(2026, 3, 2), "Nguyễn Văn Thủ", "Thủ trưởng Cơ quan CSĐT"
)


def handover_draft(
    count: int, location_id: int | None, case_name: str, officer_id: int | None = None
) -> IntakeDraft:
    """A handover of ``count`` items under a new case, every second one sealed and placed."""
    lines = []
    for n in range(count):
        category, name, unit, ident = _KINDS[n % len(_KINDS)]
        sealed = n % 2 == 0
        item = ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=category,
            name=f"{name} (số {n + 1})",
            unit=unit,
            identifiers=ident.format(n=n),
            seal_numbers=f"NP-{n:05d}" if sealed else "",
            condition="Đã qua sử dụng",
            estimated_value=1_500_000,
        )
        short = n % 25 == 0
        lines.append(
            IntakeLineDraft(
                item=item,
                recorded_quantity=Decimal(2 if short else 1),
                seal_check=SealState.INTACT if sealed else SealState.UNSEALED,
                discrepancy="Thiếu 01 so với biên bản thu giữ" if short else "",
                # Decree 152/2026 Art 37.2.b–c: the head's confirmation, the package's contents
                confirmation=_CONFIRMED if short else Confirmation(),
                contents=Contents("01 chiếc", name, "Đã qua sử dụng") if sealed else Contents(),
                location_id=location_id if n % 2 else None,
            )
        )
    return IntakeDraft(
        delivering_body="Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội",
        representative="Nguyễn Văn Bench",
        representative_position="Điều tra viên",
        new_case=CaseDraft(name=case_name, judgment_number="1/2026/HS-ST", officer_id=officer_id),
        seizure_record_number="200/BB-TG",
        seizure_record_date=date(2026, 3, 1),
        lines=tuple(lines),
    )


def bench_intake(services: Services, actor: Actor, count: int = LINES) -> dict[str, Any]:
    """Seconds to commit one ``count``-item handover (a scratch case) on this database."""
    with unit_of_work(services.db, read_only=True) as session:
        location_id = session.scalar(select(Location.id).where(Location.active).limit(1))
        officer_id = session.scalar(  # an officer attends every handover (Decree 152 Art 37.2)
            select(UserRole.user_id).where(UserRole.role == Role.OFFICER).limit(1)
        )
    name = f"Đo hiệu năng giao nhận {time.time():.0f}"
    draft = handover_draft(count, location_id, name, officer_id)
    started = time.perf_counter()
    result = services.intake.commit(actor, draft)
    seconds = time.perf_counter() - started
    return {
        f"intake_{count}_s": round(seconds, 3),
        "intake_documents": len(result.documents),
    }
