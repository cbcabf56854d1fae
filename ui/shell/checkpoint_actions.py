"""Signed checkpoints on the desktop (issue 16): the daily one taken quietly at log-in, and
for the head, beside the integrity check, the latest saved as a file and a kept file checked
against today's chains."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QWidget

from evidence_app.domain.checkpoint import grouped_root
from evidence_app.domain.errors import DomainError
from evidence_app.domain.messages import text as message_text
from evidence_app.files import write_output
from evidence_app.services.core.checkpoint import check_checkpoint, latest_checkpoint
from evidence_app.services.core.checkpoint_daily import take_daily_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointCheck, CheckpointFile
from evidence_app.services.core.checkpoint_text import check_lines, when
from ui.common.background import Progress, Task, run_in_background, run_quietly
from ui.common.errors import ErrorDialog, message_of, show_error
from ui.strings import language, tr

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

#: How long the daily checkpoint's outcome stays in the status bar.
STATUS_MS = 15_000
FILE_FILTER = "*.json"


class CheckpointFiles:
    """The file dialogs, as classmethods tests replace."""

    @classmethod
    def ask_save_path(cls, parent: QWidget, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, tr("checkpoint.save_title"), name,
                                              FILE_FILTER)  # fmt: skip
        return path

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, tr("checkpoint.check_title"), "",
                                              FILE_FILTER)  # fmt: skip
        return path


def start_daily_checkpoint(window: MainWindow) -> Task:
    """After a log-in: the day's checkpoint unless it has one, off the GUI thread; the
    outcome in the status bar (nothing when the day already had it)."""
    services, actor = window.services, window.actor
    status = window.statusBar()

    def work(_progress: Progress) -> Any:
        return take_daily_checkpoint(services.db, actor, services.signing_key())

    def done(view: Any) -> None:
        if view is not None:
            file = view.file
            status.showMessage(
                message_text("checkpoint.daily_done", language(), id=file.id,
                             taken_at=when(file.taken_at), items=file.item_count),
                STATUS_MS,
            )  # fmt: skip

    def failed(exc: BaseException) -> None:
        reason = message_of(exc) if isinstance(exc, DomainError) else str(exc)
        status.showMessage(message_text("checkpoint.daily_failed", language(), reason=reason))

    return run_quietly(work, done, failed)


def save_checkpoint(window: MainWindow) -> None:
    """The latest checkpoint to a file the head keeps (what ``checkpoint --out`` writes)."""
    try:
        file = latest_checkpoint(window.services.db, window.actor)
    except DomainError as exc:
        show_error(window, exc)
        return
    if file is None:
        none = message_text("checkpoint.none_yet", language())
        ErrorDialog.present(window, tr("checkpoint.save_title"), none)
        return
    path = CheckpointFiles.ask_save_path(window, f"diem-chot-{file.id}.json")
    if not path:
        return
    try:
        write_output(path, file.to_json().encode())
    except DomainError as exc:
        show_error(window, exc)
        return
    saved = message_text("checkpoint.saved", language(), id=file.id, path=path,
                         taken_at=when(file.taken_at), root=grouped_root(file.root))  # fmt: skip
    window.statusBar().showMessage(saved, STATUS_MS)
    ErrorDialog.present(window, tr("checkpoint.save_title"), saved)


def check_checkpoint_file(window: MainWindow) -> None:
    """Does the database extend the checkpoint in a file the head chooses? Said in the
    user's language: every chain extends it, or which were rewritten."""
    path = CheckpointFiles.ask_open_path(window)
    if not path:
        return
    try:
        file = CheckpointFile.read(Path(path))
    except DomainError as exc:
        show_error(window, exc)
        return
    db, actor = window.services.db, window.actor

    def work(_progress: Progress) -> CheckpointCheck:
        return check_checkpoint(db, actor, file)

    def done(result: CheckpointCheck) -> None:
        lines = [line for line, _failed in check_lines(result, language())]
        ErrorDialog.present(window, tr("checkpoint.check_title"), "\n\n".join(lines))

    run_in_background(window, tr("checkpoint.checking"), work, done)
