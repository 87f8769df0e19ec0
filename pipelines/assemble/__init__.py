"""Release-wide assembly of per-article rows (documents and their citations)."""
