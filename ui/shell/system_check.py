"""Qt's own system libraries, checked before Qt loads them: a missing one would otherwise abort
the start with Qt's cryptic "could not load the Qt platform plugin" message.

Linux only; Windows and macOS wheels carry what they need.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

#: Every platform plugin (offscreen included) loads these: library name → Debian package.
BASE = {
    "xkbcommon": "libxkbcommon0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
#: The X11 plugin (xcb), the one an ordinary Linux desktop uses, needs these too.
XCB = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def platform_plugin(env: Mapping[str, str]) -> str:
    """The plugin Qt will load: the one asked for, else Wayland in a Wayland session, else X11."""
    asked = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if asked:
        return asked
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def missing_packages(
    env: Mapping[str, str] = os.environ,
    find: Callable[[str], str | None] = ctypes.util.find_library,
    platform: str = sys.platform,
) -> list[str]:
    """The Debian packages to install before Qt can start here; empty when nothing is missing."""
    if not platform.startswith("linux"):
        return []
    needed = dict(BASE)
    if platform_plugin(env) == "xcb":
        needed.update(XCB)
    return sorted({package for library, package in needed.items() if find(library) is None})
