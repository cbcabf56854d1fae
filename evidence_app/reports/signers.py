"""Who signs each printed report, and their names from the roles.

Every report closes with the signature of the person who made it and the head of the agency
(Decree 30/2020/NĐ-CP Art 8.1(g) and Appendix I: position, full name and signature of the
competent person). The two ledgers (Mẫu số 13 and 17) are closed by the person keeping them,
confirmed by the head, and also signed by those responsible for what they record: the keeper
for the evidence ledger, the accountant for the auction ledger (Circular 04/2023/TT-BTP as
codified, Art 30.2.TT.14.30.4(c): "ngoài chữ ký của người kết sổ và xác nhận của Thủ trưởng …
còn phải có chữ ký của những người có trách nhiệm liên quan như kế toán, thủ kho, thủ quỹ").
"""

from __future__ import annotations

from collections.abc import Mapping

from evidence_app.domain.enums import Role
from evidence_app.reports.table import Signer

#: The signer who prints the report, by its caption key below.
PREPARER = "preparer"
#: The one who keeps and closes a ledger (người kết sổ), who prints it.
LEDGER_PREPARER = "ledger_preparer"

_CAPTIONS: dict[str, tuple[str, str]] = {
    PREPARER: ("Người lập biểu", "Prepared by"),
    LEDGER_PREPARER: ("Người lập sổ", "Ledger keeper"),
    Role.KEEPER: ("Thủ kho", "Warehouse keeper"),
    Role.ACCOUNTANT: ("Kế toán", "Accountant"),
    Role.HEAD: ("Thủ trưởng cơ quan", "Head of agency"),
}
_HINT = ("(Ký, ghi rõ họ tên)", "(Signature and full name)")
_HEAD_HINT = ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)")

#: Report name → its signers left to right (the head always last, on the right).
SIGNED_BY: dict[str, tuple[str, ...]] = {
    "evidence_ledger": (LEDGER_PREPARER, Role.KEEPER, Role.HEAD),
    "auction_ledger": (LEDGER_PREPARER, Role.ACCOUNTANT, Role.HEAD),
}
DEFAULT_SIGNED_BY: tuple[str, ...] = (PREPARER, Role.HEAD)


def signers(
    report: str, lang: str, preparer: str, by_role: Mapping[Role, str]
) -> tuple[Signer, ...]:
    """The report's signature blocks in ``lang``: ``preparer`` is the name of the user who
    makes it, ``by_role`` the name holding each role ("" where nobody is known)."""
    found = []
    for who in SIGNED_BY.get(report, DEFAULT_SIGNED_BY):
        vi, en = _CAPTIONS[who]
        hint = _HEAD_HINT if who == Role.HEAD else _HINT
        by_hand = who in (PREPARER, LEDGER_PREPARER)
        name = preparer if by_hand else by_role.get(Role(who), "")
        found.append(Signer(en if lang == "en" else vi, hint[1 if lang == "en" else 0], name))
    return tuple(found)


def roles_needed(report: str) -> tuple[Role, ...]:
    """The roles whose holder's name the report's signature blocks ask for."""
    return tuple(Role(w) for w in SIGNED_BY.get(report, DEFAULT_SIGNED_BY) if w in set(Role))
