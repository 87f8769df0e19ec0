"""Apache Arrow (Parquet) schemas derived from the table metadata."""

from __future__ import annotations

import json

import pyarrow as pa

from schemas.metadata import SCHEMA_VERSION, Table

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "date": pa.date32()}


def arrow_field(field) -> pa.Field:
    """One metadata Field -> pyarrow Field (nullable unless required; description as field metadata)."""
    return pa.field(
        field.name,
        ARROW_TYPES[field.type],
        nullable=not field.required,
        metadata={"description": field.description},
    )


def arrow_schema(table: Table) -> pa.Schema:
    """pyarrow Schema of a Table: fields in contract order with descriptions and nullability, and
    schema metadata (table name, description, primary key, schema version)."""
    return pa.schema(
        [arrow_field(f) for f in table.fields],
        metadata={
            "table": table.name,
            "description": table.description,
            "primary_key": json.dumps(list(table.primary_key)),
            "schema_version": SCHEMA_VERSION,
        },
    )
