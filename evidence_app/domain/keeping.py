"""Who keeps a warehouse: the agency (or the Treasury) itself, or another body whose keeper
moves and issues what it keeps himself (Decree 152/2026 Art 37.2.đ, 37.3)."""

from __future__ import annotations

from datetime import date

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


#: Those items are left with to keep (giao bảo quản, Law 106/2025 Art 40.1): the owner or
#: whoever was using it (a), a person or organisation able to keep it (c), the commune (đ).
#: Each keeper has a keeping place of its own, a warehouse coded GBQnnnn.
KEEPER_KINDS = frozenset({CustodianKind.OWNER, CustodianKind.THIRD_PARTY, CustodianKind.COMMUNE})

#: The point of Law 106/2025 Art 40.1 each keeper kind is left items under.
KEEPER_ARTICLES: dict[CustodianKind, str] = {
    CustodianKind.OWNER: "điểm a khoản 1 Điều 40 Luật Thi hành án dân sự",
    CustodianKind.THIRD_PARTY: "điểm c khoản 1 Điều 40 Luật Thi hành án dân sự",
    CustodianKind.COMMUNE: "điểm đ khoản 1 Điều 40 Luật Thi hành án dân sự",
}

#: The prefix of a keeping place's warehouse code: GBQ0001, GBQ0002…
KEEPING_PREFIX = "GBQ"


def keeping_code(number: int) -> str:
    """``GBQ0007``: the code of the 7th keeping place."""
    return f"{KEEPING_PREFIX}{number:04d}"


def check_anchor(handed_over: date | None, last_check: date | None, set_up: date) -> date:
    """The day the monthly check's month runs from (Circular 01/2017/TT-BTP Art 12.2): the
    later of the last check and the first handover (LEFT_WITH_KEEPER) of what the keeper holds
    now; with no handover recorded, the last check, else the day the place was set up. A check
    made before the items now held were handed over does not cover them."""
    if handed_over is None:
        return last_check or set_up
    if last_check is None:
        return handed_over
    return max(handed_over, last_check)
