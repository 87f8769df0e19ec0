"""Where the core tables wait between steps: as the release's own Parquet files.

``core_tables`` hands each contract table to ``ReleaseTableFiles``, which writes it under the
Dagster instance's storage folder as the very file a release holds (canonical columns, rows
sorted by primary key: ``pipelines.release.tables_io``). A step that takes such a table as input
gets the file's path, not a DataFrame: ``out_release`` reads each table only while it publishes
it, so that at N = 10,000 articles it never holds the eight tables at once (see
``pipelines.release.parquet_tables``). Other code reads a file with
``tables_io.read_parquet_bytes(path.read_bytes(), table)``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pandas as pd

from pipelines.release import tables_io

PREFIX = "core_"
TABLE_FILES = "release_table_files"  # the resource key of ``ReleaseTableFiles``


def table_name(key: dg.AssetKey) -> str:
    """The contract table of a core asset: ``core_indicators`` -> ``indicators``."""
    return key.path[-1].removeprefix(PREFIX)


class _TableFiles(dg.IOManager):
    def __init__(self, base: Path):
        self.base = base

    def _path(self, key: dg.AssetKey) -> Path:
        return self.base / f"{key.path[-1]}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: pd.DataFrame) -> None:
        table = table_name(context.asset_key)
        # sorted by primary key (text ids: the same order before and after canonical dtypes), then
        # made canonical once, by parquet_bytes
        data = tables_io.parquet_bytes(tables_io.sort_by_primary_key(obj, table), table)
        path = self._path(context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # a reader never sees half a file
        context.add_output_metadata({"path": str(path), "bytes": len(data)})

    def load_input(self, context: dg.InputContext) -> Path:
        return self._path(context.asset_key)


class ReleaseTableFiles(dg.ConfigurableIOManagerFactory):
    """The core tables' IO manager: each table kept as its release Parquet file in
    ``<instance storage>/release_tables/core_<table>.parquet``; an input is the file's path."""

    def create_io_manager(self, context: dg.InitResourceContext) -> dg.IOManager:
        instance = context.instance
        if instance is None:
            raise RuntimeError("ReleaseTableFiles needs a Dagster instance (its storage folder)")
        return _TableFiles(Path(instance.storage_directory()) / "release_tables")
