"""The ``checkpoint`` command and ``verify --checkpoint``: a signed checkpoint of every chain
head taken to a file the head keeps, and checked against today's chains (issue 16)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from evidence_app.domain.clock import agency_time
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import text
from evidence_app.files import write_output
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.checkpoint import take_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointCheck, CheckpointFile
from evidence_app.services.core.checkpoint_key import (
    default_key_path,
    load_key,
    public_bytes,
    resolve_key,
)
from evidence_app.services.facade import Services

EXIT_OK, EXIT_FAILED = 0, 1


def take(args: argparse.Namespace, services: Services) -> int:
    """Sign today's heads with the key (made on first use) and write the file."""
    path = Path(args.key) if args.key else default_key_path()
    key, created = resolve_key(path)
    if created:
        print(text("checkpoint.key_created", args.lang, path=path), file=sys.stderr)
    view = take_checkpoint(services.db, SYSTEM, args.reason, key)
    write_output(args.out, view.file.to_json().encode())
    print(
        text("checkpoint.taken", args.lang, id=view.file.id, taken_at=_when(view.file.taken_at),
             items=view.file.item_count, root=view.file.root,
             fingerprint=view.file.fingerprint, path=args.out, seconds=f"{view.seconds:.1f}")
    )  # fmt: skip
    return EXIT_OK


def verify_checkpoint(args: argparse.Namespace, services: Services) -> int:
    """After the chains: do today's chains extend the checkpointed ones?"""
    from evidence_app.services.core.checkpoint import check_checkpoint

    try:
        data = Path(args.checkpoint).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError("checkpoint.file_invalid", path=args.checkpoint) from None
    file = CheckpointFile.from_json(data, args.checkpoint)
    trusted = public_bytes(load_key(Path(args.key))) if args.key else None
    result = check_checkpoint(services.db, SYSTEM, file, trusted)
    for line, failed in _lines(result, args.lang):
        print(line, file=sys.stderr if failed else sys.stdout)
    return EXIT_OK if result.ok else EXIT_FAILED


def _when(taken_at: str) -> str:
    """The signed moment (ISO, UTC) as the agency's wall clock shows it: 16:25 05/12/2026."""
    try:
        moment = datetime.fromisoformat(taken_at)
    except ValueError:
        return taken_at
    return f"{agency_time(moment):%H:%M %d/%m/%Y}"


def _lines(result: CheckpointCheck, lang: str) -> list[tuple[str, bool]]:
    file = result.file
    where = {"id": file.id, "taken_at": _when(file.taken_at)}
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
