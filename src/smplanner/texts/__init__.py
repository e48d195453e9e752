"""Texts in the interface language, shared by the window and the command line.

Qt's translators (translators.py), the core's Messages rendered in the interface's
language and locale (core_messages.py), and the Qt translation texts that both the
window and `smplanner check` show: the workshop's labels and findings
(strategy_labels.py, finding_texts.py), the calendar's warnings (warning_texts.py),
money, numbers and dates in the locale's format. QtCore only: no widget (tests check it).
Their strings are the "texts" area of the translations (tools/i18n.py).
"""
