"""The national figures (issue 21): two provinces, each on a PostgreSQL cluster of its own,
publish their custody record and case outcomes to a national cluster by logical
replication; the national report counts each province's replica and sums them.

Three throwaway clusters on their own ports (``tests/pg_cluster.py``, ``wal_level=logical``),
stopped and removed whatever happens. The records are made through the services on each
province; the test waits for the replicas by polling (with a timeout), checks the national
figures equal each province's own and the nation their sum, changes more on both, checks
again, and shows the national report user can write nothing. Where the server binaries are
missing it is skipped, unless ``EVIDENCE_REQUIRE_PG=1`` (CI), where it must run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from db import replication
from db.models import Base
from evidence_app.cli import run_cli
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Disposition, ReleaseRequestPurpose
from evidence_app.domain.errors import ValidationError
from evidence_app.reports import national
from evidence_app.reports.params import ReportParams
from evidence_app.services.facade import Services
from tests import pg_cluster
from tests.services.outcomes.scenario import K, M, new_case, outcome, payment, use_today
from tests.world import World, build_world

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(
        not pg_cluster.available() and os.environ.get("EVIDENCE_REQUIRE_PG") != "1",
        reason="no PostgreSQL server binaries to run clusters of the test's own",
    ),
]

TODAY = agency_today()  # custody events carry the real clock: the period ends today
PARAMS = ReportParams(date_from=TODAY - timedelta(days=365), date_to=TODAY, today=TODAY)
WAIT_SECONDS = 60


@dataclass
class Province:
    code: str
    name: str
    cluster: pg_cluster.Cluster
    world: World

    @property
    def services(self) -> Services:
        return self.world.services

    def figures(self) -> national.ProvinceFigures:
        """What the province's own database says (its own report's queries)."""
        start, end = PARAMS.date_from, PARAMS.date_to
        assert start is not None and end is not None
        with self.services.db.session(read_only=True) as session:
            return national.province_figures(session, self.name, start, end)

    def replica_url(self, national_cluster: pg_cluster.Cluster) -> str:
        database = replication.replica_database(self.code)
        return national_cluster.url_of(database, user=replication.REPORT_ROLE)


def _psycopg(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """A command as an administrator types it, in this process (a new interpreter per
    command would cost seconds each; tests/cli runs them as real processes)."""
    capsys.readouterr()
    code = run_cli(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _superuser_sql(url: str, *statements: str) -> None:
    engine = create_engine(_psycopg(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _province(stack: ExitStack, code: str, name: str, like: World | None = None) -> Province:
    """A province's cluster and database; its world built through the services, or copied
    row for row from ``like`` (argon2 makes building one take seconds): the two provinces
    then hold the very same ids, the collision the national side must survive."""
    cluster = stack.enter_context(pg_cluster.cluster(pg_cluster.LOGICAL))
    # As the province's superuser (db/README.md): the database, and the role the national
    # subscription connects as, which may replicate and, once granted, read.
    _superuser_sql(
        cluster.url,
        "CREATE DATABASE evidence",
        f"CREATE ROLE {replication.REPLICATOR_ROLE} LOGIN REPLICATION",
    )
    services = Services.open(cluster.url_of("evidence"))
    stack.callback(services.close)
    if like is None:
        world = build_world(services)
    else:
        _copy_rows(like.services, services)
        world = replace(like, services=services)
    use_today(world, TODAY)
    return Province(code, name, cluster, world)


def _copy_rows(source: Services, target: Services) -> None:
    with source.db.engine.connect() as conn:
        rows = [
            (table, [dict(r) for r in conn.execute(table.select()).mappings()])
            for table in Base.metadata.sorted_tables
        ]
    with target.db.engine.begin() as conn:
        for table, records in rows:
            if not records:
                continue
            conn.execute(table.insert(), records)
            if "id" in table.c:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                    {"n": max(r["id"] for r in records)},
                )


@pytest.fixture(scope="module")
def nation() -> Iterator[tuple[pg_cluster.Cluster, list[Province]]]:
    if not pg_cluster.available():
        pytest.fail("EVIDENCE_REQUIRE_PG=1 but no initdb/pg_ctl to run the clusters")
    with ExitStack() as stack:
        first = _province(stack, "ha_noi", "Hà Nội")
        provinces = [first, _province(stack, "can_tho", "Cần Thơ", like=first.world)]
        national_cluster = stack.enter_context(pg_cluster.cluster(pg_cluster.LOGICAL))
        yield national_cluster, provinces


def _first_records(p: Province, scale: int) -> None:
    """Cases decided, paid and closed, and items booked in, through the services."""
    w, day = p.world, TODAY
    carried = new_case(w, "Vụ chuyển sang", day - timedelta(days=400), 30 * M * scale, w.officer)
    payment(w, carried, 10 * M, day - timedelta(days=390))  # before the period: not again
    payment(w, carried, 5 * M * scale, day - timedelta(days=20))
    fresh = new_case(w, "Vụ mới thụ lý", day - timedelta(days=60), 20 * M, w.officer)
    payment(w, fresh, 20 * M, day - timedelta(days=10))
    outcome(w, fresh, K.COMPLETED, day - timedelta(days=9))
    for n in range(scale + 1):
        w.receive(f"Điện thoại {n}")


def _more_records(p: Province, scale: int) -> None:
    """Later work: a case postponed, money on an earlier case (its row is updated too), an
    item booked in, and one that leaves for good on the head's order."""
    w, day = p.world, TODAY
    later = new_case(w, "Vụ hoãn", day - timedelta(days=30), 7 * M * scale, w.officer)
    outcome(w, later, K.POSTPONED, day - timedelta(days=2))
    payment(w, w.case.id, 3 * M, day - timedelta(days=1))
    w.receive("Xe máy nhận sau")
    leaving = w.receive("Ví da trả lại", disposition=Disposition.RETURN_TO_OWNER)
    w.exit_on_order([leaving.id], ReleaseRequestPurpose.RETURN_TO_OWNER)


def _wait_for(check: Callable[[], bool]) -> None:
    """Poll until ``check`` holds; replication is asynchronous, so no fixed wait is right."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"the replicas did not catch up within {WAIT_SECONDS} s")
        time.sleep(0.2)


def _national(national_cluster: pg_cluster.Cluster, provinces: list[Province]) -> list[
    national.ProvinceFigures
]:  # fmt: skip
    pairs = [(p.name, p.replica_url(national_cluster)) for p in provinces]
    return national.read_replicas(pairs, PARAMS)


def _national_or_none(
    national_cluster: pg_cluster.Cluster, provinces: list[Province]
) -> list[national.ProvinceFigures] | None:
    """None while a replica is still making its first copy (the report refuses it)."""
    try:
        return _national(national_cluster, provinces)
    except ValidationError as refused:
        assert refused.key == "national.not_copied"
        return None


def _amounts(url: str) -> dict[int, int]:
    engine = create_engine(_psycopg(url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, amount_to_enforce FROM enforcement_case"))
            return {int(i): int(a) for i, a in rows}
    finally:
        engine.dispose()


def _check_sums(national_cluster: pg_cluster.Cluster, provinces: list[Province]) -> None:
    own = [p.figures() for p in provinces]
    _wait_for(lambda: _national_or_none(national_cluster, provinces) == own)
    replicated = _national(national_cluster, provinces)
    nation = national.national_total(replicated)
    assert nation.enforcement == own[0].enforcement + own[1].enforcement
    assert nation.custody == own[0].custody + own[1].custody


def test_national_figures_are_the_sum_of_the_provinces_after_changes_on_both(
    nation: tuple[pg_cluster.Cluster, list[Province]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    national_cluster, provinces = nation
    for scale, p in enumerate(provinces, 1):
        _first_records(p, scale)
    # Set-up as an administrator runs it: publish on each province, subscribe nationally.
    for p in provinces:
        code, out, err = run(capsys, "publish", "--db", p.cluster.url_of("evidence"),
                             "--lang", "en")  # fmt: skip
        assert code == 0, err
        assert f"Published {len(replication.REPLICATED_TABLES)} tables" in out
        publisher = p.cluster.conninfo("evidence", replication.REPLICATOR_ROLE)
        code, out, err = run(capsys, "replicate", "--national", national_cluster.url,
                             "--province", p.code, "--publisher", publisher)  # fmt: skip
        assert code == 0, err
        assert f"province_{p.code}" in out
    _check_sums(national_cluster, provinces)
    first = national.national_total(_national(national_cluster, provinces))
    # Hà Nội 2 items, Cần Thơ 3; each the world's case, a carried one and a new one.
    assert first.custody.received == 5 and first.custody.held == 5
    assert first.enforcement.cases.received == 6 and first.enforcement.cases.completed == 2
    # Both provinces numbered their cases from 1: the same ids, different cases, each kept in
    # its own replica (one merged table would have collided).
    amounts = [_amounts(p.replica_url(national_cluster)) for p in provinces]
    assert set(amounts[0]) == set(amounts[1]) == {1, 2, 3}
    assert amounts[0][2] == 30 * M and amounts[1][2] == 60 * M
    # The carried case's base excludes the 10 M collected before the period (in each).
    assert first.enforcement.money.completed == (5 + 10 + 20 + 20) * M

    for scale, p in enumerate(provinces, 1):
        _more_records(p, scale)
    _check_sums(national_cluster, provinces)
    second = national.national_total(_national(national_cluster, provinces))
    assert second.custody.received == 5 + 4 and second.custody.left == 2
    assert second.custody.held == 5 + 2
    assert second.enforcement.cases.received == 8 and second.enforcement.cases.postponed == 2
    assert second.enforcement.money.completed == first.enforcement.money.completed + 6 * M

    # Running the set-up again changes nothing (idempotent) and the figures still agree.
    for p in provinces:
        code, out, err = run(capsys, "publish", "--db", p.cluster.url_of("evidence"))
        assert code == 0 and "thêm mới: không có" in out, err
    _check_sums(national_cluster, provinces)

    # The report itself, as the Ministry's department prints it.
    paper = tmp_path / "toan-quoc.pdf"
    args = ["national", "--lang", "en", "--from", f"{PARAMS.date_from:%d/%m/%Y}",
            "--to", f"{TODAY:%d/%m/%Y}", "--out", str(paper)]  # fmt: skip
    for p in provinces:
        args += ["--replica", f"{p.name}={p.replica_url(national_cluster)}"]
    code, out, err = run(capsys, *args)
    assert code == 0, err
    lines = out.splitlines()
    nation_line = next(line for line in lines if line.startswith("Province: Nation"))
    assert "Total received: 8" in nation_line and "Items held at the end: 7" in nation_line
    assert any(line.startswith("No.: 1 | Province: Hà Nội") for line in lines)
    assert any(line.startswith("No.: 2 | Province: Cần Thơ") for line in lines)
    assert paper.read_bytes().startswith(b"%PDF") and lines[-1] == str(paper)
    assert all(f.as_of is not None for f in _national(national_cluster, provinces))


def test_the_national_side_cannot_write_into_a_replica_or_a_province(
    nation: tuple[pg_cluster.Cluster, list[Province]],
) -> None:
    national_cluster, provinces = nation
    for each in provinces:  # set up (again: idempotent) when this test runs alone
        replication_setup(national_cluster, each)
    p = provinces[0]
    before = p.figures()
    report_user = create_engine(_psycopg(p.replica_url(national_cluster)))
    writes = (
        "INSERT INTO case_payment (id, case_id, amount, costs, paid_on, doc_number, doc_date, "
        "doc_issuer, note, recorded_at) VALUES (999, 1, 1, 0, now(), 'x', now(), 'x', '', now())",
        "UPDATE enforcement_case SET amount_to_enforce = 0",
        "DELETE FROM custody_event",
        "CREATE TABLE national_notes (id int)",
    )
    try:
        with report_user.connect() as conn, pytest.raises(ProgrammingError, match="permission"):
            conn.execute(text("SELECT * FROM app_user"))  # not replicated: closed, and empty
        for statement in writes:
            with report_user.connect() as conn:
                conn.execute(text("SET TRANSACTION READ WRITE"))  # past the role's default
                with pytest.raises(ProgrammingError, match="permission denied"):
                    conn.execute(text(statement))
    finally:
        report_user.dispose()
    # The subscription reaches the province only as the replicator: it may read, not write.
    replicator = create_engine(_psycopg(p.cluster.url_of("evidence", replication.REPLICATOR_ROLE)))
    try:
        with replicator.connect() as conn, pytest.raises(ProgrammingError, match="permission"):
            conn.execute(text("UPDATE enforcement_case SET amount_to_enforce = 0"))
    finally:
        replicator.dispose()
    assert p.figures() == before
    _check_sums(national_cluster, provinces)
    # A database that replicates nothing is refused, never reported as a province of zeros.
    with pytest.raises(ValidationError) as refused:
        national.read_replicas([("Trống", national_cluster.url)], PARAMS)
    assert "Trống" in refused.value.message("vi") and "chưa chép xong" in refused.value.message(
        "vi"
    )


def replication_setup(national_cluster: pg_cluster.Cluster, p: Province) -> None:
    """The same set-up as the commands, through ``db.replication`` directly."""
    engine = create_engine(_psycopg(p.cluster.url_of("evidence")))
    try:
        with engine.begin() as conn:
            replication.publish(conn)
            replication.grant_replicator(conn)
    finally:
        engine.dispose()
    publisher = p.cluster.conninfo("evidence", replication.REPLICATOR_ROLE)
    replication.subscribe(national_cluster.url, p.code, publisher)
