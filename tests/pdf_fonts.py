"""Which fonts a PDF declares and whether it carries them (pypdf reads the resources)."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def declared_fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name → embedded (a FontFile, FontFile2 or FontFile3 in its descriptor),
    for every font in the resources of every page and of the forms they draw."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        _collect(page.get("/Resources"), found, set())
    return found


def _collect(resources: Any, found: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    if id(resources) in seen:
        return
    seen.add(id(resources))
    for font in (resources.get("/Font") or DictionaryObject()).get_object().values():
        font = font.get_object()
        descriptor_owner = font
        if font.get("/Subtype") == "/Type0":
            descriptor_owner = font["/DescendantFonts"].get_object()[0].get_object()
        descriptor = descriptor_owner.get("/FontDescriptor")
        embedded = descriptor is not None and any(
            key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        found[str(font.get("/BaseFont"))] = embedded
    for xobject in (resources.get("/XObject") or DictionaryObject()).get_object().values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            _collect(xobject.get("/Resources"), found, seen)
