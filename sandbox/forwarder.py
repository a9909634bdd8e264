"""A round-robin reverse proxy for webhooks: spreads the POSTs of the sandbox's webhook delivery over
several bot processes, as nginx would in front of them (the webhook tests, and benchmark B5). A backend
that does not answer is skipped for the next; none answering is a 502.

In the test's own process (`async with Forwarder(ports)`), or in one of its own as nginx would be
(`python -m sandbox.forwarder --port PORT BACKEND_PORT...`, until SIGTERM), so that under load it takes
no time from the sandbox's event loop."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
from typing import Any

import aiohttp
from aiohttp import web


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Forwarder:
    def __init__(self, backends: list[int], port: int | None = None) -> None:
        self.backends = backends
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.forwarded: dict[int, int] = dict.fromkeys(backends, 0)
        self._turn = itertools.cycle(backends)
        self._runner: web.AppRunner | None = None
        self._http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Forwarder:
        app = web.Application()
        app.router.add_route("POST", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self._http = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self._http is not None:
            await self._http.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._http is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith("x-telegram")}
        headers["Content-Type"] = request.headers.get("Content-Type", "application/json")
        for _ in self.backends:
            port = next(self._turn)
            try:
                async with self._http.post(
                    f"http://127.0.0.1:{port}{request.path}",
                    data=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=10),
                ) as answer:
                    self.forwarded[port] += 1
                    kind = {"Content-Type": answer.headers.get("Content-Type", "application/octet-stream")}
                    return web.Response(status=answer.status, body=await answer.read(), headers=kind)
            except (aiohttp.ClientError, TimeoutError):
                continue
        return web.Response(status=502)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.forwarder", description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="the port it listens on (127.0.0.1)")
    parser.add_argument("backends", type=int, nargs="+", help="the bot processes' ports, in turn")
    args = parser.parse_args(argv)

    async def serve() -> None:
        async with Forwarder(args.backends, args.port):
            await asyncio.Event().wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
