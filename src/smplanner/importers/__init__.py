"""One module per platform export, each turning a file into normalized rows (no Qt)."""
