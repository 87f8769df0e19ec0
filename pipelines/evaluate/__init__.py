"""Measure extracted tables against hand-made gold annotation (``raw/gold/``, test fixtures).

Pure Python and pandas: ``gold.load_gold`` reads and validates the annotation files,
``score.score`` counts true/false positives per table, ``score.mismatches`` lists the rows that
did not match.
"""
