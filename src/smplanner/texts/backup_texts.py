"""How a kept copy of a plan is named to a person (the Restore dialog and
`smplanner restore` say it the same way): when, in local time and the locale's format;
why, in the interface's language; how big."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from smplanner.storage.plan_backups import REASON_LABELS, Backup
from smplanner.texts.core_messages import locale_value, message_text


def made_when(backup: Backup) -> str:
    """When the copy was made, in local time: "03/12/2026 06:52"."""
    return locale_value(backup.made_at_datetime.astimezone())


def reason_text(backup: Backup) -> str:
    """What was about to happen: "avant un import"."""
    label = REASON_LABELS.get(backup.reason)
    return message_text(label) if label is not None else backup.reason


def size_text(size: int) -> str:
    """A size in the locale's units, never split from its number: "323,6\u00a0ko"."""
    text = QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    return text.replace(" ", "\u00a0")
