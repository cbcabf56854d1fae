"""Texts of the item catalogue, its filters and its lazy table."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {}
