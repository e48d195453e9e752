"""What a plan holds, counted table by table (for `smplanner check` and tests)."""

from __future__ import annotations

from smplanner.storage.plan_file import PlanFile


def table_counts(plan: PlanFile) -> dict[str, int]:
    """Rows in each of the plan's own tables (not SQLite's nor the migration log)."""
    names = [
        row[0]
        for row in plan.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite~_%' ESCAPE '~' AND name NOT LIKE '~_%' ESCAPE '~' "
            "ORDER BY name"
        )
    ]
    return {
        name: int(plan.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }
