"""Composition root: with a command, run it headless; without one, open the desktop application."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from evidence_app.cli import COMMANDS, run_cli

    if args and args[0] in COMMANDS:
        return run_cli(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
