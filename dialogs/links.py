"""Invite deep links and their QR code pictures."""

from __future__ import annotations

import io


def deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"


def qr_png(link: str) -> bytes:
    """A PNG of the link as a QR code, large enough to print and scan."""
    import qrcode  # with Pillow: imported when a code is drawn, not at every start
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=4)
    code.add_data(link)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()
