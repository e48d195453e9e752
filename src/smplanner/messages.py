"""Messages for people that the interface can translate: an English template plus values.

How a message from the core (no Qt) reaches the French window:

1. The core builds ``Message("{source}: the file is empty.", source=name)`` with a
   *literal* English template and {named} values (numbers, dates, file names, or other
   Messages for a phrase inside a phrase) and raises a UserError with it:
   ``raise SomeError(Message(...))``. ``str(error)`` is the English sentence, which is
   what the CLI prints and what logs show.
2. ``python tools/i18n.py update`` lists every template once in the generated
   ``ui/core_messages/catalogue.py`` (QT_TRANSLATE_NOOP("CoreMessage", ...)) so that
   lupdate extracts it; the French is written in
   ``resources/translations/core_messages_fr.ts`` (``tools/i18n.py fill``).
3. The UI shows ``error_text(error)`` / ``message_text(message)`` from
   ``smplanner.ui.core_messages``: it translates the template and every nested
   Message, and formats numbers and dates for the interface's locale.
4. ``tests/ui/core_messages/test_core_messages_catalogue.py`` fails when a template in the core is
   not a literal or not in the catalogue, and tests/app/test_translations.py while the
   catalogue is stale or a template has no French.

Values that are identifiers (post ids, network ids, file names) are passed as str so
that no locale touches them; counts and amounts as int/float; days as date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

Translate = Callable[[str], str]
FormatValue = Callable[[object], str]


class Message(str):
    """An English ``template`` with {named} ``values``.

    It *is* the English text (a str subclass), so code and tests that handle plain
    messages keep working; the UI recognises it and renders it again translated.
    """

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, **values: object) -> Message:
        english = template.format(
            **{key: _value_text(value, None, english_value) for key, value in values.items()}
        )
        message = super().__new__(cls, english)
        message.template = template
        message.values = values
        return message

    def render(
        self, translate: Translate | None = None, format_value: FormatValue | None = None
    ) -> str:
        """The text, with ``translate`` applied to this and every nested template and
        ``format_value`` to every plain value (English defaults when None)."""
        template = translate(self.template) if translate else self.template
        texts = {
            key: _value_text(value, translate, format_value or english_value)
            for key, value in self.values.items()
        }
        return template.format(**texts)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{dict(self.values)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.template, dict(self.values)))


def _rebuild(template: str, values: dict[str, object]) -> Message:
    return Message(template, **values)


class Joined:
    """Several values (often Messages) shown one after the other with ``separator``."""

    __slots__ = ("items", "separator")

    def __init__(self, items: Iterable[object], separator: str = "; ") -> None:
        self.items = tuple(items)
        self.separator = separator

    def __str__(self) -> str:
        return _value_text(self, None, english_value)


def _value_text(value: object, translate: Translate | None, format_value: FormatValue) -> str:
    if isinstance(value, Message):
        return value.render(translate, format_value) if translate else str(value)
    if isinstance(value, Joined):
        return value.separator.join(
            _value_text(item, translate, format_value) for item in value.items
        )
    return format_value(value)


def english_value(value: Any) -> str:
    """How the CLI shows a value: 3.5, 2026-03-31, 2026-03-31 18:30, 18:30."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def reason_of(error: BaseException) -> str:
    """The Message an exception was raised with (e.g. ValueError(Message(...))), or its
    plain text: so that a reason caught and passed on stays translatable."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
