"""An item's photos as thumbnails; a click shows the photo large in a dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.dto import PhotoView
from ui.strings import tr

THUMBNAIL = 96

#: Reads a photo's bytes by attachment id (ItemService.photo with the actor bound).
PhotoSource = Callable[[int], bytes]


def decode(data: bytes, longest_side: int | None = None) -> QImage:
    """The image in ``data``, scaled while decoding when ``longest_side`` is given (null if bad)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if longest_side and size.isValid() and max(size.width(), size.height()) > longest_side:
        reader.setScaledSize(
            size.scaled(longest_side, longest_side, Qt.AspectRatioMode.KeepAspectRatio)
        )
    return reader.read()


class PhotoDialog(QDialog):
    """One photo, as large as the screen allows, with its caption."""

    def __init__(self, parent: QWidget | None, data: bytes, title: str, caption: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        image = decode(data, int(min(screen.width(), screen.height()) * 0.8))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.isNull():
            self.picture.setText(tr("panel.photo_unreadable"))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        if caption:
            caption_label = QLabel(caption)
            caption_label.setProperty("data", True)
            layout.addWidget(caption_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("panel.close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def present(cls, parent: QWidget | None, data: bytes, title: str, caption: str) -> None:
        """Show the photo modally; tests replace this."""
        cls(parent, data, title, caption).exec()


class PhotoStrip(QWidget):
    """Thumbnails, loaded just after the panel is filled so a scan never waits for images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PhotoSource | None = None
        self.buttons: list[QToolButton] = []
        self._bytes: dict[int, bytes] = {}
        self._generation = 0
        self._title = ""
        self.empty = QLabel(tr("panel.no_photos"))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.empty)
        self._row.addStretch(1)

    def show_photos(self, photos: Sequence[PhotoView], title: str) -> None:
        self._generation += 1
        self._title = title
        for button in self.buttons:
            button.deleteLater()
        self.buttons, self._bytes = [], {}
        self.empty.setVisible(not photos)
        for index, photo in enumerate(photos):
            button = QToolButton()
            button.setObjectName(f"photo{photo.attachment_id}")
            button.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
            button.setFixedSize(THUMBNAIL + 8, THUMBNAIL + 8)
            button.setToolTip(photo.caption or tr("panel.photo_hint"))
            button.clicked.connect(partial(self._enlarge, photo))
            self._row.insertWidget(1 + index, button)
            self.buttons.append(button)
        if photos:
            QTimer.singleShot(0, partial(self._load, self._generation, tuple(photos)))

    def _load(self, generation: int, photos: tuple[PhotoView, ...]) -> None:
        if generation != self._generation or self.source is None:
            return
        for button, photo in zip(self.buttons, photos, strict=True):
            try:
                data = self.source(photo.attachment_id)
            except DomainError:
                data = b""
            image = decode(data, THUMBNAIL) if data else QImage()
            if image.isNull():
                button.setText("?")
                button.setToolTip(tr("panel.photo_unreadable"))
                continue
            self._bytes[photo.attachment_id] = data
            button.setIcon(QIcon(QPixmap.fromImage(image)))

    def _enlarge(self, photo: PhotoView) -> None:
        data = self._bytes.get(photo.attachment_id)
        if data is not None:
            PhotoDialog.present(self.window(), data, self._title, photo.caption)
