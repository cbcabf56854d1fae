"""The demo database generator: a realistic Vietnamese agency with up to millions of items."""

from evidence_app.services.demo.generator import build_demo

__all__ = [
    "build_demo",
]
