"""The texts the item panel shows: each field, each timeline row, the chain state."""

from __future__ import annotations

from evidence_app.domain.enums import EventKind
from evidence_app.domain.labels import label
from evidence_app.domain.money import notes_text
from evidence_app.services.core.dto import (
    ChainState,
    EventView,
    ItemDetails,
    ItemView,
    TimelineEvent,
)
from ui.common.formats import day, local_datetime, money, number, weight
from ui.strings import language, tr

#: Field keys in display order; each names its label in ui.strings.
FIELDS = (
    "col.name",
    "panel.kind",
    "col.category",
    "col.status",
    "panel.quantity",
    "panel.weight",
    "panel.identifiers",
    "panel.seal",
    "panel.condition",
    "panel.description",
    "panel.value",
    "col.owner",
    "panel.transferring_body",
    "panel.case",
    "panel.judgment",
    "panel.decision",
    "panel.place",
    "col.received",
    "panel.disposition",
    "panel.updated",
)
TIMELINE_COLUMNS = (
    "timeline.time",
    "timeline.event",
    "timeline.actor",
    "timeline.movement",
    "timeline.document",
    "timeline.note",
)


def item_fields(
    item: ItemView, case_name: str, place: str, judgment: str = "", decision: str = ""
) -> dict[str, str]:
    """The text of each field of ``item``, as the panel shows it."""
    lang, none = language(), tr("panel.none")
    seal = label(item.seal_state, lang)
    value = item.estimated_value
    return {
        "col.name": item.name,
        "panel.kind": label(item.kind, lang),
        "col.category": label(item.category, lang),
        "col.status": label(item.status, lang),
        "panel.quantity": f"{number(item.quantity)} {item.unit}".strip(),
        "panel.weight": weight(item.weight_grams) if item.weight_grams is not None else none,
        "panel.identifiers": item.identifiers or none,
        "panel.seal": f"{seal} ({item.seal_numbers})" if item.seal_numbers else seal,
        "panel.condition": item.condition or none,
        "panel.description": item.description or none,
        "panel.value": money(value) if value is not None else none,
        "col.owner": item.owner_name or none,
        "panel.transferring_body": item.transferring_body or none,
        "panel.case": case_name or none,
        "panel.judgment": judgment or none,
        "panel.decision": decision or none,
        "panel.place": place or none,
        "col.received": local_datetime(item.received_at),
        "panel.disposition": disposition_text(item),
        "panel.updated": local_datetime(item.updated_at),
    }


def with_notes(fields: dict[str, str], details: ItemDetails) -> dict[str, str]:
    """Cash: the quantity followed by the notes counted ("500.000 × 20; …", Art 44.2)."""
    if details.notes:
        counted = notes_text(details.notes)
        if details.notes_country:
            counted = f"{counted} ({details.notes_country})"
        fields["panel.quantity"] = tr(
            "panel.notes", quantity=fields["panel.quantity"], notes=counted
        )
    return fields


def disposition_text(item: ItemView) -> str:
    """The ordered disposition, with the judgment or decision that ordered it."""
    ordered = label(item.disposition, language())
    source = item.disposition_source
    if not source.number:
        return ordered
    return tr(
        "panel.disposition_source", disposition=ordered, number=source.number,
        date=day(source.issued_on), body=source.body,
    )  # fmt: skip


def event_row(event: EventView) -> tuple[str, ...]:
    """A bare event (ids, not names): time, kind, actor and note; no movement or document."""
    kind = label(event.kind, language())
    return (local_datetime(event.occurred_at), kind, event.actor_name, "", "", event.note or "")


def timeline_row(event: TimelineEvent) -> tuple[str, ...]:
    """Time, event, by, from → to, document and note of one custody event."""
    lang = language()
    what = label(event.kind, lang)
    if event.kind is EventKind.STATUS_CHANGED and event.status_after is not None:
        what = f"{what}: {label(event.status_after, lang)}"
    by = event.actor_name
    if event.body_keeper:  # another body's keeper did it; our user recorded it (Art 37.2.đ)
        by = tr("timeline.body_keeper", keeper=event.body_keeper, actor=event.actor_name)
    return (
        local_datetime(event.occurred_at),
        what,
        by,
        movement(event, short=True),
        event.document_number,
        event.note or "",
    )


def movement(event: TimelineEvent, *, short: bool = False) -> str:
    """ "Kệ 1 → Kệ 2": where the item came from and went; ``short`` keeps the last names only.

    A receipt comes from the delivering body, a release goes to the receiving party.
    """
    received = event.kind is EventKind.RECEIVED
    source = event.from_location or (event.counterpart if received else "") or ""
    target = event.to_location or (event.counterpart if not received else "") or ""
    if short:
        source, target = source.split(" › ")[-1], target.split(" › ")[-1]
    return " → ".join((source, target)).strip() if source or target else ""


def chain_text(chain: ChainState) -> str:
    broken = chain.first_break
    if broken is None:
        return tr("panel.chain_intact")
    return tr("panel.chain_broken", seq=broken.seq if broken.seq is not None else "?")
