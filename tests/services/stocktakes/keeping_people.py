"""The enforcement officer who draws up the keeping minutes in the tests (Decree 152/2026
Art 24.4): a user of the world's unit holding the officer's role, hired once, by the name
the minutes print."""

from __future__ import annotations

from typing import Any

from evidence_app.domain.enums import Role
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Handover
from tests.people import hire
from tests.world import PASSWORD, World

OFFICER = "Trần Văn Chấp"
USERNAME = "chv.chap"


def officer_id(world: World) -> int:
    """The world's officer Trần Văn Chấp, hired the first time."""
    users = world.services.users
    found = [u.id for u in users.all(world.admin) if u.username == USERNAME]
    if found:
        return found[0]
    return hire(world.services, world.admin, USERNAME, OFFICER, PASSWORD, [Role.OFFICER]).user_id


def handover(world: World, keeper: BodyKeeper, *args: str, **kwargs: Any) -> Handover:
    """A handover drawn up by Trần Văn Chấp."""
    return Handover(officer_id(world), keeper, *args, **kwargs)
