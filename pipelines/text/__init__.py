"""Text utilities shared by ingest and extraction: folding, words as written, segmentation."""
