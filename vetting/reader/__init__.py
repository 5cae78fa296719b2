"""The learned review reader: a pinned, offline sentence encoder and what is trained on it.

`encoder` turns sentences into all-MiniLM-L6-v2 embeddings on onnxruntime; MODEL.md beside
it says which model that is, how it was checked against the official weights, and its cost.
"""
