"""Spare PySide6's source scan of every module imported after it.

For its ``from __feature__ import …`` switches (snake_case, true_property), PySide6
asks of each module imported once it is loaded whether that module uses PySide6,
by reading and tokenizing the module's source (``inspect.getsource``, PYSIDE-2029).
The window imports some 120 modules before its first frame: the scan cost ~9 ms of
start-up, so ``__main__`` answers it before importing the window. smplanner uses no
feature; answering "uses PySide6" for every module is what the scan answers for ours
anyway, and for the others only lets a feature switch also reach them, which never
happens here.
"""

from __future__ import annotations

import sys


def skip_source_scan() -> bool:
    """Answer the scan without reading sources; False if this PySide6 has no such scan."""
    import PySide6  # noqa: F401  (loads the feature module)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = _uses_pyside  # PySide6 internals: no stub for it
    return True


def _uses_pyside(module: object) -> bool:
    return True
