"""Who keeps a warehouse: the agency (or the Treasury) itself, or another body whose keeper
moves and issues what it keeps himself (Decree 152/2026 Art 37.2.đ, 37.3)."""

from __future__ import annotations

from evidence_app.domain.enums import CustodianKind

#: Warehouses whose keeper is ours (the agency's) or the Treasury's, which books by its own
#: papers; any other custodian's (the police's, a third party's) keeper acts himself and is
#: named on the event and the papers (Decree 152/2026 Art 37.2.đ, 37.3).
OWN_KEEPING = frozenset({CustodianKind.AGENCY, CustodianKind.TREASURY})


def keeping_body(kind: CustodianKind | str, custodian_name: str, warehouse_name: str) -> str:
    """The other body keeping a warehouse (its custodian's name, else the warehouse's), or ""
    when the warehouse is ours or the Treasury's (Decree 152/2026 Art 37.2.đ, 37.3)."""
    if CustodianKind(kind) in OWN_KEEPING:
        return ""
    return custodian_name or warehouse_name
