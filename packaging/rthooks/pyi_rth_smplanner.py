"""PyInstaller runtime hook: runs in the frozen app before smplanner is imported.

pyqtgraph picks its Qt binding at import time; pin it to PySide6 so it never probes for
PyQt (absent from the bundle) and always shares PySide6's QApplication. Forced, not
defaulted: a PYQTGRAPH_QT_LIB=PyQt5 left in the user's environment would otherwise make
the frozen app fail. Only an environment variable is set here: importing Qt now would
slow down the CLI commands.
"""

import os

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
