"""A read-only summary of a plan file, for `smplanner check` and the About box."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage import plan_file
from smplanner.storage.plan_contents import table_counts
from smplanner.storage.plan_file import PlanFile, connect_read_only, inspect_plan
from smplanner.storage.plan_properties_repo import read_properties
from smplanner.storage.schema_audit import SchemaProblem, schema_problems
from smplanner.storage.version import SCHEMA_VERSION


@dataclass(frozen=True)
class PlanSummary:
    path: Path
    properties: PlanProperties
    schema_version: int
    counts: dict[str, int]
    size_bytes: int
    # What differs from the schema smplanner makes (storage/schema_audit.py).
    problems: tuple[SchemaProblem, ...] = ()

    def lines(self) -> list[str]:
        status = (
            "current"
            if self.schema_version == SCHEMA_VERSION
            else f"older, will be updated to {SCHEMA_VERSION} when opened for editing"
        )
        schema = f"{len(self.problems)} problem(s)" if self.problems else "as smplanner makes it"
        out = [
            f"Plan:           {self.path}",
            f"Client:         {self.properties.client_name}",
            f"Sector:         {self.properties.sector or '-'}",
            f"Time zone:      {self.properties.timezone}",
            f"Language:       {self.properties.language}",
            f"Format version: {self.schema_version} ({status})",
            f"Size:           {self.size_bytes} bytes",
            "Integrity:      ok",
            "Schema:         " + schema,
        ]
        out += [f"  - {problem.english()}" for problem in self.problems]
        for table, count in sorted(self.counts.items()):
            out.append(f"  {table:<20} {count} rows")
        return out


def summarise(path: Path) -> PlanSummary:
    """Validate ``path`` read-only (no lock, no migration) and count its records.

    Reads every page (the full integrity check: what ``smplanner check`` is for).
    Raises a PlanFileError subclass with a one-line reason when the file is unsound.
    """
    facts = inspect_plan(path, full=False)
    with PlanFile(
        facts.path, connect_read_only(facts.path), lock=None, read_only_reason="checking"
    ) as plan:
        plan_file.full_integrity_check(plan.conn, facts.path)
        # An older format is compared after its migration, when opened for editing.
        problems = schema_problems(plan.conn) if facts.schema_version == SCHEMA_VERSION else []
        properties = read_properties(plan)
        counts = table_counts(plan)
    return PlanSummary(
        path=facts.path,
        properties=properties,
        schema_version=facts.schema_version,
        counts=counts,
        size_bytes=facts.size_bytes,
        problems=tuple(problems),
    )
