"""The database server going away under the workstation (issue 21): the status bar says so,
the watch retries every few seconds, and says when the server is back so the screens that
kept what the user did (a stocktake's scans) can write it.

Nothing is written while the server is away: each action runs in one transaction that either
committed before the loss or never did (``services.core.uow``: ConnectionLostError).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from evidence_app.services.facade import Services
from ui.strings import tr

#: How often the watch asks the server whether it is back.
RETRY_MS = 2000


class ConnectionWatch(QObject):
    """Told of a lost connection, retries until the server answers; one per main window."""

    lost = Signal()
    restored = Signal()

    def __init__(self, services: Services, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.label = services, label
        self.attempts = 0
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        label.setVisible(False)

    @property
    def is_lost(self) -> bool:
        return self.timer.isActive()

    def report(self) -> None:
        """An action found the server gone: say so and start retrying (once)."""
        if self.is_lost:
            return
        self.attempts = 0
        self._show()
        self.timer.start()
        self.lost.emit()

    def retry(self) -> bool:
        """One attempt; True once the server answers again."""
        self.attempts += 1
        if not self.services.reachable():
            self._show()
            return False
        self.timer.stop()
        self.label.setVisible(False)
        self.restored.emit()
        return True

    def _show(self) -> None:
        self.label.setText(tr("status.connection_lost", attempts=self.attempts))
        self.label.setVisible(True)
