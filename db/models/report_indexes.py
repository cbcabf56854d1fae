"""Indexes the reports need on tables other areas own (kept here so their models stay theirs)."""

from __future__ import annotations

from sqlalchemy import Index

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
