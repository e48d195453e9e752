"""Entry script of the frozen build (PyInstaller needs a file, not a `module:function`)."""

import sys

from smplanner.__main__ import main

sys.exit(main())
