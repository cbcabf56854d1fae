"""Vietnamese alphabetical order, as Vietnamese dictionaries sort: letters first, in the
alphabet's order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, the Latin f j
w z beside their neighbours), tones only between words whose letters are the same (none,
huyền, hỏi, ngã, sắc, nặng), then case. Unicode code point order puts "Đ" after "Z" and
"Á" after "B"; names in a list are sorted by ``vietnamese_key`` instead, and lists of people
by ``person_key``: the given name (tên, the last word) first, then the family and middle
names, as Vietnamese lists of people are ordered."""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
#: Marks that make another letter (ă â ê ô ơ ư): breve, circumflex, horn.
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_MADE = {
    ("a", "breve"): "ă", ("a", "circumflex"): "â", ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô", ("o", "horn"): "ơ", ("u", "horn"): "ư",
}  # fmt: skip
#: The tone marks in the dictionaries' order: huyền, hỏi, ngã, sắc, nặng (none comes first).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

Key = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _letters(text: str) -> list[tuple[str, int, bool]]:
    """Each character of ``text`` as (its letter without tone, lower case; tone; upper)."""
    found: list[tuple[str, int, bool]] = []
    marks: set[str] = set()
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and found:
            base, tone, upper = found[-1]
            if char in _TONES:
                tone = _TONES[char]
            elif char in _LETTER_MARKS:
                marks.add(_LETTER_MARKS[char])
                for mark in marks:
                    base = _MADE.get((base, mark), base)
            found[-1] = (base, tone, upper)
            continue
        marks = set()
        found.append((char.lower(), 0, char != char.lower()))
    return found


def _primary(letter: str) -> int:
    """Spaces and punctuation before digits, digits before letters, letters in the
    Vietnamese alphabet's order, anything else after them by code point."""
    if letter in _RANK:
        return 100 + _RANK[letter]
    if letter.isdigit():
        return 10 + (unicodedata.digit(letter, 0))
    if letter.isspace() or not letter.isalnum():
        return 0
    return 1000 + ord(letter)


def vietnamese_key(text: str) -> Key:
    """The key sorting ``text`` in Vietnamese dictionary order: letters, then tones, then
    case ("Đào" after "Dũng" and before "Hà"; "Hồ Anh" before "Hô Bình")."""
    letters = _letters(text)
    return (
        tuple(_primary(letter) for letter, _, _ in letters),
        tuple(tone for _, tone, _ in letters),
        tuple(int(upper) for _, _, upper in letters),
    )


def person_key(full_name: str) -> tuple[Key, Key]:
    """The key sorting a person's full name as Vietnamese lists of people do: by the given
    name (the last word) first, then the family and middle names, each in dictionary order
    ("Trần Văn An" before "Nguyễn Thị Bình"; "Phạm Văn Dũng" before "Lê Văn Đức")."""
    words = full_name.split()
    given = words[-1] if words else ""
    return vietnamese_key(given), vietnamese_key(" ".join(words[:-1]))
