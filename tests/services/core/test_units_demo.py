"""The demo builds two units (issue 21): the provincial agency, holding the demo's data, and a
regional office where the demo keeper also holds the keeper's role."""

from __future__ import annotations

from evidence_app.domain.enums import Role
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services

PASSWORD = "demo-kho-2026"


def test_the_demo_has_a_provincial_unit_and_a_regional_office(services: Services) -> None:
    build_demo(services, 200, seed=5, password=PASSWORD)
    admin = services.users.authenticate("admin", PASSWORD)
    units = services.units.all(admin)
    assert [u.provincial for u in units] == [True, False]
    provincial, office = units
    assert len(provincial.warehouse_ids) == len(services.warehouses.all(admin))
    keeper = next(u for u in services.users.all(admin) if Role.KEEPER in u.roles)
    assert keeper.id in provincial.user_ids and keeper.id in office.user_ids
    assert services.units.roles_in(admin, keeper.id, office.id) == {Role.KEEPER}
