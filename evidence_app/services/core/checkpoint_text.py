"""A checkpoint, and the result of checking one, in the user's words: the one place the
command line and the desktop turn them into text (issue 16)."""

from __future__ import annotations

from datetime import datetime

from evidence_app.domain.clock import agency_time
from evidence_app.domain.messages import text
from evidence_app.services.core.checkpoint_dto import CheckpointCheck


def when(taken_at: str) -> str:
    """The signed moment (ISO, UTC) as the agency's wall clock shows it: 16:25 05/12/2026."""
    try:
        moment = datetime.fromisoformat(taken_at)
    except ValueError:
        return taken_at
    return f"{agency_time(moment):%H:%M %d/%m/%Y}"


def check_lines(result: CheckpointCheck, lang: str) -> list[tuple[str, bool]]:
    """The result line by line, each with whether it reports a failure."""
    file = result.file
    where = {"id": file.id, "taken_at": when(file.taken_at)}
    if result.problem is not None:
        return [(text(result.problem, lang, fingerprint=file.fingerprint, **where), True)]
    lines = []
    if result.admin_rewritten:
        lines.append((text("checkpoint.admin_rewritten", lang, **where), True))
    if result.rewritten_count:
        codes = ", ".join(result.rewritten_codes)
        if result.rewritten_count > len(result.rewritten_codes):
            codes += ", …"
        line = text("checkpoint.rewritten", lang, count=result.rewritten_count, codes=codes,
                    **where)  # fmt: skip
        lines.append((line, True))
    if not lines:
        seconds = f"{result.seconds:.1f}"
        ok = text("checkpoint.ok", lang, items=result.items_checked,
                  fingerprint=file.fingerprint, seconds=seconds, **where)  # fmt: skip
        lines.append((ok, False))
    return lines
