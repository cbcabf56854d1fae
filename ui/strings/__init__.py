"""Every text the desktop application shows, in Vietnamese (default) and English.

Each area keeps its texts in its own module here; ``tr`` looks them up in the current language.
"""

from __future__ import annotations

import logging
from typing import Any

from ui.strings import (
    admin,
    admin_calendar,
    admin_units,
    app,
    auction_sales,
    auctions,
    case_results,
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
    valuation,
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
    admin_units,
    case_results,
    valuation,
    auction_sales,
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
    """The text of ``key`` in the current language, with ``params`` filled in.

    A missing text or parameter is a defect the tests catch (``STRICT``); a user meets it as the
    key itself, logged once, never as an error that stops the screen.
    """
    entry = STRINGS.get(key)
    if entry is None:
        return _missing(key, KeyError(key))
    vi, en = entry
    text = en if _language == "en" else vi
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError) as exc:
        return _missing(key, exc)


#: Set by the tests: a missing text or parameter raises instead of showing the key.
STRICT = False
_logged: set[str] = set()


def _missing(key: str, exc: Exception) -> str:
    if STRICT:
        raise exc
    if key not in _logged:
        _logged.add(key)
        logging.getLogger(__name__).error("text %r cannot be shown: %r", key, exc)
    return key
