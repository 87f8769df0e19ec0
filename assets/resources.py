"""The build's configurable paths as a Dagster resource."""

from pathlib import Path

import dagster as dg

from pipelines import config


class PlanDataPaths(dg.ConfigurableResource):
    """Raw inputs and output folders; default from ``PLANDATA_RAW_DIR`` / ``PLANDATA_OUTPUT_DIR``."""

    raw_dir: str = ""
    output_dir: str = ""

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir) if self.raw_dir else config.raw_dir()

    @property
    def output(self) -> Path:
        return Path(self.output_dir) if self.output_dir else config.output_dir()

    @property
    def articles(self) -> Path:
        return self.raw / "articles"

    @property
    def curation(self) -> Path:
        return self.raw / "curation"

    @property
    def gold(self) -> Path:
        return self.raw / "gold"
