"""Rows no service writes yet (photos, documents), written as their future services would."""

from __future__ import annotations

import hashlib
import io
from datetime import date

from PIL import Image

from db.models import Attachment, Document, Item, ItemPhoto
from evidence_app.domain.enums import EventKind
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.facade import Services


def jpeg(colour: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (320, 240)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def add_photo(services: Services, item_id: int, data: bytes, caption: str = "") -> int:
    """Attach ``data`` as a photo of the item; returns the attachment id."""
    with unit_of_work(services.db) as session:
        attachment = Attachment(
            sha256=hashlib.sha256(data).hexdigest(), mime="image/jpeg", size=len(data), content=data
        )
        session.add(attachment)
        session.flush()
        session.add(ItemPhoto(item_id=item_id, attachment_id=attachment.id, caption=caption))
        return attachment.id


def add_document_event(
    services: Services, item_id: int, number: str, actor_id: int | None, note: str = ""
) -> int:
    """A handover minutes document and a chained event of the item that cites it."""
    with unit_of_work(services.db) as session:
        doc = Document(
            kind="handover_minutes",
            year=2026,
            seq_no=int(number.split("/")[0]),
            number=number,
            issued_on=date(2026, 3, 5),
            title="Biên bản giao nhận",
        )
        session.add(doc)
        session.flush()
        item = session.get(Item, item_id)
        assert item is not None
        append_event(
            session,
            item,
            EventKind.EDITED,
            actor_id=actor_id,
            document_id=doc.id,
            note=note or None,
        )
        return doc.id
