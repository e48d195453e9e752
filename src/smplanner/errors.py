"""The one base class of errors a person can act on (bad file, bad value, locked plan).

Anything derived from UserError is shown to the user as a message; anything else
is a programmer error: logged, reported once, and loud in tests.
"""


class UserError(Exception):
    """An error caused by input or circumstances, with a message that says what to do."""
