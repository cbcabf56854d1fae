"""The start-up the cold-start benchmark times: ``python -m ui.bench.start --db URL``.

The same steps as ``ui.shell.app.run_app`` (settings, Qt, translations, database opened and its
migrations checked, crash handler, main window), with the benchmark's keeper logged in
instead of a person typing a password; prints ``ready`` once the catalogue shows its rows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    url = argv[argv.index("--db") + 1]
    os.environ.setdefault("EVIDENCE_CONFIG_DIR", tempfile.mkdtemp(prefix="evidence-bench-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from evidence_app.bench import bench_actor
    from evidence_app.services.facade import Services
    from ui.shell import Settings, Shell, apply_qt_language, install_crash_handler
    from ui.strings import set_language

    settings = Settings(Path(os.environ["EVIDENCE_CONFIG_DIR"]) / "settings.ini")
    set_language(settings.language)
    app = QApplication([sys.argv[0]])
    apply_qt_language(settings.language)
    services = Services.open(url)
    install_crash_handler(services.db.display_url, lambda: services.db.last_write)
    shell = Shell(services, bench_actor(services), settings)
    model = shell.window.catalogue.model

    def check() -> None:
        if shell.window.isVisible() and model.rowCount() and model.index(0, 0).data():
            print("ready", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
