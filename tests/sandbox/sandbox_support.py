"""Shared helpers for the sandbox tests (a uniquely named module, importable from every test file)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the project is not installed into the venv; import it from the work tree
    sys.path.insert(0, str(ROOT))

from aiogram import Bot  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from PIL import Image  # noqa: E402

TOKEN = "123456:sandbox-test-token"


class LoopbackSession(AiohttpSession):
    """aiogram's own session, minus the 250 ms pause its close() takes to let TLS connections drain."""

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


def make_bot(url: str, token: str = TOKEN) -> Bot:
    """A real aiogram Bot talking to the sandbox at `url`."""
    return Bot(token, session=LoopbackSession(api=TelegramAPIServer.from_base(url)))


def png_bytes(width: int = 3, height: int = 2) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()
