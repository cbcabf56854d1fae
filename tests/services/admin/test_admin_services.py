"""Administration: document number sequences (never below a used number), reactivation."""

from __future__ import annotations

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import DocumentKind, Role
from evidence_app.domain.errors import (
    AccountInactiveError,
    AuthenticationError,
    DomainError,
    PermissionDeniedError,
    ValidationError,
)
from evidence_app.services.core.auth import SYSTEM
from tests.services.rows import snapshot
from tests.world import PASSWORD, World


def test_the_next_document_number_is_set_but_never_at_or_below_a_used_one(world: World) -> None:
    seqs = world.services.sequences
    year = agency_today().year
    rows = {s.kind: s for s in seqs.document_sequences(world.admin, year)}
    assert set(rows) == set(DocumentKind)
    assert rows[DocumentKind.ENTRY_ORDER].used == 0
    assert rows[DocumentKind.ENTRY_ORDER].next_number == 1

    view = seqs.set_next(world.admin, DocumentKind.ENTRY_ORDER, year, 120)
    assert view.next_number == 120 and view.used == 119
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as low:
        seqs.set_next(world.head, DocumentKind.ENTRY_ORDER, year, 119)
    assert "120" in low.value.message("vi") and "Lệnh nhập kho" in low.value.message("vi")
    for wrong in ("", "0", "-5", "1.5", "abc", "1" * 12, "١٢٣"):
        with pytest.raises(DomainError):
            seqs.set_next(world.admin, DocumentKind.ENTRY_ORDER, year, wrong)
    for wrong_year in (1999, 2201, "20x6"):
        with pytest.raises(DomainError):
            seqs.set_next(world.admin, DocumentKind.ENTRY_ORDER, wrong_year, 500)  # type: ignore[arg-type]
    with pytest.raises(DomainError):
        seqs.set_next(world.admin, "no_such_kind", year, 500)
    with pytest.raises(PermissionDeniedError):
        seqs.set_next(world.keeper, DocumentKind.ENTRY_ORDER, year, 500)
    assert snapshot(world.services) == before
    # A later year is its own sequence.
    assert seqs.set_next(SYSTEM, DocumentKind.ENTRY_ORDER, year + 1, 5).next_number == 5


def test_a_deactivated_user_is_reactivated_never_deleted(world: World) -> None:
    users = world.services.users
    keeper = next(u for u in users.all(world.admin) if u.id == world.keeper.user_id)
    off = users.deactivate(world.admin, keeper.id, keeper.version)
    with pytest.raises(AccountInactiveError):
        users.authenticate(keeper.username, PASSWORD)
    with pytest.raises(PermissionDeniedError):
        users.reactivate(world.actors[Role.OFFICER], keeper.id, off.version)
    on = users.reactivate(world.admin, keeper.id, off.version)
    assert on.active
    assert users.authenticate(keeper.username, PASSWORD).user_id == keeper.id


def test_own_password_needs_the_old_one_and_a_new_one(world: World) -> None:
    users = world.services.users
    with pytest.raises(AuthenticationError):
        users.change_own_password(world.keeper, "sai-mat-khau", "mat-khau-moi-1")
    with pytest.raises(ValidationError):
        users.change_own_password(world.keeper, PASSWORD, PASSWORD)
    users.change_own_password(world.keeper, PASSWORD, "mat-khau-moi-1")
    assert users.authenticate(world.keeper.username, "mat-khau-moi-1").user_id
