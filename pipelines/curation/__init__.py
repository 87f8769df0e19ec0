"""Curated extraction tables in ``raw/curation/``: loading, validation, overrides."""
