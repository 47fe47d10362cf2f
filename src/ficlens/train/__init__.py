"""Offline training of the learned speaker scorer (`python -m ficlens.train`; needs the `train` extra)."""
