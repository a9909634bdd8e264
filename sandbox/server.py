"""Assemble and run the sandbox server.

    python -m sandbox.server --port 8081 --token 123456:sandbox

The bot connects with `TelegramAPIServer.from_base("http://127.0.0.1:8081")`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

from aiohttp import web
from aiohttp.log import access_logger

from sandbox import botapi, control, page
from sandbox.botapi import SANDBOX, run_webhook_reply
from sandbox.core import Sandbox
from sandbox.files import DOCUMENT_MAX_BYTES
from sandbox.params import Params

DEFAULT_TOKEN = "123456:sandbox-token"


def build_app(
    token: str,
    *,
    rate_limit: float | None = 30.0,
    bot_username: str = "mentor_sandbox_bot",
    bot_first_name: str = "Mentor Sandbox",
    webhook_retry_delay: float = 0.5,
    webhook_parallel: bool = False,
) -> web.Application:
    """An aiohttp application serving the Bot API for `token`, the control API under /sandbox and the
    page at `/`."""
    sb = Sandbox(
        token,
        bot_username=bot_username,
        bot_first_name=bot_first_name,
        rate_limit=rate_limit,
        webhook_retry_delay=webhook_retry_delay,
        webhook_parallel=webhook_parallel,
    )

    async def reply(params: Params) -> None:
        await run_webhook_reply(sb, params)

    sb.webhook.on_reply = reply

    async def webhook_delivery(app: web.Application) -> AsyncIterator[None]:
        await sb.webhook.start()
        yield
        await sb.webhook.stop()

    app = web.Application(client_max_size=DOCUMENT_MAX_BYTES + 1024 * 1024)
    app[SANDBOX] = sb
    app.cleanup_ctx.append(webhook_delivery)
    app.add_routes(botapi.routes())
    app.add_routes(control.routes())
    app.add_routes(page.routes())
    return app


class SandboxServer:
    """Run a sandbox on a loopback port (0 picks a free one) for as long as the `async with` lasts."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        access_log: bool = True,
        **options: Any,
    ):
        self.app = build_app(token, **options)
        self.access_log = access_log  # off for the web channel's engine: a line per long poll otherwise
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    @property
    def sandbox(self) -> Sandbox:
        return self.app[SANDBOX]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        # Handlers of clients that hung up are cancelled, so an abandoned long poll ends at once.
        self._runner = web.AppRunner(
            self.app,
            handle_signals=False,
            handler_cancellation=True,
            shutdown_timeout=1.0,
            access_log=access_logger if self.access_log else None,
        )
        await self._runner.setup()
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()


async def run_server(host: str, port: int, token: str, **options: Any) -> None:
    """Serve until cancelled."""
    async with SandboxServer(token, host=host, port=port, **options) as server:
        logging.getLogger(__name__).info("sandbox Bot API at %s (bot %s)", server.url, token.split(":")[0])
        print(f"sandbox Bot API at {server.url}", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.server", description="Run the sandbox Bot API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--bot-username", default="mentor_sandbox_bot")
    parser.add_argument("--rate-limit", type=float, default=30.0, help="sending calls per second")
    parser.add_argument("--no-rate-limit", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            run_server(
                args.host,
                args.port,
                args.token,
                bot_username=args.bot_username,
                rate_limit=None if args.no_rate_limit else args.rate_limit,
            )
        )


if __name__ == "__main__":
    main()
