"""The plan file: one SQLite database per client, opened through sqlite-utils. No Qt."""
