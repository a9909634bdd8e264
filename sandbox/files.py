"""Uploaded files: bytes kept in memory under Telegram-like file ids and download paths."""

from __future__ import annotations

import hashlib
import io
import itertools
import mimetypes
import secrets
from dataclasses import dataclass
from typing import Literal

from PIL import Image, UnidentifiedImageError

from sandbox.errors import ApiError, bad_request

FileKind = Literal["photo", "document"]

PHOTO_MAX_BYTES = 10 * 1024 * 1024
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024
_ID_PREFIX = {"photo": "AgAC", "document": "BQAC"}


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    kind: FileKind
    data: bytes
    mime_type: str
    file_name: str | None = None
    width: int = 0
    height: int = 0
    file_path: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)

    def to_photo_size(self) -> dict[str, object]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "width": self.width,
            "height": self.height,
            "file_size": self.size,
        }

    def to_document(self) -> dict[str, object]:
        body: dict[str, object] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "mime_type": self.mime_type,
            "file_size": self.size,
        }
        if self.file_name:
            body["file_name"] = self.file_name
        return body

    def to_file(self) -> dict[str, object]:
        body: dict[str, object] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
        }
        if self.file_path:
            body["file_path"] = self.file_path
        return body


class FileStore:
    """All files the bot or personas have uploaded, by id and by download path."""

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._numbers = itertools.count(1)

    def clear(self) -> None:
        self._by_id.clear()
        self._by_path.clear()

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, path: str) -> StoredFile | None:
        return self._by_path.get(path)

    def add_photo(self, data: bytes) -> StoredFile:
        if len(data) > PHOTO_MAX_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                image_format = (image.format or "jpeg").lower()
        except (UnidentifiedImageError, OSError, ValueError):
            raise bad_request("IMAGE_PROCESS_FAILED") from None
        mime_type = mimetypes.types_map.get(f".{image_format}", "image/jpeg")
        return self._add("photo", data, mime_type, None, width, height)

    def add_document(self, data: bytes, file_name: str | None, mime_type: str | None = None) -> StoredFile:
        if len(data) > DOCUMENT_MAX_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        if not data:
            raise bad_request("file must be non-empty")
        mime_type = mimetypes.guess_type(file_name or "")[0] or mime_type or "application/octet-stream"
        return self._add("document", data, mime_type, file_name, 0, 0)

    def assign_path(self, stored: StoredFile) -> str:
        """Give the file a download path, as getFile does."""
        if stored.file_path is None:
            folder = "photos" if stored.kind == "photo" else "documents"
            extension = mimetypes.guess_extension(stored.mime_type) or ""
            if stored.file_name and "." in stored.file_name:
                extension = "." + stored.file_name.rsplit(".", 1)[1]
            stored.file_path = f"{folder}/file_{next(self._numbers)}{extension}"
            self._by_path[stored.file_path] = stored
        return stored.file_path

    def _add(
        self, kind: FileKind, data: bytes, mime_type: str, file_name: str | None, width: int, height: int
    ) -> StoredFile:
        digest = hashlib.sha256(kind.encode() + data).hexdigest()
        stored = StoredFile(
            file_id=_ID_PREFIX[kind] + secrets.token_urlsafe(24),
            file_unique_id="AQAD" + digest[:12],
            kind=kind,
            data=data,
            mime_type=mime_type,
            file_name=file_name,
            width=width,
            height=height,
        )
        self._by_id[stored.file_id] = stored
        return stored
