"""Texts of the item panel, the case view and the warehouse view."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {}
