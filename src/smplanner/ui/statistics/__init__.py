"""The Statistics tab: imports, KPI charts against objectives, posts, best hours."""
