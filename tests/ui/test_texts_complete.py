"""Every text a screen can show exists in both languages: enum names, the keys the screens ask
for, the deadline names the core hands out. A missing entry fails here, never on a user's screen
(``tr`` shows the key and logs it; the tests run with ``strings.STRICT``)."""

from __future__ import annotations

import ast
import inspect
import re
from enum import Enum
from pathlib import Path

import pytest

from evidence_app.domain import enums
from evidence_app.domain.enums import SealState
from evidence_app.domain.labels import LABELS
from evidence_app.domain.messages import MESSAGES
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import Unit as RuleUnit
from ui import strings
from ui.documents.label_print_dialog import SIZES
from ui.shell.scanner import STATE_OFF, STATE_READY, STATE_RECEIVING
from ui.strings import LANGUAGES, STRINGS, tr

ROOT = Path(__file__).resolve().parents[2]
ENUMS = [
    cls
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, Enum) and cls.__module__ == enums.__name__
] + [Permission]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_member_has_a_name_in_both_languages(enum: type[Enum]) -> None:
    for member in enum:
        names = LABELS.get((enum, member.value))
        assert names is not None, f"{enum.__name__}.{member.name} has no name"
        assert all(n.strip() and n != member.value for n in names), (member, names)


def _tr_calls() -> list[tuple[Path, int, ast.expr]]:
    calls = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                calls.append((path, node.lineno, node.args[0]))
    return calls


def test_every_key_a_screen_asks_for_by_name_exists() -> None:
    calls = _tr_calls()
    literal = [(p, n, a.value) for p, n, a in calls if isinstance(a, ast.Constant)]
    assert len(literal) > 500  # the scan found the screens' calls
    missing = [f"{p.relative_to(ROOT)}:{n} {key}" for p, n, key in literal if key not in STRINGS]
    assert not missing, missing


def test_every_key_built_from_a_value_has_a_text_for_every_value() -> None:
    """The keys a screen puts together from an enum or a fixed set of values."""
    families = {
        "intake.seal.{}": [s.value for s in SealState],
        "calendar.unit_{}": [u.value for u in RuleUnit],
        "labels.size.{}": list(SIZES),
        "language.{}": list(LANGUAGES),
        "scan.state.{}": [STATE_OFF, STATE_READY, STATE_RECEIVING],
    }
    for family, values in families.items():
        for value in values:
            assert family.format(value) in STRINGS, family.format(value)
    # Every other key built at run time is from a fixed tuple the screen tests walk through.
    built = {ast.unparse(a) for _, _, a in _tr_calls() if isinstance(a, ast.JoinedStr)}
    assert built, "the scan found no keys built from values"


def test_every_deadline_the_core_hands_out_has_a_name() -> None:
    kinds = set()
    for path in (ROOT / "evidence_app").rglob("*.py"):
        kinds |= set(re.findall(r'"(deadline\.[a-z_]+)"', path.read_text()))
    assert len(kinds) >= 11  # the scan found the sources
    for kind in sorted(kinds):
        vi, en = MESSAGES[kind]
        assert vi.strip() and en.strip() and vi != kind


def test_a_missing_text_shows_its_key_and_never_stops_the_screen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(strings, "STRICT", False)
    assert tr("no.such.key") == "no.such.key"
    assert tr("main.hits", total=3) == "main.hits"  # its {count} not given
    monkeypatch.setattr(strings, "STRICT", True)
    with pytest.raises(KeyError):
        tr("no.such.key")
