"""`ficlens serve`: a local, read-only web app over a corpus database.

Needs the optional extra `serve` (Starlette, Jinja2, uvicorn): `pip install 'ficlens[serve]'`.
`create_app(Corpus.open(path))` is the ASGI app; `commands.register` adds the command.
The pages and their JSON twins are documented in docs/serve.md.
"""
