from __future__ import annotations

import re

import pytest

from ui import strings
from ui.strings import STRINGS, set_language, tr


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_text_has_vietnamese_and_english_with_the_same_placeholders(key: str) -> None:
    vi, en = STRINGS[key]
    assert vi.strip() and en.strip()
    assert set(re.findall(r"{(\w+)}", vi)) == set(re.findall(r"{(\w+)}", en))


def test_tr_follows_the_current_language() -> None:
    assert tr("col.code") == "Mã"
    set_language("en")
    assert strings.language() == "en"
    assert tr("main.hits", count=3) == "3 results"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        set_language("fr")
