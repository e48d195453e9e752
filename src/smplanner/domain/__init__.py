"""Plain-Python rules and value objects: no Qt, no SQL."""
