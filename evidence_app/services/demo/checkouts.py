"""Demo temporary releases (trích xuất) in the bulk history: the TEMPORARY_RELEASE and
RETURNED events and their ``temporary_release`` rows, dated like the rest of the history.

Items still out left within the last six weeks with due dates of two weeks to two months, so
some are overdue today, as in any real warehouse."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from evidence_app.domain.enums import EventKind, ReleasePurpose
from evidence_app.domain.enums import ItemStatus as S
from evidence_app.services.demo import catalogue
from evidence_app.services.demo import vocabulary as voc

CHECKOUT_COLUMNS = (
    "item_id",
    "requester_name",
    "requesting_body",
    "purpose",
    "purpose_note",
    "request_reference",
    "released_at",
    "due_on",
    "released_by",
    "responsible_user_id",
    "from_location_id",
    "returned_at",
    "returned_by",
    "return_condition",
    "condition_ok",
    "note",
    "created_at",
)
EXPERT_BODIES = (
    "Viện Khoa học hình sự – Bộ Công an",
    "Phòng Kỹ thuật hình sự Công an thành phố Hà Nội",
    "Trung tâm Giám định tư pháp thành phố Hà Nội",
)
RECENT_DAYS = 40
DUE_DAYS = (14, 15, 30, 45, 60)


@dataclass
class CheckoutHistory:
    """Collects the ``temporary_release`` rows of the items a factory makes."""

    rng: random.Random
    now: datetime
    to_sql_time: Callable[[datetime], Any]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def steps(
        self,
        item_id: int,
        after: datetime,
        returned: bool,
        location: int,
        keeper: int,
        officer: int,
    ) -> list[tuple[Any, ...]]:
        """The release (and the return) as event steps after ``after``; records the row."""
        rng = self.rng
        if returned:
            left = after + timedelta(seconds=rng.uniform(60, 3600 * 24 * 20))
            left = min(left, self.now - timedelta(hours=2))
        else:
            recent = self.now - timedelta(days=rng.uniform(0.5, RECENT_DAYS))
            left = max(after + timedelta(minutes=30), recent)
        left = max(left, after + timedelta(minutes=1))
        purpose = rng.choices(list(ReleasePurpose), (60, 35, 5))[0]
        body = (
            rng.choice(EXPERT_BODIES)
            if purpose is ReleasePurpose.EXPERT_EXAMINATION
            else rng.choice(voc.COURTS)
        )
        requester = catalogue.person(rng)
        reference = f"Công văn số {rng.randint(10, 999)}/CV ngày {left:%d/%m/%Y}"
        due = left.date() + timedelta(days=rng.choice(DUE_DAYS))
        counterpart = f"{requester} — {body}"
        steps: list[tuple[Any, ...]] = [
            (
                EventKind.TEMPORARY_RELEASE,
                left,
                keeper,
                counterpart,
                location,
                None,
                S.IN_STORAGE,
                S.CHECKED_OUT,
                f"{reference}; hạn trả {due:%d/%m/%Y}",
            )
        ]
        back: datetime | None = None
        if returned:
            span = max(60.0, min((self.now - left).total_seconds() - 60, 3600 * 24 * 30))
            back = left + timedelta(seconds=rng.uniform(30, span))
            steps.append(
                (
                    EventKind.RETURNED,
                    back,
                    keeper,
                    body,
                    None,
                    location,
                    S.CHECKED_OUT,
                    S.IN_STORAGE,
                    "đúng hiện trạng",
                )
            )
        note = "Trích xuất phục vụ thực nghiệm điều tra" if purpose is ReleasePurpose.OTHER else ""
        self.rows.append(
            (
                item_id,
                requester,
                body,
                purpose.value,
                note,
                reference,
                self.to_sql_time(left),
                due,
                keeper,
                officer,
                location,
                self.to_sql_time(back) if back else None,
                keeper if back else None,
                "",
                True if back else None,
                "",
                self.to_sql_time(left),
            )
        )
        return steps
