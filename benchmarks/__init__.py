"""Benchmarks of the build (``python -m benchmarks --help``)."""
