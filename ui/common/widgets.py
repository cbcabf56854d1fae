"""Small widgets the dialogs share: a heading and an inline error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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
