"""Entry script of the frozen build (PyInstaller needs a file, not a `module:function`).

SMPLANNER_FROZEN_SELFTEST=1 runs packaging/frozen_selftest.py instead of the app: the
packaged-build smoke test uses it to exercise what the window does not load at start.
"""

import os
import sys

if os.environ.get("SMPLANNER_FROZEN_SELFTEST") == "1" and getattr(sys, "frozen", False):
    from frozen_selftest import run

    sys.exit(run())

from smplanner.__main__ import main

sys.exit(main())
