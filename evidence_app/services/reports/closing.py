"""Kết sổ: closing the evidence ledger (Mẫu 13) and the auction ledger (Mẫu 17) for each
quarter, the first six months and the working year (Circular 04/2023/TT-BTP Art 30.4.c).

Closing freezes the period's table as it stands, in both languages, with the names of those
who sign it: the person closing and the head; for the evidence ledger also the accountant,
the keeper and the cashier. From then on the period prints from what was frozen (a later
release or correction changes the live ledger, never a closed page), the row is append-only
in the database, and a write dated inside the period (a ledger import) is refused.
Periods close in order: a quarter after the quarters before it, the six months and the year
after their quarters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import LedgerClosing, Unit, User
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.ledger_periods import (
    LedgerPeriod,
    PeriodKind,
    period_of,
    periods_of,
    quarters_within,
)
from evidence_app.domain.permissions import Permission
from evidence_app.reports import registry
from evidence_app.reports.frozen import digest, freeze, thaw
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable, Signer
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import (
    check_unit,
    home_unit_id,
    office_of,
    provincial_unit_id,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import role_holder

#: The ledgers closed this way, and who signs each closing besides the person closing
#: (position in Vietnamese and English). Art 30.4.c: the head confirms every closing; the
#: evidence ledger is also signed by the accountant, the keeper and the cashier.
_HEAD = ("Thủ trưởng cơ quan", "Head of agency")
SIGNED_BY: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = {
    "evidence_ledger": (
        ("accountant", ("Kế toán", "Accountant")),
        ("keeper", ("Thủ kho", "Keeper")),
        ("cashier", ("Thủ quỹ", "Cashier")),
        ("head", _HEAD),
    ),
    "auction_ledger": (("head", _HEAD),),
}
_CLOSER = ("Người kết sổ", "Closed by")
_HEAD_HINT = {"vi": "(Ký, ghi rõ họ tên, đóng dấu)", "en": "(Signature, full name and seal)"}
#: ClosingSigners' fields in order, by the role each names.
_SIGNER_ROLES = (Role.HEAD, Role.ACCOUNTANT, Role.KEEPER, Role.CASHIER)


@dataclass(frozen=True, slots=True)
class ClosingSigners:
    """The names typed (the screen fills them from the roles); the closer is the user."""

    head: str
    accountant: str = ""
    keeper: str = ""
    cashier: str = ""


@dataclass(frozen=True, slots=True)
class PeriodState:
    """A period of a ledger as the closing screen lists it."""

    period: LedgerPeriod
    ended: bool
    closed_at: datetime | None
    closed_by: str
    rows: int | None

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


class LedgerClosingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def periods(
        self, actor: Actor, ledger: str, year: int, unit_id: int | None = None
    ) -> list[PeriodState]:
        """Every closable period of working year ``year``, closed or not, of the ledger of
        ``unit_id`` (default: the user's own unit's, issue 21)."""
        _known(ledger)
        with unit_of_work(self.db, "noun.report", ledger, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            unit_id = _ledger_unit(session, actor, Permission.VIEW, unit_id)
            found = _closings(session, ledger, year, unit_id)
            names = {i: n for i, n in session.execute(select(User.id, User.full_name))}
            today = agency_today()
            return [
                PeriodState(
                    p, p.end < today,
                    found[p].closed_at if p in found else None,
                    names.get(found[p].closed_by or 0, "") if p in found else "",
                    found[p].row_count if p in found else None,
                )
                for p in periods_of(year)
            ]  # fmt: skip

    def suggested_signers(self, actor: Actor) -> ClosingSigners:
        """The names the closing screen starts with: whoever the papers name for each role
        (``services.documents.role_holder``: a head before a deputy, the oldest account)."""
        with unit_of_work(self.db, "noun.report", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return ClosingSigners(*(role_holder(session, r) for r in _SIGNER_ROLES))

    def close(
        self,
        actor: Actor,
        ledger: str,
        year: int,
        kind: PeriodKind,
        number: int,
        signers: ClosingSigners,
        unit_id: int | None = None,
    ) -> PeriodState:
        """Close one period of the ledger of ``unit_id`` (default: the closer's own unit):
        its table (that unit's warehouses and cases) frozen with its signers, in one
        transaction. Each unit closes its own ledger (issue 21; Circular 04/2023/TT-BTP
        Art 30.4.c): a regional keeper cannot close another office's."""
        _known(ledger)
        kind = v.member(PeriodKind, kind, "field.period")
        try:
            period = period_of(year, kind, number)
        except ValueError:
            raise ValidationError("ledger.no_such_period", year=year) from None
        names = _checked_names(ledger, signers)
        with unit_of_work(self.db, "noun.report", ledger) as session:
            authorize(session, actor, Permission.CLOSE_LEDGER)
            unit_id = _ledger_unit(session, actor, Permission.CLOSE_LEDGER, unit_id)
            if period.end >= agency_today():
                raise ValidationError("ledger.period_not_ended", period=period.words("vi"),
                                      period_en=period.words("en"))  # fmt: skip
            found = _closings(session, ledger, year, unit_id)
            if period in found:
                raise ValidationError("ledger.already_closed", period=period.words("vi"),
                                      period_en=period.words("en"))  # fmt: skip
            _check_order(period, found)
            tables = {
                lang: _closed_table(session, ledger, period, lang, actor.full_name, names, unit_id)
                for lang in ("vi", "en")
            }
            frozen_vi = freeze(tables["vi"])
            closing = LedgerClosing(
                ledger=ledger, unit_id=unit_id, period_kind=period.kind.value,
                period_start=period.start, period_end=period.end, closed_at=utcnow(),
                closed_by=actor.user_id,
                signers=json.dumps({"closer": actor.full_name, **names}, ensure_ascii=False,
                                   sort_keys=True),
                row_count=len(tables["vi"].rows), table_vi=frozen_vi,
                table_en=freeze(tables["en"]), sha256=digest(frozen_vi),
            )  # fmt: skip
            session.add(closing)
            try:
                session.flush()
            except IntegrityError:  # another workstation closed it a moment before
                raise ValidationError("ledger.already_closed", period=period.words("vi"),
                                      period_en=period.words("en")) from None  # fmt: skip
            return PeriodState(period, True, closing.closed_at, actor.full_name, closing.row_count)


def frozen_table(session: Session, name: str, params: ReportParams) -> ReportTable | None:
    """The table frozen when this exact period of ``name`` was closed (one unit's whole
    ledger, no warehouse filter), in the report's language; None when it is not closed.
    A report of one unit prints that unit's closing; one of the whole province prints the
    closing only when the province has a single unit (else the units' ledgers are live)."""
    if name not in SIGNED_BY or params.warehouse_id is not None:
        return None
    if params.date_from is None or params.date_to is None:
        return None
    if params.unit_ids is None:
        units = session.scalars(select(Unit.id).limit(2)).all()
        if len(units) != 1:
            return None
        unit_id = units[0]
    elif len(params.unit_ids) == 1:
        (unit_id,) = params.unit_ids
    else:
        return None
    closing = session.scalars(
        select(LedgerClosing).where(
            LedgerClosing.ledger == name,
            LedgerClosing.unit_id == unit_id,
            LedgerClosing.period_start == params.date_from,
            LedgerClosing.period_end == params.date_to,
        )
    ).first()
    if closing is None:
        return None
    if digest(closing.table_vi) != closing.sha256:
        raise ValidationError("ledger.frozen_changed", ref=closing.id)
    return thaw(closing.table_en if params.lang == "en" else closing.table_vi)


def _known(ledger: str) -> None:
    if ledger not in SIGNED_BY:
        raise ValidationError("ledger.unknown", name=ledger, names=", ".join(SIGNED_BY))


def _checked_names(ledger: str, signers: ClosingSigners) -> dict[str, str]:
    fields = {"head": "field.head_name", "accountant": "field.accountant_name",
              "keeper": "field.keeper_name", "cashier": "field.cashier_name"}  # fmt: skip
    return {
        role: v.text_field(getattr(signers, role), fields[role], limit=200, required=True)
        for role, _position in SIGNED_BY[ledger]
    }


def _ledger_unit(
    session: Session, actor: Actor, permission: Permission, unit_id: int | None
) -> int:
    """The unit whose ledger is meant: the one asked for, which a role of ``actor`` must reach
    (issue 21), else the user's own (where a role grants ``permission``)."""
    if unit_id is None:
        return home_unit_id(session, actor, permission)
    if session.get(Unit, unit_id) is None:
        raise NotFoundError(what="noun.unit", ref=unit_id)
    check_unit(session, actor, permission, unit_id)
    return unit_id


def _closings(
    session: Session, ledger: str, year: int, unit_id: int
) -> dict[LedgerPeriod, LedgerClosing]:
    by_span = {(p.start, p.end): p for p in periods_of(year)}
    rows = session.scalars(
        select(LedgerClosing).where(
            LedgerClosing.ledger == ledger, LedgerClosing.unit_id == unit_id
        )
    )
    return {
        by_span[(c.period_start, c.period_end)]: c
        for c in rows
        if (c.period_start, c.period_end) in by_span
    }


def _check_order(period: LedgerPeriod, found: dict[LedgerPeriod, LedgerClosing]) -> None:
    """A quarter closes after the quarters before it; the six months and the year after the
    quarters they sum (Art 30.4.c: the closing line is drawn under the last entry closed)."""
    if period.kind is PeriodKind.QUARTER:
        before = tuple(
            p for p in periods_of(period.year) if p.kind is PeriodKind.QUARTER and p < period
        )
    else:
        before = quarters_within(period)
    waiting = [p for p in before if p not in found]
    if waiting:
        raise ValidationError("ledger.earlier_open", period=waiting[0].words("vi"),
                              period_en=waiting[0].words("en"))  # fmt: skip


def _closed_table(
    session: Session,
    ledger: str,
    period: LedgerPeriod,
    lang: str,
    closer: str,
    names: dict[str, str],
    unit_id: int,
) -> ReportTable:
    params = ReportParams(
        date_from=period.start, date_to=period.end, lang=lang, unit_ids=frozenset({unit_id}),
        provincial_unit_id=provincial_unit_id(session),
    )  # fmt: skip
    table = registry.get(ledger).build(session, params.with_defaults())
    t = params.t
    day = agency_today()
    hint = t("(Ký, ghi rõ họ tên)", "(Signature and full name)")
    blocks = [Signer(t(*_CLOSER), hint, closer)] + [
        Signer(t(*position), _HEAD_HINT[lang] if role == "head" else hint, names[role])
        for role, position in SIGNED_BY[ledger]
    ]
    return replace(
        table,
        lang=lang,
        unit_id=office_of(session, {unit_id}),
        subtitle=(*table.subtitle, t("Kết sổ: ", "Closing: ") + period.words(lang)),
        footer=(
            *table.footer,
            t(
                f"Kết sổ ngày {day:%d/%m/%Y}: {len(table.rows)} dòng trong kỳ.",
                f"Closed on {day:%d/%m/%Y}: {len(table.rows)} rows in the period.",
            ),
        ),
        signers=tuple(blocks),
    )
