"""The Qt binding itself must survive a working day of signals."""

from __future__ import annotations

import subprocess
import sys

#: PySide6 6.12.0 lowered True's reference count on every Signal.emit: a few hundred emits
#: later Python aborts ("bool_dealloc"). pyproject.toml keeps that release out.
EMITS = """
import sys
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(int)

source = Source()
source.changed.connect(lambda value: None)
before = sys.getrefcount(True)
for value in range(5000):
    source.changed.emit(value)
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    done = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 50
