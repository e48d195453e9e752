"""The one base class of errors a person can act on (bad file, bad value, locked plan).

Anything derived from UserError is shown to the user as a message; anything else
is a programmer error: logged, reported once, and loud in tests.

Raise it with a ``smplanner.messages.Message`` (an English template plus values) so
that the window can show it in the interface language; str() stays the English text
for the CLI. A plain string still works but is shown untranslated.
"""

from __future__ import annotations

from smplanner.messages import Message


class UserError(Exception):
    """An error caused by input or circumstances, with a message that says what to do."""

    # The translatable form of the message, when the error was raised with one.
    user_message: Message | None = None

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], Message):
            self.user_message = args[0]
            args = (str(args[0]), *args[1:])
        super().__init__(*args)
