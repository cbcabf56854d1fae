"""Benchmark of the catalogue: time to the first rows, memory after scrolling to the end.

Targets (DESIGN.md) on 1,000,000 items: first rows ≤ 250 ms; memory grows ≤ 150 MB. The
baseline is the raw ``sqlite3`` read of every id, newest first, on the same file.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.catalogue import CatalogueView


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def visible_rows(view: CatalogueView) -> int:
    """Read every cell the table shows, as painting would; returns the rows read."""
    table, model = view.table, view.model
    top = max(table.rowAt(0), 0)
    bottom = table.rowAt(table.viewport().height() - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    for row in range(top, bottom + 1):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    return bottom - top + 1


def bench_catalogue(services: Services, actor: Actor) -> dict[str, float]:
    """Figures in ms and MB; ``sqlite_all_ids_ms`` is the baseline (SQLite only)."""
    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    if services.db.dialect == "sqlite" and services.db.url.database:
        figures["sqlite_all_ids_ms"] = _sqlite_baseline(services.db.url.database)
    before = rss_mb()
    start = time.perf_counter()
    view = CatalogueView(services, actor)
    view.resize(1400, 900)
    view.show()
    shown = visible_rows(view)
    figures["catalogue_first_rows_ms"] = (time.perf_counter() - start) * 1000
    figures["catalogue_rows_shown"] = shown
    start = time.perf_counter()
    view.model.load_all()
    figures["catalogue_all_ids_ms"] = (time.perf_counter() - start) * 1000
    view.table.scrollToBottom()
    app.processEvents()
    visible_rows(view)
    figures["catalogue_scroll_end_ms"] = (time.perf_counter() - start) * 1000
    figures["catalogue_rows"] = view.model.rowCount()
    figures["catalogue_scroll_end_mb"] = rss_mb() - before
    figures["catalogue_cached_pages"] = view.model.cached_pages()
    view.close()
    view.deleteLater()
    return figures


def _sqlite_baseline(path: str) -> float:
    """Every id, newest first, through the plain sqlite3 module (no services, no Qt)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        start = time.perf_counter()
        conn.execute("SELECT id FROM item ORDER BY id DESC").fetchall()
        return (time.perf_counter() - start) * 1000
