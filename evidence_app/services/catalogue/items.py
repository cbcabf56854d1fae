"""Items: receive, put away, move, edit (optimistic), change status, look up."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Case, Item, Location
from evidence_app.domain.chain import GENESIS_HASH
from evidence_app.domain.codes import ITEM_PREFIXES, CodeKind, item_code, parse_code
from evidence_app.domain.enums import (
    Category,
    EventKind,
    ItemKind,
    ItemStatus,
    SealState,
)
from evidence_app.domain.errors import (
    FinalStateError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.catalogue.details import ItemDetailsReader
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import EventView, ItemView
from evidence_app.services.core.events import append_event, timeline
from evidence_app.services.core.login import Witness
from evidence_app.services.core.numbering import next_number
from evidence_app.services.core.scope import (
    check_case,
    check_item,
    check_item_visible,
    check_location,
)
from evidence_app.services.core.search_text import item_search_text
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import item_view
from evidence_app.services.custody import (
    BodyKeeper,
    active_location,
    move_item,
    put_away_item,
    second_user,
    witness_data,
)


@dataclass(frozen=True)
class ItemDraft:
    """What a keeper types for a new item; the code is assigned unless given."""

    kind: ItemKind
    category: Category
    name: str
    case_id: int | None = None
    description: str = ""
    quantity: Decimal | int | str = 1
    unit: str = "cái"
    weight_grams: Decimal | int | str | None = None
    identifiers: str = ""
    seal_state: SealState = SealState.UNSEALED
    seal_numbers: str = ""
    condition: str = ""
    estimated_value: int | None = None
    owner_name: str = ""
    transferring_body: str = ""
    location_id: int | None = None
    parent_id: int | None = None


#: Fields an edit may change (status, location and the ordered disposition change only through
#: custody events: moves, releases, ``DispositionService``).
EDITABLE = frozenset(
    {
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
        "case_id",
        "category",
    }
)


#: What a dual-control item's edit needs the second person for.
WITNESSED_FIELDS = frozenset({"category", "estimated_value", "quantity", "weight_grams"})


def cleaned(draft: ItemDraft) -> ItemDraft:
    """The draft with every field checked and normalised, or a ValidationError."""
    return replace(
        draft,
        kind=v.member(ItemKind, draft.kind, "field.kind"),
        category=v.member(Category, draft.category, "field.category"),
        seal_state=v.member(SealState, draft.seal_state, "field.seal_state"),
        name=v.text_field(draft.name, "field.name", limit=300, required=True),
        description=v.text_field(draft.description, "field.description", limit=4000),
        quantity=v.positive_decimal(draft.quantity, "field.quantity"),
        unit=v.text_field(draft.unit, "field.unit", limit=20, required=True),
        weight_grams=v.optional_decimal(draft.weight_grams, "field.weight"),
        identifiers=v.text_field(draft.identifiers, "field.identifiers", limit=2000),
        seal_numbers=v.text_field(draft.seal_numbers, "field.seal_numbers", limit=300),
        condition=v.text_field(draft.condition, "field.condition", limit=2000),
        estimated_value=v.money(draft.estimated_value),
        owner_name=v.text_field(draft.owner_name, "field.owner", limit=200),
        transferring_body=v.text_field(
            draft.transferring_body, "field.transferring_body", limit=300
        ),
    )


class ItemService(ItemDetailsReader):
    """Items' writes and look-ups; ``details``/``photo`` come from ItemDetailsReader."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def receive(self, actor: Actor, draft: ItemDraft) -> ItemView:
        """Book an item in as RECEIVED; with a location it is put away in the same action."""
        draft = cleaned(draft)
        with unit_of_work(self.db) as session:
            authorize(session, actor, Permission.RECEIVE_ITEMS)
            case = _case(session, draft.case_id)
            location = active_location(session, draft.location_id) if draft.location_id else None
            # Into the keeper's own unit's warehouse, for its own case (issue 21).
            if location is not None:
                check_location(session, actor, Permission.RECEIVE_ITEMS, location.id)
            if case is not None:
                check_case(session, actor, Permission.RECEIVE_ITEMS, case.id)
            if draft.parent_id is not None:
                _item(session, draft.parent_id)
            now = utcnow()
            item = new_item(session, draft, case, now)
            session.flush()
            record_receipt(session, actor, item, counterpart=draft.transferring_body, at=now)
            if location is not None:
                put_away_item(session, actor, item, location)
            session.flush()
            return item_view(item)

    def put_away(
        self, actor: Actor, item_id: int, location_id: int, expected_version: int | None = None
    ) -> ItemView:
        """Place a RECEIVED item at its first location: it becomes IN_STORAGE."""
        return self._with_item(
            actor,
            item_id,
            expected_version,
            Permission.MOVE_ITEMS,
            lambda s, item: put_away_item(s, actor, item, _own_location(s, actor, location_id)),
        )

    def move(
        self,
        actor: Actor,
        item_id: int,
        location_id: int,
        expected_version: int | None = None,
        note: str = "",
        keeper: BodyKeeper | None = None,
    ) -> ItemView:
        """Move a stored item to another location (a RECEIVED item is put away); in another
        body's warehouse ``keeper`` names that body's keeper who moved it (Art 37.2.đ)."""
        note = v.text_field(note, "field.note", limit=1000)

        def apply(session: Session, item: Item) -> None:
            target = _own_location(session, actor, location_id)
            move_item(session, actor, item, target, note, keeper)

        return self._with_item(actor, item_id, expected_version, Permission.MOVE_ITEMS, apply)

    def edit(
        self,
        actor: Actor,
        item_id: int,
        expected_version: int,
        changes: Mapping[str, Any],
        witness: Witness | None = None,
    ) -> ItemView:
        """Change descriptive fields; refused if someone saved the item since it was read.

        The category, value, quantity or weight of an item under dual control (cash, gold,
        drugs, weapons…), or a category change into or out of it, needs ``witness``: the
        second person's own name and password, as when the item leaves (so cash cannot
        become "other" and leave with no second person)."""
        unknown = set(changes) - EDITABLE
        if unknown:
            raise ValidationError(
                "validation.value", field="field.name", value=", ".join(sorted(unknown))
            )
        second_actor = witness.authenticate(self.db) if witness is not None else None

        def apply(session: Session, item: Item) -> None:
            current = ItemDraft(**{f.name: getattr(item, f.name) for f in fields(ItemDraft)})
            draft = cleaned(replace(current, **changes))
            diff = {
                name: [_plain(getattr(item, name)), _plain(getattr(draft, name))]
                for name in changes
                if getattr(item, name) != getattr(draft, name)
            }
            if not diff:
                return
            case = _case(session, draft.case_id)
            data: dict[str, Any] = {"changes": diff}
            note = None
            if diff.keys() & WITNESSED_FIELDS:
                second = second_user(session, actor, item, second_actor, draft.category)
                witnessed, note = witness_data(second)
                data.update(witnessed)
            for name in diff:
                setattr(item, name, getattr(draft, name))
            item.search_text = item_search_text(item, case)
            append_event(
                session, item, EventKind.EDITED, actor_id=actor.user_id, data=data, note=note
            )

        return self._with_item(actor, item_id, expected_version, Permission.EDIT_ITEMS, apply)

    def get(self, actor: Actor, item_id: int) -> ItemView:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            item = _item(session, item_id)
            check_item_visible(session, actor, item)  # issue 21
            return item_view(item)

    def by_code(self, actor: Actor, code: str) -> ItemView:
        """The item a scanned or typed code names, or a NotFoundError/InvalidCodeError."""
        parsed = parse_code(code)
        if parsed.kind is not CodeKind.ITEM:
            raise NotFoundError(what="noun.item", ref=parsed.text)
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            item = session.scalars(select(Item).where(Item.code == parsed.text)).first()
            if item is None:
                raise NotFoundError(what="noun.item", ref=parsed.text)
            check_item_visible(session, actor, item)  # issue 21
            return item_view(item)

    def history(self, actor: Actor, item_id: int) -> list[EventView]:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            check_item_visible(session, actor, _item(session, item_id))  # issue 21
            return timeline(session, item_id)

    def _with_item(
        self,
        actor: Actor,
        item_id: int,
        expected_version: int | None,
        permission: Permission,
        apply: Callable[[Session, Item], None],
    ) -> ItemView:
        with unit_of_work(self.db, ref=str(item_id)) as session:
            authorize(session, actor, permission)
            item = _item(session, item_id)
            check_item(session, actor, permission, item)  # another unit's item: refused
            if item.status in FINAL_STATES:
                raise FinalStateError(status=item.status)
            if expected_version is not None and item.version != expected_version:
                raise StaleEditError(
                    what="noun.item", ref=item.code, current=item.version, expected=expected_version
                )
            apply(session, item)
            session.flush()
            return item_view(item)


def new_item(
    session: Session, draft: ItemDraft, case: Case | None, now: datetime, code: str | None = None
) -> Item:
    """A cleaned draft as a new RECEIVED item with its code (taken unless given), added to the
    session without events."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    values.pop("location_id")
    item = Item(
        **values,
        code=code or _new_code(session, draft.kind, now.year),
        status=ItemStatus.RECEIVED,
        received_at=now,
        updated_at=now,
        chain_head=GENESIS_HASH,
        event_count=0,
    )
    item.search_text = item_search_text(item, case)
    session.add(item)
    return item


def record_receipt(
    session: Session,
    actor: Actor,
    item: Item,
    *,
    counterpart: str,
    at: datetime,
    document_id: int | None = None,
) -> None:
    """The item's first event: RECEIVED from ``counterpart`` (the delivering body)."""
    append_event(
        session,
        item,
        EventKind.RECEIVED,
        actor_id=actor.user_id,
        counterpart=counterpart or None,
        status_after=ItemStatus.RECEIVED,
        document_id=document_id,
        occurred_at=at,
    )


def _new_code(session: Session, kind: ItemKind, year: int) -> str:
    return item_code(kind, year, next_number(session, f"item:{ITEM_PREFIXES[kind]}", year))


def new_codes(session: Session, kinds: Sequence[ItemKind], year: int) -> list[str]:
    """Codes for new items of ``kinds``, in order, taking one block of numbers per kind."""
    last = {
        kind: next_number(session, f"item:{ITEM_PREFIXES[kind]}", year, kinds.count(kind))
        for kind in dict.fromkeys(kinds)
    }
    first = {kind: last[kind] - kinds.count(kind) + 1 for kind in last}
    codes = []
    for kind in kinds:
        codes.append(item_code(kind, year, first[kind]))
        first[kind] += 1
    return codes


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(what="noun.item", ref=item_id)
    return item


def _case(session: Session, case_id: int | None) -> Case | None:
    if case_id is None:
        return None
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(what="noun.case", ref=case_id)
    return case


def _plain(value: Any) -> Any:
    """JSON-safe form of a field value for the EDITED event's data."""
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


def _own_location(session: Session, actor: Actor, location_id: int) -> Location:
    """An active location of a warehouse of the actor's unit (issue 21)."""
    location = active_location(session, location_id)
    check_location(session, actor, Permission.MOVE_ITEMS, location.id)
    return location
