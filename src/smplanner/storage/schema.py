"""Apply the plan's migrations (storage/migrations/) through sqlite-utils.

The schema version of a file is the number of steps applied to it, mirrored in
PRAGMA user_version so that it can be read without sqlite-utils. Each feature is its
own sqlite-utils migration set, applied in the order of migrations.FEATURES.

Importing this module imports sqlite-utils (and numpy through it): only the code
that migrates or creates a plan needs it, not the start-up path.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smplanner.storage.migrations import feature_steps


def _migration_sets() -> list[Migrations]:
    sets = []
    for feature, steps in feature_steps():
        migrations = Migrations(f"smplanner.{feature}")
        for name, function in steps:
            migrations(name=name)(function)
        sets.append(migrations)
    return sets


def migrate(db: Database, *, stop_after: int | None = None) -> int:
    """Apply pending steps, each in its own transaction; return the new version.

    ``stop_after`` applies only the first N steps overall (tests build older files).
    """
    applied = 0
    for migrations in _migration_sets():
        for step in migrations.pending(db):
            if stop_after is not None and applied_count(db) >= stop_after:
                break
            migrations.apply(db, stop_before=_next_after(migrations, step.name))
        applied = applied_count(db)
    db.execute(f"PRAGMA user_version = {applied:d}")
    return applied


def _next_after(migrations: Migrations, name: str) -> str | None:
    names = [m.name for m in migrations._migrations]
    index = names.index(name)
    return names[index + 1] if index + 1 < len(names) else None


def applied_count(db: Database) -> int:
    if not db.table("_sqlite_migrations").exists():
        return 0
    return int(db.table("_sqlite_migrations").count)


def applied_step_names(db: Database) -> list[str]:
    if not db.table("_sqlite_migrations").exists():
        return []
    return [f"{row['migration_set']}:{row['name']}" for row in db.table("_sqlite_migrations").rows]
