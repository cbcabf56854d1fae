"""Per-agency values of the configurable rules (e.g. the regional minimum wage), kept in
the ``setting`` table as ``rule.<key>``; every other rule is the law's and fixed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Setting
from evidence_app.domain.enums import AdminEventKind
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.minimum_wage import Region, regional_minimum_wage
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import RULES, Rule, Unit, rule
from evidence_app.services.core.admin_log import record_admin
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work

PREFIX = "rule."
#: Largest value a configurable rule may take, by unit.
_LIMITS = {Unit.PERCENT: 100, Unit.MULTIPLE: 1000, Unit.VND: 10**12}
#: Largest value of a rule whose range is narrower than its unit's (Decree 293/2025 Art 3.1:
#: four regions).
_KEY_LIMITS = {"region.zone": len(Region)}
WAGE = "region.minimum_wage_vnd"
#: Units whose values are whole numbers (money in đồng, counts, days).
_WHOLE = frozenset(
    {Unit.VND, Unit.COUNT, Unit.REGION, Unit.DAYS, Unit.WORKING_DAYS, Unit.MONTHS, Unit.YEARS}
)


@dataclass(frozen=True, slots=True)
class RuleValue:
    rule: Rule
    value: float
    overridden: bool
    #: The value without the agency's override (the region's figure for the minimum wage,
    #: Decree 293/2025 Art 3.1; the law's value for every other rule).
    default: float | None = None


def effective_value(session: Session, key: str) -> float:
    """The rule's value for this agency: its override if one is stored, else the law's."""
    entry = rule(key)
    stored = session.get(Setting, PREFIX + key) if entry.configurable else None
    if stored is None or not stored.value:
        if key == WAGE:
            # No figure typed: the table's figure for the agency's region (Decree 293/2025
            # Art 3.1; Decree 152/2026 Art 41.2, 60.5: "theo vùng nơi cơ quan ... có trụ sở").
            return regional_minimum_wage(agency_region(session))
        return entry.value
    try:
        return float(stored.value)
    except ValueError:
        return entry.value


def agency_region(session: Session) -> Region:
    """The agency's minimum-wage region (region I unless the agency chose another)."""
    return Region(int(effective_value(session, "region.zone")))


def agency_value(session: Session, key: str) -> float | None:
    """The agency's own value of a configurable rule, None when it set none (a target that
    was never assigned is not printed as one)."""
    stored = session.get(Setting, PREFIX + key) if rule(key).configurable else None
    if stored is None or not stored.value:
        return None
    try:
        return float(stored.value)
    except ValueError:
        return None


def _default(session: Session, entry: Rule) -> float:
    if entry.key == WAGE:
        return regional_minimum_wage(agency_region(session))
    return entry.value


def effective(session: Session, key: str) -> int:
    """``effective_value`` of a whole-number rule (days, percents, VND)."""
    return int(effective_value(session, key))


class RuleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def configurable(self, actor: Actor) -> list[RuleValue]:
        """Every configurable rule with its effective value."""
        with unit_of_work(self.db, "noun.setting", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            stored = {
                s.key
                for s in session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
                if s.value
            }
            return [
                RuleValue(
                    r,
                    effective_value(session, r.key),
                    PREFIX + r.key in stored,
                    _default(session, r),
                )
                for r in RULES
                if r.configurable
            ]

    def value(self, actor: Actor, key: str) -> float:
        """The rule's effective value for this agency."""
        with unit_of_work(self.db, "noun.setting", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return effective_value(session, key)

    def set(self, actor: Actor, key: str, value: float | None) -> RuleValue:
        """Override a configurable rule (``None`` goes back to the law's value; the row
        stays, emptied, since nothing is deleted)."""
        entry = next((r for r in RULES if r.key == key), None)
        if entry is None or not entry.configurable:
            raise ValidationError("rule.not_configurable", rule=key)
        if value is not None:
            limit = _KEY_LIMITS.get(key, _LIMITS.get(entry.unit, 10**9))
            kinds = (int,) if entry.unit in _WHOLE else (int, float)
            name = f"rule.text.{key}"
            if isinstance(value, float) and kinds == (int,):
                raise ValidationError("rule.whole_number", rule=name, value=value)
            if isinstance(value, bool) or not isinstance(value, kinds) or not 0 < value <= limit:
                raise ValidationError(
                    "rule.out_of_range", rule=name, value=value, limit=limit,
                    limit_vi=f"{limit:,}".replace(",", "."), limit_en=f"{limit:,}",
                )  # fmt: skip
        with unit_of_work(self.db, "noun.setting", PREFIX + key) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            stored = session.get(Setting, PREFIX + key)
            text = "" if value is None else str(value)
            before = stored.value if stored is not None else ""
            if stored is None:
                session.add(Setting(key=PREFIX + key, value=text))
            else:
                stored.value = text
            session.flush()
            record_admin(session, AdminEventKind.RULE_SET, actor_id=actor.user_id, subject=key,
                         data={"before": before, "after": text})  # fmt: skip
            return RuleValue(entry, effective_value(session, key), value is not None,
                             _default(session, entry))  # fmt: skip
