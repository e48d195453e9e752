"""Texts in the interface language, shared by the window and the command line.

Qt's translators (translators.py) and the core's Messages rendered in the interface's
language and locale (core_messages.py). QtCore only: no widget (tests check it).
"""
