"""Small widgets the dialogs share: a heading, an inline error line, OK and Cancel, a row of
action buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.strings import tr


def heading(title: str, subtitle: str = "") -> QWidget:
    """A bold title over a muted, wrapped subtitle, for the top of a dialog."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.setSpacing(2)
    title_label = QLabel(title)
    title_label.setObjectName("heading")
    font = title_label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title_label.setFont(font)
    title_label.setWordWrap(True)
    layout.addWidget(title_label)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("subheading")
        sub.setWordWrap(True)
        sub.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(sub)
    return box


class ErrorLabel(QLabel):
    """A red message inside a dialog, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { color: #a61b1b; background: #fdecec; border: 1px solid #f3b9b9;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK and Cancel in the user's language; OK accepts (or runs ``on_ok``, which decides)."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.ok"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def action_row(
    prefix: str, actions: Sequence[tuple[str, Callable[[], object]]]
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of buttons, left-aligned, texts ``{prefix}.{name}``, object names ``name``."""
    row, buttons = QHBoxLayout(), {}
    for name, slot in actions:
        button = QPushButton(tr(f"{prefix}.{name}"))
        button.setObjectName(name)
        button.clicked.connect(slot)
        buttons[name] = button
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


class _Unit(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def code(self) -> str: ...


def unit_choice(object_name: str, units: Sequence[_Unit]) -> QComboBox:
    """A unit picker (issue 21): "name (code)" shown, the unit's id as each item's data."""
    box = QComboBox()
    box.setObjectName(object_name)
    for unit in units:
        box.addItem(f"{unit.name} ({unit.code})", unit.id)
    return box
