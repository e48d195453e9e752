"""Qt widgets, item models, undo commands and dialogs: the only layer that knows widgets."""
