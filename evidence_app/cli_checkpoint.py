"""The ``checkpoint`` command and ``verify --checkpoint``: a signed checkpoint of every chain
head taken to a file the head keeps, and checked against today's chains (issue 16)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import text
from evidence_app.files import write_output
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.checkpoint import take_checkpoint
from evidence_app.services.core.checkpoint_daily import take_daily_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointFile
from evidence_app.services.core.checkpoint_key import (
    default_key_path,
    load_key,
    public_bytes,
    resolve_key,
)
from evidence_app.services.core.checkpoint_text import check_lines, when
from evidence_app.services.facade import Services

EXIT_OK, EXIT_FAILED = 0, 1


def take(args: argparse.Namespace, services: Services) -> int:
    """Sign today's heads with the key (made on first use) and write the file; ``--daily``
    takes one only if the agency day has none (a scheduled task), exit 0 either way."""
    if not args.daily and not args.out:
        raise ValidationError("checkpoint.out_required")
    path = Path(args.key) if args.key else default_key_path()
    key, created = resolve_key(path)
    if created:
        print(text("checkpoint.key_created", args.lang, path=path), file=sys.stderr)
    if args.daily:
        view = take_daily_checkpoint(services.db, SYSTEM, key)
        if view is None:
            day = f"{agency_today():%d/%m/%Y}"
            print(text("checkpoint.daily_exists", args.lang, day=day))
            return EXIT_OK
    else:
        view = take_checkpoint(services.db, SYSTEM, args.reason, key)
    if args.out:
        write_output(args.out, view.file.to_json().encode())
    print(
        text("checkpoint.taken" if args.out else "checkpoint.taken_stored", args.lang,
             id=view.file.id, taken_at=when(view.file.taken_at), items=view.file.item_count,
             root=view.file.root, fingerprint=view.file.fingerprint, path=args.out,
             seconds=f"{view.seconds:.1f}")
    )  # fmt: skip
    return EXIT_OK


def verify_checkpoint(args: argparse.Namespace, services: Services) -> int:
    """After the chains: do today's chains extend the checkpointed ones?"""
    from evidence_app.services.core.checkpoint import check_checkpoint

    file = CheckpointFile.read(Path(args.checkpoint))
    trusted = public_bytes(load_key(Path(args.key))) if args.key else None
    result = check_checkpoint(services.db, SYSTEM, file, trusted)
    for line, failed in check_lines(result, args.lang):
        print(line, file=sys.stderr if failed else sys.stdout)
    return EXIT_OK if result.ok else EXIT_FAILED
