"""Database work that can take long runs on a worker thread, with a progress dialog.

In the manner of Anki's ``aqt.operations``: the work gets a ``Progress`` to report to and to
ask whether the user cancelled; success and failure come back on the GUI thread; a domain
error is shown as a message, anything else reaches the crash dialog.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from evidence_app.domain.errors import DomainError
from ui.common.errors import show_error
from ui.strings import tr

#: A short job never flashes a dialog; one longer than this shows its progress.
SHOW_AFTER_MS = 400


class Progress:
    """What the work sees: report how far it is, and whether the user cancelled."""

    def __init__(self, signal: Any) -> None:
        self._signal = signal
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signal.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self.progressed)
        self._work = work

    def run(self) -> None:
        """Called on the worker thread."""
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


#: Running tasks with their dialog (None when quiet) and slots, kept alive until they finish.
_running: dict[Task, tuple[QProgressDialog | None, QObject]] = {}


class _Delivery(QObject):
    """Lives on the GUI thread, so the task's signals reach these slots there (queued)."""

    def __init__(
        self,
        dialog: QProgressDialog | None,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.on_success, self.on_failure = dialog, on_success, on_failure
        self.task: Task | None = None

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.on_success(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.on_failure(exc)

    @Slot()
    def finished(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        else:
            self.deleteLater()
        _running.pop(self.task, None)  # type: ignore[arg-type]


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run ``work(progress)`` off the GUI thread; ``on_success(result)`` on the GUI thread."""
    task = Task(work)
    dialog = QProgressDialog(label, tr("button.cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr("app.name"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.progress.cancel)

    def failed(exc: BaseException) -> None:
        if on_failure is not None:
            on_failure(exc)
        elif isinstance(exc, DomainError):
            show_error(parent, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    delivery = _Delivery(dialog, on_success, failed)
    delivery.task = task
    task.progressed.connect(delivery.progressed)
    task.succeeded.connect(delivery.succeeded)
    task.failed.connect(delivery.failed)
    task.finished.connect(delivery.finished)
    _running[task] = (dialog, delivery)
    QThreadPool.globalInstance().start(_Runner(task))
    return task


def run_quietly(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Task:
    """Like ``run_in_background`` with no dialog at all: work the user does not wait for (the
    daily checkpoint at log-in), whose outcome the caller tells quietly (the status bar).
    Call from the GUI thread."""
    task = Task(work)
    delivery = _Delivery(None, on_success, on_failure)
    delivery.task = task
    task.succeeded.connect(delivery.succeeded)
    task.failed.connect(delivery.failed)
    task.finished.connect(delivery.finished)
    _running[task] = (None, delivery)
    QThreadPool.globalInstance().start(_Runner(task))
    return task


def running(task: Task) -> bool:
    """Whether ``task`` has not yet delivered its outcome on the GUI thread."""
    return task in _running
