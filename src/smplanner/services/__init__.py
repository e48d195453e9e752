"""Use cases: each user change runs here in one transaction and returns what changed."""
