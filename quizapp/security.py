"""Security headers (a CSP without inline scripts) and role checks for views."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, abort
from flask_login import current_user, login_required

from quizapp.models.user import Role

# KaTeX sets inline style attributes, hence 'unsafe-inline' for styles only; scripts come from 'self' alone.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def add_security_headers(response: Response) -> Response:
    """Attach the CSP and the usual hardening headers to every response."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    return response


def is_safe_redirect(target: str | None) -> bool:
    """True for a same-site path (``/x``) that no browser would read as another host.

    Security fix: ``startswith("/")`` alone let ``/<tab>/evil.example`` through, which browsers read as
    ``//evil.example`` (they drop tabs and newlines in URLs), and a newline made the redirect a 500. Backslashes
    (read as ``/`` by browsers) are refused too, whatever the framework's quoting does with them.
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    return "\\" not in target and not any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target)


def init_app(app: Flask) -> None:
    """Register the header hook."""
    app.after_request(add_security_headers)


def role_required(*roles: Role) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """View decorator: logged in and holding one of ``roles`` (admins pass every check), else 403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
