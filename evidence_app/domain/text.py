"""Vietnamese text folding for search, and input cleaning shared by every form."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")
_D_LETTERS: dict[str, str | int | None] = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}


def _slow_fold_chars(text: str) -> str:
    """Reference folding: NFD, combining marks dropped, đ→d, NFC, case folded."""
    decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans(_D_LETTERS)))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold().translate(str.maketrans(_D_LETTERS))


def _fast_table() -> dict[int, str | None]:
    """Precomputed folding of Latin letters with marks and of lone combining marks.

    One ``str.translate`` turns Vietnamese text into ASCII at C speed; the demo folds a
    million items and every keystroke in the search box folds its text.
    """
    table: dict[int, str | None] = {}
    for code in range(0x80, 0x2000):
        char = chr(code)
        if unicodedata.combining(char):
            table[code] = None
            continue
        folded = _slow_fold_chars(char)
        if folded != char and folded.isascii():
            table[code] = folded
    for letter in _D_LETTERS:
        table[ord(letter)] = "d"
    return table


_FAST = _fast_table()


def fold(text: str) -> str:
    """Lower case, diacritics removed, đ→d, punctuation to spaces, whitespace collapsed.

    ``fold("Xe máy HONDA Wave-α")`` gives ``"xe may honda wave α"``.
    """
    folded = text.translate(_FAST)
    folded = folded.lower() if folded.isascii() else _slow_fold_chars(folded)
    return _SPACE.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def fold_tokens(text: str) -> list[str]:
    """The folded words of ``text``, in order, without duplicates."""
    return list(dict.fromkeys(fold(text).split()))


#: Bidirectional embeddings, overrides and isolates: they make text display in another order
#: than it is stored (format characters, so the category test below lets them through).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_control_chars(text: str) -> bool:
    """True when ``text`` holds characters no form field should (NUL, escapes, bidi overrides)."""
    return any(
        (unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\t")
        or c in _BIDI_CONTROLS
        for c in text
    )


def clean(text: str) -> str:
    """NFC normalised, trimmed: one spelling for what users type with different keyboards."""
    return unicodedata.normalize("NFC", text).strip()
