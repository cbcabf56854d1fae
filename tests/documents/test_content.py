"""The content's canonical JSON: stable text, so the verification code is stable."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal

from evidence_app.documents.content import DocumentLine, with_number
from tests.documents import samples


def test_json_is_sorted_compact_with_iso_dates_and_decimal_strings() -> None:
    text = samples.minutes().to_json()
    assert text == json.dumps(
        json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    data = json.loads(text)
    assert data["kind"] == "handover_minutes"
    content = data["content"]
    assert content["header"]["issued_on"] == "2026-03-05"
    assert content["received_at"] == "2026-03-05T09:30:00+00:00"
    assert content["lines"][2]["recorded_quantity"] == "4"
    assert "Điện thoại Samsung Galaxy A52" in text  # kept as UTF-8, not \\u escapes


def test_decimal_scale_is_kept_as_written() -> None:
    line = DocumentLine("VC-2026-000001", "Vàng", "g", Decimal("12.500"))
    assert '"quantity":"12.500"' in samples.canonical(line)


def test_equal_content_has_equal_code_and_any_change_changes_it() -> None:
    first, again = samples.minutes(), samples.minutes()
    assert first is not again and first.verification_code() == again.verification_code()
    assert first.verification_code() == hashlib.sha256(first.to_json().encode()).hexdigest()
    renumbered = with_number(first, "16/BB-THADS")
    assert renumbered.header.number == "16/BB-THADS"
    assert renumbered.verification_code() != first.verification_code()


def test_kinds_of_equal_fields_still_differ() -> None:
    assert samples.order().to_json() != samples.slip().to_json()
    assert json.loads(samples.card().to_json())["content"]["entries"][0]["on"] == str(
        date(2026, 3, 5)
    )
