"""The contract's enumerations, read from the table definitions in ``schemas/tables/``.

Curation tables and extraction rules use these so that a value allowed in a curated table is
always allowed in the release.
"""

from __future__ import annotations

from schemas.metadata import load_tables

# enumeration name -> (table, column) in the release contract
_SOURCES = {
    "unit": ("indicators", "unit"),
    "comparator": ("indicators", "comparator"),
    "theme": ("objectives", "theme"),
    "objective_kind": ("objectives", "kind"),
    "body_type": ("bodies", "body_type"),
    "role": ("assignments", "role"),
    "doc_type": ("documents", "doc_type"),
    "issuer": ("documents", "issuer"),
}


def _load() -> dict[str, tuple[str, ...]]:
    # Through schemas.metadata, which resolves shared fields (`use:`) and checks the YAML.
    tables = load_tables()
    return {name: tables[table].field(column).enum for name, (table, column) in _SOURCES.items()}


ENUMS: dict[str, tuple[str, ...]] = _load()
