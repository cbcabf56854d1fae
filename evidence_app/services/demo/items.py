"""Demo items with their whole custody history, hash-chained exactly as the services do."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from evidence_app.domain.chain import GENESIS_HASH, event_content, event_hash
from evidence_app.domain.codes import ITEM_PREFIXES
from evidence_app.domain.enums import (
    VALUABLE_CATEGORIES,
    Category,
    Disposition,
    EventKind,
    ItemKind,
    SealState,
)
from evidence_app.domain.enums import (
    ItemStatus as S,
)
from evidence_app.domain.text import fold
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.catalogue import DemoCase
from evidence_app.services.demo.checkouts import CheckoutHistory
from evidence_app.services.demo.lifecycle import DISPOSITIONS, NOTES, PATHS, UNDECIDED_OR_KEPT

ITEM_COLUMNS = (
    "id",
    "code",
    "case_id",
    "kind",
    "category",
    "name",
    "description",
    "quantity",
    "unit",
    "weight_grams",
    "identifiers",
    "seal_state",
    "seal_numbers",
    "condition",
    "estimated_value",
    "owner_name",
    "transferring_body",
    "warehouse_id",
    "location_id",
    "status",
    "disposition",
    "disposition_ref",
    "disposition_date",
    "disposition_body",
    "parent_id",
    "received_at",
    "updated_at",
    "search_text",
    "version",
    "chain_head",
    "event_count",
    "created_at",
)
EVENT_COLUMNS = (
    "item_id",
    "seq",
    "kind",
    "occurred_at",
    "actor_id",
    "counterpart",
    "from_location_id",
    "to_location_id",
    "status_before",
    "status_after",
    "document_id",
    "note",
    "data",
    "prev_hash",
    "hash",
)
CONDITIONS = (
    "Đã qua sử dụng, trầy xước nhẹ",
    "Còn nguyên vẹn",
    "Hư hỏng một phần",
    "Niêm phong nguyên vẹn, không kiểm tra bên trong",
    "Đã qua sử dụng, hoạt động bình thường",
)
_SEALED = VALUABLE_CATEGORIES | {
    Category.DRUGS,
    Category.TOXIC_CHEMICAL,
    Category.EXPLOSIVE,
    Category.JEWELLERY,
    Category.WEAPON,
}
_STATUSES = list(PATHS)
_STATUS_WEIGHTS = [PATHS[s][1] for s in _STATUSES]
_CATEGORIES = list(voc.CATEGORY_WEIGHTS)
_CATEGORY_WEIGHTS = list(voc.CATEGORY_WEIGHTS.values())


@lru_cache(maxsize=200_000)
def _cached_fold(text: str) -> str:
    return fold(text)


@dataclass
class Actors:
    keeper: int
    head: int
    officer: int


@dataclass
class ItemFactory:
    """Makes one item's row and its event rows; ids and code counters advance as it goes."""

    rng: random.Random
    now: datetime
    bins: dict[str, tuple[int, list[int]]]
    actors: Actors
    to_sql_time: Callable[[datetime], Any]
    next_item_id: int = 1
    checkouts: CheckoutHistory = field(init=False)

    def __post_init__(self) -> None:
        self.checkouts = CheckoutHistory(self.rng, self.now, self.to_sql_time)

    def make(
        self, case: DemoCase, at: datetime
    ) -> tuple[list[Any], list[tuple[Any, ...]], Category]:
        """The item's row (its code left for ``assign_code``) and its events' rows."""
        rng = self.rng
        category = rng.choices(_CATEGORIES, _CATEGORY_WEIGHTS)[0]
        unit, templates = voc.ITEMS[category]
        template, weight_range, value_range = rng.choice(templates)
        name = template.format(colour=rng.choice(voc.COLOURS))
        kind = rng.choice(
            (ItemKind.EVIDENCE, ItemKind.EVIDENCE, ItemKind.TEMPORARILY_HELD, ItemKind.DISTRAINED)
        )
        identifiers = _identifiers(rng, category)
        sealed = category in _SEALED or rng.random() < 0.1
        seal_numbers = f"NP-{at.year}-{rng.randint(1, 999_999):06d}" if sealed else ""
        value = rng.randint(*value_range) // 1000 * 1000 if value_range[1] else None
        quantity = (
            value
            if category is Category.CASH and value
            else (
                rng.randint(1, 50)
                if category in (Category.PERISHABLE, Category.FOREIGN_CURRENCY)
                else 1
            )
        )
        weight = rng.randint(*weight_range) if weight_range else None
        status = rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
        warehouse_id, bins = self.bins[_warehouse_for(rng, category)]
        location = rng.choice(bins)
        record = f"{rng.randint(1, 999)}/BB-TG"
        description = f"Thu giữ theo biên bản thu giữ ban đầu số {record} ngày {at:%d/%m/%Y}"
        item_id = self.next_item_id
        self.next_item_id += 1
        events, head, last_at, location = self._history(item_id, case, at, status, location, bins)
        disposition = rng.choice(DISPOSITIONS.get(status, UNDECIDED_OR_KEPT)).value
        search_text = " ".join(
            (
                _cached_fold(name),
                fold(description),
                fold(identifiers),
                seal_numbers.lower().replace("-", " "),
                _cached_fold(case.owner),
                _cached_fold(case.name),
                _cached_fold(case.judgment_number),
                _cached_fold(case.decision_number),
            )
        )
        row = [
            item_id,
            ITEM_PREFIXES[kind],
            case.id,
            kind.value,
            category.value,
            name,
            description,
            quantity,
            unit,
            weight,
            identifiers,
            (SealState.INTACT if sealed else SealState.UNSEALED).value,
            seal_numbers,
            rng.choice(CONDITIONS),
            value,
            case.owner,
            case.transferring_body,
            warehouse_id,
            location if status not in (S.RECEIVED, S.CHECKED_OUT) else None,
            status.value,
            disposition,
            *_ordered_by(case, disposition),
            None,
            self.to_sql_time(at),
            self.to_sql_time(last_at),
            " ".join(search_text.split()),
            1,
            head,
            len(events),
            self.to_sql_time(at),
            at.year,
        ]
        return row, events, category

    def _history(
        self, item_id: int, case: DemoCase, at: datetime, status: S, location: int, bins: list[int]
    ) -> tuple[list[tuple[Any, ...]], str, datetime, int]:
        rng, a = self.rng, self.actors
        steps: list[tuple[Any, ...]] = [
            (
                EventKind.RECEIVED,
                at,
                a.keeper,
                case.transferring_body,
                None,
                None,
                None,
                S.RECEIVED,
                None,
            )
        ]
        if status is not S.RECEIVED:
            put_at = at + timedelta(minutes=rng.randint(5, 180))
            steps.append(
                (
                    EventKind.PUT_AWAY,
                    put_at,
                    a.keeper,
                    None,
                    None,
                    location,
                    S.RECEIVED,
                    S.IN_STORAGE,
                    None,
                )
            )
            path = PATHS[status][0]
            if rng.random() < 0.06 and status is S.IN_STORAGE:
                path = (S.CHECKED_OUT, S.IN_STORAGE)
            moves = rng.choices((0, 0, 0, 1, 1, 2))[0]
            span = max((self.now - put_at).total_seconds(), 60.0)
            times = sorted(
                put_at + timedelta(seconds=rng.uniform(1, span)) for _ in range(moves + len(path))
            )
            for when in times[:moves]:
                target = rng.choice(bins)
                if target != location:
                    steps.append(
                        (EventKind.MOVED, when, a.keeper, None, location, target, None, None, None)
                    )
                    location = target
            if S.CHECKED_OUT in path:  # out on a temporary release, perhaps back already
                steps += self.checkouts.steps(
                    item_id, steps[-1][1], len(path) > 1, location, a.keeper, a.officer
                )
                return (*self._chain(item_id, steps), location)
            before = S.IN_STORAGE
            for when, after in zip(times[moves:], path, strict=True):
                actor = (
                    a.head
                    if after in (S.RELEASE_APPROVED, S.AWAITING_AUCTION, S.AWAITING_DESTRUCTION)
                    else a.keeper
                )
                steps.append(
                    (
                        EventKind.STATUS_CHANGED,
                        when,
                        actor,
                        None,
                        None,
                        None,
                        before,
                        after,
                        NOTES.get(after),
                    )
                )
                before = after
        return (*self._chain(item_id, steps), location)

    def _chain(
        self, item_id: int, steps: list[tuple[Any, ...]]
    ) -> tuple[list[tuple[Any, ...]], str, datetime]:
        rows: list[tuple[Any, ...]] = []
        prev = GENESIS_HASH
        when = steps[0][1]
        for seq, (kind, when, actor, counterpart, src, dst, before, after, note) in enumerate(
            steps, start=1
        ):
            before_value = before.value if before else None
            after_value = after.value if after else None
            digest = event_hash(
                prev,
                event_content(
                    item_id=item_id,
                    seq=seq,
                    kind=kind.value,
                    occurred_at=when,
                    actor_id=actor,
                    counterpart=counterpart,
                    from_location_id=src,
                    to_location_id=dst,
                    status_before=before_value,
                    status_after=after_value,
                    document_id=None,
                    note=note,
                    data=None,
                ),
            )
            rows.append(
                (
                    item_id,
                    seq,
                    kind.value,
                    self.to_sql_time(when),
                    actor,
                    counterpart,
                    src,
                    dst,
                    before_value,
                    after_value,
                    None,
                    note,
                    None,
                    prev,
                    digest,
                )
            )
            prev = digest
        return rows, prev, when


def _identifiers(rng: random.Random, category: Category) -> str:
    if category is Category.VEHICLE:
        plate = (
            f"{rng.choice(voc.PROVINCE_PLATES)}{rng.choice('ABCDEFGHKLMNPSTUVXYZ')}"
            f"{rng.randint(1, 9)}-{rng.randint(100, 999)}.{rng.randint(10, 99)}"
        )
        frame = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", k=17))
        return f"Biển số {plate}; số khung {frame}; số máy {rng.randint(10**9, 10**10 - 1)}"
    if category is Category.PHONE:
        return f"IMEI {rng.randint(10**14, 10**15 - 1)}"
    if category is Category.ELECTRONICS:
        return f"Số sê-ri {''.join(rng.choices('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', k=10))}"
    if category is Category.CASH:
        return f"Gồm {rng.randint(2, 900)} tờ mệnh giá 500.000 đ"
    if category is Category.DOCUMENT:
        return f"Số {rng.randint(10**5, 10**9)}"
    return ""


def _warehouse_for(rng: random.Random, category: Category) -> str:
    if category in VALUABLE_CATEGORIES or category is Category.JEWELLERY:
        return "KB1"
    if category is Category.VEHICLE:
        return rng.choice(("BX1", "BX1", "CA1", "CA2"))
    return rng.choice(("K01", "K01", "K02", "CA1", "CA2"))


_SEARCH_TEXT = ITEM_COLUMNS.index("search_text")


class CodeAssigner:
    """Item codes in order of receipt, per prefix and year, as the services number them."""

    def __init__(self) -> None:
        self.counters: dict[tuple[str, int], int] = {}

    def assign(self, row: list[Any]) -> tuple[Any, ...]:
        """Fill the code into a row from ``ItemFactory.make`` and prefix it to the search text."""
        prefix, year = row[1], row.pop()
        key = (prefix, year)
        self.counters[key] = number = self.counters.get(key, 0) + 1
        code = f"{prefix}-{year:04d}-{number:06d}"
        row[1] = code
        row[_SEARCH_TEXT] = f"{code.lower().replace('-', ' ')} {row[_SEARCH_TEXT]}"
        return tuple(row)


def _ordered_by(case: DemoCase, disposition: str) -> tuple[str, str | None, str]:
    """The judgment ordering a decided disposition: the case's own (number, ISO date, court)."""
    if disposition == Disposition.UNDECIDED.value:
        return "", None, ""
    return case.judgment_number, case.judgment_day.isoformat(), case.court
