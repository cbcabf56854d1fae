"""Texts of the shell: navigation, settings, languages, crash reports, background work."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {}
