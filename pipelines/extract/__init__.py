"""Cleaned article text + curated lexicons -> rows of the release tables (pure functions)."""
