"""Ed25519 signing of report content, with the key kept in a file outside the code.

The private key comes from ``QUIZAPP_SIGNING_KEY_FILE`` (environment) or the ``SIGNING_KEY_FILE`` config key;
otherwise it is generated once into ``instance/signing_key.pem`` (mode 0600). In production a missing key file is
an error: silently minting a new key would make every report issued so far unverifiable.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from flask import current_app

_CACHE: dict[str, Ed25519PrivateKey] = {}


class SigningKeyMissing(RuntimeError):
    """Production without a signing key file."""


def key_path() -> Path:
    """Where the private key lives for this app."""
    configured = os.environ.get("QUIZAPP_SIGNING_KEY_FILE") or current_app.config.get("SIGNING_KEY_FILE")
    return Path(configured) if configured else Path(current_app.instance_path) / "signing_key.pem"


def private_key() -> Ed25519PrivateKey:
    """The app's private key, loaded once (generated once in development and tests)."""
    path = key_path()
    cached = _CACHE.get(str(path))
    if cached is not None:
        return cached
    if not path.exists():
        if current_app.config.get("ENV") == "production":
            raise SigningKeyMissing(f"report signing key file {path} is missing (set QUIZAPP_SIGNING_KEY_FILE)")
        _generate(path)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissing(f"{path} does not hold an Ed25519 private key")
    _CACHE[str(path)] = key
    return key


def _generate(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    # O_EXCL + 0600: two workers starting together must not overwrite each other's key, nor expose it.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as f:
        f.write(pem)


def public_key() -> Ed25519PublicKey:
    """The public half, for verification."""
    return private_key().public_key()


def public_key_pem() -> bytes:
    """The public key as PEM (SubjectPublicKeyInfo), published at ``/verify/key``."""
    return public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def sign(data: bytes) -> str:
    """A URL-safe base64 Ed25519 signature of ``data``."""
    return base64.urlsafe_b64encode(private_key().sign(data)).decode("ascii")


def verify(data: bytes, signature: str) -> bool:
    """True when ``signature`` is this app's signature of ``data``."""
    try:
        public_key().verify(base64.urlsafe_b64decode(signature.encode("ascii")), data)
    except (InvalidSignature, ValueError):
        return False
    return True
