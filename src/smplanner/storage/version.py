"""Constants needed to recognise a plan without importing sqlite-utils (start-up path)."""

# "SMPL" in ASCII: PRAGMA application_id marks a SQLite file as a smplanner plan.
APPLICATION_ID = 0x534D504C

# Number of steps in storage/schema.py; a test keeps the two in step.
SCHEMA_VERSION = 2

PLAN_SUFFIX = ".smplan"
