"""The demo database generator: a realistic Vietnamese agency with up to millions of items."""

from evidence_app.services.demo.atomic import build_demo_database
from evidence_app.services.demo.generator import build_demo
from evidence_app.services.demo.mark import DEMO_MARK, is_demo

__all__ = [
    "DEMO_MARK",
    "build_demo",
    "build_demo_database",
    "is_demo",
]
