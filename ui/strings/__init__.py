"""Every text the desktop application shows, in Vietnamese (default) and English.

Each area keeps its texts in its own module here; ``tr`` looks them up in the current language.
"""

from __future__ import annotations

from typing import Any

from ui.strings import (
    admin,
    admin_calendar,
    app,
    auctions,
    catalogue,
    checkouts,
    dashboard,
    destruction,
    documents,
    intake,
    labels,
    moves,
    releases,
    reports,
    scanning,
    shell,
    stocktake,
    views,
)

#: One module per area of the application, each with its own ``STRINGS`` table.
AREAS = (
    shell,
    app,
    catalogue,
    checkouts,
    scanning,
    views,
    intake,
    labels,
    documents,
    releases,
    moves,
    destruction,
    admin,
    stocktake,
    reports,
    dashboard,
    auctions,
    admin_calendar,
)

LANGUAGES = ("vi", "en")

_language = "vi"

STRINGS: dict[str, tuple[str, str]] = {}
for _area in AREAS:
    _duplicates = STRINGS.keys() & _area.STRINGS.keys()
    if _duplicates:
        raise KeyError(f"texts defined twice: {sorted(_duplicates)}")
    STRINGS.update(_area.STRINGS)


def language() -> str:
    """The language texts are shown in now: "vi" or "en"."""
    return _language


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    _language = lang


def tr(key: str, **params: Any) -> str:
    """The text of ``key`` in the current language, with ``params`` filled in."""
    vi, en = STRINGS[key]
    text = en if _language == "en" else vi
    return text.format(**params) if params else text
