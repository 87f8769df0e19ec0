"""``raw_articles_sensor``: starts a build when files are added to or changed in raw/articles/.

Off by default; turn it on in the UI (Automation -> raw_articles_sensor) or with
``dagster sensor start raw_articles_sensor -m pipelines.definitions`` while ``dagster dev`` (or
the daemon) runs. Each tick hashes the folder's files; a digest different from the last one
(the sensor's cursor) requests a run of every asset, keyed by the digest so one state of the
folder is built once. Unchanged articles come from the cache, so the run costs little.
"""

import dagster as dg

from assets.resources import PlanDataPaths
from pipelines.cache import tree_digest


@dg.sensor(
    name="raw_articles_sensor",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.STOPPED,
    minimum_interval_seconds=60,
    description="Builds the release when new or changed files land in raw/articles/ (off by default).",
)
def raw_articles_sensor(context: dg.SensorEvaluationContext, paths: PlanDataPaths):
    if not paths.articles.is_dir():
        return dg.SkipReason(f"{paths.articles} does not exist")
    digest = tree_digest(paths.articles)
    if digest == context.cursor:
        return dg.SkipReason("raw/articles/ unchanged since the last build request")
    request = dg.RunRequest(run_key=f"raw-articles-{digest[:16]}", tags={"plandata/trigger": "raw_articles_sensor"})
    return dg.SensorResult(run_requests=[request], cursor=digest)
