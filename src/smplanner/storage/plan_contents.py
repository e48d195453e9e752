"""What a plan holds, counted table by table (for `smplanner check` and tests)."""

from __future__ import annotations

from smplanner.storage.plan_file import PlanFile


def table_counts(plan: PlanFile) -> dict[str, int]:
    """Rows in each of the plan's own tables (not SQLite's, the migration log's nor
    a full-text index's)."""
    rows = plan.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite~_%' ESCAPE '~' AND name NOT LIKE '~_%' ESCAPE '~' "
        "ORDER BY name"
    ).fetchall()
    # Nor full-text indexes (virtual tables and their shadow tables): derived data.
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    names = [
        name
        for name, _sql in rows
        if name not in virtual and not any(name.startswith(v + "_") for v in virtual)
    ]
    return {
        name: int(plan.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }
