"""A regional office's dashboard and deadlines report list its own cases' deadlines; the
provincial head's list every unit's (issue 21). On PostgreSQL the cases' units are read with
the ids as one array parameter, on SQLite 500 at a time: both must filter alike."""

from __future__ import annotations

from datetime import timedelta

from evidence_app.domain.enums import Disposition
from evidence_app.reports.params import ReportParams
from tests.services.core.test_units_sales import office
from tests.world import DECIDED_ON, World

HANDOVER = "deadline.confiscation_handover"
#: The day the handover falls due: ten days after the QĐ THA (Law 106/2025 Art 57.1).
DUE = DECIDED_ON + timedelta(days=10)


def test_an_office_sees_its_own_cases_deadlines_and_the_province_every_unit_s(
    world: World,
) -> None:
    s = world.services
    kv = office(world)
    kv.item(world, "Xe máy Honda Wave khu vực 3", Disposition.CONFISCATE)
    world.receive("Xe máy Yamaha Sirius", disposition=Disposition.CONFISCATE)

    def cases(actor: object) -> set[int | None]:
        board = s.dashboard.summary(actor, today=DUE)  # type: ignore[arg-type]
        return {d.case_id for d in board.deadlines if d.kind == HANDOVER}

    assert cases(kv.head) == {kv.case_id}
    assert cases(world.head) == {kv.case_id, world.case.id}
    one = s.reports.build(
        world.head, "deadlines", ReportParams(today=DUE, unit_ids=frozenset({kv.unit_id}))
    )
    whole = s.reports.build(world.head, "deadlines", ReportParams(today=DUE))
    assert 0 < len(one.rows) < len(whole.rows)
