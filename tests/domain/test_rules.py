"""The legal rules table: every rule cites its article and reads in both languages."""

from __future__ import annotations

import pytest

from evidence_app.domain.rules import RULES, Rule, Unit, rule, value


@pytest.mark.parametrize("entry", RULES, ids=[r.key for r in RULES])
def test_every_rule_has_an_article_and_both_texts(entry: Rule) -> None:
    assert entry.article.strip()
    assert entry.text_vi.strip() and entry.text_en.strip()
    assert entry.text_vi != entry.text_en
    assert isinstance(entry.unit, Unit)
    assert entry.value > 0
    assert rule(entry.key) is entry


def test_rule_keys_are_unique() -> None:
    keys = [r.key for r in RULES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("key", "expected", "unit", "article_part"),
    [
        ("destruction.deadline_days", 20, Unit.DAYS, "Điều 40.1"),
        ("destruction.council_min_members", 3, Unit.COUNT, "Điều 40.1"),
        ("security.lockout_attempts", 5, Unit.COUNT, ""),
        ("handover.copies", 4, Unit.COUNT, "Điều 37.2"),
        ("stocktake.period_months", 6, Unit.MONTHS, "Điều 38"),
        ("backlog.no_judgment_years", 5, Unit.YEARS, "Điều 38.3"),
        ("confiscated_cash.to_budget_days", 7, Unit.DAYS, "Điều 39.4"),
        ("unclaimed_cash.savings_multiple", 2, Unit.MULTIPLE, "Điều 41.2"),
        ("valuation.notify_working_days", 3, Unit.WORKING_DAYS, "Điều 60"),
        ("valuation.price_council_min_members", 3, Unit.COUNT, "Điều 60"),
        ("sale.gold_dealer_days", 10, Unit.DAYS, "Điều 61"),
        ("auction.posting_movable_working_days", 7, Unit.WORKING_DAYS, ""),
        ("auction.posting_real_property_days", 15, Unit.DAYS, "Điều 35.1.b"),
        ("auction.max_reduction_percent", 10, Unit.PERCENT, ""),
        ("auction.creditor_option_after_reductions", 2, Unit.COUNT, "Điều 65.6"),
        ("valuation.max_revaluations", 1, Unit.COUNT, "Điều 60.6"),
        ("sale.notice_working_days", 1, Unit.WORKING_DAYS, "Điều 64.2"),
        ("sale.handover_working_days", 3, Unit.WORKING_DAYS, "Điều 67.1.b"),
        ("auction.payment_days", 30, Unit.DAYS, "Điều 65.1"),
        ("auction.payment_days_by_agreement", 60, Unit.DAYS, "Điều 65.1"),
        ("auction.handover_days", 60, Unit.DAYS, "Điều 67.1"),
    ],
)
def test_documented_deadlines_and_thresholds(
    key: str, expected: int, unit: Unit, article_part: str
) -> None:
    assert value(key) == expected
    assert rule(key).unit is unit
    assert article_part in rule(key).article


def test_decree_rules_cite_decree_152() -> None:
    for key in ("destruction.deadline_days", "destruction.council_min_members", "handover.copies"):
        assert rule(key).article.startswith("Nghị định 152/2026/NĐ-CP")


def test_only_agency_policy_values_are_configurable() -> None:
    configurable = {r.key for r in RULES if r.configurable}
    assert configurable == {
        "sale.low_value_wage_multiple",
        "auction.max_reduction_percent",
        "region.minimum_wage_vnd",
        "region.zone",
        "enforcement.target_cases_percent",
        "enforcement.target_money_percent",
    }


def test_an_unknown_rule_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        rule("no.such.rule")
