"""The build's configurable paths as a Dagster resource."""

from pathlib import Path

import dagster as dg

from pipelines import config
from pipelines.cache import ArticleCache
from pipelines.checked_rows import CheckedRows

NO_CACHE = "off"


class PlanDataPaths(dg.ConfigurableResource):
    """Raw inputs and output folders; default from ``PLANDATA_RAW_DIR`` / ``PLANDATA_OUTPUT_DIR``.

    ``articles_dir`` / ``curation_dir`` point at other inputs than ``<raw>/articles`` and
    ``<raw>/curation``; ``cache_dir`` holds per-article results (default ``<output>/cache``,
    ``PLANDATA_CACHE_DIR``; ``off`` disables the cache).
    """

    raw_dir: str = ""
    output_dir: str = ""
    articles_dir: str = ""
    curation_dir: str = ""
    cache_dir: str = ""

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir) if self.raw_dir else config.raw_dir()

    @property
    def output(self) -> Path:
        return Path(self.output_dir) if self.output_dir else config.output_dir()

    @property
    def articles(self) -> Path:
        return Path(self.articles_dir) if self.articles_dir else self.raw / "articles"

    @property
    def curation(self) -> Path:
        return Path(self.curation_dir) if self.curation_dir else self.raw / "curation"

    @property
    def gold(self) -> Path:
        return self.raw / "gold"

    @property
    def _cache_folder(self) -> Path | None:
        folder = self.cache_dir or config.cache_dir() or str(self.output / "cache")
        return None if folder == NO_CACHE else Path(folder)

    @property
    def cache(self) -> ArticleCache:
        return ArticleCache(self._cache_folder)

    @property
    def checked_rows(self) -> CheckedRows:
        """The rows that passed their row-level checks in earlier builds (beside the cache)."""
        return CheckedRows(self._cache_folder)
