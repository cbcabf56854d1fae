"""Desktop figures for ``bench --json``: scan to panel, catalogue, cold start.

Run as ``python -m ui.bench.run --db URL``; it prints one JSON object. The ``bench`` command
starts it in its own process, so the Qt-free core never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evidence_app.bench import bench_actor, percentile, require_demo, sample_codes
from evidence_app.services.facade import Services

READY = "ready"


def scan_to_panel(services: Services, samples: int) -> dict[str, float]:
    """From a scanned code (the Enter) to the item panel filled, in the real main window."""
    from PySide6.QtWidgets import QApplication

    from ui.shell import MainWindow, Settings

    actor = bench_actor(services)
    codes = sample_codes(services, samples)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(services, actor, Settings(Path(folder) / "settings.ini"))
        window.show()
        QApplication.processEvents()
        for code in codes[:50]:  # warm the caches as a day's work would
            window.handle_scan(code)
        times = []
        for code in codes:
            start = time.perf_counter()
            window.handle_scan(code)
            times.append((time.perf_counter() - start) * 1000)
            if window.panel.current_code() != code:
                raise RuntimeError(f"the panel does not show {code}")
        window.close()
    times.sort()
    return {
        "scan_to_panel_p50_ms": round(percentile(times, 0.5), 3),
        "scan_to_panel_p95_ms": round(percentile(times, 0.95), 3),
    }


def cold_start(url: str, starts: int = 3) -> dict[str, float]:
    """A new process, from its start to the main window showing its first catalogue rows
    (``starts`` times: the fastest and the slowest)."""
    command = [sys.executable, "-m", "ui.bench.start", "--db", url]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    for _ in range(starts):
        start = time.perf_counter()
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            elapsed = (time.perf_counter() - start) * 1000
            child.wait(60)
        if line != READY:
            raise RuntimeError(f"the application did not start: {line!r}")
        runs.append(elapsed)
    return {"cold_start_ms": round(min(runs), 1), "cold_start_max_ms": round(max(runs), 1)}


def run_ui_bench(url: str, samples: int, starts: int = 3) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ui.bench.catalogue import bench_catalogue

    _app = QApplication.instance() or QApplication(["bench"])
    services = Services.open(url, migrate=False)
    try:
        require_demo(services)  # as the core's bench: made-up work on a demo database only
        figures: dict[str, Any] = dict(scan_to_panel(services, samples))
        figures.update(bench_catalogue(services, bench_actor(services)))
    finally:
        services.close()
    figures.update(cold_start(url, starts))
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench.run")
    parser.add_argument("--db", required=True)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--starts", type=int, default=3, help="cold starts timed")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(run_ui_bench(args.db, args.samples, args.starts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
