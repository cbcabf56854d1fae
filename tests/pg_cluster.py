"""A throwaway PostgreSQL cluster of this test's own, on its own port, that the test may stop
and start (the shared server on 5432 serves the other tests and is never touched).

Built with the server's own ``initdb`` and ``pg_ctl`` (the ``postgresql`` package CI installs);
as root they run as the ``postgres`` user, which initdb requires.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def available() -> bool:
    return _bin("initdb") is not None and _bin("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: What logical replication needs (the national figures, issue 21): decoded WAL, a slot and
#: a sender per subscriber, apply and table-sync workers for each subscription.
LOGICAL = {
    "wal_level": "logical",
    "max_replication_slots": "10",
    "max_wal_senders": "10",
    "max_logical_replication_workers": "8",
    "max_worker_processes": "16",
    "shared_buffers": "32MB",
}


class Cluster:
    def __init__(self, root: Path, port: int, settings: dict[str, str] | None = None) -> None:
        self.root, self.port = root, port
        self.data = root / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self.settings = settings or {}

    def url_of(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str, user: str) -> str:
        """The libpq string another cluster's subscription connects with (trust: no password)."""
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user}"

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        initdb = _bin("initdb")
        assert initdb is not None
        self._run(initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync")  # fmt: skip

    def start(self) -> None:
        pg_ctl = _bin("pg_ctl")
        assert pg_ctl is not None
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c timezone=UTC"
        ) + "".join(f" -c {name}={value}" for name, value in self.settings.items())
        self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")  # fmt: skip

    def stop(self) -> None:
        """Stop at once, as a crash or a pulled cable would end the sessions."""
        pg_ctl = _bin("pg_ctl")
        assert pg_ctl is not None
        self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")


@contextmanager
def cluster(settings: dict[str, str] | None = None) -> Iterator[Cluster]:
    """A fresh cluster, started (with ``settings`` as ``-c`` options, e.g. ``LOGICAL``);
    stopped and removed afterwards, whatever happened in between."""
    root = Path(tempfile.mkdtemp(prefix="evidence-pg-"))
    os.chmod(root, 0o777)
    made = Cluster(root, _free_port(), settings)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    try:
        made.init()
        made.start()
        yield made
    finally:
        with suppress(subprocess.CalledProcessError):  # already stopped by the test
            made.stop()
        shutil.rmtree(root, ignore_errors=True)
