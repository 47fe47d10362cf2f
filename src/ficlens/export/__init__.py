"""Output: JSON, HTML report, GraphML/GEXF."""

from ficlens.export.atomic import atomic_write
from ficlens.export.json import dumps, write_json, write_jsonl

__all__ = ["atomic_write", "dumps", "write_json", "write_jsonl"]
