"""Indexes the reports need on tables other areas own (kept here so their models stay theirs)."""

from __future__ import annotations

from sqlalchemy import Index, text

from db.models.custody import CustodyEvent
from db.models.items import Item

#: Covers the stock and ageing reports: one index scan, no table lookups, on 1,000,000 items.
ITEM_REPORT_INDEX = Index(
    "ix_item_report",
    Item.status,
    Item.warehouse_id,
    Item.category,
    Item.received_at,
    Item.case_id,
    Item.estimated_value,
)

#: The dashboard's deadlines of what judgments order (Law Art 57, 59): held items by disposition.
ITEM_DISPOSITION_INDEX = Index(
    "ix_item_disposition", Item.disposition, Item.status, Item.case_id, Item.category
)

#: The dashboard's items closed per month (released, handed to the buyer, destroyed: the
#: final states) by the day they were closed; partial, so it holds only those (issue 21).
#: Written with OR, not IN: PostgreSQL prints an IN predicate differently after a dump and
#: restore, and the restore check would take that for a changed schema.
_CLOSED = text("status = 'destroyed' OR status = 'handed_to_buyer' OR status = 'released'")
ITEM_CLOSED_INDEX = Index(
    "ix_item_closed", Item.updated_at, postgresql_where=_CLOSED, sqlite_where=_CLOSED
)

#: The keepers' monthly check (Decree 152/2026 Art 24): when each held item was left with
#: its keeper, without reading every custody event (issue 21).
_LEFT = text("kind = 'left_with_keeper'")
EVENT_LEFT_WITH_KEEPER_INDEX = Index(
    "ix_custody_event_left_with_keeper",
    CustodyEvent.item_id,
    CustodyEvent.occurred_at,
    postgresql_where=_LEFT,
    sqlite_where=_LEFT,
)
