"""Frictionless Data Package descriptor derived from the table metadata (CSV resources)."""

from __future__ import annotations

from schemas.metadata import SCHEMA_VERSION, Field, Table

DATASET_NAME = "vn-plan-indicators"
DATASET_TITLE = "Vietnam plan-indicators dataset"
DATASET_DESCRIPTION = (
    "Objectives, numeric indicator targets and responsible bodies extracted from Vietnamese "
    "provincial planning texts (socio-economic development plans, action programmes, provincial "
    "master-plan programmes). Every extracted row cites its source: `quote` is exactly "
    "`articles.text[char_start:char_end]`. Each table is published as CSV (the resources below) "
    "and as Parquet (`parquet/<table>.parquet`, same columns and types)."
)
AUTHORS = "Vietnam plan-indicators dataset contributors"
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "lineTerminator": "\n", "header": True}


def package_field(field: Field) -> dict:
    """One metadata Field -> Table Schema field descriptor (type, description, constraints)."""
    out: dict = {"name": field.name, "type": field.type, "description": field.description}
    if field.type == "date":
        out["format"] = "default"  # ISO 8601 YYYY-MM-DD
    cons: dict = {"required": field.required}
    if field.unique:
        cons["unique"] = True
    if field.enum is not None:
        cons["enum"] = list(field.enum)
    if field.pattern is not None:
        cons["pattern"] = field.pattern
    if field.min_length is not None:
        cons["minLength"] = field.min_length
    if field.minimum is not None:
        cons["minimum"] = field.minimum
    if field.maximum is not None:
        cons["maximum"] = field.maximum
    out["constraints"] = cons
    return out


def table_resource(table: Table) -> dict:
    """One Table -> tabular data resource pointing at `csv/<table>.csv`."""
    schema: dict = {
        "fields": [package_field(f) for f in table.fields],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [fk.field], "reference": {"resource": fk.ref_table, "fields": [fk.ref_field]}}
            for fk in table.foreign_keys
        ]
    return {
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "profile": "tabular-data-resource",
        "path": f"csv/{table.name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": dict(CSV_DIALECT),
        "schema": schema,
    }


def datapackage(
    tables: dict[str, Table],
    version: str,
    *,
    schema_version: str = SCHEMA_VERSION,
    homepage: str | None = None,
) -> dict:
    """Data Package descriptor (profile tabular-data-package) for `tables` at release `version`
    (no timestamps: the version names the build date); `homepage` is added when given. Returns a
    JSON-ready dict."""
    out: dict = {
        "profile": "tabular-data-package",
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "description": DATASET_DESCRIPTION,
        "version": version,
        "schema_version": schema_version,
        "licenses": [dict(DATA_LICENSE)],
        "contributors": [{"title": AUTHORS, "role": "author"}],
        "keywords": ["Vietnam", "provincial planning", "indicators", "targets", "SEDP", "quy hoạch tỉnh"],
        "resources": [table_resource(t) for t in tables.values()],
    }
    if homepage:
        out["homepage"] = homepage
    return out
