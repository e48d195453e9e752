"""What went wrong with an export, said so that a person can fix it.

Messages are smplanner.messages.Message (English template + values) so that the
window shows them in its language; str() is the English text the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.errors import UserError
from smplanner.messages import Joined, Message, reason_of


@dataclass(frozen=True)
class RowProblem:
    """A bad cell or row: which file, row (as numbered in a spreadsheet) and column."""

    source: str
    row: int | None
    column: str | None
    message: str  # a Message (translatable) from the importers

    def as_message(self) -> Message:
        """The problem with where it is, translatable."""
        problem = self.message
        if self.row is not None and self.column:
            return Message(
                '{source}, row {row}, column "{column}": {problem}',
                source=self.source,
                row=self.row,
                column=self.column,
                problem=problem,
            )
        if self.row is not None:
            return Message(
                "{source}, row {row}: {problem}", source=self.source, row=self.row, problem=problem
            )
        if self.column:
            return Message(
                '{source}, column "{column}": {problem}',
                source=self.source,
                column=self.column,
                problem=problem,
            )
        return Message("{source}: {problem}", source=self.source, problem=problem)

    def __str__(self) -> str:
        return str(self.as_message())


def number_expected(error: ValueError) -> Message:
    """A cell reader's reason (ValueError) for a cell that should hold a number."""
    return Message("{problem}; a number is expected here.", problem=reason_of(error))


def duration_expected(error: ValueError) -> Message:
    """A cell reader's reason (ValueError) for a cell that should hold a duration."""
    return Message("{problem}; a duration is expected.", problem=reason_of(error))


def date_expected(error: ValueError) -> Message:
    """A cell reader's reason (ValueError) for a cell that should hold a date."""
    return Message("{problem}; a date is expected.", problem=reason_of(error))


class ImportFileError(UserError):
    """A whole file cannot be imported (not an export, empty, truncated, unreadable)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(Message("{source}: {problem}", source=source, problem=message))
        self.source = source
        self.reason = message


class ImportRefusedError(UserError):
    """Some rows are bad and the user did not choose to skip them: nothing imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        shown: list[object] = [problem.as_message() for problem in problems[:10]]
        if len(problems) > 10:
            shown.append(Message("… and {count} more.", count=len(problems) - 10))
        super().__init__(
            Message(
                "Nothing was imported: {count} row(s) have problems.\n{problems}\n"
                "Correct the file, or import again choosing to skip the bad rows.",
                count=len(problems),
                problems=Joined(shown, "\n"),
            )
        )
        self.problems = problems
