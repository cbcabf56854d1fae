"""The main window's menus, keyboard shortcuts and the actions behind them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from evidence_app.domain.errors import DomainError
from evidence_app.domain.messages import text as message_text
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.dto import VerifyReport
from evidence_app.services.core.verify import mismatch_text
from evidence_app.services.core.verify import verify_chains as verify_chains_of
from ui.common.background import Progress, run_in_background
from ui.common.errors import ErrorDialog, message_of
from ui.common.scan_feedback import choose_image_and_read, signal_error
from ui.documents import LabelPrintDialog
from ui.shell.checkpoint_actions import check_checkpoint_file, save_checkpoint
from ui.shell.settings_dialog import SettingsDialog
from ui.strings import language, tr

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

Key = QKeySequence.StandardKey


def build_menus(window: MainWindow) -> None:
    """Menus with every action and its shortcut; shortcuts work from anywhere in the window."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("menu.file"))
    _add(window, file_menu, "read_image", "Ctrl+O", lambda: read_image(window))
    labels = _add(window, file_menu, "print_labels", Key.Print, lambda: print_labels(window))
    labels.setVisible(is_allowed(window.actor.roles, Permission.RECORD_CUSTODY))
    places = _add(window, file_menu, "print_location_labels", None, lambda: print_place(window))
    places.setVisible(is_allowed(window.actor.roles, Permission.MANAGE_WAREHOUSES))
    ledger = _add(window, file_menu, "import_ledger", None, lambda: import_ledger(window))
    ledger.setVisible(is_allowed(window.actor.roles, Permission.RECEIVE_ITEMS))
    file_menu.addSeparator()
    _add(window, file_menu, "change_password", None, lambda: change_password(window))
    _add(window, file_menu, "log_out", "Ctrl+Shift+L", window.logOutRequested.emit)
    file_menu.addSeparator()
    _add(window, file_menu, "quit", Key.Quit, window.close)
    view = bar.addMenu(tr("menu.view"))
    _add(window, view, "find", Key.Find, window.focus_search)
    for number, (key, area) in enumerate(window.areas, start=1):
        action = QAction(tr(key), window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, a=area: window.show_area(a))
        view.addAction(action)
    _add(window, view, "refresh", Key.Refresh, window.refresh)
    tools = bar.addMenu(tr("menu.tools"))
    verify = _add(window, tools, "verify", "Ctrl+Shift+V", lambda: verify_chains(window))
    # What a role may not do is not offered (the service refuses it anyway).
    verify.setVisible(is_allowed(window.actor.roles, Permission.VERIFY))
    # Beside the integrity check, for the head: the signed checkpoint kept outside the database.
    for name, slot in (
        ("save_checkpoint", save_checkpoint),
        ("check_checkpoint", check_checkpoint_file),
    ):
        action = _add(window, tools, name, None, lambda _c=False, f=slot: f(window))
        action.setVisible(is_allowed(window.actor.roles, Permission.VERIFY))
    scanner = _add(window, tools, "scanner", "Ctrl+Shift+S", lambda: None)
    scanner.setCheckable(True)
    scanner.setChecked(window.detector is not None and window.detector.enabled)
    scanner.setEnabled(window.detector is not None)
    scanner.toggled.connect(lambda on: set_scanner(window, on))
    window.scanner_action = scanner  # type: ignore[attr-defined]
    tools.addSeparator()
    _add(window, tools, "settings", Key.Preferences, lambda: open_settings(window))
    help_menu = bar.addMenu(tr("menu.help"))
    _add(window, help_menu, "shortcuts", Key.HelpContents, lambda: show_shortcuts(window))
    _add(window, help_menu, "about", None, lambda: show_about(window))


def _add(window: MainWindow, menu, name: str, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
    action = QAction(tr(f"action.{name}"), window)
    action.setObjectName(f"action_{name}")
    if shortcut is not None:
        sequence = QKeySequence(shortcut)
        if sequence.isEmpty() and shortcut == Key.Preferences:
            sequence = QKeySequence("Ctrl+,")  # no platform default on Linux and Windows
        action.setShortcut(sequence)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def read_image(window: MainWindow) -> None:
    """Codes read from a photo or a scanned page are routed as if scanned."""
    try:
        codes = choose_image_and_read(window, window.services)
    except DomainError as exc:
        signal_error(window, message_of(exc))
        return
    for code in codes[:1]:
        window.handle_scan(code)


def print_labels(window: MainWindow) -> None:
    """Labels of the item in the panel (the print is recorded on its custody chain)."""
    code = window.panel.current_code()
    if code is None:
        window.statusBar().showMessage(tr("labels.choose_item"), 5000)
        return
    if LabelPrintDialog.ask(window, window.services, window.actor, [code]):
        window.show_item_by_code(code)


def print_place(window: MainWindow) -> None:
    """The label of the location chosen in the warehouse view, to stick on the shelf."""
    location_id = window.warehouses.current_location_id()
    if location_id is None:
        window.show_area("warehouses")
        window.statusBar().showMessage(tr("labels.choose_location"), 5000)
        return
    try:
        code = window.services.warehouses.location(window.actor, location_id).code
    except DomainError as exc:
        signal_error(window, message_of(exc))
        return
    LabelPrintDialog.ask(window, window.services, window.actor, [code], locations=True)


def set_scanner(window: MainWindow, on: bool) -> None:
    if window.detector is None:
        return
    window.detector.enabled = on
    window.settings.set("scanner/enabled", on)
    window._scan_state_changed()


def verify_chains(window: MainWindow) -> None:
    """Walk every custody chain and check every document on a worker thread; say what was found."""

    def work(_progress: Progress) -> tuple[VerifyReport, tuple[int, object, object]]:
        report = verify_chains_of(window.services.db, window.actor)
        documents = window.services.documents.check_all(window.actor)
        return report, documents

    def done(result: tuple[VerifyReport, tuple[int, Any, Any]]) -> None:
        report, (count, document, problem) = result
        window.last_verify = report  # type: ignore[attr-defined]
        lang = language()
        lines = [verify_summary(report, lang), admin_summary(report, lang)]
        if document is None or problem is None:
            lines.append(message_text("verify.documents_ok", lang, count=count))
        else:
            lines.append(
                message_text(
                    "verify.document_broken",
                    lang,
                    number=document.number,
                    id=document.id,
                    reason=problem.message(lang),
                )
            )
        ErrorDialog.present(window, tr("verify.title"), "\n\n".join(lines))

    run_in_background(window, tr("verify.running"), work, done)


def open_settings(window: MainWindow) -> None:
    choices = SettingsDialog.ask(window.settings, window)
    if choices is None:
        return
    set_scanner(window, choices.scanner_enabled)
    if choices.language != window.settings.language:
        window.settings.language = choices.language
        window.languageChosen.emit(choices.language)


def change_password(window: MainWindow) -> None:
    from ui.access import ChangePasswordDialog

    if ChangePasswordDialog(window.services, window.actor, window).exec():
        window.statusBar().showMessage(tr("password.done"), 5000)


def import_ledger(window: MainWindow) -> None:
    from ui.admin import LedgerImportDialog

    if LedgerImportDialog.run(window, window.services, window.actor) is not None:
        window.refresh()


def database_restored(window: MainWindow) -> None:
    """The data on screen is gone with the restore: say so and close the window."""
    page = window.admin.pages["backup"] if window.admin is not None else None
    text = page.result.text() if page is not None else ""  # type: ignore[attr-defined]
    QMessageBox.information(window, tr("backup.restore"), text)
    window.close()


def show_shortcuts(window: MainWindow) -> None:
    lines = [
        f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{a.text()}"
        for a in window.actions()
        if not a.shortcut().isEmpty()
    ]
    body = "\n".join([*lines, "", tr("shortcuts.scan")])
    QMessageBox.information(window, tr("shortcuts.title"), body)


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, tr("app.name"), f"<b>{tr('app.name')}</b><p>{tr('about.text')}</p>")
    QApplication.processEvents()


def verify_summary(report: VerifyReport, lang: str) -> str:
    """What the check found, in the words the ``verify`` command uses."""
    dots = lambda n: f"{n:,}".replace(",", "." if lang == "vi" else ",")  # noqa: E731
    mismatches = _mismatch_lines(report, lang)
    if report.first_break is None:
        return "\n".join(
            [
                message_text(
                    "verify.state_mismatches" if mismatches else "verify.ok",
                    lang,
                    count=dots(report.mismatch_count),
                    items=dots(report.items_checked),
                    events=dots(report.events_checked),
                    seconds=f"{report.seconds:.1f}",
                ),
                *mismatches,
            ]
        )
    link = report.first_break
    broken = message_text(
        "verify.broken",
        lang,
        code=link.item_code,
        item=link.item_id,
        event=link.event_id if link.event_id is not None else "—",
        seq=link.seq if link.seq is not None else "—",
        reason=link.reason,
    )
    return "\n".join([broken, *mismatches])


def admin_summary(report: VerifyReport, lang: str) -> str:
    """The administrators' chain: intact with its count, or where it breaks."""
    broken = report.admin_break
    if broken is None:
        return message_text("verify.admin_ok", lang, count=report.admin_events_checked)
    reason = message_text(broken.reason, lang)
    return message_text("verify.admin_broken", lang, seq=broken.seq, reason=reason)


#: State mismatches listed in the dialog; the ``verify`` command prints them all.
SHOWN_MISMATCHES = 20


def _mismatch_lines(report: VerifyReport, lang: str) -> list[str]:
    lines = [mismatch_text(m, lang) for m in report.state_mismatches[:SHOWN_MISMATCHES]]
    if report.mismatch_count > len(lines):
        more = report.mismatch_count - len(lines)
        lines.append(message_text("verify.state_more", lang, count=more))
    return lines
