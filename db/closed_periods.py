"""Insert triggers that keep a closed statistics period closed (issue 19, migration 0022).

Once the head closes a statistics period (``statistics_closing``), no outcome, payment or
change of a case dated inside it can be inserted, and no record dated inside it can be
accepted: the services refuse it first (evidence_app/services/outcomes/history.py), these
triggers refuse it for any connection, so plain SQL cannot reopen a reported period (joint
Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9: reported figures are not revised).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = (
    "kỳ thống kê đã khóa sổ, không được ghi thêm / "
    "the statistics period is closed: nothing dated inside it can be written"
)

_CLOSED = (
    "EXISTS (SELECT 1 FROM statistics_closing s "
    "WHERE {day} BETWEEN s.period_start AND s.period_end)"
)

_CONFIRMED = (
    "NEW.accepted AND ("
    + _CLOSED.format(day="(SELECT o.effective_on FROM case_outcome o WHERE o.id = NEW.outcome_id)")
    + " OR "
    + _CLOSED.format(day="(SELECT p.paid_on FROM case_payment p WHERE p.id = NEW.payment_id)")
    + "{change})"
)
#: Since migration 0027 the head confirms corrections too (``case_confirmation.change_id``).
_CHANGE = " OR " + _CLOSED.format(
    day="(SELECT c.effective_on FROM case_change c WHERE c.id = NEW.change_id)"
)

#: table -> the condition, on NEW, that the row falls in a closed period.
_GUARDS: dict[str, str] = {
    "case_outcome": _CLOSED.format(day="NEW.effective_on"),
    "case_payment": _CLOSED.format(day="NEW.paid_on"),
    "case_change": _CLOSED.format(day="NEW.effective_on"),
    "case_confirmation": _CONFIRMED.format(change=_CHANGE),
}
#: The guards as migration 0022 made them, before corrections were confirmed.
_GUARDS_0022 = {**_GUARDS, "case_confirmation": _CONFIRMED.format(change="")}

_PG_FUNCTION = "refuse_closed_period_{table}"


def create_guards(conn: Connection, *, confirm_changes: bool = True) -> None:
    """The triggers; ``confirm_changes=False`` as before migration 0027 (no change_id)."""
    guards = _GUARDS if confirm_changes else _GUARDS_0022
    for table, condition in guards.items():
        name = f"{table}_closed_period"
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN {condition} "
                    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE} ({table})'); END"
                )
            )
            continue
        function = _PG_FUNCTION.format(table=table)
        conn.execute(
            text(
                f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n  IF {condition} THEN\n"
                f"    RAISE EXCEPTION '{MESSAGE} (%)', TG_TABLE_NAME "
                f"USING ERRCODE = 'restrict_violation';\n  END IF;\n  RETURN NEW;\nEND\n$$"
            )
        )
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER {name} BEFORE INSERT ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
        )


def drop_guards(conn: Connection) -> None:
    for table in _GUARDS:
        name = f"{table}_closed_period"
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            conn.execute(text(f"DROP FUNCTION IF EXISTS {_PG_FUNCTION.format(table=table)}()"))
