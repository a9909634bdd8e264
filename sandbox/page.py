"""The sandbox's web page: `GET /` and its files under `/static/...` (from `sandbox/static/`)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

STATIC = Path(__file__).resolve().parent / "static"
# Served fresh on every load: a developer tool whose files change while the server runs.
NO_CACHE = {"Cache-Control": "no-cache"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


def _file(name: str) -> web.StreamResponse:
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file() or path.suffix not in CONTENT_TYPES:
        raise web.HTTPNotFound(text="no such file")
    return web.Response(
        body=path.read_bytes(),
        headers={**NO_CACHE, "Content-Type": CONTENT_TYPES[path.suffix]},
    )


async def index(request: web.Request) -> web.StreamResponse:
    return _file("index.html")


async def static(request: web.Request) -> web.StreamResponse:
    return _file(request.match_info["name"])


def routes() -> list[web.RouteDef]:
    return [web.get("/", index), web.get("/static/{name}", static)]
