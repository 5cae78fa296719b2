"""One spider per kind of source: directory, clinic, reviews, registry."""
