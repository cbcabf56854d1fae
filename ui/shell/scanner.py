"""Keyboard-wedge scans recognised wherever the focus is, without stealing ordinary typing.

A wedge scanner types its code a few milliseconds per key and ends with Enter; people type
80 ms or more apart. ``ScanDetector`` filters every key event of the application and
*holds back* printable ASCII key presses (and the releases that follow them) while they keep
coming less than ``gap_ms`` apart:

- Enter after at least ``min_length`` such characters, within the gap, is a scan: the held
  keys and the Enter are dropped, and ``scanned`` carries the code (queued, so the slot
  runs after the key event is done).
- Anything else gives the held keys back, in order, to the widget they were meant for: the
  gap running out (a timer), a slow key, a non-printable key (Backspace, Tab, arrows…), a
  key with Ctrl/Alt/Meta, an auto-repeat, a letter outside ASCII (Vietnamese text), or an
  Enter that comes too soon or too late. Ordinary typing thus reaches its widget unchanged,
  at most ``gap_ms`` later.

Modifier keys (a scanner presses Shift for capitals) pass at once and break nothing. A key
event travels through the filter once per receiver (window, focus widget, its parents);
held events are consumed on the first sight and replayed events are not looked at again,
so each event counts once. Fields for secrets (password echo) are never held back, so a
password manager typing fast plus Enter cannot turn a password into a "scan".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from ui.strings import tr

Key = Qt.Key
Mod = Qt.KeyboardModifier
TERMINATORS = frozenset({Key.Key_Return, Key.Key_Enter})
MODIFIER_KEYS = frozenset(
    {Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_Meta, Key.Key_AltGr, Key.Key_CapsLock}
)
#: Modifiers a scanner's keys may carry: Shift for capitals, Keypad for digits.
SCANNER_MODIFIERS = Mod.ShiftModifier | Mod.KeypadModifier
SECRET_HINTS = Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
#: Held characters after which the status bar says a code is coming in.
RECEIVING_AFTER = 3

STATE_OFF, STATE_READY, STATE_RECEIVING = "off", "ready", "receiving"


@dataclass(frozen=True, slots=True)
class _HeldKey:
    """A key event copied when held back, to be sent again to the same widget."""

    target: QObject
    kind: QEvent.Type
    key: int
    modifiers: Mod
    text: str
    native: tuple[int, int, int]

    @classmethod
    def of(cls, target: QObject, event: QKeyEvent) -> _HeldKey:
        native = (event.nativeScanCode(), event.nativeVirtualKey(), event.nativeModifiers())
        return cls(target, event.type(), event.key(), event.modifiers(), event.text(), native)

    def event(self) -> QKeyEvent:
        return QKeyEvent(self.kind, self.key, self.modifiers, *self.native, self.text)


class ScanDetector(QObject):
    """Application-wide event filter that turns fast key bursts ending in Enter into scans."""

    scanned = Signal(str)
    stateChanged = Signal(str)
    _detected = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_ms: int = 35,
        min_length: int = 6,
        max_length: int = 128,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.gap_ms, self.min_length, self.max_length = gap_ms, min_length, max_length
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._chars: list[str] = []
        self._last = 0.0
        self._replaying = False
        self._swallow: set[int] = set()
        self._enabled = True
        self._state = STATE_READY
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._gap_elapsed)
        self._detected.connect(self.scanned, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ScanDetector:
        """Watch every key event of the application."""
        QApplication.instance().installEventFilter(self)
        return self

    def uninstall(self) -> None:
        self.flush()
        QApplication.instance().removeEventFilter(self)

    @property
    def enabled(self) -> bool:
        """On or off; off, every key passes untouched."""
        return self._enabled

    @enabled.setter
    def enabled(self, enabled: bool) -> None:
        self.flush()
        self._enabled = enabled
        self._set_state(STATE_READY if enabled else STATE_OFF)

    @property
    def state(self) -> str:
        """``"off"``, ``"ready"`` or ``"receiving"``."""
        return self._state

    def state_text(self) -> str:
        """What the status bar shows: "Sẵn sàng quét", "Đang nhận mã…" or "Đã tắt quét mã"."""
        return tr(f"scan.state.{self._state}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._enabled or not isinstance(watched, (QWidget, QWindow)):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress:
            return self._press(watched, event)
        return self._release(watched, event)

    def _press(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() in MODIFIER_KEYS:
            return False
        now = self._clock()
        if self._held and now - self._last > self.gap_ms / 1000:
            self.flush()
        if event.key() in TERMINATORS and self._is_plain(event):
            if self._held and len(self._chars) >= self.min_length:
                self._finish(event.key())
                return True
            self.flush()
            return False
        if not self._is_candidate(watched, event):
            self.flush()
            return False
        if len(self._chars) >= self.max_length:
            self.flush()
        self._hold(watched, event)
        self._chars.append(event.text())
        self._last = now
        self._timer.start(self.gap_ms)
        if len(self._chars) == RECEIVING_AFTER:
            self._set_state(STATE_RECEIVING)
        return True

    def _release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._swallow and not event.isAutoRepeat():
            self._swallow.discard(key)
            return True
        if not self._held or key in MODIFIER_KEYS:
            return False
        self._hold(watched, event)
        return True

    def _is_plain(self, event: QKeyEvent) -> bool:
        return not event.isAutoRepeat() and not (event.modifiers() & ~SCANNER_MODIFIERS)

    def _is_candidate(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key a scanner could have sent: one printable ASCII character, no shortcut."""
        text = event.text()
        if len(text) != 1 or not (text.isascii() and text.isprintable()):
            return False
        if not self._is_plain(event):
            return False
        widget = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
        return widget is None or not (widget.inputMethodHints() & SECRET_HINTS)

    def _hold(self, watched: QObject, event: QKeyEvent) -> None:
        target = watched
        if not isinstance(watched, QWidget):
            target = QApplication.focusWidget() or watched
        self._held.append(_HeldKey.of(target, event))

    def _finish(self, terminator: int) -> None:
        code = "".join(self._chars)
        down: set[int] = set()
        for held in self._held:
            if held.kind == QEvent.Type.KeyPress:
                down.add(held.key)
            else:
                down.discard(held.key)
        self._swallow = down | {terminator}
        self._clear()
        self._detected.emit(code)

    def flush(self) -> None:
        """Give every held key back to its widget, in the order it was typed."""
        held = self._held
        self._clear()
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                if shiboken6.isValid(key.target):
                    QApplication.sendEvent(key.target, key.event())
        finally:
            self._replaying = False

    def _clear(self) -> None:
        self._held = []
        self._chars = []
        self._timer.stop()
        if self._enabled:
            self._set_state(STATE_READY)

    def _gap_elapsed(self) -> None:
        # The timer may fire late or early relative to queued keys; trust the clock.
        left = self.gap_ms / 1000 - (self._clock() - self._last)
        if self._held and left > 0:
            self._timer.start(max(1, round(left * 1000)))
            return
        self.flush()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(self.state_text())
