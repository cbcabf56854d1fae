"""Texts of barcode scanning: scan state, routing, unknown codes, reading codes from images."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {}
