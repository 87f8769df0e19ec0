"""The dataset's metadata model: one YAML file per table in `schemas/tables/`, loaded into frozen
dataclasses. Every other schema (pandera, pyarrow, Frictionless, the data dictionary) is derived
from these objects, so the YAML is the single source of truth.

YAML layout of a table: name, title, description, primary_key (list), foreign_keys (mapping
`field: table.field`), checks (names from `schemas.checks.CHECKS`), fields (list, contract
order). A field is `name, type, required, description, constraints` or `use: <shared field>`
(from `tables/_fields.yaml`) plus overrides; `constraints` of an override are merged into the
shared ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SCHEMA_VERSION = "2.0.0"
TABLES_DIR = Path(__file__).resolve().parent / "tables"
TABLE_NAMES = ("provinces", "articles", "documents", "citations", "objectives", "indicators", "bodies", "assignments")
TYPES = ("string", "integer", "number", "date")
_CONSTRAINTS = {"enum", "pattern", "minimum", "maximum", "unique", "min_length"}
_FIELD_KEYS = {"name", "type", "required", "description", "constraints"}
_TABLE_KEYS = {"name", "title", "description", "primary_key", "foreign_keys", "checks", "fields"}


@dataclass(frozen=True)
class Field:
    """One column: name, type (string|integer|number|date), required (False = nullable),
    English description and optional constraints."""

    name: str
    type: str
    description: str
    required: bool
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    unique: bool = False
    min_length: int | None = None

    @property
    def constraints(self) -> dict[str, Any]:
        """The constraints that apply, as a dict (keys: enum, pattern, minimum, maximum, unique, min_length)."""
        out: dict[str, Any] = {}
        if self.enum is not None:
            out["enum"] = list(self.enum)
        for key in ("pattern", "minimum", "maximum", "min_length"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.unique:
            out["unique"] = True
        return out


@dataclass(frozen=True)
class ForeignKey:
    """`field` of this table refers to `ref_table.ref_field`."""

    field: str
    ref_table: str
    ref_field: str


@dataclass(frozen=True)
class Table:
    """One release table: its fields in contract order, keys and named table-level checks."""

    name: str
    title: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    checks: tuple[str, ...]
    fields: tuple[Field, ...]

    @property
    def columns(self) -> list[str]:
        """Column names in contract order."""
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        """The field called `name` (KeyError if absent)."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")


def _field(raw: dict[str, Any], shared: dict[str, Any], where: str) -> Field:
    raw = dict(raw)
    if "use" in raw:
        name = raw.pop("use")
        if name not in shared:
            raise ValueError(f"{where}: unknown shared field {name!r}")
        base = {"name": name, **shared[name]}
        constraints = {**base.get("constraints", {}), **raw.pop("constraints", {})}
        raw = {**base, **raw, "constraints": constraints}
    unknown = set(raw) - _FIELD_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    cons = dict(raw.get("constraints") or {})
    if set(cons) - _CONSTRAINTS:
        raise ValueError(f"{where}: unknown constraints {sorted(set(cons) - _CONSTRAINTS)}")
    ftype = raw["type"]
    if ftype not in TYPES:
        raise ValueError(f"{where}: type {ftype!r} not in {TYPES}")
    if ("minimum" in cons or "maximum" in cons) and ftype not in ("integer", "number"):
        raise ValueError(f"{where}: minimum/maximum need a numeric type")
    if ("pattern" in cons or "min_length" in cons or "enum" in cons) and ftype != "string":
        raise ValueError(f"{where}: enum/pattern/min_length need type string")
    if "pattern" in cons:
        re.compile(cons["pattern"])
    return Field(
        name=raw["name"],
        type=ftype,
        description=" ".join(str(raw["description"]).split()),
        required=bool(raw["required"]),
        enum=tuple(cons["enum"]) if "enum" in cons else None,
        pattern=cons.get("pattern"),
        minimum=cons.get("minimum"),
        maximum=cons.get("maximum"),
        unique=bool(cons.get("unique", False)),
        min_length=cons.get("min_length"),
    )


def _table(raw: dict[str, Any], shared: dict[str, Any]) -> Table:
    from schemas.checks import CHECKS

    name = raw["name"]
    if set(raw) - _TABLE_KEYS:
        raise ValueError(f"{name}: unknown keys {sorted(set(raw) - _TABLE_KEYS)}")
    fields = tuple(_field(f, shared, f"{name}.fields[{i}]") for i, f in enumerate(raw["fields"]))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise ValueError(f"{name}: duplicate field names")
    fks = []
    for col, ref in (raw.get("foreign_keys") or {}).items():
        ref_table, _, ref_field = ref.partition(".")
        fks.append(ForeignKey(col, ref_table, ref_field))
    table = Table(
        name=name,
        title=raw["title"],
        description=" ".join(str(raw["description"]).split()),
        primary_key=tuple(raw["primary_key"]),
        foreign_keys=tuple(fks),
        checks=tuple(raw.get("checks") or ()),
        fields=fields,
    )
    for col in table.primary_key + tuple(fk.field for fk in fks):
        if col not in names:
            raise ValueError(f"{name}: key column {col!r} is not a field")
    for col in table.primary_key:
        if not table.field(col).required:
            raise ValueError(f"{name}: primary key column {col!r} must be required")
    for check in table.checks:
        if check not in CHECKS:
            raise ValueError(f"{name}: unknown check {check!r}")
    return table


@lru_cache(maxsize=None)
def _load(tables_dir: Path) -> tuple[Table, ...]:
    shared = yaml.safe_load((tables_dir / "_fields.yaml").read_text(encoding="utf-8"))
    tables = []
    for name in TABLE_NAMES:
        raw = yaml.safe_load((tables_dir / f"{name}.yaml").read_text(encoding="utf-8"))
        if raw["name"] != name:
            raise ValueError(f"{name}.yaml declares name {raw['name']!r}")
        tables.append(_table(raw, shared))
    by_name = {t.name: t for t in tables}
    for t in tables:
        for fk in t.foreign_keys:
            target = by_name.get(fk.ref_table)
            if target is None or fk.ref_field not in target.columns:
                raise ValueError(f"{t.name}.{fk.field}: bad reference {fk.ref_table}.{fk.ref_field}")
    return tuple(tables)


def load_tables(tables_dir: Path = TABLES_DIR) -> dict[str, Table]:
    """Load and check the seven table definitions; returns {table name: Table} in contract order."""
    return {t.name: t for t in _load(Path(tables_dir))}
