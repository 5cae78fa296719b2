"""The SQLite store of record and the Whoosh search index derived from it."""
