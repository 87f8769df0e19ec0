"""Text utilities shared by ingest and extraction: folding, segmentation."""
