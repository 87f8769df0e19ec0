"""Publishing a release: validated tables -> immutable, versioned, checksummed files (no Dagster).

Entry point: `pipelines.release.publish.publish_release`.
"""
