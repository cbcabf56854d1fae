"""Vietnamese text folding for search, and input cleaning shared by every form."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")
# đ/Đ are letters of their own, not d with a mark, so NFD leaves them: map them by hand.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(text: str) -> str:
    """Lower case, diacritics removed, đ→d, punctuation to spaces, whitespace collapsed.

    ``fold("Xe máy HONDA Wave-α")`` gives ``"xe may honda wave α"``.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = unicodedata.normalize("NFC", stripped).casefold().translate(_D_MAP)
    return _SPACE.sub(" ", _NON_WORD.sub(" ", lowered)).strip()


def fold_tokens(text: str) -> list[str]:
    """The folded words of ``text``, in order, without duplicates."""
    return list(dict.fromkeys(fold(text).split()))


def has_control_chars(text: str) -> bool:
    """True when ``text`` holds characters no form field should (NUL, escapes, bidi overrides)."""
    return any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\t" for c in text)


def clean(text: str) -> str:
    """NFC normalised, trimmed: one spelling for what users type with different keyboards."""
    return unicodedata.normalize("NFC", text).strip()
