"""Great Expectations for the release: suites derived from the schemas plus dataset-level
expectations (`suites`), their run with failures by table/row/column/rule (`run`), and the
offline Data Docs written into a release's `quality/` folder (`docs`).

Entry point for the build: `pipelines.quality.run.validate_release_tables`.
"""
