"""Raw article files -> the cleaned ``articles`` table (pure functions, no Dagster)."""
