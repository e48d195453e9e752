"""What went wrong with an export, said so that a person can fix it."""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.errors import UserError


@dataclass(frozen=True)
class RowProblem:
    """A bad cell or row: which file, row (as numbered in a spreadsheet) and column."""

    source: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.source
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


class ImportFileError(UserError):
    """A whole file cannot be imported (not an export, empty, truncated, unreadable)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class ImportRefusedError(UserError):
    """Some rows are bad and the user did not choose to skip them: nothing imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        shown = "\n".join(str(problem) for problem in problems[:10])
        more = f"\n… and {len(problems) - 10} more." if len(problems) > 10 else ""
        super().__init__(
            f"Nothing was imported: {len(problems)} row(s) have problems.\n{shown}{more}\n"
            "Correct the file, or import again choosing to skip the bad rows."
        )
        self.problems = problems
