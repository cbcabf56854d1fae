"""What a password must be, in the manner of NIST SP 800-63B §5.1.1.2: long enough, not one of
the passwords attackers try first, not the user's own name, not one character repeated and no
plain run of digits or keys. No rules of composition (a mix of kinds is not asked for)."""

from __future__ import annotations

from evidence_app.domain.text import fold

MIN_LENGTH = 8
MAX_LENGTH = 1000

#: Passwords tried first by anyone guessing, Vietnamese habits included (a list, not a rule).
COMMON = frozenset(
    {
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111",
        "00000000", "88888888", "66666666", "12341234", "11223344", "123123123", "147258369",
        "password", "password1", "password123", "passw0rd", "qwerty123", "qwertyuiop",
        "1q2w3e4r", "1qaz2wsx", "abc12345", "abcd1234", "aa123456", "a1234567", "iloveyou",
        "admin123", "administrator", "welcome1", "letmein1", "sunshine", "princess",
        "football", "baseball", "superman", "trustno1", "matkhau", "matkhau1", "matkhau123",
        "matkhau@123", "anhyeuem", "emyeuanh", "vietnam1", "vietnam123", "hanoi123",
        "saigon123", "thihanhan", "thihanhan1", "khovatchung", "changeme", "zxcvbnm1",
        "asdfghjkl", "qazwsxedc", "123qweasd", "q1w2e3r4", "p@ssw0rd", "p@ssword",
    }
)  # fmt: skip
_RUNS = ("0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl")


def password_problem(password: str, username: str = "") -> str | None:
    """The message key of what is wrong with ``password`` for ``username``; None when fine."""
    if len(password) < MIN_LENGTH:
        return "validation.password_short"
    if len(password) > MAX_LENGTH:
        return "validation.password_long"
    forms = {password.lower(), fold(password).replace(" ", "")}
    for plain in forms:
        if plain in COMMON or len(set(plain)) <= 2 or any(plain in run for run in _RUNS):
            return "validation.password_common"
    name = fold(username).replace(" ", "")
    if len(name) >= 3 and any(name in plain for plain in forms):
        return "validation.password_has_name"
    return None
