"""Build the demo database: users and agency through the services, the bulk by fast loading."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from db.models import CustodyEvent, Item, User
from evidence_app.domain.enums import Category, Role
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.workers import process_pool
from evidence_app.services.custody import Witness
from evidence_app.services.demo import catalogue
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.auctions import demo_auctions
from evidence_app.services.demo.bulk import BulkWriter, sql_time
from evidence_app.services.demo.checkouts import CHECKOUT_COLUMNS
from evidence_app.services.demo.custody import demo_custody
from evidence_app.services.demo.destruction import demo_destruction
from evidence_app.services.demo.intakes import demo_intakes, plan_intakes
from evidence_app.services.demo.items import (
    EVENT_COLUMNS,
    ITEM_COLUMNS,
    Actors,
    CodeAssigner,
    ItemFactory,
)
from evidence_app.services.demo.mark import mark_demo
from evidence_app.services.demo.photos import photo_rows
from evidence_app.services.demo.stocktakes import demo_stage
from evidence_app.services.facade import Services

CHUNK = 20_000
PHOTO_SHARE = 0.1
HISTORY_YEARS = 6


@dataclass(frozen=True)
class DemoReport:
    items: int
    events: int
    cases: int
    locations: int
    users: tuple[str, ...]
    seconds: float


def build_demo(
    services: Services,
    items: int,
    seed: int = 1,
    password: str = "demo12345",
    progress: Callable[[str], None] | None = None,
) -> DemoReport:
    """Fill an empty, migrated database with a realistic agency holding ``items`` items."""
    started = time.perf_counter()
    say = progress or (lambda _message: None)
    if items < 1 or items > 20_000_000:
        raise ValidationError("validation.too_large", field="field.quantity")
    _refuse_non_empty(services)
    mark_demo(services.db, items, seed)
    handovers = plan_intakes(items, seed)  # booked in through the services after the bulk
    bulk = items - sum(handovers)
    now = datetime.now(UTC).replace(microsecond=0)
    ids = _people_and_agency(services, password)
    dialect = services.db.dialect

    writer = BulkWriter(services.db)
    created = sql_time(now, dialect)
    cat = catalogue.warehouses(ids["agency"], created)
    writer.insert(
        "warehouse",
        (
            "id",
            "agency_id",
            "code",
            "name",
            "address",
            "custodian_kind",
            "custodian_name",
            "active",
            "created_at",
            "unit_id",
        ),
        [(*row, ids["unit"]) for row in cat.warehouse_rows],
    )
    writer.insert(
        "location",
        ("id", "warehouse_id", "parent_id", "code", "name", "kind", "path", "active", "created_at"),
        cat.location_rows,
    )
    photo_ids = _photos(writer, created)
    say(f"{len(cat.location_rows)} vị trí trong {len(cat.warehouse_rows)} kho")
    actors = Actors(ids["keeper"], ids["head"], ids["officer"])
    plans = [
        _ChunkPlan(seed, index, bulk, now, cat.bins, actors, ids, photo_ids, dialect)
        for index in range((bulk + CHUNK - 1) // CHUNK)
    ]
    codes = CodeAssigner()
    cases, events = _items_and_cases(writer, plans, codes, say, ids["unit"])
    _sequences(writer, codes, cat.location_counts)
    say("Đang dựng chỉ mục tìm kiếm…")
    writer.close(
        (
            "warehouse",
            "location",
            "enforcement_case",
            "party",
            "item",
            "custody_event",
            "attachment",
            "item_photo",
            "temporary_release",
        )
    )
    if handovers:
        say(f"Đang ghi nhận {len(handovers)} phiên giao nhận qua nghiệp vụ…")
        added_events, added_cases = demo_intakes(services, ids, cat.bins, handovers, seed)
        events, cases = events + added_events, cases + added_cases
    say("Đang lập các lô tài sản bán đấu giá…")
    # The accountant is the second person wherever an item leaving needs one (dual control).
    accountant = next(u[0] for u in voc.DEMO_USERS if u[3] == Role.ACCOUNTANT.value)
    witness = Witness(accountant, password)
    demo_auctions(services, ids, witness, seed)
    say("Đang kiểm kê mẫu…")
    demo_stage(services, ids)
    say(f"{demo_destruction(services, ids, witness)} Hội đồng tiêu hủy")
    say("Đang ghi nhận chuyển vị trí, trích xuất và đề nghị xuất kho qua nghiệp vụ…")
    demo_custody(services, ids, witness, seed)
    with unit_of_work(services.db, read_only=True) as session:
        events = session.scalar(select(func.count(CustodyEvent.id))) or events
    users = tuple(u[0] for u in voc.DEMO_USERS)
    return DemoReport(
        items, events, cases, len(cat.location_rows), users, time.perf_counter() - started
    )


def _refuse_non_empty(services: Services) -> None:
    with unit_of_work(services.db) as session:
        if session.scalar(select(func.count(User.id))) or session.scalar(
            select(func.count(Item.id))
        ):
            raise ValidationError("demo.not_empty", url=services.db.display_url)


def _people_and_agency(services: Services, password: str) -> dict[str, int]:
    """Users (one per role) and the agency go through the real services."""
    username, full_name, _position, _role = voc.DEMO_USERS[0]
    services.users.create_first_admin(username, full_name, password)
    admin = services.users.authenticate(username, password)
    agency = services.agency.save(
        admin,
        "Thi hành án dân sự thành phố Hà Nội",
        "Bộ Tư pháp",
        "Hà Nội",
        "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
        "Số 2 phố Trần Hưng Đạo, phường Hoàn Kiếm, Hà Nội",
    )
    ids = {"agency": agency.id, "unit": services.units.all(admin)[0].id}
    first = f"lan-dau-{password}"  # typed by the administrator, for the first login only
    for username, full_name, position, role in voc.DEMO_USERS[1:]:
        user = services.users.create(admin, username, full_name, first, [Role(role)], position)
        # Each person logs in once and sets their own password, as a real first day goes.
        own = services.users.authenticate(username, first)
        services.users.change_own_password(own, first, password)
        ids[role] = user.id
    _regional_office(services, admin, ids)
    return ids


def _regional_office(services: Services, admin: Actor, ids: dict[str, int]) -> None:
    """A regional office beside the provincial unit (issue 21); the keeper also keeps there:
    a person may hold roles in two units."""
    office = services.units.create(admin, "KV1", "Phòng Thi hành án dân sự khu vực 1")
    keeper = next(u for u in services.users.all(admin) if u.id == ids[Role.KEEPER.value])
    services.users.set_roles(admin, keeper.id, [Role.KEEPER], keeper.version, unit_id=office.id)
    ids["office"] = office.id


def _photos(writer: BulkWriter, created: Any) -> dict[Category, int]:
    rows = photo_rows()
    writer.insert(
        "attachment",
        ("id", "sha256", "mime", "size", "content", "created_at"),
        [
            (i, sha, "image/jpeg", len(data), data, created)
            for i, (_c, sha, data) in enumerate(rows, start=1)
        ],
    )
    return {category: i for i, (category, _s, _d) in enumerate(rows, start=1)}


@dataclass(frozen=True)
class _ChunkPlan:
    """Everything a worker process needs to make one chunk of items on its own."""

    seed: int
    index: int
    total: int
    now: datetime
    bins: dict[str, tuple[int, list[int]]]
    actors: Actors
    ids: dict[str, int]
    photo_ids: dict[Category, int]
    dialect: str


def _make_chunk(plan: _ChunkPlan) -> tuple[list[Any], ...]:
    """Cases, parties, items, events and photo links for items ``index*CHUNK`` onwards.

    Chunks are independent (own random stream, own id ranges) so two processes can make
    them while the main process writes; receipt dates rise with the item id.
    """
    rng = random.Random(plan.seed * 1_000_003 + plan.index)
    first, last = plan.index * CHUNK, min(plan.total, (plan.index + 1) * CHUNK)
    created = sql_time(plan.now, plan.dialect)
    span = timedelta(days=365 * HISTORY_YEARS)
    start = plan.now - span

    def to_time(moment: datetime) -> Any:
        return sql_time(moment, plan.dialect)

    factory = ItemFactory(rng, plan.now, plan.bins, plan.actors, to_time, next_item_id=first + 1)
    cases: list[Any] = []
    parties: list[Any] = []
    items: list[Any] = []
    events: list[Any] = []
    photos: list[Any] = []
    case_id, made = first, first
    while made < last:
        case_id += 1
        progress = made / plan.total
        day = start + span * (progress**0.5) - timedelta(hours=rng.randint(0, 20))
        case, row, party_rows = catalogue.case_rows(
            rng, case_id, plan.ids["agency"], plan.ids["officer"], day, created
        )
        cases.append(_dated(row, plan.dialect))
        parties.extend(party_rows)
        at = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 480))
        for _ in range(min(last - made, 1 + int(rng.expovariate(1 / 7)))):
            item, item_events, category = factory.make(case, min(at, plan.now))
            items.append(item)
            events.extend(item_events)
            if rng.random() < PHOTO_SHARE:
                photos.append(
                    (item[0], plan.photo_ids[category], "Ảnh chụp khi tiếp nhận", created)
                )
            made += 1
            at += timedelta(seconds=rng.randint(30, 300))
    return cases, parties, items, events, photos, factory.checkouts.rows


def _dated(row: tuple[Any, ...], dialect: str) -> tuple[Any, ...]:
    if dialect != "sqlite":
        return row
    return (*row[:4], row[4].isoformat(), row[5], row[6], row[7].isoformat(), *row[8:])


def _items_and_cases(
    writer: BulkWriter,
    plans: list[_ChunkPlan],
    codes: CodeAssigner,
    say: Callable[[str], None],
    unit_id: int,
) -> tuple[int, int]:
    """Write chunks as they come; with several chunks two worker processes make them
    (spawned, ending with this process: ``core.workers``)."""
    cases = events = made = 0
    if len(plans) > 1:
        pool = process_pool(min(2, os.cpu_count() or 1))
        chunks: Iterator[tuple[list[Any], ...]] = pool.map(_make_chunk, plans)
    else:
        pool, chunks = None, map(_make_chunk, plans)
    try:
        for case_rows, party_rows, item_rows, event_rows, photo_rows_, checkout_rows in chunks:
            writer.insert("enforcement_case", CASE_COLUMNS, [(*r, unit_id) for r in case_rows])
            writer.insert("party", PARTY_COLUMNS, party_rows)
            writer.insert("item", ITEM_COLUMNS, [codes.assign(row) for row in item_rows])
            writer.insert("custody_event", EVENT_COLUMNS, event_rows)
            writer.insert(
                "item_photo", ("item_id", "attachment_id", "caption", "created_at"), photo_rows_
            )
            writer.insert("temporary_release", CHECKOUT_COLUMNS, checkout_rows)
            cases += len(case_rows)
            events += len(event_rows)
            made += len(item_rows)
            say(f"{made:,} / {plans[0].total:,} vật chứng".replace(",", "."))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return cases, events


CASE_COLUMNS = (
    "id",
    "agency_id",
    "name",
    "judgment_number",
    "judgment_date",
    "court",
    "decision_number",
    "decision_date",
    "officer_id",
    "amount_to_enforce",
    "amount_enforced",
    "version",
    "created_at",
    "unit_id",
)
PARTY_COLUMNS = ("case_id", "role", "full_name", "id_number", "address", "created_at")


def _sequences(writer: BulkWriter, codes: CodeAssigner, location_counts: dict[str, int]) -> None:
    """Later codes continue after the demo's: item codes per prefix and year, location codes."""
    rows = [(f"item:{prefix}", year, last) for (prefix, year), last in codes.counters.items()]
    rows += [(f"location:{code}", 0, last) for code, last in location_counts.items()]
    writer.insert("number_sequence", ("name", "year", "last_value"), rows)
