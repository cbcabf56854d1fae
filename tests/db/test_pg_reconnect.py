"""A PostgreSQL connection that died while idle (server restart, dropped by a firewall) is
replaced before use, so the keeper's next scan works instead of failing once."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import db.engine
from evidence_app.domain.errors import ConnectionLostError
from evidence_app.services.facade import Services

pytestmark = pytest.mark.postgres


def _kill_other_backends(url: str) -> int:
    admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        killed = conn.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    admin.dispose()
    return int(killed)


def test_an_idle_connection_killed_by_the_server_is_replaced(
    pg_server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.open(pg_server_url, migrate=False)
    try:
        services.users.has_users()  # a pooled connection now exists
        monkeypatch.setattr(db.engine, "IDLE_PING_SECONDS", 1e9)  # never pinged: it fails
        assert _kill_other_backends(pg_server_url) >= 1
        with pytest.raises(ConnectionLostError):  # said as such, nothing written
            services.users.has_users()
        services.users.has_users()  # the pool replaced the dead one after the failure
        monkeypatch.setattr(db.engine, "IDLE_PING_SECONDS", 0.0)  # idle: pinged first
        assert _kill_other_backends(pg_server_url) >= 1
        services.users.has_users()  # pinged, replaced, answered: no failure seen
    finally:
        services.close()
