"""`python -m ficlens.cli ...`: the `ficlens` command (bench/serve.py starts the server so)."""

from ficlens.cli import main

main()
