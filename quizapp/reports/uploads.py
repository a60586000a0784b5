"""The MOOC attestation upload: PDF, PNG or JPEG only (by magic bytes), size-capped, stored outside the web root."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from flask import current_app

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# The browser's Content-Type and the file name are the sender's claims; the first bytes are what the file is.
MAGIC = ((b"%PDF-", "application/pdf", ".pdf"), (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
         (b"\xff\xd8\xff", "image/jpeg", ".jpg"))


class UploadRejected(ValueError):
    """The file was refused; ``reason`` is ``type``, ``size`` or ``empty``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class StoredUpload:
    """A saved attestation: its random file name, media type and SHA-256."""

    name: str
    media_type: str
    sha256: str


def upload_dir() -> Path:
    """``REPORTS_UPLOAD_DIR`` config key (or ``QUIZAPP_UPLOAD_DIR``), else ``instance/uploads`` (never static)."""
    configured = current_app.config.get("REPORTS_UPLOAD_DIR") or os.environ.get("QUIZAPP_UPLOAD_DIR")
    return Path(configured or Path(current_app.instance_path) / "uploads")


def max_bytes() -> int:
    """The size cap (``REPORTS_MAX_UPLOAD_BYTES``, default 5 MB)."""
    return int(current_app.config.get("REPORTS_MAX_UPLOAD_BYTES") or DEFAULT_MAX_BYTES)


def sniff(head: bytes) -> tuple[str, str] | None:
    """(media type, extension) from the file's first bytes, or ``None`` for anything else."""
    return next(((kind, ext) for magic, kind, ext in MAGIC if head.startswith(magic)), None)


def store_attestation(stream: IO[bytes]) -> StoredUpload:
    """Check and save an uploaded file under a random name. Raises :class:`UploadRejected`."""
    cap = max_bytes()
    data = stream.read(cap + 1)  # never read more than the cap: a huge upload is refused, not buffered
    if not data:
        raise UploadRejected("empty")
    if len(data) > cap:
        raise UploadRejected("size")
    kind = sniff(data[:16])
    if kind is None:
        raise UploadRejected("type")
    media_type, ext = kind
    folder = upload_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = secrets.token_hex(16) + ext
    (folder / name).write_bytes(data)
    return StoredUpload(name, media_type, hashlib.sha256(data).hexdigest())


def delete_upload(name: str | None) -> None:
    """Remove a stored upload (missing files are fine)."""
    if name and "/" not in name and not name.startswith("."):
        (upload_dir() / name).unlink(missing_ok=True)
