"""When an account was last refreshed online, in words: "3 days ago", "today at 14:05"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def last_refresh_text(stamp: str | None, now: datetime | None = None) -> str:
    """The stored ISO time of the last refresh, relative to ``now`` (local time)."""
    if not stamp:
        return QCoreApplication.translate("RefreshAge", "never")
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    now = (now or datetime.now().astimezone()).astimezone()
    when = when.astimezone(now.tzinfo) if when.tzinfo else when.replace(tzinfo=now.tzinfo)
    days = (now.date() - when.date()).days
    locale = QLocale()
    clock = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    if days <= 0:
        return QCoreApplication.translate("RefreshAge", "today at {time}").format(time=clock)
    if days == 1:
        return QCoreApplication.translate("RefreshAge", "yesterday at {time}").format(time=clock)
    if days < 60:
        return QCoreApplication.translate("RefreshAge", "{days} days ago").format(days=days)
    day = locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("RefreshAge", "on {date}").format(date=day)
