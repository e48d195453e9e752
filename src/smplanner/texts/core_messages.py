"""Messages of the Qt-free core in the interface language (see smplanner/messages.py).

``error_text(error)`` is what the CLI or a dialog shows for a UserError: its Message
with the template (and every nested one) translated in the "CoreMessage" context,
numbers and dates in the interface's locale. The templates reach lupdate through the
generated ui/core_messages/catalogue.py. The window's ui/core_messages adds the
workshop's own refusals on top.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from smplanner.messages import Message


def translate(template: str) -> str:
    """The French (or other UI language) template; the English one if not translated."""
    return QCoreApplication.translate("CoreMessage", template)


def locale_value(value: object) -> str:
    """A value in the interface's locale: 12 400, 3,5, 26/11/2026, 14:30."""
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        if value.is_integer():
            return locale.toString(int(value))
        return locale.toString(value, "g", 12)
    short = QLocale.FormatType.ShortFormat
    if isinstance(value, datetime):
        day = QDate(value.year, value.month, value.day)
        clock = QTime(value.hour, value.minute)
        return f"{locale.toString(day, short)} {locale.toString(clock, short)}"
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), short)
    if isinstance(value, time):
        return locale.toString(QTime(value.hour, value.minute), short)
    return str(value)


def message_text(message: Message | str) -> str:
    """A core message in the interface language (a plain string is shown as it is)."""
    if isinstance(message, Message):
        return message.render(translate, locale_value)
    return message


def error_text(error: BaseException) -> str:
    """What to show a person for an error from the core, in the interface language."""
    user_message = getattr(error, "user_message", None)
    if isinstance(user_message, Message):
        return message_text(user_message)
    return str(error)
