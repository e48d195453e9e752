"""Constants needed to recognise a plan without importing sqlite-utils (start-up path)."""

from smplanner.storage.migrations import step_count

# "SMPL" in ASCII: PRAGMA application_id marks a SQLite file as a smplanner plan.
APPLICATION_ID = 0x534D504C

# The schema version this smplanner writes: the number of migration steps it knows.
SCHEMA_VERSION = step_count()

PLAN_SUFFIX = ".smplan"
