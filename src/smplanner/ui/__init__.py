"""Qt widgets, item models, undo commands and dialogs: the only layer that knows widgets."""

from smplanner.ui.pyside_feature_scan import skip_source_scan

# Before any view module is imported: each would otherwise have its source read once
# more by PySide6 (ui/pyside_feature_scan.py).
skip_source_scan()
