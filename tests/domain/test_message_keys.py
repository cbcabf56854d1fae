"""Each message key is defined once: ``messages.py`` merges the modules with ``update``, so a
key defined twice silently takes the later module's text (``field.paid_on`` once read "ngày
thu tiền" on an auction's payment)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import evidence_app.domain as domain

DOMAIN = Path(domain.__file__).parent


def _keys(path: Path) -> list[str]:
    """The string keys of every dict literal assigned at module level in ``path``."""
    found: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.value if isinstance(node, ast.AnnAssign | ast.Assign) else None
        if isinstance(target, ast.Dict):
            found += [k.value for k in target.keys if isinstance(k, ast.Constant)]
    return found


def test_no_message_key_is_defined_in_two_modules() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    modules = sorted(DOMAIN.glob("*messages.py"))
    assert len(modules) > 10
    for path in modules:
        for key in _keys(path):
            where[key].append(path.name)
    twice = {key: files for key, files in where.items() if len(files) > 1}
    assert twice == {}


def test_the_two_payment_days_read_as_their_own() -> None:
    from evidence_app.domain.messages import MESSAGES

    assert MESSAGES["field.paid_on"][0] == "ngày nộp tiền"
    assert MESSAGES["field.collected_on"][0] == "ngày thu tiền"
