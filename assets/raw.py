"""``raw_`` assets: the curated tables and the overrides, validated, as the build sees them."""

import dagster as dg
from dagster import AssetExecutionContext

from assets.resources import PlanDataPaths
from assets.ui import OWNERS
from pipelines.curation.lexicons import Lexicons, load_lexicons
from pipelines.curation.overrides import Override, load_overrides


@dg.asset(
    group_name="raw",
    owners=OWNERS,
    kinds={"python", "csv"},
    description="Curated lexicons, gazetteers and cue tables from raw/curation/, validated.",
)
def raw_curation(context: AssetExecutionContext, paths: PlanDataPaths) -> Lexicons:
    lex = load_lexicons(paths.curation)
    context.add_output_metadata({f"rows/{k}": len(v) for k, v in sorted(lex.tables.items())})
    return lex


@dg.asset(
    group_name="raw",
    owners=OWNERS,
    kinds={"python", "yaml"},
    description="Record-level overrides (reject / correct / add) from raw/curation/overrides.yaml.",
)
def raw_overrides(context: AssetExecutionContext, paths: PlanDataPaths) -> list[Override]:
    overrides = load_overrides(paths.curation / "overrides.yaml")
    context.add_output_metadata({"overrides": len(overrides)})
    return overrides
