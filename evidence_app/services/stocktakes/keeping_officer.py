"""The enforcement officer who leaves items with a keeper: he draws the minutes up and signs
them (Decree 152/2026 Art 24.4), so he is a user of ours, active, holding the officer's role
in the keeping place's unit or in the provincial agency (whose officers act for any of its
offices, Law 106/2025 Art 32.2) — never a name typed in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.models import Unit, User, UserRole, Warehouse
from evidence_app.domain.collation import person_key
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor


@dataclass(frozen=True, slots=True)
class OfficerChoice:
    """An officer who may draw up a keeper's minutes, as a list offers him."""

    id: int
    name: str


def _officer_ids(unit_id: int) -> Select[tuple[int]]:
    return (
        select(UserRole.user_id)
        .join(Unit, Unit.id == UserRole.unit_id)
        .where(UserRole.role == Role.OFFICER)
        .where((UserRole.unit_id == unit_id) | Unit.provincial.is_(True))
    )


def keeping_officers(session: Session, w: Warehouse) -> list[OfficerChoice]:
    """The active officers of the keeping place's unit or of the province, as Vietnamese
    lists of people are ordered (``person_key``): by given name, then family and middle
    names, each in Vietnamese alphabetical order (Đ after D, tones after letters)."""
    users = session.scalars(
        select(User).where(User.active.is_(True), User.id.in_(_officer_ids(w.unit_id)))
    )
    found = [OfficerChoice(u.id, u.full_name) for u in users]
    return sorted(found, key=lambda o: (person_key(o.name), o.id))


def keeping_officer(session: Session, user_id: int | None, w: Warehouse) -> User:
    """The officer named on the minutes, refused in words unless he may draw them up."""
    if user_id is None:
        raise ValidationError("validation.required", field="field.officer_name")
    user = session.get(User, user_id)
    holds = _officer_ids(w.unit_id).where(UserRole.user_id == user_id).limit(1)
    if user is None or not user.active or session.scalar(holds) is None:
        unit = session.get(Unit, w.unit_id)
        raise ValidationError(
            "keeping.not_an_officer",
            name=user.full_name if user is not None else str(user_id),
            unit=unit.name if unit is not None else "",
        )
    return user


def check_drawn_up_by(session: Session, actor: Actor, officer_id: int | None) -> None:
    """An officer who leaves items himself draws up and signs the minutes himself: he cannot
    sign them for another officer (Art 24.4). The store keeper, who hands the items over,
    records the minutes the officer he names drew up."""
    if actor.is_system:
        return
    roles = set(session.scalars(select(UserRole.role).where(UserRole.user_id == actor.user_id)))
    if Role.OFFICER not in roles or officer_id == actor.user_id:
        return
    if not is_allowed(roles - {Role.OFFICER}, Permission.LEAVE_WITH_KEEPER):
        raise ValidationError("keeping.officer_not_self", name=actor.full_name)
