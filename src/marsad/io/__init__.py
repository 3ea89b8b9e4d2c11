"""Reading reports (files, JSONL, HTML) with clear errors, and writing events (JSONL, ACLED CSV)."""
