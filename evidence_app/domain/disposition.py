"""What a judgment ordered decides how an item may leave custody (Law 106/2025 Art 56–60).

An item is never returned, sold or destroyed against what was ordered, nor before its case has
its enforcement decision (QĐ THA): every deadline of Art 57.1, 58.2 and 59.1 runs from that
decision. Pure rules; the services call them inside the transaction of each irreversible step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose
from evidence_app.domain.errors import ValidationError

D, P = Disposition, ReleaseRequestPurpose

#: The release purposes each ordered disposition allows. "Other" (e.g. a case delegated to
#: another agency, papers back to the body that issued them, Art 59.2) needs a decided
#: disposition and a written reason; an undecided item leaves for nothing.
RELEASE_PURPOSES: dict[Disposition, frozenset[ReleaseRequestPurpose]] = {
    D.UNDECIDED: frozenset(),
    D.RETURN_TO_OWNER: frozenset({P.RETURN_TO_OWNER, P.OTHER}),
    D.CONFISCATE: frozenset({P.CONFISCATION_HANDOVER, P.OTHER}),
    D.DESTROY: frozenset({P.TO_DESTRUCTION, P.OTHER}),
    D.AUCTION: frozenset({P.TO_AUCTION, P.OTHER}),
    D.SELL_WITHOUT_AUCTION: frozenset({P.TO_AUCTION, P.OTHER}),
    D.KEEP_FOR_ENFORCEMENT: frozenset({P.TO_AUCTION, P.OTHER}),
}

#: Dispositions under which an item may be valued and sold: ordered sold, or distrained to
#: secure enforcement (Art 60.1: valued and sold under Art 82–83).
SALE_DISPOSITIONS = frozenset({D.AUCTION, D.SELL_WITHOUT_AUCTION, D.KEEP_FOR_ENFORCEMENT})

#: The article each disposition is carried out under (a message key: both languages).
ARTICLE: dict[Disposition, str] = {
    D.UNDECIDED: "article.law_56_60",
    D.RETURN_TO_OWNER: "article.law_59",
    D.CONFISCATE: "article.law_57",
    D.DESTROY: "article.law_58",
    D.AUCTION: "article.law_82_83",
    D.SELL_WITHOUT_AUCTION: "article.law_83",
    D.KEEP_FOR_ENFORCEMENT: "article.law_60",
}


@dataclass(frozen=True, slots=True)
class DispositionSource:
    """The judgment or decision that ordered the disposition: number, date, court or body."""

    number: str
    issued_on: date | None
    body: str

    def text(self) -> str:
        """ "Bản án 123/2026/HS-ST ngày 05/03/2026 của Tòa án nhân dân quận Hoàn Kiếm"."""
        day = f" ngày {self.issued_on:%d/%m/%Y}" if self.issued_on else ""
        body = f" của {self.body}" if self.body else ""
        return f"{self.number}{day}{body}" if self.number else ""


@dataclass(frozen=True, slots=True)
class Ordered:
    """An item as the gate sees it: its code, what was ordered and from which document."""

    code: str
    disposition: Disposition
    source: str  # DispositionSource.text(), "" when none was recorded


def require_enforcement_decision(code: str, decision_number: str | None) -> None:
    """Refuse an irreversible step on an item whose case has no QĐ THA yet."""
    if not (decision_number or "").strip():
        raise ValidationError("disposition.no_decision", code=code)


#: An item ordered sold whose lot ended with the debtor redeeming it (Law 106/2025 Art 83.4)
#: or, down to the enforcement costs and declined by the creditor, going back to him (Art
#: 83.3) leaves to its owner on the head's order like any return, and for nothing else.
BACK_TO_DEBTOR_PURPOSES = frozenset({P.RETURN_TO_OWNER, P.OTHER})


def check_release(
    item: Ordered, purpose: ReleaseRequestPurpose, note: str = "", back_to_debtor: bool = False
) -> None:
    """A release purpose must be one the ordered disposition allows (Art 57–60); an item
    whose lot ended back to the debtor (Art 83.3, 83.4) goes back to him."""
    allowed = RELEASE_PURPOSES[item.disposition]
    if back_to_debtor and item.disposition in SALE_DISPOSITIONS:
        if purpose not in BACK_TO_DEBTOR_PURPOSES:
            raise ValidationError("disposition.back_to_debtor", code=item.code)
        allowed = BACK_TO_DEBTOR_PURPOSES
    if purpose not in allowed:
        raise _mismatch(item, P(purpose), "disposition.release_")
    if purpose is P.OTHER and not note.strip():
        raise ValidationError("disposition.other_needs_reason", code=item.code)


def check_sale(item: Ordered, back_to_debtor: bool = False) -> None:
    """Only items ordered sold, or distrained to secure enforcement, go to valuation and sale;
    never one the debtor redeemed or got back when its lot ended (Law 106/2025 Art 83.3–83.4)."""
    if item.disposition not in SALE_DISPOSITIONS:
        raise _mismatch(item, "disposition.step_sale")
    if back_to_debtor:
        raise ValidationError("disposition.back_to_debtor", code=item.code)


def check_destruction(item: Ordered) -> None:
    """Only items a judgment or decision ordered destroyed go to the council (Art 58.1)."""
    if item.disposition is not D.DESTROY:
        raise _mismatch(item, "disposition.step_destruction")


def _mismatch(item: Ordered, step: object, prefix: str = "disposition.") -> ValidationError:
    kind = "undecided" if item.disposition is D.UNDECIDED else "mismatch"
    return ValidationError(
        f"{prefix}{kind}",
        code=item.code,
        ordered=item.disposition,
        source=item.source or "—",
        step=step,
        article=ARTICLE[item.disposition],
    )
