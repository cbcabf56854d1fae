"""What an item's folded search text covers (issue: code, name, description, identifiers,
seal numbers, case number and name, owner)."""

from __future__ import annotations

from db.models import Case, Item
from evidence_app.domain.text import fold


def item_search_text(item: Item, case: Case | None) -> str:
    parts = [
        item.code,
        item.name,
        item.description,
        item.identifiers,
        item.seal_numbers,
        item.owner_name,
    ]
    if case is not None:
        parts += [case.name, case.judgment_number, case.decision_number]
    return fold(" ".join(part for part in parts if part))
