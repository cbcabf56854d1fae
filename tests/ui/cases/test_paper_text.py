"""The head's queue names each record's paper, leaving out what a correction made on the
case form does not have (its own number and issuer)."""

from __future__ import annotations

from ui.cases.results_dialog import paper_text


def test_a_paper_reads_number_day_and_issuer() -> None:
    assert paper_text("07/QĐ-CCTHADS", "08/12/2026", "Phòng THADS khu vực 1") == (
        "07/QĐ-CCTHADS, 08/12/2026 – Phòng THADS khu vực 1"
    )


def test_a_correction_without_number_or_issuer_shows_its_day_alone() -> None:
    assert paper_text("", "08/12/2026", "") == "08/12/2026"
    assert paper_text("", "08/12/2026", "Cục THADS") == "08/12/2026 – Cục THADS"
